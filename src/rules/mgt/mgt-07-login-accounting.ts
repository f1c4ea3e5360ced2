// 第2章6(2)エ「ログイン時におけるメッセージ、ログイン試行回数の制限、アクセスタイムアウトの設定及びログイン・ログアウト時刻の表示等により、正当なアクセス権を持つ職員等がログインしたことを確認することができるようシステムを設定しなければならない。」・6(1)エ(イ)「システム変更等の作業を行った場合は、作業内容について記録を作成し…」・6(1)カ(ア)「各種ログ及び情報セキュリティの確保に必要な記録を取得し…」
import type { Device, Localized } from '../../model/index.js';
import { serverMethodList } from '../helpers/aaa.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-07',
    area: 'MGT',
    title: { ja: 'ログイン・操作の記録', en: 'Login and command accounting' },
    description: {
      ja:
        '機器がログイン（成功・失敗）と設定変更・コマンド操作の記録を残すかを調べます。ログインは、ログイン成功・失敗のログ（設定または機器の既定動作）か、認証サーバへのセッションのアカウンティングがあれば適合、' +
        '成功・失敗のどちらかを記録しないことが分かる場合は不適合です。操作は、コマンドのアカウンティングか設定変更の記録（設定または機器の既定動作）があれば適合、無効にされていれば不適合です。' +
        'モデルが機器の既定動作を知らず設定にも無い場合は要確認とします（機器のログ設定・ログの実物で確認）。',
      en:
        'Checks that the device records logins (successful and failed) and configuration changes or commands. Logins pass with login success/failure logging (configured or the platform default) or session accounting to an AAA server, ' +
        'and fail when the model knows that successes or failures are not logged. Commands pass with command accounting or a configuration-change record (configured or the platform default) and fail when that record is switched off. ' +
        'Where the config shows nothing and the model does not know the platform default, the result is 要確認 (manual): check the logging settings and a sample of the log.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(2)エ', '6(1)エ(ア)', '6(1)エ(イ)', '6(1)カ(ア)'], sorachi: ['6(6)', '6(7)'] },
    remediation: {
      ja:
        'ログインの成功・失敗と設定変更を記録し、syslog サーバへ送ります。IOS: `login on-success log`、`login on-failure log`、`archive` / ` log config` / `  logging enable`、または `aaa accounting exec default start-stop group tacacs+` と `aaa accounting commands 15 default start-stop group tacacs+`。' +
        'FortiGate: `config log eventfilter` / `set event enable` / `set system enable` / `end`（既定で有効）。AlliedWare Plus: `aaa accounting login default start-stop group radius`、`aaa accounting commands 15 default stop-only group tacacs+`。' +
        'Yamaha RTX・NEC IX: ログイン・設定変更の syslog 出力（Yamaha は `syslog info on` 等）を有効にし、syslog サーバで記録されていることを確認します。',
      en:
        'Record successful and failed logins and configuration changes, and send them to the syslog server. IOS: `login on-success log`, `login on-failure log`, `archive` / ` log config` / `  logging enable`, or `aaa accounting exec default start-stop group tacacs+` with `aaa accounting commands 15 default start-stop group tacacs+`. ' +
        'FortiGate: `config log eventfilter` / `set event enable` / `set system enable` / `end` (on by default). AlliedWare Plus: `aaa accounting login default start-stop group radius`, `aaa accounting commands 15 default stop-only group tacacs+`. ' +
        'Yamaha RTX, NEC IX: enable syslog output of logins and configuration changes (Yamaha e.g. `syslog info on`) and confirm the syslog server keeps them.',
    },
    evidence: {
      ja: 'ログイン記録・アカウンティング・イベントログの設定行（既定値の場合は機器の行）。',
      en: 'The login logging, accounting or event-log line (the device line when it is a default).',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      checkLogins(ctx, device);
      checkCommands(ctx, device);
    }
  },
};

function defaultNote(platformDefault: boolean | undefined): Localized {
  return platformDefault ? { ja: '（機器の既定動作）', en: ' (platform default)' } : { ja: '', en: '' };
}

function checkLogins(ctx: RuleContext, device: Device): void {
  const logging = device.management.loginLogging;
  if (logging?.success && logging.failure) return;
  if (serverMethodList(device, 'accounting', ['exec', 'login', 'connection'])) return;
  if (logging === undefined) {
    ctx.report({
      device,
      object: 'login logging',
      status: 'manual',
      message: {
        ja: 'ログインの成功・失敗を記録する設定が見当たらず、機器の既定動作も分かりません。ログ設定とログの実物でログインが記録されていることを確認してください。',
        en: 'No login logging is configured and the platform default is not known. Check the logging settings and a sample of the log for login records.',
      },
      evidence: [device.source],
    });
    return;
  }
  const missing = [...(logging.success ? [] : [{ ja: '成功', en: 'successful' }]), ...(logging.failure ? [] : [{ ja: '失敗', en: 'failed' }])];
  const note = defaultNote(logging.platformDefault);
  ctx.report({
    device,
    object: 'login logging',
    message: {
      ja: `ログイン${missing.map((m) => m.ja).join('・')}が記録されません${note.ja}。`,
      en: `${missing.map((m) => m.en).join(' and ')} logins are not logged${note.en}.`.replace(/^./, (c) => c.toUpperCase()),
    },
    evidence: [logging.source],
  });
}

function checkCommands(ctx: RuleContext, device: Device): void {
  if (serverMethodList(device, 'accounting', ['commands'])) return;
  const record = device.management.commandLogging;
  if (record?.enabled) return;
  if (record === undefined) {
    ctx.report({
      device,
      object: 'command logging',
      status: 'manual',
      message: {
        ja: 'コマンドのアカウンティングも設定変更の記録も設定に見当たらず、機器の既定動作も分かりません。設定変更が記録されていることを確認してください。',
        en: 'Neither command accounting nor a configuration-change record is configured, and the platform default is not known. Confirm that configuration changes are recorded.',
      },
      evidence: [device.source],
    });
    return;
  }
  ctx.report({
    device,
    object: 'command logging',
    message: {
      ja: `設定変更の記録（${record.mechanism}）が無効にされています。`,
      en: `The configuration-change record (${record.mechanism}) is switched off.`,
    },
    evidence: [record.source],
  });
}
