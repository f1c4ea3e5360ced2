// NEC UNIVERGE IX configuration (`show running-config`), ONE LINE AT A TIME.
//
// The TypeScript side (src/parsers/nec-ix/) splits the file into lines, strips the indentation,
// tracks the mode a line belongs to (`interface X`, `ikev2 profile P`, `ppp profile P`: the lines of
// a mode are indented under its header, vendor-syntax.md §2) and calls the start rule of that mode:
// `GlobalLine`, `InterfaceLine`, `Ikev2ProfileLine` or `PppProfileLine`.
//
// Every rule returns a small plain object `{ type: '…', … }`. Secret values (passwords, keys,
// communities, PSKs) are returned as `{ secret: true, value, start, end }` so the converter can both
// store them (makeSecret) and redact exactly those columns from the evidence text.
//
// Commands the audit does not need are NOT here: they are listed, with the reason, in
// src/parsers/nec-ix/ignored.ts and never reach the grammar. Algorithm and group words are kept as
// words here and resolved against the tables in src/parsers/nec-ix/ipsec-names.ts.

{{
  function secret(value, where) {
    return { secret: true, value, start: where.start, end: where.end };
  }
}}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

_ "space" = [ \t]+

Sep = ![^ \t]

End "end of line" = _? !.

Word "word" = $[^ \t]+

Rest "text" = $(.+)

Digits = $[0-9]+

Int "number" = d:Digits Sep { return parseInt(d, 10); }

Octet = "25" [0-5] / "2" [0-4] [0-9] / "1" [0-9] [0-9] / [1-9] [0-9] / [0-9]

IPv4 "IPv4 address" = a:$(Octet "." Octet "." Octet "." Octet) Sep { return a; }

IPv6 "IPv6 address" = a:$([0-9a-fA-F]* ":" [0-9a-fA-F:.]*) Sep { return a; }

PrefixLength = d:Digits { return parseInt(d, 10); }

// 10.0.0.1/24 or 10.0.0.1 255.255.255.0 (both forms appear in IX configs).
IPv4Prefix "IPv4 prefix"
  = a:$(Octet "." Octet "." Octet "." Octet) "/" l:PrefixLength Sep { return { address: a, length: l }; }
  / a:IPv4 _ m:IPv4 { return { address: a, mask: m }; }

IPv6Prefix "IPv6 prefix" = a:$([0-9a-fA-F]* ":" [0-9a-fA-F:.]*) "/" l:PrefixLength Sep { return { address: a, length: l }; }

SecretWord "secret" = v:Word { return secret(v, range()); }

// Interface names: GigaEthernet0.0, GigaEthernet2.10, FastEthernet0/1.0 (IX2000 series), Tunnel0.0,
// Loopback0.0, BVI1, Null0.0 …
IfName "interface name" = n:$([A-Za-z] [A-Za-z-]* [0-9]+ ("/" [0-9]+)? ("." [0-9]+)?) Sep { return n; }

Direction = d:("in" / "out") Sep { return d; }

Name "name" = Word

// ---------------------------------------------------------------------------------------------
// Global configuration lines
// ---------------------------------------------------------------------------------------------

GlobalLine
  = InterfaceHeader
  / Ikev2ProfileHeader
  / PppProfileHeader
  / Hostname
  / Timezone
  / Username
  / ServerEnable
  / ServerAccessList
  / TerminalTimeout
  / LoggingTimestamp
  / SyslogEnable
  / SyslogHost
  / SyslogTimestamp
  / NtpEnable
  / NtpServer
  / SnmpEnable
  / SnmpCommunity
  / SnmpHost
  / Route
  / AccessListDynamic
  / AccessList
  / IkeProposal
  / IkePolicy
  / IpsecAutokeyProposal
  / IpsecAutokeyMap
  / Ikev2Psk

InterfaceHeader = "interface" _ name:IfName End { return { type: 'interface', name }; }

Ikev2ProfileHeader = "ikev2" _ "profile" _ name:Name End { return { type: 'ikev2-profile', name }; }

PppProfileHeader = "ppp" _ "profile" _ name:Name End { return { type: 'ppp-profile', name }; }

Hostname = "hostname" _ name:Name End { return { type: 'hostname', name }; }

// timezone +09 00 | timezone -05 30 | timezone jst
Timezone
  = "timezone" _ sign:[+-] h:$([0-9] [0-9]?) _ m:$([0-9] [0-9]?) End { return { type: 'timezone', sign, hours: parseInt(h, 10), minutes: parseInt(m, 10) }; }
  / "timezone" _ name:Name End { return { type: 'timezone', name }; }

