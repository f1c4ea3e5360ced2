// Yamaha RTX / NVR configuration (`show config`), ONE LINE AT A TIME.
//
// The TypeScript side (src/parsers/yamaha-rtx/) splits the file into lines, strips indentation and
// trailing blanks, tracks the `pp select` / `tunnel select` context by command (not by indentation:
// generated configs are often not indented), and calls the start rule `Line`.
//
// Every rule returns a small plain object `{ type: '…', … }`. Secret values (passwords, keys,
// communities, PSKs) are returned as `{ secret: true, value, start, end }` so the converter can both
// store them (makeSecret) and redact exactly those columns from the evidence text.
//
// Commands the audit does not need are NOT here: they are listed, with the reason, in
// src/parsers/yamaha-rtx/ignored.ts and never reach the grammar. Protocol and port words of
// `ip filter` are kept as words here and resolved against the tables in filter-values.ts.

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

IPv4Raw = $(Octet "." Octet "." Octet "." Octet)

IPv6Raw = $([0-9a-fA-F]* ":" [0-9a-fA-F:.]*)

PrefixLength = d:Digits { return parseInt(d, 10); }

SecretWord "secret" = v:Word { return secret(v, range()); }

SecretRest "secret" = v:$(.+) { return secret(v, range()); }

// Filter numbers are 1..2147483647 on the RTX series (Y-CMD 8.1.10).
FilterNum "filter number" = n:Int &{ return n >= 1 && n <= 2147483647; } { return n; }

OnOff = v:("on" / "off") Sep { return v === 'on'; }

// ---------------------------------------------------------------------------------------------
// Interfaces. `pp` and `tunnel` without a number mean the selected one (context).
// ---------------------------------------------------------------------------------------------

IfRef "interface"
  = name:$("lan" Digits ([/.] Digits)?) Sep { return { name }; }
  / name:$(("bridge" / "loopback" / "vlan" / "onu" / "wan" / "usb") Digits) Sep { return { name }; }
  / name:$("tunnel" Digits) Sep { return { name }; }
  / name:$("pp" Digits) Sep { return { name }; }
  / "tunnel" Sep { return { context: 'tunnel' }; }
  / "pp" Sep { return { context: 'pp' }; }

// ---------------------------------------------------------------------------------------------
// Addresses of `ip filter`: `*`, `A`, `A/len`, `A-B`, `a.b.c.*`, IPv6 forms; lists with `,`.
// ---------------------------------------------------------------------------------------------

AddrList "address list" = h:AddrItem t:("," @AddrItem)* Sep { return [h, ...t]; }

AddrItem
  = "*" &([, \t] / !.) { return { kind: 'any' }; }
  / a:IPv4Raw "-" b:IPv4Raw { return { kind: 'range', first: a, last: b, family: 4 }; }
  / a:IPv4Raw "/" l:PrefixLength { return { kind: 'prefix', address: a, length: l, family: 4 }; }
  / o:$(Octet "." Octet "." Octet) ".*" { return { kind: 'prefix', address: o + '.0', length: 24, family: 4 }; }
  / o:$(Octet "." Octet) ".*.*" { return { kind: 'prefix', address: o + '.0.0', length: 16, family: 4 }; }
  / o:Octet ".*.*.*" { return { kind: 'prefix', address: o + '.0.0.0', length: 8, family: 4 }; }
  / a:IPv4Raw { return { kind: 'host', address: a, family: 4 }; }
  / a:IPv6Raw "/" l:PrefixLength { return { kind: 'prefix', address: a, length: l, family: 6 }; }
  / a:IPv6Raw { return { kind: 'host', address: a, family: 6 }; }

// Comma-separated words (protocols, ports): resolved in TypeScript.
WordList = h:$[^, \t]+ t:("," @$[^, \t]+)* Sep { return [h, ...t]; }

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

