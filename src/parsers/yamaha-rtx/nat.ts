import type { NatRule, SourceSpan } from '../../model/index.js';
import { portsOf, protocolOf } from './filter-values.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext, ParseState } from './state.js';

/**
 * NAT descriptors (Y-CMD 23.2–23.8, vendor-syntax.md §1): a descriptor is defined by number and
 * takes effect on the interfaces that name it (`ip pp nat descriptor 1000`). Rules are built at the
 * end of the file, once every descriptor and binding is known.
 */
export interface NatDescriptor {
  kind?: string;
  outer?: string;
  statics: { outside: string; inside: string; count: number; source: SourceSpan }[];
  forwards: { inside: string; protocol: number | undefined; outsidePort?: number; insidePort?: number; source: SourceSpan }[];
  source: SourceSpan;
}

export type NatState = Map<number, NatDescriptor>;

function descriptor(ctx: LineContext, id: number): NatDescriptor {
  let found = ctx.state.nat.get(id);
  if (!found) {
    found = { statics: [], forwards: [], source: ctx.span };
    ctx.state.nat.set(id, found);
  }
  return found;
}

export function natType(ast: { id: number; kind: string }, ctx: LineContext): void {
  const d = descriptor(ctx, ast.id);
  d.kind = ast.kind;
  d.source = ctx.span;
}

export function natOuter(ast: { id: number; value: string }, ctx: LineContext): void {
  descriptor(ctx, ast.id).outer = ast.value;
}

export function natStatic(ast: { id: number; outer: string; inner: string; count: number | null }, ctx: LineContext): void {
  descriptor(ctx, ast.id).statics.push({ outside: ast.outer, inside: ast.inner, count: ast.count ?? 1, source: ctx.span });
}

/** `nat descriptor masquerade static …`: a port forward from the outer address to an inside host. */
export function natMasqueradeStatic(
  ast: { id: number; inner: string; proto: string; ports: { outer: string; inner: string }[] | null },
  ctx: LineContext,
): void {
  const { protocol } = protocolOf(ast.proto);
  const forwards: NatDescriptor['forwards'] = [];
  if (!ast.ports) forwards.push({ inside: ast.inner, protocol, source: ctx.span });
  for (const map of ast.ports ?? []) {
    const outside = singlePorts(map.outer);
    const inside = singlePorts(map.inner);
    if (outside.length !== inside.length) throw new LineNotUnderstood('port mapping of different sizes / ポートの対応が一致しません');
    outside.forEach((port, i) => forwards.push({ inside: ast.inner, protocol, outsidePort: port, insidePort: inside[i]!, source: ctx.span }));
  }
  descriptor(ctx, ast.id).forwards.push(...forwards);
}

function singlePorts(word: string): number[] {
  const ranges = portsOf([word]);
  if (!ranges || ranges.some((r) => r.from !== r.to)) throw new LineNotUnderstood(`port "${word}" is not a single port / 単一のポートではありません`);
  return ranges.map((r) => r.from);
}

export function ifNat(ast: { iface: IfRef; ids: number[] }, ctx: LineContext): void {
  const name = resolveIfRef(ctx.state, ast.iface);
  interfaceNamed(ctx, name);
  ctx.state.natBindings.push({ iface: name, ids: ast.ids, source: ctx.span });
}

/**
 * One NatRule per translation: masquerade (and nat-masquerade) translates inside sources to the
 * outer address with port overload; `static` maps addresses 1:1 (with `count` consecutive ones);
 * `masquerade static` forwards an outer port to an inside host. Translations of a descriptor that
 * no interface names have no effect and become no rule.
 */
export function finalizeNat(state: ParseState): void {
  for (const binding of state.natBindings) {
    for (const id of binding.ids) {
      const d = state.nat.get(id);
      if (!d) continue;
      const outside = outsideOf(d, binding.iface);
      if (d.kind === 'masquerade' || d.kind === 'nat-masquerade') {
        state.device.nat.push({ kind: 'dynamic', direction: 'source', inside: {}, outside, overload: true, source: d.source });
      }
      for (const s of d.statics) {
        for (let k = 0; k < s.count; k++) {
          const rule: NatRule = {
            kind: 'static',
            direction: 'source',
            inside: { address: addOffset(s.inside, k), prefixLength: 32 },
            outside: { address: addOffset(s.outside, k) },
            source: s.source,
          };
          state.device.nat.push(rule);
        }
      }
      for (const f of d.forwards) {
        state.device.nat.push({
          kind: 'port-forward',
          direction: 'destination',
          ...(f.protocol !== undefined ? { protocol: f.protocol } : {}),
          inside: { address: f.inside, prefixLength: 32, ...(f.insidePort !== undefined ? { port: f.insidePort } : {}) },
          outside: { ...outside, ...(f.outsidePort !== undefined ? { port: f.outsidePort } : {}) },
          source: f.source,
        });
      }
    }
  }
}

/** The outer side: a fixed address when configured, else the bound interface's own address. */
function outsideOf(d: NatDescriptor, iface: string): NatRule['outside'] {
  if (d.outer && /^(\d{1,3}\.){3}\d{1,3}$/.test(d.outer)) return { address: d.outer, interface: iface };
  return { interface: iface };
}

function addOffset(address: string, offset: number): string {
  const n = address.split('.').reduce((acc, o) => acc * 256 + Number(o), 0) + offset;
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}
