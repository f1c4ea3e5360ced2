import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

it('debug', () => {
  const dir = process.env.CORPUS ?? '/work/shared/corpus/cisco_ios';
  let lines = 0, ok = 0;
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, f), 'latin1');
    const { device, diagnostics } = ciscoIosParser.parse(text, f);
    const s = device.stats;
    lines += s.lines; ok += s.modelled + s.ignored;
    out.push(`${f}: lines=${s.lines} mod=${s.modelled} ign=${s.ignored} unr=${s.unrecognized} ratio=${((s.modelled + s.ignored) / s.lines).toFixed(3)}`);
    if (process.env.DIAG) for (const d of diagnostics) out.push(`   ${d.line}: ${d.text}  [${d.reason}]`);
  }
  out.push(`TOTAL ${ok}/${lines} = ${(ok / lines).toFixed(4)}`);
  console.log(out.join('\n'));
});
