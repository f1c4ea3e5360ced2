/**
 * The engine's verdict on flows through filters parsed from NEC IX configs, against the documented
 * IX semantics (vendor-syntax.md §2, [V-2nd] NEC 機能説明書 2-421..2-430 / FAQ filter.html): the
 * lists bound to one interface and direction run in ascending sequence number, first match wins,
 * a packet no list matches is discarded once any filter exists there, and a direction without any
 * filter passes everything.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import type { Device, Filter } from '../../../src/model/index.js';
import { necIxParser } from '../../../src/parsers/nec-ix/index.js';

// The deny list has the lower sequence number but is written second.
const CONFIG = `hostname ix-semantics
ip access-list allow-smb permit tcp src 10.10.10.0/24 dest 10.20.0.10/32 dport eq 445
ip access-list block-smb deny tcp src any dest any dport eq 445
interface GigaEthernet1.0
  ip address 10.10.10.1/24
  ip filter allow-smb 20 in
  ip filter block-smb 10 in
  no shutdown
interface GigaEthernet2.0
  ip address 10.20.0.1/24
  no shutdown
`;

function parse(): Device {
  const { device, diagnostics } = necIxParser.parse(CONFIG, 'semantics.conf');
  expect(diagnostics).toEqual([]);
  return device;
}

const tcp = (srcIp: string, dstIp: string, dstPort: number): Packet => ({ family: 4, srcIp, dstIp, protocol: 6, srcPort: 40000, dstPort });

/** The verdict of the filters bound to an interface in a direction: no binding = pass. */
function verdict(device: Device, ifaceName: string, direction: 'in' | 'out', packet: Packet, space: PacketSpace): 'permit' | 'deny' {
  const iface = device.interfaces.find((i) => i.name === ifaceName)!;
  const filters = iface.filters
    .filter((b) => b.direction === direction)
    .map((b) => device.filters.find((f) => f.name === b.filter && f.family === b.family)!);
  for (const filter of filters) {
    const compiled = compileFilter(space, filter);
    const permitted = compiled.permitted.contains(packet);
    expect(permitted, 'compiled filter agrees with the plain evaluator').toBe(evaluateFilter(filter, packet) === 'permit');
    if (!permitted) return 'deny';
  }
  return 'permit';
}

describe('NEC IX filter semantics in the engine', () => {
  const device = parse();
  const space = new PacketSpace();
  const inbound: Filter = device.filters.find((f) => f.name === 'GigaEthernet1.0 in')!;

  it('the lower sequence number decides, whatever the order of the lines in the config', () => {
    expect(inbound.rules.map((r) => r.seq)).toEqual([10, 20]);
    // SMB to the approved server matches allow-smb (seq 20) too, but block-smb (seq 10) comes first.
    expect(verdict(device, 'GigaEthernet1.0', 'in', tcp('10.10.10.5', '10.20.0.10', 445), space)).toBe('deny');
    expect(compileFilter(space, inbound).decide(tcp('10.10.10.5', '10.20.0.10', 445))).toBe(0);
  });

  it('once a filter exists on the interface, a packet no list matches is discarded', () => {
    expect(inbound.semantics.defaultAction).toBe('deny');
    const https = tcp('10.10.10.5', '10.20.0.10', 443);
    expect(compileFilter(space, inbound).decide(https)).toBe('default');
    expect(verdict(device, 'GigaEthernet1.0', 'in', https, space)).toBe('deny');
  });

  it('an interface (or direction) without filters passes everything', () => {
    expect(device.interfaces.find((i) => i.name === 'GigaEthernet2.0')!.filters).toEqual([]);
    expect(verdict(device, 'GigaEthernet2.0', 'in', tcp('10.20.0.10', '10.10.10.5', 445), space)).toBe('permit');
    expect(verdict(device, 'GigaEthernet1.0', 'out', tcp('10.20.0.10', '10.10.10.5', 445), space)).toBe('permit');
  });

  it('a permitted flow passes when the permitting list comes first', () => {
    const swapped = necIxParser.parse(CONFIG.replace('allow-smb 20 in', 'allow-smb 5 in'), 'swapped.conf').device;
    expect(verdict(swapped, 'GigaEthernet1.0', 'in', tcp('10.10.10.5', '10.20.0.10', 445), new PacketSpace())).toBe('permit');
    expect(verdict(swapped, 'GigaEthernet1.0', 'in', tcp('10.10.10.5', '10.20.0.11', 445), new PacketSpace())).toBe('deny');
  });
});