Line
  = PpSelect
  / TunnelSelect
  / PpTunnelEnable
  / IpFilterDynamic
  / IpFilter
  / SecureFilter
  / IfAddress
  / VlanDot1q
  / Description
  / Route
  / LoginPassword
  / AdministratorPassword
  / LoginUser
  / UserAttribute
  / DaemonService
  / DaemonHost
  / LoginTimer
  / SnmpCommunity
  / SnmpTrapHost
  / SyslogHost
  / Ntpdate
  / ScheduleNtpdate
  / Timezone
  / IkePreSharedKey
  / IkeRemoteAddress
  / IpsecTunnel
  / TunnelEncapsulation
  / TunnelEndpoint
  / IpsecSaPolicy
  / IkeAlgorithm
  / IkeVersion
  / IkePfs
  / IkeExchangeType
  / DhcpService
  / ProxyArp
  / NatType
  / NatOuterAddress
  / NatStatic
  / NatMasqueradeStatic
  / IfNatDescriptor
  / FilterSourceRoute
  / FilterDirectedBroadcast
  / FilterDirectedBroadcastList
  / PppoeUse
  / PpBind
  / PpAuthRequest
  / PpAuthUsername
  / L2tpService
  / L2tpTunnelAuth
  / IkeLocalAddress
  / IpsecTransport
  / EthernetFilter
  / EthernetFilterApply
  / UrlFilterDefinition
  / UrlFilterApply
  / UrlFilterSetting
  / VlanPortMapping
  / LanType
  / VlanInterconnect
  / BridgeMember
  / Ipv6Address

// pp select 1 | none | anonymous
PpSelect = "pp" _ "select" _ v:(Int / @"none" Sep / @"anonymous" Sep) End { return { type: 'pp-select', value: v }; }

// tunnel select 1 | none
TunnelSelect = "tunnel" _ "select" _ v:(Int / @"none" Sep) End { return { type: 'tunnel-select', value: v }; }

// pp enable 1 / pp disable 1 / tunnel enable 1 / tunnel disable 1 (`anonymous` for pp)
PpTunnelEnable
  = kind:("pp" / "tunnel") _ verb:("enable" / "disable") _ v:(Int / @"anonymous" Sep) End
    { return { type: 'enable', kind, enabled: verb === 'enable', value: v }; }

// [ipv6|ip] filter N ACTION SRC [DST [PROTO [SPORT [DPORT]]]]; omitted fields are `*`.
IpFilter
  = fam:("ipv6" / "ip") _ "filter" _ num:FilterNum _ action:FilterAction _ src:AddrList
    dst:(_ @AddrList)? proto:(_ @WordList)? sport:(_ @WordList)? dport:(_ @WordList)? End
    { return { type: 'ip-filter', family: fam === 'ipv6' ? 6 : 4, num, action, src, dst, proto, sport, dport }; }

FilterAction "filter action"
  = a:$(("pass" / "reject" / "restrict") ("-log" / "-nolog")?) Sep { return a; }

// ip filter dynamic N SRC DST PROTO-or-`filter …` [options]: only the number is needed to resolve lists.
IpFilterDynamic
  = fam:("ipv6" / "ip") _ "filter" _ "dynamic" _ num:FilterNum _ src:AddrList _ dst:AddrList _ rest:Rest
    { return { type: 'ip-filter-dynamic', family: fam === 'ipv6' ? 6 : 4, num, rest }; }

// ip IF secure filter in|out N … [dynamic D …]
SecureFilter
  = fam:("ipv6" / "ip") _ iface:IfRef _ "secure" _ "filter" _ dir:("in" / "out") Sep
    nums:(_ @FilterNum)* dyn:(_ "dynamic" @(_ @FilterNum)+)? End
    { return { type: 'secure-filter', family: fam === 'ipv6' ? 6 : 4, iface, direction: dir, filters: nums, dynamic: dyn }; }

// ip IF address A/len | A | dhcp | ipcp
IfAddress
  = "ip" _ iface:IfRef _ "address" _ value:IfAddressValue End { return { type: 'if-address', iface, value }; }

