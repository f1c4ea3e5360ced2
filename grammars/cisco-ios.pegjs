// Cisco IOS / IOS-XE configuration, ONE LINE AT A TIME.
//
// The TypeScript side (src/parsers/cisco-ios/) splits the file into lines, strips the indentation and
// trailing blanks, tracks which block a line belongs to, and calls this grammar with the start rule of
// that block: TopLine, InterfaceLine, AclStandardLine, AclExtendedLine, Ipv6AclLine, MacAclLine,
// LineModeLine, VlanLine, Dot11SsidLine, IsakmpPolicyLine, KeyringLine, TransformSetLine,
// CryptoMapLine, Ikev2ProposalLine, Ikev2PolicyLine, Ikev2KeyringLine, Ikev2PeerLine,
// Ikev2ProfileLine, IpsecProfileLine, ObjectGroupNetworkLine, ObjectGroupServiceLine,
// AaaServerLine.
//
// Every rule returns a small plain object `{ type: '…', … }`. Secret values (passwords, keys,
// communities, PSKs) are returned as `{ secret: true, value, start, end }` so the converter can both
// store them (makeSecret) and redact exactly those columns from the evidence text.
//
// Commands the audit does not need are NOT here: they are listed, with the reason, in
// src/parsers/cisco-ios/ignored.ts and never reach the grammar.

{{
  // Named TCP/UDP ports IOS accepts in ACLs and object groups (IOS Security Command Reference,
  // "permit (IP extended)" / "deny"; the TCP and UDP keyword lists). One table serves both: no name
  // means two different numbers. `ssh` is accepted by IOS-XE; `https` is not an IOS keyword.
  const PORTS = {
    bgp: 179, biff: 512, bootpc: 68, bootps: 67, chargen: 19, cmd: 514, daytime: 13, discard: 9,
    dnsix: 195, domain: 53, drip: 3949, echo: 7, exec: 512, finger: 79, ftp: 21, 'ftp-data': 20,
    gopher: 70, hostname: 101, ident: 113, irc: 194, isakmp: 500, klogin: 543, kshell: 544,
    login: 513, lpd: 515, 'mobile-ip': 434, nameserver: 42, 'netbios-dgm': 138, 'netbios-ns': 137,
    'netbios-ss': 139, nntp: 119, 'non500-isakmp': 4500, ntp: 123, 'pim-auto-rp': 496, pop2: 109,
    pop3: 110, rip: 520, smtp: 25, snmp: 161, snmptrap: 162, ssh: 22, sunrpc: 111, syslog: 514,
    tacacs: 49, talk: 517, telnet: 23, tftp: 69, time: 37, uucp: 540, who: 513, whois: 43, www: 80,
    xdmcp: 177,
  };

  // IP protocol keywords of IPv4 extended ACLs. `ip` means any protocol (null).
  const PROTOCOLS4 = {
    ip: null, ahp: 51, eigrp: 88, esp: 50, gre: 47, icmp: 1, igmp: 2, ipinip: 4, nos: 94, ospf: 89,
    pcp: 108, pim: 103, sctp: 132, tcp: 6, udp: 17,
  };

  // IPv6 ACL protocol keywords. `ipv6` means any protocol; `icmp` is ICMPv6 (58).
  const PROTOCOLS6 = {
    ipv6: null, ahp: 51, esp: 50, hbh: 0, icmp: 58, pcp: 108, sctp: 132, tcp: 6, udp: 17,
  };

  // ICMP message names of IPv4 ACLs → [type, code]; code null = every code of the type.
  const ICMP4 = {
    'administratively-prohibited': [3, 13], 'alternate-address': [6, null], 'conversion-error': [31, null],
    'dod-host-prohibited': [3, 10], 'dod-net-prohibited': [3, 9], echo: [8, null], 'echo-reply': [0, null],
    'general-parameter-problem': [12, 0], 'host-isolated': [3, 8], 'host-precedence-unreachable': [3, 14],
    'host-redirect': [5, 1], 'host-tos-redirect': [5, 3], 'host-tos-unreachable': [3, 12],
    'host-unknown': [3, 7], 'host-unreachable': [3, 1], 'information-reply': [16, null],
    'information-request': [15, null], 'mask-reply': [18, null], 'mask-request': [17, null],
    'mobile-redirect': [32, null], 'net-redirect': [5, 0], 'net-tos-redirect': [5, 2],
    'net-tos-unreachable': [3, 11], 'net-unreachable': [3, 0], 'network-unknown': [3, 6],
    'no-room-for-option': [12, 2], 'option-missing': [12, 1], 'packet-too-big': [3, 4],
    'parameter-problem': [12, null], 'port-unreachable': [3, 3], 'precedence-unreachable': [3, 15],
    'protocol-unreachable': [3, 2], 'reassembly-timeout': [11, 1], redirect: [5, null],
    'router-advertisement': [9, null], 'router-solicitation': [10, null], 'source-quench': [4, null],
    'source-route-failed': [3, 5], 'time-exceeded': [11, null], 'timestamp-reply': [14, null],
    'timestamp-request': [13, null], traceroute: [30, null], 'ttl-exceeded': [11, 0], unreachable: [3, null],
  };

  // ICMPv6 message names of IPv6 ACLs → [type, code].
  const ICMP6 = {
    'beyond-scope': [1, 2], 'echo-reply': [129, null], 'echo-request': [128, null], 'hop-limit': [3, 0],
    'mld-query': [130, null], 'mld-reduction': [132, null], 'mld-report': [131, null], 'nd-na': [136, null],
    'nd-ns': [135, null], 'no-admin': [1, 1], 'no-route': [1, 0], 'packet-too-big': [2, null],
    'parameter-problem': [4, null], 'port-unreachable': [1, 4], 'reassembly-timeout': [3, 1],
    'router-advertisement': [134, null], 'router-solicitation': [133, null], 'time-exceeded': [3, null],
    unreachable: [1, null],
  };

  // Syslog severities by name (RFC 5424 numbering, as `logging trap` accepts them).
  const SYSLOG_LEVELS = {
    emergencies: 0, alerts: 1, critical: 2, errors: 3, warnings: 4, notifications: 5, informational: 6,
    debugging: 7,
  };

  function secret(value, where) {
    return { secret: true, value, start: where.start, end: where.end };
  }

  function has(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
  }
}}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

_ "space" = [ \t]+

// The next character ends a token (a blank or the end of the line).
Sep = ![^ \t]

End "end of line" = !.

Word "word" = $[^ \t]+

Name "name" = Word

Rest "text" = $(.+)

Digits = $[0-9]+

Int "number" = d:Digits Sep { return parseInt(d, 10); }

SignedInt "number" = d:$("-"? [0-9]+) Sep { return parseInt(d, 10); }

Octet = "25" [0-5] / "2" [0-4] [0-9] / "1" [0-9] [0-9] / [1-9] [0-9] / [0-9]

IPv4Raw = $(Octet "." Octet "." Octet "." Octet)

IPv4 "IPv4 address" = @IPv4Raw Sep

Mask "subnet mask" = IPv4

Wildcard "wildcard mask" = IPv4

IPv6Raw = $([0-9a-fA-F]* ":" [0-9a-fA-F:.]*)

IPv6 "IPv6 address" = @IPv6Raw Sep

IPv6Prefix "IPv6 prefix" = a:IPv6Raw "/" l:Digits Sep { return { address: a, length: parseInt(l, 10) }; }

Mac "MAC address" = @$([0-9a-fA-F]|4| "." [0-9a-fA-F]|4| "." [0-9a-fA-F]|4|) Sep

