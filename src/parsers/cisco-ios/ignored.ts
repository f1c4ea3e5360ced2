import type { BlockKind } from './blocks.js';

/**
 * Commands the parser recognises and knowingly does not model, per configuration mode, each group
 * with the reason the audit does not need it. A line is ignored when its first words (after an
 * optional `no` / `default`) are one of these heads; `*` stands for any one word. Heads listed under
 * `blocks` open a sub-mode: the indented lines under them are ignored with them.
 *
 * Besides this list, the driver (parse.ts) counts as ignored only `!` comments and the mode moves
 * `end` and `exit`. There is no catch-all: anything not listed here and not understood by the
 * grammar becomes a diagnostic.
 */
interface IgnoredGroup {
  why: string;
  commands?: string[];
  blocks?: string[];
  /**
   * Heads under an ignored prefix that the grammar does read (the longest listed head wins). A final
   * `$` word means the line ends there: `ip dhcp snooping $` is the bare command, not its sub-commands.
   */
  parsed?: string[];
}

const TOP: IgnoredGroup[] = [
  {
    why: 'Headers and markers that `show running-config` prints around the configuration.',
    commands: ['Building configuration...', 'Current configuration', 'boot-start-marker', 'boot-end-marker', 'boot'],
  },
  {
    why: 'Device housekeeping with no security effect: platform, memory, licensing, diagnostics, redundancy hardware, time of day presentation.',
    commands: [
      'platform', 'license', 'diagnostic', 'memory', 'spd', 'scheduler', 'service nagle', 'service tcp-keepalives-in',
      'service tcp-keepalives-out', 'service internal', 'service compress-config', 'service sequence-numbers',
      'service counters', 'service prompt', 'service timestamps debug', 'service slave-log', 'service unsupported-transceiver',
      'hw-module', 'system', 'switch * provision', 'switch * priority', 'stack-mac', 'power', 'mmi', 'ip subnet-zero', 'ip classless',
      'clock summer-time', 'clock calendar-valid', 'file', 'warm-reboot', 'card', 'transceiver', 'errdisable',
      'udld', 'port-channel', 'vtp', 'mac address-table', 'mac-address-table', 'monitor session', 'alias', 'macro',
      'virtual-service', 'iox', 'netconf-yang', 'restconf', 'gnxi', 'wsma', 'subscriber templating', 'multilink bundle-name',
      'autoinstall', 'mls', 'qos', 'auto qos', 'vlan internal', 'vlan dot1q tag native', 'vlan accounting', 'dialer-list',
      'ip host', 'ip domain name', 'ip domain-name', 'ip domain list', 'ip domain-list', 'ip name-server', 'ip tcp',
      'ip telnet', 'ip ftp', 'ip tftp', 'ip rcmd source-interface', 'ip forward-protocol', 'ip icmp', 'ip gratuitous-arps',
      'ip cef', 'ipv6 cef', 'ip options', 'ip arp', 'ip accounting-threshold', 'ip accounting-list',
      'ipv6 icmp', 'ipv6 ioam', 'ip dhcp excluded-address', 'ip dhcp use', 'ip dhcp conflict', 'ip dhcp database',
      'ip dhcp ping', 'ip dhcp relay', 'ip dhcp-relay', 'ip dhcp-client', 'ip dhcp remember', 'ip wccp', 'ip flow-export',
      'ip flow-cache', 'ip flow-top-talkers', 'ip nbar', 'ip sla responder', 'ip scp', 'access-session mac-move',
      'cts', 'device-sensor', 'energywise', 'lldp timer', 'lldp holdtime', 'lldp reinit', 'lldp tlv-select',
      'cdp timer', 'cdp holdtime', 'cdp advertise-v2', 'cdp log', 'network-clock-participate', 'network-clock',
      'vpdn enable', 'dot11 mbssid', 'dot11 syslog', 'dot11 activity-timeout', 'dot11 pause-time', 'dot11 vlan-name', 'dot11 aaa', 'dot11 network-map',
      'bridge irb', 'bridge * route', 'bridge * protocol', 'ip ips name', 'ip ips config', 'ip ips signature-category',
      'sdm', 'table-map', 'call-home reporting', 'ip access-list logging', 'ip access-list log-update', 'ip access-list resequence',
    ],
    blocks: [
      'redundancy', 'control-plane', 'call-home', 'app-hosting', 'event manager', 'kron', 'dial-peer', 'voice',
      'telephony-service', 'bba-group', 'vpdn-group', 'track', 'ip sla', 'license boot', 'spanning-tree mst configuration',
      'flow exporter', 'flow monitor', 'flow record', 'controller', 'crypto csr-params', 'wism', 'ip ips',
      'transceiver type', 'service-template',
    ],
  },
  {
    why: 'Routing protocols and route policy: the audit reasons on interfaces, filters and static routes; dynamic routing is outside the model.',
    commands: [
      'ip prefix-list', 'ipv6 prefix-list', 'ip as-path', 'ip community-list', 'ip extcommunity-list', 'ip bgp-community',
      'ip ospf name-lookup', 'ipv6 unicast-routing', 'ipv6 multicast-routing', 'ip multicast-routing', 'ip pim', 'ip igmp',
      'ip msdp', 'ip mroute', 'ip default-network', 'ip local policy', 'mpls', 'bfd', 'ipv6 general-prefix', 'ip bgp',
      'ip rsvp', 'ipv6 source-route',
    ],
    blocks: ['router', 'ipv6 router', 'route-map', 'key chain', 'vrf definition', 'ip vrf', 'ip explicit-path', 'segment-routing', 'l2vpn', 'pseudowire-class'],
  },
  {
    why: 'QoS classification and queueing. Zone-based firewall class/policy-maps (`type inspect`) and zone pairs are ignored for now: the model has no stateful inspection policy yet (interface zone membership is modelled).',
    commands: ['service-policy', 'ip inspect', 'parameter-map type regex'],
    blocks: ['class-map', 'policy-map', 'zone security', 'zone-pair security', 'parameter-map'],
  },
  {
    why: 'Spanning tree and other layer-2 control protocols, device tracking, and the DHCP snooping / ARP inspection tuning; what NAC-02 judges (snooping and inspection VLANs, BPDU guard and PortFast defaults) is parsed.',
    commands: ['spanning-tree', 'ip dhcp snooping', 'ip arp inspection', 'ip device tracking', 'device-tracking', 'ip source binding', 'ipv6 nd', 'ipv6 snooping'],
    parsed: [
      'ip dhcp snooping $', 'ip dhcp snooping vlan', 'ip arp inspection vlan',
      'spanning-tree portfast default', 'spanning-tree portfast edge default',
      'spanning-tree portfast bpduguard default', 'spanning-tree portfast edge bpduguard default',
    ],
    blocks: ['device-tracking policy', 'ipv6 nd raguard policy', 'ipv6 dhcp guard policy', 'ipv6 snooping policy'],
  },
  {
    why: 'Certificates and key material (PKI trustpoints, certificate chains, RSA keys): not audited, and their hex blocks must never reach any output.',
    commands: ['crypto pki token', 'crypto key generate', 'crypto pki certificate map'],
    blocks: [
      'crypto pki trustpoint', 'crypto pki certificate chain', 'crypto pki server', 'crypto pki trustpool', 'crypto pki profile',
      'crypto ca trustpoint', 'crypto ca certificate chain', 'crypto ca server', 'crypto ca trustpool', 'crypto key pubkey-chain',
      'crypto pki certificate', 'ip ssh pubkey-chain',
    ],
  },
  {
    why: 'IKE/IPsec tuning that does not change the algorithms or peers: keepalives, NAT traversal, fragmentation, replay windows, logging. ISAKMP profiles only tie keyrings (whose keys are modelled) to peers.',
    commands: [
      'crypto isakmp keepalive', 'crypto isakmp nat', 'crypto isakmp identity', 'crypto isakmp invalid-spi-recovery',
      'crypto isakmp enable', 'crypto isakmp nat-traversal', 'crypto isakmp fragmentation', 'crypto isakmp aggressive-mode',
      'crypto ipsec security-association', 'crypto ipsec df-bit', 'crypto ipsec nat-transparency', 'crypto ipsec fragmentation',
      'crypto ipsec optional', 'crypto logging', 'crypto engine', 'crypto map * local-address', 'crypto ikev2 dpd',
      'crypto ikev2 nat', 'crypto ikev2 cookie-challenge', 'crypto ikev2 limit', 'crypto ikev2 fragmentation',
      'crypto ikev2 diagnose', 'crypto ikev2 http-url', 'crypto ikev2 certificate-cache', 'crypto ikev2 window',
      'crypto call admission',
    ],
    blocks: ['crypto isakmp profile', 'crypto ikev2 authorization policy', 'crypto ikev2 client flexvpn', 'crypto gdoi'],
  },
  {
    why: 'AAA plumbing that does not change who may log in or with which key: session ids, source interfaces, timers, server groups.',
    commands: [
      'aaa session-id', 'aaa accounting update', 'aaa accounting send', 'aaa accounting delay-start', 'aaa accounting nested',
      'aaa accounting system guarantee-first', 'aaa authentication attempts', 'aaa authentication password-prompt',
      'aaa authentication username-prompt', 'aaa authentication banner', 'aaa authentication fail-message', 'aaa local authentication lockout-time',
      'ip radius', 'ip tacacs', 'radius-server retransmit', 'radius-server timeout', 'radius-server deadtime',
      'radius-server attribute', 'radius-server vsa', 'radius-server dead-criteria', 'radius-server load-balance',
      'radius-server source-ports', 'radius-server directed-request', 'tacacs-server timeout', 'tacacs-server directed-request',
      'tacacs-server administration', 'radius dynamic-author', 'dot1x critical', 'dot1x guest-vlan',
      'authentication mac-move', 'authentication critical', 'authentication logging', 'epm',
    ],
    blocks: ['aaa group server', 'aaa server radius dynamic-author', 'aaa attribute list'],
  },
  {
    why: 'Type 6 (AES) key encryption and its master key: the storage of every key is modelled with the key itself (type 6 = encrypted); the master key line is never written out.',
    commands: ['password encryption aes', 'key config-key'],
  },
  {
    why: 'Management-plane details that are not audited: SSH keys and ciphers, HTTP server tuning, command privilege levels, console presentation.',
    commands: [
      'ip ssh rsa', 'ip ssh server', 'ip ssh client', 'ip ssh source-interface', 'ip ssh logging', 'ip ssh dh',
      'ip ssh dscp', 'ip ssh precedence', 'ip ssh port', 'ip ssh stricthostkeycheck', 'ip ssh maxstartups', 'ip ssh bulk-mode',
      'ip http authentication', 'ip http max-connections', 'ip http timeout-policy', 'ip http client', 'ip http path',
      'ip http secure-ciphersuite', 'ip http secure-trustpoint', 'ip http session-module-list', 'ip http tls-version',
      'ip http active-session-modules', 'ip http secure-active-session-modules', 'ip http port', 'ip http secure-port',
      'ip http help-path', 'ip http secure-server trustpoint', 'ip http ctc', 'privilege', 'security authentication failure',
      'login delay', 'login quiet-mode', 'secure boot-image', 'secure boot-config', 'parser',
      'exception', 'logging alarm',
    ],
  },
  {
    why: 'Local logging and SNMP details that do not change where logs go or who may query the agent: buffers, rates, facilities, trap lists, contact data.',
    commands: [
      'logging buffered', 'logging console', 'logging monitor', 'logging rate-limit', 'logging facility', 'logging source-interface',
      'logging snmp-authfail', 'logging persistent', 'logging origin-id', 'logging queue-limit', 'logging count',
      'logging discriminator', 'logging reload', 'logging history', 'logging event', 'logging userinfo', 'logging file',
      'logging message-counter', 'logging filter', 'logging esm', 'logging delimiter', 'logging cns-events', 'logging dmvpn',
      'snmp-server enable', 'snmp-server location', 'snmp-server contact', 'snmp-server ifindex', 'snmp-server trap-source',
      'snmp-server trap', 'snmp-server trap-timeout', 'snmp-server engineID', 'snmp-server view', 'snmp-server chassis-id',
      'snmp-server source-interface', 'snmp-server queue-length', 'snmp-server system-shutdown', 'snmp-server packetsize',
      'snmp-server manager', 'snmp-server tftp-server-list', 'snmp-server inform', 'snmp mib', 'snmp ifmib',
      'snmp-server group * v1', 'snmp-server group * v2c', 'snmp-server user * * v1', 'snmp-server user * * v2c',
      'ntp master', 'ntp clock-period', 'ntp source', 'ntp update-calendar', 'ntp logging', 'ntp max-associations',
    ],
  },
  {
    why: 'NAT plumbing: pool ranges and timeouts (rules name their pool; the pool range is not in the model).',
    commands: ['ip nat pool', 'ip nat translation', 'ip nat service', 'ip nat log', 'ip nat settings', 'ip nat create'],
  },
  {
    why: 'DHCPv6 pools, multicast and WAN dial plumbing: not part of the audit.',
    commands: ['ipv6 local pool', 'ip local pool', 'chat-script'],
    blocks: ['ipv6 dhcp pool', 'template'],
  },
];