IfAddressValue
  = a:IPv4Raw "/" l:PrefixLength Sep { return { kind: 'static', address: a, length: l }; }
  / a:IPv4Raw Sep { return { kind: 'static', address: a, length: 32 }; }
  / "dhcp" Sep { return { kind: 'dhcp' }; }
  / "ipcp" Sep { return { kind: 'negotiated' }; }

// vlan lanN/M 802.1q vid=X [name=Y]   (Y-CMD 38.1)
VlanDot1q
  = "vlan" _ name:$("lan" Digits "/" Digits) Sep _ "802.1q" _ "vid" ("=" / _) vid:Int vname:(_ "name=" @Word)? End
    { return { type: 'vlan', name, vid, vlanName: vname }; }

// description IF "text" | description "text" (the selected pp/tunnel, or the device)
Description
  = "description" _ iface:IfRef _ text:Rest { return { type: 'description', iface, text }; }
  / "description" _ text:Rest { return { type: 'description', iface: null, text }; }

// ip route NET gateway GW [options] [gateway GW …]   (Y-CMD 8.1.x)
Route
  = fam:("ipv6" / "ip") _ "route" _ dest:RouteDest _ gws:RouteGateway|1.., _| End
    { return { type: 'route', family: fam === 'ipv6' ? 6 : 4, dest, gateways: gws }; }

RouteDest
  = "default" Sep { return { kind: 'default' }; }
  / a:IPv4Raw "/" l:PrefixLength Sep { return { kind: 'prefix', address: a, length: l, family: 4 }; }
  / a:IPv4Raw Sep { return { kind: 'prefix', address: a, length: 32, family: 4 }; }
  / a:IPv6Raw "/" l:PrefixLength Sep { return { kind: 'prefix', address: a, length: l, family: 6 }; }

RouteGateway = "gateway" _ target:GatewayTarget options:(_ @RouteOption)* { return { target, options }; }

GatewayTarget
  = "pp" _ n:(Int / @"anonymous" Sep) { return { kind: 'interface', name: typeof n === 'number' ? `pp${n}` : 'pp-anonymous' }; }
  / "tunnel" _ n:Int { return { kind: 'interface', name: `tunnel${n}` }; }
  / "dhcp" _ iface:IfRef { return { kind: 'dhcp', iface }; }
  / "null" Sep { return { kind: 'null' }; }
  / a:IPv4Raw Sep { return { kind: 'address', address: a, family: 4 }; }
  / a:IPv6Raw Sep { return { kind: 'address', address: a, family: 6 }; }

RouteOption
  = "filter" nums:(_ @FilterNum)+ { return { kind: 'filter', filters: nums }; }
  / "weight" _ n:Int { return { kind: 'weight', value: n }; }
  / "keepalive" _ n:Int { return { kind: 'keepalive', value: n }; }
  / "metric" _ n:Int { return { kind: 'metric', value: n }; }
  / "hide" Sep { return { kind: 'hide' }; }

// login password [encrypted] X   (bare `login password` is the interactive form: nothing stored)
LoginPassword
  = "login" _ "password" Sep enc:(_ @"encrypted" Sep)? value:(_ @SecretWord)? End
    { return { type: 'login-password', encrypted: enc !== null, value }; }

// administrator password [encrypted] X
AdministratorPassword
  = "administrator" _ "password" Sep enc:(_ @"encrypted" Sep)? value:(_ @SecretWord)? End
    { return { type: 'administrator-password', encrypted: enc !== null, value }; }

// login user U [encrypted] X   (Y-CMD 4.x)
LoginUser
  = "login" _ "user" _ name:Word enc:(_ @"encrypted" Sep)? _ value:SecretWord End
    { return { type: 'login-user', name, encrypted: enc !== null, value }; }

