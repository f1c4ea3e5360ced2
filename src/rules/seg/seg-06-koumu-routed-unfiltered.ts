// 第2章3(1)ア「校務内部系と他の領域を通信できないようにしなければならない」・6(1)ク(イ)「不正アクセスを防止するため、ネットワークに適切なアクセス制御を施さなければならない」
import type { Device, Direction, Interface, Localized, ZoneAssignment } from '../../model/index.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** A routed interface with the zone it belongs to (strongest assignment). */
interface ZonedInterface {
  iface: Interface;
  zone: ZoneAssignment;
}

export const rule: Rule = {
  meta: {
    id: 'SEG-06',
    area: 'SEG',
    title: { ja: '校務内部系と他ゾーンのフィルタなしルーティング', en: 'koumu-internal routed to another zone without a filter' },
    description: {
      ja:
        'IP ルーティングを行う機器で、アドレスを持ちシャットダウンされていない L3 インタフェースの組のうち、同じ VRF にあり、一方が校務内部系のゾーン、他方が別の種別のゾーンにあるものを調べます。' +
        '他ゾーン→校務の通信は他ゾーン側の受信（in）フィルタと校務側の送信（out）フィルタを、校務→他ゾーンは校務側の in と他ゾーン側の out を通ります。' +
        'どちらかの向きに IPv4 フィルタが一つも適用されていなければ、その機器で両ゾーンが自由に通信できるため不適合（重大）です（適用されているが定義の無いフィルタは無いものとみなします）。ファイアウォールのセキュリティポリシーは、異なるファイアウォールゾーンのインタフェース間ではフィルタとみなします。' +
        'フィルタが実際に通信を遮断しているかはパケット解析（SEG-01）で判定します。インタフェースのゾーンは zones.csv の最も強い対応（機器＋IF、VLAN、アドレスの順）で決め、ゾーンの無いインタフェースは対象外です。zones.csv が無い場合は要確認です。',
      en:
        'On a device that routes IP, looks at every pair of layer-3 interfaces (with an address, not shut down) in the same VRF where one is in a koumu-internal zone and the other in a zone of another class. ' +
        'Traffic other→koumu passes the other interface\'s inbound filter and the koumu interface\'s outbound filter; koumu→other passes koumu\'s inbound and the other\'s outbound. ' +
        'If either direction has no IPv4 filter bound at all, the two zones talk freely through this device: critical failure (a bound filter that is not defined counts as none). A firewall\'s security policy counts as a filter between interfaces of different firewall zones. ' +
        'Whether the filters actually block is decided by the packet analysis (SEG-01). An interface\'s zone is its strongest zones.csv match (device+interface, then VLAN, then address); interfaces without a zone are skipped. Without zones.csv: manual check.',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'planned' },
    clauses: { kagoshima: ['3(1)ア', '6(1)ク(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '校務内部系のインタフェースに、許可する通信（特定ホスト・特定ポート）だけを通すフィルタを両方向に適用するか、校務内部系を別の VRF に分けます。IOS の例: `interface Vlan10` / `ip access-group KOUMU-IN in` / `ip access-group KOUMU-OUT out`（ACL は許可フローだけを permit し最後は deny）、または `vrf definition KOUMU` と `vrf forwarding KOUMU`。' +
        '考え方: 校務内部系と他の領域の間の経路には必ずフィルタを置き、台帳に載った通信だけを通す。',
      en:
        'Bind filters that pass only the approved flows (specific hosts and ports) on the koumu-internal interface in both directions, or put koumu-internal in its own VRF. IOS example: `interface Vlan10` / `ip access-group KOUMU-IN in` / `ip access-group KOUMU-OUT out` (ACLs permitting only the approved flows, ending in deny), or `vrf definition KOUMU` with `vrf forwarding KOUMU`. ' +
        'Idea: every path between koumu-internal and another zone goes through a filter that passes only the registered flows.',
    },
    evidence: { ja: '両インタフェースの interface 行。', en: 'The interface lines of both interfaces.' },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      if (!device.ipRouting) {
        ctx.notApplicable(device, { ja: 'IP ルーティングを行っていません', en: 'does not route IP' });
        continue;
      }
      const routed = device.interfaces.filter(isLiveL3);
      if (routed.length < 2) {
        ctx.notApplicable(device, { ja: '稼働中の L3 インタフェースが 2 つ未満です', en: 'fewer than two live layer-3 interfaces' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: '校務内部系と他ゾーンの間のフィルタの有無', en: 'whether koumu-internal is filtered from other zones' });
        continue;
      }
      checkPairs(ctx, device, zoned(ctx, device, routed));
    }
  },
};