// username U password plain|hash [N] PW [administrator]. The number is optional; a line with one
// word before `administrator` has no number (`plain 1234 administrator` is the password 1234).
Username
  = "username" _ name:Name _ "password" _ form:("plain" / "hash") _ value:SecretWord admin:(_ @"administrator")? End
    { return { type: 'username', name, form, value, admin: admin !== null }; }
  / "username" _ name:Name _ "password" _ form:("plain" / "hash") _ Digits _ value:SecretWord admin:(_ @"administrator")? End
    { return { type: 'username', name, form, value, admin: admin !== null }; }

Server = s:("telnet-server" / "ssh-server" / "http-server") Sep { return s; }

// [no] telnet-server|ssh-server|http-server ip enable
ServerEnable = no:("no" _)? server:Server _ "ip" _ "enable" End { return { type: 'server-enable', server, on: no === null }; }

// ssh-server ip access-list ACL
ServerAccessList = server:Server _ "ip" _ "access-list" _ acl:Name End { return { type: 'server-access-list', server, acl }; }

TerminalTimeout = "terminal" _ "timeout" _ seconds:Int End { return { type: 'terminal-timeout', seconds }; }

LoggingTimestamp = "logging" _ "timestamp" _ v:Word End { return { type: 'log-timestamp', value: v }; }

SyslogEnable = no:("no" _)? "syslog" _ "ip" _ "enable" End { return { type: 'syslog-enable', on: no === null }; }

SyslogHost = "syslog" _ "ip" _ "host" _ address:IPv4 End { return { type: 'syslog-host', address }; }

SyslogTimestamp = "syslog" _ "timestamp" _ v:Word End { return { type: 'log-timestamp', value: v }; }

NtpEnable = no:("no" _)? "ntp" _ "ip" _ "enable" End { return { type: 'ntp-enable', on: no === null }; }

NtpServer = "ntp" _ "server" _ address:(IPv4 / IPv6) rest:(_ @Rest)? End { return { type: 'ntp-server', address }; }

SnmpEnable = no:("no" _)? "snmp-agent" _ "ip" _ "enable" End { return { type: 'snmp-enable', on: no === null }; }

// snmp-agent ip community C [ACL] [ro|rw]
SnmpCommunity
  = "snmp-agent" _ "ip" _ "community" _ value:SecretWord acl:(_ !(("ro" / "rw") End) @Name)? access:(_ @("ro" / "rw"))? End
    { return { type: 'snmp-community', value, acl, access: access ?? 'ro' }; }

// snmp-agent ip host A C [version 1|2]
SnmpHost
  = "snmp-agent" _ "ip" _ "host" _ address:IPv4 _ value:SecretWord version:(_ "version" _ @Digits)? End
    { return { type: 'snmp-host', address, value, version }; }

// ip route default|P/N NEXTHOP|IF [dhcp] [distance N]; ipv6 route likewise
Route
  = family:("ip" { return 4; } / "ipv6" { return 6; }) _ "route" _ dest:RouteDest _ via:RouteVia dhcp:(_ @"dhcp")? distance:(_ "distance" _ @Int)? End
    { return { type: 'route', family, dest, via, distance }; }

RouteDest
  = "default" Sep { return { kind: 'default' }; }
  / p:IPv6Prefix { return { kind: 'prefix', ...p, family: 6 }; }
  / p:IPv4Prefix { return { kind: 'prefix', ...p, family: 4 }; }

RouteVia
  = a:IPv4 { return { address: a }; }
  / a:IPv6 { return { address: a }; }
  / n:IfName { return { iface: n }; }

// ---------------------------------------------------------------------------------------------
// Access lists (vendor-syntax.md §2): ip access-list NAME permit|deny PROTO src S [sport P] dest D [dport P]
// ---------------------------------------------------------------------------------------------

AccessList
  = family:AclFamily _ "access-list" _ !("dynamic" Sep) name:Name _ action:("permit" / "deny") _ proto:Word _ "src" _ src:AclAddress sport:(_ "sport" _ @PortSpec)? _ "dest" _ dst:AclAddress dport:(_ "dport" _ @PortSpec)? End
    { return { type: 'access-list', family, name, action, proto, src, dst, sport, dport }; }

// ip access-list dynamic NAME access TRIGGER [options …]
AccessListDynamic
  = family:AclFamily _ "access-list" _ "dynamic" _ name:Name _ "access" _ trigger:Name options:(_ @Rest)? End
    { return { type: 'access-list-dynamic', family, name, trigger }; }

AclFamily = "ip" Sep { return 4; } / "ipv6" Sep { return 6; }

AclAddress
  = "any" Sep { return { kind: 'any' }; }
  / p:IPv6Prefix { return { kind: 'prefix', ...p, family: 6 }; }
  / a:$(Octet "." Octet "." Octet "." Octet) "/" l:PrefixLength Sep { return { kind: 'prefix', address: a, length: l, family: 4 }; }
  / a:IPv4 { return { kind: 'prefix', address: a, length: 32, family: 4 }; }
  / a:IPv6 { return { kind: 'prefix', address: a, length: 128, family: 6 }; }

