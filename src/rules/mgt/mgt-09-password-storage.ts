// 第2章6(2)オ(ア)「パスワードファイルを不正利用から保護するため…パスワード設定のセキュリティ強化機能がある場合は、これを有効に活用」・5(4)ウ(キ)「ネットワーク機器…にパスワード及びIDを記憶させてはならない」
import type { Device, Localized, Secret, SecretStorage, SourceSpan } from '../../model/index.js';
import type { Rule, RuleContext } from '../types.js';

/** Storage anyone holding the config can read back. */
const READABLE: readonly SecretStorage[] = ['plaintext', 'reversible'];
/** Hashes that exist but are cheap to crack (unsalted or fast). */
const WEAK_HASH: readonly SecretStorage[] = ['md5-crypt', 'sha256'];

const STORAGE_LABEL: Partial<Record<SecretStorage, Localized>> = {
  plaintext: { ja: '平文', en: 'plaintext' },
  reversible: { ja: '復号可能な難読化', en: 'reversible obfuscation' },
  'md5-crypt': { ja: 'MD5 ハッシュ', en: 'MD5-crypt hash' },
  sha256: { ja: '反復なしの SHA-256 ハッシュ', en: 'unsalted, single-pass SHA-256 hash' },
};

/** A login credential of the device, named for messages. */
interface Credential {
  object: string;
  label: Localized;
  secret: Secret;
  source: SourceSpan;
  /** enable in `password` form: readable by design, whatever the storage says. */
  enablePasswordForm?: boolean;
}

export const rule: Rule = {
  meta: {
    id: 'MGT-09',
    area: 'MGT',
    title: { ja: 'パスワードの保存形式', en: 'Password storage' },
    description: {
      ja:
        'アカウント・回線・特権モード（enable）のパスワードが、設定ファイルから読み取れない形で保存されているかを確認します。' +
        '次を不適合とします: enable を password 形式（平文か可逆）で設定（高）; 平文または復号可能な形式で保存された資格情報（高）; ' +
        '弱いハッシュ（MD5-crypt、実装不備のある SHA-256。Cisco の type 5 / type 4）（中）; 平文の資格情報があるのにパスワード暗号化機能（service password-encryption 等）が無効（高）; ' +
        '平文または復号可能な形式の RADIUS/TACACS+ 共有鍵（中）。メッセージに秘密の値は一切含めません。',
      en:
        'Checks that account, line and privileged-mode (enable) passwords are stored so that the config does not reveal them. ' +
        'Fails: enable in password form (plaintext or reversible) (high); any credential stored plaintext or reversibly (high); ' +
        'weak hashes (MD5-crypt, the flawed unsalted SHA-256; Cisco type 5 / type 4) (medium); plaintext credentials while the password-encryption feature (service password-encryption or equivalent) is off (high); ' +
        'RADIUS/TACACS+ shared keys stored plaintext or reversibly (medium). No secret value ever appears in a message.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(2)オ(ア)', '5(4)ウ(キ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '資格情報は強いハッシュで保存します。IOS の例: `enable algorithm-type scrypt secret <パスワード>`（`enable password` は削除）、`username <名前> algorithm-type scrypt secret <パスワード>`（type 9、または type 8）、' +
        '`service password-encryption`、RADIUS/TACACS+ 鍵は `key 6 …`（`password encryption aes` と `key config-key password-encrypt`）。考え方: 設定ファイルが漏れてもパスワードが復元できない形式で保存する。',
      en:
        'Store credentials as strong hashes. IOS example: `enable algorithm-type scrypt secret <password>` (remove `enable password`), `username <name> algorithm-type scrypt secret <password>` (type 9, or type 8), ' +
        '`service password-encryption`, RADIUS/TACACS+ keys as `key 6 …` (with `password encryption aes` and `key config-key password-encrypt`). Idea: a leaked config must not give the passwords away.',
    },
    evidence: {
      ja: '該当する資格情報の設定行（秘密の値は伏せ字）。',
      en: 'The line of each credential concerned (secret values redacted).',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const credentials = credentialsOf(device);
      for (const credential of credentials) checkCredential(ctx, device, credential);
      checkPasswordEncryption(ctx, device, credentials);
      checkServerKeys(ctx, device);
    }
  },
};

