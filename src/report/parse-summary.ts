import type { Network } from '../model/index.js';

export interface FileSummary {
  file: string;
  vendor: string;
  status: string;
  lines: number;
  understood: number;
  diagnostics: number;
}

export interface ParseSummary {
  files: FileSummary[];
  vendors: { vendor: string; files: number; lines: number; understood: number; diagnostics: number; ratio: number }[];
  total: { files: number; lines: number; understood: number; diagnostics: number; ratio: number };
}

/** Per file and per vendor: lines, lines understood (modelled or knowingly ignored), diagnostics. */
export function summarizeParse(network: Network): ParseSummary {
  const deviceByFile = new Map(network.devices.map((d) => [d.file, d]));
  const diagByFile = new Map<string, number>();
  for (const d of network.diagnostics) diagByFile.set(d.file, (diagByFile.get(d.file) ?? 0) + 1);

  const files: FileSummary[] = network.inputs.map((input) => {
    const device = deviceByFile.get(input.path);
    const lines = device?.stats.lines ?? 0;
    return {
      file: input.path,
      vendor: input.vendor ?? (input.kind === 'operational-export' ? 'operational-export' : 'unknown'),
      status: input.status,
      lines,
      understood: device ? device.stats.modelled + device.stats.ignored : 0,
      diagnostics: diagByFile.get(input.path) ?? 0,
    };
  });

  const byVendor = new Map<string, { files: number; lines: number; understood: number; diagnostics: number }>();
  for (const f of files) {
    const v = byVendor.get(f.vendor) ?? { files: 0, lines: 0, understood: 0, diagnostics: 0 };
    v.files++;
    v.lines += f.lines;
    v.understood += f.understood;
    v.diagnostics += f.diagnostics;
    byVendor.set(f.vendor, v);
  }
  const ratio = (u: number, l: number) => (l === 0 ? 0 : u / l);
  const vendors = [...byVendor.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([vendor, v]) => ({ vendor, ...v, ratio: ratio(v.understood, v.lines) }));
  const total = files.reduce(
    (t, f) => ({ files: t.files + 1, lines: t.lines + f.lines, understood: t.understood + f.understood, diagnostics: t.diagnostics + f.diagnostics }),
    { files: 0, lines: 0, understood: 0, diagnostics: 0 },
  );
  return { files, vendors, total: { ...total, ratio: ratio(total.understood, total.lines) } };
}

export function parseSummaryToText(s: ParseSummary): string {
  const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
  const rows = [['file', 'vendor', 'lines', 'understood', '%', 'diagnostics']];
  for (const f of s.files) rows.push([f.file, f.vendor, String(f.lines), String(f.understood), f.lines ? pct(f.understood / f.lines) : '-', String(f.diagnostics)]);
  rows.push(['', '', '', '', '', '']);
  for (const v of s.vendors) rows.push([`[${v.vendor}] ${v.files} files`, v.vendor, String(v.lines), String(v.understood), pct(v.ratio), String(v.diagnostics)]);
  rows.push([`[total] ${s.total.files} files`, '', String(s.total.lines), String(s.total.understood), pct(s.total.ratio), String(s.total.diagnostics)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
