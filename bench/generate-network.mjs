// Synthetic school networks for benchmarks: per site one L3 core switch, two access switches and a
// WAN router, in Cisco IOS syntax. Deterministic (seeded), so runs are comparable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const VLANS = [
  [10, 'KOUMU', 'koumu-internal'],
  [20, 'KOUMU-EXT', 'koumu-external'],
  [30, 'GAKUSHU', 'learning'],
  [40, 'GUEST', 'guest'],
  [99, 'MGMT', 'management'],
];

function common(host, rand) {
  return [
    'version 17.9', 'service timestamps log datetime msec localtime', 'service password-encryption', 'no service pad',
    `hostname ${host}`, '!', 'enable secret 9 $9$benchBenchBench$abcdefghijklmnopqrstuvwxyzABCDEFGHIJK', '!',
    `username netadmin${Math.floor(rand() * 100)} privilege 15 secret 9 $9$benchBenchBench$abcdefghijklmnopqrstuvwxyzABCDEFGHIJK`,
    'clock timezone JST 9 0', 'no ip http server', 'ip http secure-server', 'ip ssh version 2', 'no cdp run',
    'login block-for 120 attempts 3 within 60', 'logging host 10.250.0.10', 'ntp server 10.250.0.1',
    'snmp-server group MON v3 priv', 'banner login ^CAuthorized access only^C', '!',
  ];
}

function lines(host) {
  return ['!', 'line con 0', ' exec-timeout 5 0', ' login local', 'line vty 0 4', ' access-class 99 in', ' exec-timeout 10 0', ' transport input ssh', ' login local', '!', 'end', ''];
}

function core(site, rand) {
  const host = `s${site}-core01`;
  const out = common(host, rand);
  out.push('ip routing', '!');
  for (const [id, name] of VLANS) out.push(`vlan ${id}`, ` name ${name}`, '!');
  for (const [id, name] of VLANS) {
    out.push(`interface Vlan${id}`, ` description ${name}`, ` ip address 10.${site >> 4}.${((site & 15) << 4) + (id % 16)}.1 255.255.255.0`, ' no ip proxy-arp');
    if (id === 10) out.push(' ip access-group KOUMU-IN in', ' ip access-group KOUMU-OUT out');
    out.push('!');
  }
  for (const acl of ['KOUMU-IN', 'KOUMU-OUT']) {
    out.push(`ip access-list extended ${acl}`);
    const n = 40 + Math.floor(rand() * 40);
    for (let i = 1; i <= n; i++) {
      const port = [80, 443, 445, 3389, 9100, 53, 123][Math.floor(rand() * 7)];
      out.push(` ${i * 10} permit tcp 10.${site >> 4}.${(site & 15) << 4}.0 0.0.0.255 host 10.250.0.${i % 250} eq ${port}`);
    }
    out.push(` ${(n + 1) * 10} deny ip any any log`, '!');
  }
  for (let p = 1; p <= 4; p++) out.push(`interface TenGigabitEthernet1/1/${p}`, ' switchport mode trunk', ' switchport trunk allowed vlan 10,20,30,40,99', '!');
  return [host, [...out, ...lines(host)].join('\n')];
}

function access(site, n, rand) {
  const host = `s${site}-acc0${n}`;
  const out = common(host, rand);
  for (const [id, name] of VLANS) out.push(`vlan ${id}`, ` name ${name}`, '!');
  out.push('dot1x system-auth-control', '!');
  for (let p = 1; p <= 48; p++) {
    const vlan = VLANS[Math.floor(rand() * 4)][0];
    out.push(`interface GigabitEthernet1/0/${p}`, ` description port-${p}`, ' switchport mode access', ` switchport access vlan ${vlan}`);
    if (vlan <= 20) out.push(' authentication port-control auto', ' mab', ' dot1x pae authenticator');
    if (rand() < 0.2) out.push(' shutdown');
    out.push(' spanning-tree portfast', '!');
  }
  return [host, [...out, ...lines(host)].join('\n')];
}

function router(site, rand) {
  const host = `s${site}-rt01`;
  const out = common(host, rand);
  out.push(
    'crypto ikev2 proposal PROP', ' encryption aes-cbc-256', ' integrity sha256', ' group 14', '!',
    'crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac', ' mode tunnel', '!',
    'crypto ipsec profile VTI', ' set transform-set TS', '!',
    'interface GigabitEthernet0/0/0', ' description INTERNET', ' ip address dhcp', ' ip access-group WAN-IN in', ' ip nat outside', ' no ip proxy-arp', '!',
    'interface GigabitEthernet0/0/1', ' description LAN', ` ip address 10.${site >> 4}.${(site & 15) << 4}.254 255.255.255.0`, ' ip nat inside', ' no ip proxy-arp', '!',
    'interface Tunnel0', ' ip address 172.16.0.1 255.255.255.252', ' tunnel source GigabitEthernet0/0/0', ' tunnel destination 198.51.100.1', ' tunnel mode ipsec ipv4', ' tunnel protection ipsec profile VTI', '!',
    'ip access-list extended WAN-IN', ' permit udp any any eq 500', ' permit udp any any eq 4500', ' permit esp any any', ' deny ip any any log', '!',
    'ip route 0.0.0.0 0.0.0.0 dhcp', 'ip route 10.250.0.0 255.255.0.0 Tunnel0', '!',
  );
  return [host, [...out, ...lines(host)].join('\n')];
}

/** Write `sites` schools (4 devices each) into `dir`; returns the number of lines written. */
export function generateNetwork(dir, sites, seed = 42) {
  const rand = rng(seed);
  mkdirSync(dir, { recursive: true });
  let total = 0;
  const zones = ['zone,class,vlan'];
  for (let site = 0; site < sites; site++) {
    for (const [host, text] of [core(site, rand), access(site, 1, rand), access(site, 2, rand), router(site, rand)]) {
      writeFileSync(join(dir, `${host}.cfg`), text);
      total += text.split('\n').length;
    }
  }
  // VLAN numbers mean the same zone at every school, as in most board-wide designs.
  for (const [id, name, cls] of VLANS) zones.push(`${name},${cls},${id}`);
  writeFileSync(join(dir, 'zones.csv'), zones.join('\n') + '\n');
  return total;
}
