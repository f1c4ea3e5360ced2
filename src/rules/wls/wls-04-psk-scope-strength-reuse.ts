// 第2章6(1)ス(ア)「無線LANの利用を認めるに当たっては、解読が困難な暗号化及び認証技術の使用を義務付けなければならない」・5(4)ウ(ウ)「パスワードの文字列は想像しにくいものにしなければならない」・5(4)ウ(オ)「同一のパスワードを情報システム間で用いてはならない」
import type { Device, Localized, Wlan, ZoneClass } from '../../model/index.js';
import { zonesOfWlan } from '../helpers/wlan-zones.js';
import { zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** Zone classes where a shared key is acceptable: learners' devices and visitors, never 校務 or management. */
const PSK_CLASSES: readonly ZoneClass[] = ['learning', 'guest'];

interface PskWlan {
  device: Device;
  wlan: Wlan;
}

export const rule: Rule = {
  meta: {
    id: 'WLS-04',
    area: 'WLS',
    title: { ja: 'PSK 運用の妥当性（範囲・強度・使い回し）', en: 'PSK scope, strength and reuse' },
    description: {
      ja:
        '共有の鍵で接続する SSID（PSK・SAE）を調べます。(1) 範囲: SSID のゾーン（zones.csv の SSID の行、またはブリッジ先の VLAN のゾーン）が学習系・来客以外なら不適合です。zones.csv が無い、または SSID のゾーンが決まらない場合は要確認です。' +
        "(2) 強度: 鍵が設定から読める（平文・可逆）ときに長さが基準（既定 20 文字、settings.minPskLength）未満なら不適合です。読めない形式で保存された鍵の長さは判定しません。" +
        '(3) 使い回し: 同じ鍵（保存形式が同一のもの）を別の名前の SSID が使っていれば、機器をまたいでも不適合です。同じ名前の SSID を複数のアクセスポイントが出すのは一つの無線ネットワークなので数えません。鍵の値は一切表示しません。無線 LAN の無い機器は該当なしです。',
      en:
        'Looks at SSIDs joined with a shared key (PSK, SAE). (1) Scope: an SSID whose zone (its zones.csv SSID row, or the zone of the VLAN it bridges to) is not learning or guest fails; without zones.csv, or when its zone is not known, manual check. ' +
        '(2) Strength: when the key is readable in the config (plaintext or reversible), shorter than the threshold (default 20 characters, settings.minPskLength) fails; keys stored in unreadable form are not judged. ' +
        '(3) Reuse: the same key (identical stored form) on SSIDs of different names fails, across devices too; one SSID name served by several access points is one network and is not counted. Key values are never shown. Devices without wireless are not applicable.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(1)ス(ア)', '5(4)ウ(ウ)', '5(4)ウ(オ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'PSK の SSID は学習系・来客だけに使い、校務は 802.1X にします。鍵は 20 文字以上のランダムな文字列とし、SSID ごと・学校ごとに変えます（可能なら端末ごとの鍵 MPSK や MAC 認証を併用）。' +
        'FortiGate の例: `config wireless-controller vap` / `edit giga` / `set security wpa2-only-personal` / `set passphrase <20文字以上の鍵>`。IOS（Aironet）の例: `dot11 ssid GIGA` / `wpa-psk ascii 0 <20文字以上の鍵>`。考え方: 共有の鍵は漏れる前提で、使える範囲を限り、推測できない長さにし、使い回さない。',
      en:
        'Use PSK SSIDs only for learning and guest networks and 802.1X for 校務. Keys are random strings of 20 characters or more, different per SSID and per school (add per-device keys (MPSK) or MAC authentication where possible). ' +
        'FortiGate example: `config wireless-controller vap` / `edit giga` / `set security wpa2-only-personal` / `set passphrase <key of 20+ characters>`. IOS (Aironet) example: `dot11 ssid GIGA` / `wpa-psk ascii 0 <key of 20+ characters>`. Idea: a shared key will leak, so limit where it works, make it unguessably long and never reuse it.',
    },
    evidence: { ja: 'SSID の設定行（鍵の値は伏せ字）。', en: 'The SSID definition line (key values redacted).' },
    needsZones: true,
  },

  check(ctx) {
    const shared: PskWlan[] = [];
    for (const device of ctx.devices) {
      if (device.wlans.length === 0) {
        ctx.notApplicable(device, { ja: '無線 LAN の設定がありません', en: 'no wireless networks' });
        continue;
      }
      for (const wlan of device.wlans) {
        if (wlan.authentication !== 'psk' && wlan.authentication !== 'sae') continue;
        checkScope(ctx, device, wlan);
        checkLength(ctx, device, wlan);
        shared.push({ device, wlan });
      }
    }
    checkReuse(ctx, shared);
  },
};

function checkScope(ctx: RuleContext, device: Device, wlan: Wlan): void {
  const object = `SSID ${wlan.ssid}`;
  const manual = (message: Localized) => ctx.report({ device, object, key: 'scope', status: 'manual', message, evidence: [wlan.source] });
  if (!ctx.zones.available) {
    manual({ ja: `zones.csv が無いため、共有鍵の SSID ${wlan.ssid} が学習系・来客のものかを判定できません。`, en: `No zones.csv: cannot tell whether shared-key SSID ${wlan.ssid} is a learning or guest SSID.` });
    return;
  }
  const zones = zonesOfWlan(ctx, device, wlan);
  if (zones.length === 0) {
    manual({ ja: `共有鍵の SSID ${wlan.ssid} のゾーンが zones.csv で決まりません。`, en: `zones.csv does not place shared-key SSID ${wlan.ssid} in a zone.` });
    return;
  }
  const outside = zones.filter((z) => !PSK_CLASSES.includes(z.class));
  if (outside.length === 0) return;
  ctx.report({
    device,
    object,
    key: 'scope',
    message: {
      ja: `共有鍵（PSK/SAE）の SSID ${wlan.ssid} が ${outside.map((z) => zoneLabel(z).ja).join('、')} にあります（共有鍵は学習系・来客に限る）。`,
      en: `Shared-key (PSK/SAE) SSID ${wlan.ssid} is in ${outside.map((z) => zoneLabel(z).en).join(', ')} (shared keys only for learning and guest).`,
    },
    evidence: [wlan.source],
  });
}

function checkLength(ctx: RuleContext, device: Device, wlan: Wlan): void {
  const length = wlan.psk?.clearLength;
  const min = ctx.settings.minPskLength;
  if (length === undefined || length >= min) return;
  ctx.report({
    device,
    object: `SSID ${wlan.ssid}`,
    key: 'length',
    message: {
      ja: `SSID ${wlan.ssid} の共有鍵が ${length} 文字で、基準の ${min} 文字に足りません。`,
      en: `The shared key of SSID ${wlan.ssid} has ${length} characters, fewer than the required ${min}.`,
    },
    evidence: [wlan.source],
  });
}

/** The same stored key on SSIDs of different names: one finding per SSID that shares it. */
function checkReuse(ctx: RuleContext, shared: PskWlan[]): void {
  const byKey = new Map<string, PskWlan[]>();
  for (const entry of shared) {
    const fingerprint = entry.wlan.psk?.fingerprint;
    if (fingerprint === undefined) continue;
    byKey.set(fingerprint, [...(byKey.get(fingerprint) ?? []), entry]);
  }
  for (const group of byKey.values()) {
    const names = [...new Set(group.map((e) => e.wlan.ssid))];
    if (names.length < 2) continue;
    for (const { device, wlan } of group) {
      const others = group.filter((e) => e.wlan.ssid !== wlan.ssid).map((e) => `${e.device.hostname}/${e.wlan.ssid}`);
      const list = [...new Set(others)].join(', ');
      ctx.report({
        device,
        object: `SSID ${wlan.ssid}`,
        key: 'reuse',
        message: {
          ja: `SSID ${wlan.ssid} の共有鍵が、別の SSID（${list}）と同じです。`,
          en: `SSID ${wlan.ssid} uses the same shared key as other SSIDs (${list}).`,
        },
        evidence: [wlan.source],
      });
    }
  }
}
