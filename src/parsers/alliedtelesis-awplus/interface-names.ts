import type { InterfaceKind } from '../../model/index.js';

/** Largest range one `interface` line may expand to (a chassis has a few hundred ports). */
const MAX_RANGE = 2048;

const ITEM = /^([a-z]+)([0-9]+(?:\.[0-9]+)*)(?:-([a-z]+)?([0-9]+(?:\.[0-9]+)*))?$/;

/**
 * Expand an AW+ interface list into interface names: `port1.0.1-1.0.24` is every port from
 * port1.0.1 to port1.0.24 (the last number varies), `po7-8` is po7 and po8, items are separated by
 * commas (`port1.0.1,port1.0.3-1.0.4`). Returns an error text when the list is malformed.
 */
export function expandInterfaceList(text: string): string[] | { error: string } {
  const names: string[] = [];
  for (const item of text.split(',')) {
    const m = ITEM.exec(item.trim().toLowerCase());
    if (!m) return { error: `"${item}" is not an interface name / インタフェース名ではありません` };
    const [, prefix, start, endPrefix, end] = m as unknown as [string, string, string, string | undefined, string | undefined];
    if (end === undefined) {
      names.push(prefix + start);
      continue;
    }
    if (endPrefix !== undefined && endPrefix !== prefix) return { error: `"${item}": range mixes interface types / 種類の異なる範囲です` };
    const first = start.split('.').map(Number);
    const lastPart = end.split('.').map(Number);
    if (lastPart.length > first.length) return { error: `"${item}": malformed range / 範囲指定が不正です` };
    const last = [...first.slice(0, first.length - lastPart.length), ...lastPart];
    if (first.slice(0, -1).some((n, i) => n !== last[i])) {
      return { error: `"${item}": only the last number of a range may vary / 範囲は最後の番号だけが変わる必要があります` };
    }
    const from = first[first.length - 1]!;
    const to = last[last.length - 1]!;
    if (to < from || to - from >= MAX_RANGE) return { error: `"${item}": range runs backwards or is too large / 範囲が逆順か大きすぎます` };
    const head = first.slice(0, -1).join('.');
    for (let n = from; n <= to; n++) names.push(`${prefix}${head === '' ? '' : `${head}.`}${n}`);
  }
  return names;
}

/**
 * AW+ interface names: `portS.M.P` switch ports, `vlanN` VLAN interfaces, `poN` dynamic (LACP) and
 * `saN` static aggregators, `ethN` routed Ethernet ports (AR series), `lo` loopback, `tunnelN`.
 */
export function interfaceKind(name: string): InterfaceKind {
  if (name.startsWith('port')) return 'physical';
  if (/^vlan\d+$/.test(name)) return 'vlan';
  if (/^(po|sa)\d+$/.test(name)) return 'aggregate';
  if (/^eth\d+$/.test(name)) return 'physical';
  if (/^lo\d*$/.test(name)) return 'loopback';
  if (/^tunnel\d+$/.test(name)) return 'tunnel';
  if (/^(wlan|radio)\d+/.test(name)) return 'wireless';
  return 'other';
}

/** Switch ports and aggregators are layer-2 ports; `eth` ports of AR routers are routed. */
export function isSwitchPortName(name: string): boolean {
  return name.startsWith('port') || /^(po|sa)\d+$/.test(name);
}
