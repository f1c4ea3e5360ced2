// 第2章6(2)ア(ウ)「管理者権限等の特権を付与されたIDを利用する者を必要最小限にし、当該IDのパスワードの漏えい等が発生しないよう、当該ID及びパスワードを厳重に管理しなければならない。」・4(4)イ「情報システムへのログインに際し、パスワード、ICカード、或いは生体認証等複数の認証情報の入力が必要とするように設定しなければならない。」
import type { Device, LocalUser, SourceSpan } from '../../model/index.js';
import { serverMethodList } from '../helpers/aaa.js';
import type { Rule, RuleContext } from '../types.js';

/**
 * Role or group names that do not identify one person. Vendor default names (admin, root, cisco …)
 * are MGT-08's finding (初期設定の ID); this list holds the shared role names MGT-08 does not cover.
 */
const SHARED_NAMES = new Set([
  'network', 'netadmin', 'nwadmin', 'sysadmin', 'superuser', 'super', 'kanri', 'kanrisha', 'shared', 'common',
  'staff', 'maint', 'maintenance', 'helpdesk', 'vendor', 'itadmin', 'noc', 'ope', 'school', 'center', 'test',
]);

export const rule: Rule = {
  meta: {
    id: 'MGT-11',
    area: 'MGT',
    title: { ja: '特権IDの最小化・個人識別・多要素認証', en: 'Privileged accounts: few, personal, multi-factor' },
    description: {
      ja:
        '管理者権限を持つローカルアカウントの数が閾値（maxAdminAccounts、既定 3）を超える場合、管理者アカウント名が個人を特定しない共用名（network・kanri 等。admin 等の初期名は MGT-08）の場合を不適合とします。' +
        '個人アカウントも集中認証（RADIUS/TACACS+ 等）も無く、全員が同じパスワードでログインする機器、管理者権限が共用の特権モードパスワードだけで与えられる機器も不適合です。' +
        '多要素認証はモデルが知る機種（FortiGate の two-factor）でのみ判定し、管理者アカウントに無い場合は不適合とします。',
      en:
        'Fails when more local accounts have full administrative rights than the threshold (maxAdminAccounts, default 3), and when an administrator account has a shared role name that identifies no person (network, kanri …; vendor defaults such as admin are MGT-08). ' +
        'Also fails a device with neither personal accounts nor central authentication (RADIUS/TACACS+ …), where everyone logs in with one password, and a device where administrative rights come only from a shared privileged-mode password. ' +
        'Multi-factor authentication is judged only where the model knows it (FortiGate two-factor): an administrator without it fails.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['6(2)ア(ウ)', '5(4)イ', '4(4)イ', '3(1)イ(ア)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '管理者ごとに個人名のアカウントを作り、共用アカウントと不要な管理者アカウントを削除し、可能なら RADIUS/TACACS+ で集中認証します。' +
        'IOS: `username tanaka-adm privilege 15 secret …`、`aaa new-model`、`aaa authentication login default group radius local`。FortiGate: `config system admin` / `edit "tanaka-adm"` / `set accprofile "super_admin"` / `set two-factor fortitoken` / `next` / `end`。' +
        'Yamaha RTX: `login user tanaka-adm …` と `user attribute tanaka-adm administrator=on`。AlliedWare Plus: `username tanaka-adm privilege 15 password …`。NEC IX: `username tanaka-adm password hash … administrator`。',
      en:
        'Give every administrator a personal account, remove shared and surplus administrator accounts, and use central authentication (RADIUS/TACACS+) where possible. ' +
        'IOS: `username tanaka-adm privilege 15 secret …`, `aaa new-model`, `aaa authentication login default group radius local`. FortiGate: `config system admin` / `edit "tanaka-adm"` / `set accprofile "super_admin"` / `set two-factor fortitoken` / `next` / `end`. ' +
        'Yamaha RTX: `login user tanaka-adm …` with `user attribute tanaka-adm administrator=on`. AlliedWare Plus: `username tanaka-adm privilege 15 password …`. NEC IX: `username tanaka-adm password hash … administrator`.',
    },
    evidence: {
      ja: '管理者アカウントの定義行、共用パスワード（ログインパスワード・特権モードパスワード）の行。',
      en: 'The administrator account lines; the shared login or privileged-mode password lines.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const { users, enable, lines } = device.management;
      if (users.length === 0 && enable.length === 0 && !lines.some((l) => l.password) && !centralLogin(device)) {
        ctx.notApplicable(device, { ja: 'ログイン用のアカウントもパスワードもありません', en: 'no login account or password' });
        continue;
      }
      const admins = users.filter((u) => u.admin === true && isNamed(u));
      checkCount(ctx, device, admins);
      checkSharedNames(ctx, device, admins);
      checkSharedLogin(ctx, device);
      checkSharedPrivilege(ctx, device, admins);
      checkMfa(ctx, device, admins);
    }
  },
};