const INTERFACE: IgnoredGroup[] = [
  {
    why: 'Physical layer, speed, MTU, queueing and counters: no security effect.',
    commands: [
      'duplex', 'speed', 'media-type', 'negotiation', 'mtu', 'ip mtu', 'ipv6 mtu', 'bandwidth', 'delay', 'load-interval',
      'hold-queue', 'carrier-delay', 'keepalive', 'full-duplex', 'half-duplex', 'flowcontrol', 'shape', 'tx-ring-limit',
      'max-reserved-bandwidth', 'priority-queue', 'srr-queue', 'queue-set', 'mls', 'auto qos', 'service-policy',
      'power', 'macro', 'snmp', 'logging event', 'logging', 'clock', 'transceiver',
      'ip load-sharing', 'ip route-cache', 'ip mroute-cache', 'ip cef', 'ip flow', 'ip nbar', 'ip accounting',
      'ip virtual-reassembly', 'ip tcp', 'ipv6 tcp', 'ip traffic-export', 'medium', 'network-clock',
      'synchronous', 'platform', 'fair-queue',
      'rate-limit', 'storm-control', 'channel-protocol', 'lacp', 'pagp', 'port-type', 'port-channel',
      'arp', 'ethernet oam', 'ethernet cfm', 'ethernet lmi', 'ethernet loopback', 'vtp',
    ],
  },
  {
    why: 'GRE tunnel tuning (keys here are GRE header identifiers, not credentials; checksums, path MTU, bandwidth hints).',
    commands: [
      'tunnel key', 'tunnel path-mtu-discovery', 'tunnel bandwidth', 'tunnel vrf', 'tunnel route-via', 'tunnel ttl',
      'tunnel tos', 'tunnel checksum', 'tunnel sequence-datagrams', 'keepalive',
    ],
  },
  {
    why: 'Routing, multicast and first-hop redundancy: the audit reasons on addresses and filters, not routing adjacencies.',
    commands: [
      'standby', 'vrrp', 'glbp', 'ip ospf', 'ipv6 ospf', 'ospfv3', 'ip pim', 'ip igmp', 'ip mfib', 'ipv6 mfib',
      'ipv6 pim', 'ipv6 mld', 'ip multicast', 'ip split-horizon', 'ip summary-address', 'ip router', 'ipv6 router',
      'isis', 'ip rip', 'ip bgp', 'bgp-policy', 'ip passive-interface', 'mpls', 'ip rsvp', 'ip nhrp', 'clns',
      'ip flowspec', 'ipv6 flowspec', 'ip wccp', 'ip rtp', 'ip policy', 'ip helper-address', 'ip dhcp relay',
      'ip dhcp smart-relay', 'ip sticky-arp', 'ip arp', 'ip local-proxy-arp', 'ipv6 nd', 'ipv6 redirects',
      'ipv6 unreachables', 'ipv6 enable', 'ipv6 dhcp', 'ipv6 icmp', 'ipv6 address autoconfig', 'ipv6 address dhcp',
      'ipv6 verify', 'ip vrf autoclassify', 'ip vrf receive', 'ip vrf select', 'ip vrf sitemap',
      'ip dhcp client', 'ip ddns', 'ip mask-reply', 'ip information-reply', 'h323-gateway', 'mka', 'macsec',
      'redundancy', 'ntp', 'ip igmp snooping', 'bfd',
    ],
  },
  {
    why: 'Layer-2 protocol tuning (spanning tree, UDLD, port monitoring, private VLAN mapping, DHCP snooping, ARP inspection): not in the model, except the heads listed under `parsed` (IP source guard, BPDU guard, PortFast, snooping / inspection trust, uRPF), which are read.',
    commands: [
      'spanning-tree', 'udld', 'port monitor', 'switchport trunk encapsulation', 'switchport trunk pruning',
      'switchport port-security aging', 'switchport backup', 'switchport block', 'switchport capture', 'switchport dot1q',
      'switchport monitor', 'switchport priority', 'switchport protected', 'switchport autostate', 'private-vlan',
      'ip dhcp snooping', 'ip arp inspection', 'ip verify', 'ip device tracking', 'device-tracking',
      'l2protocol-tunnel', 'lldp', 'cdp log', 'cdp tlv', 'mop sysid', 'nmsp',
    ],
    // Read for NAC-02: IP source guard, BPDU guard, PortFast and the snooping / inspection trust of the port.
    parsed: [
      'ip verify source', 'spanning-tree bpduguard', 'spanning-tree portfast $', 'spanning-tree portfast edge $',
      'ip dhcp snooping trust', 'ip arp inspection trust',
      // Read for BND-03: unicast RPF.
      'ip verify unicast source', 'ip verify unicast reverse-path',
    ],
    blocks: ['service instance', 'xconnect'],
  },
  {
    why: '802.1X / MAB timers and fallbacks: the model records whether authentication is enforced (port-control, dot1x, mab), not its timers.',
    commands: [
      'authentication order', 'authentication priority', 'authentication event', 'authentication periodic', 'authentication timer',
      'authentication violation', 'authentication control-direction', 'authentication fallback', 'dot1x timeout',
      'dot1x max-reauth-req', 'dot1x max-req', 'dot1x reauthentication', 'dot1x control-direction', 'dot1x violation-mode',
      'dot1x max-start', 'dot1x authenticator', 'access-session closed', 'access-session control-direction', 'snmp trap mac-notification',
      'dot1x pae supplicant', 'dot1x credentials', 'dot1x supplicant',
    ],
  },
  {
    why: 'WAN encapsulation and dial plumbing (PPP, dialer, ATM, DSL). PPP CHAP/PAP credentials are not in the model; they are never written out.',
    commands: [
      'encapsulation ppp', 'encapsulation hdlc', 'encapsulation frame-relay', 'encapsulation aal5snap', 'encapsulation default',
      'encapsulation slip', 'ppp', 'dialer', 'dialer-group', 'atm', 'bundle-enable', 'dsl', 'pppoe', 'pppoe-client',
      'frame-relay', 'peer default', 'async', 'ip tcp header-compression',
    ],
    blocks: ['pvc'],
  },
  {
    why: 'CBAC/IPS attachment on interfaces: stateful inspection is not in the model yet.',
    commands: ['ip inspect', 'ip ips'],
  },
  {
    why: 'Aironet radio tuning (channels, power, antennas, roles): no security effect.',
    commands: [
      'channel', 'antenna', 'station-role', 'stbc', 'dfs', 'world-mode', 'power local', 'beacon', 'dot11', 'infrastructure-client',
      'packet retries', 'mbssid', 'guard-interval', 'dot11 qos', 'bridge-group * subscriber-loop-control',
      'bridge-group * spanning-disabled', 'bridge-group * block-unknown-source', 'bridge-group * source-learning',
      'bridge-group * unicast-flooding', 'bridge-group * port-protected', 'bridge-group * input-address-list',
      'bridge-group * output-address-list', 'fragment-threshold', 'rts', 'preamble-short', 'no preamble-short',
      'cca', 'antenna gain', 'distance', 'parent', 'ampdu', 'amsdu', 'traffic-metrics', 'dot1x credentials',
    ],
  },
];

