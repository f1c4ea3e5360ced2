// 第2章7(1)イ「重要なログ等を取得するサーバの正確な時刻設定及びサーバ間の時刻同期ができる措置を講じなければならない」
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'LOG-03',
    area: 'LOG',
    title: { ja: '時刻同期とタイムゾーン', en: 'Time synchronisation and time zone' },
    description: {
      ja:
        'NTP サーバの数が基準（設定 minNtpServers、既定 1）未満なら不適合（中）です。タイムゾーンが設定されていない場合（機器が UTC で動き、ログの時刻が他機器とずれる）、' +
        'ログに日時のタイムスタンプが付かない場合は不適合（低）です。',
      en:
        'Fewer NTP servers than the minimum (setting minNtpServers, default 1) fails (medium). No time zone set (the device runs on UTC and its log times disagree with other devices), ' +
        'or logs without date-time stamps, fail (low).',
    },
    severity: 'medium',
    rating: { ease: 'challenging', fix: 'quick' },
    clauses: { kagoshima: ['7(1)イ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'NTP で時刻を同期し、タイムゾーンとログのタイムスタンプを設定します。IOS の例: `ntp server 10.0.99.1`（できれば 2 台以上、`ntp authenticate` も）、`clock timezone JST 9 0`、`service timestamps log datetime msec localtime show-timezone`。' +
        '考え方: すべての機器が同じ時刻源と同じタイムゾーンで日時付きのログを残す。',
      en:
        'Synchronise time by NTP and set the time zone and log time stamps. IOS example: `ntp server 10.0.99.1` (two or more if possible, with `ntp authenticate`), `clock timezone JST 9 0`, `service timestamps log datetime msec localtime show-timezone`. ' +
        'Idea: every device logs dated entries from the same time source and time zone.',
    },
    evidence: { ja: 'NTP・タイムゾーン・ログの設定行（無い場合は機器の行）。', en: 'The NTP, time zone and logging lines (the device line when missing).' },
  },

  check(ctx) {
    const min = ctx.settings.minNtpServers;
    for (const device of ctx.devices) {
      const { ntp, logging } = device.management;
      if (ntp.servers.length < min) {
        ctx.report({
          device,
          object: 'ntp',
          message: {
            ja: `NTP サーバが ${ntp.servers.length} 台で、基準（${min} 台以上）に足りません。`,
            en: `${ntp.servers.length} NTP server(s) configured, fewer than the required ${min}.`,
          },
          evidence: ntp.servers.length > 0 ? ntp.servers.map((s) => s.source) : [device.source],
        });
      }
      if (ntp.timezone === undefined) {
        ctx.report({
          device,
          object: 'timezone',
          severity: 'low',
          message: {
            ja: `${device.hostname} にタイムゾーンが設定されていません（UTC で動作し、ログの時刻が他機器とずれるおそれがあります）。`,
            en: `${device.hostname} has no time zone set (it runs on UTC; its log times may disagree with other devices).`,
          },
          evidence: [device.source],
        });
      }
      if (logging.timestamps !== true) {
        const state = logging.timestamps === false ? { ja: '無効にされています', en: 'are switched off' } : { ja: '設定されていません', en: 'are not configured' };
        ctx.report({
          device,
          object: 'log timestamps',
          severity: 'low',
          message: {
            ja: `ログの日時タイムスタンプが${state.ja}。`,
            en: `Date-time stamps on log messages ${state.en}.`,
          },
          // The model keeps no span of its own for the time-stamp setting: the device line stands in.
          evidence: [device.source],
        });
      }
    }
  },
};
