// Every rule that can see a FortiGate fact, on FortiGate configs of our own (parsed with the
// FortiGate parser). Rules left out, and why:
// - FWH-04: judges interface filters and their bindings, which a FortiGate does not have.
// - SEG-02/03/05/07 work on FortiGate through the same zone reachability as SEG-01 (shown here) and
//   are exercised by the sakura-city sample.
// - NAC-01, SVC-01, SEG-04: FortiGate ports carry no 802.1X/MAB/port-security facts in this model
//   (FortiSwitch port settings are not modelled).
import { rule as fwh01 } from '../../../src/rules/fwh/fwh-01-permit-any-any.js';
import { rule as fwh02 } from '../../../src/rules/fwh/fwh-02-unreachable-lines.js';
import { rule as fwh03 } from '../../../src/rules/fwh/fwh-03-redundant-lines.js';
import { rule as seg01 } from '../../../src/rules/seg/seg-01-koumu-isolation.js';
import { rule as seg06 } from '../../../src/rules/seg/seg-06-koumu-routed-unfiltered.js';
import { rule as log01 } from '../../../src/rules/log/log-01-remote-syslog.js';
import { rule as log03 } from '../../../src/rules/log/log-03-time-sync.js';
import { rule as mgt03 } from '../../../src/rules/mgt/mgt-03-plaintext-management.js';
import { rule as mgt04 } from '../../../src/rules/mgt/mgt-04-login-banner.js';
import { rule as mgt05 } from '../../../src/rules/mgt/mgt-05-login-attempt-limit.js';
import { rule as mgt06 } from '../../../src/rules/mgt/mgt-06-idle-timeout.js';
import { rule as mgt08 } from '../../../src/rules/mgt/mgt-08-default-credentials.js';
import { rule as mgt09 } from '../../../src/rules/mgt/mgt-09-password-storage.js';
import { rule as svc02 } from '../../../src/rules/svc/svc-02-unnecessary-services.js';
import { rule as svc03 } from '../../../src/rules/svc/svc-03-snmp.js';
import { rule as wls01 } from '../../../src/rules/wls/wls-01-wireless-encryption.js';
import type { VendorId } from '../../../src/model/index.js';
import { lineOf, testRule } from '../../helpers/rule-tester.js';

const vendor: VendorId = 'fortigate';

const HASH = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';

const GLOBAL = `config system global
    set admintimeout 10
    set admin-lockout-threshold 3
    set hostname "center-fw01"
    set pre-login-banner enable
    set timezone "Asia/Tokyo"
end`;

const INTERFACES = `config system interface
    edit "port1"
        set ip 10.10.0.1 255.255.255.0
        set allowaccess ping https ssh
    next
    edit "wan1"
        set mode dhcp
        set allowaccess ping
    next
end`;

const ADMINS = `config system admin
    edit "tanaka-adm"
        set accprofile "super_admin"
        set trusthost1 10.10.0.0 255.255.255.0
        set password ENC ${HASH}
    next
end`;

const SERVICES = `config system ntp
    set ntpsync enable
    set type custom
    config ntpserver
        edit 1
            set server "10.10.0.53"
        next
    end
end
config log syslogd setting
    set status enable
    set server "10.10.0.50"
end`;

function fgt(...parts: string[]): string {
  return ['#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=admin', ...parts, ''].join('\n');
}

const base = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES);
const HOSTNAME = 'set hostname "center-fw01"';

testRule(mgt03, {
  valid: [{ name: 'HTTPS and SSH only (FortiOS speaks SSHv2 only)', vendor, config: base }],
  invalid: (() => {
    const plain = fgt(GLOBAL, INTERFACES.replace('set allowaccess ping https ssh', 'set allowaccess ping http https ssh telnet'), ADMINS, SERVICES);
    const line = lineOf(plain, 'set allowaccess ping http https ssh telnet');
    return [
      {
        name: 'telnet and http in allowaccess',
        vendor,
        config: plain,
        findings: [
          { object: 'telnet-server', evidenceLines: [line] },
          { object: 'http-server', severity: 'high', evidenceLines: [line] },
          { object: 'admin sessions (SSH/Telnet/GUI)', messageIncludes: 'telnet' },
        ],
      },
    ];
  })(),
});

testRule(mgt04, {
  valid: [{ name: 'pre-login banner enabled (factory disclaimer text)', vendor, config: base }],
  invalid: (() => {
    const none = fgt(GLOBAL.replace('    set pre-login-banner enable\n', ''), INTERFACES, ADMINS, SERVICES);
    return [{ name: 'no pre-login banner', vendor, config: none, findings: [{ object: 'banner', evidenceLines: [lineOf(none, HOSTNAME)] }] }];
  })(),
});