// user attribute [U|*] key=value …   (Y-CMD 4.x); no user name = every user
UserAttribute
  = "user" _ "attribute" user:(_ @$(!AttributePair [^ \t]+) Sep)? pairs:(_ @AttributePair)+ End
    { return { type: 'user-attribute', user: user ?? '*', pairs }; }

AttributePair = key:$[a-z-]+ "=" value:Word { return { key, value }; }

// telnetd|sshd|httpd service on|off
DaemonService
  = daemon:Daemon _ "service" _ on:OnOff End { return { type: 'daemon-service', daemon, on }; }

// telnetd|sshd|httpd host any | none | lan | lanN … | A | A-B | A/len …
DaemonHost
  = daemon:Daemon _ "host" hosts:(_ @WordList)+ End { return { type: 'daemon-host', daemon, hosts: hosts.flat() }; }

Daemon = d:("telnetd" / "sshd" / "httpd") Sep { return d; }

// login timer N | clear   (Y-CMD 4.53)
LoginTimer
  = "login" _ "timer" _ v:(Int / @"clear" Sep) End { return { type: 'login-timer', value: v }; }

// snmp|snmpv2c community read-only|read-write X
SnmpCommunity
  = v:("snmpv2c" / "snmp") _ "community" _ access:("read-only" / "read-write") Sep _ value:SecretRest
    { return { type: 'snmp-community', version: v, access, value }; }

// snmp|snmpv2c trap host A [community]
SnmpTrapHost
  = v:("snmpv2c" / "snmp") _ "trap" _ "host" _ address:Word community:(_ @SecretRest)?
    { return { type: 'snmp-trap-host', version: v, address, community }; }

// syslog host A [A …]
SyslogHost = "syslog" _ "host" hosts:(_ @Word)+ End { return { type: 'syslog-host', hosts }; }

// ntpdate SERVER [syslog]
Ntpdate = "ntpdate" _ server:Word (_ "syslog")? End { return { type: 'ntpdate', server }; }

// schedule at ID [DATE] TIME * ntpdate SERVER [syslog]
ScheduleNtpdate
  = "schedule" _ "at" _ Int (_ !"ntpdate" Word)+ _ "ntpdate" _ server:Word (_ "syslog")? End
    { return { type: 'ntpdate', server }; }

// timezone +09:00 | jst | utc
Timezone
  = "timezone" _ tz:($([+-] [0-9] [0-9] ":" [0-9] [0-9]) / $[a-zA-Z]+) End { return { type: 'timezone', value: tz }; }

// ipsec ike pre-shared-key GW text|hex X   (stored in clear: Y-CMD 15.x)
IkePreSharedKey
  = "ipsec" _ "ike" _ "pre-shared-key" _ gateway:Int _ form:("text" / "hex") _ value:SecretRest
    { return { type: 'ike-psk', gateway, form, value }; }

// ipsec ike remote address GW A|any
IkeRemoteAddress
  = "ipsec" _ "ike" _ "remote" _ "address" _ gateway:Int _ address:Word End
    { return { type: 'ike-remote-address', gateway, address }; }

// dhcp service server|relay|off
DhcpService = "dhcp" _ "service" _ v:("server" / "relay" / "off") End { return { type: 'dhcp-service', value: v }; }

// ip IF proxyarp on|off
ProxyArp = "ip" _ iface:IfRef _ "proxyarp" _ on:OnOff End { return { type: 'proxyarp', iface, on }; }

// ip filter source-route on|off: `on` discards source-routed packets (Y-CMD 8.1.12)
FilterSourceRoute = "ip" _ "filter" _ "source-route" _ on:OnOff End { return { type: 'filter-source-route', on }; }

// ip filter directed-broadcast on|off: `on` discards directed broadcasts (Y-CMD 8.1.13)
FilterDirectedBroadcast
  = "ip" _ "filter" _ "directed-broadcast" _ on:OnOff End { return { type: 'filter-directed-broadcast', on }; }

