// Reachability of the bundled sample school: the planted leaks, exactly, and their evidence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisOf, configsIn } from './network-fixture.js';

const SAMPLE = resolve(__dirname, '../../../samples/minato-es');
const ZONES = readFileSync(resolve(SAMPLE, 'zones.csv'), 'utf8');
const LEAK_LINE = ' 20 permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.20 eq 445';

describe('samples/minato-es', () => {
  const configs = configsIn(SAMPLE);
  const analysis = analysisOf(configs, ZONES);
  const reachability = analysis.reachability!;
  const space = analysis.model.space;

  it('finds where every zone attaches', () => {
    expect(reachability.spaces.map((s) => [s.zone.name, s.attachments.map((l3) => `${l3.device.hostname} ${l3.interface.name}`)])).toEqual([
      ['校務', ['minato-core01 Vlan10']],
      ['校務外部', ['minato-core01 Vlan20']],
      ['学習', ['minato-core01 Vlan30']],
      ['来客', ['minato-core01 Vlan40']],
      ['管理', ['minato-acc01 Vlan99', 'minato-acc02 Vlan99', 'minato-ap01 BVI1', 'minato-core01 Vlan99']],
      ['インターネット', ['minato-rt01 GigabitEthernet0/0/0']],
    ]);
  });

  it('lets learning reach the 校務 file server on tcp/445 and nothing else of 校務, through LEARNING-IN line 20', () => {
    const leak = reachability.pair('学習', '校務')!;
    const expected = space.fromMatch({
      protocol: 6,
      src: [{ kind: 'prefix', address: '10.10.30.0', length: 23, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.10.10.20', length: 32, family: 4 }],
      dstPorts: [{ from: 445, to: 445 }],
    });
    expect(leak.permitted.equals(expected)).toBe(true);
    const [flow] = leak.flows();
    expect(flow!.trace.result).toBe('reached');
    const verdict = flow!.trace.hops[0]!.ingressVerdicts[0]!;
    expect([verdict.filter.name, verdict.line.file, verdict.line.line, verdict.line.text]).toEqual(['LEARNING-IN', 'minato-core01.cfg', 723, LEAK_LINE]);
  });

  it('lets koumu-external send everything to 校務 (no filter on Vlan20 in or Vlan10 out), but for the core’s own Vlan10 address', () => {
    const open = reachability.pair('校務外部', '校務')!;
    // 10.10.10.1 is minato-core01's Vlan10 SVI: packets to it end in the switch, not on the 校務 segment.
    const toCore = space.address('dst', { kind: 'prefix', address: '10.10.10.1', length: 32, family: 4 });
    const all = space.fromMatch({
      protocol: undefined,
      src: [{ kind: 'prefix', address: '10.10.20.0', length: 24, family: 4 }],
      dst: [{ kind: 'prefix', address: '10.10.10.0', length: 24, family: 4 }],
    });
    expect(open.permitted.equals(all.subtract(toCore))).toBe(true);
    // Still wholly open: the pair's space leaves the switch's address out as well.
    expect(open.permitted.equals(open.space)).toBe(true);
    expect(open.space.isEmpty()).toBe(false);
  });

  it('keeps the Internet and the guests away from 校務', () => {
    expect(reachability.pair('インターネット', '校務')!.permitted.isEmpty()).toBe(true);
    expect(reachability.pair('来客', '校務')!.permitted.isEmpty()).toBe(true);
  });

  it('gives each flow class an example inside the permitted set and a trace that reaches', () => {
    for (const pair of reachability.pairs) {
      for (const flow of pair.flows()) {
        expect(pair.permitted.contains(flow.example), `${pair.from.name} -> ${pair.to.name} ${flow.flowClass.text}`).toBe(true);
        expect(flow.trace.result).toBe('reached');
      }
    }
  });

  it('closes the learning leak when the line is removed in a copy', () => {
    const fixed = { ...configs, 'minato-core01.cfg': configs['minato-core01.cfg']!.replace(`${LEAK_LINE}\n`, '') };
    expect(fixed['minato-core01.cfg']).not.toBe(configs['minato-core01.cfg']);
    const after = analysisOf(fixed, ZONES).reachability!;
    expect(after.pair('学習', '校務')!.permitted.isEmpty()).toBe(true);
    expect(after.pair('校務外部', '校務')!.permitted.isEmpty()).toBe(false);
  });
});
