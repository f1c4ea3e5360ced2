/** A command as the router would read it: one physical line, or two a console capture had wrapped. */
export interface LogicalLine {
  text: string;
  /** 1-based number of its first physical line. */
  lineNo: number;
  /** Number of non-blank physical lines it spans. */
  physical: number;
}

/** Terminals wrap at 80 columns; a capture then holds 79 or 80 characters before the break. */
const WRAP_WIDTHS = new Set([79, 80]);

/**
 * Re-join lines that a console capture hard-wrapped at 80 columns (vendor-syntax.md §1; seen in
 * corpus/yamaha_rtx/wnoguchi_nvr500_filter_sample.txt). A line is taken as wrapped only when it has
 * exactly the wrap width, the next line alone is not understood and the joined text is (filter
 * numbers are range-checked, so `200030200032` is not). Anything else is left as it is.
 */
export function joinWrappedLines(rawLines: string[], understood: (content: string) => boolean): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i]!.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const raw = rawLines[i]!;
    const next = rawLines[i + 1];
    const joined = next !== undefined && next.trim() !== '' && WRAP_WIDTHS.has(raw.length) && !understood(next.trim()) ? rejoin(raw, next.trimEnd(), understood) : undefined;
    if (joined !== undefined) {
      out.push({ text: joined, lineNo: i + 1, physical: 2 });
      i++;
      continue;
    }
    out.push({ text: line, lineNo: i + 1, physical: 1 });
  }
  return out;
}

/**
 * The wrap may fall inside a word (`20002` / `6 200027`) or on a blank the capture then dropped
 * (`200030` / `200032`): the direct join is tried first, then the join with a blank.
 */
function rejoin(head: string, tail: string, understood: (content: string) => boolean): string | undefined {
  return [head + tail, `${head} ${tail.trim()}`].find((text) => understood(text.trim()));
}
