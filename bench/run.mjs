// npm run bench: parse + audit time and peak memory on a generated network. Figures go to BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateNetwork } from './generate-network.mjs';
import { loadNetwork } from '../dist/input/load-network.js';
import { runAudit } from '../dist/audit/run-audit.js';

const sites = Number(process.env.BENCH_SITES ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'segaudit-bench-'));
const lines = generateNetwork(dir, sites);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

const t0 = performance.now();
const network = loadNetwork([dir]);
const t1 = performance.now();
const result = runAudit([dir]);
const t2 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);

const devices = network.devices.length;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(`network: ${sites} sites, ${devices} devices, ${lines} lines`);
console.log(`parse only:        ${(t1 - t0).toFixed(0)} ms  (${Math.round(lines / ((t1 - t0) / 1000))} lines/s)`);
console.log(`full audit:        ${(t2 - t1).toFixed(0)} ms  (parse + zones + ${result.findings.length} findings)`);
console.log(`peak RSS:          ${(peak / 2 ** 20).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