// Interface names: `GigabitEthernet0/1`, `Gi0/1.10`, `Dot11Radio0`, `ethernet 1/11`, `Cable 1/2/3:4`,
// `Null0`. The type word may hold digits followed by letters (`Dot11Radio`); a name needs a number
// after it. The converter canonicalises the name.
IfNameRaw = $(IfTypeWord ([0-9] [0-9/.:]* / " " [0-9] [0-9/.:]*))

IfTypeWord = [A-Za-z] ([A-Za-z-] / [0-9]+ &[A-Za-z])*

IfName "interface name" = @IfNameRaw Sep

Host "address or host name" = IPv4 / IPv6 / Name

// A type digit before a password / key: 0 = clear text, 7 = reversible, 5/8/9 = hashes, 6 = AES.
EncType "encryption type" = t:$[0-9] Sep { return parseInt(t, 10); }

SecretWord "secret" = v:Word { return secret(v, range()); }

SecretRest "secret" = v:$(.+) { return secret(v, range()); }

// `[type] value`: a type digit is only a type when something follows it.
TypedSecretWord = t:(@EncType _)? s:SecretWord { return { encType: t, value: s }; }

TypedSecretRest = t:(@EncType _)? s:SecretRest { return { encType: t, value: s }; }

No = "no" _ { return true; }

// `10,20-30`
VlanList "VLAN list" = h:VlanItem t:("," @VlanItem)* Sep { return [h, ...t]; }

VlanItem = a:Digits b:("-" @Digits)? { return { from: parseInt(a, 10), to: parseInt(b ?? a, 10) }; }

// ---------------------------------------------------------------------------------------------
// Top level (global configuration mode)
// ---------------------------------------------------------------------------------------------

TopLine
  = Hostname
  / Version
  / InterfaceRange
  / InterfaceOpen
  / NumberedAcl
  / NamedAclOpen
  / ObjectGroupOpen
  / VlanOpen
  / LineOpen
  / IpRouting
  / StaticRoute
  / Ipv6StaticRoute
  / DefaultGateway
  / NatSource
  / Enable
  / Username
  / PasswordEncryption
  / PasswordMinLength
  / IpSsh
  / LoginBlockFor
  / LoginLogging
  / AaaLocalAttempts
  / AaaNewModel
  / AaaMethodList
  / Banner
  / GlobalService
  / HttpAccessClass
  / DhcpPoolOpen
  / TftpServer
  / SnmpCommunity
  / SnmpGroup
  / SnmpUser
  / SnmpHost
  / NoSnmpServer
  / NtpServer
  / NtpAuthenticate
  / NtpAuthenticationKey
  / NtpTrustedKey
  / NtpAccessGroup
  / ClockTimezone
  / LoggingHost
  / LoggingTrap
  / ServiceTimestampsLog
  / RadiusServerOpen
  / RadiusServerHost
  / RadiusServerKey
  / TacacsServerOpen
  / TacacsServerHost
  / TacacsServerKey
  / Dot1xSystemAuthControl
  / ArchiveOpen
  / IsakmpPolicyOpen
  / IsakmpKey
  / KeyringOpen
  / TransformSetOpen
  / CryptoMapOpen
  / DynamicMapOpen
  / Ikev2ProposalOpen
  / Ikev2PolicyOpen
  / Ikev2KeyringOpen
  / Ikev2ProfileOpen
  / IpsecProfileOpen
  / Dot11SsidOpen
  / L2GuardGlobal

Hostname = "hostname" _ n:Name End { return { type: 'hostname', name: n }; }

Version = "version" _ v:Word End { return { type: 'version', version: v }; }

// `interface Gi0/0.10 point-to-point`, `interface Virtual-Template1 type tunnel`
InterfaceOpen
  = "interface" _ n:IfName (_ ("point-to-point" / "multipoint") Sep / _ "type" _ Word)? End
    { return { type: 'interface', names: [n] }; }

// `interface range Gi1/0/1 - 24 , Gi1/0/30`
InterfaceRange
  = "interface" _ "range" _ h:RangeItem t:(_? "," _? @RangeItem)* End
    { return { type: 'interface-range', items: [h, ...t] }; }

RangeItem = n:IfNameRaw l:(_? "-" _? @Digits)? { return { name: n, last: l === null ? null : parseInt(l, 10) }; }

IpRouting = n:No? "ip" _ "routing" End { return { type: 'ip-routing', enabled: !n }; }

// ip route [vrf V] PREFIX MASK [IFACE] [NEXTHOP | dhcp] [AD] [tag N] [name X] [permanent | track N]
StaticRoute
  = "ip" _ "route" _ vrf:("vrf" _ @Name _)? p:IPv4 _ m:Mask _ h:RouteHop o:(_ @RouteOption)* End
    { return { type: 'route', family: 4, vrf, prefix: p, mask: m, ...h, options: o }; }

RouteHop
  = i:IfName _ a:IPv4 { return { iface: i, nextHop: a }; }
  / a:IPv4 { return { iface: null, nextHop: a }; }
  / "dhcp" Sep { return { iface: null, nextHop: null, dhcp: true }; }
  / i:IfName { return { iface: i, nextHop: null }; }

RouteOption
  = "name" _ n:Name { return { name: n }; }
  / "permanent" Sep { return { permanent: true }; }
  / "track" _ n:Int { return { track: n }; }
  / "tag" _ n:Int { return { tag: n }; }
  / d:Int { return { distance: d }; }

Ipv6StaticRoute
  = "ipv6" _ "route" _ vrf:("vrf" _ @Name _)? p:IPv6Prefix _ h:Route6Hop o:(_ @RouteOption)* End
    { return { type: 'route', family: 6, vrf, prefix6: p, ...h, options: o }; }

Route6Hop
  = i:IfName _ a:IPv6 { return { iface: i, nextHop: a }; }
  / a:IPv6 { return { iface: null, nextHop: a }; }
  / i:IfName { return { iface: i, nextHop: null }; }

DefaultGateway = "ip" _ "default-gateway" _ a:IPv4 End { return { type: 'default-gateway', nextHop: a }; }

// --- NAT -------------------------------------------------------------------------------------

NatSource
  = "ip" _ "nat" _ side:("inside" / "outside") _ "source" _ b:NatSourceBody o:(_ @NatOption)* End
    { return { type: 'nat', side, ...b, options: o }; }

NatSourceBody
  = "static" _ proto:("tcp" / "udp") _ l:IPv4 _ lp:Int _ g:NatGlobal _ gp:Int
    { return { kind: 'static', protocol: proto, local: l, localPort: lp, ...g, globalPort: gp }; }
  / "static" _ "network" _ l:IPv4 _ g:IPv4 _ len:NatNetworkLength
    { return { kind: 'static', local: l, global: g, length: len }; }
  / "static" _ l:IPv4 _ g:NatGlobal
    { return { kind: 'static', local: l, ...g }; }
  / "list" _ acl:Name _ t:NatTarget { return { kind: 'dynamic', list: acl, ...t }; }
  / "route-map" _ rm:Name _ t:NatTarget { return { kind: 'dynamic', routeMap: rm, ...t }; }

NatNetworkLength
  = "/" l:Int { return { prefixLength: l }; }
  / m:Mask { return { mask: m }; }

NatGlobal
  = "interface" _ i:IfName { return { globalInterface: i }; }
  / a:IPv4 { return { global: a }; }

NatTarget
  = "pool" _ p:Name { return { pool: p }; }
  / "interface" _ i:IfName { return { globalInterface: i }; }

NatOption
  = "overload" Sep { return { overload: true }; }
  / "vrf" _ v:Name { return { vrf: v }; }
  / "route-map" _ n:Name { return { routeMap: n }; }
  / "redundancy" _ r:Word { return { redundancy: r }; }
  / "mapping-id" _ m:Word { return { mappingId: m }; }
  / f:("extendable" / "no-alias" / "no-payload" / "add-route" / "match-in-vrf" / "reversible") Sep
    { return { flag: f }; }