// nat descriptor type ID none|nat|masquerade|nat-masquerade   (Y-CMD 23.2)
NatType
  = "nat" _ "descriptor" _ "type" _ id:Int _ kind:$("nat-masquerade" / "masquerade" / "nat" / "none") Sep End
    { return { type: 'nat-type', id, kind }; }

// nat descriptor address outer ID ipcp|primary|A|map-e|…   (Y-CMD 23.3)
NatOuterAddress
  = "nat" _ "descriptor" _ "address" _ "outer" _ id:Int _ value:Word End
    { return { type: 'nat-outer', id, value }; }

// nat descriptor static ID N OUTER=INNER [count]   (Y-CMD 23.6)
NatStatic
  = "nat" _ "descriptor" _ "static" _ id:Int _ Int _ outer:IPv4Raw "=" inner:IPv4Raw Sep count:(_ @Int)? End
    { return { type: 'nat-static', id, outer, inner, count }; }

// nat descriptor masquerade static ID N INNER PROTO [[OUTERPORT=]INNERPORT[,…]]   (Y-CMD 23.8)
NatMasqueradeStatic
  = "nat" _ "descriptor" _ "masquerade" _ "static" _ id:Int _ Int _ inner:IPv4Raw Sep _ proto:Word ports:(_ @PortMapList)? End
    { return { type: 'nat-masquerade-static', id, inner, proto, ports }; }

PortMapList = h:PortMap t:("," @PortMap)* Sep { return [h, ...t]; }

PortMap
  = outer:$[^,= \t]+ "=" inner:$[^,= \t]+ { return { outer, inner }; }
  / port:$[^,= \t]+ { return { outer: port, inner: port }; }

// ip IF nat descriptor ID [ID …]
IfNatDescriptor
  = "ip" _ iface:IfRef _ "nat" _ "descriptor" ids:(_ @Int)+ End { return { type: 'if-nat', iface, ids }; }

// ipsec tunnel POLICY (inside tunnel select)
IpsecTunnel = "ipsec" _ "tunnel" _ policy:Int End { return { type: 'ipsec-tunnel', policy }; }

// ipsec sa policy POLICY GW esp|ah [ENC] [HASH] [options]   (Y-CMD 15.48.2)
IpsecSaPolicy
  = "ipsec" _ "sa" _ "policy" _ policy:Int _ gateway:Int _ protocol:("esp" / "ah") Sep algs:(_ @$[a-z0-9-]+ Sep)* options:(_ @$([a-z-]+ "=" [^ \t]+))* End
    { return { type: 'ipsec-sa-policy', policy, gateway, protocol, algs }; }

// ipsec ike encryption|hash|group GW VALUE [VALUE]   (Y-CMD 15.22, 15.25, 15.24)
IkeAlgorithm
  = "ipsec" _ "ike" _ what:("encryption" / "hash" / "group") _ gateway:Int values:(_ @Word)+ End
    { return { type: 'ike-algorithm', what, gateway, values }; }

// ipsec ike version GW 1|2   (Y-CMD 15.2)
IkeVersion = "ipsec" _ "ike" _ "version" _ gateway:Int _ version:Int End { return { type: 'ike-version', gateway, version }; }

// ipsec ike pfs GW on|off   (Y-CMD 15.30)
IkePfs = "ipsec" _ "ike" _ "pfs" _ gateway:Int _ on:OnOff End { return { type: 'ike-pfs', gateway, on }; }

// ipsec ike exchange-type GW main|aggressive
IkeExchangeType
  = "ipsec" _ "ike" _ "exchange-type" _ gateway:Int _ mode:("main" / "aggressive") Sep End
    { return { type: 'ike-exchange-type', gateway, mode }; }

// tunnel encapsulation ipsec|l2tp|l2tpv3|ipip|map-e|…   (inside tunnel select)
TunnelEncapsulation = "tunnel" _ "encapsulation" _ mode:Word End { return { type: 'tunnel-encapsulation', mode }; }

