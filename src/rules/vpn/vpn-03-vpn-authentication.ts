// 第2章6(2)イ(ウ)「外部からのアクセスを認める場合、情報システム上利用者の本人確認を行う機能を確保」・6(2)イ(エ)「通信途上の盗聴を防御するために暗号化等の措置」・5(4)ウ(ウ)「パスワードの文字列は想像しにくいものに」・5(4)ウ(オ)「同一のパスワードを情報システム間で用いてはならない」
import type { Device } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';
import { reusedPsks, type PskUse } from './psk-reuse.js';

/** TLS versions below 1.2 are not to be used (NIST SP 800-52 Rev. 2 §3.1; CRYPTREC SSL/TLS 暗号設定ガイドライン). */
const MIN_TLS = '1.2';

export const rule: Rule = {
  meta: {
    id: 'VPN-03',
    area: 'VPN',
    title: { ja: 'VPN の認証（事前共有鍵の使い回し・長さ、SSL-VPN の TLS）', en: 'VPN authentication (pre-shared key reuse and length, SSL-VPN TLS)' },
    description: {
      ja:
        '同じ事前共有鍵（PSK）が複数の拠点・トンネルで使われている場合を不適合とします（機器をまたいで比較します。一つのトンネルの両端が同じ鍵を持つのは当然なので、互いを相手に指定している二台は一つの接続と数えます。鍵の値は比較に使うだけで出力しません）。' +
        '読める形で保存された PSK（平文・可逆）が閾値 minPskLength（既定 20 文字）より短い場合も不適合です。ハッシュ・暗号化保存の鍵は長さが分からないため長さは判定しません。' +
        'SSL-VPN の最低 TLS バージョンが 1.2 未満なら不適合、設定に無い（ファームウェアの既定値に任せている）場合は要確認です（NIST SP 800-52 Rev.2、CRYPTREC SSL/TLS 暗号設定ガイドライン）。',
      en:
        'Fails a pre-shared key (PSK) used for more than one site or tunnel (compared across devices; the two ends of one tunnel naturally share their key, so two devices naming each other as peer count as one peering; keys are compared by fingerprint and never printed). ' +
        'Also fails a PSK stored readable (plaintext or reversible) that is shorter than minPskLength (default 20 characters); hashed or encrypted keys have no known length and are not judged on it. ' +
        'An SSL-VPN whose lowest TLS version is below 1.2 fails; one that does not set it (leaving it to the firmware default) is reported for manual check (NIST SP 800-52 Rev. 2, CRYPTREC SSL/TLS guidelines).',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(2)イ(ウ)', '6(2)イ(エ)', '5(4)ウ(ウ)', '5(4)ウ(オ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '拠点（トンネル）ごとに異なる、20 文字以上のランダムな PSK を両端に設定します（可能なら証明書認証に切り替えます）。' +
        'IOS: `crypto isakmp key <拠点ごとの鍵> address <peer>`、IKEv2 は keyring の `pre-shared-key`。' +
        'Yamaha RTX: `ipsec ike pre-shared-key <gw> text <拠点ごとの鍵>`。' +
        'FortiGate: phase1-interface ごとに `set psksecret <拠点ごとの鍵>`、SSL-VPN は `config vpn ssl settings` で `set ssl-min-proto-ver tls1-2`。' +
        'NEC IX: `ike policy <名前> peer <peer> key <拠点ごとの鍵> <proposal>`。',
      en:
        'Give every site (tunnel) its own random PSK of at least 20 characters, on both ends (or move to certificate authentication). ' +
        'IOS: `crypto isakmp key <per-site key> address <peer>`, for IKEv2 the keyring `pre-shared-key`. ' +
        'Yamaha RTX: `ipsec ike pre-shared-key <gw> text <per-site key>`. ' +
        'FortiGate: `set psksecret <per-site key>` in each phase1-interface; for SSL-VPN `set ssl-min-proto-ver tls1-2` in `config vpn ssl settings`. ' +
        'NEC IX: `ike policy <name> peer <peer> key <per-site key> <proposal>`.',
    },
    evidence: {
      ja: '事前共有鍵の設定行（値は <redacted> に置換）、使い回しでは同じ鍵を持つ他の機器の行、SSL-VPN 設定の行。',
      en: 'The pre-shared key line (value replaced by <redacted>); for reuse, the lines on the other devices holding the same key; the SSL-VPN settings line.',
    },
  },

  check(ctx) {
    const reused = reusedPsks(ctx.devices);
    for (const device of ctx.devices) {
      const { preSharedKeys, sslVpn } = device.vpn;
      if (preSharedKeys.length === 0 && sslVpn === undefined) {
        ctx.notApplicable(device, { ja: '事前共有鍵も SSL-VPN もありません。', en: 'No pre-shared key and no SSL-VPN.' });
        continue;
      }
      for (const uses of reused) reportReuse(ctx, device, uses);
      checkLength(ctx, device);
      checkTls(ctx, device);
    }
  },
};

/** One finding per device holding a reused key, with every line that holds it as evidence. */
function reportReuse(ctx: RuleContext, device: Device, uses: PskUse[]): void {
  const own = uses.filter((u) => u.device === device);
  if (own.length === 0) return;
  const first = own[0]!;
  const places = uses.map((u) => (u.device === device ? `peer ${u.psk.peer}` : `${u.device.hostname} (peer ${u.psk.peer})`));
  ctx.report({
    device,
    object: `psk ${first.psk.peer}`,
    key: 'reuse',
    message: {
      ja: `同じ事前共有鍵が複数の接続で使われています: ${places.join('、')}。一か所から鍵が漏れると他の拠点の VPN も成りすませます。`,
      en: `The same pre-shared key is used for several peerings: ${places.join(', ')}. A key leaked at one place lets an attacker impersonate the other sites too.`,
    },
    evidence: [...own, ...uses.filter((u) => u.device !== device)].map((u) => u.psk.source),
  });
}

function checkLength(ctx: RuleContext, device: Device): void {
  const min = ctx.settings.minPskLength;
  for (const psk of device.vpn.preSharedKeys) {
    const length = psk.key.clearLength;
    if (length === undefined || length >= min) continue;
    ctx.report({
      device,
      object: `psk ${psk.peer}`,
      key: 'length',
      message: {
        ja: `peer ${psk.peer} の事前共有鍵が ${length} 文字で、基準の ${min} 文字より短いです。`,
        en: `The pre-shared key for peer ${psk.peer} is ${length} characters long, shorter than the required ${min}.`,
      },
      evidence: [psk.source],
    });
  }
}

function checkTls(ctx: RuleContext, device: Device): void {
  const sslVpn = device.vpn.sslVpn;
  if (sslVpn === undefined) return;
  if (sslVpn.minTlsVersion === undefined) {
    ctx.report({
      device,
      object: 'ssl-vpn',
      key: 'tls',
      status: 'manual',
      message: {
        ja: 'SSL-VPN の最低 TLS バージョンが設定にありません（ファームウェアの既定値が使われます）。TLS 1.2 以上に限定されていることを確認するか、明示的に設定してください。',
        en: 'The SSL-VPN does not set its lowest TLS version (the firmware default applies). Confirm it accepts TLS 1.2 or later only, or set it explicitly.',
      },
      evidence: [sslVpn.source],
    });
    return;
  }
  if (sslVpn.minTlsVersion >= MIN_TLS) return;
  ctx.report({
    device,
    object: 'ssl-vpn',
    key: 'tls',
    message: {
      ja: `SSL-VPN が TLS ${sslVpn.minTlsVersion} の接続を受け付けます（TLS 1.2 未満）。`,
      en: `The SSL-VPN accepts TLS ${sslVpn.minTlsVersion} connections (below TLS 1.2).`,
    },
    evidence: [sslVpn.source],
  });
}