// --- Management: credentials, lines, login ---------------------------------------------------

// enable secret [level N] [0|4|5|8|9] X / enable password [level N] [0|7] X
Enable
  = "enable" _ form:("secret" / "password") l:(_ "level" _ @Int)? _ s:TypedSecretRest
    { return { type: 'enable', form, level: l, ...s }; }

// username U [privilege N] [algorithm-type T] (password|secret) [type] X | nopassword
Username
  = "username" _ n:Name o:(_ @UserOption)* _ c:UserCredential
    { return { type: 'username', name: n, options: o, ...c }; }
  / "username" _ n:Name o:(_ @UserOption)* End
    { return { type: 'username', name: n, options: o, form: null }; }

UserOption
  = "privilege" _ p:Int { return { privilege: p }; }
  / "algorithm-type" _ a:("md5" / "sha256" / "scrypt") Sep { return { algorithm: a }; }
  / "view" _ v:Name { return { view: v }; }

UserCredential
  = "nopassword" End { return { form: 'nopassword' }; }
  / form:("password" / "secret") _ s:TypedSecretRest { return { form, ...s }; }

PasswordEncryption = n:No? "service" _ "password-encryption" End { return { type: 'password-encryption', enabled: !n }; }

PasswordMinLength = "security" _ "passwords" _ "min-length" _ n:Int End { return { type: 'password-min-length', length: n }; }

IpSsh
  = "ip" _ "ssh" _ "version" _ v:Int End { return { type: 'ssh', version: v }; }
  / "ip" _ "ssh" _ "authentication-retries" _ n:Int End { return { type: 'ssh', retries: n }; }
  / "ip" _ "ssh" _ "time-out" _ n:Int End { return { type: 'ssh', timeout: n }; }

LoginBlockFor
  = "login" _ "block-for" _ b:Int _ "attempts" _ a:Int _ "within" _ w:Int End
    { return { type: 'login-block-for', blockSeconds: b, attempts: a, withinSeconds: w }; }

LoginLogging
  = "login" _ e:("on-success" / "on-failure") _ "log" (_ "every" _ Int)? End
    { return { type: 'login-logging', event: e }; }

AaaLocalAttempts
  = "aaa" _ "local" _ "authentication" _ "attempts" _ "max-fail" _ n:Int End
    { return { type: 'aaa-max-fail', attempts: n }; }

AaaNewModel = n:No? "aaa" _ "new-model" End { return { type: 'aaa-new-model', enabled: !n }; }

// aaa authentication login default group radius local / aaa accounting exec default start-stop group tacacs+
AaaMethodList
  = "aaa" _ kind:("authentication" / "authorization" / "accounting") _ svc:AaaService w:(_ @Word)* End
    { return { type: 'aaa-method', kind, service: svc, words: w }; }

AaaService
  = "commands" _ n:Int { return 'commands ' + n; }
  / Word

// banner motd ^C … ^C — the text (and the end delimiter) may run over many lines: the converter
// reads them. Here only the head of the first line.
Banner
  = "banner" _ k:$("motd" / "login" / "exec" / "incoming" / "slip-ppp" / "prompt-timeout" / "config-save") Sep
    [ \t]* r:$(.*)
    { return { type: 'banner', kind: k, rest: r }; }

// Device-wide services, on or off. Platform defaults are applied by the converter.
GlobalService
  = n:No? s:ServiceWords End { return { type: 'service', name: s, enabled: !n }; }

ServiceWords
  = "ip" _ "http" _ "server" { return 'http-server'; }
  / "ip" _ "http" _ "secure-server" { return 'https-server'; }
  / "cdp" _ "run" { return 'cdp'; }
  / "lldp" _ "run" { return 'lldp'; }
  / "service" _ "pad" { return 'pad'; }
  / "ip" _ "bootp" _ "server" { return 'bootp-server'; }
  / "ip" _ "source-route" { return 'ip-source-route'; }
  / "service" _ "tcp-small-servers" { return 'tcp-small-servers'; }
  / "service" _ "udp-small-servers" { return 'udp-small-servers'; }
  / "ip" _ "finger" { return 'finger'; }
  / "service" _ "finger" { return 'finger'; }
  / "ip" _ "identd" { return 'identd'; }
  / "service" _ "config" { return 'config-service'; }
  / "ip" _ "domain-lookup" { return 'domain-lookup'; }
  / "ip" _ "domain" _ "lookup" { return 'domain-lookup'; }
  / "service" _ "dhcp" { return 'dhcp-server'; }
  / "vstack" { return 'smart-install'; }
  / "service" _ "password-recovery" { return 'password-recovery'; }
  / "service" _ "call-home" { return 'call-home'; }
  / "ftp-server" _ "enable" { return 'ftp-server'; }

// ip http access-class [ipv4] N
HttpAccessClass
  = "ip" _ "http" _ "access-class" _ ("ipv4" _)? a:Name End { return { type: 'http-access-class', acl: a }; }

DhcpPoolOpen = "ip" _ "dhcp" _ "pool" _ n:Name End { return { type: 'dhcp-pool', name: n }; }

// tftp-server flash:file [ACL]
TftpServer = "tftp-server" _ f:Word a:(_ @Name)? End { return { type: 'tftp-server', file: f, acl: a }; }

// --- SNMP ------------------------------------------------------------------------------------

SnmpCommunity
  = "snmp-server" _ "community" _ c:SecretWord o:(_ @SnmpCommunityOption)* End
    { return { type: 'snmp-community', community: c, options: o }; }

SnmpCommunityOption
  = "view" _ v:Name { return { view: v }; }
  / a:("RO"i / "RW"i) Sep { return { access: a.toLowerCase() }; }
  / "ipv6" _ n:Name { return { ipv6Acl: n }; }
  / n:Name { return { acl: n }; }

// v3 groups only: v1/v2c groups just tie communities to views (ignored.ts).
SnmpGroup
  = "snmp-server" _ "group" _ g:Name _ "v3" _ l:("noauth" / "auth" / "priv") Sep o:(_ @SnmpGroupOption)* End
    { return { type: 'snmp-group', name: g, level: l, options: o }; }

SnmpGroupOption
  = k:("read" / "write" / "notify" / "context") _ v:Name { return { [k]: v }; }
  / "access" _ ("ipv6" _)? a:Name { return { acl: a }; }

// snmp-server user U G v3 [encrypted] [auth md5|sha K [priv des|3des|aes N K]] [access ACL]
SnmpUser
  = "snmp-server" _ "user" _ u:Name _ g:Name _ "v3" (_ "encrypted")? a:SnmpUserAuth? acl:SnmpUserAccess? End
    { return { type: 'snmp-user', name: u, group: g, ...(a ?? {}), acl }; }

SnmpUserAuth
  = _ "auth" _ a:$("md5" / "sha") Sep _ k:SecretWord p:SnmpUserPriv?
    { return { authProtocol: a, authKey: k, ...(p ?? {}) }; }

SnmpUserPriv
  = _ "priv" _ p:SnmpPrivProtocol _ k:SecretWord { return { privProtocol: p, privKey: k }; }

SnmpPrivProtocol
  = "aes" _ n:Int { return 'aes-' + n; }
  / p:$("3des" / "des") Sep { return p; }

SnmpUserAccess = _ "access" _ ("ipv6" _)? a:Name { return a; }

