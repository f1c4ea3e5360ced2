// LOG-02: traffic logging on inter-zone firewall policies and on IP filters bound to interfaces.
// Vendors: Cisco IOS (`log` on ACEs), FortiGate (`logtraffic`), Yamaha RTX (`reject` logs, `-nolog`),
// Allied Telesis AW+ (`log` on ACL entries). NEC IX: the parser knows no per-line log option of
// `ip access-list`, so IX filters give a manual check (shown below) rather than a pass or a failure.
import { rule } from '../../src/rules/log/log-02-traffic-logging.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

function ios(aclLines: string[]): string {
  return ['hostname r1', '!', 'interface GigabitEthernet0/1', ' ip address 10.10.10.1 255.255.255.0', ' ip access-group KOUMU-IN in', '!', 'ip access-list extended KOUMU-IN', ...aclLines.map((l) => ` ${l}`), '!', 'end', ''].join('\n');
}
const iosGood = ios(['permit tcp 10.10.10.0 0.0.0.255 host 10.20.0.5 eq 443', 'deny ip any any log']);
const iosSilentDeny = ios(['deny ip 10.10.10.0 0.0.0.255 10.30.0.0 0.0.1.255', 'permit tcp 10.10.10.0 0.0.0.255 host 10.20.0.5 eq 443', 'deny ip any any log']);
const iosImplicit = ios(['permit tcp 10.10.10.0 0.0.0.255 host 10.20.0.5 eq 443']);

function fortigate(policyLines: string[]): string {
  return [
    '#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=admin',
    'config system global',
    '    set hostname "fw1"',
    'end',
    'config system interface',
    '    edit "port1"',
    '        set ip 10.10.30.1 255.255.254.0',
    '    next',
    '    edit "wan1"',
    '        set mode dhcp',
    '    next',
    'end',
    'config firewall policy',
    '    edit 11',
    '        set srcintf "port1"',
    '        set dstintf "wan1"',
    '        set action accept',
    '        set srcaddr "all"',
    '        set dstaddr "all"',
    '        set schedule "always"',
    '        set service "HTTPS"',
    ...policyLines.map((l) => `        ${l}`),
    '    next',
    'end',
    '',
  ].join('\n');
}

function yamaha(filterLines: string[], list: string): string {
  return ['ip lan1 address 192.168.100.1/24', `ip lan1 secure filter in ${list}`, ...filterLines, ''].join('\n');
}
const yamahaGood = yamaha(['ip filter 10 pass 192.168.100.0/24 * tcp * www', 'ip filter 99 reject * * * * *'], '10 99');
const yamahaNolog = yamaha(['ip filter 10 pass 192.168.100.0/24 * tcp * www', 'ip filter 20 reject-nolog 192.168.100.0/24 10.0.0.0/8', 'ip filter 99 reject * * * * *'], '20 10 99');

function awplus(aclLines: string[]): string {
  return ['hostname sw1', '!', ...aclLines, '!', 'interface port1.0.1', ' switchport access vlan 10', ' access-group 3000', '!', 'end', ''].join('\n');
}
const awGood = awplus(['access-list 3000 permit ip 10.10.10.0/24 10.20.0.0/24', 'access-list 3000 deny ip any any log']);
const awSilent = awplus(['access-list 3000 permit ip 10.10.10.0/24 10.20.0.0/24', 'access-list 3000 deny ip any any']);

const nec = 'hostname ix1\nip access-list koumu-in permit ip src 10.10.10.0/24 dest any\ninterface GigaEthernet0.0\n  ip address 10.10.10.1/24\n  ip filter koumu-in 10 in\n';

testRule(rule, {
  valid: [
    { name: 'IOS: denies logged, ends with deny ip any any log', config: iosGood },
    { name: 'IOS: a logged deny, then permit ip any any: nothing reaches the implicit deny', config: ios(['deny ip 10.10.10.0 0.0.0.255 10.30.0.0 0.0.1.255 log', 'permit ip any any']) },
    { name: 'FortiGate: logtraffic all on the inter-zone policy', vendor: 'fortigate', config: fortigate(['set logtraffic all']) },
    { name: 'Yamaha: reject lines log by default', vendor: 'yamaha-rtx', config: yamahaGood },
    { name: 'AW+: deny with log', vendor: 'alliedtelesis-awplus', config: awGood },
    { name: 'a device without filters or policies is not applicable', config: 'hostname r1\n!\ninterface GigabitEthernet0/1\n ip address 10.0.0.1 255.255.255.0\n!\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: a deny line without log',
      config: iosSilentDeny,
      findings: [{ object: 'filter KOUMU-IN', severity: 'medium', status: 'fail', messageIncludes: '1 deny line', evidenceLines: [lineOf(iosSilentDeny, 'deny ip 10.10.10.0 0.0.0.255 10.30.0.0 0.0.1.255')] }],
    },
    {
      name: 'IOS: only the implicit deny, not logged',
      config: iosImplicit,
      findings: [{ object: 'filter KOUMU-IN', messageIncludes: 'unrecorded', evidenceLines: [lineOf(iosImplicit, 'ip access-list extended KOUMU-IN')] }],
    },
    {
      name: 'FortiGate: default logtraffic (utm)',
      vendor: 'fortigate',
      config: fortigate([]),
      findings: [{ object: 'policy 11', severity: 'medium', messageIncludes: 'only security events', evidenceLines: [lineOf(fortigate([]), 'edit 11')] }],
    },
    {
      name: 'FortiGate: logtraffic disable',
      vendor: 'fortigate',
      config: fortigate(['set logtraffic disable']),
      findings: [{ object: 'policy 11', messageIncludes: 'logs nothing' }],
    },
    {
      name: 'Yamaha: reject-nolog',
      vendor: 'yamaha-rtx',
      config: yamahaNolog,
      findings: [{ object: 'filter lan1 in', messageIncludes: '1 deny line', evidenceLines: [lineOf(yamahaNolog, 'ip filter 20 reject-nolog 192.168.100.0/24 10.0.0.0/8')] }],
    },
    {
      name: 'AW+: deny without log',
      vendor: 'alliedtelesis-awplus',
      config: awSilent,
      findings: [{ messageIncludes: '1 deny line', evidenceLines: [lineOf(awSilent, 'access-list 3000 deny ip any any')] }],
    },
    {
      name: 'NEC IX: per-line logging unknown → manual',
      vendor: 'nec-ix',
      config: nec,
      findings: [{ object: 'filter logging', status: 'manual', messageIncludes: 'GigaEthernet0.0 in', evidenceLines: [lineOf(nec, 'ip filter koumu-in 10 in')] }],
    },
  ],
});
