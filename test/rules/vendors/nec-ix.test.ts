/**
 * Every rule an NEC UNIVERGE IX config can show, with configs read by the IX parser: one passing and
 * at least one failing config each. Rules that cannot see an IX fact are named at the end.
 */
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
import { lineOf, testRule } from '../../helpers/rule-tester.js';

const vendor = 'nec-ix' as const;

/** An IX config: global lines, then interfaces with their indented lines. */
function ix(global: string[], interfaces: Record<string, string[]> = { 'GigaEthernet0.0': ['ip address 10.0.0.1/24'] }): string {
  const blocks = Object.entries(interfaces).map(([name, lines]) => [`interface ${name}`, ...lines.map((l) => `  ${l}`), '  no shutdown', '!'].join('\n'));
  return ['hostname ix-school', '!', ...global, '!', ...blocks, ''].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Management
// ---------------------------------------------------------------------------------------------

const telnet = ix(['telnet-server ip enable']);
const http = ix(['ip access-list mgmt permit ip src 10.0.0.0/24 dest any', 'http-server ip enable', 'http-server ip access-list mgmt']);
testRule(mgt03, {
  valid: [{ name: 'no remote server enabled (console only)', vendor, config: ix([]) }],
  invalid: [
    {
      name: 'telnet-server ip enable: the remote line and the server',
      vendor,
      config: telnet,
      findings: [
        { object: 'telnet-server/ssh-server', messageIncludes: 'telnet', evidenceLines: [lineOf(telnet, 'hostname ix-school')] },
        { object: 'telnet-server', evidenceLines: [lineOf(telnet, 'telnet-server ip enable')] },
      ],
    },
    { name: 'http-server with an access list: medium', vendor, config: http, findings: [{ object: 'http-server', severity: 'medium', evidenceLines: [lineOf(http, 'http-server ip enable')] }] },
  ],
});

const noBanner = ix([]);
testRule(mgt04, {
  valid: [],
  invalid: [{ name: 'IX has no login banner in the model: always reported', vendor, config: noBanner, findings: [{ object: 'banner', evidenceLines: [lineOf(noBanner, 'hostname ix-school')] }] }],
});

testRule(mgt05, {
  valid: [],
  invalid: [{ name: 'no login lockout is modelled for IX', vendor, config: noBanner, findings: [{ object: 'login lockout', evidenceLines: [lineOf(noBanner, 'hostname ix-school')] }] }],
});

const longTimeout = ix(['terminal timeout 1800']);
const noTimeout = ix(['ssh-server ip enable']);
testRule(mgt06, {
  valid: [{ name: 'terminal timeout 300 on console and remote sessions', vendor, config: ix(['terminal timeout 300', 'ssh-server ip enable']) }],
  invalid: [
    {
      name: 'terminal timeout 1800 is above 600 s',
      vendor,
      config: longTimeout,
      findings: [
        { object: 'console', messageIncludes: '1800', evidenceLines: [lineOf(longTimeout, 'terminal timeout 1800')] },
        { object: 'telnet-server/ssh-server', messageIncludes: '1800' },
      ],
    },
    {
      name: 'no terminal timeout: the IX default is not known, manual check',
      vendor,
      config: noTimeout,
      findings: [
        { object: 'console', status: 'manual' },
        { object: 'telnet-server/ssh-server', status: 'manual' },
      ],
    },
  ],
});

const adminUser = ix(['username admin password plain 1 admin administrator']);
testRule(mgt08, {
  valid: [{ name: 'personal administrator with a hashed password; IX has no enable password to miss', vendor, config: ix(['username sakura-adm password hash 3B1F0C8A9E2D7F64 administrator']) }],
  invalid: [
    {
      name: 'default name and password',
      vendor,
      config: adminUser,
      findings: [
        { object: 'user admin', messageIncludes: 'default or textbook admin name', evidenceLines: [lineOf(adminUser, 'username admin password plain 1 admin administrator')] },
        { object: 'user admin', messageIncludes: 'well-known' },
      ],
    },
  ],
});

const plainUser = ix(['username sakura-adm password plain Str0ng-Pass-Phrase administrator']);
testRule(mgt09, {
  valid: [{ name: 'password hash', vendor, config: ix(['username sakura-adm password hash 3B1F0C8A9E2D7F64 administrator']) }],
  invalid: [
    {
      name: 'password plain: readable, and nothing hides it',
      vendor,
      config: plainUser,
      findings: [
        { object: 'user sakura-adm', evidenceLines: [lineOf(plainUser, 'username sakura-adm password plain Str0ng-Pass-Phrase administrator')] },
        { object: 'password encryption' },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Logging and time
// ---------------------------------------------------------------------------------------------

const syslogOff = ix(['syslog ip host 10.20.0.50']);
testRule(log01, {
  valid: [{ name: 'syslog ip enable with a host', vendor, config: ix(['syslog ip enable', 'syslog ip host 10.20.0.50']) }],
  invalid: [{ name: 'a host without syslog ip enable sends nothing', vendor, config: syslogOff, findings: [{ object: 'logging', evidenceLines: [lineOf(syslogOff, 'hostname ix-school')] }] }],
});

const noTime = ix([]);
testRule(log03, {
  valid: [{ name: 'NTP on with a server, time zone, timestamps', vendor, config: ix(['timezone +09 00', 'ntp ip enable', 'ntp server 192.0.2.123', 'logging timestamp datetime']) }],
  invalid: [
    {
      name: 'no NTP, no time zone, no timestamps',
      vendor,
      config: noTime,
      findings: [
        { object: 'ntp', evidenceLines: [lineOf(noTime, 'hostname ix-school')] },
        { object: 'timezone' },
        { object: 'log timestamps' },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

const proxyArp = ix([], { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip proxy-arp'] });
testRule(svc02, {
  valid: [{ name: 'proxy ARP switched off', vendor, config: ix([], { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'no ip proxy-arp'] }) }],
  invalid: [{ name: 'ip proxy-arp on a live interface', vendor, config: proxyArp, findings: [{ object: 'GigaEthernet1.0 proxy-arp', severity: 'low', evidenceLines: [lineOf(proxyArp, 'ip proxy-arp')] }] }],
});

const restricted = ix(['ip access-list snmp-src permit ip src 10.20.0.0/24 dest any', 'snmp-agent ip enable', 'snmp-agent ip community Sakura-Ro snmp-src']);
const publicRw = ix(['snmp-agent ip enable', 'snmp-agent ip community public rw']);
testRule(svc03, {
  valid: [{ name: 'no SNMP community', vendor, config: ix([]) }],
  invalid: [
    { name: 'a restricted read-only community still travels in clear', vendor, config: restricted, findings: [{ object: 'community #1', severity: 'high', evidenceLines: [lineOf(restricted, 'snmp-agent ip community Sakura-Ro snmp-src')] }] },
    { name: 'public, read-write, unrestricted', vendor, config: publicRw, findings: [{ object: 'community #1', severity: 'critical' }] },
  ],
});

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

const openIn = ix(['ip access-list open permit ip src any dest any'], { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter open 10 in'] });
testRule(fwh01, {
  valid: [
    {
      name: 'a list limited to hosts and ports',
      vendor,
      config: ix(['ip access-list web permit tcp src 10.10.10.0/24 dest 10.20.0.10/32 dport eq 443'], { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter web 10 in'] }),
    },
  ],
  invalid: [{ name: 'permit ip src any dest any on an interface', vendor, config: openIn, findings: [{ object: 'GigaEthernet1.0 in', evidenceLines: [lineOf(openIn, 'ip access-list open permit ip src any dest any'), lineOf(openIn, 'ip filter open 10 in')] }] }],
});

// The shadowing list has the lower sequence number although it is written second.
const shadowed = ix(
  ['ip access-list smb deny tcp src 10.10.10.0/24 dest any dport eq 445', 'ip access-list koumu permit ip src 10.10.10.0/24 dest any'],
  { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter smb 20 in', 'ip filter koumu 10 in'] },
);
testRule(fwh02, {
  valid: [
    {
      name: 'the narrower list first (lower sequence number)',
      vendor,
      config: shadowed.replace('ip filter smb 20 in', 'ip filter smb 5 in'),
    },
  ],
  invalid: [{ name: 'a list at seq 20 hidden by a broader list at seq 10', vendor, config: shadowed, findings: [{ object: 'GigaEthernet1.0 in', evidenceLines: [lineOf(shadowed, 'ip access-list smb deny tcp src 10.10.10.0/24 dest any dport eq 445'), lineOf(shadowed, 'ip access-list koumu permit ip src 10.10.10.0/24 dest any')] }] }],
});

const redundant = ix(
  ['ip access-list koumu permit tcp src 10.10.10.0/24 dest any dport eq 443', 'ip access-list koumu permit ip src 10.10.10.0/24 dest any'],
  { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter koumu 10 in'] },
);
testRule(fwh03, {
  valid: [
    {
      name: 'a deny between the two permits makes the first one needed',
      vendor,
      config: ix(
        ['ip access-list koumu permit tcp src 10.10.10.0/24 dest any dport eq 443', 'ip access-list koumu deny tcp src any dest any dport eq 443', 'ip access-list koumu permit ip src 10.10.10.0/24 dest any'],
        { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter koumu 10 in'] },
      ),
    },
  ],
  invalid: [{ name: 'a permit covered by a later permit with nothing between', vendor, config: redundant, findings: [{ object: 'GigaEthernet1.0 in' }] }],
});

const unused = ix(['ip access-list spare permit ip src any dest any']);
const undefinedSsh = ix(['ssh-server ip enable', 'ssh-server ip access-list no-such-list']);
testRule(fwh04, {
  valid: [{ name: 'every list applied or named by a server', vendor, config: ix(['ip access-list mgmt permit ip src 10.20.0.0/24 dest any', 'ssh-server ip access-list mgmt']) }],
  invalid: [
    { name: 'a list nothing applies', vendor, config: unused, findings: [{ object: 'spare', evidenceLines: [lineOf(unused, 'ip access-list spare permit ip src any dest any')] }] },
    { name: 'ssh-server names a list that is not defined', vendor, config: undefinedSsh, findings: [{ object: 'no-such-list', evidenceLines: [lineOf(undefinedSsh, 'ssh-server ip enable')] }] },
  ],
});

// ---------------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------------

const ZONES = 'zone,class,cidr\n校務,校務内部系,10.10.10.0/24\n学習,学習系,10.30.0.0/16\n';
const LISTS = ['ip access-list koumu-in permit ip src 10.10.10.0/24 dest 10.30.0.5/32', 'ip access-list koumu-out permit tcp src 10.30.0.5/32 dest 10.10.10.0/24 dport eq 443'];
const unfiltered = ix(LISTS.slice(0, 0), { 'GigaEthernet1.0': ['ip address 10.10.10.1/24'], 'GigaEthernet2.0': ['ip address 10.30.0.1/16'] });
testRule(seg06, {
  valid: [
    {
      name: 'ip filter on the koumu interface in both directions',
      vendor,
      zones: ZONES,
      config: ix(LISTS, { 'GigaEthernet1.0': ['ip address 10.10.10.1/24', 'ip filter koumu-in 10 in', 'ip filter koumu-out 10 out'], 'GigaEthernet2.0': ['ip address 10.30.0.1/16'] }),
    },
  ],
  invalid: [
    {
      name: 'koumu and learning routed with no ip filter',
      vendor,
      zones: ZONES,
      config: unfiltered,
      findings: [{ object: 'GigaEthernet1.0 <-> GigaEthernet2.0', severity: 'critical', evidenceLines: [lineOf(unfiltered, 'interface GigaEthernet1.0'), lineOf(unfiltered, 'interface GigaEthernet2.0')] }],
    },
  ],
});

/*
 * Rules that cannot see an IX fact (nothing in an IX config maps to what they read):
 * - WLS-01: IX has no wireless LAN (vendor-syntax.md §2).
 * - NAC-01, SVC-01: IX routers have no layer-2 access ports with 802.1X/port security in the model.
 * - SEG-04: MAC pinning of endpoints (ARP/MAC tables) is not parsed for IX.
 * MGT-04 and MGT-05 can only fail: IX banners and login lockout are not modelled (see the cases above).
 */
