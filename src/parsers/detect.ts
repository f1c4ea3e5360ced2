import type { VendorId } from '../model/index.js';

/**
 * Vendor detection from content. Each vendor has signatures with weights; the best score wins if it
 * reaches the threshold. Only the first 400 lines are looked at (headers and top-level commands).
 */
interface Signature {
  vendor: VendorId;
  pattern: RegExp;
  weight: number;
}

const SIGNATURES: Signature[] = [
  // Cisco IOS / IOS-XE
  { vendor: 'cisco-ios', pattern: /^version \d+\.\d+\s*$/m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^Current configuration : \d+ bytes/m, weight: 4 },
  { vendor: 'cisco-ios', pattern: /^Building configuration/m, weight: 2 },
  { vendor: 'cisco-ios', pattern: /^service (timestamps|password-encryption|pad)/m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^boot-(start|end)-marker/m, weight: 4 },
  { vendor: 'cisco-ios', pattern: /^line (vty|con) \d/m, weight: 2 },
  { vendor: 'cisco-ios', pattern: /^interface (GigabitEthernet|FastEthernet|TenGigabitEthernet|Vlan|Loopback|Tunnel|Dot11Radio|Serial|Port-channel|Ethernet)\S*\s*$/m, weight: 2 },
  { vendor: 'cisco-ios', pattern: /^ ip address \d+\.\d+\.\d+\.\d+ \d+\.\d+\.\d+\.\d+/m, weight: 1 },
  { vendor: 'cisco-ios', pattern: /^ip access-list (standard|extended) /m, weight: 1 },
  { vendor: 'cisco-ios', pattern: /^(enable secret|enable password) /m, weight: 2 },
  { vendor: 'cisco-ios', pattern: /^hostname \S+\s*$/m, weight: 1 },
  { vendor: 'cisco-ios', pattern: /^dot11 ssid /m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^crypto (isakmp|ikev2|ipsec|ca|pki|map|keyring|dynamic-map) /m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^zone(-pair)? security /m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^mac access-list /m, weight: 3 },
  { vendor: 'cisco-ios', pattern: /^ip access-list \S+\s*$/m, weight: 2 },
  { vendor: 'cisco-ios', pattern: /^!RANCID-CONTENT-TYPE: cisco\s*$/m, weight: 6 },
  { vendor: 'cisco-ios', pattern: /^!\s*$/m, weight: 1 },
  // Cisco NX-OS
  { vendor: 'cisco-nxos', pattern: /^feature \S+/m, weight: 6 },
  { vendor: 'cisco-nxos', pattern: /^!RANCID-CONTENT-TYPE: cisco-nx/m, weight: 10 },
  { vendor: 'cisco-nxos', pattern: /^boot (kickstart|nxos) /m, weight: 8 },
  { vendor: 'cisco-nxos', pattern: /^  vn-segment \d+/m, weight: 4 },
  { vendor: 'cisco-nxos', pattern: /^!Command: show running-config/m, weight: 4 },
  { vendor: 'cisco-nxos', pattern: /^version \d+\.\d+\(\d+\)\S*\s+Bios/m, weight: 4 },
  // Cisco ASA
  { vendor: 'cisco-asa', pattern: /^: Saved|^ASA Version /m, weight: 6 },
  { vendor: 'cisco-asa', pattern: /^ nameif \S+/m, weight: 3 },
  { vendor: 'cisco-asa', pattern: /^ security-level \d+/m, weight: 3 },
  // Arista EOS
  { vendor: 'arista-eos', pattern: /^! (device|boot system flash).*EOS|^! Command: show running-config.*\n! device:/m, weight: 6 },
  { vendor: 'arista-eos', pattern: /^management (api http-commands|console|ssh|security)/m, weight: 6 },
  { vendor: 'arista-eos', pattern: /^!RANCID-CONTENT-TYPE: arista/m, weight: 10 },
  { vendor: 'arista-eos', pattern: /^switchport default mode /m, weight: 6 },
  { vendor: 'arista-eos', pattern: /^transceiver qsfp default-mode/m, weight: 4 },
  // FortiGate
  { vendor: 'fortigate', pattern: /^#config-version=FG/m, weight: 8 },
  { vendor: 'fortigate', pattern: /^config system (global|interface|admin)\s*$/m, weight: 5 },
  { vendor: 'fortigate', pattern: /^config firewall policy\s*$/m, weight: 5 },
  // Juniper
  { vendor: 'juniper-junos', pattern: /^set (system|interfaces|security|firewall|protocols) /m, weight: 4 },
  { vendor: 'juniper-junos', pattern: /^(system|interfaces|security|firewall) \{\s*$/m, weight: 4 },
  { vendor: 'juniper-junos', pattern: /^version \d+\.\d+R\d/m, weight: 4 },
  // Palo Alto
  { vendor: 'paloalto-panos', pattern: /<config version="\d+\.\d+/, weight: 8 },
  { vendor: 'paloalto-panos', pattern: /^set deviceconfig /m, weight: 6 },
  { vendor: 'paloalto-panos', pattern: /^set rulebase security /m, weight: 6 },
  { vendor: 'paloalto-panos', pattern: /^\s*(deviceconfig|rulebase|vsys1) \{/m, weight: 6 },
  // Yamaha RTX
  { vendor: 'yamaha-rtx', pattern: /^ip (lan|pp|tunnel)\d* (address|secure filter|mtu)/m, weight: 6 },
  { vendor: 'yamaha-rtx', pattern: /^(pp|tunnel) select \S+/m, weight: 5 },
  { vendor: 'yamaha-rtx', pattern: /^ip filter \d+ (pass|reject|restrict)/m, weight: 5 },
  { vendor: 'yamaha-rtx', pattern: /^# RTX\d+|^# Rev\.\d+/m, weight: 6 },
  { vendor: 'yamaha-rtx', pattern: /^(login user \S+ |user attribute \S+ |administrator password )/m, weight: 5 },
  // NEC IX
  { vendor: 'nec-ix', pattern: /^! (NEC Portable Internetwork Core Operating System|IX Series)/m, weight: 8 },
  { vendor: 'nec-ix', pattern: /^ip (ufs-cache|napt |router ospf)|^ ip napt enable/m, weight: 3 },
  { vendor: 'nec-ix', pattern: /^ ip filter \S+ \d+ (in|out)/m, weight: 5 },
  { vendor: 'nec-ix', pattern: /^ike proposal \S+/m, weight: 4 },
  { vendor: 'nec-ix', pattern: /^ikev2 (profile|authentication|proposal) /m, weight: 6 },
  // Allied Telesis AlliedWare Plus
  { vendor: 'alliedtelesis-awplus', pattern: /^interface port\d+\.\d+\.\d+/m, weight: 6 },
  { vendor: 'alliedtelesis-awplus', pattern: /^username manager privilege 15/m, weight: 5 },
  { vendor: 'alliedtelesis-awplus', pattern: /^!\s*AlliedWare Plus/m, weight: 6 },
  { vendor: 'alliedtelesis-awplus', pattern: /^port\d+\.\d+\.\d+\s/m, weight: 6 },
  // A switch config may lack the banner and the manager account; these outweigh the IOS look-alikes.
  { vendor: 'alliedtelesis-awplus', pattern: /^vlan database\s*$/m, weight: 3 },
  { vendor: 'alliedtelesis-awplus', pattern: /^access-list hardware /m, weight: 5 },
  { vendor: 'alliedtelesis-awplus', pattern: /^ (auth-mac|auth-web) enable/m, weight: 4 },
  { vendor: 'alliedtelesis-awplus', pattern: /^clock timezone \S+ (plus|minus) /m, weight: 3 },
  { vendor: 'alliedtelesis-awplus', pattern: /^interface vlan\d+\s*$/m, weight: 2 },
  // Aruba
  { vendor: 'aruba-aos-switch', pattern: /^; \S+ Configuration Editor;/m, weight: 8 },
  { vendor: 'aruba-aos-switch', pattern: /^(vlan \d+\n\s+name|\s+untagged \d)/m, weight: 2 },
  { vendor: 'aruba-aoscx', pattern: /^!Version ArubaOS-CX/m, weight: 8 },
  { vendor: 'aruba-aoscx', pattern: /^!export-password:/m, weight: 6 },
  { vendor: 'aruba-aoscx', pattern: /^\s+vlan (trunk (native|allowed)|access) \d/m, weight: 6 },
  { vendor: 'aruba-aoscx', pattern: /^interface (\d+\/\d+\/\d+|lag \d+|vlan \d+)\s*$/m, weight: 4 },
  // HPE Comware
  { vendor: 'hpe-comware', pattern: /^ sysname \S+/m, weight: 5 },
  { vendor: 'hpe-comware', pattern: /^#\n version \d/m, weight: 4 },
  // Linux
  { vendor: 'linux-iptables', pattern: /^\*(filter|nat|mangle|raw)\s*$/m, weight: 6 },
  { vendor: 'linux-iptables', pattern: /^:(INPUT|FORWARD|OUTPUT) (ACCEPT|DROP)/m, weight: 6 },
  { vendor: 'linux-nftables', pattern: /^table (inet|ip|ip6|bridge|netdev|arp) \S+ \{/m, weight: 8 },
];

const THRESHOLD = 4;

export interface Detection {
  vendor?: VendorId;
  score: number;
  /** Runner-up, to explain ambiguous files. */
  scores: Partial<Record<VendorId, number>>;
}

export function detectVendor(text: string): Detection {
  const head = text.split(/\r?\n/, 400).join('\n');
  const scores: Partial<Record<VendorId, number>> = {};
  for (const sig of SIGNATURES) {
    if (sig.pattern.test(head)) scores[sig.vendor] = (scores[sig.vendor] ?? 0) + sig.weight;
  }
  let best: VendorId | undefined;
  let bestScore = 0;
  for (const [vendor, score] of Object.entries(scores) as [VendorId, number][]) {
    if (score > bestScore) {
      best = vendor;
      bestScore = score;
    }
  }
  // NX-OS and EOS share most IOS signatures; their own markers outweigh them only when present.
  return bestScore >= THRESHOLD ? { vendor: best, score: bestScore, scores } : { score: bestScore, scores };
}
