// segaudit diff, semantic part (issue #6 "Done when"): the packets a change newly permits or denies,
// attributed to the line that decides them after the change and the line that decided them before.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateOf } from '../../src/diff/change-gate.js';
import { runDiff } from '../../src/diff/run-diff.js';
import { runCli } from '../cli/run-cli.js';

const NOW = '2026-10-01T09:00:00+09:00';

const ZONES = [
  'ゾーン,種別,アドレス,VLAN,機器,インタフェース,SSID,説明',
  '校務,校務内部系,10.1.0.0/24,,,,,校務サーバ',
  '学習,学習系,10.2.0.0/24,,,,,児童生徒の端末',
  '分室,校務外部系,10.9.0.0/24,,,,,分室',
].join('\n');

const FLOWS_HEADER = '送信元,宛先,プロトコル,ポート,MACアドレス,理由,承認番号,承認者,承認日,有効期限';

function r1(acl: string[], binding = ' ip access-group FROM-LEARNING in'): string {
  return [
    'hostname r1',
    '!',
    'interface GigabitEthernet0/0',
    ' ip address 10.1.0.1 255.255.255.0',
    '!',
    'interface GigabitEthernet0/1',
    ' ip address 10.2.0.1 255.255.255.0',
    binding,
    '!',
    'interface GigabitEthernet0/2',
    ' ip address 192.168.0.1 255.255.255.252',
    '!',
    'ip access-list extended FROM-LEARNING',
    ...acl,
    '!',
    'ip route 10.9.0.0 255.255.255.0 192.168.0.2',
    'end',
  ].join('\n');
}

const R2 = [
  'hostname r2',
  '!',
  'interface GigabitEthernet0/0',
  ' ip address 192.168.0.2 255.255.255.252',
  '!',
  'interface GigabitEthernet0/1',
  ' ip address 10.9.0.1 255.255.255.0',
  '!',
  'ip route 0.0.0.0 0.0.0.0 192.168.0.1',
  'end',
].join('\n');

const ACL = [' 10 permit udp 10.2.0.0 0.0.0.255 any eq domain', ' 20 deny tcp any any', ' 30 permit ip any any'];
const ACL_WEB = [' 10 permit udp 10.2.0.0 0.0.0.255 any eq domain', ' 15 permit tcp 10.2.0.0 0.0.0.255 host 10.1.0.10 eq www', ' 20 deny tcp any any', ' 30 permit ip any any'];

function network(r1Config: string, flows: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-semdiff-'));
  writeFileSync(join(dir, 'r1.cfg'), r1Config);
  writeFileSync(join(dir, 'r2.cfg'), R2);
  writeFileSync(join(dir, 'zones.csv'), ZONES);
  writeFileSync(join(dir, 'flows.csv'), [FLOWS_HEADER, ...flows].join('\n'));
  return dir;
}

