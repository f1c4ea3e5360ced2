// The engine's verdicts on Yamaha RTX filters, parsed from small configs of our own, against the
// documented semantics:
// - Y-CMD 8.1.25 `ip INTERFACE secure filter` (https://www.rtpro.yamaha.co.jp/RT/manual/vrx/ip/ip_interface_secure_filter.html):
//   filters are tested in the order of the list, the first match decides, and once a list is applied
//   a packet matching none of them is discarded; with no list every packet passes.
// - Y-CMD 8.1.10 `ip filter` (http://www.rtpro.yamaha.co.jp/RT/manual/rt-common/ip/ip_filter.html):
//   `restrict` passes while the line is up (a configuration cannot say when it is down).
// - Y-CMD 8.1.14 `ip filter dynamic` (https://www.rtpro.yamaha.co.jp/RT/manual/vrx/ip/ip_filter_dynamic.html):
//   a list with `dynamic` filters lets the return traffic of the sessions it passes back in.
// - Y-CMD 38.3 `vlan interconnect group`: LANs of one physical LAN that no group joins exchange no
//   routed traffic, checked after the OUT filter.
import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import { analyzeNetwork } from '../../../src/analysis/reachability/network-analysis.js';
import { buildZoneIndex } from '../../../src/analysis/zone-binding.js';
import { readZonesCsv } from '../../../src/inventory/zones-csv.js';
import type { Device, Filter } from '../../../src/model/index.js';
import { yamahaRtxParser } from '../../../src/parsers/yamaha-rtx/index.js';

