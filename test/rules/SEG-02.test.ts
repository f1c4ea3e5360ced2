// SEG-02: traffic across the koumu-internal boundary whose source or destination is wider than a host.
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/seg/seg-02-wide-addresses.js';
import { lineOf, runRuleOn, testRule } from '../helpers/rule-tester.js';
import { CORE, LEAK, REPLIES, ZONES } from './fixtures/koumu-core.js';


/** Host to host: one teacher PC to the file server, and its replies. */
const HOSTS = CORE.replace(LEAK, '20 permit tcp host 10.10.30.5 host 10.10.10.20 eq 445').replace(
  REPLIES,
  '10 permit tcp host 10.10.10.20 eq 445 host 10.10.30.5 established',
);

/**
 * A wide outbound line on Vlan10 behind narrow inbound lines: it only ever gets host-to-host
 * traffic, so it is not what lets anything wide through.
 */
const WIDE_BEHIND_NARROW = HOSTS.replace(' ip access-group KOUMU-IN in\n', ' ip access-group KOUMU-IN in\n ip access-group KOUMU-OUT out\n').replace(
  'ip access-list extended CENTER-IN\n',
  'ip access-list extended KOUMU-OUT\n 10 permit tcp 10.10.30.0 0.0.1.255 10.10.10.0 0.0.0.255\n 20 permit ip 10.10.11.0 0.0.0.255 10.10.10.0 0.0.0.255\n 30 deny ip any any\nip access-list extended CENTER-IN\n',
);

/** The switch without the learning leak. */
const CLOSED = CORE.replace(` ${LEAK}\n`, '').replace(` ${REPLIES}\n`, '');
/** koumu-external reaches koumu with no filter deciding anything. */
const UNFILTERED = CLOSED.replace(' ip access-group EXT-IN in\n', '');
/** The same with a filter bound on Vlan20 that is not defined: IOS lets everything through. */
const UNDEFINED = CLOSED.replace('ip access-list extended EXT-IN\n 10 deny ip any 10.10.10.0 0.0.1.255\n 20 permit ip any any\n', '');

const HEADER = 'from,to,protocol,ports,reason,approval_id,approver,approved_date,expiry\n';
const APPROVED_LEAK = `${HEADER}学習,10.10.10.20,tcp,445,教材フォルダ,EX-7,CISO,2025-04-01,2027-03-31\n`;

const leakLine = lineOf(CORE, LEAK);
const repliesLine = lineOf(CORE, REPLIES);
const vlan10 = lineOf(UNFILTERED, 'interface Vlan10');
const vlan11 = lineOf(UNFILTERED, 'interface Vlan11');
const vlan20 = lineOf(UNFILTERED, 'interface Vlan20');

testRule(rule, {
  valid: [
    { name: 'host-to-host lines and host-to-host replies', config: HOSTS, zones: ZONES },
    { name: 'koumu-internal reaches only the other koumu-internal zone (same area)', config: CLOSED, zones: ZONES },
    { name: 'a wide line behind narrow lines on the same path only gets host traffic', config: WIDE_BEHIND_NARROW, zones: ZONES },
    { name: 'no koumu-internal zone in zones.csv', config: CORE, zones: 'zone,class,cidr\n学習,学習系,10.10.30.0/23\n校務外部,校務外部系,10.10.20.0/24\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a subnet reaches the file server, and the replies go back to the subnet',
      config: CORE,
      zones: ZONES,
      // Replies to the switch's own Vlan30 address (10.10.30.1) end in the switch: they do not reach 学習.
      findings: [
        { object: 'LEARNING-IN line 20', severity: 'high', messageIncludes: '学習 → 校務: tcp/445 10.10.30.0/23 → 10.10.10.20', evidenceLines: [leakLine] },
        {
          object: 'KOUMU-IN line 10',
          severity: 'high',
          messageIncludes: '校務 → 学習: tcp established sport 445 10.10.10.20 → 10.10.30.0/23 except 10.10.30.1',
          evidenceLines: [repliesLine],
        },
      ],
    },
    {
      name: 'an approval in flows.csv does not make a subnet acceptable, but the message says it is approved',
      config: CORE,
      zones: ZONES,
      flows: APPROVED_LEAK,
      findings: [
        { object: 'LEARNING-IN line 20', messageIncludes: 'Approved in flows.csv (EX-7, flows.csv row 2) but not narrowed', evidenceLines: [leakLine] },
        { object: 'KOUMU-IN line 10', messageIncludes: '許可通信台帳で承認済み（EX-7（flows.csv 2 行目））', evidenceLines: [repliesLine] },
      ],
    },
    {
      name: 'koumu-external reaches koumu with no filter: reported per entry interface',
      config: UNFILTERED,
      zones: ZONES,
      // Everything but the switch's own SVI addresses (10.10.10.1, 10.10.11.1), which the switch takes for itself.
      findings: [
        {
          object: 'Vlan20 (no filter)',
          messageIncludes: '校務外部 → 校務: ip 10.10.20.0/24 → 10.10.10.0/24 except 10.10.10.1; 校務外部 → センター校務: ip 10.10.20.0/24 → 10.10.11.0/24 except 10.10.11.1',
          evidenceLines: [vlan20, vlan10, vlan11],
        },
      ],
    },
    {
      name: 'a bound but undefined filter lets everything through (IOS), its binding line is the evidence',
      config: UNDEFINED,
      zones: ZONES,
      findings: [{ object: 'Vlan20 (no filter)', evidenceLines: [lineOf(UNDEFINED, 'ip access-group EXT-IN in'), vlan10, vlan11] }],
    },
    {
      name: 'no zones.csv: manual check',
      config: CORE,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});

describe('SEG-02 scope', () => {
  it('the wide outbound line really carries the host traffic (the valid case is not vacuous)', () => {
    const run = runRuleOn(rule, { name: 'wide behind narrow', config: WIDE_BEHIND_NARROW.replace('20 permit tcp host 10.10.30.5 host 10.10.10.20 eq 445', LEAK), zones: ZONES });
    // With the inbound line wide again, the outbound line is one of the lines that let the subnet through
    // (the replies stay host to host).
    expect(run.findings.map((f) => f.object).sort()).toEqual(['KOUMU-OUT line 10', 'LEARNING-IN line 20']);
  });
});
