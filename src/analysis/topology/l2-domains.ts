import type { Device, Interface } from '../../model/index.js';
import { createDisjointSets } from './disjoint-sets.js';
import { interfacesOf, type DeviceInterfaces } from './device-interfaces.js';
import { portMode, type PortMode } from './port-mode.js';
import type { L2Domain, L2Member, L2Role, PortRef, ResolvedLink } from './types.js';

/**
 * Broadcast domains. Each device's switch VLANs, routed ports, sub-interface tags and bridge groups
 * are nodes; a node's members are the interfaces whose frames it carries. Inside a device a VLAN is
 * one node (its SVI, access ports and trunks). Nodes of different devices join only across a known
 * link, tag by tag, so VLAN 10 of two switches stays two domains unless a link proves the wire.
 */

export interface L2Index {
  domains: L2Domain[];
  /** Domain of an interface's own frames: SVI, BVI, routed port, sub-interface tag, access port. */
  domainOf(device: Device, iface: Interface): L2Domain | undefined;
  vlanDomain(device: Device, vlan: number): L2Domain | undefined;
}

const DEFAULT_VLAN = 1;

const vlanNode = (d: number, vlan: number): string => `${d}|v${vlan}`;
const portNode = (d: number, port: string): string => `${d}|p${port}`;
const tagNode = (d: number, port: string, tag: number): string => `${d}|p${port}|t${tag}`;
const bridgeNode = (d: number, group: number): string => `${d}|b${group}`;

/** Where a port's frames go: untagged ones, and each 802.1Q tag it accepts. */
interface PortFrames {
  untagged?: string;
  tagged(vlan: number): string | undefined;
  taggedVlans: readonly number[] | 'all';
}

interface DeviceContext {
  index: number;
  device: Device;
  interfaces: DeviceInterfaces;
  /** VLANs that exist on the device: declared, SVIs, access, voice and native VLANs. */
  localVlans: Set<number>;
}

