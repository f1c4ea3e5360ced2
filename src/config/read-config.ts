import type { Diagnostic, Severity } from '../model/index.js';
import { diagnostic, SEVERITIES } from '../model/index.js';
import { parsePrefix } from '../net/prefix.js';
import { DEFAULT_SETTINGS, type EndOfSupportEntry, type ExternalConnection, type SiteFacts } from '../rules/settings.js';
import type { ProfileId } from '../rules/types.js';
import type { AuditConfig, RuleOverride } from './audit-config.js';

const PROFILES: readonly ProfileId[] = ['kagoshima', 'sorachi'];
const THRESHOLDS = Object.keys(DEFAULT_SETTINGS).filter((k) => typeof DEFAULT_SETTINGS[k as keyof typeof DEFAULT_SETTINGS] === 'number');
const TOP_LEVEL = ['$schema', 'profile', 'rules', 'thresholds', 'site'];

/**
 * segaudit.json → AuditConfig, validated. Never throws: each problem is an error diagnostic naming the
 * file, the line (where JSON.parse tells it, or where the key first appears) and the JSON path; a file
 * with errors yields the settings that were valid, and the caller stops the run (exit 2).
 */
export function readConfig(text: string, file: string, ruleIds: readonly string[]): { config: AuditConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const config: AuditConfig = { rules: {}, thresholds: {}, site: {}, file };
  const lineOf = (key: string): number => {
    const index = text.indexOf(`"${key}"`);
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
  };
  const error = (path: string, en: string, ja: string, key = path.split('.').at(-1) ?? '') =>
    diagnostics.push(diagnostic(file, lineOf(key), '', `${path}: ${en} / ${path}: ${ja}`, 'config-error', 'error'));

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const line = errorLine(text, message);
    diagnostics.push(diagnostic(file, line, '', `not valid JSON: ${message} / JSON として読めません: ${message}`, 'config-error', 'error'));
    return { config, diagnostics };
  }
  if (!isObject(data)) {
    error('(top)', 'must be a JSON object', 'JSON オブジェクトである必要があります', '');
    return { config, diagnostics };
  }
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL.includes(key)) error(key, `unknown setting; known: ${TOP_LEVEL.slice(1).join(', ')}`, `不明な設定です（使えるもの: ${TOP_LEVEL.slice(1).join(', ')}）`);
  }

  if (data.profile !== undefined) {
    if (typeof data.profile === 'string' && (PROFILES as readonly string[]).includes(data.profile)) config.profile = data.profile as ProfileId;
    else error('profile', `must be one of ${PROFILES.join(', ')}`, `${PROFILES.join('・')} のいずれかを指定してください`);
  }

  if (data.rules !== undefined) {
    if (!isObject(data.rules)) error('rules', 'must be an object of rule id → "off" | "on" | {"enabled", "severity"}', 'ルールID → "off" | "on" | {"enabled", "severity"} のオブジェクトにしてください');
    else {
      for (const [id, value] of Object.entries(data.rules)) {
        const override = ruleOverride(value);
        if (!ruleIds.includes(id)) error(`rules.${id}`, `no such rule (see segaudit rules)`, `そのようなルールはありません（segaudit rules で一覧できます）`, id);
        else if (override === undefined) error(`rules.${id}`, `must be "off", "on" or {"enabled": true|false, "severity": "${SEVERITIES.join('|')}"}`, `"off"・"on"・{"enabled": true|false, "severity": "${SEVERITIES.join('|')}"} のいずれかにしてください`, id);
        else config.rules[id] = override;
      }
    }
  }

  if (data.thresholds !== undefined) {
    if (!isObject(data.thresholds)) error('thresholds', 'must be an object', 'オブジェクトにしてください');
    else {
      for (const [key, value] of Object.entries(data.thresholds)) {
        if (!THRESHOLDS.includes(key)) error(`thresholds.${key}`, `unknown threshold; known: ${THRESHOLDS.join(', ')}`, `不明なしきい値です（使えるもの: ${THRESHOLDS.join(', ')}）`, key);
        else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) error(`thresholds.${key}`, 'must be a whole number ≥ 0', '0 以上の整数にしてください', key);
        else (config.thresholds as Record<string, number>)[key] = value;
      }
    }
  }

  if (data.site !== undefined) config.site = siteFacts(data.site, error);
  return { config, diagnostics };
}

/**
 * The line of a JSON syntax error. V8's message gives a position only in some versions, so the
 * fallback finds the first line after which the text stops being merely incomplete.
 */
