import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

/**
 * The second bundled sample (桜市 センター集約型) holds exactly the findings its README lists
 * (samples/sakura-city/README.md, "期待される指摘 / Expected findings"). If a rule or a parser changes
 * what is found, this test and that table change together.
 */
const SAMPLE = join(__dirname, '../../samples/sakura-city');
const NOW = '2026-10-01T09:00:00+09:00';

const EXPECTED = [
  // Planted (a): es01's secure-filter list order `1202 1200 1201 1203` (README #1-#5; SEG-01 also carries (b)).
  { ruleId: 'SEG-01', device: 'sakura-es01-rt01', object: '学習 -> 校務', severity: 'critical', line: 56 },
  { ruleId: 'FWH-02', device: 'sakura-es01-rt01', object: 'lan1/2 in', severity: 'high', line: 54 },
  { ruleId: 'FWH-02', device: 'sakura-es01-rt01', object: 'lan1/2 in', severity: 'high', line: 55 },
  { ruleId: 'SEG-02', device: 'sakura-es01-rt01', object: 'lan1/2 in line 1202', severity: 'high', line: 56 },
  { ruleId: 'SEG-03', device: 'sakura-es01-rt01', object: 'lan1/2 in line 1202', severity: 'high', line: 56 },
  // Planted (b): FortiGate policy 40 shadowed by policy 10, and the school lines on the way (README #6-#14).
  { ruleId: 'FWH-02', device: 'sakura-center-fw01', object: 'schools → port1', severity: 'high', line: 464 },
  { ruleId: 'SEG-02', device: 'sakura-center-fw01', object: 'schools → port1 line policy 10', severity: 'high', line: 407 },
  { ruleId: 'SEG-03', device: 'sakura-center-fw01', object: 'schools → port1 line policy 10', severity: 'high', line: 407 },
  { ruleId: 'SEG-02', device: 'sakura-es01-rt01', object: 'tunnel1 out line 2100', severity: 'high', line: 63 },
  { ruleId: 'SEG-03', device: 'sakura-es01-rt01', object: 'tunnel1 out line 2100', severity: 'high', line: 63 },
  { ruleId: 'SEG-02', device: 'sakura-es02-rt01', object: 'lan1/2 in line 1202', severity: 'high', line: 54 },
  { ruleId: 'SEG-03', device: 'sakura-es02-rt01', object: 'lan1/2 in line 1202', severity: 'high', line: 54 },
  { ruleId: 'SEG-02', device: 'sakura-es02-rt01', object: 'tunnel1 out line 2100', severity: 'high', line: 61 },
  { ruleId: 'SEG-03', device: 'sakura-es02-rt01', object: 'tunnel1 out line 2100', severity: 'high', line: 61 },
  // Planted (c): plaintext management on the FortiGate's Internet side (README #15-#17).
  { ruleId: 'MGT-03', device: 'sakura-center-fw01', object: 'http-server', severity: 'high', line: 33 },
  { ruleId: 'MGT-03', device: 'sakura-center-fw01', object: 'telnet-server', severity: 'high', line: 33 },
  { ruleId: 'MGT-03', device: 'sakura-center-fw01', object: 'admin sessions (SSH/Telnet/GUI)', severity: 'high', line: 9 },
  // Planted (e): telnetd left at the RTX default on es01 (README #18-#19).
  { ruleId: 'MGT-03', device: 'sakura-es01-rt01', object: 'telnet-server', severity: 'high', line: 1 },
  { ruleId: 'MGT-03', device: 'sakura-es01-rt01', object: 'telnetd/sshd', severity: 'high', line: 11 },
  // Planted (f), (g), (i), (j) (README #20-#25).
  { ruleId: 'SVC-01', device: 'sakura-es01-sw01', object: 'port1.0.6', severity: 'medium', line: 93 },
  { ruleId: 'SVC-01', device: 'sakura-es01-sw01', object: 'port1.0.7', severity: 'medium', line: 97 },
  { ruleId: 'NAC-01', device: 'sakura-es01-sw01', object: 'port1.0.2', severity: 'high', line: 62 },
  { ruleId: 'SVC-03', device: 'sakura-es02-sw01', object: 'community #1', severity: 'critical', line: 27 },
  { ruleId: 'LOG-01', device: 'sakura-es02-sw01', object: 'logging', severity: 'high', line: 7 },
  { ruleId: 'MGT-08', device: 'sakura-center-fw01', object: 'user admin', severity: 'critical', line: 125 },
  // Platform facts, not planted (README #26-#37).
  { ruleId: 'MGT-04', device: 'sakura-es01-rt01', object: 'banner', severity: 'low', line: 1 },
  { ruleId: 'MGT-04', device: 'sakura-es02-rt01', object: 'banner', severity: 'low', line: 1 },
  { ruleId: 'MGT-05', device: 'sakura-es01-rt01', object: 'login lockout', severity: 'medium', line: 1 },
  { ruleId: 'MGT-05', device: 'sakura-es02-rt01', object: 'login lockout', severity: 'medium', line: 1 },
  { ruleId: 'MGT-03', device: 'sakura-es01-rt01', object: 'ssh', severity: 'medium', line: 1 },
  { ruleId: 'MGT-03', device: 'sakura-es02-rt01', object: 'ssh', severity: 'medium', line: 1 },
  { ruleId: 'MGT-03', device: 'sakura-es01-sw01', object: 'ssh', severity: 'medium', line: 7 },
  { ruleId: 'MGT-03', device: 'sakura-es02-sw01', object: 'ssh', severity: 'medium', line: 7 },
  { ruleId: 'MGT-09', device: 'sakura-es01-sw01', object: 'user sakura-nw', severity: 'medium', line: 11 },
  { ruleId: 'MGT-09', device: 'sakura-es02-sw01', object: 'user sakura-nw', severity: 'medium', line: 11 },
  { ruleId: 'LOG-03', device: 'sakura-es01-rt01', object: 'log timestamps', severity: 'low', line: 1 },
  { ruleId: 'LOG-03', device: 'sakura-es02-rt01', object: 'log timestamps', severity: 'low', line: 1 },
  // Planted (d): weak IPsec to es02 (3des, sha1, DH group 2), now found by VPN-02 on both ends (README #38-#41).
  { ruleId: 'VPN-02', device: 'sakura-center-fw01', object: 'IKE to-es02', severity: 'high', status: 'fail', line: 346 },
  { ruleId: 'VPN-02', device: 'sakura-center-fw01', object: 'IPsec to-es02', severity: 'high', status: 'fail', line: 361 },
  { ruleId: 'VPN-02', device: 'sakura-es02-rt01', object: 'IKE ike gateway 1', severity: 'high', status: 'fail', line: 36 },
  { ruleId: 'VPN-02', device: 'sakura-es02-rt01', object: 'IPsec sa policy 101', severity: 'high', status: 'fail', line: 36 },
  // Planted (c) seen by the new rules: plaintext HTTP/Telnet management on wan1 (MGT-02, MGT-01, RA-04), the
  // es01 telnetd default (e) and port3 open to any source because `admin` has no trusthost (j) (README #42-#51).
  { ruleId: 'MGT-02', device: 'sakura-center-fw01', object: 'wan1 http', severity: 'critical', status: 'fail', line: 33 },
  { ruleId: 'MGT-02', device: 'sakura-center-fw01', object: 'wan1 telnet', severity: 'critical', status: 'fail', line: 33 },
  { ruleId: 'MGT-01', device: 'sakura-center-fw01', object: 'http', severity: 'high', status: 'fail', line: 33 },
  { ruleId: 'MGT-01', device: 'sakura-center-fw01', object: 'https', severity: 'high', status: 'fail', line: 62 },
  { ruleId: 'MGT-01', device: 'sakura-center-fw01', object: 'ssh', severity: 'high', status: 'fail', line: 62 },
  { ruleId: 'MGT-01', device: 'sakura-center-fw01', object: 'telnet', severity: 'high', status: 'fail', line: 33 },
  { ruleId: 'MGT-01', device: 'sakura-es01-rt01', object: 'telnet', severity: 'high', status: 'fail', line: 1 },
  { ruleId: 'RA-04', device: 'sakura-center-fw01', object: 'http-server (wan1)', severity: 'high', status: 'fail', line: 33 },
  { ruleId: 'RA-04', device: 'sakura-center-fw01', object: 'telnet-server (wan1)', severity: 'high', status: 'fail', line: 33 },
  { ruleId: 'RA-04', device: 'sakura-es01-rt01', object: 'telnet-server', severity: 'high', status: 'fail', line: 1 },
  // The approved flow FLOW-R8-001 shown as excepted, not failed (README #52).
  { ruleId: 'SEG-01', device: 'sakura-es01-rt01', object: '校務 -> 学習 FLOW-R8-001', severity: 'critical', status: 'excepted', line: 52 },
  // Site fact missing → 要確認 (status manual): no anti-virus / URL filter / IPS on the school RTX Internet side;
  // an upstream service may do it (README #53-#58).
  { ruleId: 'GW-01', device: 'sakura-es01-rt01', object: 'gateway anti-virus', severity: 'high', status: 'manual', line: 28 },
  { ruleId: 'GW-01', device: 'sakura-es02-rt01', object: 'gateway anti-virus', severity: 'high', status: 'manual', line: 28 },
  { ruleId: 'GW-02', device: 'sakura-es01-rt01', object: 'lan1/2', severity: 'high', status: 'manual', line: 22 },
  { ruleId: 'GW-02', device: 'sakura-es02-rt01', object: 'lan1/2', severity: 'high', status: 'manual', line: 22 },
  { ruleId: 'GW-03', device: 'sakura-es01-rt01', object: 'gateway IPS', severity: 'high', status: 'manual', line: 28 },
  { ruleId: 'GW-03', device: 'sakura-es02-rt01', object: 'gateway IPS', severity: 'high', status: 'manual', line: 28 },
  // Site fact missing → 要確認: no end-of-support table (site.endOfSupport) (README #59-#63).
  { ruleId: 'SVC-04', device: 'sakura-center-fw01', object: 'os', severity: 'high', status: 'manual', line: 1 },
  { ruleId: 'SVC-04', device: 'sakura-es01-rt01', object: 'os', severity: 'high', status: 'manual', line: 1 },
  { ruleId: 'SVC-04', device: 'sakura-es01-sw01', object: 'os', severity: 'high', status: 'manual', line: 3 },
  { ruleId: 'SVC-04', device: 'sakura-es02-rt01', object: 'os', severity: 'high', status: 'manual', line: 1 },
  { ruleId: 'SVC-04', device: 'sakura-es02-sw01', object: 'os', severity: 'high', status: 'manual', line: 3 },
  // Site fact missing → 要確認: no external-connection register (site.externalConnections) (README #64-#66).
  { ruleId: 'BND-01', device: 'sakura-center-fw01', object: 'external connections', severity: 'medium', status: 'manual', line: 30 },
  { ruleId: 'BND-01', device: 'sakura-es01-rt01', object: 'external connections', severity: 'medium', status: 'manual', line: 28 },
  { ruleId: 'BND-01', device: 'sakura-es02-rt01', object: 'external connections', severity: 'medium', status: 'manual', line: 28 },
  // Not planted: RTX secure filters end in the implicit deny, not a logged `reject-log` line; one AW+ ACL deny line
  // does not log (README #67-#78).
  { ruleId: 'LOG-02', device: 'sakura-es01-rt01', object: 'filter lan1/2 in', severity: 'medium', status: 'fail', line: 24 },
  { ruleId: 'LOG-02', device: 'sakura-es01-rt01', object: 'filter lan2 in', severity: 'medium', status: 'fail', line: 30 },
  { ruleId: 'LOG-02', device: 'sakura-es01-rt01', object: 'filter lan2 out', severity: 'medium', status: 'fail', line: 31 },
  { ruleId: 'LOG-02', device: 'sakura-es01-rt01', object: 'filter tunnel1 in', severity: 'medium', status: 'fail', line: 45 },
  { ruleId: 'LOG-02', device: 'sakura-es01-rt01', object: 'filter tunnel1 out', severity: 'medium', status: 'fail', line: 46 },
  { ruleId: 'LOG-02', device: 'sakura-es01-sw01', object: 'filter GAKUSHU-PORT', severity: 'medium', status: 'fail', line: 42 },
  { ruleId: 'LOG-02', device: 'sakura-es02-rt01', object: 'filter lan1/2 in', severity: 'medium', status: 'fail', line: 24 },
  { ruleId: 'LOG-02', device: 'sakura-es02-rt01', object: 'filter lan2 in', severity: 'medium', status: 'fail', line: 30 },
  { ruleId: 'LOG-02', device: 'sakura-es02-rt01', object: 'filter lan2 out', severity: 'medium', status: 'fail', line: 31 },
  { ruleId: 'LOG-02', device: 'sakura-es02-rt01', object: 'filter tunnel1 in', severity: 'medium', status: 'fail', line: 44 },
  { ruleId: 'LOG-02', device: 'sakura-es02-rt01', object: 'filter tunnel1 out', severity: 'medium', status: 'fail', line: 45 },
  { ruleId: 'LOG-02', device: 'sakura-es02-sw01', object: 'filter GAKUSHU-PORT', severity: 'medium', status: 'fail', line: 41 },
  // Platform default unknown → 要確認: login/command logging on RTX and AW+ (README #79-#86).
  { ruleId: 'MGT-07', device: 'sakura-es01-rt01', object: 'command logging', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-07', device: 'sakura-es01-rt01', object: 'login logging', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-07', device: 'sakura-es01-sw01', object: 'command logging', severity: 'medium', status: 'manual', line: 7 },
  { ruleId: 'MGT-07', device: 'sakura-es01-sw01', object: 'login logging', severity: 'medium', status: 'manual', line: 7 },
  { ruleId: 'MGT-07', device: 'sakura-es02-rt01', object: 'command logging', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-07', device: 'sakura-es02-rt01', object: 'login logging', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-07', device: 'sakura-es02-sw01', object: 'command logging', severity: 'medium', status: 'manual', line: 7 },
  { ruleId: 'MGT-07', device: 'sakura-es02-sw01', object: 'login logging', severity: 'medium', status: 'manual', line: 7 },
  // Platform fact: no minimum password length (RTX: 要確認, feature unknown; AW+: fail, it has
  // `security-password minimum-length`) (README #87-#90).
  { ruleId: 'MGT-10', device: 'sakura-es01-rt01', object: 'password policy', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-10', device: 'sakura-es01-sw01', object: 'password policy', severity: 'medium', status: 'fail', line: 7 },
  { ruleId: 'MGT-10', device: 'sakura-es02-rt01', object: 'password policy', severity: 'medium', status: 'manual', line: 1 },
  { ruleId: 'MGT-10', device: 'sakura-es02-sw01', object: 'password policy', severity: 'medium', status: 'fail', line: 7 },
  // Platform fact: FortiGate admins without two-factor (README #91-#92).
  { ruleId: 'MGT-11', device: 'sakura-center-fw01', object: 'user admin', severity: 'medium', status: 'fail', line: 125 },
  { ruleId: 'MGT-11', device: 'sakura-center-fw01', object: 'user sakura-netadm', severity: 'medium', status: 'fail', line: 130 },
  // Parser fact: AW+ layer-2 guards are not read → 要確認 (README #93-#94).
  { ruleId: 'NAC-02', device: 'sakura-es01-sw01', object: 'layer-2 guards', severity: 'medium', status: 'manual', line: 7 },
  { ruleId: 'NAC-02', device: 'sakura-es02-sw01', object: 'layer-2 guards', severity: 'medium', status: 'manual', line: 7 },
  // Not planted: the AW+ `line vty 0 4` has no access-class, so SSH takes any source (README #95-#96).
  { ruleId: 'MGT-01', device: 'sakura-es01-sw01', object: 'ssh', severity: 'high', status: 'fail', line: 14 },
  { ruleId: 'MGT-01', device: 'sakura-es02-sw01', object: 'ssh', severity: 'high', status: 'fail', line: 14 },
];

const VENDORS: Record<string, string> = {
  'sakura-center-fw01.conf': 'fortigate',
  'sakura-es01-rt01.conf': 'yamaha-rtx',
  'sakura-es02-rt01.conf': 'yamaha-rtx',
  'sakura-es01-sw01.conf': 'alliedtelesis-awplus',
  'sakura-es02-sw01.conf': 'alliedtelesis-awplus',
};

interface Evidence {
  file: string;
  line: number;
  text: string;
}

interface JsonFinding {
  ruleId: string;
  device: string;
  object: string | null;
  severity: string;
  status: string;
  evidence: Evidence[];
  message: { ja: string; en: string };
  clauses: { doc: string; clause: string }[];
}

interface FilterStep {
  filter: string;
  action: string;
  line: Evidence;
}

interface QueryAnswer {
  allowed: boolean;
  traces: { result: string; hops: { device: string; ingressFilters: FilterStep[]; egressFilters?: FilterStep[] }[] }[];
}

/** A fresh copy of the sample (configs and CSVs), optionally with one file edited. */
function copyOfSample(edit?: { file: string; from: string; to: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'segaudit-sakura-'));
  for (const name of readdirSync(SAMPLE).filter((n) => /\.(conf|csv)$/.test(n))) copyFileSync(join(SAMPLE, name), join(dir, name));
  if (edit) {
    const path = join(dir, edit.file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(edit.from);
    writeFileSync(path, text.replace(edit.from, edit.to));
  }
  return dir;
}

async function audit(dir: string): Promise<{ code: number; report: { findings: JsonFinding[]; diagnostics: unknown[]; summary: unknown } }> {
  const { code, stdout } = await runCli('audit', dir, '--format', 'json', '--now', NOW);
  return { code, report: JSON.parse(stdout) };
}

async function query(dir: string, from: string, to: string, proto: string, port: string): Promise<{ code: number; answer: QueryAnswer }> {
  const { code, stdout } = await runCli('query', '--from', from, '--to', to, '--proto', proto, '--port', port, '--format', 'json', dir);
  return { code, answer: JSON.parse(stdout) };
}

/** Every filter decision along the first trace, as `device file:line action`. */
function decisions(answer: QueryAnswer): string[] {
  return answer.traces[0]!.hops.flatMap((hop) =>
    // A hop that ends at a deny has no egress part.
    [...hop.ingressFilters, ...(hop.egressFilters ?? [])].map((f) => `${hop.device} ${basename(f.line.file)}:${f.line.line} ${f.action}`),
  );
}

// Rows without a status are plain failures; 要確認 rows say `manual`, the approved flow says `excepted`.
const WANTED = EXPECTED.map((row) => ({ status: 'fail', ...row }));

const key = (f: { ruleId: string; device: string; object: string | null; status: string; line: number }) =>
  `${f.ruleId} ${f.device} ${f.object} ${f.status} :${f.line}`;

describe('samples/sakura-city', () => {
  it('gives exactly the findings of the README table, with evidence at the listed lines', async () => {
    const { code, report } = await audit(copyOfSample());
    expect(code).toBe(1);
    const got = report.findings.map((f) => ({
      ruleId: f.ruleId,
      device: f.device,
      object: f.object,
      severity: f.severity,
      status: f.status,
      line: f.evidence[0]!.line,
    }));
    expect(got.map(key).sort()).toEqual(WANTED.map(key).sort());
    for (const want of WANTED) expect(got).toContainEqual(want);
    for (const f of report.findings) {
      expect(basename(f.evidence[0]!.file)).toBe(`${f.device}.conf`);
      expect(f.message.ja.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.clauses[0]!.clause).toMatch(/^第2章/);
    }
    expect(report.diagnostics).toEqual([]);
  });

  it('understands every line and detects each file’s vendor', async () => {
    const { code, stdout } = await runCli('parse', '--summary', '--format', 'json', copyOfSample());
    expect(code).toBe(0);
    const files = JSON.parse(stdout).files as { file: string; vendor: string; status: string; lines: number; understood: number; diagnostics: number }[];
    expect(Object.fromEntries(files.map((f) => [basename(f.file), f.vendor]))).toEqual(VENDORS);
    for (const f of files) {
      expect(f.status).toBe('parsed');
      expect(f.understood).toBe(f.lines);
      expect(f.diagnostics).toBe(0);
    }
  });

  describe('(a) the es01 leak comes from the order of the secure-filter list', () => {
    it('lets 学習 reach 校務 inside es01, decided by filter 1202 at line 56', async () => {
      const { code, answer } = await query(copyOfSample(), '10.1.20.50', '10.1.10.10', 'tcp', '445');
      expect(code).toBe(0);
      expect(answer.allowed).toBe(true);
      expect(decisions(answer)).toEqual(['sakura-es01-rt01 sakura-es01-rt01.conf:56 permit']);
      expect(answer.traces[0]!.hops[0]!.ingressFilters[0]!.line.text).toBe('ip filter 1202 pass 10.1.20.0/24 10.0.0.0/8 * * *');
    });

    it('denies the same inside es02 (same filters, list `1200 1201 1202 1203`) by filter 1200', async () => {
      const { code, answer } = await query(copyOfSample(), '10.2.20.50', '10.2.10.10', 'tcp', '445');
      expect(code).toBe(1);
      expect(answer.allowed).toBe(false);
      expect(decisions(answer)).toEqual(['sakura-es02-rt01 sakura-es02-rt01.conf:52 deny']);
      expect(answer.traces[0]!.hops[0]!.ingressFilters[0]!.line.text).toBe('ip filter 1200 reject 10.2.20.0/24 10.2.10.0/24 * * *');
    });

    it('finds the filters in the SEG-01 and FWH-02 evidence', async () => {
      const { report } = await audit(copyOfSample());
      const seg01 = report.findings.find((f) => f.ruleId === 'SEG-01')!;
      expect(seg01.message.en).toContain('10.1.20.0/24 → 10.1.10.0/24');
      expect(seg01.evidence[0]!.text).toBe('ip filter 1202 pass 10.1.20.0/24 10.0.0.0/8 * * *');
      const hidden = report.findings.filter((f) => f.ruleId === 'FWH-02' && f.device === 'sakura-es01-rt01');
      expect(hidden.map((f) => f.evidence.map((e) => e.line))).toEqual([
        [54, 56],
        [55, 56],
      ]);
      expect(report.findings.filter((f) => f.ruleId === 'FWH-02' && f.device === 'sakura-es02-rt01')).toEqual([]);
    });

    it('goes away when es01’s list is put in the order of es02 — only the order differs', async () => {
      const dir = copyOfSample({
        file: 'sakura-es01-rt01.conf',
        from: 'ip lan1/2 secure filter in 1202 1200 1201 1203',
        to: 'ip lan1/2 secure filter in 1200 1201 1202 1203',
      });
      const { code, answer } = await query(dir, '10.1.20.50', '10.1.10.10', 'tcp', '445');
      expect(code).toBe(1);
      expect(decisions(answer)).toEqual(['sakura-es01-rt01 sakura-es01-rt01.conf:54 deny']);
      const { report } = await audit(dir);
      expect(report.findings.filter((f) => f.ruleId === 'FWH-02' && f.device === 'sakura-es01-rt01')).toEqual([]);
      // The center leak (b) remains; the es01-local part of SEG-01 is gone.
      const seg01 = report.findings.filter((f) => f.ruleId === 'SEG-01' && f.status === 'fail');
      expect(seg01).toHaveLength(1);
      expect(seg01[0]!.message.en).not.toContain('10.1.10.0/24');
    });
  });

  describe('(b) FortiGate policy 40 is shadowed by policy 10', () => {
    it('lets school 学習 reach the center 校務 file server, decided by policy 10 (`edit 10`, line 407)', async () => {
      const { code, answer } = await query(copyOfSample(), '10.1.20.50', '10.0.10.20', 'tcp', '445');
      expect(code).toBe(0);
      expect(decisions(answer)).toEqual([
        'sakura-es01-rt01 sakura-es01-rt01.conf:56 permit',
        'sakura-es01-rt01 sakura-es01-rt01.conf:63 permit',
        'sakura-center-fw01 sakura-center-fw01.conf:407 permit',
      ]);
      const policy = answer.traces[0]!.hops[1]!.egressFilters![0]!;
      expect([policy.filter, policy.line.text.trim()]).toEqual(['schools → port1', 'edit 10']);
    });

    it('reaches it from es02 too, whose own filters are in the right order', async () => {
      const { code, answer } = await query(copyOfSample(), '10.2.20.50', '10.0.10.20', 'tcp', '445');
      expect(code).toBe(0);
      expect(decisions(answer)).toContain('sakura-center-fw01 sakura-center-fw01.conf:407 permit');
    });

    it('names policy 10 as the blocker of policy 40 in the FWH-02 finding', async () => {
      const { report } = await audit(copyOfSample());
      const shadowed = report.findings.find((f) => f.ruleId === 'FWH-02' && f.device === 'sakura-center-fw01')!;
      expect(shadowed.severity).toBe('high');
      expect(shadowed.evidence.map((e) => `${e.line}: ${e.text.trim()}`)).toEqual(['464: edit 40', '407: edit 10']);
      expect(shadowed.message.en).toContain('policy 40');
      expect(shadowed.message.en).toContain('policy 10');
    });
  });

  it('(b) goes away when policy 10 keeps to port2: policy 40 then takes effect and only the es01 leak (a) is left', async () => {
    const dir = copyOfSample({ file: 'sakura-center-fw01.conf', from: 'set dstintf "port2" "port1"', to: 'set dstintf "port2"' });
    const { code, answer } = await query(dir, '10.1.20.50', '10.0.10.20', 'tcp', '445');
    expect(code).toBe(1);
    expect(decisions(answer)).toContain('sakura-center-fw01 sakura-center-fw01.conf:464 deny');
    const { report } = await audit(dir);
    const boundary = report.findings.filter((f) => /^(SEG|FWH)-/.test(f.ruleId) && f.status === 'fail').map((f) => `${f.ruleId} ${f.device} ${f.object}`);
    expect(boundary.sort()).toEqual([
      'FWH-02 sakura-es01-rt01 lan1/2 in',
      'FWH-02 sakura-es01-rt01 lan1/2 in',
      'SEG-01 sakura-es01-rt01 学習 -> 校務',
      'SEG-02 sakura-es01-rt01 lan1/2 in line 1202',
      'SEG-03 sakura-es01-rt01 lan1/2 in line 1202',
    ]);
  });

  describe('the approved flow FLOW-R8-001', () => {
    it('is allowed end to end (RTX filter 1103, FortiGate policy 3)', async () => {
      const { code, answer } = await query(copyOfSample(), '10.1.10.21', '10.0.20.30', 'tcp', '443');
      expect(code).toBe(0);
      expect(decisions(answer)).toEqual([
        'sakura-es01-rt01 sakura-es01-rt01.conf:52 permit',
        'sakura-es01-rt01 sakura-es01-rt01.conf:63 permit',
        'sakura-center-fw01 sakura-center-fw01.conf:394 permit',
      ]);
    });

    it('is covered by flows.csv: SEG-01 reports nothing for 校務 → 学習, and does without the approval', async () => {
      const { report } = await audit(copyOfSample());
      // The approved direction is listed as excepted (with its approval id), never as a failure.
      const seg01 = report.findings.filter((f) => f.ruleId === 'SEG-01');
      expect(seg01.filter((f) => f.status === 'fail').map((f) => f.object)).toEqual(['学習 -> 校務']);
      expect(seg01.filter((f) => f.status === 'excepted').map((f) => f.object)).toEqual(['校務 -> 学習 FLOW-R8-001']);

      const flows = readFileSync(join(SAMPLE, 'flows.csv'), 'utf8');
      const withoutApproval = copyOfSample({ file: 'flows.csv', from: flows.split('\n').slice(1).join('\n'), to: '' });
      const unapproved = await audit(withoutApproval);
      const leak = unapproved.report.findings.find((f) => f.ruleId === 'SEG-01' && f.object === '校務 -> 学習');
      expect(leak).toBeDefined();
      expect(leak!.message.en).toContain('10.1.10.21 → 10.0.20.30');
    });
  });

  it('never prints a secret of the sample in query or matrix output', async () => {
    const secrets = readFileSync(join(__dirname, 'sakura-city.secrets.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(secrets.length).toBeGreaterThan(0);
    const dir = copyOfSample();
    for (const args of [
      ['query', '--from', '管理', '--to', '学習', dir],
      ['query', '--from', '学習', '--to', '校務', '--format', 'json', dir],
      ['matrix', dir],
      ['matrix', '--format', 'json', dir],
    ]) {
      const { stdout } = await runCli(...args);
      expect(stdout.length).toBeGreaterThan(50);
      for (const secret of secrets) expect(stdout, `secret ${secret.slice(0, 3)}… leaked`).not.toContain(secret);
    }
  });
});
