import { formatIpv4 } from '../../net/ipv4.js';
import { formatIpv6 } from '../../net/ipv6.js';
import { type BddManager, type BddNode, FALSE, TRUE } from './bdd.js';
import { FAMILY_BIT, type Field, FIELDS, IPV4_BITS } from './fields.js';
import { formatMac } from './packet.js';

/**
 * A packet set as readable flow classes. Exact: the set is split by family, then by protocol (grouping
 * the protocols that lead to the same remaining set), then walked field by field in variable order;
 * at each field the values that lead to the same remaining set form one group, whose cubes are
 * merged into intervals and printed as prefixes, hosts or ranges. Every packet of the set is in
 * exactly one class. Output is bounded: at most `limit` classes, the rest only counted.
 */

export interface FlowClass {
  family: 4 | 6;
  /** `any`, or protocol names/numbers such as `tcp`, `udp, icmp`, `50-51`. */
  protocols: string;
  /** `['any']` when unconstrained. */
  src: string[];
  dst: string[];
  /** Present only when constrained. */
  dstPorts?: string[];
  srcPorts?: string[];
  icmpTypes?: string[];
  icmpCodes?: string[];
  /** true: TCP ACK/RST set (return traffic); false: initial packets only. */
  established?: boolean;
  srcMac?: string[];
  dstMac?: string[];
  text: string;
}

export interface PacketSetSummary {
  classes: FlowClass[];
  /** Classes not listed because of the limit. */
  omitted: number;
  /** True when a field had more cubes than could be enumerated; classes are then incomplete. */
  truncated: boolean;
  /** One line per class plus a closing line for the omitted ones (bilingual where it is prose). */
  lines: string[];
}

const MAX_ITEMS = 8;
const MAX_CUBES_PER_FIELD = 100_000;
/** Discontiguous free bits expanded into intervals up to 2^this pieces; beyond, shown as a pattern. */
const MAX_EXPANDED_BITS = 3;

const PROTOCOL_NAMES: Record<number, string> = {
  1: 'icmp', 2: 'igmp', 6: 'tcp', 17: 'udp', 47: 'gre', 50: 'esp', 51: 'ah', 58: 'icmpv6',
  88: 'eigrp', 89: 'ospf', 103: 'pim', 112: 'vrrp', 132: 'sctp',
};

type FieldKey = 'dst' | 'src' | 'dstPorts' | 'srcPorts' | 'icmpTypes' | 'icmpCodes' | 'established' | 'srcMac' | 'dstMac';

const WALKED: { key: FieldKey; field: Field }[] = [
  { key: 'dst', field: FIELDS.dstIp },
  { key: 'src', field: FIELDS.srcIp },
  { key: 'dstPorts', field: FIELDS.dstPort },
  { key: 'srcPorts', field: FIELDS.srcPort },
  { key: 'icmpTypes', field: FIELDS.icmpType },
  { key: 'icmpCodes', field: FIELDS.icmpCode },
  { key: 'established', field: FIELDS.established },
  { key: 'srcMac', field: FIELDS.srcMac },
  { key: 'dstMac', field: FIELDS.dstMac },
];

interface Cube {
  value: bigint;
  care: bigint;
}

interface Group {
  /** undefined = every value of the field. */
  items: string[] | undefined;
  residual: BddNode;
}

export function describeSet(bdd: BddManager, root: BddNode, limit: number): PacketSetSummary {
  const walker = new ClassWalker(bdd);
  const classes: FlowClass[] = [];
  let total = 0;
  for (const family of [4, 6] as const) {
    const familySet = bdd.restrict(root, bdd.cube(FIELDS.family.first, [FAMILY_BIT[family]]));
    if (familySet === FALSE) continue;
    for (const { protocols, residual } of protocolGroups(bdd, familySet)) {
      total += walker.count(family, residual, 0);
      walker.collect(family, residual, 0, {}, (values) => {
        if (classes.length < limit) classes.push(flowClass(family, protocols, values));
        return classes.length < limit;
      });
    }
  }
  const omitted = total - classes.length;
  const lines = classes.map((c) => c.text);
  if (classes.length === 0) lines.push('(no packets / 該当パケットなし)');
  if (omitted > 0) lines.push(`… and ${omitted} more classes / 他 ${omitted} クラス`);
  if (walker.truncated) lines.push('(too many values to list in full / 値が多すぎるため一部のみ表示)');
  return { classes, omitted, truncated: walker.truncated, lines };
}

/**
 * Protocols grouped by the set they leave (equal residual nodes = equal sets). Restricting the whole
 * set once per protocol would cost 256 passes; instead the protocols are first partitioned by
 * looking only at where paths enter the protocol field, and the set is restricted once per group.
 */