function errorLine(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  const lines = text.split('\n');
  if (lines.length > 5000) return 1;
  for (let k = 1; k <= lines.length; k++) {
    const prefix = lines.slice(0, k).join('\n');
    try {
      JSON.parse(prefix);
    } catch (e) {
      const text = (e as Error).message;
      const at = /position (\d+)/.exec(text);
      const incomplete = /end of JSON input|Unterminated/i.test(text) || (at !== null && Number(at[1]) >= prefix.trimEnd().length);
      if (!incomplete) return k;
    }
  }
  return lines.length;
}

type ErrorSink = (path: string, en: string, ja: string, key?: string) => void;

function ruleOverride(value: unknown): RuleOverride | undefined {
  if (value === 'off' || value === false) return { enabled: false };
  if (value === 'on' || value === true) return { enabled: true };
  if (!isObject(value)) return undefined;
  if (Object.keys(value).some((k) => k !== 'enabled' && k !== 'severity')) return undefined;
  if (value.enabled !== undefined && typeof value.enabled !== 'boolean') return undefined;
  if (value.severity !== undefined && !(typeof value.severity === 'string' && (SEVERITIES as readonly string[]).includes(value.severity))) return undefined;
  return { enabled: value.enabled !== false, ...(value.severity !== undefined ? { severity: value.severity as Severity } : {}) };
}

function siteFacts(value: unknown, error: ErrorSink): SiteFacts {
  const site: SiteFacts = {};
  if (!isObject(value)) {
    error('site', 'must be an object', 'オブジェクトにしてください');
    return site;
  }
  const known = ['managementSubnets', 'externalConnections', 'endOfSupport'];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) error(`site.${key}`, `unknown site fact; known: ${known.join(', ')}`, `不明なサイト情報です（使えるもの: ${known.join(', ')}）`, key);
  }
  if (value.managementSubnets !== undefined) {
    const list = stringList(value.managementSubnets);
    const bad = list?.filter((cidr) => 'error' in parsePrefix(cidr)) ?? [];
    if (list === undefined) error('site.managementSubnets', 'must be a list of CIDRs, e.g. ["10.0.99.0/24"]', 'CIDR のリストにしてください（例: ["10.0.99.0/24"]）', 'managementSubnets');
    else if (bad.length > 0) error('site.managementSubnets', `not a CIDR: ${bad.join(', ')}`, `CIDR として不正です: ${bad.join(', ')}`, 'managementSubnets');
    else site.managementSubnets = list;
  }
  if (value.externalConnections !== undefined) {
    const list = objectList(value.externalConnections, ['device', 'interface'], ['description', 'approval']);
    if (list === undefined) error('site.externalConnections', 'must be a list of {"device", "interface", "description"?, "approval"?} with text values', '{"device", "interface", "description"?, "approval"?}（値は文字列）のリストにしてください', 'externalConnections');
    else site.externalConnections = list as unknown as ExternalConnection[];
  }
  if (value.endOfSupport !== undefined) {
    const list = objectList(value.endOfSupport, ['version', 'endOfSupport'], ['vendor', 'model', 'note']);
    const badDates = list?.filter((e) => !/^\d{4}-\d{2}-\d{2}$/.test(e.endOfSupport!)) ?? [];
    if (list === undefined) error('site.endOfSupport', 'must be a list of {"version", "endOfSupport": "YYYY-MM-DD", "vendor"?, "model"?, "note"?}', '{"version", "endOfSupport": "YYYY-MM-DD", "vendor"?, "model"?, "note"?} のリストにしてください', 'endOfSupport');
    else if (badDates.length > 0) error('site.endOfSupport', `endOfSupport must be YYYY-MM-DD: ${badDates.map((e) => e.endOfSupport).join(', ')}`, `endOfSupport は YYYY-MM-DD で指定してください: ${badDates.map((e) => e.endOfSupport).join(', ')}`, 'endOfSupport');
    else site.endOfSupport = list as unknown as EndOfSupportEntry[];
  }
  return site;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** A list of objects with the required and optional keys, all text. */
function objectList(value: unknown, required: string[], optional: string[]): Record<string, string>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ok = value.every(
    (item) =>
      isObject(item) &&
      required.every((k) => typeof item[k] === 'string' && item[k] !== '') &&
      Object.entries(item).every(([k, v]) => (required.includes(k) || optional.includes(k)) && typeof v === 'string'),
  );
  return ok ? (value as Record<string, string>[]) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
