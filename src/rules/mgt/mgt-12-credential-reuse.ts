// 第2章5(4)ウ(オ)「複数の情報システムを扱う職員等は、同一のパスワードを情報システム間で用いてはならない(認証用 I C カードのログインに係るものを除く。)」
import type { Device, Secret, SecretKind, SecretStorage, SourceSpan } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * Stored forms that differ for the same password on every device (a random salt or IV): equal values
 * can be recognised only when a config was copied verbatim. Everything else (plaintext, Cisco type 7,
 * unsalted SHA-256 type 4) is compared by value, which makes reuse visible across storage forms.
 */
const SALTED: readonly SecretStorage[] = ['md5-crypt', 'pbkdf2', 'scrypt', 'sha512-crypt', 'encrypted', 'hashed', 'unknown'];

/** One secret of one device, with what it protects. */
interface Credential {
  device: Device;
  kind: SecretKind;
  /** What the secret belongs to: `user tanaka-adm`, `snmp community`, `ike peer 203.0.113.1` … */
  label: string;
  secret: Secret;
  source: SourceSpan;
}

export const rule: Rule = {
  meta: {
    id: 'MGT-12',
    area: 'MGT',
    title: { ja: '資格情報の機器間使い回し', en: 'Credential reuse across devices' },
    description: {
      ja:
        '機器をまたいで同じ秘密情報（ログイン・特権モードパスワード、SNMP コミュニティ、RADIUS/TACACS+ 共有鍵、IPsec 事前共有鍵）が使われていないかを調べます（無線 PSK は WLS-04）。' +
        '平文・可逆暗号（IOS type 7 等）・塩なしハッシュ（IOS type 4）は値で比べ、塩付きハッシュや暗号化値は保存形が完全に同じ場合（設定の丸写し）だけ一致とみなします。' +
        '一つのトンネルの両端の事前共有鍵（2 台だけで一致）は設計上同じなので対象外です。比べられる秘密情報が一つも無い場合は要確認とします。',
      en:
        'Looks for the same secret (login or privileged-mode password, SNMP community, RADIUS/TACACS+ key, IPsec pre-shared key) on several devices (wireless PSKs: WLS-04). ' +
        'Plaintext, reversible (IOS type 7 …) and unsalted hashes (IOS type 4) are compared by value; salted hashes and encrypted values match only when the stored form is identical (a copied config). ' +
        'The pre-shared key of one tunnel on its two ends (exactly two devices) is equal by design and not reported. When no secret at all can be compared, the rule says 要確認 (manual).',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['5(4)ウ(オ)', '6(2)ア(ウ)'], sorachi: ['6(5)', '6(6)'] },
    remediation: {
      ja:
        '機器ごとに異なるパスワード・鍵を設定します（パスワード管理台帳やパスワードマネージャで管理）。例: IOS `username tanaka-adm privilege 15 secret <機器ごとの値>`、`snmp-server community <機器ごとの値> RO 10`。' +
        'FortiGate: `config system admin` / `edit "tanaka-adm"` / `set password <機器ごとの値>`。Yamaha RTX: `login user tanaka-adm <機器ごとの値>`、`ipsec ike pre-shared-key 1 text <拠点ごとの値>`。AlliedWare Plus: `username tanaka-adm privilege 15 password <機器ごとの値>`。NEC IX: `username tanaka-adm password plain <機器ごとの値> administrator`。',
      en:
        'Give every device its own passwords and keys (kept in a password register or manager). E.g. IOS `username tanaka-adm privilege 15 secret <per-device value>`, `snmp-server community <per-device value> RO 10`. ' +
        'FortiGate: `config system admin` / `edit "tanaka-adm"` / `set password <per-device value>`. Yamaha RTX: `login user tanaka-adm <per-device value>`, `ipsec ike pre-shared-key 1 text <per-site value>`. AlliedWare Plus: `username tanaka-adm privilege 15 password <per-device value>`. NEC IX: `username tanaka-adm password plain <per-device value> administrator`.',
    },
    evidence: {
      ja: '同じ秘密情報を持つ設定行（各機器の行。値は伏せ字）。',
      en: 'The lines holding the same secret on each device (values redacted).',
    },
  },

  check(ctx) {
    const credentials = ctx.devices.flatMap(credentialsOf);
    const withSecrets = new Set(credentials.map((c) => c.device));
    if (withSecrets.size < 2) {
      for (const device of ctx.devices) ctx.notApplicable(device, { ja: '秘密情報を持つ機器が 2 台未満です', en: 'fewer than two devices hold secrets' });
      return;
    }
    const groups = reusedGroups(credentials);
    for (const group of groups) reportGroup(ctx, group);
    // Identical salted forms (copied configs) are still found above; only when nothing was found and
    // nothing could have been compared by value is the answer unknown.
    const comparable = credentials.some((c) => !SALTED.includes(c.secret.storage));
    if (groups.length === 0 && !comparable) reportNothingComparable(ctx, withSecrets);
  },
};