testRule(mgt05, {
  valid: [
    { name: 'lockout after 3 failures', vendor, config: base },
    { name: 'not set: FortiOS locks out after 3 failures by default', vendor, config: fgt(GLOBAL.replace('    set admin-lockout-threshold 3\n', ''), INTERFACES, ADMINS, SERVICES) },
  ],
  invalid: (() => {
    const loose = fgt(GLOBAL.replace('set admin-lockout-threshold 3', 'set admin-lockout-threshold 10'), INTERFACES, ADMINS, SERVICES);
    return [{ name: 'lockout only after 10 failures', vendor, config: loose, findings: [{ object: 'admin-lockout-threshold', evidenceLines: [lineOf(loose, 'set admin-lockout-threshold 10')] }] }];
  })(),
});

testRule(mgt06, {
  valid: [
    { name: 'admintimeout 10 minutes', vendor, config: base },
    { name: 'not set: FortiOS default 5 minutes', vendor, config: fgt(GLOBAL.replace('    set admintimeout 10\n', ''), INTERFACES, ADMINS, SERVICES) },
  ],
  invalid: (() => {
    const long = fgt(GLOBAL.replace('set admintimeout 10', 'set admintimeout 480'), INTERFACES, ADMINS, SERVICES);
    const line = lineOf(long, 'set admintimeout 480');
    return [
      {
        name: 'admintimeout 480 minutes (the maximum)',
        vendor,
        config: long,
        findings: [
          { object: 'console', evidenceLines: [line] },
          { object: 'admin sessions (SSH/Telnet/GUI)', evidenceLines: [line] },
        ],
      },
    ];
  })(),
});

testRule(mgt08, {
  valid: [{ name: 'personal administrator with a hashed password; FortiOS has no enable password to miss', vendor, config: base }],
  invalid: (() => {
    const factory = fgt(GLOBAL, INTERFACES, `config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
    next
end`, SERVICES);
    const line = lineOf(factory, 'edit "admin"');
    return [
      {
        name: 'factory admin account with an empty password',
        vendor,
        config: factory,
        findings: [
          { object: 'user admin', messageIncludes: 'default or textbook', evidenceLines: [line] },
          { object: 'user admin', messageIncludes: 'no password', evidenceLines: [line] },
        ],
      },
    ];
  })(),
});

testRule(mgt09, {
  valid: [{ name: 'administrator password stored as a salted hash (ENC SH2)', vendor, config: base }],
  invalid: (() => {
    const clear = fgt(GLOBAL, INTERFACES, ADMINS.replace(`set password ENC ${HASH}`, 'set password Kyoiku-2026'), SERVICES);
    return [
      {
        name: 'administrator password written in clear in the file',
        vendor,
        config: clear,
        findings: [{ object: 'user tanaka-adm', evidenceLines: [lineOf(clear, 'edit "tanaka-adm"')] }, { object: 'password encryption' }],
      },
    ];
  })(),
});

testRule(log01, {
  valid: [
    { name: 'syslog server', vendor, config: base },
    {
      name: 'FortiAnalyzer only',
      vendor,
      config: fgt(GLOBAL, INTERFACES, ADMINS, SERVICES.replace('config log syslogd setting', 'config log fortianalyzer setting')),
    },
  ],
  invalid: (() => {
    const none = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES.replace('    set status enable\n    set server "10.10.0.50"', '    set status disable'));
    return [{ name: 'syslog disabled', vendor, config: none, findings: [{ object: 'logging', evidenceLines: [lineOf(none, HOSTNAME)] }] }];
  })(),
});

testRule(log03, {
  valid: [{ name: 'custom NTP server and time zone Asia/Tokyo', vendor, config: base }],
  invalid: (() => {
    const none = fgt(GLOBAL.replace('    set timezone "Asia/Tokyo"\n', ''), INTERFACES, ADMINS, SERVICES.replace('set ntpsync enable', 'set ntpsync disable'));
    return [{ name: 'NTP sync off, no time zone', vendor, config: none, findings: [{ object: 'ntp' }, { object: 'timezone' }] }];
  })(),
});

