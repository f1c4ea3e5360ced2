// Allied Telesis AlliedWare Plus (AW+) configuration (`show running-config`), ONE LINE AT A TIME.
//
// The TypeScript side (src/parsers/alliedtelesis-awplus/) splits the file into lines, strips the
// indentation and trailing blanks, keeps track of the mode by indentation (`interface …`, `line vty`,
// `vlan database`, `access-list hardware NAME`, `zone`, `application`, `firewall`, `nat`) and calls
// the start rule of that mode: TopLine, InterfaceLine, LineModeLine, VlanDbLine, AclEntryLine,
// ZoneLine, ApplicationLine, FirewallLine, NatLine.
//
// Every rule returns a small plain object `{ type: '…', … }`. Secret values (passwords, keys,
// communities) are returned as `{ secret: true, value, start, end }` so the converter can both store
// them (makeSecret) and redact exactly those columns from the evidence text.
//
// Commands the audit does not need are NOT here: they are listed, with the reason, in
// src/parsers/alliedtelesis-awplus/ignored.ts and never reach the grammar.

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

IPv4Raw = $(Octet "." Octet "." Octet "." Octet)

IPv6Raw = $([0-9a-fA-F]* ":" [0-9a-fA-F:.]*)

PrefixLength = d:Digits &{ return parseInt(d, 10) <= 128; } { return parseInt(d, 10); }

Prefix4 "IPv4 prefix" = a:IPv4Raw "/" l:PrefixLength Sep &{ return l <= 32; } { return { address: a, length: l, family: 4 }; }

Prefix6 "IPv6 prefix" = a:IPv6Raw "/" l:PrefixLength Sep { return { address: a, length: l, family: 6 }; }

Host "address" = a:IPv4 { return { address: a, family: 4 }; } / a:IPv6Raw Sep { return { address: a, family: 6 }; }

SecretWord "secret" = v:Word { return secret(v, range()); }

Mac "MAC address" = m:$([0-9a-fA-F]|4| "." [0-9a-fA-F]|4| "." [0-9a-fA-F]|4|) Sep { return m; }

// Interface names and lists as AW+ prints them: `port1.0.1`, `port1.0.1-1.0.24`, `po7-8`, `vlan10`,
// `sa1`, `eth1`, `lo`, and comma-separated lists of those. Expanded in TypeScript (interface-names.ts).
IfList "interface list" = $[^ \t]+

// ---------------------------------------------------------------------------------------------
// Global configuration lines
// ---------------------------------------------------------------------------------------------

TopLine
  = Hostname
  / InterfaceHead
  / LineHead
  / VlanDatabaseHead
  / HardwareAclHead
  / SoftwareAclHead
  / NumberedAcl
  / NamedInlineAcl
  / IpRoute
  / Username
  / EnablePassword
  / ServiceLine
  / ServicePasswordEncryption
  / SshVersion
  / SnmpServer
  / NtpServer
  / NtpAuthKey
  / LogHost
  / ClockTimezone
  / Banner
  / AaaAuthentication
  / AaaLockout
  / RadiusServerHost
  / RadiusServerKey
  / TacacsServerHost
  / SecurityPasswordMinLength
  / DomainLookup
  / ZoneHead
  / ApplicationHead
  / FirewallHead
  / NatHead

Hostname = "hostname" _ name:Word End { return { type: 'hostname', name }; }

InterfaceHead = "interface" _ names:IfList End { return { type: 'interface', names }; }

// line con 0 | line vty 0 4
LineHead
  = "line" _ kind:("console" / "con" / "vty" / "aux") Sep _ first:Int last:(_ @Int)? End
    { return { type: 'line', kind: kind === 'con' || kind === 'console' ? 'console' : kind, first, last }; }

VlanDatabaseHead = "vlan" _ "database" End { return { type: 'vlan-database' }; }

// access-list hardware NAME   (entries follow, indented)
HardwareAclHead = "access-list" _ "hardware" _ name:Word End { return { type: 'acl-head', flavour: 'hardware', name }; }

// ip access-list standard|extended NAME   (entries follow, indented)
SoftwareAclHead
  = "ip" _ "access-list" _ flavour:("standard" / "extended") _ name:Word End
    { return { type: 'acl-head', flavour, name }; }

// access-list 3000 permit ip any any | access-list 4000 deny any any | access-list 10 permit any
NumberedAcl
  = "access-list" _ num:Int _ entry:AclBody { return { type: 'acl-numbered', num, entry }; }

