// 第2章6(1)ク(ア)「情報システム管理者は、フィルタリング及びルーティングについて、設定の不整合が発生しないように、ファイアウォール、ルータ等の通信ソフトウェア等を設定しなければならない。」
import type { Device, Filter, FilterFamily, SourceSpan } from '../../model/index.js';
import { type FilterReference, filterReferences, referencesByFilter, resolveReference } from '../helpers/filter-references.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'FWH-04',
    area: 'FWH',
    title: { ja: '未定義・未使用のフィルタ', en: 'Undefined and unused filters' },
    description: {
      ja:
        'インタフェース、管理回線（vty など）、HTTP サーバや NTP などのサービス、SNMP のコミュニティ・グループ・ユーザから参照されているのに、その名前（と種類: IPv4/IPv6/MAC）のフィルタが機器に定義されていないものを中で不適合とします。' +
        '適用されたフィルタが未定義だと、機器によってはすべての通信を許可することがあります。' +
        '逆に、定義されているのにどこからも参照されていないフィルタ（VPN の暗号化対象や NAT の対象選択に使われているものは使用中とみなします）を低で不適合とします。' +
        'ルートマップや QoS のクラスマップなど、このツールがまだ読まない設定から参照されている場合もあるので、削除の前に確認してください。',
      en:
        'Fails as medium every filter that an interface, a management line (vty, …), a service such as the HTTP server or NTP, or an SNMP community, group or user refers to, but that the device does not define under that name (and family: IPv4, IPv6, MAC). ' +
        'An applied but undefined filter may permit all traffic on some devices. ' +
        'Conversely, fails as low every defined filter nothing refers to (a filter selecting VPN-protected traffic or NAT sources counts as used). ' +
        'Route maps, QoS class maps and other settings the tool does not read yet may still use it: check before deleting.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(1)ク(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '未定義の参照には、意図したフィルタを定義するか、参照を正しい名前に直します。IOS の例: `ip access-list extended KOUMU-OUT` を定義してから `ip access-group KOUMU-OUT out`。未使用のフィルタは、適用し忘れなら適用し、不要なら削除します（`no ip access-list extended OLD-ACL`）。' +
        '考え方: 適用されているフィルタはすべて定義されており、定義されているフィルタはすべて使われている状態にして、見直しで誤解が起きないようにする。',
      en:
        'For an undefined reference, define the intended filter or correct the name. IOS example: define `ip access-list extended KOUMU-OUT`, then `ip access-group KOUMU-OUT out`. Apply an unused filter if applying it was forgotten, or delete it (`no ip access-list extended OLD-ACL`). ' +
        'Idea: every applied filter is defined and every defined filter is used, so that reviews are not misled.',
    },
    evidence: {
      ja: '未定義: 参照している行。未使用: フィルタの最初の行。',
      en: 'Undefined: the referencing lines. Unused: the filter\'s first line.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const refs = filterReferences(device);
      if (refs.length === 0 && device.filters.length === 0) {
        ctx.notApplicable(device, { ja: 'フィルタもフィルタの参照もありません', en: 'no filters and no filter references' });
        continue;
      }
      reportUndefined(ctx, device, refs);
      reportUnused(ctx, device, refs);
    }
  },
};

const FAMILY_LABEL: Record<FilterFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6', ip: 'IP', mac: 'MAC' };

/** One finding per missing filter name, quoting every line that refers to it. */
function reportUndefined(ctx: RuleContext, device: Device, refs: FilterReference[]): void {
  const missing = new Map<string, FilterReference[]>();
  for (const ref of refs) {
    if (ref.use !== 'access-control' || resolveReference(device, ref) !== undefined) continue;
    missing.set(ref.filter, [...(missing.get(ref.filter) ?? []), ref]);
  }
  for (const [name, list] of missing) {
    const holders = [...new Set(list.map((r) => r.holder.en))];
    const holdersJa = [...new Set(list.map((r) => r.holder.ja))];
    const families = [...new Set(list.flatMap((r) => (r.family ? [FAMILY_LABEL[r.family]] : [])))];
    const kind = families.length > 0 ? `${families.join('/')} ` : '';
    const otherFamily = device.filters.find((f) => f.name === name);
    const note = otherFamily
      ? { ja: `（同じ名前の ${FAMILY_LABEL[otherFamily.family]} フィルタはありますが、種類が違います）`, en: ` (a filter of that name exists, but for ${FAMILY_LABEL[otherFamily.family]})` }
      : { ja: '', en: '' };
    ctx.report({
      device,
      object: name,
      key: 'undefined',
      severity: 'medium',
      message: {
        ja: `${kind}フィルタ ${name} は ${holdersJa.join('、')} から参照されていますが、この機器に定義されていません${note.ja}。適用先ではすべての通信が許可される可能性があります。`,
        en: `${kind}filter ${name} is referenced by ${holders.join(', ')} but not defined on this device${note.en}: it may permit all traffic where it is applied.`,
      },
      evidence: byLine(list.map((r) => r.source)),
    });
  }
}

function reportUnused(ctx: RuleContext, device: Device, refs: FilterReference[]): void {
  for (const [filter, uses] of referencesByFilter(device, refs)) {
    if (uses.length > 0) continue;
    ctx.report({
      device,
      object: filter.name,
      key: `unused ${filter.family}`,
      severity: 'low',
      message: unusedMessage(filter),
      evidence: [filter.source],
    });
  }
}

function unusedMessage(filter: Filter): { ja: string; en: string } {
  const kind = FAMILY_LABEL[filter.family];
  return {
    ja: `${kind} フィルタ ${filter.name}（${filter.rules.length} 行）は定義されていますが、インタフェース・管理回線・サービス・SNMP・VPN・NAT のどこからも参照されていません。適用し忘れか、不要な残骸です（このツールが読まない設定から使われていないかは確認してください）。`,
    en: `${kind} filter ${filter.name} (${filter.rules.length} line${filter.rules.length === 1 ? '' : 's'}) is defined but no interface, management line, service, SNMP, VPN or NAT setting refers to it: it was either never applied or is a leftover (check that no setting the tool does not read uses it).`,
  };
}

/** Evidence in config order, each line once. */
function byLine(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => (seen.has(`${s.file}:${s.line}`) ? false : (seen.add(`${s.file}:${s.line}`), true)))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
