// 第2章4(3)ウ「インターネットを通信経路とする回線の場合、通信の暗号化を行わなければならない」・4(3)エ「伝送途上に情報が破壊、盗聴、改ざん、消去等が生じないように十分なセキュリティ対策」・6(2)イ(エ)「外部からのアクセスを認める場合、通信途上の盗聴を防御するために暗号化等の措置」
import type { Device, IkeProposal, IpsecProposal, Localized, SourceSpan } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * Algorithms below the line. Sources: CRYPTREC 暗号リスト (2023): DES is not listed, 3-key Triple DES
 * only in the 運用監視暗号リスト (kept for compatibility, not for new use), SHA-1 likewise; NIST SP
 * 800-131A Rev. 2: Triple DES encryption disallowed after 2023, SHA-1 and key agreement below 112-bit
 * strength (MODP < 2048 bits) disallowed; RFC 8247 §2.3/§2.4: DH groups 1, 2, 5 and 22 are not to be
 * used (768/1024/1536-bit MODP; 1024-bit MODP with 160-bit subgroup).
 */
const WEAK_ENCRYPTION = new Set(['des', '3des', 'null']);
const WEAK_INTEGRITY = new Set(['md5', 'sha1']);
const WEAK_DH_GROUPS = new Set([1, 2, 5, 22]);

