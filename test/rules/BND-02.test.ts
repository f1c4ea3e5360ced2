// BND-02 on the four vendors whose parsers record published servers: FortiGate VIPs, Yamaha RTX
// `nat descriptor masquerade static`, NEC IX `ip napt static`, Cisco IOS `ip nat inside source static`.
// AlliedWare Plus is left out: its parser records only `masq` NAT rules (portfwd rules are not
// modelled as port forwards), so no published server can be seen on it.
import { rule } from '../../src/rules/bnd/bnd-02-published-servers-in-dmz.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';
import { DMZ_ZONES, FGT_EDGE, IOS_EDGE, IX_EDGE, RTX_EDGE } from './fixtures/internet-edge.js';

const vip = (mapped: string) =>
  FGT_EDGE.replace(
    'config firewall policy',
    `config firewall vip
    edit "web"
        set extintf "wan1"
        set portforward enable
        set mappedip "${mapped}"
        set extport 443
    next
end
config firewall policy`,
  );
const rtx = (inside: string) => RTX_EDGE + `nat descriptor type 1 masquerade\nnat descriptor masquerade static 1 1 ${inside} tcp 443\nip lan2 nat descriptor 1\n`;
const ix = (inside: string) => IX_EDGE.replace('  ip napt enable\n', `  ip napt enable\n  ip napt static ${inside} tcp 443\n`);
const ios = (inside: string) =>
  IOS_EDGE.replace('ip route 0.0.0.0', `ip nat inside source static tcp ${inside} 443 interface GigabitEthernet0/0 443\nip route 0.0.0.0`);

const fgtBad = vip('10.0.20.5');
const rtxBad = rtx('172.16.20.5');
const ixBad = ix('10.0.20.5');
const iosBad = ios('10.0.20.5');
const unzoned = ios('192.168.99.5');

testRule(rule, {
  valid: [
    { name: 'FortiGate VIP to a DMZ server', vendor: 'fortigate', config: vip('172.16.100.10'), zones: DMZ_ZONES },
    { name: 'Yamaha RTX port forward to a DMZ server', vendor: 'yamaha-rtx', config: rtx('172.16.100.10'), zones: DMZ_ZONES },
    { name: 'NEC IX napt static to a DMZ server', vendor: 'nec-ix', config: ix('172.16.100.10'), zones: DMZ_ZONES },
    { name: 'Cisco IOS static NAT to a DMZ server', config: ios('172.16.100.10'), zones: DMZ_ZONES },
    { name: 'no published server', config: IOS_EDGE, zones: DMZ_ZONES, check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'FortiGate VIP to a learning host',
      vendor: 'fortigate',
      config: fgtBad,
      zones: DMZ_ZONES,
      findings: [{ object: '10.0.20.5:443', severity: 'critical', status: 'fail', evidenceLines: [lineOf(fgtBad, 'edit "web"')] }],
    },
    {
      name: 'Yamaha RTX port forward to a learning host',
      vendor: 'yamaha-rtx',
      config: rtxBad,
      zones: 'zone,class,cidr\n学習,学習系,172.16.20.0/24\n公開,公開,172.16.100.0/24\n',
      findings: [{ object: '172.16.20.5:443', severity: 'critical', evidenceLines: [lineOf(rtxBad, 'nat descriptor masquerade static 1 1 172.16.20.5 tcp 443')] }],
    },
    {
      name: 'NEC IX napt static to a learning host',
      vendor: 'nec-ix',
      config: ixBad,
      zones: DMZ_ZONES,
      findings: [{ object: '10.0.20.5:443', severity: 'critical', evidenceLines: [lineOf(ixBad, 'ip napt static 10.0.20.5 tcp 443')] }],
    },
    {
      name: 'Cisco IOS static NAT to a learning host',
      config: iosBad,
      zones: DMZ_ZONES,
      findings: [{ object: '10.0.20.5:443', severity: 'critical', evidenceLines: [lineOf(iosBad, 'ip nat inside source static tcp 10.0.20.5 443 interface GigabitEthernet0/0 443')] }],
    },
    {
      name: 'inside address in no zone',
      config: unzoned,
      zones: DMZ_ZONES,
      findings: [{ object: '192.168.99.5:443', status: 'manual' }],
    },
    { name: 'without zones.csv', config: iosBad, findings: [{ object: 'zones.csv', status: 'manual' }] },
  ],
});