testRule(svc02, {
  valid: [{ name: 'no FortiManager access on any interface', vendor, config: base }],
  invalid: (() => {
    const fgfm = fgt(GLOBAL, INTERFACES.replace('set allowaccess ping\n', 'set allowaccess ping fgfm\n'), ADMINS, SERVICES);
    return [{ name: 'fgfm (configuration pushed over the network) on wan1', vendor, config: fgfm, findings: [{ object: 'wan1 config-service', evidenceLines: [lineOf(fgfm, 'set allowaccess ping fgfm')] }] }];
  })(),
});

const SNMP_V3 = `config system snmp user
    edit "monitor"
        set security-level auth-priv
        set auth-proto sha256
        set auth-pwd ENC YXV0aC1wYXNzd29yZC1ibG9iLXZhbHVlLXh4eHh4eA==
        set priv-proto aes256
        set priv-pwd ENC cHJpdi1wYXNzd29yZC1ibG9iLXZhbHVlLXh4eHh4eA==
    next
end`;

testRule(svc03, {
  valid: [{ name: 'SNMPv3 with authentication and privacy', vendor, config: fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, SNMP_V3) }],
  invalid: (() => {
    const community = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, `config system snmp community
    edit 1
        set name "public"
    next
end`);
    const authOnly = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, SNMP_V3.replace('set security-level auth-priv', 'set security-level auth-no-priv'));
    return [
      { name: 'community public, any manager', vendor, config: community, findings: [{ object: 'community #1', severity: 'critical', evidenceLines: [lineOf(community, 'set name "public"')] }] },
      { name: 'v3 user without privacy', vendor, config: authOnly, findings: [{ object: 'user monitor', severity: 'medium' }] },
    ];
  })(),
});

const VAP = `config wireless-controller vap
    edit "staff"
        set ssid "STAFF"
        set security wpa2-only-enterprise
        set vlanid 10
    next
end`;

testRule(wls01, {
  valid: [{ name: 'WPA2-Enterprise with AES', vendor, config: fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, VAP) }],
  invalid: (() => {
    const tkip = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, VAP.replace('set security wpa2-only-enterprise', 'set security wpa-personal\n        set encrypt TKIP-AES\n        set passphrase ENC Z3Vlc3QtcGFzc3BocmFzZS1ibG9iLXZhbHVlLXh4eA=='));
    const wep = fgt(GLOBAL, INTERFACES, ADMINS, SERVICES, VAP.replace('set security wpa2-only-enterprise', 'set security wep128'));
    return [
      { name: 'WPA/WPA2 mixed with TKIP', vendor, config: tkip, findings: [{ object: 'SSID STAFF', evidenceLines: [lineOf(tkip, 'edit "staff"')] }] },
      { name: 'WEP', vendor, config: wep, findings: [{ object: 'SSID STAFF', messageIncludes: 'WEP' }] },
    ];
  })(),
});

const LAN_WAN = `config system interface
    edit "port1"
        set ip 10.10.30.1 255.255.254.0
    next
    edit "wan1"
        set mode dhcp
    next
end
config firewall address
    edit "gakushu-net"
        set subnet 10.10.30.0 255.255.254.0
    next
end`;

const WEB_OUT = `config firewall policy
    edit 11
        set srcintf "port1"
        set dstintf "wan1"
        set action accept
        set srcaddr "gakushu-net"
        set dstaddr "all"
        set schedule "always"
        set service "HTTPS"
    next
end`;

testRule(fwh01, {
  valid: [{ name: 'learning network to the internet by HTTPS only', vendor, config: fgt(GLOBAL, LAN_WAN, ADMINS, SERVICES, WEB_OUT) }],
  invalid: (() => {
    const anyAny = fgt(GLOBAL, LAN_WAN, ADMINS, SERVICES, WEB_OUT.replace('set srcaddr "gakushu-net"', 'set srcaddr "all"').replace('set service "HTTPS"', 'set service "ALL"'));
    return [{ name: 'all → all, service ALL', vendor, config: anyAny, findings: [{ object: 'policy 11', severity: 'high', evidenceLines: [lineOf(anyAny, 'edit 11')] }] }];
  })(),
});

testRule(fwh02, {
  valid: [{ name: 'one policy', vendor, config: fgt(GLOBAL, LAN_WAN, ADMINS, SERVICES, WEB_OUT) }],
  invalid: (() => {
    const shadowed = fgt(GLOBAL, LAN_WAN, ADMINS, SERVICES, WEB_OUT.replace('end', `    edit 12
        set srcintf "port1"
        set dstintf "wan1"
        set action deny
        set srcaddr "gakushu-net"
        set dstaddr "all"
        set schedule "always"
        set service "HTTPS"
    next
end`));
    return [{ name: 'a deny policy below an accept policy for the same traffic never applies', vendor, config: shadowed, findings: [{ evidenceLines: [lineOf(shadowed, 'edit 12'), lineOf(shadowed, 'edit 11')] }] }];
  })(),
});

