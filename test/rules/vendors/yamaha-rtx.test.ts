// Every rule that can see a Yamaha RTX fact, on Yamaha configs of our own (parsed with the Yamaha
// parser). Rules that cannot see a Yamaha fact, and why:
// - MGT-04 (login banner): RTX/NVR have no pre-login banner command (vendor-syntax.md §1 "Banner");
//   the rule fails every Yamaha device, so only the failing case is shown.
// - MGT-05 (login attempt limit): no failed-login lockout command is modelled for RTX
//   (vendor-syntax.md §1: none seen); only the failing case is shown.
// - WLS-01 (wireless): RTX has no radio; NVR/WLX wireless configs are separate files, not read here.
// - NAC-01, SVC-01, SEG-04: RTX ports carry no 802.1X/MAB, port shutdown or port-security settings
//   in this parser's model (the switch-port commands are knowingly ignored).
import { rule as fwh01 } from '../../../src/rules/fwh/fwh-01-permit-any-any.js';
import { rule as fwh02 } from '../../../src/rules/fwh/fwh-02-unreachable-lines.js';
import { rule as fwh03 } from '../../../src/rules/fwh/fwh-03-redundant-lines.js';
import { rule as fwh04 } from '../../../src/rules/fwh/fwh-04-undefined-unused-filters.js';
import { rule as log01 } from '../../../src/rules/log/log-01-remote-syslog.js';
import { rule as log03 } from '../../../src/rules/log/log-03-time-sync.js';
import { rule as mgt03 } from '../../../src/rules/mgt/mgt-03-plaintext-management.js';
import { rule as mgt04 } from '../../../src/rules/mgt/mgt-04-login-banner.js';
import { rule as mgt05 } from '../../../src/rules/mgt/mgt-05-login-attempt-limit.js';
import { rule as mgt06 } from '../../../src/rules/mgt/mgt-06-idle-timeout.js';
import { rule as mgt08 } from '../../../src/rules/mgt/mgt-08-default-credentials.js';
import { rule as mgt09 } from '../../../src/rules/mgt/mgt-09-password-storage.js';
import { rule as seg06 } from '../../../src/rules/seg/seg-06-koumu-routed-unfiltered.js';
import { rule as svc02 } from '../../../src/rules/svc/svc-02-unnecessary-services.js';
import { rule as svc03 } from '../../../src/rules/svc/svc-03-snmp.js';
import type { VendorId } from '../../../src/model/index.js';
import { lineOf, testRule } from '../../helpers/rule-tester.js';

const vendor: VendorId = 'yamaha-rtx';

const HASH = '$1$Ab3dEf6h$abcdefghijklmnopqrstuv';

/** A school router managed over SSH only, with hashed passwords, syslog and NTP: the baseline that passes. */
const MANAGEMENT = `login password encrypted ${HASH}
administrator password encrypted ${HASH}
login user tanaka-adm encrypted ${HASH}
user attribute tanaka-adm administrator=on connection=ssh,serial host=192.168.10.0/24
login timer 300
timezone +09:00
telnetd service off
httpd service off
sshd service on
sshd host 192.168.10.0/24
syslog host 192.168.10.50
schedule at 1 */* 06:00 * ntpdate 192.168.10.53 syslog
ip filter source-route on
ip filter directed-broadcast on`;

const LANS = `ip lan1 address 192.168.10.1/24
vlan lan1/1 802.1q vid=20 name=gakushu
ip lan1/1 address 172.16.20.1/24`;

function rtx(...parts: string[]): string {
  return ['# RTX830 Rev.15.02.31 (segaudit rule fixture)', ...parts, ''].join('\n');
}

const base = rtx(MANAGEMENT, LANS);

const ZONES = 'zone,class,cidr\n校務,校務内部系,192.168.10.0/24\n学習,学習系,172.16.20.0/24\n';

/** 学習 may reach only the print server, by HTTPS; everything else is discarded. */
const LEARNING_IN = `ip lan1/1 secure filter in 10 99
ip filter 10 pass 172.16.20.0/24 192.168.10.30 tcp * https
ip filter 99 reject * *`;

