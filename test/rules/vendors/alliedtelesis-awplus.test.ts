// Every rule that can see an Allied Telesis AlliedWare Plus fact, on AW+ configs of our own (parsed
// with the AW+ parser). Rules that cannot see an AW+ fact, and why:
// - MGT-09 (password storage): AW+ stores every `password 8` as md5-crypt (`$1$…`), which the rule
//   reports as a weak hash, so only a config without local accounts passes.
// - WLS-01: AW+ switches have no radio (AWC wireless is managed elsewhere).
// - SEG-01..05, SEG-07 need flows/assets registers and whole-network reachability; they read the
//   neutral model only and are covered by the engine tests. Note: hardware ACLs bound on switch
//   ports are not seen by the reachability analysis (it reads routed interfaces only), so SEG-06
//   counts only filters on VLAN interfaces.
import { rule as fwh01 } from '../../../src/rules/fwh/fwh-01-permit-any-any.js';
import { rule as fwh02 } from '../../../src/rules/fwh/fwh-02-unreachable-lines.js';
import { rule as fwh03 } from '../../../src/rules/fwh/fwh-03-redundant-lines.js';
import { rule as log01 } from '../../../src/rules/log/log-01-remote-syslog.js';
import { rule as log03 } from '../../../src/rules/log/log-03-time-sync.js';
import { rule as mgt03 } from '../../../src/rules/mgt/mgt-03-plaintext-management.js';
import { rule as mgt04 } from '../../../src/rules/mgt/mgt-04-login-banner.js';
import { rule as mgt05 } from '../../../src/rules/mgt/mgt-05-login-attempt-limit.js';
import { rule as mgt06 } from '../../../src/rules/mgt/mgt-06-idle-timeout.js';
import { rule as mgt08 } from '../../../src/rules/mgt/mgt-08-default-credentials.js';
import { rule as mgt09 } from '../../../src/rules/mgt/mgt-09-password-storage.js';
import { rule as nac01 } from '../../../src/rules/nac/nac-01-port-authentication.js';
import { rule as seg06 } from '../../../src/rules/seg/seg-06-koumu-routed-unfiltered.js';
import { rule as svc01 } from '../../../src/rules/svc/svc-01-unused-ports.js';
import { rule as svc02 } from '../../../src/rules/svc/svc-02-unnecessary-services.js';
import { rule as svc03 } from '../../../src/rules/svc/svc-03-snmp.js';
import type { VendorId } from '../../../src/model/index.js';
import { lineOf, testRule } from '../../helpers/rule-tester.js';

const vendor: VendorId = 'alliedtelesis-awplus';

const HASH = '$1$Qw3rTy12$abcdefghijklmnopqrstuv';
const FACTORY_HASH = '$1$bJoVec4D$JwOJGPr7YqoExA0GVasdE0';

/** A school switch managed over SSHv2 only, personal account, syslog, NTP, banner, lockout: the baseline. */
const MANAGEMENT = `service password-encryption
!
hostname minato-sw01
!
banner motd Authorized staff only
!
username tanaka-adm privilege 15 password 8 ${HASH}
!
ssh server v2only
service ssh
no service telnet
no service http
!
clock timezone JST plus 9
ntp server 10.10.99.1
log host 10.10.99.30
!
aaa authentication enable default local
aaa authentication login default local
aaa local authentication attempts max-fail 5
!`;

const LINES = `line con 0
 exec-timeout 5 0
line vty 0 4
 exec-timeout 10 0
!`;

const PORTS = `vlan database
 vlan 10 name KOUMU
 vlan 20 name GAKUSHU
!
interface port1.0.1
 description staff PC
 switchport
 switchport mode access
 switchport access vlan 10
 switchport port-security
!
interface port1.0.2
 description classroom
 switchport
 switchport mode access
 switchport access vlan 20
!`;

function awp(...parts: string[]): string {
  return [...parts, 'end', ''].join('\n');
}

const base = awp(MANAGEMENT, PORTS, LINES);

testRule(mgt03, {
  valid: [{ name: 'SSHv2 only; Telnet and HTTP off', vendor, config: base }],
  invalid: (() => {
    const telnetOn = awp(MANAGEMENT.replace('no service telnet', 'service telnet'), PORTS, LINES);
    const defaults = awp(MANAGEMENT.replace('no service telnet\nno service http\n', ''), PORTS, LINES);
    return [
      {
        name: 'service telnet',
        vendor,
        config: telnetOn,
        findings: [{ object: 'telnet-server', evidenceLines: [lineOf(telnetOn, 'service telnet')] }, { object: 'vty 0 4', messageIncludes: 'telnet' }],
      },
      {
        name: 'telnet and http not mentioned: on by the AW+ default',
        vendor,
        config: defaults,
        findings: [{ object: 'telnet-server', messageIncludes: 'platform default' }, { object: 'http-server', messageIncludes: 'platform default' }, { object: 'vty 0 4' }],
      },
    ];
  })(),
});