PortSpec
  = "any" Sep { return { op: 'any' }; }
  / "range" _ from:Word _ to:Word { return { op: 'range', from, to }; }
  / op:("eq" / "gt" / "lt" / "ge" / "le" / "ne") _ port:Word { return { op, port }; }

// ---------------------------------------------------------------------------------------------
// IKEv1 / IPsec (vendor-syntax.md §2)
// ---------------------------------------------------------------------------------------------

// ike proposal P encryption E hash H [group G] [lifetime N]
IkeProposal
  = "ike" _ "proposal" _ name:Name settings:(_ @IkeProposalSetting)* End { return { type: 'ike-proposal', name, settings }; }

IkeProposalSetting
  = "encryption" _ value:Word { return { key: 'encryption', value }; }
  / "hash" _ value:Word { return { key: 'hash', value }; }
  / "group" _ value:Word { return { key: 'group', value }; }
  / "lifetime" _ value:Digits Sep { return { key: 'lifetime', value }; }

// ike policy POL peer A|any key PSK [mode aggressive|main] PROPOSAL
IkePolicy
  = "ike" _ "policy" _ name:Name _ "peer" _ peer:(IPv4 / IPv6 / @"any" Sep) _ "key" _ form:(@("char" / "hex") _)? key:SecretWord mode:(_ "mode" _ @("aggressive" / "main"))? _ proposal:Name End
    { return { type: 'ike-policy', name, peer, key, mode, proposal }; }

// ipsec autokey-proposal P esp-… esp-… [lifetime time N] [lifetime data N]
IpsecAutokeyProposal
  = "ipsec" _ "autokey-proposal" _ name:Name algs:(_ !"lifetime" @Word)+ rest:(_ "lifetime" _ @Rest)? End
    { return { type: 'ipsec-autokey-proposal', name, algs }; }

// ipsec autokey-map MAP ACL peer A|any PROPOSAL… [pfs G] [ike POL] …
IpsecAutokeyMap
  = "ipsec" _ "autokey-map" _ name:Name _ acl:Name _ "peer" _ peer:(IPv4 / IPv6 / @"any" Sep) proposals:(_ !("pfs" / "ike" / "sa") @Name)+ pfs:(_ "pfs" _ @Word)? rest:(_ @Rest)? End
    { return { type: 'ipsec-autokey-map', name, acl, peer, proposals, pfs }; }

// ikev2 authentication psk id keyid|fqdn|ipv4 ID key char|hex PSK
Ikev2Psk
  = "ikev2" _ "authentication" _ "psk" _ "id" _ idType:Word _ id:Word _ "key" _ form:(@("char" / "hex") _)? key:SecretWord End
    { return { type: 'ikev2-psk', idType, id, key }; }

// ---------------------------------------------------------------------------------------------
// Interface mode
// ---------------------------------------------------------------------------------------------

InterfaceLine
  = IfDescription
  / IfAddress
  / IfNoAddress
  / IfUnnumbered
  / IfShutdown
  / IfEncapsulation
  / IfPppBinding
  / IfFilter
  / IfNaptEnable
  / IfNaptStatic
  / IfNaptService
  / IfBridgeGroup
  / IfProxyArp
  / TunnelMode
  / TunnelEndpoint
  / IpsecPolicyTunnel
  / Ikev2Binding
  / Ikev2Peer
  / Ikev2OutgoingInterface

IfDescription = "description" _ text:Rest { return { type: 'description', text: text.trim() }; }

// ip address A/N | A M [secondary] | dhcp [receive-default] | ipcp ; ipv6 address X/N
IfAddress
  = "ip" _ "address" _ "dhcp" rest:(_ @Rest)? End { return { type: 'if-address', dynamic: 'dhcp' }; }
  / "ip" _ "address" _ "ipcp" End { return { type: 'if-address', dynamic: 'negotiated' }; }
  / "ip" _ "address" _ p:IPv4Prefix secondary:(_ @"secondary")? End { return { type: 'if-address', family: 4, prefix: p, secondary: secondary !== null }; }
  / "ipv6" _ "address" _ p:IPv6Prefix rest:(_ @Rest)? End { return { type: 'if-address', family: 6, prefix: p, secondary: false }; }

IfNoAddress = "no" _ ("ip" / "ipv6") _ "address" End { return { type: 'ignored' }; }

IfUnnumbered = "ip" _ "unnumbered" _ iface:IfName End { return { type: 'unnumbered', iface }; }

IfShutdown = no:("no" _)? "shutdown" End { return { type: 'shutdown', on: no === null }; }