describe('segaudit diff: a new permit line in front of a deny', () => {
  const before = network(r1(ACL));
  const after = network(r1(ACL_WEB));

  it('reports exactly that flow class as newly permitted, attributed to the new line and the old deny line', () => {
    const diff = runDiff([before], [after], { now: NOW });
    expect(diff.changed.map((d) => d.device)).toEqual(['r1']);
    const flows = diff.changed[0]!.flows;
    expect(flows).toHaveLength(1);
    const flow = flows[0]!;
    expect(flow.change).toBe('newly-permitted');
    expect(flow.scope).toEqual({ kind: 'filter', filter: 'FROM-LEARNING' });
    expect(flow.flowClass).toMatchObject({ protocols: 'tcp', src: ['10.2.0.0/24'], dst: ['10.1.0.10'], dstPorts: ['80'] });
    expect(flow.after.line?.text.trim()).toBe('15 permit tcp 10.2.0.0 0.0.0.255 host 10.1.0.10 eq www');
    expect(flow.after.action).toBe('permit');
    expect(flow.before.line?.text.trim()).toBe('20 deny tcp any any');
    expect(flow.before.action).toBe('deny');
    expect(flow.example).toMatchObject({ protocol: 6, dstIp: '10.1.0.10', dstPort: 80 });
  });

  it('sees the same opening between the zones, with its path, and fails the gate: it enters koumu-internal unapproved', () => {
    const diff = runDiff([before], [after], { now: NOW });
    const opened = diff.zoneFlows!.filter((z) => z.change === 'newly-permitted');
    expect(opened.map((z) => `${z.from.name}->${z.to.name}`)).toEqual(['学習->校務']);
    expect(opened[0]!.summary.classes.map((c) => `${c.protocols}/${c.dstPorts} ${c.src} ${c.dst}`)).toEqual(['tcp/80 10.2.0.0/24 10.1.0.10']);
    expect(opened[0]!.flows[0]!.trace.result).toBe('reached');
    expect(diff.zoneFlows!.filter((z) => z.change === 'newly-denied')).toEqual([]);
    const gate = gateOf(diff, 'high');
    expect(gate.pass).toBe(false);
    expect(gate.reasons.map((r) => r.kind)).toContain('koumu-opened');
  });

  it('passes the koumu gate when flows.csv approves the new flow', () => {
    const approved = network(r1(ACL_WEB), ['10.2.0.0/24,10.1.0.10,tcp,80,,授業用Web,FLOW-1,CISO,2026-04-01,2027-03-31']);
    const diff = runDiff([before], [approved], { now: NOW });
    expect(gateOf(diff, undefined).reasons.filter((r) => r.kind === 'koumu-opened')).toEqual([]);
  });

  it('prints the documented JSON shape and exits 1', async () => {
    const { code, stdout } = await runCli('diff', before, after, '--format', 'json', '--now', NOW);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    const device = json.changedDevices.find((d: { device: string }) => d.device === 'r1');
    expect(device.flows.newlyDenied).toEqual([]);
    expect(device.flows.newlyPermitted).toEqual([
      expect.objectContaining({
        filter: 'FROM-LEARNING',
        protocol: 'tcp',
        src: ['10.2.0.0/24'],
        dst: ['10.1.0.10'],
        dstPorts: ['80'],
        afterLine: expect.objectContaining({ line: 15, text: ' 15 permit tcp 10.2.0.0 0.0.0.255 host 10.1.0.10 eq www', action: 'permit' }),
        beforeLine: expect.objectContaining({ line: 15, text: ' 20 deny tcp any any', action: 'deny' }),
      }),
    ]);
    expect(device.changes.length).toBeGreaterThan(0);
    expect(json.gate.pass).toBe(false);
    expect(json.zoneFlows.newlyPermitted[0]).toMatchObject({ from: '学習', to: '校務' });
    expect(Array.isArray(json.findings.added)).toBe(true);
    expect(Array.isArray(json.findings.resolved)).toBe(true);
  });

  it('writes a Markdown change ticket: summary, flows, config changes, fields for the two-person check', async () => {
    const { stdout } = await runCli('diff', before, after, '--format', 'md', '--lang', 'en', '--now', NOW);
    const order = ['## Summary', '## Flows', '## Configuration changes', '## Findings', '## Two-person check'].map((h) => stdout.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(stdout).toContain('| Reviewer (second person) |  |');
    expect(stdout).toContain('tcp/80 10.2.0.0/24 → 10.1.0.10');
    expect(stdout).toContain('15 permit tcp 10.2.0.0 0.0.0.255 host 10.1.0.10 eq www');
  });
});

describe('segaudit diff: an access-group bound in the wrong direction', () => {
  const ANTI_SPOOF = [' 10 permit ip 10.2.0.0 0.0.0.255 any', ' 20 deny ip any any'];
  const before = network(r1(ANTI_SPOOF));
  const after = network(r1(ANTI_SPOOF, ' ip access-group FROM-LEARNING out'));

  it('reports the flows that become newly denied, on that device only, and no change elsewhere', () => {
    const diff = runDiff([before], [after], { now: NOW });
    expect(diff.changed.map((d) => d.device)).toEqual(['r1']);
    const flows = diff.changed[0]!.flows;
    const denied = flows.filter((f) => f.change === 'newly-denied');
    expect(denied.length).toBeGreaterThan(0);
    for (const f of denied) {
      expect(f.scope).toEqual({ kind: 'interface', interface: 'GigabitEthernet0/1', direction: 'out' });
      expect(f.after.line?.text.trim()).toBe('20 deny ip any any');
      expect(f.before.decision).toBe('unfiltered');
    }
    // And on the way in, spoofed sources are no longer stopped.
    const permitted = flows.filter((f) => f.change === 'newly-permitted');
    for (const f of permitted) expect(f.scope).toEqual({ kind: 'interface', interface: 'GigabitEthernet0/1', direction: 'in' });
    // Zone view: 学習 can no longer be reached from the others.
    const closed = diff.zoneFlows!.filter((z) => z.change === 'newly-denied');
    expect(closed.every((z) => z.to.name === '学習')).toBe(true);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed[0]!.stoppedBy[0]!.result).toBe('denied');
  });
});

describe('segaudit diff: nothing changed', () => {
  it('two copies of one network: no device changes, no flow changes, gate passes', () => {
    const diff = runDiff([network(r1(ACL))], [network(r1(ACL))], { now: NOW });
    expect(diff.changed).toEqual([]);
    expect(diff.zoneFlows).toEqual([]);
    expect(gateOf(diff, 'high').pass).toBe(true);
  });

  it('renumbering and reordering lines that do not overlap changes no packet', () => {
    const renumbered = [' 100 permit udp 10.2.0.0 0.0.0.255 any eq domain', ' 200 deny tcp any any', ' 300 permit ip any any'];
    const diff = runDiff([network(r1(ACL))], [network(r1(renumbered))], { now: NOW });
    expect(diff.changed.flatMap((d) => d.flows)).toEqual([]);
    expect(diff.zoneFlows).toEqual([]);
  });
});

describe('segaudit diff: without zones.csv', () => {
  it('cannot tell koumu from the rest, so anything newly permitted fails the gate', () => {
    const bare = (config: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'segaudit-semdiff-'));
      writeFileSync(join(dir, 'r1.cfg'), config);
      return dir;
    };
    const diff = runDiff([bare(r1(ACL))], [bare(r1(ACL_WEB))], { now: NOW });
    expect(diff.zoneFlows).toBeUndefined();
    expect(diff.changed[0]!.flows).toHaveLength(1);
    expect(gateOf(diff, undefined).reasons.map((r) => r.kind)).toEqual(['zones-missing']);
  });
});