// snmp-server host A [vrf V] [traps|informs] [version 1|2c|3 [auth|noauth|priv]] COMMUNITY [...]
SnmpHost
  = "snmp-server" _ "host" _ a:(IPv4 / IPv6) vrf:(_ "vrf" _ @Name)? (_ SnmpNotifyKind)?
    _ "version" _ "3" _ l:("noauth" / "auth" / "priv") Sep _ u:Name t:(_ @SnmpHostTail)* End
    { return { type: 'snmp-host', address: a, vrf, version: 'v3', level: l, user: u }; }
  / "snmp-server" _ "host" _ a:(IPv4 / IPv6) vrf:(_ "vrf" _ @Name)? (_ SnmpNotifyKind)?
    v:(_ "version" _ @("2c" / "1") Sep)? _ c:SecretWord t:(_ @SnmpHostTail)* End
    { return { type: 'snmp-host', address: a, vrf, version: v === '2c' ? 'v2c' : 'v1', community: c }; }

SnmpNotifyKind = ("traps" / "trap" / "informs" / "inform") Sep

SnmpHostTail
  = "udp-port" _ p:Int { return { udpPort: p }; }
  / w:Word { return { notification: w }; }

NoSnmpServer = "no" _ "snmp-server" End { return { type: 'snmp-disabled' }; }

// --- NTP, clock ------------------------------------------------------------------------------

// `sntp server A` is the time source of small platforms (Aironet).
NtpServer
  = "ntp" _ k:("server" / "peer") _ vrf:("vrf" _ @Name _)? a:Host o:(_ @NtpServerOption)* End
    { return { type: 'ntp-server', kind: k, vrf, address: a, options: o }; }
  / "sntp" _ "server" _ a:Host (_ "version" _ Int)? End
    { return { type: 'ntp-server', kind: 'server', vrf: null, address: a, options: [] }; }

NtpServerOption
  = "key" _ n:Int { return { key: n }; }
  / "source" _ i:IfName { return { source: i }; }
  / "version" _ n:Int { return { version: n }; }
  / "minpoll" _ n:Int { return { minpoll: n }; }
  / "maxpoll" _ n:Int { return { maxpoll: n }; }
  / f:("prefer" / "iburst" / "burst") Sep { return { flag: f }; }

NtpAuthenticate = n:No? "ntp" _ "authenticate" End { return { type: 'ntp-authenticate', enabled: !n }; }

// ntp authentication-key N md5 KEY [7]
NtpAuthenticationKey
  = "ntp" _ "authentication-key" _ n:Int _ alg:Word _ k:SecretWord t:(_ @EncType)? End
    { return { type: 'ntp-key', id: n, algorithm: alg, key: k, encType: t }; }

NtpTrustedKey
  = "ntp" _ "trusted-key" _ a:Digits b:(_? "-" _? @Digits)? End
    { return { type: 'ntp-trusted-key', from: parseInt(a, 10), to: parseInt(b ?? a, 10) }; }

NtpAccessGroup
  = "ntp" _ "access-group" _ ("ipv4" _)? k:("peer" / "serve-only" / "serve" / "query-only") Sep _ a:Name (_ "kod")? End
    { return { type: 'ntp-access-group', kind: k, acl: a }; }

ClockTimezone
  = "clock" _ "timezone" _ n:Name _ h:SignedInt m:(_ @Int)? (_ "vrf" _ Name)? End
    { return { type: 'timezone', name: n, hours: h, minutes: m }; }

// --- Logging ---------------------------------------------------------------------------------

LoggingHost
  = "logging" _ "host" _ ("ipv6" _)? a:Host o:(_ @LoggingHostOption)* End
    { return { type: 'logging-host', address: a, options: o }; }
  / "logging" _ a:(IPv4 / IPv6) o:(_ @LoggingHostOption)* End
    { return { type: 'logging-host', address: a, options: o }; }

LoggingHostOption
  = "vrf" _ v:Name { return { vrf: v }; }
  / "transport" _ p:("udp" / "tcp" / "tls") Sep pt:(_ "port" _ @Int)? { return { transport: p, port: pt }; }
  / "discriminator" _ d:Name { return { discriminator: d }; }
  / "sequence-num-session" Sep { return {}; }
  / "session-id" _ Word (_ Word)? { return {}; }

LoggingTrap
  = "logging" _ "trap" _ l:SyslogLevel End { return { type: 'logging-trap', level: l }; }
  / "logging" _ "trap" End { return { type: 'logging-trap', level: 6 }; }

SyslogLevel "syslog level"
  = n:Int { return n; }
  / w:Word &{ return has(SYSLOG_LEVELS, w); } { return SYSLOG_LEVELS[w]; }

ServiceTimestampsLog
  = n:No? "service" _ "timestamps" _ "log" f:(_ @$("datetime" / "uptime") Sep)? o:(_ @Word)* End
    { return { type: 'timestamps', enabled: !n, format: f ?? 'uptime', options: o }; }

// --- AAA servers -----------------------------------------------------------------------------

RadiusServerOpen = "radius" _ "server" _ n:Name End { return { type: 'aaa-server', protocol: 'radius', name: n }; }

TacacsServerOpen = "tacacs" _ "server" _ n:Name End { return { type: 'aaa-server', protocol: 'tacacs', name: n }; }

// radius-server host A [auth-port N] [acct-port N] [timeout N] [retransmit N] [key [0|7] X]
RadiusServerHost
  = "radius-server" _ "host" _ a:Host o:(_ @AaaHostOption)* k:(_ "key" _ @TypedSecretRest)? End
    { return { type: 'aaa-host', protocol: 'radius', address: a, options: o, key: k }; }

TacacsServerHost
  = "tacacs-server" _ "host" _ a:Host o:(_ @AaaHostOption)* k:(_ "key" _ @TypedSecretRest)? End
    { return { type: 'aaa-host', protocol: 'tacacs', address: a, options: o, key: k }; }

AaaHostOption
  = k:("auth-port" / "acct-port" / "port" / "timeout" / "retransmit") _ n:Int { return { [k]: n }; }
  / "single-connection" Sep { return { singleConnection: true }; }

RadiusServerKey = "radius-server" _ "key" _ k:TypedSecretRest { return { type: 'aaa-global-key', protocol: 'radius', key: k }; }

TacacsServerKey = "tacacs-server" _ "key" _ k:TypedSecretRest { return { type: 'aaa-global-key', protocol: 'tacacs', key: k }; }

// Lines inside `radius server N` / `tacacs server N`.
AaaServerLine
  = "address" _ "ipv4" _ a:Host o:(_ @AaaHostOption)* End { return { type: 'server-address', address: a }; }
  / "address" _ "ipv6" _ a:IPv6 o:(_ @AaaHostOption)* End { return { type: 'server-address', address: a }; }
  / "key" _ k:TypedSecretRest { return { type: 'server-key', key: k }; }

// archive / log config / logging enable: the configuration change logger (IOS Configuration
// Fundamentals, "Configuration Change Notification and Logging"; CIS Cisco IOS 16 2.1.x archive).
ArchiveOpen = "archive" End { return { type: 'archive' }; }

ArchiveLine = "log" _ "config" End { return { type: 'archive-log-config' }; }

ArchiveLogConfigLine
  = "logging" _ "enable" End { return { type: 'archive-logging', enabled: true }; }
  / "no" _ "logging" _ "enable" End { return { type: 'archive-logging', enabled: false }; }

Dot1xSystemAuthControl
  = n:No? "dot1x" _ "system-auth-control" End { return { type: 'dot1x-system-auth-control', enabled: !n }; }

// ---------------------------------------------------------------------------------------------
// Interfaces
// ---------------------------------------------------------------------------------------------

