import { packetText, traceLines, verdictText } from '../analysis/reachability/describe-trace.js';
import { flowLabel, servicesSummary } from '../analysis/reachability/flow-label.js';
import type { PairReachability, PacketTrace, ZoneReachability } from '../analysis/reachability/types.js';
import { deviceLabel } from '../analysis/topology/labels.js';
import type { Lang } from './i18n.js';

/**
 * The zone matrix: which zones can send what to which. Rows are sources, columns destinations; a
 * cell is `—` when nothing passes, `全て`/`all` when every packet between the two zones' addresses
 * passes, otherwise the services that pass (`tcp/445`). Below the table, each non-empty cell's flow
 * classes with an example packet and its path.
 */

export type CellStatus = 'none' | 'all' | 'some';

export function cellStatus(pair: PairReachability): CellStatus {
  if (pair.permitted.isEmpty()) return 'none';
  return pair.permitted.equals(pair.space) ? 'all' : 'some';
}

function cellText(pair: PairReachability, lang: Lang): string {
  switch (cellStatus(pair)) {
    case 'none':
      return '—';
    case 'all':
      return lang === 'ja' ? '全て' : 'all';
    case 'some':
      return servicesSummary(pair.summary());
  }
}

/** The table alone (the audit report's compact section). */
export function matrixTable(reachability: ZoneReachability, lang: Lang): string[] {
  const names = reachability.zones.map((z) => z.name);
  const corner = lang === 'ja' ? '送信元＼宛先' : 'from \\ to';
  const rows: string[][] = [[corner, ...names]];
  for (const from of names) {
    rows.push([from, ...names.map((to) => (to === from ? '·' : cellText(reachability.pair(from, to)!, lang)))]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  const lines = rows.map((row) => row.map((cell, column) => pad(cell, widths[column]!)).join('  ').trimEnd());
  for (const space of reachability.spaces) {
    if (space.attachments.length > 0) continue;
    lines.push(
      lang === 'ja'
        ? `  ※ ${space.zone.name}: 設定中にこのゾーンの L3 インタフェースが見つからないため、送信元としての通信は計算していません`
        : `  * ${space.zone.name}: no routed interface of this zone in the configs, so nothing is computed from it`,
    );
  }
  return lines;
}

/** `segaudit matrix` text output: the table, then every non-empty cell's flow classes. */
export function matrixToText(reachability: ZoneReachability, lang: Lang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const out = [t('ゾーン間の通信（行: 送信元、列: 宛先）', 'Zone-to-zone traffic (rows: from, columns: to)'), '', ...matrixTable(reachability, lang)];
  for (const pair of reachability.pairs) {
    if (pair.permitted.isEmpty()) continue;
    out.push('', `== ${pair.from.name} → ${pair.to.name}: ${cellText(pair, lang)} ==`);
    const summary = pair.summary();
    const flows = pair.flows();
    for (const flowClass of summary.classes) {
      out.push(`  ${flowLabel(flowClass)}`);
      const evidence = flows.find((f) => f.flowClass === flowClass);
      if (evidence === undefined) continue;
      out.push(`    ${t('例', 'e.g.')} ${packetText(evidence.example)}`);
      out.push(...traceLines(evidence.trace, lang, '      '));
    }
    if (summary.omitted > 0) out.push(t(`  …ほか ${summary.omitted} 種類`, `  … and ${summary.omitted} more classes`));
  }
  return out.join('\n') + '\n';
}

/** The matrix as JSON-ready data (audit JSON `matrix`, `segaudit matrix --format json`). */
export function matrixToJson(reachability: ZoneReachability) {
  return {
    zones: reachability.spaces.map((s) => ({
      name: s.zone.name,
      class: s.zone.class,
      attachments: s.attachments.map((l3) => ({ device: deviceLabel(l3.device), interface: l3.interface.name })),
    })),
    cells: reachability.pairs.map((pair) => {
      const status = cellStatus(pair);
      const cell = { from: pair.from.name, to: pair.to.name, status, services: status === 'none' ? '' : servicesSummary(pair.summary()) };
      if (status === 'none') return { ...cell, flows: [], omitted: 0 };
      const flows = pair.flows();
      return {
        ...cell,
        flows: pair.summary().classes.map((flowClass) => {
          const evidence = flows.find((f) => f.flowClass === flowClass);
          return {
            text: flowLabel(flowClass),
            flowClass: { ...flowClass },
            ...(evidence ? { example: evidence.example, trace: traceToJson(evidence.trace) } : {}),
          };
        }),
        omitted: pair.summary().omitted,
      };
    }),
  };
}

export function traceToJson(trace: PacketTrace) {
  const verdict = (v: PacketTrace['hops'][number]['ingressVerdicts'][number]) => ({
    filter: v.filter.name,
    action: v.action,
    decision: v.decision,
    line: { file: v.line.file, line: v.line.line, text: v.line.text },
    text: verdictText(v, 'en'),
  });
  return {
    result: trace.result,
    ...(trace.edge ? { edge: { device: deviceLabel(trace.edge.device), port: trace.edge.port.name, filters: trace.edge.verdicts.map(verdict) } } : {}),
    hops: trace.hops.map((hop) => ({
      device: deviceLabel(hop.device),
      ingress: hop.ingress.interface.name,
      ingressFilters: hop.ingressVerdicts.map(verdict),
      ...(hop.route ? { route: { cidr: hop.route.cidr, nextHop: hop.route.nextHop ?? null, line: { file: hop.route.source.file, line: hop.route.source.line, text: hop.route.source.text } } } : {}),
      ...(hop.egress ? { egress: hop.egress.interface.name, egressFilters: hop.egressVerdicts.map(verdict) } : {}),
    })),
    ...(trace.droppedBy ? { droppedBy: verdict(trace.droppedBy) } : {}),
  };
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
