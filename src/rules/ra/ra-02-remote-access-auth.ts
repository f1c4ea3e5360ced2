// 第2章6(2)イ(ウ)「外部からのアクセスを認める場合、情報システム上利用者の本人確認を行う機能を確保しなければならない」・6(2)イ(キ)「…利用者のID、パスワード及び生体認証に係る情報等の認証情報並びにこれを記録した媒体（ICカード等）による認証に加えて通信内容の暗号化等…」
import type { Device } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'RA-02',
    area: 'RA',
    title: { ja: 'リモートアクセスの本人確認強化（パスワードだけにしない）', en: 'Strong authentication for remote-access VPN (more than a password)' },
    description: {
      ja:
        'リモートアクセス VPN（ユーザがログインする VPN）が、ID・パスワードに加えて証明書または二要素認証を求めているかを調べます。' +
        'L2TP/IPsec などのリモートアクセス用トンネルが事前共有鍵で機器を認証し、利用者はパスワードだけで認証する場合は不適合です（証明書で認証するトンネルは適合）。' +
        'SSL-VPN は、クライアント証明書の要求か全ユーザへの二要素認証の強制が設定にあれば適合、どちらも無ければ要確認です（ユーザごとの二要素認証の設定はこのモデルに無いため、ユーザ設定で確かめる必要があります）。',
      en:
        'Checks that a remote-access VPN (one users log in to) asks for a certificate or a second factor on top of an ID and password. ' +
        'A remote-access tunnel (L2TP/IPsec etc.) that authenticates the device by a pre-shared key and the user by a password only fails (a tunnel authenticated by certificate passes). ' +
        'An SSL-VPN passes when it requires client certificates or forces two-factor authentication on every user; with neither it is a manual check (per-user two-factor settings are not in this model and have to be confirmed in the user settings).',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(2)イ(ウ)', '6(2)イ(キ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'パスワードに加えて、端末証明書（クライアント証明書）か、ワンタイムパスワード等の二要素認証を必須にします。' +
        'FortiGate: `config vpn ssl settings` で `set reqclientcert enable`（または `set force-two-factor-auth enable` と各ユーザの `set two-factor fortitoken`）。' +
        'Yamaha RTX: L2TP/IPsec（事前共有鍵＋パスワード）をやめ、証明書や二要素認証を使えるリモートアクセス方式（別の VPN 装置やサービス）に移行します。',
      en:
        'Require a device (client) certificate or a second factor such as one-time passwords on top of the password. ' +
        'FortiGate: in `config vpn ssl settings` `set reqclientcert enable` (or `set force-two-factor-auth enable` with `set two-factor fortitoken` for each user). ' +
        'Yamaha RTX: move off L2TP/IPsec with a pre-shared key and passwords to a remote-access method that supports certificates or a second factor (another VPN gateway or service).',
    },
    evidence: {
      ja: 'リモートアクセス用トンネルの設定行、SSL-VPN 設定の行。',
      en: 'The remote-access tunnel line, the SSL-VPN settings line.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const tunnels = device.vpn.tunnels.filter((t) => t.remoteAccess);
      if (tunnels.length === 0 && device.vpn.sslVpn === undefined) {
        ctx.notApplicable(device, { ja: 'リモートアクセス VPN がありません。', en: 'No remote-access VPN.' });
        continue;
      }
      for (const tunnel of tunnels) {
        if (tunnel.authentication === 'certificate') continue;
        const how = tunnel.authentication === 'pre-share' ? { ja: '事前共有鍵', en: 'a pre-shared key' } : { ja: '証明書以外の方法', en: 'something other than a certificate' };
        ctx.report({
          device,
          object: tunnel.name,
          message: {
            ja: `リモートアクセス VPN（${tunnel.name}）は機器を${how.ja}で、利用者をパスワードだけで認証します。証明書や二要素認証がありません。`,
            en: `Remote-access VPN ${tunnel.name} authenticates the device by ${how.en} and the user by a password only; no certificate or second factor.`,
          },
          evidence: [tunnel.source],
        });
      }
      checkSslVpn(ctx, device);
    }
  },
};

function checkSslVpn(ctx: RuleContext, device: Device): void {
  const sslVpn = device.vpn.sslVpn;
  if (sslVpn === undefined || sslVpn.clientCertificate === true || sslVpn.forceTwoFactor === true) return;
  ctx.report({
    device,
    object: 'ssl-vpn',
    status: 'manual',
    message: {
      ja: 'SSL-VPN はクライアント証明書を要求せず、全ユーザへの二要素認証も強制していません。各ユーザに二要素認証が設定されていることを確認するか、証明書・二要素認証を必須にしてください。',
      en: 'The SSL-VPN neither requires client certificates nor forces two-factor authentication on every user. Confirm every user has a second factor, or make a certificate or second factor mandatory.',
    },
    evidence: [sslVpn.source],
  });
}
