// MGT-12: the same secret on several devices. The rule compares devices, so each case is a small
// network of configs (the single-device RuleTester does not apply); every vendor has a case where
// its secret is reused and one where it is not.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../src/analysis/reachability/network-analysis.js';
import { NO_ZONES } from '../../src/analysis/zone-binding.js';
import type { Finding, Network, VendorId } from '../../src/model/index.js';
import { parserFor } from '../../src/parsers/registry.js';
import { rule } from '../../src/rules/mgt/mgt-12-credential-reuse.js';
import { runRules, type RuleRun } from '../../src/rules/run-rules.js';
import { lineOf } from '../helpers/rule-tester.js';

interface Config {
  file: string;
  vendor: VendorId;
  text: string;
}

function run(configs: Config[]): RuleRun {
  const devices = configs.map((c) => {
    const { device, diagnostics } = parserFor(c.vendor)!.parse(c.text, c.file);
    expect(diagnostics.filter((d) => d.level !== 'info').map((d) => `${c.file}:${d.line} ${d.text}`), 'fixture lines not understood').toEqual([]);
    return device;
  });
  const network: Network = { devices, inputs: [], diagnostics: [] };
  return runRules([rule], network, NO_ZONES, { analysis: analyzeNetwork({ devices, zones: NO_ZONES }) });
}

function problems(r: RuleRun): Finding[] {
  return r.findings.filter((f) => f.status === 'fail' || f.status === 'manual');
}

/** file:line of every finding's evidence, sorted: what the assertions compare. */
function evidence(findings: Finding[]): string[] {
  return findings.flatMap((f) => f.evidence.map((s) => `${s.file}:${s.line}`)).sort();
}

const ios = (name: string, body: string): Config => ({ file: `${name}.cfg`, vendor: 'cisco-ios', text: `hostname ${name}\n${body}\nend\n` });
const rtx = (name: string, body: string): Config => ({ file: `${name}.cfg`, vendor: 'yamaha-rtx', text: `${body}\nip lan1 address 192.168.10.1/24\n` });
const ix = (name: string, body: string): Config => ({ file: `${name}.cfg`, vendor: 'nec-ix', text: `hostname ${name}\n${body}\n` });
const aw = (name: string, body: string): Config => ({ file: `${name}.cfg`, vendor: 'alliedtelesis-awplus', text: `hostname ${name}\n${body}\n` });
const fgt = (name: string, password: string): Config => ({
  file: `${name}.cfg`,
  vendor: 'fortigate',
  text: `config system global\n    set hostname "${name}"\nend\nconfig system admin\n    edit "tanaka-adm"\n        set accprofile "super_admin"\n        set password ENC ${password}\n    next\nend\n`,
});

const ENC_A = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';
const ENC_B = 'SH2Qq8bW1fLr0aTzYk3mPq9vC7dEeRr5tT6yU2iO1pA4sD8fG9hJ0kL3zXc=';
const MD5_A = '$1$Qw3rTy12$abcdefghijklmnopqrstuv';
const MD5_B = '$1$Zx9vBn34$vutsrqponmlkjihgfedcba';

