// npm run bench: stage times and peak memory on a generated network, then the 20,000-line ACL
// shadow analysis. Figures go to BENCHMARKS.md. BENCH_SITES sets the size (4 devices per site).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateNetwork } from './generate-network.mjs';
import { loadAuditInputs } from '../dist/audit/run-audit.js';
import { RULES } from '../dist/rules/index.js';
import { runRules } from '../dist/rules/run-rules.js';

const sites = Number(process.env.BENCH_SITES ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'segaudit-bench-'));
const lines = generateNetwork(dir, sites);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const cpu0 = process.cpuUsage();

const t0 = performance.now();
const inputs = loadAuditInputs([dir], { now: '2026-11-22T00:00:00+09:00' });
const t1 = performance.now();
const topology = inputs.analysis.topology;
const t2 = performance.now();
const reachability = inputs.analysis.reachability;
const t3 = performance.now();
const { findings } = runRules(RULES, inputs.network, inputs.zones, { analysis: inputs.analysis });
const t4 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
const cpu = process.cpuUsage(cpu0);

const ms = (a, b) => `${(b - a).toFixed(0).padStart(6)} ms`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(`network: ${sites} sites, ${inputs.network.devices.length} devices, ${lines} lines`);
console.log(`parse + inventory:   ${ms(t0, t1)}  (${Math.round(lines / ((t1 - t0) / 1000))} lines/s)`);
console.log(`topology + FIB:      ${ms(t1, t2)}  (${topology.l3Interfaces.length} L3 interfaces)`);
console.log(`zone matrix:         ${ms(t2, t3)}  (${reachability ? reachability.zones.length : "no"} zones)`);
console.log(`rules:               ${ms(t3, t4)}  (${RULES.length} rules, ${findings.length} findings)`);
console.log(`total wall:          ${ms(t0, t4)}  cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
console.log(`peak RSS:            ${(peak / 2 ** 20).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });

console.log('\n-- 20,000-line ACL, shadowed-line analysis (bench/acl-shadow.mjs)');
process.stdout.write(execFileSync(process.execPath, [new URL('./acl-shadow.mjs', import.meta.url).pathname, '20000'], { encoding: 'utf8' }));
