import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';
import { buildTopology } from '../../../src/analysis/topology/build-topology.js';
it('probe', () => {
  const dir = '/work/main/samples/minato-es';
  const devices = readdirSync(dir).filter((f) => f.endsWith('.cfg')).map((f) => ciscoIosParser.parse(readFileSync(join(dir, f), 'utf8'), f).device);
  const t = buildTopology(devices);
  console.log(t.l3Interfaces.map((l) => `${l.device.hostname} ${l.interface.name} ${l.vrf} dom=${l.domainId}`).join('\n'));
  console.log(t.adjacencies.map((a) => `${a.a.device.hostname} ${a.a.interface.name} -- ${a.b.device.hostname} ${a.b.interface.name} ${a.reason}`));
  console.log(t.diagnostics);
  console.log(t.inactiveRoutes.map((r) => `${r.device.hostname} ${r.reason} ${r.message}`));
  for (const d of devices) for (const vrf of t.vrfsOf(d)) console.log(d.hostname, JSON.stringify(vrf), t.entries(d, vrf).map((e) => `${e.cidr}/${e.distance} -> ${e.paths.map((p) => p.action === 'forward' ? `${p.egress.interface.name}@${p.nextHop ?? ''}` : 'drop').join(',')}`).join(' | '));
  console.log(t.l2Domains.length, t.l2Domains.filter(d => d.devices.length > 1).length);
  console.log(t.l2Domains.filter(d=>d.members.some(m=>m.role==='svi')).map(d => `${d.id} ${d.devices.map(x=>x.hostname)} vlans=${d.vlans} ${d.members.map(m=>m.interface.name+':'+m.role).slice(0,6).join(',')} (${d.members.length})`).join('\n'));
});
