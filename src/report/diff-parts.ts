import { flowLabel } from '../analysis/reachability/flow-label.js';
import type { ChangedFlow, ChangeScope } from '../diff/changed-flows.js';
import type { GateReason } from '../diff/change-gate.js';
import type { ConfigChange } from '../diff/config-change.js';
import type { Decider } from '../diff/decision-regions.js';
import type { ZoneFlowChange } from '../diff/zone-flow-diff.js';
import type { Localized } from '../model/index.js';
import { zoneLabel } from '../rules/helpers/zones.js';
import type { Lang } from './i18n.js';

/** Pieces the text, JSON and Markdown forms of a diff share, so that they say the same thing. */

export const both = (ja: string, en: string): Localized => ({ ja, en });

export function scopeText(scope: ChangeScope, lang: Lang): string {
  switch (scope.kind) {
    case 'filter':
      return lang === 'ja' ? `フィルタ ${scope.filter}` : `filter ${scope.filter}`;
    case 'interface':
      return lang === 'ja' ? `${scope.interface} ${scope.direction === 'in' ? '受信' : '送信'}側` : `${scope.interface} ${scope.direction}`;
    case 'zone-pair':
      return lang === 'ja' ? `ポリシー ${scope.from} → ${scope.to}` : `policy ${scope.from} → ${scope.to}`;
  }
}

/** `ACL-IN line 3: deny tcp any any (x.cfg:12)`, `ACL-IN default deny`, `no filter`. */
export function deciderText(d: Decider, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const action = d.action === 'permit' ? t('許可', 'permit') : t('拒否', 'deny');
  const at = d.line ? ` — ${d.line.file}:${d.line.line}: ${d.line.text.trim()}` : '';
  switch (d.decision) {
    case 'unfiltered':
      return t('フィルタなし（通過）', 'no filter (passes)') + at;
    case 'default':
      return `${d.filter} ${t('既定動作', 'default')} ${action}${at}`;
    case 'undefined-filter':
      return `${d.filter} ${t('適用されているが未定義（全て許可）', 'bound but not defined (permits everything)')}${at}`;
    default:
      return `${d.filter}${d.label ? ` ${d.label}` : ''} ${action}${at}`;
  }
}

/** The flow class as findings print it (`tcp/80 any → 10.1.1.10`). */
export function flowText(flow: ChangedFlow): string {
  return flowLabel(flow.flowClass);
}

export function zoneName(zone: ZoneFlowChange['from']): Localized {
  return zoneLabel({ zone: zone.name, class: zone.class, binding: zone.bindings[0]! });
}

export const OP_LABEL: Record<ConfigChange['op'], Localized> = {
  added: both('追加', 'added'),
  removed: both('削除', 'removed'),
  changed: both('変更', 'changed'),
  moved: both('順序変更', 'moved'),
};

export const OP_SIGN: Record<ConfigChange['op'], string> = { added: '+', removed: '-', changed: '~', moved: '↕' };

export function gateReasonText(reason: GateReason): Localized {
  switch (reason.kind) {
    case 'koumu-opened': {
      const from = zoneName(reason.change.from);
      const to = zoneName(reason.change.to);
      const classes = reason.summary.classes.slice(0, 5).map(flowLabel).join('; ');
      const more = reason.summary.classes.length - 5 + reason.summary.omitted;
      const tail = more > 0 ? { ja: `（ほか ${more} 種類）`, en: ` (and ${more} more)` } : { ja: '', en: '' };
      return {
        ja: `${from.ja}から${to.ja}への通信が新たに通り、許可通信台帳（flows.csv）の有効な承認がありません: ${classes}${tail.ja}`,
        en: `The change lets traffic from ${from.en} to ${to.en} through that no active approval in flows.csv covers: ${classes}${tail.en}`,
      };
    }
    case 'zones-missing':
      return {
        ja: `zones.csv がないため、新たに通る通信（${reason.newlyPermitted} 件）が校務内部系に関わるか判断できません。zones.csv を用意してください`,
        en: `Without zones.csv, nobody can tell whether the ${reason.newlyPermitted} newly permitted flow(s) touch koumu-internal; provide zones.csv`,
      };
    case 'finding-added':
      return {
        ja: `検出 ${reason.finding.ruleId}（${reason.finding.device}${reason.finding.object ? ` ${reason.finding.object}` : ''}）が加わります: ${reason.finding.message.ja}`,
        en: `Adds finding ${reason.finding.ruleId} (${reason.finding.device}${reason.finding.object ? ` ${reason.finding.object}` : ''}): ${reason.finding.message.en}`,
      };
  }
}