function trailingNumber(name: string): number | undefined {
  const m = /([0-9]+)$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

function sviVlan(iface: Interface): number | undefined {
  return iface.kind === 'vlan' ? trailingNumber(iface.name) : undefined;
}

/** Bridge-group virtual interface (`BVI1`): the routed interface of bridge group 1. */
function bviGroup(iface: Interface): number | undefined {
  return /^bvi[0-9]+$/i.test(iface.name) ? trailingNumber(iface.name) : undefined;
}

function localVlansOf(device: Device): Set<number> {
  const vlans = new Set<number>(device.vlans.map((v) => v.id));
  for (const iface of device.interfaces) {
    const svi = sviVlan(iface);
    if (svi !== undefined) vlans.add(svi);
    const port = iface.switchport;
    if (port === undefined) continue;
    vlans.add(port.accessVlan ?? DEFAULT_VLAN);
    if (port.voiceVlan !== undefined) vlans.add(port.voiceVlan);
    if (port.mode === 'trunk' || port.mode === 'dynamic' || port.mode === undefined) vlans.add(port.nativeVlan ?? DEFAULT_VLAN);
  }
  return vlans;
}

function framesOf(ctx: DeviceContext, iface: Interface, mode: PortMode): PortFrames {
  const d = ctx.index;
  const port = iface.switchport;
  switch (mode) {
    case 'routed': {
      const tags = new Map<number, string>();
      for (const sub of ctx.interfaces.subinterfacesOf(iface)) {
        if (sub.encapsulationVlan !== undefined) tags.set(sub.encapsulationVlan, tagNode(d, iface.name, sub.encapsulationVlan));
      }
      return { untagged: portNode(d, iface.name), tagged: (t) => tags.get(t), taggedVlans: [...tags.keys()] };
    }
    case 'access': {
      const voice = port?.voiceVlan;
      return {
        untagged: vlanNode(d, port?.accessVlan ?? DEFAULT_VLAN),
        tagged: (t) => (t === voice ? vlanNode(d, t) : undefined),
        taggedVlans: voice === undefined ? [] : [voice],
      };
    }
    case 'trunk': {
      const allowed = port?.trunkAllowed === undefined ? undefined : new Set(port.trunkAllowed);
      const native = port?.nativeVlan ?? DEFAULT_VLAN;
      const carries = (t: number): boolean => allowed === undefined || allowed.has(t);
      return {
        untagged: carries(native) ? vlanNode(d, native) : undefined,
        tagged: (t) => (carries(t) ? vlanNode(d, t) : undefined),
        taggedVlans: port?.trunkAllowed ?? 'all',
      };
    }
    case 'tunnel': {
      const node = vlanNode(d, port?.accessVlan ?? DEFAULT_VLAN);
      return { untagged: node, tagged: () => node, taggedVlans: 'all' };
    }
    case 'isolated':
      return { untagged: portNode(d, iface.name), tagged: () => undefined, taggedVlans: [] };
  }
}

/** Tags both ends accept. */
function sharedTags(a: PortFrames, b: PortFrames, everyVlan: () => Iterable<number>): Iterable<number> {
  if (a.taggedVlans === 'all' && b.taggedVlans === 'all') return everyVlan();
  if (a.taggedVlans === 'all') return b.taggedVlans as readonly number[];
  if (b.taggedVlans === 'all') return a.taggedVlans;
  const other = new Set(b.taggedVlans);
  return a.taggedVlans.filter((t) => other.has(t));
}

export function buildL2Domains(devices: Device[], links: ResolvedLink[]): L2Index {
  const sets = createDisjointSets();
  const contexts = new Map<Device, DeviceContext>();
  devices.forEach((device, index) => {
    contexts.set(device, { index, device, interfaces: interfacesOf(device), localVlans: localVlansOf(device) });
  });

  const members = new Map<string, { node: string; member: L2Member }>();
  const addMember = (node: string, member: L2Member): void => {
    const key = `${node}#${member.interface.name}#${member.role}`;
    if (!members.has(key)) members.set(key, { node, member });
    sets.find(node);
  };

  /** The interface that speaks for a port: the bundle of a member port when the bundle is configured. */
  const speakerOf = (ctx: DeviceContext, iface: Interface): Interface => {
    if (iface.channelGroup === undefined) return iface;
    return ctx.interfaces.named(iface.channelGroup) ?? iface;
  };

  // The far end of each linked port decides how a dynamic (DTP) port comes up.
  const peers = new Map<Interface, PortRef>();
  const linkEnd = (ref: PortRef): PortRef | undefined => {
    const ctx = contexts.get(ref.device)!;
    const speaker = speakerOf(ctx, ref.interface);
    if (!ctx.interfaces.isUp(ref.interface) || !ctx.interfaces.isUp(speaker)) return undefined;
    return { device: ref.device, interface: speaker };
  };
  const upLinks: [PortRef, PortRef][] = [];
  for (const link of links) {
    const a = linkEnd(link.a);
    const b = linkEnd(link.b);
    if (a === undefined || b === undefined) continue;
    upLinks.push([a, b]);
    if (!peers.has(a.interface)) peers.set(a.interface, b);
    if (!peers.has(b.interface)) peers.set(b.interface, a);
  }
  const modeOf = (ctx: DeviceContext, iface: Interface): PortMode => portMode(ctx.device, iface, peers.get(iface));

  /** Node of an interface's own frames; undefined for trunks and interfaces without a wire. */
  const ownNode = (ctx: DeviceContext, iface: Interface): string | undefined => {
    const d = ctx.index;
    const svi = sviVlan(iface);
    if (svi !== undefined) return vlanNode(d, svi);
    const bvi = bviGroup(iface);
    if (bvi !== undefined) return bridgeNode(d, bvi);
    if (iface.kind === 'subinterface') {
      const parent = iface.parent === undefined ? undefined : ctx.interfaces.named(iface.parent);
      if (parent !== undefined && iface.encapsulationVlan !== undefined) return tagNode(d, parent.name, iface.encapsulationVlan);
      return portNode(d, iface.name);
    }
    if (iface.kind === 'tunnel' || iface.kind === 'loopback' || iface.kind === 'virtual') return undefined;
    const speaker = speakerOf(ctx, iface);
    switch (modeOf(ctx, speaker)) {
      case 'routed':
      case 'isolated':
        return portNode(d, speaker.name);
      case 'trunk':
        return undefined;
      default:
        return vlanNode(d, speaker.switchport?.accessVlan ?? DEFAULT_VLAN);
    }
  };

  for (const ctx of contexts.values()) {
    const { device, interfaces } = ctx;
    for (const iface of device.interfaces) {
      if (!interfaces.isUp(iface)) continue;
      const node = ownNode(ctx, iface);
      if (iface.bridgeGroup !== undefined && node !== undefined) sets.union(node, bridgeNode(ctx.index, iface.bridgeGroup));

      const svi = sviVlan(iface);
      if (svi !== undefined) {
        addMember(node!, { device, interface: iface, role: 'svi', vlan: svi });
        continue;
      }
      if (bviGroup(iface) !== undefined) {
        addMember(node!, { device, interface: iface, role: 'svi' });
        continue;
      }
      if (iface.kind === 'subinterface') {
        addMember(node!, { device, interface: iface, role: iface.encapsulationVlan === undefined ? 'routed' : 'subinterface' });
        continue;
      }
      if (node === undefined && iface.switchport === undefined) continue; // tunnels, loopbacks, virtual
      if (speakerOf(ctx, iface) !== iface) continue; // a bundle member: the bundle speaks for it
      addPortMembers(ctx, iface, modeOf(ctx, iface));
    }
  }

  function addPortMembers(ctx: DeviceContext, iface: Interface, mode: PortMode): void {
    const member = (node: string, role: L2Role, vlan?: number): void => {
      const m: L2Member = { device: ctx.device, interface: iface, role };
      if (vlan !== undefined) m.vlan = vlan;
      addMember(node, m);
    };
    const port = iface.switchport;
    switch (mode) {
      case 'routed':
      case 'isolated':
        member(portNode(ctx.index, iface.name), mode === 'routed' ? 'routed' : 'access');
        return;
      case 'access':
      case 'tunnel': {
        const vlan = port?.accessVlan ?? DEFAULT_VLAN;
        member(vlanNode(ctx.index, vlan), 'access', vlan);
        if (mode === 'access' && port?.voiceVlan !== undefined) member(vlanNode(ctx.index, port.voiceVlan), 'voice', port.voiceVlan);
        return;
      }
      case 'trunk': {
        const frames = framesOf(ctx, iface, mode);
        for (const vlan of ctx.localVlans) if (frames.tagged(vlan) !== undefined) member(vlanNode(ctx.index, vlan), 'trunk', vlan);
        return;
      }
    }
  }

  let everyVlanCache: number[] | undefined;
  const everyVlan = (): number[] => {
    if (everyVlanCache === undefined) {
      const all = new Set<number>();
      for (const ctx of contexts.values()) {
        for (const vlan of ctx.localVlans) all.add(vlan);
        for (const iface of ctx.device.interfaces) {
          for (const vlan of iface.switchport?.trunkAllowed ?? []) all.add(vlan);
          if (iface.encapsulationVlan !== undefined) all.add(iface.encapsulationVlan);
        }
      }
      everyVlanCache = [...all].sort((x, y) => x - y);
    }
    return everyVlanCache;
  };

  for (const [a, b] of upLinks) {
    const ctxA = contexts.get(a.device)!;
    const ctxB = contexts.get(b.device)!;
    const modeA = modeOf(ctxA, a.interface);
    const modeB = modeOf(ctxB, b.interface);
    const framesA = framesOf(ctxA, a.interface, modeA);
    const framesB = framesOf(ctxB, b.interface, modeB);
    if (framesA.untagged !== undefined && framesB.untagged !== undefined) sets.union(framesA.untagged, framesB.untagged);
    for (const tag of sharedTags(framesA, framesB, everyVlan)) {
      const nodeA = framesA.tagged(tag);
      const nodeB = framesB.tagged(tag);
      if (nodeA === undefined || nodeB === undefined) continue;
      sets.union(nodeA, nodeB);
      if (modeA === 'trunk') addMember(nodeA, { device: a.device, interface: a.interface, role: 'trunk', vlan: tag });
      if (modeB === 'trunk') addMember(nodeB, { device: b.device, interface: b.interface, role: 'trunk', vlan: tag });
    }
  }

  // Group members by their set; domain ids follow the order of first appearance (deterministic).
  const domainByRoot = new Map<number, L2Domain>();
  const domains: L2Domain[] = [];
  const deviceIndex = (device: Device): number => contexts.get(device)!.index;
  for (const { node, member } of members.values()) {
    const root = sets.find(node);
    let domain = domainByRoot.get(root);
    if (domain === undefined) {
      domain = { id: domains.length, members: [], vlans: [], devices: [] };
      domainByRoot.set(root, domain);
      domains.push(domain);
    }
    domain.members.push(member);
    if (member.vlan !== undefined && !domain.vlans.includes(member.vlan)) domain.vlans.push(member.vlan);
    if (!domain.devices.includes(member.device)) domain.devices.push(member.device);
  }
  for (const domain of domains) {
    domain.vlans.sort((x, y) => x - y);
    domain.devices.sort((x, y) => deviceIndex(x) - deviceIndex(y));
  }

  const domainOfNode = (node: string | undefined): L2Domain | undefined =>
    node === undefined ? undefined : domainByRoot.get(sets.find(node));

  return {
    domains,
    domainOf(device, iface) {
      const ctx = contexts.get(device);
      if (ctx === undefined || !ctx.interfaces.isUp(iface)) return undefined;
      return domainOfNode(ownNode(ctx, iface));
    },
    vlanDomain(device, vlan) {
      const ctx = contexts.get(device);
      return ctx === undefined ? undefined : domainOfNode(vlanNode(ctx.index, vlan));
    },
  };
}