const LINE: IgnoredGroup[] = [
  {
    why: 'Terminal presentation and serial settings; authorization/accounting lists on the line (the AAA method lists are modelled).',
    commands: [
      'logging synchronous', 'stopbits', 'history', 'exec prompt', 'transport preferred', 'transport output', 'flowcontrol',
      'speed', 'length', 'width', 'escape-character', 'authorization', 'accounting', 'logout-warning', 'absolute-timeout',
      'session-timeout', 'location', 'exec', 'privilege level', 'autocommand', 'rotary', 'modem', 'databits', 'parity',
      'terminal-type', 'activation-character', 'motd-banner', 'exec-banner', 'notify', 'session-limit', 'vacant-message',
      'insecure', 'login-string', 'password-reset', 'autoselect', 'autohangup', 'editing', 'full-help', 'padding', 'stopbits',
      'hold-character', 'disconnect-character', 'start-character', 'stop-character', 'data-character-bits',
    ],
  },
];

const VLAN: IgnoredGroup[] = [
  { why: 'VLAN state and span settings.', commands: ['state', 'shutdown', 'mtu', 'remote-span', 'private-vlan', 'media', 'are', 'ste', 'backupcrf', 'lldp', 'et-analytics'] },
];

const OBJECT_GROUP: IgnoredGroup[] = [{ why: 'Free text.', commands: ['description'] }];

