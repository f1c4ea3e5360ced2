import type { AccessLine, LocalUser, Management, ServiceState, SourceSpan } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { canonicalKey } from './canonical.js';
import { differingSpans } from './differing-spans.js';
import { label, showPlain, type FieldSpec } from './field-changes.js';
import { namedChanges } from './named-changes.js';

const USER_FIELDS: readonly FieldSpec<LocalUser>[] = [
  { label: label('権限', 'privilege'), value: (u) => u.privilege, show: showPlain },
  { label: label('管理者', 'admin'), value: (u) => u.admin, show: showPlain },
  // Passwords compare by fingerprint and are only said to have changed (no `show`).
  { label: label('パスワード', 'password'), value: (u) => u.password },
  { label: label('接続の制限', 'access'), value: (u) => u.access },
  { label: label('多要素認証', 'MFA'), value: (u) => u.mfa, show: showPlain },
];

const LINE_FIELDS: readonly FieldSpec<AccessLine>[] = [
  { label: label('受け付けるプロトコル', 'transport input'), value: (l) => l.transportInput, show: showPlain },
  { label: label('無操作タイムアウト', 'exec timeout'), value: (l) => l.execTimeout, show: showPlain },
  { label: label('ログイン方式', 'login'), value: (l) => l.login, show: showPlain },
  { label: label('パスワード', 'password'), value: (l) => l.password },
  { label: label('接続元制限', 'access class'), value: (l) => l.accessClass?.filter, show: showPlain },
];

/** Whether the value came from the config or the platform default is not a change of what the service does. */
const SERVICE_FIELDS: readonly FieldSpec<ServiceState>[] = [
  { label: label('有効', 'enabled'), value: (s) => s.enabled, show: showPlain },
  { label: label('接続元制限', 'access class'), value: (s) => s.accessClass, show: showPlain },
  { label: label('ポート', 'port'), value: (s) => s.port, show: showPlain },
];

/** The settings compared as one piece each: one `management` change per piece that differs. */
const WHOLE_SETTINGS: readonly { name: string; label: { ja: string; en: string }; value: (m: Management) => unknown }[] = [
  { name: 'enable', label: label('特権パスワード', 'enable password'), value: (m) => m.enable },
  { name: 'privilege-model', label: label('権限の与え方', 'privilege model'), value: (m) => m.privilegeModel },
  { name: 'password-encryption', label: label('パスワード暗号化', 'password encryption'), value: (m) => m.passwordEncryption },
  { name: 'password-policy', label: label('パスワードポリシー', 'password policy'), value: (m) => m.passwordPolicy },
  { name: 'ssh', label: label('SSH 設定', 'SSH'), value: (m) => m.ssh },
  { name: 'banners', label: label('バナー', 'banners'), value: (m) => m.banners },
  { name: 'login-lockout', label: label('ログイン試行制限', 'login lockout'), value: (m) => m.loginLockout },
  { name: 'login-logging', label: label('ログイン記録', 'login logging'), value: (m) => m.loginLogging },
  { name: 'command-logging', label: label('操作記録', 'command logging'), value: (m) => m.commandLogging },
  { name: 'snmp', label: label('SNMP 設定', 'SNMP'), value: (m) => m.snmp },
  { name: 'ntp', label: label('NTP 設定', 'NTP'), value: (m) => m.ntp },
  { name: 'logging', label: label('ログ送信設定', 'logging'), value: (m) => m.logging },
  { name: 'aaa', label: label('AAA 設定', 'AAA'), value: (m) => m.aaa },
  { name: 'dot1x', label: label('802.1X 全体設定', '802.1X system auth control'), value: (m) => m.dot1xSystemAuthControl },
];

/**
 * How the device itself is managed: users, access lines and services by name, and each other setting
 * (SNMP, NTP, logging, AAA, SSH, banners…) as one piece whose detail names the parts that differ.
 * Secrets (communities, keys, passwords) compare by fingerprint; no detail ever shows one.
 * `fallback` is the line shown when a difference has no line of its own (the device's hostname line).
 */
export function managementChanges(before: Management, after: Management, fallback: { before: SourceSpan; after: SourceSpan }): ConfigChange[] {
  const changes: ConfigChange[] = [
    ...namedChanges('management', before.users, after.users, (u) => `user ${u.name}`, USER_FIELDS),
    ...namedChanges('management', before.lines, after.lines, (l) => `line ${l.name}`, LINE_FIELDS),
    ...namedChanges('management', before.services, after.services, (s) => `service ${s.name}${s.interface !== undefined ? ` ${s.interface}` : ''}`, SERVICE_FIELDS),
  ];
  for (const setting of WHOLE_SETTINGS) {
    const change = wholeSettingChange(setting.name, setting.label, setting.value(before), setting.value(after), fallback);
    if (change) changes.push(change);
  }
  return changes;
}

/** Whether a value was set in the config or is the platform default is not a change of the setting. */
const NOT_THE_SETTING = new Set(['platformDefault']);

/** Absent and empty are the same: no banner configured. */
function isAbsent(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function wholeSettingChange(
  object: string,
  what: { ja: string; en: string },
  before: unknown,
  after: unknown,
  fallback: { before: SourceSpan; after: SourceSpan },
): ConfigChange | undefined {
  if (isAbsent(before) && isAbsent(after)) return undefined;
  if (canonicalKey(before, NOT_THE_SETTING) === canonicalKey(after, NOT_THE_SETTING)) return undefined;
  const spans = differingSpans(before, after);
  const where = { before: spans.before ?? fallback.before, after: spans.after ?? fallback.after };
  if (isAbsent(before)) return { kind: 'management', op: 'added', object, after: where.after, detail: what };
  if (isAbsent(after)) return { kind: 'management', op: 'removed', object, before: where.before, detail: what };
  const parts = differingParts(before, after);
  const named = parts.length > 0 ? `: ${parts.join(', ')}` : '';
  return { kind: 'management', op: 'changed', object, before: where.before, after: where.after, detail: { ja: `${what.ja}${named}`, en: `${what.en}${named}` } };
}

/** The top-level fields of a setting that differ (model field names, e.g. `communities`): never values. */
function differingParts(before: unknown, after: unknown): string[] {
  if (Array.isArray(before) || Array.isArray(after) || typeof before !== 'object' || typeof after !== 'object' || !before || !after) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'source' && !NOT_THE_SETTING.has(f)).sort();
  return fields.filter((f) => canonicalKey((before as Record<string, unknown>)[f]) !== canonicalKey((after as Record<string, unknown>)[f]));
}
