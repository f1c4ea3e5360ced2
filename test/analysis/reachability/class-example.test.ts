// Examples per flow class: inside the set, and inside the class describe() printed.
import { describe, expect, it } from 'vitest';
import { classExample, examplePacket } from '../../../src/analysis/reachability/class-example.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import type { AddressMatch } from '../../../src/model/index.js';

const space = new PacketSpace();
const net = (cidr: string): AddressMatch => {
  const [address, length] = cidr.split('/');
  return { kind: 'prefix', address: address!, length: Number(length), family: 4 };
};
const none = { src: space.none(), dst: space.none() };

describe('classExample', () => {
  const web = space.fromMatch({ protocol: 6, src: [net('10.0.0.0/24')], dst: [net('10.9.0.0/24')], dstPorts: [{ from: 80, to: 80 }, { from: 443, to: 443 }] });
  const dns = space.fromMatch({ protocol: 17, src: [net('10.0.1.0/24')], dst: [net('10.9.9.9/32')], dstPorts: [{ from: 53, to: 53 }] });
  const other = space.fromMatch({ protocol: undefined, src: [net('10.0.2.0/24')], dst: [net('10.8.0.0/16')] }).subtract(space.protocol(6));
  const set = web.union(dns).union(other);

  it('picks, for every class, a packet of the set that matches what the class says', () => {
    const classes = set.describe().classes;
    expect(classes.length).toBeGreaterThanOrEqual(3);
    for (const c of classes) {
      const example = classExample(set, c, none)!;
      expect(set.contains(example), c.text).toBe(true);
      const cidr = (item: string) => (item.includes('/') ? item : `${item}/32`);
      expect(space.address('src', net(cidr(c.src[0]!))).contains(example), c.text).toBe(true);
      expect(space.address('dst', net(cidr(c.dst[0]!))).contains(example), c.text).toBe(true);
      if (c.dstPorts) expect(c.dstPorts).toContain(String(example.dstPort));
      if (c.protocols.startsWith('any except')) expect([6, 17]).not.toContain(example.protocol);
    }
  });
});

describe('examplePacket', () => {
  it('prefers host-looking addresses that no device owns', () => {
    const set = space.fromMatch({ protocol: 6, src: [net('10.0.0.0/24')], dst: [net('10.9.0.0/24')] });
    const owned = { src: space.address('src', net('10.0.0.1/32')), dst: space.address('dst', net('10.9.0.1/32')) };
    const example = examplePacket(set, owned)!;
    expect(example.srcIp).not.toBe('10.0.0.1');
    expect(example.dstIp).not.toBe('10.9.0.1');
    expect(Number(example.srcIp.split('.')[3]) % 2).toBe(1);
    expect(set.contains(example)).toBe(true);
  });

  it('falls back to what the set holds when a preference would empty it', () => {
    const only = space.fromMatch({ protocol: 6, src: [net('10.0.0.1/32')], dst: [net('10.9.0.2/32')] });
    const example = examplePacket(only, { src: only, dst: only })!;
    expect([example.srcIp, example.dstIp]).toEqual(['10.0.0.1', '10.9.0.2']);
  });
});

describe('classExample with describe()’s "except" forms', () => {
  it('keeps the example inside a subnet-with-holes class, not in a neighbouring one', () => {
    const space = new PacketSpace();
    const p = (cidr: string): AddressMatch => {
      const [address, length] = cidr.split('/');
      return { kind: 'prefix', address: address!, length: Number(length ?? 32), family: 4 };
    };
    const router = space.fromMatch({ protocol: undefined, src: [{ kind: 'any' }], dst: [p('10.1.10.1')] });
    const local = space.fromMatch({ protocol: undefined, src: [p('10.1.20.0/24')], dst: [p('10.1.10.0/24')] }).subtract(router);
    const center = space.fromMatch({ protocol: undefined, src: [p('10.1.20.0/24'), p('10.2.20.0/24')], dst: [p('10.0.10.0/24')] });
    const set = local.union(center);
    const localClass = set.describe().classes.find((c) => c.dst[0]!.startsWith('10.1.10.0/24'))!;
    expect(localClass.dst).toEqual(['10.1.10.0/24 except 10.1.10.1']);
    const example = classExample(set, localClass, { src: space.none(), dst: space.none() })!;
    expect(local.contains(example)).toBe(true);
  });
});