function protocolGroups(bdd: BddManager, set: BddNode): { protocols: string; residual: BddNode }[] {
  const field = FIELDS.protocol;
  const end = field.first + field.width;
  const entries = fieldEntries(bdd, set, field);
  if (entries.length === 0) return [{ protocols: 'any', residual: set }];
  // Refine a partition of 0..255: two protocols stay together while every entry sends them to the
  // same node below the field.
  let groupOf = new Int32Array(256);
  for (const entry of entries) {
    const ids = new Map<string, number>();
    const next = new Int32Array(256);
    for (let p = 0; p < 256; p++) {
      let n = entry;
      while (bdd.varOf(n) < end) n = (p >> (end - 1 - bdd.varOf(n))) & 1 ? bdd.high(n) : bdd.low(n);
      const key = `${groupOf[p]}:${n}`;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      next[p] = id;
    }
    groupOf = next;
  }
  const members = new Map<number, number[]>();
  groupOf.forEach((group, p) => members.set(group, [...(members.get(group) ?? []), p]));
  const groups: { protocols: string; residual: BddNode }[] = [];
  for (const protocols of members.values()) {
    const residual = bdd.restrict(set, bdd.cube(field.first, bitsOf(protocols[0]!, field.width)));
    if (residual !== FALSE) groups.push({ protocols: protocolText(protocols), residual });
  }
  return groups;
}

/** Nodes inside the field that some path of the set enters the field at. */
function fieldEntries(bdd: BddManager, set: BddNode, field: Field): BddNode[] {
  const end = field.first + field.width;
  const entries = new Set<BddNode>();
  const seen = new Set<BddNode>();
  const stack = [set];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    const v = bdd.varOf(n);
    if (v >= field.first) {
      if (v < end) entries.add(n);
      continue;
    }
    stack.push(bdd.low(n), bdd.high(n));
  }
  return [...entries];
}

class ClassWalker {
  truncated = false;
  private groups = new Map<string, Group[]>();
  private counts = new Map<string, number>();

  constructor(private readonly bdd: BddManager) {}

  /** Number of classes below `node` from field `index` on. */
  count(family: 4 | 6, node: BddNode, index: number): number {
    if (index === WALKED.length) return node === FALSE ? 0 : 1;
    const key = `${family}:${index}:${node}`;
    const known = this.counts.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const group of this.groupsAt(family, node, index)) total += this.count(family, group.residual, index + 1);
    this.counts.set(key, total);
    return total;
  }

  /** Calls `emit` for each class in order until it returns false; returns false once stopped. */
  collect(
    family: 4 | 6,
    node: BddNode,
    index: number,
    values: Partial<Record<FieldKey, string[]>>,
    emit: (values: Partial<Record<FieldKey, string[]>>) => boolean,
  ): boolean {
    if (index === WALKED.length) return emit(values);
    for (const group of this.groupsAt(family, node, index)) {
      const next = { ...values };
      if (group.items !== undefined) next[WALKED[index]!.key] = group.items;
      if (!this.collect(family, group.residual, index + 1, next, emit)) return false;
    }
    return true;
  }

  private groupsAt(family: 4 | 6, node: BddNode, index: number): Group[] {
    const key = `${family}:${index}:${node}`;
    const known = this.groups.get(key);
    if (known) return known;
    const { key: fieldKey, field } = WALKED[index]!;
    const byResidual = new Map<BddNode, Cube[]>();
    this.walkField(node, field, (cube, residual) => {
      const list = byResidual.get(residual) ?? [];
      list.push(cube);
      byResidual.set(residual, list);
    });
    const groups: Group[] = [];
    for (const [residual, cubes] of byResidual) {
      groups.push({ items: renderField(fieldKey, family, field, cubes), residual });
    }
    this.groups.set(key, groups);
    return groups;
  }

  /** Every path through the field's variables: the cube it fixes and the node it lands on. */
  private walkField(node: BddNode, field: Field, visit: (cube: Cube, residual: BddNode) => void): void {
    const end = field.first + field.width;
    let cubes = 0;
    const descend = (n: BddNode, value: bigint, care: bigint): void => {
      if (cubes >= MAX_CUBES_PER_FIELD) {
        this.truncated = true;
        return;
      }
      const v = this.bdd.varOf(n);
      if (n === TRUE || n === FALSE || v >= end) {
        if (n !== FALSE) {
          cubes++;
          visit({ value, care }, n);
        }
        return;
      }
      const bit = 1n << BigInt(end - 1 - v);
      descend(this.bdd.low(n), value, care | bit);
      descend(this.bdd.high(n), value | bit, care | bit);
    };
    descend(node, 0n, 0n);
  }
}