// access-list standard NAME permit 10.0.0.0/8 | access-list extended NAME deny ip any any
NamedInlineAcl
  = "access-list" _ flavour:("standard" / "extended") _ name:Word _ entry:AclBody
    { return { type: 'acl-named-inline', flavour, name, entry }; }

// ip route 0.0.0.0/0 192.0.2.1 [distance] | ip route 10.0.0.0 255.0.0.0 192.0.2.1 | … vlan10
IpRoute
  = "ip" _ "route" _ p:Prefix4 _ via:RouteVia distance:(_ @Int)? End
    { return { type: 'route', prefix: p, via, distance }; }
  / "ip" _ "route" _ a:IPv4 _ m:IPv4 _ via:RouteVia distance:(_ @Int)? End
    { return { type: 'route', prefix: { address: a, mask: m, family: 4 }, via, distance }; }
  / "ipv6" _ "route" _ p:Prefix6 _ via:RouteVia distance:(_ @Int)? End
    { return { type: 'route', prefix: p, via, distance }; }

RouteVia
  = a:IPv4 iface:(_ !Int @Word)? { return { nextHop: a, iface }; }
  / a:IPv6Raw Sep iface:(_ !Int @Word)? { return { nextHop: a, iface }; }
  / "null" Sep { return { iface: 'null' }; }
  / iface:Word { return { iface }; }

// username NAME [privilege N] password [8] X
Username
  = "username" _ name:Word privilege:(_ "privilege" _ @Int)? _ "password" hashed:(_ "8" Sep)? _ value:SecretWord End
    { return { type: 'username', name, privilege, hashed: hashed !== null, value }; }
  / "username" _ name:Word _ "privilege" _ privilege:Int End
    { return { type: 'username', name, privilege, hashed: false, value: null }; }

// enable password [level N] [8] X | enable secret [8] X
EnablePassword
  = "enable" _ form:("password" / "secret") level:(_ "level" _ @Int)? hashed:(_ "8" Sep)? _ value:SecretWord End
    { return { type: 'enable-password', form, level, hashed: hashed !== null, value }; }

// service ssh|telnet|http|https|dhcp-server … / no service …
ServiceLine
  = no:("no" _)? "service" _ name:("ssh" / "telnet" / "http" / "https" / "dhcp-server" / "tftp" / "ftp") Sep family:(_ @("ipv6" / "ip"))? End
    { return { type: 'service', name, enabled: no === null, family }; }

ServicePasswordEncryption
  = no:("no" _)? "service" _ "password-encryption" End { return { type: 'password-encryption', enabled: no === null }; }

// ssh server v2only | ssh server v1 | no ssh server v2only
SshVersion
  = no:("no" _)? "ssh" _ "server" _ v:("v2only" / "v1") End { return { type: 'ssh-version', version: no === null && v === 'v2only' ? 2 : null }; }

// snmp-server | no snmp-server | snmp-server community C [ro|rw] [ACL] | snmp-server host A [version v] [traps|informs] C
// | snmp-server group G v3 auth|noauth|priv … | snmp-server user U G [auth md5|sha X] [priv des|aes X] …
SnmpServer
  = no:("no" _)? "snmp-server" End { return { type: 'snmp-enable', enabled: no === null }; }
  / "snmp-server" _ "community" _ value:SecretWord access:(_ @("ro" / "rw") Sep)? acl:(_ @Word)? End
    { return { type: 'snmp-community', value, access: access ?? 'ro', acl }; }
  / "snmp-server" _ "host" _ address:Host kind:(_ @("traps" / "informs") Sep)? version:(_ "version" _ @("1" / "2c" / "3") Sep)? level:(_ @("noauth" / "auth" / "priv") Sep)? _ value:SecretWord End
    { return { type: 'snmp-host', address: address.address, version, value }; }
  / "snmp-server" _ "group" _ name:Word (_ "v3")? _ level:("noauth" / "auth" / "priv") Sep views:(_ @SnmpView)* End
    { return { type: 'snmp-group', name, level }; }
  / "snmp-server" _ "user" _ name:Word _ group:Word encrypted:(_ "encrypted" Sep)? auth:(_ "auth" _ @Word _ @SecretWord)? priv:(_ "priv" _ @Word _ @SecretWord)? End
    { return { type: 'snmp-user', name, group, encrypted: encrypted !== null, auth, priv }; }

// read|write|notify VIEW of an SNMPv3 group.
SnmpView = ("read" / "write" / "notify") _ Word

// ntp server A [prefer|key N|version N]* | ntp peer A …
NtpServer = "ntp" _ ("server" / "peer") _ address:Word rest:(_ Rest)? { return { type: 'ntp-server', address }; }