InterfaceLine
  = Description
  / Shutdown
  / IpAddress
  / Ipv6Address
  / IpUnnumbered
  / VrfForwarding
  / Switchport
  / PortSecurity
  / Encapsulation
  / ChannelGroup
  / AccessGroup
  / PortControl
  / Dot1xPae
  / Mab
  / HostMode
  / NatRole
  / InterfaceCryptoMap
  / Tunnel
  / ZoneMember
  / BridgeGroup
  / InterfaceService
  / RadioEncryption
  / RadioSsid
  / L2GuardPort
  / ReversePathCheck

Description
  = "description" t:(_ @Rest)? End { return { type: 'description', text: t ?? '' }; }
  / "no" _ "description" End { return { type: 'description', text: '' }; }

Shutdown = n:No? "shutdown" End { return { type: 'shutdown', shutdown: !n }; }

IpAddress
  = "ip" _ "address" _ a:IPv4 _ m:Mask s:(_ @"secondary" Sep)? End
    { return { type: 'ip-address', address: a, mask: m, secondary: s !== null }; }
  / "ip" _ "address" _ "dhcp" (_ Word)* End { return { type: 'ip-address-dynamic', how: 'dhcp' }; }
  / "ip" _ "address" _ "negotiated" (_ "previous")? End { return { type: 'ip-address-dynamic', how: 'negotiated' }; }
  / "no" _ "ip" _ "address" End { return { type: 'no-ip-address' }; }

Ipv6Address
  = "ipv6" _ "address" _ p:IPv6Prefix f:(_ @$("eui-64" / "anycast" / "cga"))? End
    { return { type: 'ipv6-address', address: p.address, length: p.length, flag: f }; }
  / "ipv6" _ "address" _ a:IPv6 _ "link-local" End
    { return { type: 'ipv6-address', address: a, length: 64, flag: 'link-local' }; }

IpUnnumbered = "ip" _ "unnumbered" _ i:IfName End { return { type: 'unnumbered', iface: i }; }

VrfForwarding
  = "vrf" _ "forwarding" _ v:Name End { return { type: 'vrf', vrf: v }; }
  / "ip" _ "vrf" _ "forwarding" _ v:Name (_ "downstream" _ Name)? End { return { type: 'vrf', vrf: v }; }

Switchport
  = "switchport" End { return { type: 'switchport', routed: false }; }
  / "no" _ "switchport" End { return { type: 'switchport', routed: true }; }
  / "switchport" _ "mode" _ m:SwitchportMode End { return { type: 'switchport-mode', ...m }; }
  / "switchport" _ "access" _ "vlan" _ v:Int End { return { type: 'access-vlan', vlan: v }; }
  / "switchport" _ "voice" _ "vlan" _ v:(Int / $("dot1p" / "none" / "untagged") Sep) End { return { type: 'voice-vlan', vlan: v }; }
  / "switchport" _ "trunk" _ "allowed" _ "vlan" _ s:TrunkAllowed End { return { type: 'trunk-allowed', ...s }; }
  / "switchport" _ "trunk" _ "native" _ "vlan" _ v:Int End { return { type: 'native-vlan', vlan: v }; }
  / "switchport" _ "nonegotiate" End { return { type: 'nonegotiate' }; }
  / "switchport" _ "host" End { return { type: 'switchport-mode', mode: 'access', host: true }; }

SwitchportMode
  = "access" Sep { return { mode: 'access' }; }
  / "trunk" Sep { return { mode: 'trunk' }; }
  / "dynamic" _ d:$("auto" / "desirable") Sep { return { mode: 'dynamic', dynamicMode: d }; }
  / "dot1q-tunnel" Sep { return { mode: 'dot1q-tunnel' }; }
  / "private-vlan" _ Word { return { mode: 'private-vlan' }; }

TrunkAllowed
  = op:$("add" / "remove" / "except") _ l:VlanList { return { op, vlans: l }; }
  / "all" Sep { return { op: 'all' }; }
  / "none" Sep { return { op: 'none' }; }
  / l:VlanList { return { op: 'set', vlans: l }; }

PortSecurity
  = n:No? "switchport" _ "port-security" End { return { type: 'port-security', enabled: !n }; }
  / "switchport" _ "port-security" _ "maximum" _ m:Int (_ "vlan" (_ Word)?)? End { return { type: 'port-security-maximum', maximum: m }; }
  / "switchport" _ "port-security" _ "violation" _ v:$("shutdown" / "restrict" / "protect") (_ "vlan")? End
    { return { type: 'port-security-violation', violation: v }; }
  / "switchport" _ "port-security" _ "mac-address" _ s:("sticky" Sep)? m:(_? @Mac)? (_ "vlan" (_ Word)?)? End
    { return { type: 'port-security-mac', sticky: s !== null, mac: m }; }

Encapsulation
  = "encapsulation" _ "dot1"i "q"i _ v:Int n:(_ @"native" Sep)? (_ "second-dot1q" _ Word)? End
    { return { type: 'encapsulation', vlan: v, native: n !== null }; }

ChannelGroup
  = "channel-group" _ n:Int m:(_ "mode" _ @Word (_ Word)?)? End { return { type: 'channel-group', group: n, mode: m }; }

AccessGroup
  = "ip" _ "access-group" _ a:Name _ d:$("in" / "out") End { return { type: 'access-group', family: 'ipv4', acl: a, direction: d }; }
  / "ipv6" _ "traffic-filter" _ a:Name _ d:$("in" / "out") End { return { type: 'access-group', family: 'ipv6', acl: a, direction: d }; }
  / "mac" _ "access-group" _ a:Name _ d:$("in" / "out") End { return { type: 'access-group', family: 'mac', acl: a, direction: d }; }

// 802.1X / MAB: legacy `authentication …`, IBNS 2.0 `access-session …`, old `dot1x port-control`.
PortControl
  = via:$("authentication" / "access-session" / "dot1x") _ "port-control" _ m:$("auto" / "force-authorized" / "force-unauthorized") End
    { return { type: 'port-control', via, mode: m }; }

Dot1xPae = "dot1x" _ "pae" _ r:$("authenticator" / "both") End { return { type: 'dot1x-pae', role: r }; }

Mab = n:No? "mab" (_ "eap")? End { return { type: 'mab', enabled: !n }; }

HostMode
  = $("authentication" / "access-session" / "dot1x") _ "host-mode" _ m:$("multi-auth" / "multi-domain" / "multi-host" / "single-host") End
    { return { type: 'host-mode', mode: m }; }

NatRole = "ip" _ "nat" _ r:$("inside" / "outside") End { return { type: 'nat-role', role: r }; }

InterfaceCryptoMap = "crypto" _ "map" _ m:Name End { return { type: 'crypto-map', map: m }; }

Tunnel
  = "tunnel" _ "source" _ s:(IPv4 / IPv6 / "dynamic" Sep { return 'dynamic'; } / IfName) End { return { type: 'tunnel-source', source: s }; }
  / "tunnel" _ "destination" _ d:Host End { return { type: 'tunnel-destination', destination: d }; }
  / "tunnel" _ "mode" _ m:Rest { return { type: 'tunnel-mode', mode: m }; }
  / "tunnel" _ "protection" _ "ipsec" _ "profile" _ p:Name (_ "shared")? End { return { type: 'tunnel-protection', profile: p }; }

ZoneMember = "zone-member" _ "security" _ z:Name End { return { type: 'zone-member', zone: z }; }

BridgeGroup = "bridge-group" _ n:Int End { return { type: 'bridge-group', group: n }; }

// `default X` puts the platform default back: the explicit setting is forgotten.
InterfaceService
  = n:No? s:InterfaceServiceWords End { return { type: 'interface-service', name: s, enabled: !n }; }
  / "default" _ s:InterfaceServiceWords End { return { type: 'interface-service', name: s, enabled: null }; }