export const rule: Rule = {
  meta: {
    id: 'VPN-02',
    area: 'VPN',
    title: { ja: 'IKE/IPsec の暗号アルゴリズム強度', en: 'IKE/IPsec algorithm strength' },
    description: {
      ja:
        'IKE（フェーズ1）と IPsec（フェーズ2）のプロポーザルが、DES・3DES・NULL 暗号、MD5・SHA-1 の完全性アルゴリズム、Diffie-Hellman グループ 1・2・5・22（2048 ビット未満の MODP）を一つでも提案できる場合と、IKEv1 のアグレッシブモードを使うトンネルを不適合とします。' +
        '基準は CRYPTREC 暗号リスト（DES は掲載なし、3DES・SHA-1 は運用監視暗号リスト＝互換性維持のためだけに残るもの）と NIST SP 800-131A Rev.2（3DES・SHA-1・112 ビット未満の鍵共有は不可）、RFC 8247 です。' +
        '設定にない値は機器の既定値で判定し（プロポーザルの defaultsApplied）、その旨をメッセージに書きます。',
      en:
        'Fails an IKE (phase 1) or IPsec (phase 2) proposal that can offer any of DES, 3DES or NULL encryption, MD5 or SHA-1 integrity, or Diffie-Hellman groups 1, 2, 5 or 22 (MODP below 2048 bits), and a tunnel that uses IKEv1 aggressive mode. ' +
        'The line follows the CRYPTREC cipher list (DES is not listed; 3DES and SHA-1 are on the monitored list, kept for compatibility only) and NIST SP 800-131A Rev. 2 (3DES, SHA-1 and key agreement below 112-bit strength disallowed), and RFC 8247. ' +
        'Values the config does not set are judged by the platform default (the proposal\'s defaultsApplied), and the message says so.',
    },
    severity: 'high',
    rating: { ease: 'challenging', fix: 'planned' },
    clauses: { kagoshima: ['4(3)ウ', '4(3)エ', '6(2)イ(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '両端で同時に、AES（128/256、GCM 可）・SHA-256 以上・DH グループ 14 以上（19/20 も可）に揃え、IKEv2 かメインモードを使います。' +
        'IOS: `crypto ikev2 proposal P` に `encryption aes-cbc-256`、`integrity sha256`、`group 14`、`crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac`。' +
        'Yamaha RTX: `ipsec ike encryption 1 aes256-cbc`、`ipsec ike hash 1 sha256`、`ipsec ike group 1 modp2048`、`ipsec sa policy 101 1 esp aes256-cbc sha256-hmac`（`ipsec ike exchange-type 1 aggressive` は削除）。' +
        'FortiGate: `config vpn ipsec phase1-interface` の `set proposal aes256-sha256`、`set dhgrp 14`、`set ike-version 2`（v1 なら `set mode main`）、phase2-interface の `set proposal aes256-sha256`。' +
        'NEC IX: `ike proposal P encryption aes-256 hash sha2-256 group 2048-bit`、`ipsec autokey-proposal Q esp-aes-256 esp-sha2-256`、`ike policy` から `mode aggressive` を外す。',
      en:
        'On both ends at once, move to AES (128/256, GCM allowed), SHA-256 or stronger and DH group 14 or higher (19/20 also fine), with IKEv2 or main mode. ' +
        'IOS: `crypto ikev2 proposal P` with `encryption aes-cbc-256`, `integrity sha256`, `group 14`; `crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac`. ' +
        'Yamaha RTX: `ipsec ike encryption 1 aes256-cbc`, `ipsec ike hash 1 sha256`, `ipsec ike group 1 modp2048`, `ipsec sa policy 101 1 esp aes256-cbc sha256-hmac` (remove `ipsec ike exchange-type 1 aggressive`). ' +
        'FortiGate: in `config vpn ipsec phase1-interface` `set proposal aes256-sha256`, `set dhgrp 14`, `set ike-version 2` (or `set mode main` for v1); in phase2-interface `set proposal aes256-sha256`. ' +
        'NEC IX: `ike proposal P encryption aes-256 hash sha2-256 group 2048-bit`, `ipsec autokey-proposal Q esp-aes-256 esp-sha2-256`, and drop `mode aggressive` from the `ike policy`.',
    },
    evidence: {
      ja: 'プロポーザル（IKE ポリシー、SA ポリシー、phase1/phase2 など）の定義行、アグレッシブモードを指定したトンネルの行。',
      en: 'The line defining the proposal (IKE policy, SA policy, phase1/phase2 …) and the line of a tunnel set to aggressive mode.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const { ikeProposals, ipsecProposals, tunnels } = device.vpn;
      if (ikeProposals.length === 0 && ipsecProposals.length === 0 && tunnels.length === 0) {
        ctx.notApplicable(device, { ja: 'IPsec の設定がありません。', en: 'No IPsec configuration.' });
        continue;
      }
      for (const proposal of ikeProposals) checkIke(ctx, device, proposal);
      for (const proposal of ipsecProposals) checkIpsec(ctx, device, proposal);
      for (const tunnel of tunnels) {
        if (tunnel.ikeMode !== 'aggressive') continue;
        ctx.report({
          device,
          object: tunnel.name,
          key: 'aggressive-mode',
          message: {
            ja: `トンネル ${tunnel.name} は IKEv1 のアグレッシブモードを使います（応答者の ID と PSK のハッシュが平文で返り、オフラインで PSK を推測されます）。`,
            en: `Tunnel ${tunnel.name} uses IKEv1 aggressive mode (the responder's identity and a PSK hash are sent in clear, so the PSK can be guessed offline).`,
          },
          evidence: [tunnel.source],
        });
      }
    }
  },
};

function checkIke(ctx: RuleContext, device: Device, proposal: IkeProposal): void {
  const weak = [
    ...weakNames(proposal.encryption, WEAK_ENCRYPTION, 'encryption', proposal.defaultsApplied),
    ...weakNames(proposal.integrity, WEAK_INTEGRITY, 'hash', proposal.defaultsApplied),
    ...proposal.dhGroups.filter((g) => WEAK_DH_GROUPS.has(g)).map((g) => `DH group ${g}${defaultMark('group', proposal.defaultsApplied)}`),
  ];
  if (weak.length === 0) return;
  report(ctx, device, { kind: 'IKE', name: proposal.name }, { ja: 'IKE（フェーズ1）', en: 'IKE (phase 1)' }, weak, proposal.source);
}

function checkIpsec(ctx: RuleContext, device: Device, proposal: IpsecProposal): void {
  const weak = [...weakNames(proposal.encryption, WEAK_ENCRYPTION, 'encryption'), ...weakNames(proposal.integrity, WEAK_INTEGRITY, 'hash')];
  if (weak.length === 0) return;
  report(ctx, device, { kind: 'IPsec', name: proposal.name }, { ja: 'IPsec（フェーズ2）', en: 'IPsec (phase 2)' }, weak, proposal.source);
}

/** Weak algorithm names, each marked `(default)` when the platform default supplied that setting. */
function weakNames(names: string[], weak: Set<string>, setting: string, defaults?: string[]): string[] {
  return names.filter((n) => weak.has(n)).map((n) => `${n}${defaultMark(setting, defaults)}`);
}

function defaultMark(setting: string, defaults: string[] | undefined): string {
  return defaults?.includes(setting) ? ' (default)' : '';
}

function report(ctx: RuleContext, device: Device, proposal: { kind: string; name: string }, phase: Localized, weak: string[], source: SourceSpan): void {
  const list = weak.join(', ');
  const fromDefault = weak.some((w) => w.endsWith('(default)'))
    ? { ja: '（(default) は設定になく機器の既定値が使われるもの）', en: ' ((default): not configured, the platform default applies)' }
    : { ja: '', en: '' };
  ctx.report({
    device,
    object: `${proposal.kind} ${proposal.name}`,
    message: {
      ja: `${phase.ja} のプロポーザル ${proposal.name} が弱いアルゴリズムを提案できます: ${list}${fromDefault.ja}。`,
      en: `${phase.en} proposal ${proposal.name} can offer weak algorithms: ${list}${fromDefault.en}.`,
    },
    evidence: [source],
  });
}