function isLiveL3(iface: Interface): boolean {
  return !iface.shutdown && (iface.addresses.length > 0 || iface.dynamicAddress !== undefined);
}

function zoned(ctx: RuleContext, device: Device, ifaces: Interface[]): ZonedInterface[] {
  const out: ZonedInterface[] = [];
  for (const iface of ifaces) {
    const zone = ctx.zones.ofInterface(device, iface)[0];
    if (zone) out.push({ iface, zone });
  }
  return out;
}

function checkPairs(ctx: RuleContext, device: Device, interfaces: ZonedInterface[]): void {
  const koumu = interfaces.filter((z) => z.zone.class === 'koumu-internal');
  const others = interfaces.filter((z) => z.zone.class !== 'koumu-internal');
  for (const k of koumu) {
    for (const o of others) {
      if ((k.iface.vrf ?? '') !== (o.iface.vrf ?? '')) continue;
      const guarded = policyGuards(ctx, device, k.iface, o.iface);
      const inbound = guarded || filtered(device, o.iface, 'in') || filtered(device, k.iface, 'out');
      const outbound = guarded || filtered(device, k.iface, 'in') || filtered(device, o.iface, 'out');
      if (inbound && outbound) continue;
      const kz = zoneLabel(k.zone);
      const oz = zoneLabel(o.zone);
      const open = openDirections(inbound, outbound, kz, oz);
      ctx.report({
        device,
        object: `${k.iface.name} <-> ${o.iface.name}`,
        message: {
          ja: `${kz.ja}の ${k.iface.name} と ${oz.ja}の ${o.iface.name} が同じ経路表でルーティングされ、${open.ja}の通信に IPv4 フィルタが一つも適用されていません。`,
          en: `${k.iface.name} in ${kz.en} and ${o.iface.name} in ${oz.en} are routed in the same table, and no IPv4 filter is bound on the path ${open.en}.`,
        },
        evidence: [k.iface.source, o.iface.source],
      });
    }
  }
}

/**
 * The device's security policy stands between the two interfaces: traffic it does not match between
 * them is denied (model/security-policy.ts).
 */
function policyGuards(ctx: RuleContext, device: Device, a: Interface, b: Interface): boolean {
  const zones = ctx.analysis.model.filters.policies.zones(device);
  if (zones === undefined) return false;
  const za = zones.zoneOf(a.name);
  // Only a rulebase that denies what it does not match stands between them (a Yamaha interconnect
  // group rulebase permits by default).
  const unmatched = za === zones.zoneOf(b.name) ? za.intrazone : device.securityPolicy!.defaultAction;
  return unmatched === 'deny';
}

/** An IPv4 filter is bound in that direction and defined on the device. */
function filtered(device: Device, iface: Interface, direction: Direction): boolean {
  return iface.filters.some(
    (b) => b.family === 'ipv4' && b.direction === direction && device.filters.some((f) => f.name === b.filter && f.family === 'ipv4'),
  );
}

function openDirections(inbound: boolean, outbound: boolean, k: Localized, o: Localized): Localized {
  const toKoumu = { ja: `${o.ja}→${k.ja}`, en: `${o.en} → ${k.en}` };
  const fromKoumu = { ja: `${k.ja}→${o.ja}`, en: `${k.en} → ${o.en}` };
  if (!inbound && !outbound) return { ja: `${toKoumu.ja}・${fromKoumu.ja}の両方向`, en: `in both directions (${toKoumu.en} and ${fromKoumu.en})` };
  const open = inbound ? fromKoumu : toKoumu;
  return { ja: open.ja, en: open.en };
}
