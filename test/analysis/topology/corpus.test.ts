import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

/** Third-party IOS configs (read in place, never copied): the topology must hold its invariants on all of them. */
const CORPUS = resolve(__dirname, '../../..', '../shared/corpus/cisco_ios');

describe.skipIf(!existsSync(CORPUS))('topology of the Cisco IOS corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];
  const devices = files.map((file) => ciscoIosParser.parse(readFileSync(join(CORPUS, file), 'latin1'), file).device);
  const topology = buildTopology(devices);

  it('links only interfaces of different devices, each pair once', () => {
    const seen = new Set<string>();
    for (const adjacency of topology.adjacencies) {
      expect(adjacency.a.device).not.toBe(adjacency.b.device);
      const key = [adjacency.a.id, adjacency.b.id].sort((x, y) => x - y).join('-');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    // Batfish's IPsec example: r2 and r3 build Tunnel23 to each other.
    expect(topology.adjacencies.map((a) => `${a.a.device.hostname} ${a.a.interface.name} ${a.b.device.hostname} ${a.b.interface.name} ${a.reason}`)).toContain(
      'r2 Tunnel23 r3 Tunnel23 tunnel',
    );
  });

  it('builds tables whose paths leave by the device’s own routed interfaces, in longest-prefix order', () => {
    const routed = new Set(topology.l3Interfaces);
    let entries = 0;
    for (const device of devices) {
      for (const vrf of topology.vrfsOf(device)) {
        const table = topology.entries(device, vrf);
        entries += table.length;
        for (let i = 1; i < table.length; i++) expect(table[i - 1]!.prefix.length).toBeGreaterThanOrEqual(table[i]!.prefix.length);
        for (const entry of table) {
          expect(entry.paths.length).toBeGreaterThan(0);
          for (const path of entry.paths) {
            if (path.action === 'discard') continue;
            expect(routed.has(path.egress)).toBe(true);
            expect(path.egress.device).toBe(device);
          }
          // Longest-prefix match of a prefix's own network address finds that prefix or a longer one.
          const found = topology.lookup(device, vrf, entry.cidr.slice(0, entry.cidr.indexOf('/')))!;
          expect(found.prefix.length).toBeGreaterThanOrEqual(entry.prefix.length);
        }
      }
    }
    expect(entries).toBeGreaterThan(50);
  });

  it('reports problems as diagnostics that point at a corpus line, never as exceptions', () => {
    for (const d of topology.diagnostics) {
      expect(files).toContain(d.file);
      expect(d.line).toBeGreaterThan(0);
      expect(d.reason).toContain(' / ');
    }
    // cisco_host is a copy of lhr-border-02: the same /30 addresses on both are reported, not linked.
    const copies = topology.diagnostics.filter((d) => d.code === 'duplicate-address' && d.reason.includes('lhr-border-02'));
    expect(copies.length).toBeGreaterThan(0);
  });
});
