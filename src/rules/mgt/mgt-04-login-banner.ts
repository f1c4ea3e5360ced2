// 第2章6(2)エ「ログイン時におけるメッセージ…により、正当なアクセス権を持つ職員等がログインしたことを確認することができるようシステムを設定」
import type { Rule } from '../types.js';

/** Banners shown before authentication: the place for the legal warning. */
const PRE_LOGIN_BANNERS = ['login', 'motd'];

export const rule: Rule = {
  meta: {
    id: 'MGT-04',
    area: 'MGT',
    title: { ja: 'ログインバナー', en: 'Login banner' },
    description: {
      ja:
        'ログイン前に表示されるバナー（login または motd）が、空でない文言で設定されているかを確認します。無ければ不適合です。' +
        '文言の妥当性（不正利用の禁止、利用の監視・記録の告知など）は設定から判定できないため、監査人が手動で確認してください。',
      en:
        'Checks that a banner shown before login (login or motd) is configured with non-empty text; none is a failure. ' +
        'Whether the wording is adequate (unauthorised use forbidden, use monitored and logged) cannot be told from the config: the auditor checks it by hand.',
    },
    severity: 'low',
    rating: { ease: 'challenging', fix: 'quick' },
    clauses: { kagoshima: ['6(2)エ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'ログイン前バナーを設定します。IOS の例: `banner login ^C 許可された者以外の利用を禁止します。操作は記録されます。 ^C`。' +
        '考え方: ログイン画面に、権限のない者の利用禁止と監視・記録の告知を表示する。',
      en:
        'Configure a pre-login banner. IOS example: `banner login ^C Authorised use only. All activity is logged. ^C`. ' +
        'Idea: the login prompt states that unauthorised use is forbidden and that activity is monitored and logged.',
    },
    evidence: { ja: 'バナーの設定行（無い場合は機器の行）。', en: 'The banner line (the device line when there is none).' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const hasBanner = device.management.banners.some((b) => PRE_LOGIN_BANNERS.includes(b.kind) && b.text.trim() !== '');
      if (hasBanner) continue;
      const others = device.management.banners.filter((b) => !PRE_LOGIN_BANNERS.includes(b.kind) || b.text.trim() === '');
      ctx.report({
        device,
        object: 'banner',
        message: {
          ja: `${device.hostname} にログイン前のバナー（login / motd）がありません。`,
          en: `${device.hostname} has no pre-login banner (login / motd).`,
        },
        // An exec banner or an empty one is shown as the evidence of what is there instead.
        evidence: others.length > 0 ? others.map((b) => b.source) : [device.source],
      });
    }
  },
};
