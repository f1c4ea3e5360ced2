// RA-04: management (remote maintenance) open to any source on a device facing the Internet.
import { rule } from '../../src/rules/ra/ra-04-remote-maintenance.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const zones = (device: string, iface: string) =>
  ['zone,class,cidr,device,interface', '管理,管理,10.99.0.0/24,,', `インターネット,インターネット,,${device},${iface}`, ''].join('\n');

const ios = (vty: string) => `hostname rt1
no ip http server
no ip http secure-server
access-list 10 permit 10.99.0.0 0.0.0.255
access-list 20 permit any
interface GigabitEthernet0/0
 ip address 198.51.100.2 255.255.255.252
interface GigabitEthernet0/1
 ip address 10.99.0.1 255.255.255.0
ip ssh version 2
line vty 0 4
${vty} transport input ssh
 login local
end
`;
const IOS_ZONES = zones('rt1', 'GigabitEthernet0/0');
const IOS_OPEN = ios('');
const IOS_ANY = ios(' access-class 20 in\n');

const rtx = (host: string) => `ip lan1 address 10.99.0.1/24
ip lan2 address 198.51.100.10/29
sshd service on
${host}`;
const RTX_ZONES = zones('fixture', 'lan2');
const RTX_OPEN = rtx('');

const fgt = (wanAccess: string, trusthost: string) => `config system global
    set hostname "fw1"
end
config system interface
    edit "port1"
        set ip 10.99.0.1 255.255.255.0
        set allowaccess ping https ssh
    next
    edit "wan1"
        set ip 198.51.100.2 255.255.255.252
        set allowaccess ${wanAccess}
    next
end
config system admin
    edit "hoshu"
        set accprofile "super_admin"
${trusthost}        set password ENC SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=
    next
end
`;
const FGT_ZONES = zones('fw1', 'wan1');
const FGT_OPEN = fgt('ping ssh https', '');

const ix = (acl: string) => `hostname ix1
ip access-list mgmt-src permit ip src ${acl} dest any
ssh-server ip enable
ssh-server ip access-list mgmt-src
interface GigaEthernet0.1
  ip address 198.51.100.2/30
  no shutdown
interface GigaEthernet1.0
  ip address 10.99.0.1/24
  no shutdown
`;
const IX_ZONES = zones('ix1', 'GigaEthernet0.1');
const IX_ANY = ix('any');

const aw = (vty: string) => `hostname ar1
service ssh
no service telnet
no service http
access-list 10 permit 10.99.0.0 0.0.0.255
interface eth1
 ip address 198.51.100.2/30
interface vlan1
 ip address 10.99.0.1/24
line vty 0 4
${vty}end
`;
const AW_ZONES = zones('ar1', 'eth1');
const AW_OPEN = aw('');

testRule(rule, {
  valid: [
    { name: 'IOS: vty limited to the management segment', config: ios(' access-class 10 in\n'), zones: IOS_ZONES },
    { name: 'Yamaha RTX: sshd limited to the management LAN and a fixed contractor address', vendor: 'yamaha-rtx', config: rtx('sshd host 10.99.0.0/24 203.0.113.50\ntelnetd host lan1\n'), zones: RTX_ZONES },
    { name: 'FortiGate: no management on wan1', vendor: 'fortigate', config: fgt('ping', ''), zones: FGT_ZONES },
    { name: 'FortiGate: https on wan1 but the only administrator is pinned to a fixed address', vendor: 'fortigate', config: fgt('ping https', '        set trusthost1 203.0.113.50 255.255.255.255\n'), zones: FGT_ZONES },
    { name: 'NEC IX: SSH limited by an access list', vendor: 'nec-ix', config: ix('10.99.0.0/24'), zones: IX_ZONES },
    { name: 'AlliedWare Plus: SSH sessions land on vtys limited by access-class', vendor: 'alliedtelesis-awplus', config: aw(' access-class 10\n'), zones: AW_ZONES },
    { name: 'IOS: open vty but no Internet-facing interface', config: IOS_OPEN, zones: zones('rt1', 'Loopback99') },
  ],
  invalid: [
    {
      name: 'IOS: vty without access-class',
      config: IOS_OPEN,
      zones: IOS_ZONES,
      findings: [{ object: 'vty 0 4', severity: 'high', messageIncludes: 'GigabitEthernet0/0', evidenceLines: [lineOf(IOS_OPEN, 'line vty 0 4')] }],
    },
    {
      name: 'IOS: vty access-class permitting any',
      config: IOS_ANY,
      zones: IOS_ZONES,
      findings: [{ object: 'vty 0 4', evidenceLines: [lineOf(IOS_ANY, 'line vty 0 4'), lineOf(IOS_ANY, 'access-list 20 permit any')] }],
    },
    {
      name: 'IOS: without zones.csv an open vty is a manual check',
      config: IOS_OPEN,
      findings: [{ object: 'management', status: 'manual', messageIncludes: 'vty 0 4' }],
    },
    {
      name: 'Yamaha RTX: sshd without a host list, and telnetd by default (any host)',
      vendor: 'yamaha-rtx',
      config: RTX_OPEN,
      zones: RTX_ZONES,
      findings: [
        { object: 'ssh-server', messageIncludes: 'lan2', evidenceLines: [lineOf(RTX_OPEN, 'sshd service on')] },
        // telnetd is on and open to any host by default (Y-CMD 4.39): the device line is the evidence.
        { object: 'telnet-server', evidenceLines: [1] },
      ],
    },
    {
      name: 'FortiGate: https and ssh on wan1, administrator without trusthost',
      vendor: 'fortigate',
      config: FGT_OPEN,
      zones: FGT_ZONES,
      findings: [
        { object: 'https-server (wan1)', evidenceLines: [lineOf(FGT_OPEN, 'set allowaccess ping ssh https')] },
        { object: 'ssh-server (wan1)' },
      ],
    },
    {
      name: 'NEC IX: the SSH access list permits any source',
      vendor: 'nec-ix',
      config: IX_ANY,
      zones: IX_ZONES,
      findings: [{ object: 'ssh-server', evidenceLines: [lineOf(IX_ANY, 'ssh-server ip enable'), lineOf(IX_ANY, 'ip access-list mgmt-src permit ip src any dest any')] }],
    },
    {
      name: 'AlliedWare Plus: SSH on, vtys without access-class',
      vendor: 'alliedtelesis-awplus',
      config: AW_OPEN,
      zones: AW_ZONES,
      findings: [{ object: 'ssh-server', messageIncludes: 'eth1', evidenceLines: [lineOf(AW_OPEN, 'service ssh')] }],
    },
  ],
});
