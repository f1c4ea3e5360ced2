import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

/**
 * The bundled sample holds exactly the violations its README lists (samples/minato-es/README.md,
 * "期待される検出 / Expected findings"). If a rule or the parser changes what is found, this test and
 * that table change together.
 */
const SAMPLE = join(__dirname, '../../samples/minato-es');

const EXPECTED = [
  { ruleId: 'MGT-03', device: 'minato-rt01', object: 'vty 0 4', severity: 'high', line: 218 },
  { ruleId: 'MGT-03', device: 'minato-acc02', object: 'http-server', severity: 'high', line: 330 },
  { ruleId: 'MGT-04', device: 'minato-ap01', object: 'banner', severity: 'low', line: 14 },
  { ruleId: 'MGT-06', device: 'minato-acc01', object: 'con 0', severity: 'medium', line: 417 },
  { ruleId: 'MGT-08', device: 'minato-ap01', object: 'user Cisco', severity: 'critical', line: 77 },
  { ruleId: 'MGT-09', device: 'minato-rt01', object: 'enable password', severity: 'high', line: 25 },
  { ruleId: 'SVC-01', device: 'minato-acc02', object: 'GigabitEthernet1/0/21', severity: 'medium', line: 276 },
  { ruleId: 'SVC-01', device: 'minato-acc02', object: 'GigabitEthernet1/0/22', severity: 'medium', line: 279 },
  { ruleId: 'SVC-03', device: 'minato-acc01', object: 'community #1', severity: 'critical', line: 389 },
  { ruleId: 'LOG-01', device: 'minato-ap01', object: 'logging', severity: 'high', line: 14 },
  { ruleId: 'WLS-01', device: 'minato-ap01', object: 'SSID MINATO-GUEST', severity: 'high', line: 54 },
  { ruleId: 'NAC-01', device: 'minato-acc02', object: 'GigabitEthernet1/0/6', severity: 'high', line: 168 },
  { ruleId: 'SEG-06', device: 'minato-core01', object: 'Vlan10 <-> Vlan20', severity: 'critical', line: 645 },
  // Found by the filter-hygiene rules (README #14-#19).
  { ruleId: 'FWH-01', device: 'minato-core01', object: 'UPLINK-IN', severity: 'high', line: 757 },
  { ruleId: 'FWH-03', device: 'minato-core01', object: 'LEARNING-IN', severity: 'low', line: 724 },
  { ruleId: 'FWH-03', device: 'minato-core01', object: 'LEARNING-IN', severity: 'low', line: 725 },
  { ruleId: 'FWH-03', device: 'minato-core01', object: 'LEARNING-IN', severity: 'low', line: 726 },
  { ruleId: 'FWH-03', device: 'minato-core01', object: 'LEARNING-IN', severity: 'low', line: 727 },
  { ruleId: 'FWH-04', device: 'minato-core01', object: 'KOUMU-OUT', severity: 'low', line: 712 },
  // Found by the reachability rule SEG-01 (README #20-#23).
  { ruleId: 'SEG-01', device: 'minato-core01', object: '学習 -> 校務', severity: 'critical', line: 723 },
  { ruleId: 'SEG-01', device: 'minato-core01', object: '校務外部 -> 校務', severity: 'critical', line: 651 },
  { ruleId: 'SEG-01', device: 'minato-core01', object: '校務 -> 学習', severity: 'critical', line: 710 },
  { ruleId: 'SEG-01', device: 'minato-core01', object: '校務 -> 校務外部', severity: 'critical', line: 708 },
  // Found by the boundary-flow rules SEG-02 and SEG-03 (README #24-#28).
  { ruleId: 'SEG-02', device: 'minato-core01', object: 'KOUMU-IN line 30', severity: 'high', line: 708 },
  { ruleId: 'SEG-02', device: 'minato-core01', object: 'KOUMU-IN line 40', severity: 'high', line: 710 },
  { ruleId: 'SEG-02', device: 'minato-core01', object: 'LEARNING-IN line 20', severity: 'high', line: 723 },
  { ruleId: 'SEG-02', device: 'minato-core01', object: 'Vlan20 (no filter)', severity: 'high', line: 651 },
  { ruleId: 'SEG-03', device: 'minato-core01', object: 'Vlan20 (no filter)', severity: 'high', line: 651 },
  // Rules added by issue #5 (README #29-#63).
  // MGT-01 (planted, same line as MGT-03): the HTTP/HTTPS server of acc02 has no access-class.
  { ruleId: 'MGT-01', device: 'minato-acc02', object: 'http', severity: 'high', line: 330 },
  { ruleId: 'MGT-01', device: 'minato-acc02', object: 'https', severity: 'high', line: 332 },
  // VPN-03 (planted): both IKE pre-shared keys of rt01 are shorter than 20 characters.
  { ruleId: 'VPN-03', device: 'minato-rt01', object: 'psk 198.51.100.20', severity: 'medium', line: 83 },
  { ruleId: 'VPN-03', device: 'minato-rt01', object: 'psk 203.0.113.200', severity: 'medium', line: 65 },
  // WLS-04 (planted): both WPA PSKs of ap01 are shorter than 20 characters.
  { ruleId: 'WLS-04', device: 'minato-ap01', object: 'SSID MINATO-GIGA', severity: 'medium', line: 47 },
  { ruleId: 'WLS-04', device: 'minato-ap01', object: 'SSID MINATO-GUEST', severity: 'medium', line: 54 },
  // (#35 unused: LOG-02 no longer flags UPLINK-IN, whose final permit ip any any leaves nothing to the implicit deny.)
  // NAC-02 (platform fact): no access port of the sample has ARP inspection, IP source guard or DTP off.
  { ruleId: 'NAC-02', device: 'minato-acc01', object: 'GigabitEthernet1/0/1 +5', severity: 'medium', line: 90 },
  { ruleId: 'NAC-02', device: 'minato-acc01', object: 'GigabitEthernet1/0/7 +1', severity: 'medium', line: 186 },
  { ruleId: 'NAC-02', device: 'minato-acc01', object: 'GigabitEthernet1/0/9 +7', severity: 'medium', line: 218 },
  { ruleId: 'NAC-02', device: 'minato-acc01', object: 'GigabitEthernet1/0/17', severity: 'medium', line: 274 },
  { ruleId: 'NAC-02', device: 'minato-acc01', object: 'GigabitEthernet1/0/18', severity: 'medium', line: 284 },
  { ruleId: 'NAC-02', device: 'minato-acc02', object: 'GigabitEthernet1/0/1 +5', severity: 'medium', line: 88 },
  { ruleId: 'NAC-02', device: 'minato-acc02', object: 'GigabitEthernet1/0/7 +9', severity: 'medium', line: 175 },
  { ruleId: 'NAC-02', device: 'minato-acc02', object: 'GigabitEthernet1/0/17', severity: 'medium', line: 245 },
  { ruleId: 'NAC-02', device: 'minato-acc02', object: 'GigabitEthernet1/0/21 +1', severity: 'medium', line: 276 },
  { ruleId: 'NAC-02', device: 'minato-core01', object: 'GigabitEthernet1/0/1 +9', severity: 'medium', line: 131 },
  { ruleId: 'NAC-02', device: 'minato-core01', object: 'GigabitEthernet1/0/11 +1', severity: 'medium', line: 291 },
  { ruleId: 'NAC-02', device: 'minato-core01', object: 'GigabitEthernet1/0/13 +2', severity: 'medium', line: 323 },
  { ruleId: 'NAC-02', device: 'minato-core01', object: 'GigabitEthernet1/0/14 +1', severity: 'medium', line: 333 },
  { ruleId: 'NAC-02', device: 'minato-core01', object: 'GigabitEthernet1/0/46 +1', severity: 'medium', line: 569 },
  // GW-01..03 (site fact missing → 要確認): rt01 faces the internet; UTM / URL filter / IPS may sit upstream.
  { ruleId: 'GW-01', device: 'minato-rt01', object: 'gateway anti-virus', severity: 'high', status: 'manual', line: 115 },
  { ruleId: 'GW-02', device: 'minato-rt01', object: 'web filtering', severity: 'high', status: 'manual', line: 115 },
  { ruleId: 'GW-03', device: 'minato-rt01', object: 'gateway IPS', severity: 'high', status: 'manual', line: 115 },
  // BND-01 (site fact missing → 要確認): no external-connection register to compare the exits with.
  { ruleId: 'BND-01', device: 'minato-core01', object: 'external connections', severity: 'medium', status: 'manual', line: 680 },
  { ruleId: 'BND-01', device: 'minato-rt01', object: 'external connections', severity: 'medium', status: 'manual', line: 110 },
  // SVC-04 (site fact missing → 要確認): no end-of-support table, so every device's OS version is to check.
  { ruleId: 'SVC-04', device: 'minato-acc01', object: 'os', severity: 'high', status: 'manual', line: 8 },
  { ruleId: 'SVC-04', device: 'minato-acc02', object: 'os', severity: 'high', status: 'manual', line: 8 },
  { ruleId: 'SVC-04', device: 'minato-ap01', object: 'os', severity: 'high', status: 'manual', line: 8 },
  { ruleId: 'SVC-04', device: 'minato-core01', object: 'os', severity: 'high', status: 'manual', line: 8 },
  { ruleId: 'SVC-04', device: 'minato-rt01', object: 'os', severity: 'high', status: 'manual', line: 8 },
  // MGT-07 (要確認): no command accounting / archive log on any device; the rule says the IOS default is unknown.
  { ruleId: 'MGT-07', device: 'minato-acc01', object: 'command logging', severity: 'medium', status: 'manual', line: 15 },
  { ruleId: 'MGT-07', device: 'minato-acc02', object: 'command logging', severity: 'medium', status: 'manual', line: 14 },
  { ruleId: 'MGT-07', device: 'minato-ap01', object: 'command logging', severity: 'medium', status: 'manual', line: 14 },
  { ruleId: 'MGT-07', device: 'minato-core01', object: 'command logging', severity: 'medium', status: 'manual', line: 15 },
  { ruleId: 'MGT-07', device: 'minato-rt01', object: 'command logging', severity: 'medium', status: 'manual', line: 16 },
];

