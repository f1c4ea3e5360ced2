// 第2章6(2)エ「ログイン試行回数の制限」・6(2)ア(ウ)「特権を付与されたID及びパスワードについて…入力回数制限等のセキュリティ機能を強化」
import type { Device } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-05',
    area: 'MGT',
    title: { ja: 'ログイン試行回数の制限', en: 'Login attempt limiting' },
    description: {
      ja:
        'ログイン失敗回数を制限する仕組み（ロックアウト、一定時間のログイン停止など）が機器に設定されているかを確認します。' +
        '無ければ不適合です。設定された仕組みのうち最も厳しい許容回数が閾値（設定 maxLoginAttempts、既定 5 回）を超える場合も不適合です。' +
        '機器側に無くても、ログイン認証を RADIUS/TACACS+ で行っている場合は、サーバ側でロックアウトしている可能性があるため要確認とします。' +
        'SSH の 1 接続あたりの再試行回数はロックアウトではないため数えません。',
      en:
        'Checks that the device limits failed logins (lockout, login blocking for a period, …). None is a failure. ' +
        'The strictest configured limit above the threshold (setting maxLoginAttempts, default 5) is also a failure. ' +
        'When the device has none but authenticates logins through RADIUS/TACACS+, the lockout may live on the server: reported for manual check. ' +
        'SSH retries per connection are not a lockout and do not count.',
    },
    severity: 'medium',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(2)エ', '6(2)ア(ウ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'ログイン失敗時のロックアウトを設定します。IOS の例: `login block-for 300 attempts 3 within 60`、ローカル認証なら `aaa local authentication attempts max-fail 5`。' +
        '考え方: 一定回数の失敗でアカウントまたは接続元を一定時間締め出す（RADIUS 認証ならサーバ側で設定し、その証跡を添付）。',
      en:
        'Configure a lockout on failed logins. IOS example: `login block-for 300 attempts 3 within 60`; for local accounts `aaa local authentication attempts max-fail 5`. ' +
        'Idea: after a few failures the account or source is locked out for a while (with RADIUS, configure it on the server and attach that evidence).',
    },
    evidence: {
      ja: 'ロックアウト設定の行、または AAA のログイン認証設定の行（無い場合は機器の行）。',
      en: 'The lockout lines, or the AAA login authentication lines (the device line when there is none).',
    },
  },

  check(ctx) {
    const max = ctx.settings.maxLoginAttempts;
    for (const device of ctx.devices) {
      const lockouts = device.management.loginLockout;
      if (lockouts.length === 0) {
        reportNoLockout(ctx, device);
        continue;
      }
      const counted = lockouts.filter((l) => l.attempts !== undefined);
      if (counted.length === 0) continue;
      // Several mechanisms: the strictest one is the one that bites first.
      const strictest = counted.reduce((a, b) => (b.attempts! < a.attempts! ? b : a));
      if (strictest.attempts! <= max) continue;
      ctx.report({
        device,
        object: strictest.mechanism,
        message: {
          ja: `ログイン失敗の許容回数が ${strictest.attempts} 回で、基準（${max} 回以下）を超えています（${strictest.mechanism}）。`,
          en: `Failed logins are allowed ${strictest.attempts} times, above the limit of ${max} (${strictest.mechanism}).`,
        },
        evidence: counted.map((l) => l.source),
      });
    }
  },
};

function reportNoLockout(ctx: RuleContext, device: Device): void {
  const remoteLogin = device.management.aaa.methods.filter(
    (m) => m.kind === 'authentication' && m.service === 'login' && m.methods.some((x) => /radius|tacacs/i.test(x)),
  );
  if (device.management.aaa.enabled && remoteLogin.length > 0) {
    ctx.report({
      device,
      object: 'login lockout',
      status: 'manual',
      message: {
        ja: '機器にログイン試行回数の制限はありませんが、ログイン認証を RADIUS/TACACS+ で行っています。サーバ側のロックアウト設定を確認してください。',
        en: 'The device has no login attempt limit, but logins are authenticated by RADIUS/TACACS+: check the lockout on the server.',
      },
      evidence: remoteLogin.map((m) => m.source),
    });
    return;
  }
  ctx.report({
    device,
    object: 'login lockout',
    message: {
      ja: `${device.hostname} にログイン試行回数の制限（ロックアウト）が設定されていません。`,
      en: `${device.hostname} has no limit on failed login attempts (no lockout).`,
    },
    evidence: [device.source],
  });
}
