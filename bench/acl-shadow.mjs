// Shadowed-line analysis of one generated ACL (default 20,000 lines), run by hand after `npm run build`:
//   node bench/acl-shadow.mjs [lines]
// The ACL looks like a school board's core firewall list: host/subnet-to-server lines per site with
// service ports and port ranges, subnet-wide deny lines, ICMP lines, and a share of lines that
// repeat an earlier broader line more narrowly (so that they are shadowed, alone or by a union).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compileFilter } from '../dist/analysis/packet/filter-compiler.js';
import { PacketSpace } from '../dist/analysis/packet/packet-set.js';

const LINES = Number(process.argv[2] ?? 20_000);

// mulberry32: deterministic, so every run analyses the same ACL.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20240401);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (low, high) => low + Math.floor(rnd() * (high - low + 1));

const TCP = 6;
const UDP = 17;
const ICMP = 1;
const SERVICES = [22, 25, 53, 80, 88, 110, 123, 135, 139, 143, 389, 443, 445, 636, 993, 1433, 3268, 3389, 5985, 8080, 8443];

const host = () => ({ kind: 'prefix', address: `10.${int(0, 199)}.${int(0, 15)}.${int(1, 254)}`, length: 32, family: 4 });
const subnet = () => ({ kind: 'prefix', address: `10.${int(0, 199)}.${int(0, 15)}.0`, length: 24, family: 4 });
const server = () => ({ kind: 'prefix', address: `172.16.${int(0, 3)}.${int(1, 60)}`, length: 32, family: 4 });
const serverSubnet = () => ({ kind: 'prefix', address: `172.16.${int(0, 3)}.0`, length: 26, family: 4 });
const any = { kind: 'any', family: 4 };
const single = (port) => ({ from: port, to: port });

function line(action, match) {
  return { action, match, source: { file: 'bench.cfg', line: 0, text: '' } };
}

/** A narrower copy of an earlier line: a host inside its source subnet, one of its ports. */
function narrowed(rule) {
  const m = rule.match;
  const src = m.src[0];
  const narrowSrc =
    src.kind === 'prefix' && src.length === 24
      ? { ...src, address: src.address.replace(/\.0$/, `.${int(1, 254)}`), length: 32 }
      : src;
  const dstPorts = m.dstPorts ? [{ from: m.dstPorts[0].from, to: m.dstPorts[0].from }] : undefined;
  return line(rnd() < 0.7 ? rule.action : rule.action === 'permit' ? 'deny' : 'permit', { ...m, src: [narrowSrc], ...(dstPorts ? { dstPorts } : {}) });
}

function generate(count) {
  const rules = [];
  while (rules.length < count - 1) {
    const r = rnd();
    if (r < 0.5) {
      rules.push(line('permit', { protocol: TCP, src: [rnd() < 0.5 ? host() : subnet()], dst: [server()], dstPorts: [single(pick(SERVICES))] }));
    } else if (r < 0.62) {
      rules.push(line('permit', { protocol: UDP, src: [subnet()], dst: [server()], dstPorts: [single(pick([53, 67, 123, 161, 514]))] }));
    } else if (r < 0.7) {
      const from = int(1024, 40000);
      rules.push(line('permit', { protocol: TCP, src: [subnet()], dst: [server()], dstPorts: [{ from, to: from + int(10, 5000) }] }));
    } else if (r < 0.75) {
      rules.push(line('deny', { protocol: undefined, src: [subnet()], dst: [rnd() < 0.5 ? server() : serverSubnet()] }));
    } else if (r < 0.8) {
      rules.push(line('permit', { protocol: ICMP, src: [subnet()], dst: [any], icmp: [{ type: 8 }] }));
    } else if (r < 0.83) {
      // neq: two ranges
      const port = pick(SERVICES);
      rules.push(line('deny', { protocol: TCP, src: [subnet()], dst: [server()], dstPorts: [{ from: 0, to: port - 1 }, { from: port + 1, to: 65535 }] }));
    } else if (rules.length > 0) {
      rules.push(narrowed(rules[int(Math.max(0, rules.length - 2000), rules.length - 1)]));
    }
  }
  rules.push(line('deny', { protocol: undefined, src: [any], dst: [any] }));
  return {
    name: 'BENCH',
    family: 'ipv4',
    kind: 'extended',
    rules,
    semantics: { firstMatch: true, defaultAction: 'deny', stateful: false },
    source: { file: 'bench.cfg', line: 0, text: '' },
  };
}

const filter = generate(LINES);
const space = new PacketSpace();
const t0 = performance.now();
const compiled = compileFilter(space, filter);
const t1 = performance.now();
const unreachable = compiled.unreachableLines();
const t2 = performance.now();
const redundant = compiled.redundantLines();
const t3 = performance.now();
const permittedNodes = space.bdd.size(compiled.permitted.node);
const t4 = performance.now();
const summary = compiled.permitted.intersect(compiled.judged).describe(10);
const t5 = performance.now();

const blocked = unreachable.filter((u) => u.reason === 'blocked');
const multi = blocked.filter((u) => u.blockers.length > 1).length;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(`ACL: ${filter.rules.length} lines`);
console.log(`compile (match sets, line reachability):       ${(t1 - t0).toFixed(0)} ms`);
console.log(`blocking lines of the unreachable ones:        ${(t2 - t1).toFixed(0)} ms  (${unreachable.length} unreachable, ${multi} with several blockers)`);
console.log(`compile + unreachable total:                   ${(t2 - t0).toFixed(0)} ms`);
console.log(`redundant lines:                               ${(t3 - t2).toFixed(0)} ms  (${redundant.length} redundant)`);
console.log(`permitted set:                                 ${(t4 - t3).toFixed(0)} ms  (${permittedNodes} BDD nodes)`);
console.log(`describe(permitted):                           ${(t5 - t4).toFixed(0)} ms  (${summary.classes.length + summary.omitted} flow classes)`);
console.log(`BDD nodes: ${space.bdd.nodeCount}, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
