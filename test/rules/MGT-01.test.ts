// MGT-01: management sessions limited to the management subnets.
import { rule } from '../../src/rules/mgt/mgt-01-management-source.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const MGMT = { site: { managementSubnets: ['10.0.99.0/24'] } };
const ZONES = 'zone,class,cidr\nkanri,管理,10.0.99.0/24\nkoumu,校務系,10.0.10.0/24\n';

const iosRestricted = `hostname r1
ip access-list standard MGMT
 permit 10.0.99.0 0.0.0.255
line vty 0 4
 access-class MGMT in
 transport input ssh
end
`;
const iosWide = iosRestricted.replace('permit 10.0.99.0 0.0.0.255', 'permit 10.0.0.0 0.255.255.255');
const iosOpen = 'hostname r1\nline vty 0 4\n transport input ssh\nend\n';

const FGT_HASH = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';
const fgt = (trusthost: string) => `config system global
    set hostname "fw1"
end
config system interface
    edit "port1"
        set ip 10.0.99.1 255.255.255.0
        set allowaccess ping https ssh
    next
end
config system admin
    edit "tanaka-adm"
        set accprofile "super_admin"${trusthost}
        set password ENC ${FGT_HASH}
    next
end
`;
const fgtTrusted = fgt('\n        set trusthost1 10.0.99.0 255.255.255.0');
const fgtOpen = fgt('');

const rtxRestricted = `ip lan1 address 10.0.99.1/24
telnetd service off
httpd service off
sshd service on
sshd host 10.0.99.0/24
`;
const rtxTelnet = 'ip lan1 address 10.0.99.1/24\nhttpd service off\n';

const awRestricted = `hostname sw1
access-list 10 permit 10.0.99.0 0.0.0.255
service ssh
no service telnet
no service http
line vty 0 4
 access-class 10
`;
const awOpen = 'hostname sw1\nservice ssh\nno service telnet\nno service http\nline vty 0 4\n';

const ixRestricted = 'hostname ix1\nip access-list MGMT permit ip src 10.0.99.0/24 dest any\nssh-server ip enable\nssh-server ip access-list MGMT\n';
const ixOpen = 'hostname ix1\nssh-server ip enable\n';

testRule(rule, {
  valid: [
    { name: 'IOS: vty access-class limited to the management subnet (segaudit.json)', config: iosRestricted, settings: MGMT },
    { name: 'IOS: the management zone of zones.csv counts too', config: iosRestricted, zones: ZONES },
    { name: 'FortiGate: every administrator has a trusted host in the subnet', vendor: 'fortigate', config: fgtTrusted, settings: MGMT },
    { name: 'Yamaha: sshd host limited, telnetd and httpd off', vendor: 'yamaha-rtx', config: rtxRestricted, settings: MGMT },
    { name: 'AW+: vty access-class 10', vendor: 'alliedtelesis-awplus', config: awRestricted, settings: MGMT },
    { name: 'NEC IX: ssh-server access list', vendor: 'nec-ix', config: ixRestricted, settings: MGMT },
    { name: 'IOS: no remote line accepts anything (not applicable)', config: 'hostname r1\nline vty 0 4\n transport input none\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: access-class permits all of 10/8',
      config: iosWide,
      settings: MGMT,
      findings: [{ object: 'ssh', severity: 'high', messageIncludes: 'outside the management subnets', evidenceLines: [lineOf(iosWide, 'line vty 0 4'), lineOf(iosWide, 'ip access-list standard MGMT')] }],
    },
    {
      name: 'IOS: vty without access-class',
      config: iosOpen,
      settings: MGMT,
      findings: [{ object: 'ssh', messageIncludes: 'from any address', evidenceLines: [lineOf(iosOpen, 'line vty 0 4')] }],
    },
    {
      name: 'IOS: restricted, but no management subnet known (manual)',
      config: iosRestricted,
      findings: [{ object: 'ssh', status: 'manual', evidenceLines: [lineOf(iosRestricted, 'line vty 0 4'), lineOf(iosRestricted, 'ip access-list standard MGMT')] }],
    },
    {
      name: 'FortiGate: administrator without trusted hosts',
      vendor: 'fortigate',
      config: fgtOpen,
      settings: MGMT,
      findings: [
        // The SSH session lands on the admin-session line, which points at the device (no admintimeout set).
        { object: 'ssh', messageIncludes: 'from any address', evidenceLines: [lineOf(fgtOpen, 'set allowaccess ping https ssh'), lineOf(fgtOpen, 'set hostname "fw1"')] },
        { object: 'https', messageIncludes: 'from any address', evidenceLines: [lineOf(fgtOpen, 'set allowaccess ping https ssh')] },
      ],
    },
    {
      name: 'Yamaha: telnetd on by default without a host list',
      vendor: 'yamaha-rtx',
      config: rtxTelnet,
      settings: MGMT,
      findings: [{ object: 'telnet', messageIncludes: 'from any address', evidenceLines: [1] }],
    },
    {
      name: 'AW+: vty without access-class',
      vendor: 'alliedtelesis-awplus',
      config: awOpen,
      settings: MGMT,
      findings: [{ object: 'ssh', evidenceLines: [lineOf(awOpen, 'service ssh'), lineOf(awOpen, 'line vty 0 4')] }],
    },
    {
      name: 'NEC IX: ssh-server without access list',
      vendor: 'nec-ix',
      config: ixOpen,
      settings: MGMT,
      findings: [{ object: 'ssh', evidenceLines: [lineOf(ixOpen, 'ssh-server ip enable'), lineOf(ixOpen, 'hostname ix1')] }],
    },
  ],
});
