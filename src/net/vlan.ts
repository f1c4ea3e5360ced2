/** VLAN ids and lists as switch configs write them: `10`, `10,20-30`. Usable ids are 1–4094. */

export const VLAN_MIN = 1;
export const VLAN_MAX = 4094;

const NUMBER = /^[0-9]{1,4}$/;

/** A single VLAN id, or undefined when it is not a whole number in 1–4094. */
export function parseVlanId(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const id = Number(trimmed);
  return id >= VLAN_MIN && id <= VLAN_MAX ? id : undefined;
}

/** `10,20-30` → [10, 20, …, 30], sorted and without repeats; errors are values, not exceptions. */
export function parseVlanList(text: string): number[] | { error: string } {
  const ids = new Set<number>();
  for (const item of text.split(',')) {
    const part = item.trim();
    const dash = part.indexOf('-');
    const fromText = dash < 0 ? part : part.slice(0, dash);
    const toText = dash < 0 ? part : part.slice(dash + 1);
    const from = parseVlanId(fromText);
    const to = parseVlanId(toText);
    if (from === undefined || to === undefined) {
      return { error: `"${part}" is not a VLAN id or range (${VLAN_MIN}–${VLAN_MAX}) / VLAN 番号が不正です` };
    }
    if (from > to) return { error: `"${part}": range runs backwards / VLAN 範囲の順序が逆です` };
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}