// tunnel endpoint address [LOCAL] REMOTE   (inside tunnel select)
TunnelEndpoint
  = "tunnel" _ "endpoint" _ "address" _ a:(IPv4Raw / IPv6Raw) Sep b:(_ @(IPv4Raw / IPv6Raw) Sep)? End
    { return { type: 'tunnel-endpoint', local: b === null ? null : a, remote: b ?? a }; }


// ip filter directed-broadcast filter N …: directed broadcasts are judged by these filters (Y-CMD 8.1.13)
FilterDirectedBroadcastList
  = "ip" _ "filter" _ "directed-broadcast" _ "filter" nums:(_ @FilterNum)+ End
    { return { type: 'filter-directed-broadcast-list', filters: nums }; }

// pppoe use lanN (inside pp select): the PP interface runs over that LAN (Y-CMD 11.x)
PppoeUse = "pppoe" _ "use" _ iface:IfRef End { return { type: 'pppoe-use', iface }; }

// pp bind tunnel1 | tunnel4-tunnel5 | lan2 … (inside pp select)
PpBind = "pp" _ "bind" binds:(_ @BindTarget)+ End { return { type: 'pp-bind', binds }; }

BindTarget
  = "tunnel" a:Digits "-" "tunnel"? b:Digits Sep { return { from: parseInt(a, 10), to: parseInt(b, 10) }; }
  / "tunnel" a:Digits Sep { return { from: parseInt(a, 10), to: parseInt(a, 10) }; }
  / name:Word { return { name }; }

// pp auth request pap|chap|mschap|mschap-v2|chap-pap [arrive] (inside pp select)
PpAuthRequest = "pp" _ "auth" _ "request" _ method:Word rest:(_ @Word)* End { return { type: 'pp-auth-request', method }; }

// pp auth username NAME PASSWORD [myname ID PASSWORD] [other options …]   (Y-CMD 11.x: stored as typed)
PpAuthUsername
  = "pp" _ "auth" _ "username" _ name:Word _ password:SecretWord options:(_ @UsernameOption)* End
    { return { type: 'pp-auth-username', name, password, options }; }

UsernameOption
  = "myname" _ id:Word _ password:SecretWord { return { myname: id, password }; }
  / w:Word { return { word: w }; }

// l2tp service on|off [l2tpv3] [l2tp]   (Y-CMD 16.x)
L2tpService = "l2tp" _ "service" _ on:OnOff versions:(_ @Word)* End { return { type: 'l2tp-service', on, versions }; }

// l2tp tunnel auth on|off [PASSWORD]   (inside tunnel select; the password is a shared secret)
L2tpTunnelAuth
  = "l2tp" _ "tunnel" _ "auth" _ on:OnOff password:(_ @SecretRest)? End
    { return { type: 'l2tp-tunnel-auth', on, password }; }

// ipsec ike local address GW A | ipcp pp N | vrrp IF VRID | ipv6 prefix … on IF   (Y-CMD 15.18)
IkeLocalAddress
  = "ipsec" _ "ike" _ "local" _ "address" _ gateway:Int _ "ipcp" _ "pp" _ n:Int End
    { return { type: 'ike-local-address', gateway, address: `pp${n}` }; }
  / "ipsec" _ "ike" _ "local" _ "address" _ gateway:Int _ address:Word rest:(_ @Word)* End
    { return { type: 'ike-local-address', gateway, address: rest.length === 0 ? address : null }; }

// ipsec transport ID POLICY [PROTO [PORT …]]: L2TP/IPsec transport mode (Y-CMD 15.x)
IpsecTransport
  = "ipsec" _ "transport" _ id:Int _ policy:Int rest:(_ @Word)* End
    { return { type: 'ipsec-transport', id, policy, selector: rest }; }

// ethernet filter N pass-log|pass-nolog|reject-log|reject-nolog SRC [DST [OFFSET BYTES]]   (Y-CMD 9.1)
EthernetFilter
  = "ethernet" _ "filter" _ num:Int _ action:$(("pass" / "reject") "-" ("log" / "nolog")) Sep _ body:EthernetFilterBody End
    { return { type: 'ethernet-filter', num, action, ...body }; }

