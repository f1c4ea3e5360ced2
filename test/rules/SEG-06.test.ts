// SEG-06: koumu-internal routed next to another zone without any filter on the path.
import { rule } from '../../src/rules/seg/seg-06-koumu-routed-unfiltered.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n学習,学習系,10.10.30.0/23\n来客,来客,10.10.40.0/24\n';

const ACLS = `ip access-list extended KOUMU-IN
 permit ip 10.10.10.0 0.0.0.255 host 10.10.99.5
 deny ip any any
ip access-list extended KOUMU-OUT
 permit tcp host 10.10.99.5 10.10.10.0 0.0.0.255 eq 443
 deny ip any any`;

function core(koumuExtra: string[], learningExtra: string[] = [], more = ''): string {
  return [
    'hostname core1',
    'ip routing',
    '!',
    ACLS,
    '!',
    'interface Vlan10',
    ' description koumu',
    ' ip address 10.10.10.1 255.255.255.0',
    ...koumuExtra.map((l) => ` ${l}`),
    '!',
    'interface Vlan30',
    ' description learning',
    ' ip address 10.10.30.1 255.255.254.0',
    ...learningExtra.map((l) => ` ${l}`),
    '!',
    more,
    'end',
    '',
  ].join('\n');
}

const unfiltered = core([]);
const inOnly = core(['ip access-group KOUMU-IN in']);
const undefinedAcl = core(['ip access-group NOT-DEFINED in', 'ip access-group NOT-DEFINED out']);
const withGuest = core([], [], 'interface Vlan40\n description guest\n ip address 10.10.40.1 255.255.255.0\n!');

testRule(rule, {
  valid: [
    { name: 'filters on the koumu interface in both directions', config: core(['ip access-group KOUMU-IN in', 'ip access-group KOUMU-OUT out']), zones: ZONES },
    { name: 'filters on the other interface in both directions', config: core([], ['ip access-group KOUMU-OUT in', 'ip access-group KOUMU-IN out']), zones: ZONES },
    { name: 'one filter on each side covers each direction once', config: core(['ip access-group KOUMU-IN in'], ['ip access-group KOUMU-OUT in']), zones: ZONES },
    {
      name: 'koumu in its own VRF is not routed to the other zone',
      config: core(['vrf forwarding KOUMU'], [], '').replace('ip routing\n', 'ip routing\nvrf definition KOUMU\n address-family ipv4\n exit-address-family\n'),
      zones: ZONES,
    },
    { name: 'a shut-down koumu interface routes nothing', config: core(['shutdown']), zones: ZONES },
    { name: 'a layer-2 switch that does not route is not applicable', config: core([]).replace('ip routing', 'no ip routing'), zones: ZONES, check: 'not-applicable' },
    { name: 'an interface without a zone is not judged', config: core([]), zones: 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n' },
  ],
  invalid: [
    {
      name: 'no filter at all: both directions open',
      config: unfiltered,
      zones: ZONES,
      findings: [
        {
          object: 'Vlan10 <-> Vlan30',
          severity: 'critical',
          messageIncludes: 'in both directions',
          evidenceLines: [lineOf(unfiltered, 'interface Vlan10'), lineOf(unfiltered, 'interface Vlan30')],
        },
      ],
    },
    {
      name: 'only the koumu inbound filter: learning → koumu is open',
      config: inOnly,
      zones: ZONES,
      findings: [{ object: 'Vlan10 <-> Vlan30', messageIncludes: '学習 (learning) → 校務 (koumu-internal)' }],
    },
    {
      name: 'filters bound but never defined count as none',
      config: undefinedAcl,
      zones: ZONES,
      findings: [{ object: 'Vlan10 <-> Vlan30', messageIncludes: 'in both directions' }],
    },
    {
      name: 'one finding per pair',
      config: withGuest,
      zones: ZONES,
      findings: [
        { object: 'Vlan10 <-> Vlan30' },
        { object: 'Vlan10 <-> Vlan40', evidenceLines: [lineOf(withGuest, 'interface Vlan10'), lineOf(withGuest, 'interface Vlan40')] },
      ],
    },
    {
      name: 'without zones.csv: manual, once per device',
      config: unfiltered,
      findings: [{ object: 'zones.csv', status: 'manual', evidenceLines: [lineOf(unfiltered, 'hostname core1')] }],
    },
  ],
});
