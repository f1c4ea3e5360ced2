import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

it('dump', () => {
  const f = process.env.F!;
  const { device, diagnostics } = ciscoIosParser.parse(readFileSync(f, 'latin1'), f.split('/').pop()!);
  const pick = process.env.PICK;
  const obj: any = pick ? Object.fromEntries(pick.split(',').map((k) => [k, k.split('.').reduce((o: any, p) => o?.[p], device)])) : device;
  writeFileSync('/tmp/dump.json', JSON.stringify({ ...obj, diags: pick ? undefined : diagnostics }, (k, v) => (k === 'source' || k === 'sourceSpan' ? `${v.line}:${v.text}` : v)));
});