const CRYPTO_MAP: IgnoredGroup[] = [
  {
    why: 'SA lifetimes, reverse-route injection and QoS pre-classification do not change algorithms, peers or protected traffic; the ISAKMP profile only selects a keyring (modelled).',
    commands: ['set security-association', 'reverse-route', 'qos pre-classify', 'set nat', 'set reverse-route', 'description', 'set isakmp-profile', 'set ikev2-profile default'],
  },
];

const IPSEC_PROFILE: IgnoredGroup[] = [
  { why: 'SA lifetimes; the ISAKMP profile only selects a keyring (modelled).', commands: ['set security-association', 'set isakmp-profile', 'description'] },
];

const IKEV2: IgnoredGroup[] = [
  {
    why: 'IKEv2 identities, liveness and matching details that do not change algorithms or keys.',
    commands: [
      'prf', 'match fvrf', 'match address local', 'match identity remote fqdn', 'match identity remote email',
      'match identity remote key-id', 'match certificate', 'identity', 'description', 'dpd', 'lifetime', 'keyring local',
      'keyring aaa', 'nat', 'virtual-template', 'aaa', 'pki', 'hostname', 'ivrf', 'config-exchange',
    ],
  },
];

const KEYRING: IgnoredGroup[] = [{ why: 'Which local address uses the keyring; free text.', commands: ['local-address', 'description'] }];