InterfaceServiceWords
  = "ip" _ "proxy-arp" { return 'proxy-arp'; }
  / "ip" _ "redirects" { return 'ip-redirects'; }
  / "ip" _ "unreachables" { return 'ip-unreachables'; }
  / "ip" _ "directed-broadcast" { return 'ip-directed-broadcast'; }
  / "cdp" _ "enable" { return 'cdp'; }
  / "mop" _ "enabled" { return 'mop'; }

// Aironet radios: encryption [vlan N] mode ciphers …, mode wep …, key N size … KEY
RadioEncryption
  = "encryption" v:(_ "vlan" _ @Int)? _ "mode" _ "ciphers" c:(_ @Word)+ End
    { return { type: 'radio-ciphers', vlan: v, ciphers: c }; }
  / "encryption" v:(_ "vlan" _ @Int)? _ "mode" _ "wep" _ m:$("mandatory" / "optional") (_ "key-hash")? End
    { return { type: 'radio-wep', vlan: v, mode: m }; }
  / "encryption" v:(_ "vlan" _ @Int)? _ "key" _ n:Int _ "size" _ s:$("40bit" / "128bit") _ k:TypedSecretWord (_ "transmit-key")? End
    { return { type: 'radio-wep-key', vlan: v, slot: n, size: s, ...k }; }

RadioSsid = "ssid" _ n:Rest { return { type: 'radio-ssid', ssid: n }; }

// ---------------------------------------------------------------------------------------------
// Access lists
// ---------------------------------------------------------------------------------------------

// access-list N permit|deny … / access-list N remark …
NumberedAcl
  = "access-list" _ n:Int _ "remark" t:(_ @Rest)? End { return { type: 'numbered-acl', number: n, entry: { type: 'remark', text: t ?? '' } }; }
  / "access-list" _ n:Int _ a:AclAction _ b:ExtendedBody { return { type: 'numbered-acl', number: n, entry: { type: 'extended-entry', seq: null, action: a, ...b } }; }
  / "access-list" _ n:Int _ a:AclAction _ b:StandardBody { return { type: 'numbered-acl', number: n, entry: { type: 'standard-entry', seq: null, action: a, ...b } }; }

NamedAclOpen
  = "ip" _ "access-list" _ k:$("standard" / "extended") _ n:Name End { return { type: 'acl-open', flavour: k, name: n }; }
  / "ipv6" _ "access-list" _ n:Name End { return { type: 'acl-open', flavour: 'ipv6', name: n }; }
  / "mac" _ "access-list" _ "extended" _ n:Name End { return { type: 'acl-open', flavour: 'mac', name: n }; }

AclAction = a:$("permit" / "deny") Sep { return a; }

AclRemark = s:(@Int _)? "remark" t:(_ @Rest)? End { return { type: 'remark', text: t ?? '' }; }

AclStandardLine
  = AclRemark
  / s:(@Int _)? a:AclAction _ b:StandardBody { return { type: 'standard-entry', seq: s, action: a, ...b }; }

AclExtendedLine
  = AclRemark
  / s:(@Int _)? a:AclAction _ b:ExtendedBody { return { type: 'extended-entry', seq: s, action: a, ...b }; }

StandardBody = src:StandardAddress o:(_ @AclOption)* End { return { src, options: o }; }

StandardAddress
  = "any" Sep { return { kind: 'any' }; }
  / "host" _ a:IPv4 { return { kind: 'host', address: a }; }
  / a:IPv4 _ w:Wildcard { return { kind: 'wildcard', address: a, wildcard: w }; }
  / a:IPv4 { return { kind: 'host', address: a }; }

ExtendedBody
  = p:Protocol4 _ src:Address4 sp:(_ @PortMatch)? _ dst:Address4 dp:(_ @PortMatch)? i:(_ @Icmp4)? o:(_ @AclOption)* End
    { return { protocol: p, src, srcPorts: sp, dst, dstPorts: dp, icmp: i, options: o }; }

Protocol4 "protocol"
  = "object-group" _ n:Name { return { kind: 'group', name: n }; }
  / n:Int { return { kind: 'number', value: n }; }
  / w:Word &{ return has(PROTOCOLS4, w); } { return { kind: 'number', value: PROTOCOLS4[w] }; }

Address4 "address"
  = "any" Sep { return { kind: 'any' }; }
  / "host" _ a:IPv4 { return { kind: 'host', address: a }; }
  / "object-group" _ n:Name { return { kind: 'group', name: n }; }
  / a:IPv4 _ w:Wildcard { return { kind: 'wildcard', address: a, wildcard: w }; }

PortMatch "port condition"
  = "eq" _ h:Port t:(_ @Port)* { return { op: 'eq', ports: [h, ...t] }; }
  / op:$("neq" / "lt" / "gt") _ p:Port { return { op, ports: [p] }; }
  / "range" _ a:Port _ b:Port { return { op: 'range', ports: [a, b] }; }

Port "port"
  = Int
  / w:Word &{ return has(PORTS, w); } { return PORTS[w]; }

Icmp4 "ICMP message"
  = t:Int c:(_ @Int)? { return { type: t, code: c }; }
  / w:Word &{ return has(ICMP4, w); } { return { type: ICMP4[w][0], code: ICMP4[w][1] }; }

// Options IOS accepts after the addresses. Only `established` and `log` change the model; the others
// (QoS marking, fragments, time ranges, TTL, IP options) are recognised and knowingly left out.
AclOption
  = "established" Sep { return { established: true }; }
  / "log-input" Sep c:(_ @Word End)? { return { log: true }; }
  / "log" Sep c:(_ @Word End)? { return { log: true }; }
  / "fragments" Sep { return { fragments: true }; }
  / k:$("precedence" / "dscp" / "tos" / "time-range" / "option") _ v:Word { return { [k]: v }; }
  / "ttl" _ t:PortMatch { return { ttl: t }; }

// IPv6 ACL lines: `[sequence N] permit|deny PROTO SRC [ports] DST [ports] [opts] [sequence N]`.
Ipv6AclLine
  = AclRemark
  / s:Ipv6Sequence? a:AclAction _ p:Protocol6 _ src:Address6 sp:(_ @PortMatch)? _ dst:Address6 dp:(_ @PortMatch)?
    i:(_ @Icmp6)? o:(_ @Acl6Option)* End
    {
      const tail = o.find((x) => x.sequence !== undefined);
      return { type: 'ipv6-entry', seq: s ?? (tail ? tail.sequence : null), action: a, protocol: p, src, srcPorts: sp,
        dst, dstPorts: dp, icmp: i, options: o };
    }

Ipv6Sequence = "sequence" _ n:Int _ { return n; }

Protocol6 "protocol"
  = "object-group" _ n:Name { return { kind: 'group', name: n }; }
  / n:Int { return { kind: 'number', value: n }; }
  / w:Word &{ return has(PROTOCOLS6, w); } { return { kind: 'number', value: PROTOCOLS6[w] }; }

Address6 "IPv6 address"
  = "any" Sep { return { kind: 'any' }; }
  / "host" _ a:IPv6 { return { kind: 'host6', address: a }; }
  / "object-group" _ n:Name { return { kind: 'group', name: n }; }
  / p:IPv6Prefix { return { kind: 'prefix6', address: p.address, length: p.length }; }

Icmp6 "ICMPv6 message"
  = t:Int c:(_ @Int)? { return { type: t, code: c }; }
  / w:Word &{ return has(ICMP6, w); } { return { type: ICMP6[w][0], code: ICMP6[w][1] }; }