function renderField(key: FieldKey, family: 4 | 6, field: Field, cubes: Cube[]): string[] | undefined {
  let width = field.width;
  if ((key === 'src' || key === 'dst') && family === 4) {
    // IPv4 lives in the top 32 address bits; the bits below are free by construction (fields.ts).
    const shift = BigInt(field.width - IPV4_BITS);
    cubes = cubes.map((c) => ({ value: c.value >> shift, care: c.care >> shift }));
    width = IPV4_BITS;
  }
  const { intervals, patterns } = toIntervals(cubes, width);
  const full = (1n << BigInt(width)) - 1n;
  if (patterns.length === 0 && intervals.length === 1 && intervals[0]![0] === 0n && intervals[0]![1] === full) {
    return undefined;
  }
  const format = formatterFor(key, family);
  const items = [
    ...intervals.map(([low, high]) => format.interval(low, high, width)),
    ...patterns.map((c) => format.pattern(c, width)),
  ];
  // "Everything but a few" reads better as what is left out (a deny list in front of permit any).
  const missing = patterns.length === 0 ? gaps(intervals, full) : [];
  if (key !== 'established' && missing.length > 0 && missing.length < items.length) {
    const excluded = missing.map(([low, high]) => format.interval(low, high, width));
    return [`any except ${bounded(excluded).join(', ')}`];
  }
  // Likewise a subnet with a few holes (a /23 less the router's own address) reads as that subnet
  // "except" the holes. Only for addresses whose hull is one prefix: there the hull means something.
  const hull = patterns.length === 0 && intervals.length > 1 ? ([intervals[0]![0], intervals.at(-1)![1]] as [bigint, bigint]) : undefined;
  if (hull !== undefined && (key === 'src' || key === 'dst') && prefixLength(hull[0], hull[1], width) !== undefined) {
    const holes = gaps(intervals, hull[1]).filter(([low]) => low >= hull[0]);
    if (holes.length < items.length) {
      const excluded = holes.map(([low, high]) => format.interval(low, high, width));
      return [`${format.interval(hull[0], hull[1], width)} except ${bounded(excluded).join(', ')}`];
    }
  }
  return bounded(items);
}

function bounded(items: string[]): string[] {
  return items.length <= MAX_ITEMS ? items : [...items.slice(0, MAX_ITEMS), `… +${items.length - MAX_ITEMS}`];
}

/** The values between sorted disjoint intervals, within 0..full. */
function gaps(intervals: [bigint, bigint][], full: bigint): [bigint, bigint][] {
  const result: [bigint, bigint][] = [];
  let next = 0n;
  for (const [low, high] of intervals) {
    if (low > next) result.push([next, low - 1n]);
    next = high + 1n;
  }
  if (next <= full) result.push([next, full]);
  return result;
}

/** Merge cubes into sorted disjoint intervals; cubes with many discontiguous free bits stay patterns. */
function toIntervals(cubes: Cube[], width: number): { intervals: [bigint, bigint][]; patterns: Cube[] } {
  const raw: [bigint, bigint][] = [];
  const patterns: Cube[] = [];
  for (const cube of cubes) {
    const trailing = trailingFreeBits(cube.care, width);
    const lowMask = (1n << BigInt(trailing)) - 1n;
    const freeAbove: bigint[] = [];
    for (let b = trailing; b < width; b++) {
      const bit = 1n << BigInt(b);
      if ((cube.care & bit) === 0n) freeAbove.push(bit);
    }
    if (freeAbove.length > MAX_EXPANDED_BITS) {
      patterns.push(cube);
      continue;
    }
    for (let combo = 0; combo < 1 << freeAbove.length; combo++) {
      let low = cube.value & ~lowMask;
      freeAbove.forEach((bit, i) => {
        if (combo & (1 << i)) low |= bit;
      });
      raw.push([low, low | lowMask]);
    }
  }
  raw.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const intervals: [bigint, bigint][] = [];
  for (const [low, high] of raw) {
    const last = intervals[intervals.length - 1];
    if (last && low <= last[1] + 1n) {
      if (high > last[1]) last[1] = high;
    } else {
      intervals.push([low, high]);
    }
  }
  return { intervals, patterns };
}

function trailingFreeBits(care: bigint, width: number): number {
  let count = 0;
  while (count < width && (care & (1n << BigInt(count))) === 0n) count++;
  return count;
}

interface Formatter {
  interval(low: bigint, high: bigint, width: number): string;
  pattern(cube: Cube, width: number): string;
}