// ntp authentication-key N md5 X [trusted]
NtpAuthKey
  = "ntp" _ "authentication-key" _ Int _ Word _ value:SecretWord rest:(_ Rest)? { return { type: 'ntp-key', value }; }
  / "ntp" _ "authenticate" End { return { type: 'ntp-authenticate' }; }

// log host A [level L] [facility F] …
LogHost
  = "log" _ "host" _ address:Word level:(_ "level" _ @Word)? rest:(_ Rest)? { return { type: 'log-host', address, level }; }

// clock timezone NAME plus|minus H[:MM]
ClockTimezone
  = "clock" _ "timezone" _ name:Word _ sign:("plus" / "minus") _ h:Digits m:(":" @Digits)? End
    { return { type: 'timezone', name, sign, hours: parseInt(h, 10), minutes: m === null ? 0 : parseInt(m, 10) }; }

// banner motd TEXT | banner login TEXT | banner exec TEXT (one line; AW+ keeps banners on one line)
Banner = "banner" _ kind:("motd" / "login" / "exec") _ text:Rest { return { type: 'banner', kind, text }; }

// aaa authentication login|enable|dot1x|auth-mac|auth-web default|NAME METHOD…
AaaAuthentication
  = "aaa" _ kind:("authentication" / "authorization" / "accounting") _ service:Word _ list:Word methods:(_ @Word)+ End
    { return { type: 'aaa-method', kind, service, list, methods }; }

// aaa local authentication attempts max-fail N | … lockout-time S
AaaLockout
  = "aaa" _ "local" _ "authentication" _ "attempts" _ what:("max-fail" / "lockout-time") _ value:Int End
    { return { type: 'aaa-lockout', what, value }; }

// radius-server host A [auth-port N] [acct-port N] [timeout N] [retransmit N] [key X]
RadiusServerHost
  = "radius-server" _ "host" _ address:Word opts:(_ @RadiusOption)* End { return { type: 'radius-host', address, opts }; }

// `key 8 X` is the encrypted form AW+ writes under `service password-encryption`.
RadiusOption
  = "key" _ "8" _ value:SecretWord { return { key: value, encrypted: true }; }
  / "key" _ value:SecretWord { return { key: value, encrypted: false }; }
  / name:("auth-port" / "acct-port" / "timeout" / "retransmit") _ Int { return {}; }

RadiusServerKey = "radius-server" _ "key" encrypted:(_ "8" Sep)? _ value:SecretWord End { return { type: 'radius-key', value, encrypted: encrypted !== null }; }

TacacsServerHost
  = "tacacs-server" _ "host" _ address:Word key:(_ "key" encrypted:(_ "8" Sep)? _ value:SecretWord { return { value, encrypted: encrypted !== null }; })? End
    { return { type: 'tacacs-host', address, key }; }

SecurityPasswordMinLength
  = "security-password" _ "minimum-length" _ value:Int End { return { type: 'password-min-length', value }; }

DomainLookup = no:("no" _)? "ip" _ "domain-lookup" End { return { type: 'domain-lookup', enabled: no === null }; }

// AR-series firewall (AW+): `zone NAME`, `application NAME`, `firewall`, `nat` open blocks.
ZoneHead = "zone" _ name:Word End { return { type: 'zone', name }; }
ApplicationHead = "application" _ name:Word End { return { type: 'application', name }; }
FirewallHead = "firewall" End { return { type: 'firewall' }; }
NatHead = "nat" End { return { type: 'nat' }; }

// ---------------------------------------------------------------------------------------------
// ACL entries (numbered, named inline, and the entries of `access-list hardware NAME`)
// ---------------------------------------------------------------------------------------------

AclEntryLine
  = seq:(@Int _)? entry:AclBody { return { type: 'acl-entry', seq, entry }; }

// Actions: hardware ACLs know more than permit/deny (AW+ Software Reference, "Actions for Hardware ACLs").
AclAction "ACL action"
  = a:("permit" / "deny" / "copy-to-cpu" / "send-to-cpu" / "copy-to-mirror" / "send-to-mirror") Sep { return a; }

AclBody
  = "remark" _ text:Rest { return { kind: 'remark', text }; }
  / action:AclAction _ "mac" _ src:MacAddr _ dst:MacAddr extra:AclExtras End { return { kind: 'mac', action, src, dst, extra }; }
  / action:AclAction _ proto:IpProto _ src:Address sport:(_ @Ports)? _ dst:Address dport:(_ @Ports)? extra:AclExtras End
    { return { kind: 'ip', action, proto, src, dst, sport, dport, extra }; }
  / action:AclAction _ src:MacAddr _ dst:MacAddr extra:AclExtras End { return { kind: 'mac', action, src, dst, extra }; }
  / action:AclAction _ src:Address End { return { kind: 'standard', action, src }; }