testRule(mgt04, {
  valid: [{ name: 'banner motd', vendor, config: base }],
  invalid: [{ name: 'no banner motd', vendor, config: awp(MANAGEMENT.replace('banner motd Authorized staff only', 'no banner motd'), PORTS, LINES), findings: [{ object: 'banner' }] }],
});

testRule(mgt05, {
  valid: [{ name: 'max-fail 5', vendor, config: base }],
  invalid: (() => {
    const lax = awp(MANAGEMENT.replace('max-fail 5', 'max-fail 20'), PORTS, LINES);
    return [
      { name: 'max-fail 20', vendor, config: lax, findings: [{ evidenceLines: [lineOf(lax, 'aaa local authentication attempts max-fail 20')] }] },
      { name: 'no lockout', vendor, config: awp(MANAGEMENT.replace('aaa local authentication attempts max-fail 5\n', ''), PORTS, LINES), findings: [{ object: 'login lockout' }] },
    ];
  })(),
});

testRule(mgt06, {
  valid: [
    { name: 'exec-timeout 5 and 10 minutes', vendor, config: base },
    { name: 'no exec-timeout: the AW+ default of 10 minutes', vendor, config: awp(MANAGEMENT, PORTS, 'line con 0\nline vty 0 4\n!') },
  ],
  invalid: (() => {
    const never = awp(MANAGEMENT, PORTS, LINES.replace('exec-timeout 10 0', 'exec-timeout 0 0'));
    return [{ name: 'exec-timeout 0 0 on the vty', vendor, config: never, findings: [{ object: 'vty 0 4', evidenceLines: [lineOf(never, 'line vty 0 4')] }] }];
  })(),
});

testRule(mgt08, {
  valid: [{ name: 'personal admin account, enable authenticated by AAA', vendor, config: base }],
  invalid: (() => {
    const factory = awp(MANAGEMENT.replace(`username tanaka-adm privilege 15 password 8 ${HASH}`, `username manager privilege 15 password 8 ${FACTORY_HASH}`), PORTS, LINES);
    const line = lineOf(factory, `username manager privilege 15 password 8 ${FACTORY_HASH}`);
    return [
      {
        name: 'factory manager account with the factory password friend',
        vendor,
        config: factory,
        findings: [{ object: 'user manager', messageIncludes: 'default or textbook', evidenceLines: [line] }, { object: 'user manager', messageIncludes: 'well-known', evidenceLines: [line] }],
      },
    ];
  })(),
});

testRule(mgt09, {
  valid: [{ name: 'no local accounts (logins by AAA)', vendor, config: awp(MANAGEMENT.replace(`username tanaka-adm privilege 15 password 8 ${HASH}\n`, ''), PORTS, LINES) }],
  invalid: (() => {
    const plain = awp(MANAGEMENT.replace(`password 8 ${HASH}`, 'password Plain-Pass-1'), PORTS, LINES);
    return [
      { name: 'password 8: md5-crypt', vendor, config: base, findings: [{ object: 'user tanaka-adm', severity: 'medium' }] },
      { name: 'password in clear', vendor, config: plain, findings: [{ object: 'user tanaka-adm', evidenceLines: [lineOf(plain, 'username tanaka-adm privilege 15 password Plain-Pass-1')] }] },
    ];
  })(),
});

testRule(log01, {
  valid: [{ name: 'log host set', vendor, config: base }],
  invalid: [{ name: 'no log host', vendor, config: awp(MANAGEMENT.replace('log host 10.10.99.30\n', ''), PORTS, LINES), findings: [{ object: 'logging' }] }],
});

testRule(log03, {
  valid: [{ name: 'NTP server and time zone', vendor, config: base }],
  invalid: [
    { name: 'no NTP server', vendor, config: awp(MANAGEMENT.replace('ntp server 10.10.99.1\n', ''), PORTS, LINES), findings: [{ object: 'ntp' }] },
    { name: 'no clock timezone', vendor, config: awp(MANAGEMENT.replace('clock timezone JST plus 9', 'no clock timezone'), PORTS, LINES), findings: [{ object: 'timezone' }] },
  ],
});

testRule(svc01, {
  valid: [{ name: 'every live access port is described', vendor, config: base }],
  invalid: (() => {
    const config = awp(MANAGEMENT, PORTS, 'interface port1.0.3-1.0.4\n switchport\n switchport mode access\n!\ninterface port1.0.5\n shutdown\n!', LINES);
    return [
      { name: 'a range of undocumented ports left up', vendor, config, findings: [{ object: 'port1.0.3' }, { object: 'port1.0.4' }] },
    ];
  })(),
});

testRule(svc02, {
  valid: [{ name: 'no unnecessary service', vendor, config: base }],
  invalid: [{ name: 'service tftp', vendor, config: awp(MANAGEMENT, 'service tftp', PORTS, LINES), findings: [{ object: 'tftp-server' }] }],
});

