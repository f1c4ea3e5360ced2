// FortiGate firewall-policy semantics as the engine applies them, on configs read by the real
// FortiGate parser (FortiOS CLI reference, "config firewall policy"; vendor-syntax.md §4): policies are
// tried top down in the order they appear in the config — position, not policy id —; the first
// match decides; disabled policies are skipped; unmatched traffic meets the implicit deny
// (policy 0); unmatched traffic between two interfaces of one zone gets the zone's `intrazone`
// action (FortiOS CLI reference, "config system zone", default deny); `any` matches every interface.
import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../../src/analysis/packet/evaluate-filter.js';
import { compileFilter } from '../../../src/analysis/packet/filter-compiler.js';
import type { Packet } from '../../../src/analysis/packet/packet.js';
import { PacketSpace } from '../../../src/analysis/packet/packet-set.js';
import { pairFilter } from '../../../src/analysis/security-policy/pair-filter.js';
import { policyZones } from '../../../src/analysis/security-policy/policy-zones.js';
import type { Device, Filter } from '../../../src/model/index.js';
import { fortigateParser } from '../../../src/parsers/fortigate/index.js';

function parse(text: string): Device {
  const { device, diagnostics } = fortigateParser.parse(text, 'fgt.conf');
  expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${d.line}: ${d.text} (${d.reason})`)).toEqual([]);
  return device;
}

const tcp = (srcIp: string, dstIp: string, dstPort: number): Packet => ({ family: 4, srcIp, dstIp, protocol: 6, srcPort: 40000, dstPort });

/** The filter traffic from one interface to another meets, via the device's zones. */
function between(device: Device, ingress: string, egress: string): Filter {
  const zones = policyZones(device, device.securityPolicy!);
  return pairFilter(device.securityPolicy!, zones.zoneOf(ingress), zones.zoneOf(egress)).filter;
}

/** The verdict of the compiled filter, checked against the plain evaluator. */
function verdict(filter: Filter, packet: Packet): 'permit' | 'deny' {
  const compiled = compileFilter(new PacketSpace(), filter);
  const passes = compiled.permitted.contains(packet);
  expect(passes).toBe(evaluateFilter(filter, packet) === 'permit');
  return passes ? 'permit' : 'deny';
}

const CONFIG = `config system interface
    edit "port1"
        set ip 10.10.30.1 255.255.254.0
    next
    edit "port2"
        set ip 10.10.10.1 255.255.255.0
    next
    edit "port3"
        set ip 10.10.20.1 255.255.255.0
    next
    edit "port4"
        set ip 10.10.40.1 255.255.255.0
    next
    edit "port5"
        set ip 10.10.50.1 255.255.255.0
    next
    edit "wan1"
        set ip 203.0.113.2 255.255.255.252
    next
end
config system zone
    edit "staff"
        set intrazone allow
        set interface "port2" "port3"
    next
    edit "closed"
        set interface "port4" "port5"
    next
end
config firewall address
    edit "printer"
        set subnet 10.10.10.30 255.255.255.255
    next
    edit "koumu-net"
        set subnet 10.10.10.0 255.255.255.0
    next
end
config firewall policy
    edit 20
        set srcintf "port1"
        set dstintf "staff"
        set action accept
        set srcaddr "all"
        set dstaddr "printer"
        set schedule "always"
        set service "ALL_TCP"
    next
    edit 10
        set srcintf "port1"
        set dstintf "staff"
        set action deny
        set srcaddr "all"
        set dstaddr "koumu-net"
        set schedule "always"
        set service "ALL"
    next
    edit 30
        set status disable
        set srcintf "port1"
        set dstintf "staff"
        set action accept
        set srcaddr "all"
        set dstaddr "all"
        set schedule "always"
        set service "ALL"
    next
    edit 40
        set srcintf "any"
        set dstintf "wan1"
        set action accept
        set srcaddr "all"
        set dstaddr "all"
        set schedule "always"
        set service "HTTPS"
    next
end
`;

describe('FortiGate firewall policy verdicts', () => {
  const device = parse(CONFIG);

  it('lets the first policy in config order decide, not the lowest id', () => {
    const filter = between(device, 'port1', 'port2');
    // edit 20 (accept to the printer) comes before edit 10 (deny koumu-net): the printer is reachable.
    expect(verdict(filter, tcp('10.10.30.5', '10.10.10.30', 9100))).toBe('permit');
    expect(verdict(filter, tcp('10.10.30.5', '10.10.10.31', 9100))).toBe('deny');
    expect(filter.rules.map((r) => (r as { id?: string }).id)).toEqual(['20', '10', '30']);
  });

  it('skips a disabled policy', () => {
    // edit 30 would accept everything to staff; it is disabled, so the implicit deny applies.
    expect(verdict(between(device, 'port1', 'port3'), tcp('10.10.30.5', '10.10.20.9', 22))).toBe('deny');
  });

  it('denies traffic no policy matches (implicit deny)', () => {
    expect(verdict(between(device, 'port2', 'port1'), tcp('10.10.10.5', '10.10.30.5', 443))).toBe('deny');
    expect(verdict(between(device, 'port1', 'wan1'), tcp('10.10.30.5', '198.51.100.1', 80))).toBe('deny');
  });

  it('applies the zone intrazone action: allow for staff, deny (default) for closed', () => {
    expect(verdict(between(device, 'port2', 'port3'), tcp('10.10.10.5', '10.10.20.5', 445))).toBe('permit');
    expect(verdict(between(device, 'port4', 'port5'), tcp('10.10.40.5', '10.10.50.5', 445))).toBe('deny');
  });

  it('matches any ingress interface with srcintf "any"', () => {
    expect(verdict(between(device, 'port1', 'wan1'), tcp('10.10.30.5', '198.51.100.1', 443))).toBe('permit');
    expect(verdict(between(device, 'port2', 'wan1'), tcp('10.10.10.5', '198.51.100.1', 443))).toBe('permit');
    expect(verdict(between(device, 'port4', 'wan1'), tcp('10.10.40.5', '198.51.100.1', 443))).toBe('permit');
    expect(verdict(between(device, 'port4', 'wan1'), tcp('10.10.40.5', '198.51.100.1', 80))).toBe('deny');
  });

  it('keeps the firewall stateful', () => {
    expect(between(device, 'port1', 'port2').semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: true });
  });
});
