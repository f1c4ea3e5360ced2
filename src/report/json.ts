import type { AuditResult } from '../audit/run-audit.js';
import { CATEGORY_LABELS, type Finding } from '../model/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { matrixToJson } from './matrix.js';
import { summarize } from './summary.js';

/**
 * The machine-readable audit result. Field names are part of the interface (README, "JSON output");
 * add fields, never rename them.
 */
export function auditToJson(result: AuditResult, generatedAt?: string): string {
  const { network, findings, checks, inventory } = result;
  const doc = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    profile: result.profile,
    ...(generatedAt ? { generatedAt } : {}),
    summary: summarize(findings),
    inputs: network.inputs,
    inventory: { files: inventory.files, zones: inventory.zones.map((z) => ({ name: z.name, class: z.class, bindings: z.bindings.length })) },
    devices: network.devices.map((d) => ({
      hostname: d.hostname,
      vendor: d.vendor,
      file: d.file,
      os: d.os ? { name: d.os.name, version: d.os.version } : undefined,
      stats: d.stats,
    })),
    findings: findings.map(findingToJson),
    /** The exceptions register (exceptions.csv) and what became of each entry. */
    exceptions: result.exceptions.map((e) => ({
      id: e.exception.id,
      ruleId: e.exception.ruleId,
      device: e.exception.device,
      object: e.exception.object ?? null,
      approver: e.exception.approver ?? null,
      expires: e.exception.expiry ?? null,
      state: e.state,
      findings: e.findings,
      line: { file: e.exception.source.file, line: e.exception.source.line },
    })),
    checks,
    /** Zone-to-zone reachability (null without zones.csv). */
    matrix: result.analysis.reachability ? matrixToJson(result.analysis.reachability) : null,
    diagnostics: [...network.diagnostics, ...inventory.diagnostics].map((d) => ({
      file: d.file,
      line: d.line,
      text: d.text,
      reason: d.reason,
      level: d.level,
      code: d.code,
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One finding as the audit JSON has it (also in `segaudit diff --format json`). */
export function findingToJson(f: Finding) {
  return {
    id: f.id,
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    device: f.device,
    object: f.object ?? null,
    title: f.title,
    message: f.message,
    remediation: f.remediation,
    evidence: f.evidence.map((e) => ({ file: e.file, line: e.line, text: e.text })),
    clauses: f.clauses,
    category: f.category,
    categoryLabel: CATEGORY_LABELS[f.category],
    rating: f.rating,
    exception: f.exception ? { id: f.exception.id, approver: f.exception.approver ?? null, expires: f.exception.expires ?? null } : null,
  };
}
