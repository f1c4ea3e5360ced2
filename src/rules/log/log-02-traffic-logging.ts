// 第2章6(1)カ(ア)「各種ログ…を取得し、一定の期間保存」・6(5)エ「職員等及び外部委託事業者が使用しているパソコン等の端末からの庁内のサーバ等に対する攻撃や外部のサイトに対する攻撃を監視しなければならない」・7(1)ウ「外部と常時接続する情報システムを常時監視しなければならない」
import type { Device, Filter, FilterRule, Localized, SecurityPolicyRule, SourceSpan } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'LOG-02',
    area: 'LOG',
    title: { ja: 'ポリシー・フィルタのトラフィックログ', en: 'Traffic logging on policies and filters' },
    description: {
      ja:
        'ファイアウォールのポリシー（ゾーンの組ごとのルール）では、異なるゾーン間（送信元と宛先のゾーンが違う、または any）の有効なルールが全通信のログ（FortiGate `set logtraffic all`）を取っているかを調べ、ログなし・セキュリティイベントのみ（`disable`・既定の `utm`）のルールを不適合（中）とします。ルールのログ設定が設定から読めないファイアウォールは要確認です。' +
        'インタフェースに適用した IP フィルタでは、(1) ログを取らない拒否の行（IOS・AlliedWare Plus で `log` の無い deny、Yamaha の `reject-nolog`）と、(2) 一致しないパケットを破棄するフィルタで最後にログ付きの「すべて拒否」の行が無い（暗黙の拒否が記録されない）ことを、フィルタごとに不適合（中）とします。' +
        '行ごとのログを設定できるかをパーサが知らない機種のフィルタは要確認です。ログの送り先（外部 syslog）は LOG-01 が確認します。',
      en:
        'In a firewall rulebase (rules per zone pair), every enabled rule between different zones (source and destination zones differ, or any) must log all traffic (FortiGate `set logtraffic all`); rules logging nothing or only security events (`disable`, the default `utm`) fail (medium). A firewall whose rules\' logging the config does not show needs a manual check. ' +
        'For IP filters bound to interfaces, a filter fails (medium) when (1) it has deny lines that do not log (IOS and AlliedWare Plus deny without `log`, Yamaha `reject-nolog`), or (2) it drops unmatched packets but does not end with a logged deny-everything line (the implicit deny is not recorded). ' +
        'Filters of platforms whose per-line logging the parser does not know need a manual check. Where logs are sent (remote syslog) is LOG-01\'s concern.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(1)カ(ア)', '6(5)エ', '7(1)ウ'], sorachi: ['6(3)', '7'] },
    remediation: {
      ja:
        'ゾーン間のポリシーと境界のフィルタで通信を記録し、外部のログサーバに送ります。FortiGate の例: `config firewall policy` / `edit 10` / `set logtraffic all`（暗黙の拒否は `config log setting` / `set fwpolicy-implicit-log enable`）。' +
        'IOS の例: `ip access-list extended KOUMU-IN` / `deny ip any any log`（拒否の行に `log`）。AlliedWare Plus の例: `access-list 3000 deny ip any any log`。Yamaha の例: `ip filter 100099 reject * * * * *`（`reject` は既定で記録、`pass-log` で許可も記録）。考え方: 境界を越える通信と拒否した通信を必ず記録し、後から追跡できるようにする。',
      en:
        'Log traffic on inter-zone policies and boundary filters and send it to a remote log server. FortiGate example: `config firewall policy` / `edit 10` / `set logtraffic all` (implicit deny: `config log setting` / `set fwpolicy-implicit-log enable`). ' +
        'IOS example: `ip access-list extended KOUMU-IN` / `deny ip any any log` (`log` on deny lines). AlliedWare Plus example: `access-list 3000 deny ip any any log`. Yamaha example: `ip filter 100099 reject * * * * *` (`reject` logs by default, `pass-log` logs permits too). Idea: traffic crossing a boundary and traffic refused are always recorded so they can be traced later.',
    },
    evidence: { ja: 'ポリシーの行、またはフィルタの拒否の行（最後の行が無い場合はフィルタの定義行）。', en: 'The policy line, or the filter\'s deny lines (the filter\'s definition line when the final line is missing).' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const policyRules = device.securityPolicy?.rules ?? [];
      const filters = boundFilters(device);
      if (policyRules.length === 0 && filters.length === 0) {
        ctx.notApplicable(device, { ja: 'ファイアウォールのポリシーもインタフェースの IP フィルタもありません', en: 'no firewall rulebase and no IP filter bound to an interface' });
        continue;
      }
      checkPolicy(ctx, device, policyRules);
      checkFilters(ctx, device, filters);
    }
  },
};

