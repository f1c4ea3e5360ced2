/**
 * `banner motd|login|exec|incoming <d>text<d>`. The delimiter is the first character after the
 * banner kind; IOS prints Ctrl-C as the two characters `^C`, which then count as one delimiter (a
 * real \x03 works the same way). The text may end on the first line or many lines later.
 */
export interface BannerText {
  text: string;
  /** Index (0-based) of the line holding the closing delimiter. */
  lastIndex: number;
}

/**
 * Read a banner whose head is on `lines[index]`, `rest` being what follows the kind on that line.
 * Undefined when the delimiter never closes: then the lines are not a banner IOS would accept.
 */
export function readBanner(lines: string[], index: number, rest: string): BannerText | undefined {
  const delimiter = rest.startsWith('^C') ? '^C' : rest.charAt(0);
  if (delimiter === '') return undefined;
  const first = rest.slice(delimiter.length);
  const close = first.indexOf(delimiter);
  if (close >= 0) return { text: first.slice(0, close), lastIndex: index };
  const parts = first === '' ? [] : [first];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf(delimiter);
    if (at >= 0) {
      if (at > 0) parts.push(line.slice(0, at));
      return { text: parts.join('\n'), lastIndex: i };
    }
    parts.push(line);
  }
  return undefined;
}