/** Yamaha's unnamed `login password` is modelled as a user whose name is in parentheses. */
function isNamed(user: LocalUser): boolean {
  return !user.name.startsWith('(');
}

/** Logins are checked by a central server (RADIUS/TACACS+/LDAP method list or remote administrators). */
function centralLogin(device: Device): boolean {
  return serverMethodList(device, 'authentication', ['login']) !== undefined;
}

function checkCount(ctx: RuleContext, device: Device, admins: LocalUser[]): void {
  const max = ctx.settings.maxAdminAccounts;
  if (admins.length <= max) return;
  ctx.report({
    device,
    object: 'administrator accounts',
    message: {
      ja: `管理者権限を持つアカウントが ${admins.length} 個あり、閾値 ${max} 個を超えています（${admins.map((u) => u.name).join(', ')}）。`,
      en: `${admins.length} accounts have full administrative rights, more than the threshold of ${max} (${admins.map((u) => u.name).join(', ')}).`,
    },
    evidence: admins.map((u) => u.source),
  });
}

function checkSharedNames(ctx: RuleContext, device: Device, admins: LocalUser[]): void {
  for (const user of admins) {
    if (!SHARED_NAMES.has(user.name.toLowerCase())) continue;
    ctx.report({
      device,
      object: `user ${user.name}`,
      key: 'shared-name',
      message: {
        ja: `管理者アカウント ${user.name} は役割・共用の名前で、利用者個人を識別できません。`,
        en: `Administrator account ${user.name} has a role or shared name that identifies no individual.`,
      },
      evidence: [user.source],
    });
  }
}

/** No personal account and no central login: whoever logs in uses the same login or line password. */
function checkSharedLogin(ctx: RuleContext, device: Device): void {
  const { users, lines } = device.management;
  if (users.some(isNamed) || centralLogin(device)) return;
  const shared: SourceSpan[] = [...users.filter((u) => u.password).map((u) => u.source), ...lines.filter((l) => l.password).map((l) => l.source)];
  if (shared.length === 0) return;
  ctx.report({
    device,
    object: 'shared login',
    message: {
      ja: '個人アカウントも集中認証も無く、ログインは共用のパスワードだけで行われます。誰がログインしたかを識別できません。',
      en: 'There is no personal account and no central authentication: logins use a shared password only, so who logged in cannot be told.',
    },
    evidence: shared,
  });
}

/** Rights granted only by a privileged-mode password everyone shares (no account holds them, no AAA for it). */
function checkSharedPrivilege(ctx: RuleContext, device: Device, admins: LocalUser[]): void {
  const { enable } = device.management;
  if (enable.length === 0 || admins.length > 0) return;
  if (serverMethodList(device, 'authentication', ['enable'])) return;
  ctx.report({
    device,
    object: 'privileged-mode password',
    message: {
      ja: '管理者権限を持つ個人アカウントが無く、管理者権限は共用の特権モードパスワードで与えられます。',
      en: 'No personal account holds administrative rights; they are granted by a shared privileged-mode password.',
    },
    evidence: enable.map((e) => e.source),
  });
}

function checkMfa(ctx: RuleContext, device: Device, admins: LocalUser[]): void {
  for (const user of admins) {
    if (user.mfa !== false) continue;
    ctx.report({
      device,
      object: `user ${user.name}`,
      key: 'mfa',
      message: {
        ja: `管理者アカウント ${user.name} に多要素認証が設定されていません（パスワードのみ）。`,
        en: `Administrator account ${user.name} has no multi-factor authentication (password only).`,
      },
      evidence: [user.source],
    });
  }
}