IpProto
  = p:("ip" / "tcp" / "udp" / "icmp") Sep { return p; }
  / "proto" _ n:Int { return n; }

// any | host A | A/L | A WILDCARD   (AW+: "A.B.C.D A.B.C.D" — 192.168.1.1 0.0.0.0 is /32, … 255.255.255.255 is any)
Address
  = "any" Sep { return { kind: 'any' }; }
  / "host" _ a:IPv4 { return { kind: 'prefix', address: a, length: 32 }; }
  / p:Prefix4 { return { kind: 'prefix', address: p.address, length: p.length }; }
  / a:IPv4 _ w:IPv4 { return { kind: 'wildcard', address: a, wildcard: w }; }
  / a:IPv4 { return { kind: 'prefix', address: a, length: 32 }; }

MacAddr
  = "any" Sep { return { kind: 'any' }; }
  / m:Mac _ w:Mac { return { kind: 'mac', mac: m, wildcard: w }; }
  / "host" _ m:Mac { return { kind: 'mac', mac: m, wildcard: null }; }

Ports
  = op:("eq" / "lt" / "gt" / "ne") _ n:PortNumber { return { op, ports: [n] }; }
  / "range" _ a:PortNumber _ b:PortNumber { return { op: 'range', ports: [a, b] }; }

PortNumber = n:Int &{ return n <= 65535; } { return n; }

AclExtras = items:(_ @AclExtra)* { return items; }

AclExtra
  = "icmp-type" _ n:Int { return { icmpType: n }; }
  / "vlan" _ n:Int { return { vlan: n }; }
  / "log" Sep { return { log: true }; }

// ---------------------------------------------------------------------------------------------
// Interface mode
// ---------------------------------------------------------------------------------------------

InterfaceLine
  = "switchport" _ "mode" _ mode:("access" / "trunk") End { return { type: 'sw-mode', mode }; }
  / "switchport" _ "access" _ "vlan" _ vlan:Int End { return { type: 'sw-access-vlan', vlan }; }
  / "switchport" _ "voice" _ "vlan" _ vlan:Int End { return { type: 'sw-voice-vlan', vlan }; }
  / "switchport" _ "trunk" _ "allowed" _ "vlan" _ how:TrunkAllowed End { return { type: 'sw-trunk-allowed', ...how }; }
  / "switchport" _ "trunk" _ "native" _ "vlan" _ v:(Int / @"none" Sep) End { return { type: 'sw-native-vlan', vlan: v }; }
  / "switchport" _ "port-security" End { return { type: 'port-security', enabled: true }; }
  / "no" _ "switchport" _ "port-security" End { return { type: 'port-security', enabled: false }; }
  / "switchport" _ "port-security" _ "maximum" _ value:Int End { return { type: 'port-security-maximum', value }; }
  / "switchport" _ "port-security" _ "violation" _ value:("protect" / "restrict" / "shutdown") End { return { type: 'port-security-violation', value }; }
  / "switchport" End { return { type: 'switchport', enabled: true }; }
  / "no" _ "switchport" End { return { type: 'switchport', enabled: false }; }
  / "shutdown" End { return { type: 'shutdown', value: true }; }
  / "no" _ "shutdown" End { return { type: 'shutdown', value: false }; }
  / "description" _ text:Rest { return { type: 'description', text }; }
  / "ip" _ "address" _ p:Prefix4 secondary:(_ @"secondary" Sep)? End { return { type: 'ip-address', prefix: p, secondary: secondary !== null }; }
  / "ip" _ "address" _ "dhcp" End { return { type: 'ip-dhcp' }; }
  / "ipv6" _ "address" _ p:Prefix6 End { return { type: 'ip-address', prefix: p, secondary: false }; }
  / "static-channel-group" _ n:Int rest:(_ Rest)? { return { type: 'channel-group', name: 'sa' + n }; }
  / "channel-group" _ n:Int rest:(_ Rest)? { return { type: 'channel-group', name: 'po' + n }; }
  / kind:(@("ip" / "mac" / "ipv6") _)? "access-group" _ name:Word End { return { type: 'access-group', kind, name }; }
  / "dot1x" _ "port-control" _ value:("auto" / "force-authorized" / "force-unauthorized") End { return { type: 'dot1x-port-control', value }; }
  / "auth-mac" _ "enable" End { return { type: 'auth-enable', method: 'mab' }; }
  / "auth-web" _ "enable" End { return { type: 'auth-enable', method: 'web' }; }
  / "auth" _ "host-mode" _ value:Word End { return { type: 'auth-host-mode', value }; }

