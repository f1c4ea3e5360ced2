import { basename } from 'node:path';
import type { Device, Diagnostic, Interface, OperationalState } from '../../model/index.js';
import { diagnostic } from '../../model/index.js';
import type { OperationalExport } from './export.js';

/**
 * Give each export to its device: by the hostname of its prompt or `! hostname` line, else by its
 * file name (`<hostname>…`, the hostname followed by a separator or the end). An export that matches
 * no device is reported, never guessed.
 */
export function attachExports(devices: Device[], exports: OperationalExport[], diagnostics: Diagnostic[]): void {
  for (const exp of exports) {
    const device = exp.hostname ? byHostname(devices, exp.hostname.name) : byFileName(devices, exp.file);
    if (!device) {
      const why = exp.hostname
        ? `its prompt names ${exp.hostname.name}, which is not the hostname of any config`
        : 'it has no prompt or `! hostname` line and its file name does not start with a hostname';
      diagnostics.push(
        diagnostic(exp.file, exp.hostname?.source.line ?? 0, exp.hostname?.source.text ?? '', `operational export not used: ${why} / 運用出力に対応する機器が見つからないため使用しません`, 'operational-export-unmatched', 'warning'),
      );
      continue;
    }
    attach(device, exp, diagnostics);
  }
}

function byHostname(devices: Device[], name: string): Device | undefined {
  return devices.find((d) => d.hostname.toLowerCase() === name.toLowerCase());
}

function byFileName(devices: Device[], file: string): Device | undefined {
  const name = basename(file).toLowerCase();
  let best: Device | undefined;
  for (const device of devices) {
    const host = device.hostname.toLowerCase();
    if (!name.startsWith(host)) continue;
    const next = name.charAt(host.length);
    if (next !== '' && /[a-z0-9]/.test(next)) continue;
    if (!best || host.length > best.hostname.length) best = device;
  }
  return best;
}

function attach(device: Device, exp: OperationalExport, diagnostics: Diagnostic[]): void {
  const state: OperationalState = device.operational ?? { ports: [], files: [] };
  state.files.push(exp.file);
  for (const port of exp.ports) {
    state.ports.push({ ...port, name: configName(device, port.name, port.source, diagnostics) });
  }
  if (exp.neighbors.length > 0) {
    state.lldpNeighbors ??= [];
    for (const n of exp.neighbors) state.lldpNeighbors.push({ ...n, localInterface: configName(device, n.localInterface, n.source, diagnostics) });
  }
  if (exp.collectedAt !== undefined && state.collectedAt === undefined) state.collectedAt = exp.collectedAt;
  device.operational = state;
}

/** Type word and position: `Gi` + `1/0/5`. */
function split(name: string): { type: string; position: string } {
  const m = /^(.*?)([0-9][0-9/.:]*)$/.exec(name.replace(/\s+/g, '').toLowerCase());
  return m ? { type: m[1]!, position: m[2]! } : { type: name.toLowerCase(), position: '' };
}

/**
 * The config's name for a port the export abbreviates (`Gi1/0/5`, `Gig 1/0/5` → GigabitEthernet1/0/5):
 * same position, and the config's type word starts with the export's. Ambiguous or absent → the
 * export's spelling, with an info diagnostic.
 */
function configName(device: Device, printed: string, source: { file: string; line: number; text: string }, diagnostics: Diagnostic[]): string {
  const exact = device.interfaces.find((i) => i.name.toLowerCase() === printed.toLowerCase());
  if (exact) return exact.name;
  const want = split(printed);
  const candidates = device.interfaces.filter((i: Interface) => {
    const have = split(i.name);
    return have.position === want.position && want.position !== '' && want.type !== '' && have.type.startsWith(want.type);
  });
  if (candidates.length === 1) return candidates[0]!.name;
  const why = candidates.length === 0 ? 'no interface of that name in the config' : `matches ${candidates.map((c) => c.name).join(', ')}`;
  diagnostics.push(diagnostic(source.file, source.line, source.text, `${printed}: ${why}; kept as printed / 設定のインタフェースと対応付けられません`, 'operational-port-unmatched', 'info'));
  return printed;
}
