import { parseVlanList } from '../../net/vlan.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

/** `vlan database`: opens the VLAN database mode. */
export function vlanDatabase(_ast: unknown, ctx: LineContext): void {
  ctx.state.mode = { kind: 'vlan-database' };
}

/**
 * `vlan 10 name KOUMU`, `vlan 2-99 state enable`, `vlan 10 name X state disable`: declares the VLANs
 * (a name applies to a single VLAN). A disabled VLAN still exists in the database; the model has no
 * state field, so it is declared like any other.
 */
export function vlan(ast: { list: string; opts: { name?: string; state?: string }[] }, ctx: LineContext): void {
  const ids = parseVlanList(ast.list);
  if ('error' in ids) throw new LineNotUnderstood(ids.error);
  const name = ast.opts.find((o) => o.name !== undefined)?.name;
  if (name !== undefined && ids.length !== 1) throw new LineNotUnderstood('a name needs a single VLAN / 名前は単一 VLAN にのみ付けられます');
  const vlans = ctx.state.device.vlans;
  for (const id of ids) {
    const found = vlans.find((v) => v.id === id);
    if (found) {
      if (name !== undefined) found.name = name;
      continue;
    }
    vlans.push({ id, ...(name !== undefined ? { name } : {}), source: ctx.span });
  }
}
