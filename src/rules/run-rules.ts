import { createHash } from 'node:crypto';
import { analyzeNetwork, type NetworkAnalysis } from '../analysis/reachability/network-analysis.js';
import type { ZoneIndex } from '../analysis/zone-index.js';
import type { Asset, Finding, Localized, Network, Severity } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { clauseRefs, DEFAULT_PROFILE } from './profiles.js';
import { findingCategory, findingRating } from './rating.js';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings.js';
import type { ProfileId, ReportDescriptor, Rule, RuleContext } from './types.js';

/** Outcome of one rule on one device, for the device × rule results matrix (監査 付録A). */
export interface CheckResult {
  ruleId: string;
  device: string;
  /** `excepted`: the device's only findings of the rule are covered by approvals. */
  status: 'fail' | 'manual' | 'excepted' | 'pass' | 'not-applicable' | 'error';
  reason?: Localized;
}

export interface RuleRun {
  findings: Finding[];
  checks: CheckResult[];
}

export interface RunOptions {
  profile?: ProfileId;
  settings?: Partial<RuleSettings>;
  /** Shared analysis of the run; built from the network and zones alone (no links, no flows.csv) when absent. */
  analysis?: NetworkAnalysis;
  /** Approved endpoints (assets.csv). */
  assets?: readonly Asset[];
  /** Severity per rule id set by segaudit.json: replaces every severity the rule would give. */
  severities?: Record<string, Severity>;
}

/** Stable id: same rule, device, object and key give the same id on every run. */
export function findingId(ruleId: string, device: string, object = '', key = ''): string {
  const h = createHash('sha256').update([ruleId, device, object, key].join('\u0000')).digest('hex');
  return `${ruleId}-${h.slice(0, 10)}`;
}

export function runRules(rules: Rule[], network: Network, zones: ZoneIndex, options: RunOptions = {}): RuleRun {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const analysis = options.analysis ?? analyzeNetwork({ devices: network.devices, zones });
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];

  for (const rule of rules) {
    const { meta } = rule;
    const perDevice = new Map<string, CheckResult['status']>();
    const reasons = new Map<string, Localized>();
    const seenIds = new Set<string>();
    const ctx: RuleContext = {
      network,
      devices: network.devices,
      zones,
      analysis,
      assets: options.assets ?? [],
      settings,
      report(d: ReportDescriptor) {
        const status = d.exception ? 'excepted' : (d.status ?? 'fail');
        const id = findingId(meta.id, d.device.hostname, d.object, d.key);
        // Two reports with the same identity are one finding with more evidence.
        if (seenIds.has(id)) {
          const existing = findings.find((f) => f.id === id)!;
          existing.evidence.push(...d.evidence.filter((e) => !existing.evidence.some((x) => x.file === e.file && x.line === e.line)));
          return;
        }
        seenIds.add(id);
        const severity = options.severities?.[meta.id] ?? d.severity ?? meta.severity;
        findings.push({
          id,
          ruleId: meta.id,
          status,
          severity,
          device: d.device.hostname,
          ...(d.object !== undefined ? { object: d.object } : {}),
          title: meta.title,
          message: d.message,
          remediation: meta.remediation,
          evidence: d.evidence.length > 0 ? d.evidence : [d.device.source],
          clauses: clauseRefs(meta.clauses, profile),
          category: findingCategory(status, severity),
          rating: findingRating(severity, meta.rating),
          ...(d.exception ? { exception: d.exception } : {}),
        });
        // Worst first: fail, then manual, then excepted.
        const prev = perDevice.get(d.device.hostname);
        const rank = (s: CheckResult['status'] | undefined) => (s === 'fail' ? 3 : s === 'manual' ? 2 : s === 'excepted' ? 1 : 0);
        if (rank(status) > rank(prev)) perDevice.set(d.device.hostname, status);
      },
      notApplicable(device, reason) {
        if (!perDevice.has(device.hostname)) {
          perDevice.set(device.hostname, 'not-applicable');
          reasons.set(device.hostname, reason);
        }
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A broken rule must not take the others down; it shows as an error in the matrix.
      for (const device of network.devices) {
        checks.push({ ruleId: meta.id, device: device.hostname, status: 'error', reason: { ja: `ルール実行エラー: ${(e as Error).message}`, en: `rule error: ${(e as Error).message}` } });
      }
      continue;
    }
    for (const device of network.devices) {
      const status = perDevice.get(device.hostname) ?? 'pass';
      const reason = reasons.get(device.hostname);
      checks.push({ ruleId: meta.id, device: device.hostname, status, ...(reason ? { reason } : {}) });
    }
  }

  findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.device.localeCompare(b.device) ||
      (a.object ?? '').localeCompare(b.object ?? '') ||
      a.id.localeCompare(b.id),
  );
  return { findings, checks };
}