/** Enabled rules between different zones, one entry per policy (a policy may expand into several rules). */
function checkPolicy(ctx: RuleContext, device: Device, rules: SecurityPolicyRule[]): void {
  const crossing = rules.filter((r) => !r.disabled && crossesZones(r));
  const unknown = crossing.filter((r) => r.logTraffic === undefined);
  if (unknown.length > 0) {
    ctx.report({
      device,
      object: 'firewall policy',
      status: 'manual',
      message: {
        ja: `ゾーン間のポリシー ${ids(unknown)} がトラフィックを記録するかが設定からわかりません。機器のログ設定を確認してください。`,
        en: `The config does not show whether inter-zone policies ${ids(unknown)} log traffic: check the device's logging settings.`,
      },
      evidence: firstSpans(unknown),
    });
  }
  const seen = new Set<string>();
  for (const r of crossing) {
    if (r.logTraffic === undefined || r.logTraffic === 'all' || seen.has(r.id)) continue;
    seen.add(r.id);
    const what = r.logTraffic === 'none' ? { ja: 'ログを取りません', en: 'logs nothing' } : { ja: 'セキュリティイベントしか記録しません', en: 'logs only security events' };
    ctx.report({
      device,
      object: `policy ${r.id}`,
      message: {
        ja: `ポリシー ${r.id}（${zonesText(r.from)} → ${zonesText(r.to)}、${r.action === 'permit' ? '許可' : '拒否'}）は${what.ja}（全通信の記録が必要）。`,
        en: `Policy ${r.id} (${zonesText(r.from)} → ${zonesText(r.to)}, ${r.action}) ${what.en} (all traffic must be logged).`,
      },
      evidence: [r.source],
    });
  }
}

function crossesZones(r: SecurityPolicyRule): boolean {
  if (r.from === 'any' || r.to === 'any') return true;
  const to = r.to;
  return r.from.some((z) => !to.includes(z)) || to.some((z) => !(r.from as string[]).includes(z));
}

function checkFilters(ctx: RuleContext, device: Device, filters: Filter[]): void {
  const unknown = filters.filter((f) => f.lineLogging !== true);
  if (unknown.length > 0) {
    ctx.report({
      device,
      object: 'filter logging',
      status: 'manual',
      message: {
        ja: `フィルタ ${unknown.map((f) => f.name).join('、')} の行ごとのログ設定を読み取れません。拒否した通信が記録されるかを機器で確認してください。`,
        en: `Per-line logging of filters ${unknown.map((f) => f.name).join(', ')} cannot be read from the config: check on the device that refused traffic is logged.`,
      },
      evidence: unknown.map((f) => f.source),
    });
  }
  for (const filter of filters) {
    if (filter.lineLogging === true) checkFilter(ctx, device, filter);
  }
}

function checkFilter(ctx: RuleContext, device: Device, filter: Filter): void {
  const enabled = filter.rules.filter((r) => !r.disabled);
  const silentDenies = enabled.filter((r) => r.action === 'deny' && r.log !== true);
  const last = enabled[enabled.length - 1];
  // The implicit deny only drops something when some packet reaches it (not after `permit ip any any`).
  const implicitSilent =
    filter.semantics.defaultAction === 'deny' &&
    !(last !== undefined && last.action === 'deny' && last.log === true && matchesEverything(last)) &&
    !ctx.analysis.model.filters.compile(filter).unmatched.isEmpty();
  if (silentDenies.length === 0 && !implicitSilent) return;
  const problems: Localized[] = [];
  if (silentDenies.length > 0) problems.push({ ja: `ログを取らない拒否の行が ${silentDenies.length} 行あります`, en: `${silentDenies.length} deny line(s) do not log` });
  if (implicitSilent) problems.push({ ja: '最後にログ付きの「すべて拒否」の行が無く、一致しないパケットの破棄が記録されません', en: 'no final logged deny-everything line, so unmatched packets are dropped unrecorded' });
  ctx.report({
    device,
    object: `filter ${filter.name}`,
    message: {
      ja: `フィルタ ${filter.name}: ${problems.map((p) => p.ja).join('。')}。`,
      en: `Filter ${filter.name}: ${problems.map((p) => p.en).join('; ')}.`,
    },
    evidence: silentDenies.length > 0 ? uniqueSpans(silentDenies.map((r) => r.source)) : [filter.source],
  });
}

/** `deny ip any any`: any protocol, any address, no further condition. */
function matchesEverything(r: FilterRule): boolean {
  const m = r.match;
  const anyList = (list: typeof m.src) => list.length > 0 && list.some((a) => a.kind === 'any');
  return m.protocol === undefined && anyList(m.src) && anyList(m.dst) && m.srcPorts === undefined && m.dstPorts === undefined && m.icmp === undefined && m.established !== true && m.srcMac === undefined && m.dstMac === undefined;
}

/** IP filters (not MAC filters) bound to the device's interfaces, each once. */
function boundFilters(device: Device): Filter[] {
  const out: Filter[] = [];
  for (const iface of device.interfaces) {
    for (const binding of iface.filters) {
      if (binding.family === 'mac') continue;
      const filter = device.filters.find((f) => f.name === binding.filter && f.family === binding.family);
      if (filter && !out.includes(filter)) out.push(filter);
    }
  }
  return out;
}

function ids(rules: SecurityPolicyRule[]): string {
  return [...new Set(rules.map((r) => r.id))].join(', ');
}

function firstSpans(rules: SecurityPolicyRule[]): SourceSpan[] {
  return uniqueSpans(rules.map((r) => r.source));
}

function uniqueSpans(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<number>();
  return spans.filter((s) => (seen.has(s.line) ? false : (seen.add(s.line), true)));
}

function zonesText(zones: SecurityPolicyRule['from']): string {
  return zones === 'any' ? 'any' : zones.join(', ');
}
