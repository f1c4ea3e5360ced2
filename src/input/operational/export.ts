import type { Diagnostic, LldpNeighbor, OperationalPort, SourceSpan } from '../../model/index.js';

/** One operational export file as read, before it is matched to a device. Port names are as printed. */
export interface OperationalExport {
  file: string;
  /** Hostname from the prompt (`sw1#show interfaces status`) or a `! hostname sw1` line. */
  hostname?: { name: string; source: SourceSpan };
  ports: OperationalPort[];
  neighbors: LldpNeighbor[];
  collectedAt?: string;
  diagnostics: Diagnostic[];
  /** Non-blank lines; understood (rows, headers, legends, prompts) + unrecognized = lines. */
  stats: { lines: number; understood: number; unrecognized: number };
}

/** What a table reader makes of one line: a row, a line of the table that carries no fact, or not its line. */
export type RowOutcome =
  | { kind: 'port'; port: OperationalPort }
  | { kind: 'neighbor'; neighbor: LldpNeighbor }
  | { kind: 'understood' }
  | { kind: 'not-a-row' };

export interface TableReader {
  read(line: string, span: SourceSpan): RowOutcome;
}

/** A table an export may hold, known by its header line. */
export interface TableKind {
  /** The command that prints it, for messages. */
  command: string;
  header: RegExp;
  open(header: string): TableReader;
}
