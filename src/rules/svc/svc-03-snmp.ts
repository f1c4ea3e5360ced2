// 第2章6(5)ア(イ)「不要なサービスについて、機能を削除又は停止」・6(2)オ(ウ)「認証情報の不正利用を防止するための措置」・6(1)ス(イ)「機密性の高い情報を取り扱うネットワークについて…暗号化等の措置」
import type { Device, SnmpCommunity } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'SVC-03',
    area: 'SVC',
    title: { ja: 'SNMP の安全化', en: 'SNMP hardening' },
    description: {
      ja:
        'SNMPv1/v2c のコミュニティはすべて不適合とします（平文で流れ、認証も暗号化もないため）。書き込み可能（RW）なコミュニティ、または public/private などの既知のコミュニティは重大です。' +
        'アクセス制限フィルタの無いコミュニティはメッセージで指摘します。SNMPv3 のグループ・ユーザで priv（認証＋暗号化）未満のセキュリティレベルのものは中で不適合です。' +
        'コミュニティは設定順の番号（community #n）で示し、値は一切表示しません。',
      en:
        'Fails every SNMPv1/v2c community (sent in clear, no authentication or encryption). A read-write community, or a well-known one (public, private, …), is critical. ' +
        'A community without an access filter is pointed out in the message. SNMPv3 groups and users below the priv level (authentication and encryption) fail as medium. ' +
        'Communities are named by their position in the config (community #n); their value is never shown.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(イ)', '6(2)オ(ウ)', '6(1)ス(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        'SNMPv1/v2c を廃止し、SNMPv3 の authPriv（SHA と AES）を使います。IOS の例: `no snmp-server community <コミュニティ>`、`snmp-server group NMS v3 priv access 99`、' +
        '`snmp-server user nms-user NMS v3 auth sha <鍵> priv aes 128 <鍵>`、`access-list 99 permit <監視サーバ>`。考え方: SNMP は認証と暗号化のある v3 だけにし、監視サーバからの問い合わせに限定する（RW は使わない）。',
      en:
        'Retire SNMPv1/v2c and use SNMPv3 authPriv (SHA and AES). IOS example: `no snmp-server community <community>`, `snmp-server group NMS v3 priv access 99`, ' +
        '`snmp-server user nms-user NMS v3 auth sha <key> priv aes 128 <key>`, `access-list 99 permit <NMS>`. Idea: SNMP only as v3 with authentication and encryption, answered only to the monitoring server (no read-write).',
    },
    evidence: { ja: 'SNMP の設定行（コミュニティの値は伏せ字）。', en: 'The SNMP lines (community values redacted).' },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      device.management.snmp.communities.forEach((community, index) => reportCommunity(ctx, device, community, index + 1));
      checkV3(ctx, device);
    }
  },
};

function reportCommunity(ctx: RuleContext, device: Device, community: SnmpCommunity, n: number): void {
  const rw = community.access === 'rw';
  const wellKnown = community.community.wellKnown === true;
  const problems = [
    { ja: `SNMPv1/v2c のコミュニティ（${rw ? '読み書き可能 RW' : '読み取り専用 RO'}）は平文で送られます`, en: `SNMPv1/v2c community (${rw ? 'read-write' : 'read-only'}) travels in clear` },
  ];
  if (wellKnown) problems.push({ ja: '値が public/private などの既知の値です', en: 'its value is well known (public, private, …)' });
  if (community.accessList === undefined) problems.push({ ja: 'アクセス制限フィルタが無く、どこからでも問い合わせできます', en: 'no access filter: any host may query it' });
  ctx.report({
    device,
    object: `community #${n}`,
    severity: rw || wellKnown ? 'critical' : 'high',
    message: {
      ja: `community #${n}: ${problems.map((p) => p.ja).join('。')}。`,
      en: `community #${n}: ${problems.map((p) => p.en).join('; ')}.`,
    },
    evidence: [community.source],
  });
}

function checkV3(ctx: RuleContext, device: Device): void {
  const { v3Groups, v3Users } = device.management.snmp;
  const entries = [
    ...v3Groups.map((g) => ({ object: `group ${g.name}`, label: { ja: 'グループ', en: 'group' }, name: g.name, level: g.level, source: g.source })),
    ...v3Users.map((u) => ({ object: `user ${u.name}`, label: { ja: 'ユーザ', en: 'user' }, name: u.name, level: u.level, source: u.source })),
  ];
  for (const e of entries) {
    if (e.level === 'priv') continue;
    const lacking = e.level === 'noauth' ? { ja: '認証も暗号化もありません', en: 'neither authentication nor encryption' } : { ja: '暗号化がありません', en: 'no encryption' };
    ctx.report({
      device,
      object: e.object,
      severity: 'medium',
      message: {
        ja: `SNMPv3 ${e.label.ja} ${e.name} のセキュリティレベルが ${e.level} で、${lacking.ja}（priv が必要）。`,
        en: `SNMPv3 ${e.label.en} ${e.name} has security level ${e.level}: ${lacking.en} (priv required).`,
      },
      evidence: [e.source],
    });
  }
}
