import { it } from 'vitest';
import { parse } from '../../../src/generated/cisco-ios.js';

it('perf2', () => {
  const lines: string[] = [];
  for (let i = 0; i < 25000; i++) lines.push(`${(i + 1) * 10} permit tcp 10.${i % 200}.${i % 250}.0 0.0.0.255 host 10.250.${i % 250}.${i % 200} eq ${[80, 443, 22, 445][i % 4]}`);
  for (let r = 0; r < 4; r++) {
    const t = performance.now();
    for (const l of lines) parse(l, { startRule: 'AclExtendedLine' });
    const t2 = performance.now();
    for (const l of lines) parse('shutdown', { startRule: 'InterfaceLine' });
    console.log(`25000 acl lines: ${(t2 - t).toFixed(0)} ms; 25000 trivial: ${(performance.now() - t2).toFixed(0)} ms`);
  }
});
