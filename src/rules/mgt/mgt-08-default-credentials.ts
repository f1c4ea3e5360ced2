// 第2章6(2)ア(ウ)「特権を付与されたIDを初期設定以外のものに変更」・5(4)ウ(カ)「仮のパスワード(初期パスワードを含む)は、最初のログイン時点で変更」
import type { Device } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

/** Account names that vendors ship or that guides use as defaults (compared case-insensitively). */
const DEFAULT_USER_NAMES = new Set(['admin', 'administrator', 'cisco', 'root', 'manager', 'user', 'guest', 'operator', 'support']);

export const rule: Rule = {
  meta: {
    id: 'MGT-08',
    area: 'MGT',
    title: { ja: '既定の管理者ID・既定/空のパスワード', en: 'Default admin IDs and default or blank passwords' },
    description: {
      ja:
        '次を不適合とします: ローカルアカウント名が機器の既定・定番の名前（admin, administrator, cisco, root, manager, user, guest, operator, support。大文字小文字を区別しない）; ' +
        'パスワードのないアカウント; 読み取れるパスワードが既知の既定値・推測容易な値（cisco, password 等）; ' +
        'vty・コンソール回線でログイン認証なし（no login）、またはパスワード認証なのにパスワード未設定; ' +
        '特権モード（enable）のパスワードが全く無い（中。AAA で enable 認証している場合と、FortiGate・NEC IX のように権限をアカウントの役割だけで与える機器を除く）。ハッシュ化された値は既定値かどうか判定できません。',
      en:
        'Fails: a local account named like a vendor or textbook default (admin, administrator, cisco, root, manager, user, guest, operator, support; case-insensitive); ' +
        'an account without a password; a readable password that is a well-known default or trivial value (cisco, password, …); ' +
        'a vty or console line with no login check (no login), or with password login but no password; ' +
        'no privileged-mode (enable) credential at all (medium; unless enable is authenticated by AAA, or the platform grants rights only through account roles, as FortiGate and NEC IX do). Hashed values cannot be compared with defaults.',
    },
    severity: 'critical',
    rating: { ease: 'trivial', fix: 'quick' },
    clauses: { kagoshima: ['6(2)ア(ウ)', '5(4)ウ(カ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '既定名のアカウントを個人を識別できる名前に置き換え、すべてのアカウント・回線・enable に推測困難なパスワードを設定します。IOS の例: `username tanaka-adm privilege 15 algorithm-type scrypt secret <強いパスワード>`、`no username admin`、' +
        '各回線に `login local`（`no login` は使わない）、`enable algorithm-type scrypt secret <強いパスワード>`。考え方: 初期設定の ID・パスワードを残さず、認証なしで入れる入口を作らない。',
      en:
        'Replace default-named accounts by personal names and give every account, line and enable a hard-to-guess password. IOS example: `username tanaka-adm privilege 15 algorithm-type scrypt secret <strong>`, `no username admin`, ' +
        '`login local` on every line (never `no login`), `enable algorithm-type scrypt secret <strong>`. Idea: no factory IDs or passwords remain and no entry point lets anyone in without authentication.',
    },
    evidence: {
      ja: 'アカウント・回線・enable の設定行（秘密の値は伏せ字）。enable が無い場合は機器の行。',
      en: 'The account, line and enable lines (secret values redacted); the device line when enable is missing.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      checkUsers(ctx, device);
      checkLines(ctx, device);
      checkEnable(ctx, device);
    }
  },
};

function checkUsers(ctx: RuleContext, device: Device): void {
  for (const user of device.management.users) {
    const object = `user ${user.name}`;
    if (DEFAULT_USER_NAMES.has(user.name.toLowerCase())) {
      ctx.report({
        device,
        object,
        key: 'default-name',
        message: {
          ja: `アカウント ${user.name} は既定・定番の管理者名です。初期設定以外の名前に変更してください。`,
          en: `Account ${user.name} has a default or textbook admin name; rename it.`,
        },
        evidence: [user.source],
      });
    }
    if (user.password === undefined) {
      ctx.report({
        device,
        object,
        key: 'no-password',
        message: { ja: `アカウント ${user.name} にパスワードがありません。`, en: `Account ${user.name} has no password.` },
        evidence: [user.source],
      });
    } else if (user.password.wellKnown) {
      ctx.report({
        device,
        object,
        key: 'well-known',
        message: {
          ja: `アカウント ${user.name} のパスワードが既知の既定値・推測容易な値です。`,
          en: `Account ${user.name} has a well-known default or trivial password.`,
        },
        evidence: [user.source],
      });
    }
  }
}

function checkLines(ctx: RuleContext, device: Device): void {
  for (const line of device.management.lines) {
    if (line.kind !== 'vty' && line.kind !== 'console') continue;
    if (line.login === 'none') {
      ctx.report({
        device,
        object: line.name,
        key: 'no-login',
        message: { ja: `${line.name} はログイン認証なしで接続できます。`, en: `${line.name} lets anyone in without a login check.` },
        evidence: [line.source],
      });
    } else if (line.login === 'password' && line.password === undefined) {
      ctx.report({
        device,
        object: line.name,
        key: 'no-password',
        severity: 'high',
        message: {
          ja: `${line.name} はパスワード認証ですが、パスワードが設定されていません。`,
          en: `${line.name} uses password login but no password is set.`,
        },
        evidence: [line.source],
      });
    } else if (line.password?.wellKnown) {
      ctx.report({
        device,
        object: line.name,
        key: 'well-known',
        message: {
          ja: `${line.name} のパスワードが既知の既定値・推測容易な値です。`,
          en: `${line.name} has a well-known default or trivial password.`,
        },
        evidence: [line.source],
      });
    }
  }
}

function checkEnable(ctx: RuleContext, device: Device): void {
  const { enable, aaa } = device.management;
  for (const credential of enable.filter((e) => e.password.wellKnown)) {
    ctx.report({
      device,
      object: `enable ${credential.form}`,
      key: 'well-known',
      message: {
        ja: '特権モード（enable）のパスワードが既知の既定値・推測容易な値です。',
        en: 'The privileged-mode (enable) password is a well-known default or trivial value.',
      },
      evidence: [credential.source],
    });
  }
  if (enable.length > 0 || device.management.privilegeModel === 'account-roles') return;
  const enableByAaa = aaa.enabled && aaa.methods.some((m) => m.kind === 'authentication' && m.service === 'enable');
  if (enableByAaa) return;
  ctx.report({
    device,
    object: 'enable',
    key: 'missing',
    severity: 'medium',
    message: {
      ja: `${device.hostname} に特権モード（enable）のパスワードが設定されていません。`,
      en: `${device.hostname} has no privileged-mode (enable) password.`,
    },
    evidence: [device.source],
  });
}
