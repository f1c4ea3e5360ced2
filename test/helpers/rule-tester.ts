/**
 * RuleTester, modelled on ESLint's: one vitest `it` per valid / invalid case. A case is a device
 * config (Cisco IOS unless `vendor` says otherwise, parsed with the real parser) and optionally a zones.csv text. Valid cases must give no
 * fail/manual finding; invalid cases must give exactly the listed findings, so a test can never pass
 * by asserting nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../src/analysis/reachability/network-analysis.js';
import { buildZoneIndex, NO_ZONES } from '../../src/analysis/zone-binding.js';
import type { ZoneIndex } from '../../src/analysis/zone-index.js';
import { attachExports } from '../../src/input/operational/attach.js';
import { readOperationalExport } from '../../src/input/operational/read-export.js';
import { readAssetsCsv } from '../../src/inventory/assets-csv.js';
import { readFlowsCsv } from '../../src/inventory/flows-csv.js';
import { readZonesCsv } from '../../src/inventory/zones-csv.js';
import type { Finding, FindingStatus, Network, Severity, VendorId } from '../../src/model/index.js';
import { parserFor } from '../../src/parsers/registry.js';
import { runRules, type CheckResult, type RuleRun } from '../../src/rules/run-rules.js';
import type { RuleSettings } from '../../src/rules/settings.js';
import type { Rule } from '../../src/rules/types.js';

export const FIXTURE_FILE = 'fixture.cfg';
export const FLOWS_FILE = 'flows.csv';
export const ASSETS_FILE = 'assets.csv';
export const EXPORT_FILE = 'fixture-export.txt';

export interface RuleCase {
  name: string;
  /** Config text, in the syntax of `vendor`. */
  config: string;
  /** Parser to read `config` with; default `cisco-ios`. */
  vendor?: VendorId;
  /** zones.csv text; without it the run has no zones (NO_ZONES). */
  zones?: string;
  /** flows.csv text (the approved-flow register); needs `zones` when it names zones. */
  flows?: string;
  /** assets.csv text (the approved endpoints); needs `zones` when it names zones. */
  assets?: string;
  /** ISO date approvals are judged on; default 2026-04-01 so cases do not age. */
  today?: string;
  settings?: Partial<RuleSettings>;
  /**
   * Operational export text (`show interfaces status` …) beside the config; matched to the device the
   * way load-network does it, so it needs a prompt or `! hostname` line naming the config's hostname.
   */
  operationalExport?: string;
}

export interface ValidCase extends RuleCase {
  /** Expected device status in the results matrix; default: anything but fail/manual/error. */
  check?: CheckResult['status'];
}

export interface ExpectedFinding {
  object?: string;
  severity?: Severity;
  status?: Extract<FindingStatus, 'fail' | 'manual'>;
  /** Substring of the English or the Japanese message. */
  messageIncludes?: string;
  /** Exact line numbers of the evidence, in order. */
  evidenceLines?: number[];
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Parse the config and run one rule on it. Fails the test if the fixture itself is not understood. */
export function runRuleOn(rule: Rule, c: RuleCase): RuleRun {
  const parser = parserFor(c.vendor ?? 'cisco-ios');
  if (parser === undefined) throw new Error(`no parser for ${c.vendor}`);
  const { device, diagnostics } = parser.parse(c.config, FIXTURE_FILE);
  const unparsed = diagnostics.filter((d) => d.level !== 'info').map((d) => `${d.line}: ${d.text} (${d.reason})`);
  expect(unparsed, 'fixture lines the parser did not understand').toEqual([]);
  // A case must test a parsed device, never an empty one that trivially has nothing wrong.
  expect(device.stats.modelled, 'fixture lines turned into the model').toBeGreaterThan(0);
  const network: Network = { devices: [device], inputs: [], diagnostics };
  if (c.operationalExport !== undefined) attachFixtureExport(c.operationalExport, network);
  const zones = zoneIndexFor(c.zones, network);
  const analysis = analyzeNetwork({ devices: network.devices, zones, flows: flowsFor(c.flows, zones.zones), today: c.today ?? '2026-04-01' });
  return runRules([rule], network, zones, {
    analysis,
    assets: assetsFor(c.assets, zones.zones),
    ...(c.settings ? { settings: c.settings } : {}),
  });
}

function attachFixtureExport(text: string, network: Network): void {
  const exp = readOperationalExport(text, EXPORT_FILE);
  expect(exp.diagnostics.map((d) => `${d.line}: ${d.text} (${d.code})`), 'export lines the reader did not understand').toEqual([]);
  const diagnostics: Network['diagnostics'] = [];
  attachExports(network.devices, [exp], diagnostics);
  expect(diagnostics.filter((d) => d.level !== 'info').map((d) => d.reason), 'export not matched to the fixture device').toEqual([]);
}

function flowsFor(flowsCsv: string | undefined, zones: ZoneIndex['zones']) {
  if (flowsCsv === undefined) return [];
  const { flows, diagnostics } = readFlowsCsv(Buffer.from(flowsCsv), FLOWS_FILE, zones);
  expect(diagnostics.filter((d) => d.level === 'error').map((d) => d.reason), 'flows.csv fixture errors').toEqual([]);
  return flows;
}

function assetsFor(assetsCsv: string | undefined, zones: ZoneIndex['zones']) {
  if (assetsCsv === undefined) return [];
  const { assets, diagnostics } = readAssetsCsv(Buffer.from(assetsCsv), ASSETS_FILE, zones);
  expect(diagnostics.filter((d) => d.level === 'error').map((d) => d.reason), 'assets.csv fixture errors').toEqual([]);
  return assets;
}

function zoneIndexFor(zonesCsv: string | undefined, network: Network): ZoneIndex {
  if (zonesCsv === undefined) return NO_ZONES;
  const { zones, diagnostics } = readZonesCsv(Buffer.from(zonesCsv), 'zones.csv');
  expect(diagnostics.filter((d) => d.level === 'error').map((d) => d.reason), 'zones.csv fixture errors').toEqual([]);
  return buildZoneIndex(zones, network.devices);
}

/** Findings that say something is wrong (fail or 要確認). */
function problems(run: RuleRun): Finding[] {
  return run.findings.filter((f) => f.status === 'fail' || f.status === 'manual');
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (e.object !== undefined && f.object !== e.object) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.status !== undefined && f.status !== e.status) return false;
  if (e.messageIncludes !== undefined && !f.message.en.includes(e.messageIncludes) && !f.message.ja.includes(e.messageIncludes)) return false;
  if (e.evidenceLines !== undefined && JSON.stringify(f.evidence.map((s) => s.line)) !== JSON.stringify(e.evidenceLines)) return false;
  return true;
}

