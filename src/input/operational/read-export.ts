import type { SourceSpan } from '../../model/index.js';
import { diagnostic } from '../../model/index.js';
import { awplusInterfaceBrief } from './awplus-interface-brief.js';
import { classifyCommand, hostnameComment, parsePrompt, type ExportCommand } from './commands.js';
import type { OperationalExport, TableKind, TableReader } from './export.js';
import { fortigateInterfacePhysical } from './fortigate-interface-physical.js';
import { interfacesStatus } from './interfaces-status.js';
import { cdpNeighbors, lldpNeighbors } from './neighbors.js';
import { safeExportText } from './safe-text.js';

export const TABLES: TableKind[] = [interfacesStatus, awplusInterfaceBrief, cdpNeighbors, lldpNeighbors, fortigateInterfacePhysical];

/** Legend printed above the CDP / LLDP table (`Capability Codes: R - Router, …`). */
const LEGEND = /^(Capability [Cc]odes:|\s+(\(?[A-Za-z]\)? ?- ?\S|\([A-Z]\) ))/;

interface ReadState {
  command: ExportCommand | undefined;
  table: TableReader | undefined;
  /** Output of a command this reader does not know: skipped up to the next prompt. */
  skipping: boolean;
}

/**
 * Read one operational export: prompts, the tables of the commands we know, and nothing else. Every
 * non-blank line is counted once (understood or unrecognized); an unrecognized line becomes a
 * diagnostic with file and line. Never throws.
 */
export function readOperationalExport(text: string, file: string): OperationalExport {
  const result: OperationalExport = { file, ports: [], neighbors: [], diagnostics: [], stats: { lines: 0, understood: 0, unrecognized: 0 } };
  const state: ReadState = { command: undefined, table: undefined, skipping: false };
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    result.stats.lines++;
    const span: SourceSpan = { file, line: i + 1, text: safeExportText(line) };
    if (readLine(line, span, state, result)) {
      result.stats.understood++;
    } else {
      result.stats.unrecognized++;
      result.diagnostics.push(diagnostic(file, i + 1, span.text, 'not a line of a known operational export table / 運用出力の表として解釈できない行です', 'unrecognized', 'warning'));
    }
  }
  return result;
}

/** True when the line was understood. */
function readLine(line: string, span: SourceSpan, state: ReadState, result: OperationalExport): boolean {
  const prompt = parsePrompt(line);
  if (prompt) {
    if (prompt.hostname !== undefined) noteHostname(prompt.hostname, span, result);
    state.command = classifyCommand(prompt.command);
    state.table = undefined;
    state.skipping = state.command === 'other';
    if (state.skipping) {
      result.diagnostics.push(diagnostic(span.file, span.line, span.text, `output of \`${prompt.command}\` is not read; its lines are skipped / このコマンドの出力は読み取りません`, 'operational-command-skipped', 'info'));
    }
    return true;
  }
  if (state.skipping) return true;
  const host = hostnameComment(line);
  if (host) {
    noteHostname(host, span, result);
    return true;
  }
  const header = TABLES.find((t) => t.header.test(line));
  if (header) {
    state.table = header.open(line);
    return true;
  }
  if (state.command === 'clock' && result.collectedAt === undefined) {
    result.collectedAt = line.trim();
    return true;
  }
  if (state.table) {
    const row = state.table.read(line, span);
    if (row.kind === 'port') result.ports.push(row.port);
    if (row.kind === 'neighbor') result.neighbors.push(row.neighbor);
    if (row.kind !== 'not-a-row') return true;
  }
  // The capability legend above a neighbours table.
  return (state.command === 'cdp' || state.command === 'lldp') && state.table === undefined && LEGEND.test(line);
}

function noteHostname(name: string, span: SourceSpan, result: OperationalExport): void {
  if (result.hostname === undefined) {
    result.hostname = { name, source: span };
  } else if (result.hostname.name !== name) {
    result.diagnostics.push(
      diagnostic(span.file, span.line, span.text, `prompt names ${name}, but the export was already taken for ${result.hostname.name}; its rows are read as ${result.hostname.name}'s / 1 つの出力に別の機器名があります`, 'operational-hostname-conflict', 'warning'),
    );
  }
}