const SSID: IgnoredGroup[] = [
  {
    why: 'Client limits, accounting lists and radio presentation of the SSID.',
    commands: ['max-associations', 'accounting', 'band-select', 'information-element', 'dtim-period', 'mobility', 'infrastructure-ssid', 'no ids'],
  },
];

const AAA_SERVER: IgnoredGroup[] = [
  { why: 'Server timers and test probes.', commands: ['timeout', 'retransmit', 'automate-tester', 'pac', 'single-connection', 'port', 'send-nat-address'] },
];

const ARCHIVE: IgnoredGroup[] = [
  { why: 'Where and when configuration copies are saved; the change logger (log config) is modelled.', commands: ['path', 'maximum', 'write-memory', 'time-period', 'rollback'] },
];

const ARCHIVE_LOG_CONFIG: IgnoredGroup[] = [
  { why: 'Size, key hiding and syslog copy of the change log: whether it records (logging enable) is modelled.', commands: ['logging size', 'logging persistent', 'hidekeys', 'notify syslog'] },
];

export const IGNORED: Partial<Record<BlockKind, IgnoredGroup[]>> = {
  top: TOP,
  interface: INTERFACE,
  line: LINE,
  vlan: VLAN,
  'object-group-network': OBJECT_GROUP,
  'object-group-service': OBJECT_GROUP,
  'crypto-map': CRYPTO_MAP,
  'ipsec-profile': IPSEC_PROFILE,
  'ikev2-proposal': IKEV2,
  'ikev2-policy': IKEV2,
  'ikev2-keyring': IKEV2,
  'ikev2-peer': IKEV2,
  'ikev2-profile': IKEV2,
  keyring: KEYRING,
  'dot11-ssid': SSID,
  'aaa-server': AAA_SERVER,
  archive: ARCHIVE,
  'archive-log-config': ARCHIVE_LOG_CONFIG,
};

