// FWH-02: filter lines no packet can reach, with the earlier lines that block them.
import { describe, expect, it } from 'vitest';
import { NO_ZONES } from '../../src/analysis/zone-binding.js';
import { ciscoIosParser } from '../../src/parsers/cisco-ios/index.js';
import { rule } from '../../src/rules/fwh/fwh-02-unreachable-lines.js';
import { runRules } from '../../src/rules/run-rules.js';
import { FIXTURE_FILE, lineOf, testRule } from '../helpers/rule-tester.js';

function device(acl: string, bind = 'ACL'): string {
  return ['hostname rt1', '!', acl, '!', 'interface GigabitEthernet0/0', ' ip address 192.0.2.1 255.255.255.0', ` ip access-group ${bind} in`, '!', 'end', ''].join('\n');
}

const sameAction = device(`ip access-list extended ACL
 10 permit ip 10.0.0.0 0.255.255.255 any
 20 permit ip host 10.1.1.1 any
 30 deny   ip any any`);

// Line 30 overlaps each earlier line only in part; only their union covers it.
const unionOfDenies = device(`ip access-list extended ACL
 10 deny   ip 10.0.0.0 0.0.0.127 any
 20 deny   ip 10.0.0.128 0.0.0.127 any
 30 deny   ip 10.0.0.0 0.0.0.255 any
 40 permit ip any any`);

const unionOfPermits = device(`ip access-list extended ACL
 10 permit tcp any host 10.10.10.20 lt 446
 20 permit tcp any host 10.10.10.20 gt 445
 30 deny   tcp any host 10.10.10.20 range 440 450
 40 deny   ip any any`);

const denyAfterPermitAny = device(`ip access-list extended ACL
 10 permit ip any any
 20 deny   tcp any any eq telnet`);

const permitAfterDeny = device(`ip access-list extended ACL
 10 deny   ip 10.10.30.0 0.0.1.255 any
 20 permit tcp 10.10.30.0 0.0.0.255 host 10.10.10.20 eq 445
 30 permit ip any any`);

const emptyGroup = device(`object-group network NOBODY
!
ip access-list extended ACL
 10 permit ip object-group NOBODY any
 20 deny   ip any any`);

const twoFilters = [
  'hostname rt1',
  'ip access-list extended A',
  ' 10 permit ip any any',
  ' 20 deny   udp any any',
  'ip access-list extended B',
  ' 10 deny   ip any any',
  ' 20 deny   icmp any any',
  'end',
  '',
].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'specific lines before broad ones',
      config: device(`ip access-list extended ACL
 10 permit tcp host 10.1.1.1 any eq 443
 20 deny   ip 10.1.1.0 0.0.0.255 any
 30 permit ip 10.0.0.0 0.255.255.255 any
 40 deny   ip any any log`),
    },
    {
      name: 'a later line overlapping earlier ones only in part is reachable',
      config: device(`ip access-list extended ACL
 10 deny   ip 10.0.0.0 0.0.0.127 any
 20 permit ip 10.0.0.0 0.0.0.255 any`),
    },
    { name: 'a device without filters is not applicable', config: 'hostname sw1\ninterface Vlan1\n ip address 192.0.2.2 255.255.255.0\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'shadowed by one broader line with the same action: medium',
      config: sameAction,
      findings: [
        {
          object: 'ACL',
          severity: 'medium',
          messageIncludes: 'the earlier line seq 10 matches every packet',
          evidenceLines: [lineOf(sameAction, '20 permit ip host 10.1.1.1 any'), lineOf(sameAction, '10 permit ip 10.0.0.0 0.255.255.255 any')],
        },
      ],
    },
    {
      name: 'shadowed only by the union of two earlier lines',
      config: unionOfDenies,
      findings: [
        {
          object: 'ACL',
          severity: 'medium',
          messageIncludes: 'seq 10, seq 20 together',
          evidenceLines: [
            lineOf(unionOfDenies, '30 deny   ip 10.0.0.0 0.0.0.255 any'),
            lineOf(unionOfDenies, '10 deny   ip 10.0.0.0 0.0.0.127 any'),
            lineOf(unionOfDenies, '20 deny   ip 10.0.0.128 0.0.0.127 any'),
          ],
        },
      ],
    },
    {
      name: 'a deny that never takes effect because of the union of two permits: high',
      config: unionOfPermits,
      findings: [
        {
          object: 'ACL',
          severity: 'high',
          messageIncludes: 'the deny never takes effect',
          evidenceLines: [
            lineOf(unionOfPermits, '30 deny   tcp any host 10.10.10.20 range 440 450'),
            lineOf(unionOfPermits, '10 permit tcp any host 10.10.10.20 lt 446'),
            lineOf(unionOfPermits, '20 permit tcp any host 10.10.10.20 gt 445'),
          ],
        },
      ],
    },
    {
      name: 'a deny after permit ip any any: high',
      config: denyAfterPermitAny,
      findings: [
        {
          object: 'ACL',
          severity: 'high',
          messageIncludes: 'The earlier permit line seq 10 lets through',
          evidenceLines: [lineOf(denyAfterPermitAny, '20 deny   tcp any any eq telnet'), lineOf(denyAfterPermitAny, '10 permit ip any any')],
        },
      ],
    },
    {
      name: 'a permit that an earlier deny stops: medium',
      config: permitAfterDeny,
      findings: [
        {
          object: 'ACL',
          severity: 'medium',
          messageIncludes: 'the permit never takes effect',
          evidenceLines: [lineOf(permitAfterDeny, '20 permit tcp 10.10.30.0 0.0.0.255 host 10.10.10.20 eq 445'), lineOf(permitAfterDeny, '10 deny   ip 10.10.30.0 0.0.1.255 any')],
        },
      ],
    },
    {
      name: 'a line naming an empty object group matches nothing',
      config: emptyGroup,
      findings: [{ object: 'ACL', severity: 'medium', messageIncludes: 'matches no packet at all', evidenceLines: [lineOf(emptyGroup, '10 permit ip object-group NOBODY any')] }],
    },
    {
      name: 'unapplied filters are checked too, one finding per line',
      config: twoFilters,
      findings: [
        { object: 'A', severity: 'high', evidenceLines: [4, 3] },
        { object: 'B', severity: 'medium', evidenceLines: [7, 6] },
      ],
    },
  ],
});

describe('FWH-02 on a line naming an undefined object group', () => {
  it('reports it as matching nothing, naming the group', () => {
    const config = device(`ip access-list extended ACL
 10 permit ip object-group MISSING any
 20 deny   ip any any`);
    const { device: parsed, diagnostics } = ciscoIosParser.parse(config, FIXTURE_FILE);
    // The parser already says the reference is unresolved; the rule says what it means for the filter.
    expect(diagnostics.map((d) => d.code)).toEqual(['unresolved-reference']);
    const run = runRules([rule], { devices: [parsed], inputs: [], diagnostics }, NO_ZONES);
    expect(run.findings.map((f) => [f.object, f.severity, f.evidence.map((e) => e.line)])).toEqual([['ACL', 'medium', [lineOf(config, '10 permit ip object-group MISSING any')]]]);
    expect(run.findings[0]!.message.en).toContain('it names MISSING, which is not defined');
  });
});