function credentialsOf(device: Device): Credential[] {
  const { users, enable, lines } = device.management;
  const out: Credential[] = [];
  for (const u of users) {
    if (u.password) out.push({ object: `user ${u.name}`, label: { ja: `アカウント ${u.name}`, en: `account ${u.name}` }, secret: u.password, source: u.source });
  }
  for (const e of enable) {
    out.push({ object: `enable ${e.form}`, label: { ja: `enable ${e.form}`, en: `enable ${e.form}` }, secret: e.password, source: e.source, enablePasswordForm: e.form === 'password' });
  }
  for (const l of lines) {
    if (l.password) out.push({ object: l.name, label: { ja: `${l.name} のパスワード`, en: `${l.name} password` }, secret: l.password, source: l.source });
  }
  return out;
}

function checkCredential(ctx: RuleContext, device: Device, c: Credential): void {
  if (c.enablePasswordForm) {
    // The password form can only be stored readable; one finding says so and names the fix.
    ctx.report({
      device,
      object: c.object,
      message: {
        ja: `特権モードのパスワードが enable password 形式（${storageLabel(c.secret).ja}）で保存されています。enable secret（強いハッシュ）に置き換えてください。`,
        en: `The privileged-mode password uses the enable password form (${storageLabel(c.secret).en}); replace it with enable secret (a strong hash).`,
      },
      evidence: [c.source],
    });
    return;
  }
  if (READABLE.includes(c.secret.storage)) {
    ctx.report({
      device,
      object: c.object,
      message: {
        ja: `${c.label.ja} が${storageLabel(c.secret).ja}で保存されており、設定ファイルから読み取れます。`,
        en: `The ${c.label.en} is stored as ${storageLabel(c.secret).en} and can be read from the config.`,
      },
      evidence: [c.source],
    });
  } else if (WEAK_HASH.includes(c.secret.storage)) {
    ctx.report({
      device,
      object: c.object,
      severity: 'medium',
      message: {
        ja: `${c.label.ja} が弱いハッシュ（${storageLabel(c.secret).ja}）で保存されています。機器が対応する最も強いハッシュ（Cisco IOS では scrypt の type 9 か PBKDF2 の type 8、SHA-256 以上の crypt など）を使用してください。`,
        en: `The ${c.label.en} is stored as a weak hash (${storageLabel(c.secret).en}); use the strongest hash the platform offers (on Cisco IOS scrypt type 9 or PBKDF2 type 8; SHA-256 crypt or better elsewhere).`,
      },
      evidence: [c.source],
    });
  }
}

function checkPasswordEncryption(ctx: RuleContext, device: Device, credentials: Credential[]): void {
  const plaintext = credentials.filter((c) => c.secret.storage === 'plaintext');
  const encryption = device.management.passwordEncryption;
  if (plaintext.length === 0 || encryption?.enabled) return;
  const state = encryption ? { ja: '無効に設定されています', en: 'is switched off' } : { ja: '設定されていません', en: 'is not configured' };
  ctx.report({
    device,
    object: 'password encryption',
    message: {
      ja: `平文のパスワードが ${plaintext.length} 件ありますが、パスワード暗号化機能（service password-encryption 等）が${state.ja}。`,
      en: `${plaintext.length} password(s) are in plaintext and the password-encryption feature (service password-encryption or equivalent) ${state.en}.`,
    },
    evidence: [...(encryption ? [encryption.source] : []), ...plaintext.map((c) => c.source)],
  });
}

function checkServerKeys(ctx: RuleContext, device: Device): void {
  const { radiusServers, tacacsServers } = device.management.aaa;
  const servers = [
    ...radiusServers.map((s) => ({ server: s, protocol: 'RADIUS' })),
    ...tacacsServers.map((s) => ({ server: s, protocol: 'TACACS+' })),
  ];
  for (const { server, protocol } of servers) {
    if (!server.key || !READABLE.includes(server.key.storage)) continue;
    ctx.report({
      device,
      object: `${protocol.toLowerCase()} ${server.address}`,
      severity: 'medium',
      message: {
        ja: `${protocol} サーバ ${server.address} の共有鍵が${storageLabel(server.key).ja}で保存されています。`,
        en: `The shared key of ${protocol} server ${server.address} is stored as ${storageLabel(server.key).en}.`,
      },
      evidence: [server.source],
    });
  }
}

function storageLabel(secret: Secret): Localized {
  return STORAGE_LABEL[secret.storage] ?? { ja: secret.storage, en: secret.storage };
}
