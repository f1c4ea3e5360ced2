// segaudit diff on the FortiGate and Yamaha RTX sample (samples/sakura-city): the semantic diff reads
// every vendor's filters through the neutral model, so a rulebase change and an RTX filter change are
// attributed to their own lines just as an IOS ACL change is.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateOf } from '../../src/diff/change-gate.js';
import { runDiff } from '../../src/diff/run-diff.js';

const SAMPLE = join(__dirname, '../../samples/sakura-city');
const NOW = '2026-10-01T09:00:00+09:00';

function changed(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-sakura-'));
  cpSync(SAMPLE, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture line not found: ${from}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

describe('FortiGate: a policy loses a destination interface', () => {
  const after = changed('sakura-center-fw01.conf', '        set dstintf "port2" "port1"', '        set dstintf "port2"');
  const diff = runDiff([SAMPLE], [after], { now: NOW });

  it('newly denies the zone pair it no longer selects, attributed to the later deny policy and to the old policy 10', () => {
    expect(diff.changed.map((d) => d.device)).toEqual(['sakura-center-fw01']);
    const flows = diff.changed[0]!.flows;
    expect(flows.length).toBeGreaterThan(0);
    for (const f of flows) {
      expect(f.change).toBe('newly-denied');
      expect(f.scope).toEqual({ kind: 'zone-pair', from: 'schools', to: 'port1' });
      expect(f.before.label).toBe('policy 10');
      expect(f.before.action).toBe('permit');
    }
    expect(flows.some((f) => f.after.label === 'policy 40' && f.after.action === 'deny')).toBe(true);
  });

  it('closes 学習 → 校務 through the center and shows where the example stops now; opens nothing, so the gate passes', () => {
    const closed = diff.zoneFlows!.filter((z) => z.change === 'newly-denied');
    expect(closed.map((z) => `${z.from.name}->${z.to.name}`)).toEqual(['学習->校務']);
    expect(closed[0]!.stoppedBy[0]!.droppedBy?.line.text.trim()).toBe('edit 40');
    expect(diff.zoneFlows!.filter((z) => z.change === 'newly-permitted')).toEqual([]);
    expect(gateOf(diff, 'high').pass).toBe(true);
    expect(diff.findings.resolved.some((f) => f.ruleId === 'FWH-02')).toBe(true);
  });
});

describe('Yamaha RTX: an ip filter widened', () => {
  const after = changed('sakura-es01-rt01.conf', 'ip filter 1202 pass 10.1.20.0/24 10.0.0.0/8 * * *', 'ip filter 1202 pass 10.1.20.0/24 * * * *');

  it('newly permits what the wider line now passes, attributed to the changed line and the old default', () => {
    const diff = runDiff([SAMPLE], [after], { now: NOW });
    const rt = diff.changed.find((d) => d.device === 'sakura-es01-rt01')!;
    const flows = rt.flows.filter((f) => f.scope.kind === 'filter');
    expect(flows.length).toBeGreaterThan(0);
    for (const f of flows) {
      expect(f.change).toBe('newly-permitted');
      expect(f.after.line?.text).toBe('ip filter 1202 pass 10.1.20.0/24 * * * *');
      expect(f.flowClass.src).toEqual(['10.1.20.0/24']);
      expect(f.before.action).toBe('deny');
    }
  });
});