testRule(mgt03, {
  // RTX has no SSH protocol-version setting and the parser does not assume one (unverified), so
  // MGT-03 reports the SSH version as unknown whenever sshd is on.
  valid: [{ name: 'telnetd, httpd and sshd off: console only', vendor, config: rtx(MANAGEMENT.replace('sshd service on', 'sshd service off'), LANS) }],
  invalid: (() => {
    const telnetDefault = rtx(MANAGEMENT.replace('telnetd service off\n', ''), LANS);
    return [
      {
        name: 'telnetd not mentioned: on by default (Y-CMD 4.38)',
        vendor,
        config: telnetDefault,
        findings: [{ object: 'telnet-server' }, { object: 'telnetd/sshd', messageIncludes: 'telnet' }, { object: 'ssh' }],
      },
      {
        name: 'httpd on for any host',
        vendor,
        config: rtx(MANAGEMENT.replace('httpd service off', 'httpd service on\nhttpd host any'), LANS),
        findings: [{ object: 'http-server', messageIncludes: 'no access restriction' }, { object: 'ssh' }],
      },
      {
        name: 'httpd on (default) for the LAN side only (default `httpd host lan`): still plaintext HTTP',
        vendor,
        config: rtx(MANAGEMENT.replace('httpd service off\n', ''), LANS),
        findings: [{ object: 'http-server', severity: 'medium', messageIncludes: 'restricted by httpd host' }, { object: 'ssh' }],
      },
    ];
  })(),
});

testRule(mgt04, {
  valid: [],
  invalid: [{ name: 'RTX has no login banner', vendor, config: base, findings: [{ status: 'fail' }] }],
});

testRule(mgt05, {
  valid: [],
  invalid: [{ name: 'RTX shows no failed-login limit', vendor, config: base, findings: [{ status: 'fail' }] }],
});

testRule(mgt06, {
  valid: [
    { name: 'login timer 300', vendor, config: base },
    { name: 'no login timer: the default 300 s applies', vendor, config: rtx(MANAGEMENT.replace('login timer 300\n', ''), LANS) },
  ],
  invalid: (() => {
    const clear = rtx(MANAGEMENT.replace('login timer 300', 'login timer clear'), LANS);
    const long = rtx(MANAGEMENT.replace('login timer 300', 'login timer 3600'), LANS);
    return [
      { name: 'login timer clear: the console never times out', vendor, config: clear, findings: [{ object: 'console', evidenceLines: [lineOf(clear, 'login timer clear')] }] },
      { name: 'login timer 3600 is longer than allowed', vendor, config: long, findings: [{ object: 'console' }, { object: 'telnetd/sshd' }] },
    ];
  })(),
});

testRule(mgt08, {
  valid: [{ name: 'personal admin account, administrator password set', vendor, config: base }],
  invalid: (() => {
    const config = rtx(MANAGEMENT.replace(`administrator password encrypted ${HASH}\n`, '').replace(/tanaka-adm/g, 'admin'), LANS);
    return [
      {
        name: 'account named admin and no administrator password',
        vendor,
        config,
        findings: [{ object: 'user admin', evidenceLines: [lineOf(config, `login user admin encrypted ${HASH}`)] }, { object: 'enable' }],
      },
    ];
  })(),
});

testRule(mgt09, {
  valid: [{ name: 'every password stored encrypted', vendor, config: base }],
  invalid: (() => {
    const config = rtx(MANAGEMENT.replace(`login user tanaka-adm encrypted ${HASH}`, 'login user tanaka-adm Plain-Pass-1'), LANS);
    const line = lineOf(config, 'login user tanaka-adm Plain-Pass-1');
    // RTX has no password-encryption service: the rule's note about it applies as well.
    return [{ name: 'login user with a password in clear', vendor, config, findings: [{ object: 'user tanaka-adm', evidenceLines: [line] }, { object: 'password encryption' }] }];
  })(),
});

testRule(log01, {
  valid: [{ name: 'syslog host set', vendor, config: base }],
  invalid: [{ name: 'no syslog host', vendor, config: rtx(MANAGEMENT.replace('syslog host 192.168.10.50\n', ''), LANS), findings: [{ severity: 'high' }] }],
});

// Whether RTX syslog messages carry date-time stamps is not a configuration fact the parser knows, so
// LOG-03 also reports `log timestamps` on every RTX; no Yamaha config passes LOG-03 yet.
testRule(log03, {
  valid: [],
  invalid: [
    { name: 'ntpdate and timezone set: only the timestamps remain', vendor, config: base, findings: [{ object: 'log timestamps' }] },
    { name: 'no ntpdate', vendor, config: rtx(MANAGEMENT.replace('schedule at 1 */* 06:00 * ntpdate 192.168.10.53 syslog\n', ''), LANS), findings: [{ object: 'ntp' }, { object: 'log timestamps' }] },
    { name: 'no timezone', vendor, config: rtx(MANAGEMENT.replace('timezone +09:00\n', ''), LANS), findings: [{ object: 'timezone' }, { object: 'log timestamps' }] },
  ],
});

testRule(svc02, {
  valid: [{ name: 'source routing discarded', vendor, config: base }],
  invalid: (() => {
    const config = rtx(MANAGEMENT.replace('ip filter source-route on', 'ip filter source-route off'), LANS);
    return [{ name: 'ip filter source-route off lets source-routed packets through', vendor, config, findings: [{ object: 'ip-source-route', evidenceLines: [lineOf(config, 'ip filter source-route off')] }] }];
  })(),
});