Acl6Option
  = "sequence" _ n:Int { return { sequence: n }; }
  / AclOption
  / "flow-label" _ Word { return {}; }

// MAC ACLs: `permit|deny SRC DST` with SRC/DST = any | host MAC | MAC MASK. EtherType qualifiers
// are not in the model, so lines with them are not accepted.
MacAclLine
  = AclRemark
  / s:(@Int _)? a:AclAction _ src:MacAddress _ dst:MacAddress End { return { type: 'mac-entry', seq: s, action: a, src, dst }; }

MacAddress "MAC address"
  = "any" Sep { return { kind: 'any' }; }
  / "host" _ m:Mac { return { kind: 'mac', mac: m, wildcard: null }; }
  / m:Mac _ w:Mac { return { kind: 'mac', mac: m, wildcard: w }; }

// ---------------------------------------------------------------------------------------------
// Object groups
// ---------------------------------------------------------------------------------------------

ObjectGroupOpen
  = "object-group" _ k:$("network" / "service") _ n:Name End { return { type: 'object-group', kind: k, name: n }; }

ObjectGroupNetworkLine
  = "host" _ a:IPv4 End { return { type: 'og-address', address: { kind: 'host', address: a } }; }
  / a:IPv4Raw "/" l:Int End { return { type: 'og-address', address: { kind: 'prefix', address: a, length: l } }; }
  / a:IPv4 _ m:Mask End { return { type: 'og-address', address: { kind: 'mask', address: a, mask: m } }; }
  / "range" _ a:IPv4 _ b:IPv4 End { return { type: 'og-address', address: { kind: 'range', first: a, last: b } }; }
  / "any" End { return { type: 'og-address', address: { kind: 'any' } }; }
  / "group-object" _ n:Name End { return { type: 'og-group', name: n }; }

ObjectGroupServiceLine
  = "group-object" _ n:Name End { return { type: 'og-group', name: n }; }
  / p:$("tcp-udp" / "tcp" / "udp") Sep sp:(_ "source" _ @PortMatch)? dp:(_ @PortMatch)? End
    { return { type: 'og-service', protocol: p, srcPorts: sp, dstPorts: dp }; }
  / "icmp" Sep i:(_ @Icmp4)? End { return { type: 'og-service', protocol: 'icmp', icmp: i }; }
  / p:Protocol4 End { return { type: 'og-service', protocol: p }; }

// ---------------------------------------------------------------------------------------------
// VLANs
// ---------------------------------------------------------------------------------------------

VlanOpen = "vlan" _ l:VlanList End { return { type: 'vlan', vlans: l }; }

VlanLine = "name" _ n:Rest { return { type: 'vlan-name', name: n }; }

// ---------------------------------------------------------------------------------------------
// Terminal lines (console, vty, aux)
// ---------------------------------------------------------------------------------------------

LineOpen
  = "line" _ k:LineKind? a:Int b:(_ @Int)? End { return { type: 'line', kind: k, first: a, last: b }; }

LineKind = k:$("console" / "con" / "vty" / "aux" / "tty") _ { return k === 'con' ? 'console' : k; }

LineModeLine
  = "transport" _ "input" p:(_ @Word)+ End { return { type: 'transport-input', protocols: p }; }
  / "exec-timeout" _ m:Int s:(_ @Int)? End { return { type: 'exec-timeout', minutes: m, seconds: s ?? 0 }; }
  / "no" _ "exec-timeout" End { return { type: 'exec-timeout', minutes: 0, seconds: 0 }; }
  / "login" _ "local" End { return { type: 'login', login: 'local' }; }
  / "login" _ "authentication" _ l:Name End { return { type: 'login', login: 'aaa', list: l }; }
  / "login" End { return { type: 'login', login: 'password' }; }
  / "no" _ "login" End { return { type: 'login', login: 'none' }; }
  / "password" _ s:TypedSecretRest { return { type: 'line-password', ...s }; }
  / "access-class" _ a:Name _ d:$("in" / "out") (_ "vrf-also")? End { return { type: 'access-class', family: 'ipv4', acl: a, direction: d }; }
  / "ipv6" _ "access-class" _ a:Name _ d:$("in" / "out") End { return { type: 'access-class', family: 'ipv6', acl: a, direction: d }; }

// ---------------------------------------------------------------------------------------------
// Crypto: IKEv1, IKEv2, IPsec
// ---------------------------------------------------------------------------------------------

IsakmpPolicyOpen = "crypto" _ "isakmp" _ "policy" _ n:Int End { return { type: 'isakmp-policy', priority: n }; }

IsakmpPolicyLine
  = ("encryption" / "encr") _ c:IkeCipher End { return { type: 'ike-encryption', cipher: c }; }
  / "hash" _ h:$("sha512" / "sha384" / "sha256" / "sha" / "md5") Sep End { return { type: 'ike-hash', hash: h }; }
  / "authentication" _ a:$("pre-share" / "rsa-sig" / "rsa-encr" / "ecdsa-sig") Sep End { return { type: 'ike-authentication', method: a }; }
  / "group" _ g:Int End { return { type: 'ike-group', group: g }; }
  / "lifetime" _ s:Int End { return { type: 'ike-lifetime', seconds: s }; }

IkeCipher
  = "aes" Sep b:(_ @Int)? { return 'aes-' + (b ?? 128); }
  / c:$("3des" / "des") Sep { return c; }

// crypto isakmp key [0|6|7] KEY address A [MASK] [no-xauth] | hostname H
IsakmpKey
  = "crypto" _ "isakmp" _ "key" _ k:TypedSecretWord _ p:IsakmpKeyPeer (_ "no-xauth")? End
    { return { type: 'isakmp-key', ...k, peer: p }; }

IsakmpKeyPeer
  = "address" _ ("ipv4" _)? a:IPv4 (_ Mask)? { return a; }
  / "address" _ "ipv6" _ p:IPv6Prefix { return p.address + '/' + p.length; }
  / "hostname" _ h:Name { return h; }

KeyringOpen = "crypto" _ "keyring" _ n:Name (_ "vrf" _ Name)? End { return { type: 'keyring', name: n }; }

KeyringLine
  = "pre-shared-key" _ p:IsakmpKeyPeer _ "key" _ k:TypedSecretWord End { return { type: 'keyring-psk', peer: p, ...k }; }

TransformSetOpen
  = "crypto" _ "ipsec" _ "transform-set" _ n:Name t:(_ @Transform)+ End { return { type: 'transform-set', name: n, transforms: t }; }

Transform = n:$(("esp-" / "ah-" / "comp-") [a-z0-9-]+) Sep b:(_ @Int)? { return { name: n, bits: b }; }

TransformSetLine = "mode" _ m:$("tunnel" / "transport") Sep (_ "require")? End { return { type: 'transform-mode', mode: m }; }

CryptoMapOpen
  = "crypto" _ "map" _ m:Name _ n:Int _ "ipsec-isakmp" Sep d:(_ "dynamic" _ @Name)? (_ "discover")? End
    { return { type: 'crypto-map-entry', map: m, seq: n, dynamic: d }; }

DynamicMapOpen
  = "crypto" _ "dynamic-map" _ m:Name _ n:Int End { return { type: 'dynamic-map-entry', map: m, seq: n }; }

// Lines of a crypto map entry or dynamic-map entry.
CryptoMapLine
  = "set" _ "peer" _ a:Host (_ "default")? End { return { type: 'set-peer', peer: a }; }
  / "set" _ "transform-set" t:(_ @Name)+ End { return { type: 'set-transform-set', names: t }; }
  / "set" _ "pfs" g:(_ @PfsGroup)? End { return { type: 'set-pfs', group: g ?? 1 }; }
  / "set" _ "ikev2-profile" _ p:Name End { return { type: 'set-ikev2-profile', profile: p }; }
  / "match" _ "address" _ a:Name End { return { type: 'match-address', acl: a }; }