testRule(fwh03, {
  valid: [{ name: 'one policy', vendor, config: fgt(GLOBAL, LAN_WAN, ADMINS, SERVICES, WEB_OUT) }],
  invalid: (() => {
    // Policy 10 accepts HTTPS to one host; policy 11 below accepts HTTPS to everything anyway.
    const redundant = fgt(GLOBAL, LAN_WAN.replace('end\nconfig firewall address', 'end\nconfig firewall address\n    edit "portal"\n        set subnet 203.0.113.80 255.255.255.255\n    next'), ADMINS, SERVICES, WEB_OUT.replace('config firewall policy', `config firewall policy
    edit 10
        set srcintf "port1"
        set dstintf "wan1"
        set action accept
        set srcaddr "gakushu-net"
        set dstaddr "portal"
        set schedule "always"
        set service "HTTPS"
    next`));
    return [{ name: 'an accept policy a later broader accept repeats', vendor, config: redundant, findings: [{ object: 'port1 → wan1', evidenceLines: [lineOf(redundant, 'edit 10'), lineOf(redundant, 'edit 11')] }] }];
  })(),
});

/** A center firewall: port1 校務 servers, port2 learning; zones by address. */
const CENTER = `config system interface
    edit "port1"
        set ip 10.0.10.1 255.255.255.0
    next
    edit "port2"
        set ip 10.0.20.1 255.255.255.0
    next
end
config firewall address
    edit "koumu-fs"
        set subnet 10.0.10.20 255.255.255.255
    next
    edit "learning"
        set subnet 10.0.20.0 255.255.255.0
    next
    edit "kyozai-pc"
        set subnet 10.0.20.30 255.255.255.255
    next
end`;
const ZONES = 'zone,class,cidr\n校務,校務内部系,10.0.10.0/24\n学習,学習系,10.0.20.0/24\n';
const policy = (id: number, src: string, dst: string, service: string) => `    edit ${id}
        set srcintf "port2"
        set dstintf "port1"
        set action accept
        set srcaddr "${src}"
        set dstaddr "${dst}"
        set schedule "always"
        set service "${service}"
    next`;

testRule(seg01, {
  valid: [
    {
      name: 'no policy from learning to koumu: the implicit deny keeps them apart',
      vendor,
      config: fgt(GLOBAL, CENTER, ADMINS, SERVICES),
      zones: ZONES,
    },
    {
      name: 'one policy, exactly the approved flow',
      vendor,
      config: fgt(GLOBAL, CENTER, ADMINS, SERVICES, `config firewall policy\n${policy(5, 'kyozai-pc', 'koumu-fs', 'HTTPS')}\nend`),
      zones: ZONES,
      flows: 'from,to,protocol,ports,reason,approval id,approver,approved date,expiry\n10.0.20.30,10.0.10.20,tcp,443,教材の登録,A-1,CISO,2026-04-01,2027-03-31\n',
    },
  ],
  invalid: (() => {
    const open = fgt(GLOBAL, CENTER, ADMINS, SERVICES, `config firewall policy\n${policy(7, 'learning', 'all', 'SMB')}\nend`);
    return [
      {
        name: 'a policy lets learning reach the koumu servers by SMB',
        vendor,
        config: open,
        zones: ZONES,
        findings: [{ object: '学習 -> 校務', messageIncludes: 'tcp/445', evidenceLines: [lineOf(open, 'edit "port2"'), lineOf(open, 'edit 7')] }],
      },
    ];
  })(),
});

testRule(seg06, {
  valid: [{ name: 'koumu and learning on two firewall interfaces: the policy stands between them', vendor, config: fgt(GLOBAL, CENTER, ADMINS, SERVICES), zones: ZONES }],
  invalid: (() => {
    const zoned = fgt(GLOBAL, CENTER, `config system zone
    edit "inside"
        set intrazone allow
        set interface "port1" "port2"
    next
end`, ADMINS, SERVICES);
    return [
      {
        name: 'both interfaces in one zone with intrazone allow: nothing filters between them',
        vendor,
        config: zoned,
        zones: ZONES,
        findings: [{ object: 'port1 <-> port2', evidenceLines: [lineOf(zoned, 'edit "port1"'), lineOf(zoned, 'edit "port2"')] }],
      },
    ];
  })(),
});