testRule(svc03, {
  valid: [{ name: 'no SNMP', vendor, config: base }],
  invalid: (() => {
    const config = rtx(MANAGEMENT, LANS, 'snmp community read-only public');
    return [{ name: 'SNMP v1 community public', vendor, config, findings: [{ severity: 'critical', evidenceLines: [lineOf(config, 'snmp community read-only public')] }] }];
  })(),
});

testRule(fwh01, {
  valid: [{ name: 'the list passes one flow and rejects the rest', vendor, config: rtx(MANAGEMENT, LANS, LEARNING_IN) }],
  invalid: (() => {
    const config = rtx(MANAGEMENT, LANS, 'ip lan1/1 secure filter in 10 3000\nip filter 10 reject 172.16.20.0/24 192.168.10.0/24\nip filter 3000 pass * * * * *');
    return [{ name: '`pass * * * * *` in an applied list', vendor, config, findings: [{ object: 'lan1/1 in', evidenceLines: [lineOf(config, 'ip filter 3000 pass * * * * *'), lineOf(config, 'ip lan1/1 secure filter in 10 3000')] }] }];
  })(),
});

testRule(fwh02, {
  valid: [{ name: 'no filter of the list is hidden by an earlier one', vendor, config: rtx(MANAGEMENT, LANS, LEARNING_IN) }],
  invalid: (() => {
    // List order decides: 200 passes everything 100 would reject, so 100 never decides anything.
    const config = rtx(MANAGEMENT, LANS, 'ip lan1/1 secure filter in 200 100 99\nip filter 100 reject 172.16.20.0/24 192.168.10.0/24 tcp * 445\nip filter 200 pass 172.16.20.0/24 192.168.10.0/24 tcp * *\nip filter 99 reject * *');
    return [{ name: 'reject 100 listed after the wider pass 200', vendor, config, findings: [{ object: 'lan1/1 in', evidenceLines: [lineOf(config, 'ip filter 100 reject 172.16.20.0/24 192.168.10.0/24 tcp * 445'), lineOf(config, 'ip filter 200 pass 172.16.20.0/24 192.168.10.0/24 tcp * *')] }] }];
  })(),
});

testRule(fwh03, {
  valid: [{ name: 'every filter of the list changes the outcome', vendor, config: rtx(MANAGEMENT, LANS, 'ip lan1/1 secure filter in 10\nip filter 10 pass 172.16.20.0/24 192.168.10.30 tcp * https') }],
  invalid: (() => {
    // 10 passes a part of what 20 passes; with nothing in between, removing 10 changes nothing.
    const config = rtx(MANAGEMENT, LANS, 'ip lan1/1 secure filter in 10 20\nip filter 10 pass 172.16.20.0/24 192.168.10.30 tcp * https\nip filter 20 pass 172.16.20.0/24 192.168.10.0/24 tcp * https');
    return [{ name: 'a pass covered by the next pass of the list', vendor, config, findings: [{ object: 'lan1/1 in', evidenceLines: [lineOf(config, 'ip filter 10 pass 172.16.20.0/24 192.168.10.30 tcp * https'), lineOf(config, 'ip filter 20 pass 172.16.20.0/24 192.168.10.0/24 tcp * https')] }] }];
  })(),
});

testRule(fwh04, {
  valid: [{ name: 'every listed number defined, every defined number listed', vendor, config: rtx(MANAGEMENT, LANS, LEARNING_IN) }],
  invalid: (() => {
    const config = rtx(MANAGEMENT, LANS, LEARNING_IN.replace('secure filter in 10 99', 'secure filter in 10 15 99'), 'ip filter 500 pass * 192.168.10.0/24');
    return [
      { name: 'number 15 listed but not defined', vendor, config, findings: [{ object: 'ip filter 15', evidenceLines: [lineOf(config, 'ip lan1/1 secure filter in 10 15 99')] }, { object: 'ip filter 500', evidenceLines: [lineOf(config, 'ip filter 500 pass * 192.168.10.0/24')] }] },
    ];
  })(),
});

testRule(seg06, {
  valid: [
    {
      name: '学習 LAN filtered in both directions',
      vendor,
      zones: ZONES,
      config: rtx(MANAGEMENT, LANS, LEARNING_IN, 'ip lan1/1 secure filter out 20 99\nip filter 20 pass 192.168.10.30 172.16.20.0/24 tcp https *'),
    },
  ],
  invalid: [{ name: '校務 and 学習 routed with no filter', vendor, zones: ZONES, config: base, findings: [{ severity: 'critical' }] }],
});