// `set pfs` without a group means group 1 (IOS Security Command Reference, "set pfs").
PfsGroup = "group" g:Digits Sep { return parseInt(g, 10); }

Ikev2ProposalOpen = "crypto" _ "ikev2" _ "proposal" _ n:Name End { return { type: 'ikev2-proposal', name: n }; }

Ikev2ProposalLine
  = "encryption" a:(_ @Word)+ End { return { type: 'ikev2-encryption', algorithms: a }; }
  / "integrity" a:(_ @Word)+ End { return { type: 'ikev2-integrity', algorithms: a }; }
  / "group" g:(_ @Int)+ End { return { type: 'ikev2-group', groups: g }; }

Ikev2PolicyOpen = "crypto" _ "ikev2" _ "policy" _ n:Name End { return { type: 'ikev2-policy', name: n }; }

Ikev2PolicyLine = "proposal" p:(_ @Name)+ End { return { type: 'ikev2-policy-proposal', names: p }; }

Ikev2KeyringOpen = "crypto" _ "ikev2" _ "keyring" _ n:Name End { return { type: 'ikev2-keyring', name: n }; }

Ikev2KeyringLine = "peer" _ n:Name End { return { type: 'ikev2-peer', name: n }; }

Ikev2PeerLine
  = "address" _ a:(IPv4 / IPv6) (_ Mask)? End { return { type: 'peer-address', address: a }; }
  / "address" _ p:IPv6Prefix End { return { type: 'peer-address', address: p.address + '/' + p.length }; }
  / "pre-shared-key" _ d:(@$("local" / "remote") Sep _)? k:TypedSecretRest { return { type: 'peer-psk', direction: d, ...k }; }

Ikev2ProfileOpen = "crypto" _ "ikev2" _ "profile" _ n:Name End { return { type: 'ikev2-profile', name: n }; }

Ikev2ProfileLine
  = "match" _ "identity" _ "remote" _ "address" _ a:(IPv4 / IPv6) (_ Mask)? End { return { type: 'profile-remote-address', address: a }; }
  / "authentication" _ s:$("local" / "remote") Sep _ m:$("pre-share" / "rsa-sig" / "ecdsa-sig" / "eap") Sep k:(_ "key" _ @TypedSecretRest)? End
    { return { type: 'profile-authentication', side: s, method: m, key: k }; }

IpsecProfileOpen = "crypto" _ "ipsec" _ "profile" _ n:Name End { return { type: 'ipsec-profile', name: n }; }

IpsecProfileLine
  = "set" _ "transform-set" t:(_ @Name)+ End { return { type: 'set-transform-set', names: t }; }
  / "set" _ "pfs" g:(_ @PfsGroup)? End { return { type: 'set-pfs', group: g ?? 1 }; }
  / "set" _ "ikev2-profile" _ p:Name End { return { type: 'set-ikev2-profile', profile: p }; }

// ---------------------------------------------------------------------------------------------
// Wireless (autonomous Aironet)
// ---------------------------------------------------------------------------------------------

Dot11SsidOpen = "dot11" _ "ssid" _ n:Rest { return { type: 'dot11-ssid', ssid: n }; }

Dot11SsidLine
  = "vlan" _ v:Int End { return { type: 'ssid-vlan', vlan: v }; }
  / "authentication" _ "open" e:(_ "eap" _ @Name)? (_ "optional")? End { return { type: 'ssid-auth-open', eap: e }; }
  / "authentication" _ "shared" e:(_ "eap" _ @Name)? End { return { type: 'ssid-auth-shared', eap: e }; }
  / "authentication" _ "network-eap" _ l:Name (_ "mac-address" _ Name)? End { return { type: 'ssid-network-eap', list: l }; }
  / "authentication" _ "key-management" _ "wpa" Sep v:(_ "version" _ @Int)? (_ "optional")? End
    { return { type: 'ssid-key-management', version: v }; }
  / "wpa-psk" _ f:$("ascii" / "hex") Sep _ k:TypedSecretWord End { return { type: 'ssid-wpa-psk', format: f, ...k }; }
  / n:No? "guest-mode" End { return { type: 'ssid-guest-mode', enabled: !n }; }
  / n:No? "mbssid" _ "guest-mode" End { return { type: 'ssid-guest-mode', enabled: !n }; }

// Layer-2 guards (NAC-02). Global: `ip dhcp snooping`, `ip dhcp snooping vlan 10,20-30`,
// `ip arp inspection vlan 10`, `spanning-tree portfast [edge] default`,
// `spanning-tree portfast [edge] bpduguard default` (Catalyst IOS configuration guides:
// "Configuring DHCP Features and IP Source Guard", "Configuring Dynamic ARP Inspection", "Configuring Optional Spanning-Tree Features").
L2GuardGlobal
  = n:No? "ip" _ "dhcp" _ "snooping" End { return { type: 'dhcp-snooping', on: !n }; }
  / n:No? "ip" _ "dhcp" _ "snooping" _ "vlan" _ l:VlanList End { return { type: 'dhcp-snooping-vlan', on: !n, vlans: l }; }
  / n:No? "ip" _ "arp" _ "inspection" _ "vlan" _ l:VlanList (_ "logging" (_ Word)*)? End { return { type: 'arp-inspection-vlan', on: !n, vlans: l }; }
  / n:No? "spanning-tree" _ "portfast" (_ "edge")? _ "bpduguard" _ "default" End { return { type: 'bpduguard-default', on: !n }; }
  / n:No? "spanning-tree" _ "portfast" (_ "edge")? _ "default" End { return { type: 'portfast-default', on: !n }; }

// Per port: `ip verify source [port-security | vlan dhcp-snooping [port-security]]`,
// `spanning-tree bpduguard enable|disable`, `spanning-tree portfast [edge]`, `ip dhcp snooping trust`, `ip arp inspection trust`.
L2GuardPort
  = n:No? "ip" _ "verify" _ "source" (_ Word)* End { return { type: 'ip-source-guard', on: !n }; }
  / "spanning-tree" _ "bpduguard" _ v:$("enable" / "disable") End { return { type: 'bpduguard', on: v === 'enable' }; }
  / "no" _ "spanning-tree" _ "bpduguard" (_ Word)? End { return { type: 'bpduguard', on: false }; }
  / n:No? "spanning-tree" _ "portfast" (_ "edge")? End { return { type: 'portfast', on: !n }; }
  / n:No? "ip" _ "dhcp" _ "snooping" _ "trust" End { return { type: 'dhcp-snooping-trust', on: !n }; }
  / n:No? "ip" _ "arp" _ "inspection" _ "trust" End { return { type: 'arp-inspection-trust', on: !n }; }

// Unicast RPF on an interface (BND-03): `ip verify unicast source reachable-via rx|any [allow-default]
// [allow-self-ping] [ACL]`; `rx` is strict mode, `any` loose; the older `ip verify unicast reverse-path`
// is strict (Cisco IOS Security Configuration Guide, "Unicast Reverse Path Forwarding"; CIS Cisco IOS
// Benchmark 3.1.4). `no ip verify unicast …` stays ignored: it only removes the check.
ReversePathCheck
  = "ip" _ "verify" _ "unicast" _ "source" _ "reachable-via" _ m:$("rx" / "any") (_ Word)* End { return { type: 'reverse-path-check', mode: m === 'rx' ? 'strict' : 'loose' }; }
  / "ip" _ "verify" _ "unicast" _ "reverse-path" (_ Word)* End { return { type: 'reverse-path-check', mode: 'strict' }; }
