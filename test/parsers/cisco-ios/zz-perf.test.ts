import { it } from 'vitest';
import { ciscoIosParser } from '../../../src/parsers/cisco-ios/index.js';

it('perf', () => {
  const lines: string[] = ['version 15.2', 'hostname big', 'service password-encryption'];
  let port = 0;
  while (lines.length < 30000) {
    port++;
    lines.push(`interface GigabitEthernet${Math.floor(port / 48)}/0/${port % 48}`, ` description user port ${port}`, ' switchport mode access', ` switchport access vlan ${10 + (port % 5)}`, ' switchport port-security', ' switchport port-security maximum 2', ' spanning-tree portfast', ' spanning-tree bpduguard enable', ' authentication port-control auto', ' mab', ' dot1x pae authenticator', '!');
  }
  lines.push('ip access-list extended BIG');
  for (let i = 0; lines.length < 50000; i++) lines.push(` ${(i + 1) * 10} permit tcp 10.${i % 200}.${i % 250}.0 0.0.0.255 host 10.250.${i % 250}.${i % 200} eq ${[80, 443, 22, 445][i % 4]}`);
  const text = lines.join('\n');
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const { device } = ciscoIosParser.parse(text, 'big.cfg');
    console.log((globalThis as any).G, (globalThis as any).N); (globalThis as any).G = 0; (globalThis as any).N = 0; console.log(`${lines.length} lines: ${(performance.now() - t).toFixed(0)} ms`, device.stats);
  }
});
