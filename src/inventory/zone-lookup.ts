import type { Zone } from '../model/index.js';

/**
 * Zone names as other inventory files refer to them. zones.csv merges names ignoring width
 * (全角/半角), so `職員室ＬＡＮ` and `職員室LAN` are one zone; references match the same way and
 * resolve to the name as zones.csv spells it.
 */
export type ZoneLookup = (name: string) => string | undefined;

export function zoneLookup(zones: readonly Zone[]): ZoneLookup {
  const byKey = new Map<string, string>();
  for (const zone of zones) byKey.set(zone.name.normalize('NFKC'), zone.name);
  return (name) => byKey.get(name.normalize('NFKC'));
}

/** The error text for a zone reference that names no zone: English and Japanese. */
export function unknownZoneMessage(name: string, zones: readonly Zone[]): { en: string; ja: (label: string) => string } {
  if (zones.length === 0) {
    return {
      en: `zone "${name}" cannot be checked: no zones are defined (zones.csv missing or empty)`,
      ja: (l) => `列 ${l} のゾーン「${name}」を確認できません（zones.csv がないか、ゾーンが定義されていません）`,
    };
  }
  return {
    en: `zone "${name}" is not defined in zones.csv`,
    ja: (l) => `列 ${l} のゾーン「${name}」は zones.csv に定義されていません`,
  };
}