function formatterFor(key: FieldKey, family: 4 | 6): Formatter {
  switch (key) {
    case 'src':
    case 'dst': {
      const text = family === 4 ? (v: bigint) => formatIpv4(Number(v)) : formatIpv6;
      return {
        interval: (low, high, width) => addressInterval(low, high, width, text),
        pattern: (c, width) => `${text(c.value)} wildcard ${text(~c.care & ((1n << BigInt(width)) - 1n))}`,
      };
    }
    case 'srcMac':
    case 'dstMac':
      return {
        interval: (low, high, width) => {
          const length = prefixLength(low, high, width);
          if (length === width) return formatMac(low);
          return length === undefined ? `${formatMac(low)}-${formatMac(high)}` : `${formatMac(low)}/${length}`;
        },
        pattern: (c, width) => `${formatMac(c.value)} mask ${formatMac(~c.care & ((1n << BigInt(width)) - 1n))}`,
      };
    case 'established':
      return { interval: (low) => (low === 1n ? 'established' : 'not established'), pattern: () => 'established?' };
    default:
      return {
        interval: (low, high) => (low === high ? `${low}` : `${low}-${high}`),
        pattern: (c, width) => `${c.value} mask 0x${(~c.care & ((1n << BigInt(width)) - 1n)).toString(16)}`,
      };
  }
}

function addressInterval(low: bigint, high: bigint, width: number, text: (v: bigint) => string): string {
  const length = prefixLength(low, high, width);
  if (length === 0) return 'any';
  if (length === width) return text(low);
  return length === undefined ? `${text(low)}-${text(high)}` : `${text(low)}/${length}`;
}

/** Prefix length when [low, high] is exactly one aligned prefix. */
function prefixLength(low: bigint, high: bigint, width: number): number | undefined {
  const size = high - low + 1n;
  if ((size & (size - 1n)) !== 0n || (low & (size - 1n)) !== 0n) return undefined;
  return width - (size.toString(2).length - 1);
}

function protocolText(protocols: number[]): string {
  if (protocols.length === 256) return 'any';
  if (protocols.length > 128) {
    const others = Array.from({ length: 256 }, (_, p) => p).filter((p) => !protocols.includes(p));
    return `any except ${protocolList(others)}`;
  }
  return protocolList(protocols);
}

function protocolList(protocols: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < protocols.length; ) {
    let j = i;
    while (j + 1 < protocols.length && protocols[j + 1] === protocols[j]! + 1) j++;
    const first = protocols[i]!;
    const last = protocols[j]!;
    if (first === last) parts.push(PROTOCOL_NAMES[first] ?? `${first}`);
    else if (last === first + 1) parts.push(PROTOCOL_NAMES[first] ?? `${first}`, PROTOCOL_NAMES[last] ?? `${last}`);
    else parts.push(`${first}-${last}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function flowClass(family: 4 | 6, protocols: string, values: Partial<Record<FieldKey, string[]>>): FlowClass {
  const result: FlowClass = {
    family,
    protocols,
    src: values.src ?? ['any'],
    dst: values.dst ?? ['any'],
    text: '',
  };
  if (values.dstPorts) result.dstPorts = values.dstPorts;
  if (values.srcPorts) result.srcPorts = values.srcPorts;
  if (values.icmpTypes) result.icmpTypes = values.icmpTypes;
  if (values.icmpCodes) result.icmpCodes = values.icmpCodes;
  if (values.established) result.established = values.established[0] === 'established';
  if (values.srcMac) result.srcMac = values.srcMac;
  if (values.dstMac) result.dstMac = values.dstMac;
  result.text = classText(result);
  return result;
}

function classText(c: FlowClass): string {
  const parts = [`IPv${c.family}`, c.protocols, `src ${c.src.join(',')}`, '→', `dst ${c.dst.join(',')}`];
  if (c.dstPorts) parts.push(`dport ${c.dstPorts.join(',')}`);
  if (c.srcPorts) parts.push(`sport ${c.srcPorts.join(',')}`);
  if (c.icmpTypes) parts.push(`icmp-type ${c.icmpTypes.join(',')}`);
  if (c.icmpCodes) parts.push(`icmp-code ${c.icmpCodes.join(',')}`);
  if (c.established !== undefined) parts.push(c.established ? 'established' : 'not-established');
  if (c.srcMac) parts.push(`src-mac ${c.srcMac.join(',')}`);
  if (c.dstMac) parts.push(`dst-mac ${c.dstMac.join(',')}`);
  return parts.join(' ');
}

function bitsOf(value: number, width: number): number[] {
  const bits: number[] = [];
  for (let i = width - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  return bits;
}
