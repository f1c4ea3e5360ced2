// 第2章6(1)ク(イ)「情報システム管理者は、不正アクセスを防止するため、ネットワークに適切なアクセス制御を施さなければならない。」・3(1)ア「校務内部系と他の領域を通信できないようにしなければならない。校務内部系と外部との通信する必要がある場合は、通信経路の限定（MAC アドレス、IP アドレス）及びアプリケーションプロトコル（ポート番号）のレベルでの限定を行わなければならない。」
import { type CompiledFilter } from '../../analysis/packet/filter-compiler.js';
import type { Device, FilterRule, Localized, Match, Severity, SourceSpan } from '../../model/index.js';
import { type FilterReference, referencesByFilter } from '../helpers/filter-references.js';
import { zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';
import { lineKey, lineLabel, lineList } from '../../model/filter-line-labels.js';

export const rule: Rule = {
  meta: {
    id: 'FWH-01',
    area: 'FWH',
    title: { ja: 'any-any の許可', en: 'Permit any-any' },
    description: {
      ja:
        'アクセス制御に使われている（インタフェース・管理回線・サービス・SNMP に適用されている）IPv4/IPv6 フィルタの permit 行のうち、送信元と宛先がどちらも any のものを不適合とします。' +
        'プロトコルを限定しない行（全プロトコル）は、フィルタが校務内部系ゾーンのインタフェースに（受信・送信どちらでも）適用されていれば重大、それ以外（ゾーン定義なしを含む）は高です。' +
        'プロトコルやポートを限定した行（例: tcp any any eq 443）は中です。前にいくつか deny 行があり最後に全許可する形のフィルタも、残りすべてを通す行として指摘し、メッセージに前の deny 行を示します。' +
        'ファイアウォールのルール（ゾーン間ポリシー）で送信元・宛先とも any を許可するものも不適合とし、どちらかのゾーンに校務内部系のインタフェースがあれば重大、一方が全ゾーン（any）か全サービスを許可していれば高、それ以外は中です。' +
        'どのパケットも届かない行は FWH-02、どこにも使われていないフィルタは FWH-04、VPN や NAT の対象選択にだけ使われるフィルタは通信を許可しないため対象外です。',
      en:
        'Fails every permit line whose source and destination are both any in an IPv4/IPv6 filter used for access control (bound to an interface, a management line, a service or SNMP). ' +
        'A line that lets every protocol through is critical when the filter is bound (inbound or outbound) on an interface in a koumu-internal zone, high otherwise (also without zones.csv). ' +
        'A line restricted to a protocol or ports (e.g. tcp any any eq 443) is medium. A filter that denies a few things first and then permits everything is reported too, at the line that opens everything else, and the message lists the deny lines before it. ' +
        'A firewall rule (zone-pair rulebase) accepting any source to any destination fails too: critical when one of its zones holds a koumu-internal interface, high when a side is every zone or it accepts every service, medium otherwise. ' +
        'Lines no packet reaches are FWH-02\'s, filters used nowhere FWH-04\'s, and filters that only select traffic for VPN or NAT permit nothing and are skipped.',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(1)ク(イ)', '3(1)ア'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'any-any の許可を、必要な通信（送信元・宛先のホストやネットワーク、プロトコルとポート）だけを許可する行に置き換え、最後は拒否にします。IOS の例: `no 100 permit ip any any` の代わりに ' +
        '`permit tcp 10.10.30.0 0.0.1.255 any eq 443`、`permit udp 10.10.30.0 0.0.1.255 any eq domain`、`deny ip any any log`。' +
        '考え方: フィルタは「許可する通信を列挙し、それ以外を拒否する」形にし、校務内部系に関わるものは特定ホスト・特定ポートに限定する。',
      en:
        'Replace the any-any permit with lines that permit only the traffic needed (source and destination hosts or networks, protocol and ports), and end with a deny. IOS example: instead of `100 permit ip any any`, ' +
        '`permit tcp 10.10.30.0 0.0.1.255 any eq 443`, `permit udp 10.10.30.0 0.0.1.255 any eq domain`, `deny ip any any log`. ' +
        'Idea: a filter lists the traffic it permits and denies the rest; anything touching koumu-internal is limited to specific hosts and ports.',
    },
    evidence: {
      ja: 'any-any を許可する行と、フィルタを適用している行。',
      en: 'The any-any permit line and the lines that apply the filter.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const byFilter = referencesByFilter(device);
      const guarding = device.filters.filter(
        (f) => (f.family === 'ipv4' || f.family === 'ipv6') && byFilter.get(f)!.some((r) => r.use === 'access-control'),
      );
      if (device.securityPolicy !== undefined) checkPolicy(ctx, device);
      if (guarding.length === 0) {
        if (device.securityPolicy === undefined) ctx.notApplicable(device, { ja: 'アクセス制御に使われている IP フィルタがありません', en: 'no IP filter is used for access control' });
        continue;
      }
      for (const filter of guarding) {
        const lines = anyAnyPermits(filter.rules);
        if (lines.length === 0) continue;
        // Compiled once per run and shared with the reachability analysis and the other FWH rules.
        const compiled = ctx.analysis.model.filters.compile(filter);
        const bindings = byFilter.get(filter)!.filter((r) => r.use === 'access-control');
        for (const index of lines) {
          if (compiled.lines[index]!.reachable) reportLine(ctx, device, compiled, index, bindings);
        }
      }
    }
  },
};

/**
 * Firewall rules that accept any source to any destination. The zone pair limits them somewhat, so
 * they are medium, high when a side is every zone (`any`) or the rule accepts every protocol, and
 * critical when a side is a zone holding a koumu-internal interface.
 */
function checkPolicy(ctx: RuleContext, device: Device): void {
  const policy = device.securityPolicy!;
  const zones = ctx.analysis.model.filters.policies.zones(device)!;
  for (const index of anyAnyPermits(policy.rules)) {
    const rule = policy.rules[index]!;
    const sides = [rule.from, rule.to];
    const interfaces = sides.flatMap((side) => (side === 'any' ? zones.zones : zones.zones.filter((z) => side.includes(z.name)))).flatMap((z) => z.interfaces);
    const koumu = ctx.zones.available
      ? [...new Set(interfaces)].flatMap((name) => {
          const iface = device.interfaces.find((i) => i.name === name);
          const zone = iface && ctx.zones.ofInterface(device, iface)[0];
          return zone?.class === 'koumu-internal' ? [{ iface: name, zone: zoneLabel(zone) }] : [];
        })
      : [];
    const unrestricted = everyProtocol(rule);
    const severity: Severity = koumu.length > 0 ? 'critical' : unrestricted || sides.includes('any') ? 'high' : 'medium';
    const side = (s: typeof rule.from) => (s === 'any' ? 'any' : s.join(', '));
    const label = `policy ${rule.id}${rule.name ? ` (${rule.name})` : ''}`;
    const what: Localized = unrestricted
      ? { ja: '送信元・宛先とも any で全サービスを許可しています', en: 'accepts every service from any source to any destination' }
      : { ja: '送信元・宛先とも any で許可しています', en: 'accepts any source to any destination' };
    const zoneNote: Localized =
      koumu.length > 0
        ? { ja: ` ${koumu.map((k) => `${k.iface} は ${k.zone.ja}`).join('、')}にあります。`, en: ` ${koumu.map((k) => `${k.iface} is in ${k.zone.en}`).join(', ')}.` }
        : { ja: '', en: '' };
    ctx.report({
      device,
      object: label,
      key: `policy ${rule.id}`,
      severity,
      message: {
        ja: `ファイアウォールの ${label}（${side(rule.from)} → ${side(rule.to)}）は${what.ja}。${zoneNote.ja}`,
        en: `Firewall ${label} (${side(rule.from)} → ${side(rule.to)}) ${what.en}.${zoneNote.en}`,
      },
      evidence: [rule.source],
    });
  }
}

/** Enabled permit lines whose every source and destination condition is `any`. */
function anyAnyPermits(rules: readonly FilterRule[]): number[] {
  const all = (list: Match['src']) => list.length > 0 && list.every((a) => a.kind === 'any');
  return rules.flatMap((r, i) => (!r.disabled && r.action === 'permit' && all(r.match.src) && all(r.match.dst) ? [i] : []));
}

/** The line lets every packet of its family through: no protocol, port, ICMP, TCP-flag or MAC condition. */
function everyProtocol(r: FilterRule): boolean {
  const m = r.match;
  return m.protocol === undefined && !m.srcPorts && !m.dstPorts && !m.icmp && !m.established && !m.srcMac && !m.dstMac;
}

function reportLine(ctx: RuleContext, device: Device, compiled: CompiledFilter, index: number, bindings: FilterReference[]): void {
  const filter = compiled.filter;
  const line = filter.rules[index]!;
  const label = `${filter.name} ${lineLabel(filter, index)}`;
  const koumu = koumuInterfaces(ctx, device, bindings);
  const unrestricted = everyProtocol(line);
  const severity: Severity = !unrestricted ? 'medium' : koumu.length > 0 ? 'critical' : 'high';

  const what: Localized = unrestricted
    ? { ja: '送信元・宛先とも any で全プロトコルを許可しています', en: 'permits every protocol from any source to any destination' }
    : { ja: `送信元・宛先とも any で許可しています（${flows(compiled, index)}）`, en: `permits any source to any destination (${flows(compiled, index)})` };
  const denies = filter.rules.flatMap((r, i) => (i < index && !r.disabled && r.action === 'deny' ? [i] : []));
  const before: Localized =
    denies.length > 0
      ? { ja: `その前の deny 行（${lineList(filter, denies)}）で拒否されない通信は、この行ですべて通ります。`, en: `Whatever the deny lines before it (${lineList(filter, denies)}) do not stop, this line lets through.` }
      : { ja: 'その前に deny 行はありません。', en: 'No deny line comes before it.' };
  const holders = unique(bindings.map((b) => b.holder.en));
  const holdersJa = unique(bindings.map((b) => b.holder.ja));
  const zoneNote: Localized =
    koumu.length > 0
      ? {
          ja: ` ${koumu.map((k) => `${k.iface} は ${k.zone.ja}`).join('、')}にあり、このフィルタでは校務内部系が他の領域から分離されません。`,
          en: ` ${koumu.map((k) => `${k.iface} is in ${k.zone.en}`).join(', ')}: this filter does not separate koumu-internal from the other areas.`,
        }
      : { ja: '', en: '' };

  ctx.report({
    device,
    object: filter.name,
    key: lineKey(filter, index),
    severity,
    message: {
      ja: `${label} は${what.ja}。${before.ja}適用先: ${holdersJa.join('、')}。${zoneNote.ja}`,
      en: `${label} ${what.en}. ${before.en} Applied to: ${holders.join(', ')}.${zoneNote.en}`,
    },
    evidence: [line.source, ...uniqueSpans(bindings.map((b) => b.source))],
  });
}

/** Interfaces binding the filter whose (strongest) zone is koumu-internal. */
function koumuInterfaces(ctx: RuleContext, device: Device, bindings: FilterReference[]): { iface: string; zone: Localized }[] {
  if (!ctx.zones.available) return [];
  const found: { iface: string; zone: Localized }[] = [];
  for (const b of bindings) {
    if (!b.interface || found.some((f) => f.iface === b.interface!.name)) continue;
    const zone = ctx.zones.ofInterface(device, b.interface)[0];
    if (zone?.class === 'koumu-internal') found.push({ iface: b.interface.name, zone: zoneLabel(zone) });
  }
  return found;
}

/** The line's match as readable flow classes, e.g. `IPv4 tcp src any → dst any dport 443`. */
function flows(compiled: CompiledFilter, index: number): string {
  const summary = compiled.lines[index]!.match.describe(3);
  return summary.classes.map((c) => c.text).join('; ') + (summary.omitted > 0 ? `; … (+${summary.omitted})` : '');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function uniqueSpans(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => (seen.has(`${s.file}:${s.line}`) ? false : (seen.add(`${s.file}:${s.line}`), true)))
    .sort((a, b) => a.line - b.line);
}
