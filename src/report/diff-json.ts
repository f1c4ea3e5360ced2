import { packetText } from '../analysis/reachability/describe-trace.js';
import { flowLabel } from '../analysis/reachability/flow-label.js';
import type { ChangedFlow } from '../diff/changed-flows.js';
import type { GateResult } from '../diff/change-gate.js';
import type { Decider } from '../diff/decision-regions.js';
import type { DiffResult } from '../diff/run-diff.js';
import type { ZoneFlowChange } from '../diff/zone-flow-diff.js';
import { gateReasonText, scopeText } from './diff-parts.js';
import { findingToJson } from './json.js';
import { traceToJson } from './matrix.js';

/** JSON of a diff (README "segaudit diff"); fields are added, never renamed. */
export function diffToJson(diff: DiffResult, gate: GateResult): string {
  const flows = (list: ChangedFlow[]) => ({
    newlyPermitted: list.filter((f) => f.change === 'newly-permitted').map(flowJson),
    newlyDenied: list.filter((f) => f.change === 'newly-denied').map(flowJson),
  });
  const zoneFlows = diff.zoneFlows;
  return (
    JSON.stringify(
      {
        gate: {
          pass: gate.pass,
          reasons: gate.reasons.map((r) => ({ kind: r.kind, message: gateReasonText(r) })),
        },
        devices: diff.devices,
        changedDevices: diff.changed.map((d) => ({
          device: d.device,
          changes: d.changes,
          flows: flows(d.flows),
          omittedFlows: d.omittedFlows,
        })),
        zoneFlows:
          zoneFlows === undefined
            ? null
            : {
                newlyPermitted: zoneFlows.filter((z) => z.change === 'newly-permitted').map(zoneFlowJson),
                newlyDenied: zoneFlows.filter((z) => z.change === 'newly-denied').map(zoneFlowJson),
              },
        findings: {
          added: diff.findings.added.map(findingToJson),
          resolved: diff.findings.resolved.map(findingToJson),
          changed: diff.findings.changed.map((c) => ({ before: findingToJson(c.before), after: findingToJson(c.after) })),
          unchanged: diff.findings.unchanged.length,
        },
      },
      null,
      2,
    ) + '\n'
  );
}

function flowJson(flow: ChangedFlow) {
  const c = flow.flowClass;
  const decider = flow.after.decision === 'unfiltered' ? flow.before : flow.after;
  return {
    device: flow.device,
    filter: decider.filter,
    scope: { ...flow.scope, text: scopeText(flow.scope, 'en') },
    family: c.family,
    protocol: c.protocols,
    src: c.src,
    dst: c.dst,
    dstPorts: c.dstPorts ?? null,
    ...(c.srcPorts ? { srcPorts: c.srcPorts } : {}),
    ...(c.icmpTypes ? { icmpTypes: c.icmpTypes } : {}),
    ...(c.established !== undefined ? { established: c.established } : {}),
    text: flowLabel(c),
    example: flow.example ? packetText(flow.example) : null,
    afterLine: deciderJson(flow.after),
    beforeLine: deciderJson(flow.before),
  };
}

/** The deciding line; `line` and `text` are null where no line decides (no filter at all). */
function deciderJson(d: Decider) {
  return {
    filter: d.filter || null,
    decision: d.decision,
    label: d.label ?? null,
    action: d.action,
    file: d.line?.file ?? null,
    line: d.line?.line ?? null,
    text: d.line?.text ?? null,
  };
}

function zoneFlowJson(z: ZoneFlowChange) {
  return {
    from: z.from.name,
    fromClass: z.from.class,
    to: z.to.name,
    toClass: z.to.class,
    classes: z.summary.classes.map((c) => ({ text: flowLabel(c), flowClass: { ...c } })),
    omitted: z.summary.omitted,
    examples: z.flows.map((f, i) => ({
      text: flowLabel(f.flowClass),
      packet: packetText(f.example),
      trace: traceToJson(f.trace),
      ...(z.stoppedBy[i] ? { traceAfter: traceToJson(z.stoppedBy[i]!) } : {}),
    })),
  };
}