describe('MGT-12 Credential reuse across devices', () => {
  it('valid: IOS routers with their own passwords', () => {
    expect(problems(run([ios('r1', 'username tanaka-adm privilege 15 password 0 Kagoshima-R1-pass'), ios('r2', 'username tanaka-adm privilege 15 password 0 Kagoshima-R2-pass')]))).toEqual([]);
  });

  it('invalid: IOS type 0 and type 7 of the same password are reuse', () => {
    // 0822455D0A16 is type 7 of "cisco" (public test vector).
    const r1 = ios('r1', 'username tanaka-adm privilege 15 password 0 cisco');
    const r2 = ios('r2', 'username helpdesk privilege 1 password 7 0822455D0A16');
    const found = problems(run([r1, r2]));
    expect(found.map((f) => [f.device, f.object, f.status, f.severity])).toEqual([
      ['r1', 'user tanaka-adm', 'fail', 'medium'],
      ['r2', 'user helpdesk', 'fail', 'medium'],
    ]);
    expect(evidence(found)).toEqual([`r1.cfg:${lineOf(r1.text, 'username tanaka-adm privilege 15 password 0 cisco')}`, `r2.cfg:${lineOf(r2.text, 'username helpdesk privilege 1 password 7 0822455D0A16')}`]);
    expect(found[0]!.message.en).toContain('r2: user helpdesk');
    // The value never reaches a message or the evidence text.
    expect(JSON.stringify(found)).not.toContain('cisco');
    expect(JSON.stringify(found)).not.toContain('0822455D0A16');
  });

  it('valid: Yamaha and NEC IX with different plaintext passwords', () => {
    expect(problems(run([rtx('rtx1', 'login user tanaka-adm Rtx-Only-Pass-1'), ix('ix1', 'username tanaka-adm password plain Ix-Only-Pass-2 administrator')]))).toEqual([]);
  });

  it('invalid: the same plaintext password on a Yamaha RTX and an NEC IX', () => {
    const a = rtx('rtx1', 'login user tanaka-adm Same-Pass-77');
    const b = ix('ix1', 'username sato-adm password plain Same-Pass-77 administrator');
    const found = problems(run([a, b]));
    expect(found.map((f) => [f.device, f.object])).toEqual([
      ['ix1', 'user sato-adm'],
      ['rtx1', 'user tanaka-adm'],
    ]);
    expect(evidence(found)).toEqual([`ix1.cfg:${lineOf(b.text, 'username sato-adm password plain Same-Pass-77 administrator')}`, `rtx1.cfg:${lineOf(a.text, 'login user tanaka-adm Same-Pass-77')}`]);
    expect(JSON.stringify(found)).not.toContain('Same-Pass-77');
  });

  it('valid: FortiGates with different encrypted passwords, next to a readable secret', () => {
    expect(problems(run([fgt('fw1', ENC_A), fgt('fw2', ENC_B), ios('r1', 'username tanaka-adm privilege 15 password 0 Kagoshima-R1-pass')]))).toEqual([]);
  });

  it('invalid: an identical encrypted form on two FortiGates (a copied config) is reuse', () => {
    const found = problems(run([fgt('fw1', ENC_A), fgt('fw2', ENC_A)]));
    expect(found.map((f) => [f.device, f.object, f.status])).toEqual([
      ['fw1', 'user tanaka-adm', 'fail'],
      ['fw2', 'user tanaka-adm', 'fail'],
    ]);
    expect(evidence(found)).toEqual([`fw1.cfg:${lineOf(fgt('fw1', ENC_A).text, 'edit "tanaka-adm"')}`, `fw2.cfg:${lineOf(fgt('fw2', ENC_A).text, 'edit "tanaka-adm"')}`]);
  });

  it('invalid (manual): only different salted hashes on AW+ switches: reuse cannot be told', () => {
    const a = aw('sw1', `username tanaka-adm privilege 15 password 8 ${MD5_A}`);
    const b = aw('sw2', `username tanaka-adm privilege 15 password 8 ${MD5_B}`);
    const found = problems(run([a, b]));
    expect(found.map((f) => [f.device, f.object, f.status])).toEqual([
      ['sw1', 'credential reuse', 'manual'],
      ['sw2', 'credential reuse', 'manual'],
    ]);
    expect(evidence(found)).toEqual(['sw1.cfg:1', 'sw2.cfg:1']);
  });

  it('valid: AW+ switches with their own SNMP communities', () => {
    expect(problems(run([aw('sw1', 'snmp-server\nsnmp-server community Sw1-Ro-Only ro'), aw('sw2', 'snmp-server\nsnmp-server community Sw2-Ro-Only ro')]))).toEqual([]);
  });

  it('invalid: the same SNMP community on an AW+ switch and an IOS router', () => {
    const a = aw('sw1', 'snmp-server\nsnmp-server community Kyoiku-Ro-9 ro');
    const b = ios('r1', 'snmp-server community Kyoiku-Ro-9 RO');
    const found = problems(run([a, b]));
    expect(found.map((f) => [f.device, f.object])).toEqual([
      ['r1', 'snmp community'],
      ['sw1', 'snmp community'],
    ]);
    expect(evidence(found)).toEqual([`r1.cfg:${lineOf(b.text, 'snmp-server community Kyoiku-Ro-9 RO')}`, `sw1.cfg:${lineOf(a.text, 'snmp-server community Kyoiku-Ro-9 ro')}`]);
  });

  it('valid: one IPsec tunnel holds the same pre-shared key on its two ends', () => {
    const a = rtx('rtx1', 'ipsec ike remote address 1 203.0.113.2\nipsec ike pre-shared-key 1 text Tunnel-Key-123');
    const b = rtx('rtx2', 'ipsec ike remote address 1 203.0.113.1\nipsec ike pre-shared-key 1 text Tunnel-Key-123');
    expect(problems(run([a, b]))).toEqual([]);
  });

  it('invalid: one pre-shared key on three sites is reuse', () => {
    const sites = ['rtx1', 'rtx2', 'rtx3'].map((n, i) => rtx(n, `ipsec ike remote address 1 203.0.113.${i + 10}\nipsec ike pre-shared-key 1 text Tunnel-Key-123`));
    const found = problems(run(sites));
    expect(found.map((f) => f.device)).toEqual(['rtx1', 'rtx2', 'rtx3']);
    expect(found.map((f) => [f.object, f.status])).toEqual([
      ['ike peer 203.0.113.10', 'fail'],
      ['ike peer 203.0.113.11', 'fail'],
      ['ike peer 203.0.113.12', 'fail'],
    ]);
    expect(evidence(found)).toEqual(['rtx1.cfg:2', 'rtx2.cfg:2', 'rtx3.cfg:2']);
  });

  it('not applicable with a single device', () => {
    const r = run([ios('r1', 'username tanaka-adm privilege 15 password 0 cisco')]);
    expect(problems(r)).toEqual([]);
    expect(r.checks.map((c) => c.status)).toEqual(['not-applicable']);
  });
});
