import type { FindingStatus, Localized, Severity } from '../model/index.js';

export type Lang = 'ja' | 'en';

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  critical: { ja: '重大', en: 'critical' },
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
  info: { ja: '情報', en: 'info' },
};

export const STATUS_LABEL: Record<FindingStatus | 'error', Localized> = {
  fail: { ja: '不適合', en: 'fail' },
  pass: { ja: '適合', en: 'pass' },
  manual: { ja: '要確認', en: 'manual check' },
  'not-applicable': { ja: '該当なし', en: 'not applicable' },
  excepted: { ja: '例外承認済み', en: 'excepted' },
  unparsed: { ja: '解析不能', en: 'unparsed' },
  error: { ja: 'エラー', en: 'error' },
};

export const EASE_LABEL: Record<'trivial' | 'easy' | 'moderate' | 'challenging', Localized> = {
  trivial: { ja: '極めて容易', en: 'trivial' },
  easy: { ja: '容易', en: 'easy' },
  moderate: { ja: '中程度', en: 'moderate' },
  challenging: { ja: '困難', en: 'challenging' },
};

export const FIX_LABEL: Record<'quick' | 'planned' | 'involved', Localized> = {
  quick: { ja: '即時（設定変更）', en: 'quick' },
  planned: { ja: '計画的', en: 'planned' },
  involved: { ja: '大規模', en: 'involved' },
};