testRule(svc03, {
  valid: [{ name: 'no SNMP community', vendor, config: base }],
  invalid: (() => {
    const config = awp(MANAGEMENT, 'snmp-server\nsnmp-server community public ro', PORTS, LINES);
    return [{ name: 'community public', vendor, config, findings: [{ severity: 'critical', evidenceLines: [lineOf(config, 'snmp-server community public ro')] }] }];
  })(),
});

const NAC_ZONES = 'zone,class,vlan\n校務,校務内部系,10\n学習,学習系,20\n';

testRule(nac01, {
  valid: [
    { name: '校務 port with port security', vendor, config: base, zones: NAC_ZONES },
    {
      name: '校務 port with 802.1X',
      vendor,
      config: awp(MANAGEMENT, 'aaa authentication dot1x default group radius', PORTS.replace(' switchport port-security\n', ' dot1x port-control auto\n'), LINES),
      zones: NAC_ZONES,
    },
  ],
  invalid: (() => {
    const open = awp(MANAGEMENT, PORTS.replace(' switchport port-security\n', ''), LINES);
    const noGlobal = awp(MANAGEMENT, PORTS.replace(' switchport port-security\n', ' dot1x port-control auto\n'), LINES);
    return [
      { name: '校務 port without authentication', vendor, config: open, zones: NAC_ZONES, findings: [{ object: 'port1.0.1' }] },
      { name: '802.1X on the port but not switched on for the device', vendor, config: noGlobal, zones: NAC_ZONES, findings: [{ object: '802.1X system-auth-control' }] },
    ];
  })(),
});

/** Hardware ACLs on a learning port: allow the print server by HTTPS, drop the rest to 校務. */
const ACL_PORT = (acl: string) => `${acl}
interface port1.0.2
 access-group LEARN-IN
!`;

testRule(fwh01, {
  valid: [{ name: 'hardware ACL without any-any permit', vendor, config: awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 permit tcp 10.20.0.0/16 host 10.10.10.30 eq 443\n 20 deny ip 10.20.0.0/16 10.10.10.0/24\n!'), LINES) }],
  invalid: (() => {
    const config = awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 deny ip 10.20.0.0/16 10.10.10.0/24\n 20 permit ip any any\n!'), LINES);
    return [{ name: 'permit ip any any on a port', vendor, config, findings: [{ object: 'LEARN-IN', evidenceLines: [lineOf(config, '20 permit ip any any'), lineOf(config, 'access-group LEARN-IN')] }] }];
  })(),
});

testRule(fwh02, {
  valid: [{ name: 'no hidden entry', vendor, config: awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 permit tcp 10.20.0.0/16 host 10.10.10.30 eq 443\n 20 deny ip 10.20.0.0/16 10.10.10.0/24\n!'), LINES) }],
  invalid: (() => {
    const config = awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 deny ip 10.20.0.0/16 10.10.10.0/24\n 20 permit tcp 10.20.0.0/16 host 10.10.10.30 eq 443\n!'), LINES);
    return [{ name: 'permit after the deny that covers it', vendor, config, findings: [{ evidenceLines: [lineOf(config, '20 permit tcp 10.20.0.0/16 host 10.10.10.30 eq 443'), lineOf(config, '10 deny ip 10.20.0.0/16 10.10.10.0/24')] }] }];
  })(),
});

testRule(fwh03, {
  valid: [{ name: 'no redundant entry', vendor, config: awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 deny ip 10.20.0.0/16 10.10.10.0/24\n!'), LINES) }],
  invalid: (() => {
    // The SMB deny changes nothing: the later deny of all 学習 → 校務 traffic drops the same packets.
    const config = awp(MANAGEMENT, PORTS, ACL_PORT('access-list hardware LEARN-IN\n 10 deny tcp 10.20.0.0/16 10.10.10.0/24 eq 445\n 20 deny ip 10.20.0.0/16 10.10.10.0/24\n!'), LINES);
    return [{ name: 'a deny covered by a later deny', vendor, config, findings: [{ evidenceLines: [lineOf(config, '10 deny tcp 10.20.0.0/16 10.10.10.0/24 eq 445'), lineOf(config, '20 deny ip 10.20.0.0/16 10.10.10.0/24')] }] }];
  })(),
});

const SEG_ZONES = 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n学習,学習系,10.20.0.0/24\n';
const SVIS = `interface vlan10
 ip address 10.10.10.1/24
!
interface vlan20
 ip address 10.20.0.1/24
!`;

testRule(seg06, {
  valid: [{ name: 'L3 switch with only the 学習 VLAN routed', vendor, config: awp(MANAGEMENT, PORTS, 'interface vlan20\n ip address 10.20.0.1/24\n!', LINES), zones: SEG_ZONES }],
  invalid: (() => {
    const config = awp(MANAGEMENT, PORTS, SVIS, LINES);
    return [{ name: '校務 and 学習 VLAN interfaces routed without a filter', vendor, config, zones: SEG_ZONES, findings: [{ object: 'vlan10 <-> vlan20', evidenceLines: [lineOf(config, 'interface vlan10'), lineOf(config, 'interface vlan20')] }] }];
  })(),
});
