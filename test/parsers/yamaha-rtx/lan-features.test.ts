import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, filter, iface, parseText } from './helpers.js';

/** A school RTX with MAC filters, URL filtering, tagged and port-based VLANs (own writing). */
const SCHOOL = `# RTX830 Rev.15.02.31
ip lan1 address 192.168.10.1/24
vlan lan1/1 802.1q vid=20 name=gakushu
ip lan1/1 address 172.16.20.1/24
vlan lan1/2 802.1q vid=30 name=guest
ip lan1/2 address 172.16.30.1/24
vlan lan1/3 802.1q vid=40 name=kanri
ip lan1/3 address 172.16.40.1/24
vlan interconnect group lan1 lan1,lan1/3
lan type lan2 port-based-option=divide-network
vlan port mapping lan2.1 vlan1
vlan port mapping lan2.2 vlan1
vlan port mapping lan2.3 vlan2
ip vlan1 address 10.1.1.1/24
ip vlan2 address 10.1.2.1/24
ethernet filter 1 pass-nolog 00:11:22:33:44:55 *
ethernet filter 2 pass-log 00:a0:de:*:*:* *
ethernet filter 3 reject-nolog * ff:ff:ff:ff:ff:ff
ethernet filter 9 reject-log * *
ethernet lan1 filter in 1 2 7
url filter 1 reject www.example.com
url filter 2 pass *
url filter log on
url lan1/1 filter in 1 2
ipv6 lan1 address 2001:db8:10::1/64
ipv6 lan2 address dhcp
bridge member bridge1 lan3 tunnel1-tunnel2
`;

describe('Yamaha RTX MAC filters, URL filters, VLANs and bridges', () => {
  const result = parseText(SCHOOL);
  const { device } = result;

  it('understands every line', () => {
    expectFullyUnderstood(result);
  });

  it('turns an `ethernet lan1 filter in` list into a first-match MAC filter that discards unmatched frames', () => {
    const mac = filter(device, 'ethernet lan1 in', 'mac');
    expect(mac.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(mac.rules.map((r) => [r.seq, r.action, r.log, r.match.srcMac, r.match.dstMac])).toEqual([
      [1, 'permit', false, [{ mac: '00:11:22:33:44:55' }], undefined],
      [2, 'permit', true, [{ mac: '00:a0:de:00:00:00', wildcard: '00:00:00:ff:ff:ff' }], undefined],
    ]);
    expect(iface(device, 'lan1').filters).toEqual([{ filter: 'ethernet lan1 in', family: 'mac', direction: 'in', source: mac.source }]);
  });

  it('keeps an undefined MAC filter number as a reference and an unused MAC filter as a filter of its own', () => {
    expect(device.otherFilterBindings.filter((b) => b.family === 'mac').map((b) => [b.filter, b.purpose])).toEqual([['ethernet filter 7', 'ethernet lan1 in (list)']]);
    expect(device.filters.filter((f) => f.kind === 'unlisted').map((f) => f.name)).toEqual(['ethernet filter 3', 'ethernet filter 9']);
  });

  it('reports MAC filters it cannot express instead of guessing', () => {
    const { diagnostics } = parseText('ethernet filter 10 pass-nolog dhcp-bind 1\nethernet filter 11 reject-nolog * * 0 08,00\n');
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([[1, 'unrecognized'], [2, 'unrecognized']]);
  });

  it('records URL filtering on the interface as a fact, not as a packet filter', () => {
    expect(iface(device, 'lan1/1').urlFilters).toEqual([{ direction: 'in', source: expect.objectContaining({ line: 24 }) }]);
    expect(device.filters.some((f) => f.name.startsWith('url'))).toBe(false);
  });

  it('maps switch ports to port-based VLAN interfaces as access ports of one VLAN', () => {
    expect(iface(device, 'lan2.1').switchport).toMatchObject({ mode: 'access', accessVlan: 1 });
    expect(iface(device, 'lan2.2').switchport).toMatchObject({ mode: 'access', accessVlan: 1 });
    expect(iface(device, 'lan2.3').switchport).toMatchObject({ mode: 'access', accessVlan: 2 });
    expect(iface(device, 'vlan1')).toMatchObject({ kind: 'vlan', addresses: [{ address: '10.1.1.1', prefixLength: 24, family: 4 }] });
  });

  it('turns `vlan interconnect group` into a zone-pair rulebase that blocks the pairs no group joins', () => {
    const policy = device.securityPolicy!;
    expect(policy.defaultAction).toBe('permit');
    const denied = policy.rules.map((r) => `${(r.from as string[])[0]}>${(r.to as string[])[0]}`).sort();
    // lan1 and lan1/3 (management) may talk; lan1/1 and lan1/2 may talk to nobody on lan1.
    expect(denied).toEqual(
      ['lan1/1>lan1', 'lan1/1>lan1/2', 'lan1/1>lan1/3', 'lan1/2>lan1', 'lan1/2>lan1/1', 'lan1/2>lan1/3', 'lan1/3>lan1/1', 'lan1/3>lan1/2', 'lan1>lan1/1', 'lan1>lan1/2'].sort(),
    );
    expect(policy.rules.every((r) => r.action === 'deny')).toBe(true);
    expect(policy.zones.every((z) => z.intrazone === 'permit' && z.interfaces.length === 1)).toBe(true);
  });

  it('adds no rulebase when every LAN may interconnect (the default `all`)', () => {
    const { device: d } = parseText('vlan lan1/1 802.1q vid=20\nvlan interconnect group lan1 all\n');
    expect(d.securityPolicy).toBeUndefined();
    const { device: hub } = parseText('vlan lan1/1 802.1q vid=20\nvlan lan1/2 802.1q vid=30\nvlan interconnect group lan1 lan1/1$\n');
    // `lan1/1$`: lan1/1 may talk to every LAN of lan1; lan1 and lan1/2 not to each other.
    expect(hub.securityPolicy!.rules.map((r) => r.id).sort()).toEqual(['lan1 lan1/2>lan1', 'lan1 lan1>lan1/2'].sort());
  });

  it('reads fixed IPv6 addresses and leaves provider-assigned ones out', () => {
    expect(iface(device, 'lan1').addresses).toContainEqual({ address: '2001:db8:10::1', prefixLength: 64, family: 6 });
    expect(iface(device, 'lan2').addresses).toEqual([]);
  });

  it('names the device after its file (RTX configs hold no host name)', () => {
    expect(parseText('ip lan1 address 192.168.10.1/24\n', 'schools/minami-es.rtx.conf').device.hostname).toBe('minami-es.rtx');
  });

  it('puts bridge members into the bridge group, tunnel ranges expanded', () => {
    expect(['lan3', 'tunnel1', 'tunnel2'].map((n) => iface(device, n).bridgeGroup)).toEqual([1, 1, 1]);
  });
});