TrunkAllowed
  = "all" Sep { return { how: 'all' }; }
  / "none" Sep { return { how: 'none' }; }
  / how:("add" / "remove" / "except") _ list:Word { return { how, list }; }
  / list:$[0-9,-]+ Sep { return { how: 'set', list }; }

// ---------------------------------------------------------------------------------------------
// Other modes
// ---------------------------------------------------------------------------------------------

LineModeLine
  = "exec-timeout" _ minutes:Int seconds:(_ @Int)? End { return { type: 'exec-timeout', minutes, seconds: seconds ?? 0 }; }
  / "no" _ "exec-timeout" End { return { type: 'exec-timeout', minutes: 0, seconds: 0 }; }
  / "access-class" _ name:Word End { return { type: 'access-class', name }; }
  / "login" _ "authentication" _ list:Word End { return { type: 'login', how: 'aaa', list }; }
  / "login" End { return { type: 'login', how: 'password' }; }
  / "no" _ "login" End { return { type: 'login', how: 'none' }; }
  / "password" hashed:(_ "8" Sep)? _ value:SecretWord End { return { type: 'line-password', hashed: hashed !== null, value }; }

// vlan 10 | vlan 10 name X | vlan 2-99 state enable | vlan 10 name X state enable | … mtu N
VlanDbLine
  = "vlan" _ list:$[0-9,-]+ Sep opts:(_ @VlanOption)* End { return { type: 'vlan', list, opts }; }

VlanOption
  = "name" _ name:Word { return { name }; }
  / "state" _ state:("enable" / "disable") Sep { return { state }; }
  / "mtu" _ Int { return {}; }

// zone NAME / network NAME / ip subnet P [interface IF] / host NAME / ip address A
ZoneLine
  = "network" _ name:Word End { return { type: 'zone-network', name }; }
  / "ip" _ "subnet" _ p:Prefix4 iface:(_ "interface" _ @Word)? End { return { type: 'zone-subnet', prefix: p, iface }; }
  / "ipv6" _ "subnet" _ p:Prefix6 iface:(_ "interface" _ @Word)? End { return { type: 'zone-subnet', prefix: p, iface }; }
  / "host" _ name:Word End { return { type: 'zone-host', name }; }
  / "ip" _ "address" _ a:IPv4 End { return { type: 'zone-host-address', address: a, family: 4 }; }
  / "ipv6" _ "address" _ a:IPv6Raw Sep End { return { type: 'zone-host-address', address: a, family: 6 }; }
  / "ipv6" _ "address" _ "dynamic" _ "interface" _ iface:Word End { return { type: 'zone-host-dynamic', iface }; }

// protocol tcp|udp|icmp|ipv6-icmp|N / dport A [to B] / sport A [to B] / icmp-type N
ApplicationLine
  = "protocol" _ value:Word End { return { type: 'app-protocol', value }; }
  / side:("dport" / "sport") _ from:PortNumber to:(_ "to" _ @PortNumber)? End { return { type: 'app-port', side, from, to: to ?? from }; }
  / "icmp-type" _ value:Int End { return { type: 'app-icmp-type', value }; }

// rule N permit|deny APP from ZONE[.NET[.HOST]] to ZONE[.NET[.HOST]] / protect
FirewallLine
  = "rule" _ id:Int _ action:("permit" / "deny" / "reject") Sep _ app:Word _ "from" _ from:Word _ "to" _ to:Word rest:(_ Rest)?
    { return { type: 'fw-rule', id, action, app, from, to }; }
  / "protect" End { return { type: 'fw-protect', enabled: true }; }
  / "no" _ "protect" End { return { type: 'fw-protect', enabled: false }; }

// rule N masq APP from E to E / rule N portfwd APP from E to E with dst E / enable
NatLine
  = "rule" _ id:Int _ kind:("masq" / "portfwd" / "netmap") Sep _ app:Word _ "from" _ from:Word _ "to" _ to:Word rest:(_ Rest)?
    { return { type: 'nat-rule', id, kind, app, from, to, rest: rest ? rest[1] : null }; }
  / "enable" End { return { type: 'nat-enable', enabled: true }; }
  / "no" _ "enable" End { return { type: 'nat-enable', enabled: false }; }
