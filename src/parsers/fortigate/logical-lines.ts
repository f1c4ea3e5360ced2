/**
 * FortiOS writes a quoted value that contains line breaks (certificates, private keys, comments,
 * replacement-message buffers) over several physical lines: `set certificate "-----BEGIN …` up to
 * the line holding the closing quote. Such a value is one logical line.
 */
export interface LogicalLine {
  text: string;
  /** 1-based number of the first physical line. */
  lineNo: number;
  physical: number;
}

/** Whether a quote opened on the line is still open at its end (backslash escapes inside quotes). */
export function openQuote(text: string, start: '"' | "'" | undefined = undefined): '"' | "'" | undefined {
  let open = start;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open) {
      if (c === '\\') i++;
      else if (c === open) open = undefined;
    } else if (c === '"' || c === "'") {
      // A quote only opens a value at the start of a token (an apostrophe inside a bare word does not).
      if (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t') open = c;
    }
  }
  return open;
}

/** Longest value seen in practice is a CA bundle of a few hundred lines; beyond this it is garbage. */
const MAX_SPAN = 2000;

/**
 * Join physical lines into logical lines. A quote still open at the end of the file cannot be a
 * value: its first line is then left alone (it will be a diagnostic) and reading goes on with the
 * next physical line, so a truncated certificate never swallows the rest of the file.
 */
export function logicalLines(physical: string[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let i = 0;
  while (i < physical.length) {
    const first = physical[i]!;
    let open = openQuote(first);
    if (!open) {
      out.push({ text: first, lineNo: i + 1, physical: 1 });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < physical.length && open && j - i < MAX_SPAN) {
      open = openQuote(physical[j]!, open);
      j++;
    }
    if (open) {
      out.push({ text: first, lineNo: i + 1, physical: 1 });
      i++;
      continue;
    }
    out.push({ text: physical.slice(i, j).join('\n'), lineNo: i + 1, physical: j - i });
    i = j;
  }
  return out;
}
