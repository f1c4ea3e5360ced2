// 第2章6(2)オ(ア)「パスワードファイルを不正利用から保護するため、オペレーティングシステム等でパスワード設定のセキュリティ強化機能がある場合は、これを有効に活用しなければならない。」・6(2)ア(ウ)「特権を付与されたID及びパスワードについて…セキュリティ機能を強化しなければならない。」
import type { Device, Secret, SourceSpan } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-10',
    area: 'MGT',
    title: { ja: 'パスワードポリシー（最小文字数）', en: 'Local password policy (minimum length)' },
    description: {
      ja:
        '機器が最小パスワード長を強制しているかを調べます。設定された最小長が閾値（minPasswordLength、既定 8 文字）未満なら不適合、設定が無く機器にその機能がある場合（IOS `security passwords min-length`、FortiGate `password-policy`、AW+ `security-password minimum-length`）も不適合です。' +
        '機能の有無が分からない機種で設定が無い場合は要確認とします。設定の有無にかかわらず、読み取れる（平文・可逆）パスワードが閾値より短い場合はアカウントごとに不適合とします。',
      en:
        'Checks that the device enforces a minimum password length. A configured minimum below the threshold (minPasswordLength, default 8) fails; no setting on a platform that offers one (IOS `security passwords min-length`, FortiGate `password-policy`, AW+ `security-password minimum-length`) fails too. ' +
        'Where the model does not know whether the platform offers such a setting, a missing setting is 要確認 (manual). Independently, every readable (plaintext or reversible) password shorter than the threshold fails per account.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(2)オ(ア)', '6(2)ア(ウ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '最小パスワード長を閾値以上に設定し、短いパスワードを変更します。IOS: `security passwords min-length 12`。FortiGate: `config system password-policy` / `set status enable` / `set minimum-length 12` / `end`。' +
        'AlliedWare Plus: `security-password minimum-length 12`。Yamaha RTX・NEC IX: 最小長を強制する設定が無い場合は、運用手順で十分な長さのパスワードを定め、`login user`/`username` のパスワードを変更します。',
      en:
        'Set the minimum password length to at least the threshold and change short passwords. IOS: `security passwords min-length 12`. FortiGate: `config system password-policy` / `set status enable` / `set minimum-length 12` / `end`. ' +
        'AlliedWare Plus: `security-password minimum-length 12`. Yamaha RTX, NEC IX: where no length can be enforced, set long passwords by procedure and change the `login user` / `username` passwords.',
    },
    evidence: {
      ja: 'パスワードポリシーの設定行（無い場合は機器の行）、短いパスワードを持つアカウントの行。',
      en: 'The password-policy line (the device line when there is none), the line of each account with a short password.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const accounts = passwordHolders(device);
      if (accounts.length === 0) {
        ctx.notApplicable(device, { ja: 'パスワードを持つローカルアカウントがありません', en: 'no local account with a password' });
        continue;
      }
      checkPolicy(ctx, device);
      checkReadableLengths(ctx, device, accounts);
    }
  },
};

interface PasswordHolder {
  name: string;
  password: Secret;
  source: SourceSpan;
}

/** Local accounts, the privileged-mode password and line passwords: everything a person types to log in. */
function passwordHolders(device: Device): PasswordHolder[] {
  const { users, enable, lines } = device.management;
  const holders: PasswordHolder[] = [];
  for (const user of users) if (user.password) holders.push({ name: user.name, password: user.password, source: user.source });
  for (const e of enable) holders.push({ name: e.level !== undefined ? `enable (level ${e.level})` : 'enable', password: e.password, source: e.source });
  for (const line of lines) if (line.password) holders.push({ name: line.name, password: line.password, source: line.source });
  return holders;
}

function checkPolicy(ctx: RuleContext, device: Device): void {
  const { passwordPolicy, passwordPolicyAvailable } = device.management;
  const min = ctx.settings.minPasswordLength;
  if (passwordPolicy?.minLength !== undefined) {
    if (passwordPolicy.minLength >= min) return;
    ctx.report({
      device,
      object: 'password policy',
      message: {
        ja: `最小パスワード長が ${passwordPolicy.minLength} 文字で、閾値 ${min} 文字より短く設定されています。`,
        en: `The minimum password length is ${passwordPolicy.minLength} characters, shorter than the threshold of ${min}.`,
      },
      evidence: [passwordPolicy.source],
    });
    return;
  }
  if (passwordPolicyAvailable) {
    ctx.report({
      device,
      object: 'password policy',
      message: {
        ja: `機器は最小パスワード長を強制できますが、設定がありません（閾値 ${min} 文字）。`,
        en: `The platform can enforce a minimum password length, but none is configured (threshold ${min} characters).`,
      },
      evidence: [device.source],
    });
    return;
  }
  ctx.report({
    device,
    object: 'password policy',
    status: 'manual',
    message: {
      ja: `最小パスワード長の設定が見当たりません。機種にその機能があるかを確認し、あれば ${min} 文字以上に設定してください。無ければ運用でパスワード長を管理していることを確認してください。`,
      en: `No minimum password length is configured. Check whether the platform offers one; if it does, set it to ${min} or more, otherwise confirm that password length is managed by procedure.`,
    },
    evidence: [device.source],
  });
}

/** Readable passwords (plaintext or reversible) have a known length: each one below the threshold fails. */
function checkReadableLengths(ctx: RuleContext, device: Device, accounts: PasswordHolder[]): void {
  const min = ctx.settings.minPasswordLength;
  for (const account of accounts) {
    const length = account.password.clearLength;
    if (length === undefined || length >= min) continue;
    ctx.report({
      device,
      object: account.name,
      key: 'short-password',
      message: {
        ja: `${account.name} のパスワードが ${length} 文字で、閾値 ${min} 文字より短いです（設定から読み取れる形式で保存されているため長さが分かります）。`,
        en: `The password of ${account.name} has ${length} characters, fewer than the threshold of ${min} (its length is known because the config stores it readably).`,
      },
      evidence: [account.source],
    });
  }
}
