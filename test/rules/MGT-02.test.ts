// MGT-02: management offered on Internet-facing or non-management interfaces.
import { rule } from '../../src/rules/mgt/mgt-02-management-exposure.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = `ゾーン,種別,アドレス,VLAN,機器,インタフェース,SSID,説明
管理,管理,10.0.99.0/24,,,,,
学習,学習系,10.0.20.0/24,,,,,
インターネット,インターネット,203.0.113.0/30,,,,,
`;
const ZONES_NO_INTERNET = 'zone,class,cidr\nkanri,管理,10.0.99.0/24\n';

const ios = (vty: string) => `hostname r1
no ip http server
no ip http secure-server
ip access-list standard MGMT
 permit 10.0.99.0 0.0.0.255
interface GigabitEthernet0/0
 ip address 203.0.113.2 255.255.255.252
interface GigabitEthernet0/1
 ip address 10.0.99.1 255.255.255.0
line vty 0 4
${vty} transport input ssh
end
`;
const iosRestricted = ios(' access-class MGMT in\n');
const iosOpen = ios('');

const FGT_HASH = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';
const fgt = (wan: string, learning: string, trusthost: string) => `config system global
    set hostname "fw1"
end
config system interface
    edit "wan1"
        set ip 203.0.113.2 255.255.255.252
        set allowaccess ${wan}
    next
    edit "port1"
        set ip 10.0.99.1 255.255.255.0
        set allowaccess ping https ssh
    next
    edit "port2"
        set ip 10.0.20.1 255.255.255.0
        set allowaccess ${learning}
    next
end
config system admin
    edit "tanaka-adm"
        set accprofile "super_admin"${trusthost}
        set password ENC ${FGT_HASH}
    next
end
`;
const TRUST = '\n        set trusthost1 10.0.99.0 255.255.255.0';
const fgtGood = fgt('ping', 'ping', TRUST);
const fgtWanOpen = fgt('ping https', 'ping', '');
const fgtWanTrusted = fgt('ping ssh', 'ping', TRUST);
const fgtLearning = fgt('ping', 'ping https', TRUST);

const rtx = (host: string) => `ip lan1 address 10.0.99.1/24
ip lan2 address 203.0.113.2/30
telnetd service off
httpd service off
sshd service on
${host}`;
const rtxGood = rtx('sshd host lan1\n');
const rtxOpen = rtx('');

const awGood = 'hostname sw1\naccess-list 10 permit 10.0.99.0 0.0.0.255\nservice ssh\nno service telnet\nno service http\ninterface vlan1\n ip address 203.0.113.2/30\nline vty 0 4\n access-class 10\n';
const awOpen = 'hostname sw1\nservice ssh\nno service telnet\nno service http\ninterface vlan1\n ip address 203.0.113.2/30\nline vty 0 4\n';

const ix = (acl: string) => `hostname ix1
ip access-list MGMT permit ip src 10.0.99.0/24 dest any
ssh-server ip enable
${acl}!
interface GigaEthernet0.0
  ip address 203.0.113.2/30
  no shutdown
!
`;
const ixGood = ix('ssh-server ip access-list MGMT\n');
const ixOpen = ix('');

testRule(rule, {
  valid: [
    { name: 'IOS: vty restricted to the management subnet', config: iosRestricted, zones: ZONES },
    { name: 'FortiGate: no management on wan1 or the learning port', vendor: 'fortigate', config: fgtGood, zones: ZONES },
    { name: 'Yamaha: sshd host lan1', vendor: 'yamaha-rtx', config: rtxGood, zones: ZONES },
    { name: 'AW+: vty access-class on a switch with an Internet-facing VLAN', vendor: 'alliedtelesis-awplus', config: awGood, zones: ZONES },
    { name: 'NEC IX: ssh-server access list', vendor: 'nec-ix', config: ixGood, zones: ZONES },
  ],
  invalid: [
    {
      name: 'IOS: vty open, reachable on the Internet interface',
      config: iosOpen,
      zones: ZONES,
      findings: [{ object: 'GigabitEthernet0/0 ssh', severity: 'critical', evidenceLines: [lineOf(iosOpen, 'line vty 0 4'), lineOf(iosOpen, 'interface GigabitEthernet0/0')] }],
    },
    {
      name: 'IOS: no zones.csv (manual)',
      config: iosRestricted,
      findings: [{ object: 'zones.csv', status: 'manual', evidenceLines: [1] }],
    },
    {
      name: 'IOS: zones.csv without an internet zone (manual)',
      config: iosRestricted,
      zones: ZONES_NO_INTERNET,
      findings: [{ object: 'zones.csv', status: 'manual', messageIncludes: 'no internet zone', evidenceLines: [1] }],
    },
    {
      name: 'FortiGate: https on wan1 without trusted hosts',
      vendor: 'fortigate',
      config: fgtWanOpen,
      zones: ZONES,
      findings: [{ object: 'wan1 https', severity: 'critical', evidenceLines: [lineOf(fgtWanOpen, 'set allowaccess ping https')] }],
    },
    {
      name: 'FortiGate: ssh on wan1, trusted hosts keep the Internet out (high)',
      vendor: 'fortigate',
      config: fgtWanTrusted,
      zones: ZONES,
      findings: [{ object: 'wan1 ssh', severity: 'high', evidenceLines: [lineOf(fgtWanTrusted, 'set allowaccess ping ssh'), lineOf(fgtWanTrusted, 'edit "tanaka-adm"')] }],
    },
    {
      name: 'FortiGate: https on the learning-zone port (medium)',
      vendor: 'fortigate',
      config: fgtLearning,
      zones: ZONES,
      findings: [{ object: 'port2 https', severity: 'medium', evidenceLines: [lineOf(fgtLearning, 'set allowaccess ping https'), lineOf(fgtLearning, 'edit "tanaka-adm"')] }],
    },
    {
      name: 'Yamaha: sshd without a host list answers on lan2',
      vendor: 'yamaha-rtx',
      config: rtxOpen,
      zones: ZONES,
      // The remote-session line has no line of its own: it points at the device (line 1).
      findings: [{ object: 'lan2 ssh', severity: 'critical', evidenceLines: [lineOf(rtxOpen, 'sshd service on'), 1, lineOf(rtxOpen, 'ip lan2 address 203.0.113.2/30')] }],
    },
    {
      name: 'AW+: vty open on an Internet-facing VLAN',
      vendor: 'alliedtelesis-awplus',
      config: awOpen,
      zones: ZONES,
      findings: [{ object: 'vlan1 ssh', severity: 'critical', evidenceLines: [lineOf(awOpen, 'service ssh'), lineOf(awOpen, 'line vty 0 4'), lineOf(awOpen, 'interface vlan1')] }],
    },
    {
      name: 'NEC IX: ssh-server open on the WAN',
      vendor: 'nec-ix',
      config: ixOpen,
      zones: ZONES,
      findings: [{ object: 'GigaEthernet0.0 ssh', severity: 'critical', evidenceLines: [lineOf(ixOpen, 'ssh-server ip enable'), 1, lineOf(ixOpen, 'interface GigaEthernet0.0')] }],
    },
  ],
});