function credentialsOf(device: Device): Credential[] {
  // Wireless PSKs are compared by WLS-04 (PSK scope, strength and reuse), so they are left out here.
  const { management: m, vpn } = device;
  const out: Credential[] = [];
  const add = (label: string, secret: Secret | undefined, source: SourceSpan) => {
    if (secret) out.push({ device, kind: secret.kind, label, secret, source });
  };
  for (const u of m.users) add(`user ${u.name}`, u.password, u.source);
  for (const e of m.enable) add('enable', e.password, e.source);
  for (const l of m.lines) add(`line ${l.name}`, l.password, l.source);
  for (const c of m.snmp.communities) add('snmp community', c.community, c.source);
  for (const s of m.aaa.radiusServers) add(`radius ${s.address}`, s.key, s.source);
  for (const s of m.aaa.tacacsServers) add(`tacacs ${s.address}`, s.key, s.source);
  for (const k of vpn.preSharedKeys) add(`ike peer ${k.peer}`, k.key, k.source);
  return out;
}

/** Credentials sharing one fingerprint on two or more devices, minus the pairs that are equal by design. */
function reusedGroups(credentials: Credential[]): Credential[][] {
  const byFingerprint = new Map<string, Credential[]>();
  for (const c of credentials) {
    const list = byFingerprint.get(c.secret.fingerprint) ?? [];
    list.push(c);
    byFingerprint.set(c.secret.fingerprint, list);
  }
  const groups: Credential[][] = [];
  for (const group of byFingerprint.values()) {
    const devices = new Set(group.map((c) => c.device));
    if (devices.size < 2 || equalByDesign(group, devices.size)) continue;
    groups.push(group);
  }
  return groups;
}

/** Both ends of one IPsec tunnel hold the same key. */
function equalByDesign(group: Credential[], deviceCount: number): boolean {
  return group.every((c) => c.kind === 'ike-psk') && deviceCount === 2;
}

/** One finding per device of the group, naming what the secret protects there and on the others. */
function reportGroup(ctx: RuleContext, group: Credential[]): void {
  const devices = [...new Set(group.map((c) => c.device))];
  for (const device of devices) {
    const here = group.filter((c) => c.device === device);
    const elsewhere = group.filter((c) => c.device !== device).map((c) => `${c.device.hostname || c.device.file}: ${c.label}`);
    const labels = here.map((c) => c.label).join(', ');
    ctx.report({
      device,
      object: labels,
      key: [...new Set(elsewhere)].sort().join('|'),
      message: {
        ja: `${labels} の秘密情報が他の機器でも使われています（${elsewhere.join('; ')}）。`,
        en: `The secret of ${labels} is also used on other devices (${elsewhere.join('; ')}).`,
      },
      evidence: here.map((c) => c.source),
    });
  }
}

function reportNothingComparable(ctx: RuleContext, devices: Set<Device>): void {
  for (const device of devices) {
    ctx.report({
      device,
      object: 'credential reuse',
      status: 'manual',
      message: {
        ja: 'この実行の秘密情報はすべて塩付きハッシュまたは暗号化値で、機器間の使い回しを設定から判定できません。パスワード管理台帳で機器ごとに異なることを確認してください。',
        en: 'Every secret in this run is a salted hash or encrypted value, so reuse across devices cannot be told from the configs. Confirm from the password register that each device has its own.',
      },
      evidence: [device.source],
    });
  }
}
