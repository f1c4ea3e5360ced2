// SVC-04: the OS version the config states against the site's end-of-support table (site.endOfSupport).
// Every vendor with a parser states its version somewhere: IOS `version`, FortiGate `#config-version`,
// the Yamaha `show config` header, the NEC IX header comment and the AlliedWare Plus banner comment.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../src/parsers/registry.js';
import type { RuleSettings } from '../../src/rules/settings.js';
import { rule } from '../../src/rules/svc/svc-04-end-of-support.js';
import { testRule, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const IOS = 'version 15.2\n!\nhostname r1\n!\nend\n';
const FORTIGATE = '#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=admin\nconfig system global\n    set hostname "fw1"\nend\n';
const YAMAHA = '# RTX1210 Rev.14.01.38 (Fri Jul  3 11:12:52 2020)\nip lan1 address 192.168.100.1/24\n';
const AWPLUS = '! AlliedWare Plus (TM) 5.4.9-2.1 x230-10GP\n!\nhostname sw1\n!\nend\n';
const NEC_IX = '! IX Series IX2215 (magellan-sec) Software, Version 10.7.18, RELEASE SOFTWARE\n!\nhostname ix1\n';

/** Every fixture states its version on its first line. */
const VERSION_LINE = 1;

type Vendor = NonNullable<ValidCase['vendor']>;
const CONFIGS: { vendor: Vendor; config: string; ended: RuleSettings['site']['endOfSupport']; supported: RuleSettings['site']['endOfSupport'] }[] = [
  {
    vendor: 'cisco-ios',
    config: IOS,
    ended: [{ vendor: 'cisco-ios', version: '15.2', endOfSupport: '2025-03-31' }],
    supported: [{ vendor: 'cisco-ios', version: '15.2', endOfSupport: '2027-03-31' }],
  },
  {
    vendor: 'fortigate',
    config: FORTIGATE,
    ended: [{ vendor: 'fortigate', model: 'FGT60F', version: '7.2', endOfSupport: '2026-03-31' }],
    supported: [{ vendor: 'fortigate', model: 'FGT60F', version: '7.2', endOfSupport: '2026-09-30' }],
  },
  {
    vendor: 'yamaha-rtx',
    config: YAMAHA,
    ended: [{ vendor: 'yamaha-rtx', model: 'RTX1210', version: '14.01', endOfSupport: '2026-01-01', note: 'sample' }],
    supported: [{ vendor: 'yamaha-rtx', model: 'RTX1210', version: '14.01', endOfSupport: '2030-01-01' }],
  },
  {
    vendor: 'alliedtelesis-awplus',
    config: AWPLUS,
    ended: [{ vendor: 'alliedtelesis-awplus', model: 'x230-10GP', version: '5.4.9', endOfSupport: '2024-12-31' }],
    supported: [{ vendor: 'alliedtelesis-awplus', version: '5.4.9', endOfSupport: '2028-12-31' }],
  },
  {
    vendor: 'nec-ix',
    config: NEC_IX,
    ended: [{ vendor: 'nec-ix', model: 'IX2215', version: '10.7', endOfSupport: '2026-04-01' }],
    supported: [{ vendor: 'nec-ix', version: '10.7', endOfSupport: '2026-04-02' }],
  },
];

const valid: ValidCase[] = CONFIGS.map((c) => ({ name: `${c.vendor}: version still supported`, vendor: c.vendor, config: c.config, settings: { today: '2026-04-01', site: { endOfSupport: c.supported } } }));
const invalid: InvalidCase[] = CONFIGS.flatMap((c): InvalidCase[] => [
  {
    name: `${c.vendor}: support ended`,
    vendor: c.vendor,
    config: c.config,
    settings: { today: '2026-04-01', site: { endOfSupport: c.ended } },
    findings: [{ object: 'os', severity: 'high', status: 'fail', messageIncludes: `ended on ${c.ended![0]!.endOfSupport}`, evidenceLines: [VERSION_LINE] }],
  },
  {
    name: `${c.vendor}: no table → manual with the version found`,
    vendor: c.vendor,
    config: c.config,
    settings: { today: '2026-04-01', site: {} },
    findings: [{ object: 'os', status: 'manual', messageIncludes: 'no end-of-support table', evidenceLines: [VERSION_LINE] }],
  },
]);

testRule(rule, {
  valid,
  invalid: [
    ...invalid,
    {
      name: 'a version no entry matches is a manual check (15.2 does not match 15.21)',
      config: IOS.replace('version 15.2', 'version 15.21'),
      settings: { today: '2026-04-01', site: { endOfSupport: [{ vendor: 'cisco-ios', version: '15.2', endOfSupport: '2020-01-01' }] } },
      findings: [{ object: 'os', status: 'manual', messageIncludes: 'no entry' }],
    },
    {
      name: 'an entry for another model does not match',
      vendor: 'fortigate',
      config: FORTIGATE,
      settings: { today: '2026-04-01', site: { endOfSupport: [{ vendor: 'fortigate', model: 'FGT100F', version: '7.2', endOfSupport: '2020-01-01' }] } },
      findings: [{ object: 'os', status: 'manual', messageIncludes: 'FGT60F' }],
    },
    {
      name: 'no version in the config: manual',
      config: 'hostname r1\n!\nend\n',
      settings: { today: '2026-04-01', site: { endOfSupport: [{ vendor: 'cisco-ios', version: '15.2', endOfSupport: '2020-01-01' }] } },
      findings: [{ object: 'os', status: 'manual', messageIncludes: 'does not state the OS version', evidenceLines: [1] }],
    },
  ],
});

describe('SVC-04 version facts from the parsers', () => {
  it.each(CONFIGS.map((c) => [c.vendor, c.config] as const))('%s fills device.os with version and model', (vendor, config) => {
    const { device } = parserFor(vendor)!.parse(config, 'v.cfg');
    expect(device.os?.version).toMatch(/^\d/);
    if (vendor !== 'cisco-ios') expect(device.os?.model).toMatch(/^(FGT60F|RTX1210|x230-10GP|IX2215)$/);
  });
});