function parse(text: string): Device {
  const { device, diagnostics } = yamahaRtxParser.parse(text, 'rtx.conf');
  expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${d.line}: ${d.text} (${d.reason})`)).toEqual([]);
  return device;
}

function filterOf(device: Device, name: string): Filter {
  const found = device.filters.find((f) => f.name === name);
  if (!found) throw new Error(`no filter ${name}`);
  return found;
}

/** Verdict of the filter for the packet, by the plain evaluator and by the compiled (BDD) filter, which must agree. */
function verdict(filter: Filter, packet: Packet): 'permit' | 'deny' {
  const compiled = compileFilter(new PacketSpace(), filter);
  const plain = evaluateFilter(filter, packet);
  expect(compiled.permitted.contains(packet) ? 'permit' : 'deny', 'compiled and plain evaluation agree').toBe(plain);
  return plain;
}

const smb = (src: string, dst: string): Packet => ({ family: 4, srcIp: src, dstIp: dst, protocol: 6, srcPort: 50000, dstPort: 445 });
const web = (src: string, dst: string): Packet => ({ family: 4, srcIp: src, dstIp: dst, protocol: 6, srcPort: 50000, dstPort: 443 });

const LANS = `ip lan1 address 10.1.10.1/24
vlan lan1/1 802.1q vid=30
ip lan1/1 address 10.1.30.1/24
`;
const ZONES = 'zone,class,cidr\nK,校務内部系,10.1.10.0/24\nL,学習系,10.1.30.0/24\n';

function analysisOf(device: Device) {
  const { zones } = readZonesCsv(Buffer.from(ZONES), 'zones.csv');
  return analyzeNetwork({ devices: [device], zones: buildZoneIndex(zones, [device]) });
}

describe('Yamaha RTX secure filter semantics in the engine', () => {
  it('passes everything on an interface with no secure filter', () => {
    const device = parse(LANS);
    expect(device.interfaces.flatMap((i) => i.filters)).toEqual([]);
    const pair = analysisOf(device).reachability!.pair('L', 'K')!;
    expect(pair.permitted.contains(smb('10.1.30.5', '10.1.10.20'))).toBe(true);
    expect(pair.permitted.equals(pair.space)).toBe(true);
  });

  it('discards a packet that matches no filter once a list is applied', () => {
    const device = parse(`${LANS}ip lan1/1 secure filter in 10\nip filter 10 pass 10.1.30.0/24 * tcp * https\n`);
    const list = filterOf(device, 'lan1/1 in');
    expect(verdict(list, web('10.1.30.5', '10.1.10.20'))).toBe('permit');
    expect(verdict(list, smb('10.1.30.5', '10.1.10.20'))).toBe('deny');
    const pair = analysisOf(device).reachability!.pair('L', 'K')!;
    expect(pair.permitted.contains(smb('10.1.30.5', '10.1.10.20'))).toBe(false);
    expect(pair.permitted.contains(web('10.1.30.5', '10.1.10.20'))).toBe(true);
  });

  it('follows the list order, not the filter numbers: `secure filter in 200 100` lets 200 decide', () => {
    const device = parse(`${LANS}ip lan1/1 secure filter in 200 100\nip filter 100 reject 10.1.30.0/24 10.1.10.0/24 tcp * 445\nip filter 200 pass 10.1.30.0/24 10.1.10.0/24 tcp * *\n`);
    const list = filterOf(device, 'lan1/1 in');
    expect(verdict(list, smb('10.1.30.5', '10.1.10.20'))).toBe('permit');
    const compiled = compileFilter(new PacketSpace(), list);
    // Filter 100 comes second and never decides anything: 200 already takes all of its packets.
    expect(compiled.decide(smb('10.1.30.5', '10.1.10.20'))).toBe(0);
    expect(compiled.unreachableLines().map((u) => list.rules[u.line]!.seq)).toEqual([100]);
    // The reverse order denies the same flow.
    const reversed = parse(`${LANS}ip lan1/1 secure filter in 100 200\nip filter 100 reject 10.1.30.0/24 10.1.10.0/24 tcp * 445\nip filter 200 pass 10.1.30.0/24 10.1.10.0/24 tcp * *\n`);
    expect(verdict(filterOf(reversed, 'lan1/1 in'), smb('10.1.30.5', '10.1.10.20'))).toBe('deny');
  });

  it('treats restrict like pass for reachability', () => {
    const device = parse(`${LANS}ip lan1/1 secure filter in 10\nip filter 10 restrict 10.1.30.0/24 10.1.10.0/24 tcp * 445\n`);
    expect(verdict(filterOf(device, 'lan1/1 in'), smb('10.1.30.5', '10.1.10.20'))).toBe('permit');
  });

  it('makes a list with dynamic filters stateful, and a list without them stateless', () => {
    const device = parse(`${LANS}ip lan1 secure filter out 10 dynamic 20\nip lan1/1 secure filter out 10\nip filter 10 pass * *\nip filter dynamic 20 * * www\n`);
    expect(filterOf(device, 'lan1 out').semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: true });
    expect(compileFilter(new PacketSpace(), filterOf(device, 'lan1 out')).stateful).toBe(true);
    expect(filterOf(device, 'lan1/1 out').semantics.stateful).toBe(false);
  });

  it('discards a frame no MAC filter of an applied `ethernet … filter` list matches', () => {
    const device = parse(`${LANS}ethernet filter 1 pass-nolog 00:11:22:33:44:55 *\nethernet lan1 filter in 1\n`);
    const mac = filterOf(device, 'ethernet lan1 in');
    expect(verdict(mac, { ...web('10.1.10.5', '10.1.30.20'), srcMac: '00:11:22:33:44:55' })).toBe('permit');
    expect(verdict(mac, { ...web('10.1.10.5', '10.1.30.20'), srcMac: '00:11:22:33:44:66' })).toBe('deny');
  });

  it('stops routed traffic between LANs of one physical LAN that no `vlan interconnect group` joins', () => {
    const open = analysisOf(parse(LANS)).reachability!.pair('L', 'K')!;
    expect(open.permitted.isEmpty()).toBe(false);
    const closed = analysisOf(parse(`${LANS}vlan interconnect group lan1 none\n`)).reachability!.pair('L', 'K')!;
    expect(closed.permitted.isEmpty()).toBe(true);
  });
});
