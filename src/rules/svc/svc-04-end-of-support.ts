// 第2章6(4)ア(キ)「業務で利用するソフトウェアは、パッチやバージョンアップなどの開発元のサポートが終了したソフトウェアを利用してはならない」・6(6)ア「セキュリティホールの緊急度に応じて、ソフトウェア更新等の対策を実施しなければならない」
import type { Device } from '../../model/index.js';
import type { EndOfSupportEntry } from '../settings.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'SVC-04',
    area: 'SVC',
    title: { ja: 'サポート終了のファームウェア', en: 'End-of-support firmware' },
    description: {
      ja:
        '設定に記された OS の版数（IOS の version、FortiGate の #config-version、Yamaha の先頭コメント、NEC IX の先頭コメント、AlliedWare Plus のバナーコメント）と機種を、segaudit.json の site.endOfSupport（ベンダ・機種・版数の先頭一致・サポート終了日）と照合します。' +
        '一致した行のサポート終了日が判定日（settings.today、既定は実行日）以前なら不適合（高）です。表が無い場合、版数が表のどの行にも一致しない場合は、見つかった版数を示して要確認とします。設定に版数が無い場合も要確認です。segaudit はサポート終了の表を同梱しません。',
      en:
        'Compares the OS version the config states (IOS `version`, FortiGate `#config-version`, the Yamaha header comment, the NEC IX header comment, the AlliedWare Plus banner comment) and the model with segaudit.json site.endOfSupport (vendor, model, version prefix, end-of-support date). ' +
        'A matching entry whose date is on or before the judging date (settings.today, default the run date) fails (high). Without a table, or when no entry matches the version, a manual check names the version found; a config without a version needs a manual check too. segaudit ships no end-of-support table.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'involved' },
    clauses: { kagoshima: ['6(4)ア(キ)', '6(6)ア'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'サポート中の版へ更新するか、機器を更改します。更新までの継続使用は例外措置（7(4)）として承認・登録します。確認の例: IOS `show version`、FortiGate `get system status`、Yamaha `show environment`、AlliedWare Plus `show system`、NEC IX `show version`。' +
        '考え方: 開発元のパッチが出ない機器を使い続けず、終了日を台帳（site.endOfSupport）で管理する。',
      en:
        'Update to a supported release or replace the device; continued use until then is approved and registered as an exception (7(4)). To check: IOS `show version`, FortiGate `get system status`, Yamaha `show environment`, AlliedWare Plus `show system`, NEC IX `show version`. ' +
        'Idea: no device without vendor patches stays in service, and end-of-support dates are kept in a register (site.endOfSupport).',
    },
    evidence: { ja: '版数を示す設定行（無い場合は機器の行）。', en: 'The line stating the version (or the device line when there is none).' },
    needsSiteFacts: ['endOfSupport'],
  },

  check(ctx) {
    const today = ctx.settings.today ?? new Date().toISOString().slice(0, 10);
    for (const device of ctx.devices) checkDevice(ctx, device, today);
  },
};

function checkDevice(ctx: RuleContext, device: Device, today: string): void {
  const os = device.os;
  if (os?.version === undefined) {
    ctx.report({
      device,
      object: 'os',
      status: 'manual',
      message: { ja: '設定に OS の版数が記されていません。機器で版数を確認してください。', en: 'The config does not state the OS version: check it on the device.' },
      evidence: [os?.source ?? device.source],
    });
    return;
  }
  const found = `${os.name}${os.model !== undefined && !os.name.includes(os.model) ? ` ${os.model}` : ''} ${os.version}`;
  const table = ctx.settings.site.endOfSupport ?? [];
  const entry = table.find((e) => matches(e, device, os.version!, os.model));
  if (entry === undefined) {
    const why =
      table.length === 0
        ? { ja: 'サポート終了の表（site.endOfSupport）がありません', en: 'there is no end-of-support table (site.endOfSupport)' }
        : { ja: 'サポート終了の表（site.endOfSupport）に一致する行がありません', en: 'no entry of the end-of-support table (site.endOfSupport) matches it' };
    ctx.report({
      device,
      object: 'os',
      status: 'manual',
      message: { ja: `OS は ${found} ですが、${why.ja}。サポート状況を確認してください。`, en: `The OS is ${found}, but ${why.en}: check its support status.` },
      evidence: [os.source],
    });
    return;
  }
  if (entry.endOfSupport > today) return;
  const note = entry.note !== undefined ? `（${entry.note}）` : '';
  ctx.report({
    device,
    object: 'os',
    message: {
      ja: `OS ${found} のサポートは ${entry.endOfSupport} に終了しています${note}。`,
      en: `Support for OS ${found} ended on ${entry.endOfSupport}${entry.note !== undefined ? ` (${entry.note})` : ''}.`,
    },
    evidence: [os.source],
  });
}

/** Vendor and model (when the entry names them) equal, and the version starts with the entry's at a boundary (`15.2` matches `15.2(4)M7`, not `15.21`). */
function matches(entry: EndOfSupportEntry, device: Device, version: string, model: string | undefined): boolean {
  if (entry.vendor !== undefined && entry.vendor !== device.vendor) return false;
  if (entry.model !== undefined && (model === undefined || model.toLowerCase() !== entry.model.toLowerCase())) return false;
  if (!version.startsWith(entry.version)) return false;
  const next = version.charAt(entry.version.length);
  return next === '' || !/[0-9]/.test(next) || /[^0-9]$/.test(entry.version);
}
