import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decidingRule, evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import type { AddressMatch, Filter } from '../../../src/model/index.js';
import { formatIpv4, parseIpv4 } from '../../../src/net/ipv4.js';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

/*
 * Every filter of the real IOS configs in the shared corpus (read in place, never copied), compiled
 * and checked against the plain evaluator on packets built from the filter's own addresses and
 * ports, one step either side of each boundary.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(ROOT, '../shared/corpus/cisco_ios');

function boundaryAddresses(filter: Filter): string[] {
  const values = new Set<number>([0, 0xffffffff, 0x0a000001]);
  const add = (text: string) => {
    const v = parseIpv4(text);
    if (v === undefined) return;
    for (const d of [-1, 0, 1]) values.add((v + d) >>> 0);
  };
  const visit = (a: AddressMatch) => {
    if (a.kind === 'prefix' && a.family === 4) {
      const base = parseIpv4(a.address)!;
      const last = (base | (a.length === 0 ? 0xffffffff : ~(0xffffffff << (32 - a.length)))) >>> 0;
      add(a.address);
      add(formatIpv4(last));
    } else if (a.kind === 'wildcard') {
      add(a.address);
      add(formatIpv4((parseIpv4(a.address)! | parseIpv4(a.wildcard)!) >>> 0));
    } else if (a.kind === 'range' && a.family === 4) {
      add(a.first);
      add(a.last);
    }
  };
  for (const rule of filter.rules) [...rule.match.src, ...rule.match.dst].forEach(visit);
  return [...values].map(formatIpv4);
}

function boundaryPorts(filter: Filter): number[] {
  const ports = new Set<number>([0, 80, 65535]);
  for (const rule of filter.rules) {
    for (const r of [...(rule.match.dstPorts ?? []), ...(rule.match.srcPorts ?? [])]) {
      for (const p of [r.from - 1, r.from, r.to, r.to + 1]) if (p >= 0 && p <= 65535) ports.add(p);
    }
  }
  return [...ports];
}

function packetsFor(filter: Filter): Packet[] {
  const addresses = boundaryAddresses(filter).slice(0, 24);
  const ports = boundaryPorts(filter).slice(0, 12);
  const packets: Packet[] = [];
  for (const srcIp of addresses) {
    for (const dstIp of addresses) {
      for (const protocol of [6, 17, 1, 47]) {
        const port = ports[(srcIp.length + dstIp.length + protocol) % ports.length]!;
        packets.push({ family: 4, srcIp, dstIp, protocol, srcPort: ports[(port + 1) % ports.length]!, dstPort: port, icmpType: 8, established: port % 2 === 0 });
      }
    }
  }
  return packets;
}

describe.skipIf(!existsSync(CORPUS))('compiled corpus filters agree with the evaluator', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];
  it.each(files)('%s', (file) => {
    const { device } = ciscoIosParser.parse(readFileSync(resolve(CORPUS, file), 'utf8'), file);
    const space = new PacketSpace();
    for (const filter of device.filters) {
      const compiled = compileFilter(space, filter);
      for (const packet of packetsFor(filter)) {
        expect(compiled.decide(packet), `${filter.name} ${JSON.stringify(packet)}`).toBe(decidingRule(filter, packet));
        expect(compiled.permitted.contains(packet)).toBe(evaluateFilter(filter, packet) === 'permit');
      }
      // Reachability by the per-line shortcut equals the plain whole-filter computation.
      let unmatched = compiled.judged;
      const expected: number[] = [];
      filter.rules.forEach((rule, i) => {
        if (rule.disabled) return;
        const match = compiled.lines[i]!.match;
        if (match.intersect(unmatched).isEmpty()) expected.push(i);
        unmatched = unmatched.subtract(match);
      });
      expect(compiled.unreachableLines().map((u) => u.line)).toEqual(expected);
    }
  });
});
