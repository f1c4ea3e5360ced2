import type { ZoneClass } from '../model/index.js';
import { ZONE_CLASSES } from '../model/index.js';

/** The names by which the policy and its users call each class (design.md, "Zones"). */
const JAPANESE_ALIASES: Readonly<Record<ZoneClass, readonly string[]>> = {
  'koumu-internal': ['校務内部系', '校務系'],
  'koumu-external': ['校務外部系', '校務外部接続系'],
  learning: ['学習系', 'GIGA'],
  guest: ['来客', '外部の者が利用できるネットワーク'],
  management: ['管理'],
  dmz: ['公開', 'DMZ'],
  internet: ['インターネット', 'インターネット接続系'],
  'closed-wan': ['閉域網', '通信回線'],
};

/** Width (全角/半角), case and spaces do not matter: `ＧＩＧＡ` and `giga` are the same class. */
function normalizeClassName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const CLASS_BY_NAME = new Map<string, ZoneClass>();
for (const zoneClass of ZONE_CLASSES) {
  CLASS_BY_NAME.set(normalizeClassName(zoneClass), zoneClass);
  for (const alias of JAPANESE_ALIASES[zoneClass]) CLASS_BY_NAME.set(normalizeClassName(alias), zoneClass);
}

/** `校務系` → `koumu-internal`; undefined for a name that is no class. */
export function parseZoneClass(text: string): ZoneClass | undefined {
  return CLASS_BY_NAME.get(normalizeClassName(text));
}

/** For messages: the canonical ids (English) or the Japanese names. */
export function zoneClassNames(language: 'en' | 'ja'): string {
  return language === 'en' ? ZONE_CLASSES.join(', ') : ZONE_CLASSES.flatMap((c) => JAPANESE_ALIASES[c]).join('、');
}
