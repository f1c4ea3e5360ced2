// SVC-02: unnecessary services switched off.
import { rule } from '../../src/rules/svc/svc-02-unnecessary-services.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const HARDENED_GLOBALS = [
  'no service pad',
  'no service tcp-small-servers',
  'no service udp-small-servers',
  'no service config',
  'no ip bootp server',
  'no ip source-route',
  'no ip finger',
  'no ip identd',
  'no cdp run',
  'no vstack',
];

/** A router with every unneeded service off; `drop` removes global lines, `add` appends some. */
function router(options: { drop?: string[]; add?: string[]; iface?: string[] } = {}): string {
  const globals = HARDENED_GLOBALS.filter((l) => !(options.drop ?? []).includes(l));
  const iface = options.iface ?? [' no ip proxy-arp', ' no ip directed-broadcast'];
  return ['hostname r1', ...globals, ...(options.add ?? []), '!', 'interface GigabitEthernet0/0', ' ip address 192.0.2.1 255.255.255.0', ...iface, '!', 'end', ''].join('\n');
}

const smallServers = router({ drop: ['no service tcp-small-servers', 'no cdp run', 'no vstack'], add: ['service tcp-small-servers', 'cdp run', 'vstack'] });
const sourceRouteByDefault = router({ drop: ['no ip source-route'] });
const proxyArp = router({ iface: [' ip proxy-arp', ' ip directed-broadcast'] });

testRule(rule, {
  valid: [
    { name: 'every unneeded service switched off explicitly', config: router() },
    {
      name: 'proxy ARP on a shut-down interface does not count',
      config: router({ iface: [' ip proxy-arp', ' no ip directed-broadcast', ' shutdown'] }),
    },
    {
      name: 'per-interface CDP while CDP is off globally does not count',
      config: router({ iface: [' no ip proxy-arp', ' no ip directed-broadcast', ' cdp enable'] }),
    },
    { name: 'the HTTP server is MGT-03\'s business', config: router({ add: ['ip http server'] }) },
  ],
  invalid: [
    {
      name: 'explicitly enabled small servers, CDP and Smart Install',
      config: smallServers,
      findings: [
        { object: 'tcp-small-servers', severity: 'medium', messageIncludes: 'enabled explicitly', evidenceLines: [lineOf(smallServers, 'service tcp-small-servers')] },
        { object: 'cdp', severity: 'low', evidenceLines: [lineOf(smallServers, 'cdp run')] },
        { object: 'smart-install', severity: 'high', evidenceLines: [lineOf(smallServers, 'vstack')] },
      ],
    },
    {
      name: 'IP source routing on by platform default',
      config: sourceRouteByDefault,
      findings: [{ object: 'ip-source-route', severity: 'medium', messageIncludes: 'platform default', evidenceLines: [lineOf(sourceRouteByDefault, 'hostname r1')] }],
    },
    {
      name: 'proxy ARP and directed broadcast on a live interface',
      config: proxyArp,
      findings: [
        { object: 'GigabitEthernet0/0 proxy-arp', severity: 'low', messageIncludes: 'on GigabitEthernet0/0', evidenceLines: [lineOf(proxyArp, 'ip proxy-arp')] },
        { object: 'GigabitEthernet0/0 ip-directed-broadcast', severity: 'medium', evidenceLines: [lineOf(proxyArp, 'ip directed-broadcast')] },
      ],
    },
  ],
});
