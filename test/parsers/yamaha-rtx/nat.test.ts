import { describe, expect, it } from 'vitest';
import { lineOf, parseFixture, parseText } from './helpers.js';

const FIXTURE = 'school-rtx.conf';

describe('Yamaha RTX NAT descriptors', () => {
  const { device } = parseFixture(FIXTURE);

  it('turns a masquerade descriptor bound to pp1 into source NAT with overload', () => {
    expect(device.nat[0]).toEqual({
      kind: 'dynamic',
      direction: 'source',
      inside: {},
      outside: { interface: 'pp1' },
      overload: true,
      source: expect.objectContaining({ line: lineOf(FIXTURE, 'nat descriptor type 1') }),
    });
  });

  it('turns static entries into 1:1 translations, `count` consecutive addresses', () => {
    const statics = device.nat.filter((n) => n.kind === 'static').map((n) => [n.outside.address, n.inside.address]);
    expect(statics).toEqual([
      ['203.0.113.20', '192.168.10.30'],
      ['203.0.113.21', '192.168.10.31'],
    ]);
  });

  it('turns `masquerade static` into port forwards, with outer=inner port mapping', () => {
    const forwards = device.nat.filter((n) => n.kind === 'port-forward').map((n) => [n.protocol, n.outside.interface, n.outside.port, n.inside.address, n.inside.port]);
    expect(forwards).toEqual([
      [6, 'pp1', 8080, '192.168.10.20', 80],
      [6, 'pp1', 443, '192.168.10.20', 443],
    ]);
  });

  it('makes no rule for a descriptor no interface names', () => {
    const { device: d, diagnostics } = parseText('nat descriptor type 5 masquerade\nnat descriptor masquerade static 5 1 10.0.0.5 esp\n');
    expect(diagnostics).toEqual([]);
    expect(d.nat).toEqual([]);
  });

  it('uses a fixed outer address when one is configured', () => {
    const { device: d } = parseText('nat descriptor type 2 nat-masquerade\nnat descriptor address outer 2 198.51.100.7\nip lan2 nat descriptor 2\n');
    expect(d.nat.map((n) => n.outside)).toEqual([{ address: '198.51.100.7', interface: 'lan2' }]);
  });
});
