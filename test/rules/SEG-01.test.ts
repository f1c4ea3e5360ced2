// SEG-01: traffic between koumu-internal and another zone that no active approval of flows.csv covers.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/seg/seg-01-koumu-isolation.js';
import { analysisOf } from '../analysis/reachability/network-fixture.js';
import { runCli } from '../cli/run-cli.js';
import { FIXTURE_FILE, lineOf, runRuleOn, testRule } from '../helpers/rule-tester.js';
import { CORE, LEAK, REPLIES, ZONES } from './fixtures/koumu-core.js';


/** The same switch with the leak removed: koumu-internal talks only to the other koumu-internal zone. */
const CLOSED = CORE.replace(` ${LEAK}\n`, '').replace(` ${REPLIES}\n`, '');

const HEADER = 'from,to,protocol,ports,reason,approval_id,approver,approved_date,expiry\n';
const approval = (from: string, to: string, dates: string) => `${HEADER}${from},${to},tcp,445,教材フォルダ,EX-7,CISO,${dates}\n`;

const leakLine = lineOf(CORE, LEAK);
const repliesLine = lineOf(CORE, REPLIES);
const vlan10 = lineOf(CORE, 'interface Vlan10');
const vlan30 = lineOf(CORE, 'interface Vlan30');

testRule(rule, {
  valid: [
    { name: 'koumu-internal reaches only the other koumu-internal zone (same area)', config: CLOSED, zones: ZONES },
    // Approved traffic is filed 例外承認済み (status excepted), never as a failure.
    { name: 'the leak is an active approval of flows.csv, which covers its replies too', config: CORE, zones: ZONES, flows: approval('学習', '10.10.10.20', '2025-04-01,2027-03-31'), check: 'excepted' },
    { name: 'an approval without dates holds', config: CORE, zones: ZONES, flows: approval('10.10.30.0/23', '校務', ','), check: 'excepted' },
    { name: 'no koumu-internal zone in zones.csv', config: CORE, zones: 'zone,class,cidr\n学習,学習系,10.10.30.0/23\n校務外部,校務外部系,10.10.20.0/24\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'learning reaches the file server and the replies come back, with no flows.csv',
      config: CORE,
      zones: ZONES,
      // Replies to the switch's own Vlan30 address (10.10.30.1) end in the switch: they do not reach 学習.
      findings: [
        { object: '学習 -> 校務', severity: 'critical', messageIncludes: 'tcp/445 10.10.30.0/23 → 10.10.10.20', evidenceLines: [leakLine, vlan10] },
        {
          object: '校務 -> 学習',
          severity: 'critical',
          messageIncludes: 'tcp established sport 445 10.10.10.20 → 10.10.30.0/23 except 10.10.30.1',
          evidenceLines: [repliesLine, vlan30],
        },
      ],
    },
    {
      name: 'an approval for one host leaves the rest of the subnet uncovered',
      config: CORE,
      zones: ZONES,
      flows: approval('10.10.30.5', '10.10.10.20', '2025-04-01,2027-03-31'),
      findings: [
        { object: '学習 -> 校務', messageIncludes: 'tcp/445 10.10.30.0/23 except 10.10.30.5 → 10.10.10.20', evidenceLines: [leakLine, vlan10] },
        { object: '校務 -> 学習', messageIncludes: 'established' },
      ],
    },
    {
      name: 'an expired approval covers nothing and is reported itself',
      config: CORE,
      zones: ZONES,
      flows: approval('学習', '10.10.10.20', '2024-04-01,2025-03-31'),
      findings: [
        { object: '学習 -> 校務', messageIncludes: 'EX-7 (flows.csv row 2, expired 2025-03-31)' },
        { object: '校務 -> 学習', messageIncludes: 'expired 2025-03-31' },
        { object: 'flows.csv row 2', severity: 'high', messageIncludes: 'expired on 2025-03-31', evidenceLines: [2] },
      ],
    },
    {
      name: 'an approval before its approval date covers nothing',
      config: CORE,
      zones: ZONES,
      flows: approval('学習', '10.10.10.20', '2026-05-01,2027-03-31'),
      findings: [
        { object: '学習 -> 校務', messageIncludes: 'not before 2026-05-01' },
        { object: '校務 -> 学習', messageIncludes: 'not before 2026-05-01' },
      ],
    },
    {
      name: 'koumu-external to koumu with no filter at all',
      config: CLOSED.replace(' ip access-group EXT-IN in\n', ''),
      zones: ZONES,
      findings: [
        { object: '校務外部 -> 校務', messageIncludes: 'everything between the two zones', evidenceLines: [lineOf(CLOSED, 'interface Vlan20'), vlan10] },
        { object: '校務外部 -> センター校務', messageIncludes: 'everything between the two zones' },
      ],
    },
    {
      name: 'no zones.csv: manual check',
      config: CORE,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});

describe('SEG-01 scope', () => {
  it('the exempt koumu-internal pair really talks (the valid case is not vacuous)', () => {
    const reachability = analysisOf({ [FIXTURE_FILE]: CLOSED }, ZONES).reachability!;
    expect(reachability.pair('校務', 'センター校務')!.permitted.isEmpty()).toBe(false);
    expect(reachability.pair('センター校務', '校務')!.permitted.isEmpty()).toBe(false);
  });
});

describe('SEG-01 on the sample school', () => {
  const SAMPLE = resolve(__dirname, '../../samples/minato-es');

  async function seg01(dir: string) {
    const { stdout } = await runCli('audit', dir, '--format', 'json', '--fail-on', 'none');
    return (JSON.parse(stdout).findings as { ruleId: string; object: string; evidence: { line: number }[] }[]).filter((f) => f.ruleId === 'SEG-01');
  }

  it('finds the learning leak with LEARNING-IN line 20 as evidence', async () => {
    const leak = (await seg01(SAMPLE)).find((f) => f.object === '学習 -> 校務');
    expect(leak?.evidence[0]?.line).toBe(723);
  });

  it('no longer finds it once the line is removed in a copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segaudit-seg01-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, 'minato-core01.cfg');
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(' 20 permit tcp 10.10.30.0 0.0.1.255 host 10.10.10.20 eq 445\n', '');
    expect(fixed).not.toBe(text);
    writeFileSync(file, fixed);
    const objects = (await seg01(dir)).map((f) => f.object);
    expect(objects).not.toContain('学習 -> 校務');
    expect(objects).toContain('校務外部 -> 校務');
  });
});

describe('SEG-01 files approved traffic as 例外承認済み', () => {
  it('names the approval, its approver and expiry, with the flows.csv row as evidence', () => {
    const run = runRuleOn(rule, { name: 'approved', config: CORE, zones: ZONES, flows: approval('学習', '10.10.10.20', '2025-04-01,2027-03-31') });
    const excepted = run.findings.filter((f) => f.status === 'excepted');
    expect(excepted.length).toBeGreaterThan(0);
    for (const f of excepted) {
      expect(f.category).toBe('excepted');
      expect(f.exception).toMatchObject({ id: 'EX-7', approver: 'CISO', expires: '2027-03-31' });
      expect(f.evidence.some((e) => e.file === 'flows.csv')).toBe(true);
    }
  });
});