/** One-to-one assignment of expected to actual findings (small lists: plain backtracking). */
function assign(actual: Finding[], expected: ExpectedFinding[], used = new Set<number>()): boolean {
  if (expected.length === 0) return true;
  const [first, ...rest] = expected;
  for (let i = 0; i < actual.length; i++) {
    if (used.has(i) || !matches(actual[i]!, first!)) continue;
    used.add(i);
    if (assign(actual, rest, used)) return true;
    used.delete(i);
  }
  return false;
}

function describeFindings(findings: Finding[]): string {
  return findings
    .map((f) => `  - ${f.status} ${f.severity} object=${JSON.stringify(f.object)} lines=${f.evidence.map((s) => s.line).join(',')}\n    ${f.message.en}\n    ${f.message.ja}`)
    .join('\n');
}

/** Properties every finding of every rule must have. */
function expectWellFormed(findings: Finding[]): void {
  for (const f of findings) {
    expect(f.message.ja.trim(), `Japanese message of ${f.id}`).not.toBe('');
    expect(f.message.en.trim(), `English message of ${f.id}`).not.toBe('');
    expect(f.evidence.length, `evidence of ${f.id}`).toBeGreaterThan(0);
    for (const span of f.evidence) {
      expect([FIXTURE_FILE, FLOWS_FILE, ASSETS_FILE, EXPORT_FILE]).toContain(span.file);
      expect(span.line).toBeGreaterThanOrEqual(1);
    }
  }
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} ${rule.meta.title.en}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const run = runRuleOn(rule, c);
        const found = problems(run);
        expect(found, `expected no findings, got:\n${describeFindings(found)}`).toEqual([]);
        const statuses = run.checks.map((r) => r.status);
        if (c.check) expect(statuses).toEqual([c.check]);
        else expect(statuses.every((s) => s === 'pass' || s === 'not-applicable' || s === 'excepted')).toBe(true);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.findings.length, 'an invalid case lists the findings it expects').toBeGreaterThan(0);
        const run = runRuleOn(rule, c);
        const found = problems(run);
        expectWellFormed(found);
        const report = `expected ${JSON.stringify(c.findings)}\ngot:\n${describeFindings(found)}`;
        expect(found.length, report).toBe(c.findings.length);
        expect(assign(found, c.findings), report).toBe(true);
        const deviceStatus = run.checks[0]?.status;
        expect(deviceStatus === 'fail' || deviceStatus === 'manual', `device status ${deviceStatus}`).toBe(true);
      });
    }
  });
}

/**
 * 1-based line number of the one line of `text` that reads `line` (ignoring indentation), so evidence
 * assertions name the config line they mean. Throws when it is missing or ambiguous.
 */
export function lineOf(text: string, line: string): number {
  const hits = text.split('\n').flatMap((l, i) => (l.trim() === line.trim() ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`lineOf: "${line}" found ${hits.length} times in the fixture`);
  return hits[0]!;
}