EthernetFilterBody
  = kind:$("dhcp-bind" / "dhcp-not-bind") Sep rest:(_ @Word)* { return { dhcp: kind, src: null, dst: null, offset: null }; }
  / src:MacPattern dst:(_ @MacPattern)? offset:(_ @Int _ @Word)? { return { dhcp: null, src, dst, offset }; }

// `*` or six hex bytes, each of which may be `*`
MacPattern "MAC address"
  = "*" Sep { return '*'; }
  / m:$(MacByte ":" MacByte ":" MacByte ":" MacByte ":" MacByte ":" MacByte) Sep { return m.toLowerCase(); }

MacByte = [0-9a-fA-F] [0-9a-fA-F] / "*"

// ethernet IF filter in|out N …   (Y-CMD 9.2)
EthernetFilterApply
  = "ethernet" _ iface:IfRef _ "filter" _ dir:("in" / "out") Sep nums:(_ @Int)* End
    { return { type: 'ethernet-filter-apply', iface, direction: dir, filters: nums }; }

// url filter ID pass|reject[-log|-nolog] KEYWORD [SRC]   (Y-CMD 10.1)
UrlFilterDefinition
  = "url" _ "filter" _ id:Int _ action:$(("pass" / "reject") ("-log" / "-nolog")?) Sep _ keyword:Word src:(_ @Word)? End
    { return { type: 'url-filter', id, action, keyword, src }; }

// url IF filter in|out ID …   (Y-CMD 10.2)
UrlFilterApply
  = "url" _ iface:IfRef _ "filter" _ dir:("in" / "out") Sep ids:(_ @Int)* End
    { return { type: 'url-filter-apply', iface, direction: dir, ids }; }

// url filter log|port|reject|use|external-database …: how URL filtering logs and where it looks
UrlFilterSetting
  = "url" _ "filter" _ what:("log" / "port" / "reject" / "use" / "external-database") Sep rest:(_ @Word)* End
    { return { type: 'url-filter-setting', what }; }

// vlan port mapping lanN.M vlanK   (Y-CMD 38.2)
VlanPortMapping
  = "vlan" _ "port" _ "mapping" _ port:$("lan" Digits "." Digits) Sep _ vlan:$("vlan" Digits) Sep End
    { return { type: 'vlan-port-mapping', port, vlan }; }

// lan type lanN [SPEED] [option=value …]   (Y-CMD 4.50)
LanType = "lan" _ "type" _ iface:IfRef options:(_ @Word)* End { return { type: 'lan-type', iface, options }; }

// vlan interconnect group lanN all|none|GROUP …   (Y-CMD 38.3)
VlanInterconnect
  = "vlan" _ "interconnect" _ "group" _ iface:$("lan" Digits) Sep groups:(_ @Word)+ End
    { return { type: 'vlan-interconnect', iface, groups }; }

// bridge member bridgeN IF [IF …], tunnel ranges as tunnel1-tunnel3   (Y-CMD 45.x)
BridgeMember
  = "bridge" _ "member" _ bridge:$("bridge" Digits) Sep members:(_ @BridgeMemberItem)+ End
    { return { type: 'bridge-member', bridge, members: members.flat() }; }

BridgeMemberItem
  = "tunnel" a:Digits "-" "tunnel"? b:Digits Sep
    { const out = []; for (let n = parseInt(a, 10); n <= parseInt(b, 10); n++) out.push(`tunnel${n}`); return out; }
  / name:Word { return [name]; }

// ipv6 IF address A/len | dhcp | ra-prefix@IF::… | dhcp-prefix@IF::…
Ipv6Address = "ipv6" _ iface:IfRef _ "address" _ value:Word End { return { type: 'ipv6-address', iface, value }; }
