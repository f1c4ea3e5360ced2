// `segaudit audit <dir>`: an operational export beside a config is read and used by SVC-01.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const config = (hostname: string) => `hostname ${hostname}
!
vlan 10
 name KOUMU
!
interface GigabitEthernet1/0/1
 description staff-room PC
 switchport mode access
 switchport access vlan 10
!
interface GigabitEthernet1/0/2
 switchport mode access
 switchport access vlan 10
!
end
`;

const HEADER = 'Port      Name               Status       Vlan       Duplex  Speed Type';
const ROW_1_DOWN = 'Gi1/0/1   staff-room PC      notconnect   10           auto   auto 10/100/1000BaseTX';
const ROW_2_UP = 'Gi1/0/2                      connected    10         a-full a-1000 10/100/1000BaseTX';

function networkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-opx-'));
  writeFileSync(join(dir, 'acc1.cfg'), config('acc1'));
  writeFileSync(join(dir, 'acc2.cfg'), config('acc2'));
  // acc1: matched by the prompt (the file name says nothing).
  writeFileSync(join(dir, 'status-20260406.txt'), `acc1#show interfaces status\n\n${HEADER}\n${ROW_1_DOWN}\n${ROW_2_UP}\n`);
  // acc2: no prompt, matched by the file name.
  writeFileSync(join(dir, 'acc2_show-interfaces-status.txt'), `${HEADER}\n${ROW_1_DOWN}\n${ROW_2_UP}\n`);
  // Matches no device: reported, not used.
  writeFileSync(join(dir, 'zz-unknown.txt'), `core9#show interfaces status\n\n${HEADER}\n${ROW_2_UP}\n`);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  device: string;
  object: string | null;
  status: string;
  evidence: { file: string; line: number }[];
}

describe('audit with operational exports beside the configs', () => {
  it('uses each export for its device: the down described port fails, the up undescribed one passes', async () => {
    const { stdout } = await runCli('audit', networkDir(), '--format', 'json', '--fail-on', 'none');
    const report = JSON.parse(stdout);
    const svc01 = (report.findings as JsonFinding[]).filter((f) => f.ruleId === 'SVC-01' && f.status === 'fail');
    expect(svc01.map((f) => [f.device, f.object, f.evidence.map((e) => `${e.file.replace(/^.*[\\/]/, '')}:${e.line}`)])).toEqual([
      ['acc1', 'GigabitEthernet1/0/1', ['acc1.cfg:6', 'status-20260406.txt:4']],
      ['acc2', 'GigabitEthernet1/0/1', ['acc2.cfg:6', 'acc2_show-interfaces-status.txt:2']],
    ]);
    expect(report.devices.map((d: { hostname: string }) => d.hostname)).toEqual(['acc1', 'acc2']);
    const exportInputs = report.inputs.filter((i: { kind?: string }) => i.kind === 'operational-export');
    expect(exportInputs.map((i: { path: string; status: string }) => [i.path.replace(/^.*[\\/]/, ''), i.status])).toEqual([
      ['acc2_show-interfaces-status.txt', 'parsed'],
      ['status-20260406.txt', 'parsed'],
      ['zz-unknown.txt', 'parsed'],
    ]);
    const unmatched = report.diagnostics.filter((d: { code: string }) => d.code === 'operational-export-unmatched');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ line: 1, level: 'warning' });
    expect(unmatched[0].file).toMatch(/zz-unknown\.txt$/);
    // No export was mistaken for a config of an unknown vendor.
    expect(report.diagnostics.filter((d: { code: string }) => d.code === 'unknown-vendor')).toEqual([]);
  });

  it('without the exports the same configs are judged by the config heuristic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-opx-none-'));
    writeFileSync(join(dir, 'acc1.cfg'), config('acc1'));
    const { stdout } = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    const svc01 = (JSON.parse(stdout).findings as JsonFinding[]).filter((f) => f.ruleId === 'SVC-01' && f.status === 'fail');
    expect(svc01.map((f) => [f.device, f.object])).toEqual([['acc1', 'GigabitEthernet1/0/2']]);
  });
});
