/**
 * Columns of every secret token `{ secret: true, start, end }` inside a grammar result, shifted by
 * `offset` (the line's indentation). Grammars mark secret tokens this way so that the driver can
 * redact exactly those columns (redactRanges) whatever the vendor.
 */
export function secretRanges(node: unknown, offset: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  collect(node, ranges, offset);
  return ranges;
}

function collect(node: unknown, ranges: Array<[number, number]>, offset: number): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, ranges, offset);
    return;
  }
  const record = node as Record<string, unknown>;
  if (record.secret === true && typeof record.start === 'number' && typeof record.end === 'number') {
    ranges.push([record.start + offset, record.end + offset]);
    return;
  }
  for (const value of Object.values(record)) collect(value, ranges, offset);
}
