// 第2章6(1)カ(ア)「各種ログ…を取得し、一定の期間保存」・6(1)カ(ウ)「取得したログを定期的に点検又は分析する機能を設け」・7(1)ア「情報システムを常時監視」
import type { Rule } from '../types.js';

/** syslog severity 6: informational, the level CIS and the research notes ask to send at least. */
const INFORMATIONAL = 6;

const LEVEL_NAMES = ['emergencies', 'alerts', 'critical', 'errors', 'warnings', 'notifications', 'informational', 'debugging'];

export const rule: Rule = {
  meta: {
    id: 'LOG-01',
    area: 'LOG',
    title: { ja: 'ログの外部集約', en: 'Remote logging' },
    description: {
      ja:
        'ログを外部の syslog サーバ等へ送っているかを確認します。送信先が無ければ不適合（高）です。' +
        '送信するログの重要度の下限が informational（6）より厳しく設定され、ログイン・設定変更などの記録が送られない場合は不適合（低）です。' +
        '保存期間や点検の実施は機器の設定の外にあるため、監査人が手動で確認してください。',
      en:
        'Checks that logs are sent to a remote syslog server or collector. No destination fails (high). ' +
        'A severity threshold stricter than informational (6), which keeps logins, config changes and similar records from being sent, fails (low). ' +
        'Retention and regular review live outside the device config: the auditor checks them by hand.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(1)カ(ア)', '6(1)カ(ウ)', '7(1)ア'], sorachi: ['6(6)', '7'] },
    remediation: {
      ja:
        'ログを集約サーバへ送ります。IOS の例: `logging host 10.0.99.10`、`logging trap informational`。' +
        '考え方: 機器のログを外部に集約して一定期間保存し、定期的に点検できるようにする。',
      en:
        'Send logs to a collector. IOS example: `logging host 10.0.99.10`, `logging trap informational`. ' +
        'Idea: device logs are collected off the device, kept for a set period and reviewed regularly.',
    },
    evidence: { ja: 'ログ送信の設定行（無い場合は機器の行）。', en: 'The logging lines (the device line when there are none).' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const { hosts, trapLevel, source } = device.management.logging;
      if (hosts.length === 0) {
        ctx.report({
          device,
          object: 'logging',
          key: 'no-host',
          message: {
            ja: `${device.hostname} にログの外部送信先（syslog サーバ等）が設定されていません。`,
            en: `${device.hostname} sends its logs to no remote server (syslog or collector).`,
          },
          evidence: [device.source],
        });
      }
      if (trapLevel !== undefined && trapLevel < INFORMATIONAL) {
        const name = LEVEL_NAMES[trapLevel] ?? String(trapLevel);
        ctx.report({
          device,
          object: 'logging trap',
          key: 'level',
          severity: 'low',
          message: {
            ja: `外部へ送るログの重要度が ${name}（${trapLevel}）以上に限られ、informational（6）のログが送られません。`,
            en: `Only logs of severity ${name} (${trapLevel}) or worse are sent; informational (6) logs are not.`,
          },
          evidence: [source ?? device.source],
        });
      }
    }
  },
};