// --- matching ------------------------------------------------------------------------------------

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a head ends here: whether it opens an ignored sub-mode, or is read by the grammar after all. */
  end?: { block: boolean; parsed?: boolean };
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, head: string, block: boolean, parsed = false): void {
  let node = root;
  for (const word of head.split(' ')) {
    let child = node.next.get(word);
    if (!child) {
      child = newNode();
      node.next.set(word, child);
    }
    node = child;
  }
  // A head listed both as a command and as a block is a block.
  node.end = parsed ? { block: false, parsed } : { block: block || node.end?.block === true };
}

function compile(groups: IgnoredGroup[]): TrieNode {
  const root = newNode();
  for (const group of groups) {
    for (const head of group.commands ?? []) insert(root, head, false);
    for (const head of group.blocks ?? []) insert(root, head, true);
    for (const head of group.parsed ?? []) insert(root, head, false, true);
  }
  return root;
}

const TRIES = new Map<BlockKind, TrieNode>();

function trieFor(kind: BlockKind): TrieNode {
  let trie = TRIES.get(kind);
  if (!trie) {
    trie = compile(IGNORED[kind] ?? []);
    TRIES.set(kind, trie);
  }
  return trie;
}

/** Longest listed head the words start with (`*` matches any word), or undefined. */
function lookup(node: TrieNode, words: string[], at: number): TrieNode['end'] {
  let found = node.end;
  if (at === words.length && node.next.get('$')?.end) return node.next.get('$')!.end;
  if (at < words.length) {
    const exact = node.next.get(words[at]!);
    const wild = node.next.get('*');
    const deeper = (exact && lookup(exact, words, at + 1)) ?? (wild && lookup(wild, words, at + 1));
    if (deeper) found = deeper;
  }
  return found;
}

/**
 * Whether a line of the given mode is knowingly ignored, and whether it opens an ignored sub-mode.
 * `no X` and `default X` are ignored when X is.
 */
export function ignoredCommand(kind: BlockKind, content: string): { block: boolean } | undefined {
  const words = content.split(/[ \t]+/, 8);
  const trie = trieFor(kind);
  const direct = lookup(trie, words, 0);
  if (direct) return direct.parsed ? undefined : { block: direct.block };
  if (words[0] !== 'no' && words[0] !== 'default') return undefined;
  const negated = lookup(trie, words, 1);
  // `no X` of a parsed head is parsed too (it switches the guard off); `default X` only restores a default.
  if (negated?.parsed) return words[0] === 'no' ? undefined : { block: false };
  return negated && { block: negated.block };
}