// encapsulation dot1q N [tpid 8100] | pppoe | ppp
IfEncapsulation
  = "encapsulation" _ "dot1q" _ vlan:Int rest:(_ @Rest)? End { return { type: 'encapsulation', kind: 'dot1q', vlan }; }
  / "encapsulation" _ kind:("pppoe" / "ppp") End { return { type: 'encapsulation', kind }; }

IfPppBinding = "ppp" _ "binding" _ profile:Name End { return { type: 'ppp-binding', profile }; }

// ip filter NAME SEQ in|out ; ipv6 filter NAME SEQ in|out
IfFilter = family:AclFamily _ "filter" _ name:Name _ seq:Int _ direction:Direction End { return { type: 'if-filter', family, name, seq, direction }; }

IfNaptEnable = "ip" _ "napt" _ "enable" End { return { type: 'napt-enable' }; }

// ip napt static TARGET [PROTO] [INSIDE-IP] [PORT [OUTSIDE-PORT]] — TARGET: the interface (the router
// itself) or an inside address; PROTO: tcp, udp, icmp or a protocol number (`50` = ESP).
IfNaptStatic
  = "ip" _ "napt" _ "static" _ target:(IPv4 / IfName) _ proto:Word inside:(_ @IPv4)? ports:(_ @Digits)|0..2, _| End
    { return { type: 'napt-static', target, proto, inside, ports: ports.map(Number) }; }

// ip napt service NAME INSIDE-IP OUTSIDE-IP|none PROTO PORT [PORT]
IfNaptService
  = "ip" _ "napt" _ "service" _ name:Name _ inside:IPv4 _ outside:(IPv4 / @"none" Sep) _ proto:Word ports:(_ @Digits)|1..2| End
    { return { type: 'napt-service', name, inside, outside, proto, ports: ports.map(Number) }; }

IfBridgeGroup = "bridge-group" _ group:Int End { return { type: 'bridge-group', group }; }

IfProxyArp = no:("no" _)? "ip" _ "proxy-arp" End { return { type: 'proxy-arp', on: no === null }; }

// tunnel mode ipsec | ipsec-ikev2 | gre | …
TunnelMode = "tunnel" _ "mode" _ mode:Rest { return { type: 'tunnel-mode', mode: mode.trim() }; }

TunnelEndpoint
  = "tunnel" _ which:("source" / "destination") _ value:(IPv4 / IPv6 / IfName / Word) End { return { type: 'tunnel-endpoint', which, value }; }

// ipsec policy tunnel MAP [out] (older configs omit the direction)
IpsecPolicyTunnel = "ipsec" _ "policy" _ "tunnel" _ map:Name direction:(_ @Direction)? End { return { type: 'ipsec-policy-tunnel', map, direction: direction ?? 'out' }; }

Ikev2Binding = "ikev2" _ "binding" _ profile:Name End { return { type: 'ikev2-binding', profile }; }

// ikev2 peer A|any authentication psk id keyid ID ; ikev2 peer-fqdn-ipv4 FQDN authentication …
Ikev2Peer
  = "ikev2" _ "peer" _ peer:(IPv4 / IPv6 / @"any" Sep) _ "authentication" _ auth:Word rest:(_ @Rest)? End
    { return { type: 'ikev2-peer', peer, auth }; }
  / "ikev2" _ "peer-fqdn-ipv4" _ peer:Name _ "authentication" _ auth:Word rest:(_ @Rest)? End
    { return { type: 'ikev2-peer', peer, auth }; }

Ikev2OutgoingInterface = "ikev2" _ "outgoing-interface" _ iface:IfName End { return { type: 'tunnel-endpoint', which: 'source', value: iface }; }

// ---------------------------------------------------------------------------------------------
// ikev2 profile mode
// ---------------------------------------------------------------------------------------------

Ikev2ProfileLine
  = "sa-proposal" _ what:("enc" / "integrity" / "dh" / "prf") values:(_ @Word)+ End { return { type: 'ikev2-sa-proposal', what, values }; }
  / "child-proposal" _ what:("enc" / "integrity") values:(_ @Word)+ End { return { type: 'ikev2-child-proposal', what, values }; }
  / "child-pfs" _ value:Word End { return { type: 'ikev2-child-pfs', value }; }
  / "ipsec-mode" _ mode:("tunnel" / "transport") End { return { type: 'ikev2-ipsec-mode', mode }; }

// ---------------------------------------------------------------------------------------------
// ppp profile mode: the router's own account at its provider (secret redacted, nothing modelled)
// ---------------------------------------------------------------------------------------------

PppProfileLine
  = "authentication" _ "myname" _ user:Word End { return { type: 'ppp-myname' }; }
  / "authentication" _ "password" _ user:Word _ value:SecretWord End { return { type: 'ppp-password', value }; }
