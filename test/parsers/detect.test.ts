import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectVendor } from '../../src/parsers/detect.js';
import type { VendorId } from '../../src/model/index.js';

const CORPUS = resolve(__dirname, '../../../shared/corpus');

/** Corpus folder → the vendor detection must name. */
const EXPECTED: Record<string, VendorId> = {
  cisco_ios: 'cisco-ios',
  cisco_nxos: 'cisco-nxos',
  cisco_asa: 'cisco-asa',
  arista_eos: 'arista-eos',
  fortigate: 'fortigate',
  juniper_junos: 'juniper-junos',
  paloalto_panos: 'paloalto-panos',
  yamaha_rtx: 'yamaha-rtx',
  nec_ix: 'nec-ix',
  alliedtelesis_awplus: 'alliedtelesis-awplus',
  aruba_aos_switch: 'aruba-aos-switch',
  aruba_aoscx: 'aruba-aoscx',
  hpe_comware: 'hpe-comware',
  linux_iptables: 'linux-iptables',
};

const NOT_A_CONFIG = new Set(['batfish_z1-firewall.json', 'chr0mag_hostapd_wifi0.conf']);

describe.skipIf(!existsSync(CORPUS))('vendor detection on the shared corpus', () => {
  for (const [folder, vendor] of Object.entries(EXPECTED)) {
    const dir = join(CORPUS, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      it(`${folder}/${file} → ${vendor}`, () => {
        const text = readFileSync(join(dir, file), 'utf8');
        const got = detectVendor(text);
        // nftables rulesets live in the iptables folder too.
        const ok =
          got.vendor === vendor ||
          (folder === 'linux_iptables' && got.vendor === 'linux-nftables') ||
          // Not device configs: a Batfish host-description JSON and a hostapd file (no parser planned yet).
          (NOT_A_CONFIG.has(file) && got.vendor === undefined);
        expect(ok, `detected ${got.vendor} with scores ${JSON.stringify(got.scores)}`).toBe(true);
      });
    }
  }
});

describe('vendor detection on plain text', () => {
  it('does not guess on prose', () => {
    expect(detectVendor('Dear team,\nplease find attached.\n').vendor).toBeUndefined();
  });
  it('recognises a minimal IOS config', () => {
    expect(detectVendor('hostname r1\n!\nversion 15.2\nservice timestamps log datetime\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n').vendor).toBe('cisco-ios');
  });
  it('recognises an AlliedWare Plus switch with no banner and no manager account despite its IOS look', () => {
    const awplus = [
      'service password-encryption', 'hostname sw1', '!', 'clock timezone JST plus 9:00', '!', 'vlan database',
      ' vlan 10 name KOUMU', '!', 'interface port1.0.1-1.0.8', ' switchport access vlan 10', ' auth-mac enable', '!',
      'interface vlan99', ' ip address 10.1.99.2/24', '!', 'line vty 0 4', ' exec-timeout 10 0', '!', 'end',
    ].join('\n');
    expect(detectVendor(awplus).vendor).toBe('alliedtelesis-awplus');
  });
});
