// 第2章6(2)エ「アクセスタイムアウトの設定」・6(2)カ「特権によるネットワーク及び情報システムへの接続時間を必要最小限に制限」
import type { AccessLine } from '../../model/index.js';
import { effectiveIdleTimeout } from '../helpers/access-lines.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-06',
    area: 'MGT',
    title: { ja: 'アイドルタイムアウト', en: 'Idle timeout' },
    description: {
      ja:
        'コンソール・vty などすべての管理回線について、実際に効くアイドルタイムアウト（設定値、未設定なら機器の既定値）を確認します。' +
        '0（無期限）または閾値（設定 maxIdleTimeoutSeconds、既定 600 秒）を超える値は不適合です。未設定で既定値が閾値以内なら適合です。' +
        '未設定で機器の既定値も分からない場合は要確認です。',
      en:
        'For every management line (console, vty, …) takes the idle timeout that applies (the configured value, else the platform default). ' +
        '0 (never) or a value above the threshold (setting maxIdleTimeoutSeconds, default 600 s) fails. Unset with a default within the threshold passes. ' +
        'Unset with no known default needs a manual check.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(2)エ', '6(2)カ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '各管理回線にアイドルタイムアウトを設定します。IOS の例: `line vty 0 4` / `exec-timeout 10 0`（`exec-timeout 0 0` は使わない）。' +
        '考え方: 操作のない管理セッションを一定時間（既定 10 分以内）で切断する。',
      en:
        'Set an idle timeout on every management line. IOS example: `line vty 0 4` / `exec-timeout 10 0` (never `exec-timeout 0 0`). ' +
        'Idea: idle management sessions are closed after a short time (10 minutes or less by default).',
    },
    evidence: { ja: '回線（line）の設定行。', en: 'The line definition.' },
  },

  check(ctx) {
    const max = ctx.settings.maxIdleTimeoutSeconds;
    for (const device of ctx.devices) {
      const { lines } = device.management;
      if (lines.length === 0) {
        ctx.notApplicable(device, { ja: '管理回線の設定がありません', en: 'no management lines in the config' });
        continue;
      }
      for (const line of lines) {
        const timeout = effectiveIdleTimeout(line);
        const origin = originOf(line);
        if (timeout === undefined) {
          ctx.report({
            device,
            object: line.name,
            status: 'manual',
            message: {
              ja: `${line.name} にアイドルタイムアウトの設定がなく、機器の既定値も不明です。`,
              en: `${line.name} has no idle timeout and the platform default is unknown.`,
            },
            evidence: [line.source],
          });
        } else if (timeout === 0) {
          ctx.report({
            device,
            object: line.name,
            message: {
              ja: `${line.name} のアイドルタイムアウトが無期限（0）です${origin.ja}。`,
              en: `${line.name} never times out (idle timeout 0)${origin.en}.`,
            },
            evidence: [line.source],
          });
        } else if (timeout > max) {
          ctx.report({
            device,
            object: line.name,
            message: {
              ja: `${line.name} のアイドルタイムアウトが ${timeout} 秒で、基準（${max} 秒以下）を超えています${origin.ja}。`,
              en: `${line.name} idle timeout is ${timeout} s, above the limit of ${max} s${origin.en}.`,
            },
            evidence: [line.source],
          });
        }
      }
    }
  },
};

function originOf(line: AccessLine): { ja: string; en: string } {
  return line.execTimeout === undefined ? { ja: '（未設定のため機器の既定値）', en: ' (not set: platform default)' } : { ja: '', en: '' };
}