interface JsonFinding {
  ruleId: string;
  device: string;
  object: string | null;
  severity: string;
  status: string;
  evidence: { file: string; line: number; text: string }[];
  message: { ja: string; en: string };
  clauses: { doc: string; clause: string }[];
}

describe('samples/minato-es', () => {
  it('gives exactly the findings its README lists, with evidence at the listed lines', async () => {
    const { code, stdout } = await runCli('audit', SAMPLE, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const got = (report.findings as JsonFinding[]).map((f) => ({
      ruleId: f.ruleId,
      device: f.device,
      object: f.object,
      severity: f.severity,
      status: f.status,
      line: f.evidence[0]!.line,
    }));
    // One object can carry several findings (one per filter line), so the evidence line is part of the key.
    const key = (f: { ruleId: string; device: string; object: string | null; line: number }) => `${f.ruleId} ${f.device} ${f.object} :${f.line}`;
    expect(got.map(key).sort()).toEqual(EXPECTED.map(key).sort());
    // Rows without a status are plain violations ('fail'); 要確認 rows say 'manual'.
    for (const want of EXPECTED) expect(got).toContainEqual({ status: 'fail', ...want });
    for (const f of report.findings as JsonFinding[]) {
      expect(f.evidence[0]!.file).toMatch(new RegExp(`${f.device}\\.cfg$`));
      expect(f.message.ja.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.clauses[0]!.clause).toMatch(/^第2章/);
    }
  });

  it('parses every line of the sample (no diagnostics)', async () => {
    const { stdout } = await runCli('audit', SAMPLE, '--format', 'json', '--fail-on', 'none');
    expect(JSON.parse(stdout).diagnostics).toEqual([]);
  });

  it('exits 0 with --fail-on none and 1 at the default threshold', async () => {
    expect((await runCli('audit', SAMPLE, '--fail-on', 'none')).code).toBe(0);
    expect((await runCli('audit', SAMPLE)).code).toBe(1);
  });

  it('reports 要確認 (manual) for zone rules, never a silent pass, when there is no zones.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-nozones-'));
    copyFileSync(join(SAMPLE, 'minato-core01.cfg'), join(dir, 'minato-core01.cfg'));
    copyFileSync(join(SAMPLE, 'minato-acc02.cfg'), join(dir, 'minato-acc02.cfg'));
    const { stdout } = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    const findings = JSON.parse(stdout).findings as JsonFinding[];
    const zoneRules = findings.filter((f) => f.ruleId === 'NAC-01' || f.ruleId === 'SEG-06');
    expect(zoneRules.map((f) => `${f.ruleId} ${f.device} ${f.status}`).sort()).toEqual([
      'NAC-01 minato-acc02 manual',
      'NAC-01 minato-core01 manual',
      'SEG-06 minato-core01 manual',
    ]);
  });
});
