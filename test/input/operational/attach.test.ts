import { describe, expect, it } from 'vitest';
import { attachExports } from '../../../src/input/operational/attach.js';
import { readOperationalExport } from '../../../src/input/operational/read-export.js';
import type { Diagnostic } from '../../../src/model/index.js';
import { parserFor } from '../../../src/parsers/registry.js';

const HEADER = 'Port      Name               Status       Vlan       Duplex  Speed Type';

function device(hostname: string, ports: string[]) {
  const config = `hostname ${hostname}\n!\n${ports.map((p) => `interface ${p}\n switchport mode access\n!`).join('\n')}\nend\n`;
  return parserFor('cisco-ios')!.parse(config, `${hostname}.cfg`).device;
}

function attach(devices: ReturnType<typeof device>[], file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  attachExports(devices, [readOperationalExport(text, file)], diagnostics);
  return diagnostics;
}

describe('matching an export to its device', () => {
  it('by the prompt hostname, whatever the file is called', () => {
    const sw1 = device('sw1', ['GigabitEthernet1/0/1']);
    const sw2 = device('sw2', ['GigabitEthernet1/0/1']);
    expect(attach([sw1, sw2], 'sw1-status.txt', `SW2#show interfaces status\n${HEADER}\nGi1/0/1                      connected    10         a-full a-1000 10/100/1000BaseTX\n`)).toEqual([]);
    expect(sw1.operational).toBeUndefined();
    expect(sw2.operational?.ports.map((p) => [p.name, p.status])).toEqual([['GigabitEthernet1/0/1', 'up']]);
    expect(sw2.operational?.files).toEqual(['sw1-status.txt']);
  });

  it('by the longest hostname the file name starts with, followed by a separator', () => {
    const sw1 = device('sw1', ['GigabitEthernet1/0/1']);
    const sw10 = device('sw10', ['GigabitEthernet1/0/1']);
    const table = `${HEADER}\nGi1/0/1                      notconnect   10           auto   auto 10/100/1000BaseTX\n`;
    expect(attach([sw1, sw10], 'exports/sw10_20260406.txt', table)).toEqual([]);
    expect(sw10.operational?.ports).toHaveLength(1);
    expect(sw1.operational).toBeUndefined();
    // `sw1x…` is not sw1: a hostname must end at a separator.
    const d = attach([sw1], 'sw1x-status.txt', table);
    expect(d).toMatchObject([{ code: 'operational-export-unmatched', level: 'warning', file: 'sw1x-status.txt', line: 0 }]);
    expect(sw1.operational).toBeUndefined();
  });

  it('a prompt naming no loaded device is reported with its line', () => {
    const sw1 = device('sw1', ['GigabitEthernet1/0/1']);
    const d = attach([sw1], 'sw1.txt', `core9#show interfaces status\n${HEADER}\n`);
    expect(d).toMatchObject([{ code: 'operational-export-unmatched', line: 1 }]);
    expect(sw1.operational).toBeUndefined();
  });
});

describe('port names', () => {
  it('expands the abbreviations of the export to the config names; unknown or ambiguous names stay as printed', () => {
    const sw = device('sw1', ['GigabitEthernet1/0/48', 'TwoGigabitEthernet1/0/1', 'TwentyFiveGigE1/0/1']);
    const text = [
      'sw1#show cdp neighbors',
      'Device ID        Local Intrfce     Holdtme    Capability  Platform  Port ID',
      'core1            Gig 1/0/48        137             R S I  WS-C3850- Gig 1/0/1',
      'sw1#show interfaces status',
      HEADER,
      'Gi1/0/48                     connected    trunk      a-full a-1000 10/100/1000BaseTX',
      'Tw1/0/1                      notconnect   1            auto   auto 100/1000/2.5GBaseTX',
      'Gi1/0/9                      notconnect   1            auto   auto 10/100/1000BaseTX',
    ].join('\n');
    const d = attach([sw], 'sw1.txt', text);
    expect(sw.operational?.lldpNeighbors?.map((n) => [n.localInterface, n.neighbor, n.protocol])).toEqual([['GigabitEthernet1/0/48', 'core1', 'cdp']]);
    expect(sw.operational?.ports.map((p) => p.name)).toEqual(['GigabitEthernet1/0/48', 'Tw1/0/1', 'Gi1/0/9']);
    expect(d.map((x) => [x.line, x.code, x.level])).toEqual([
      [7, 'operational-port-unmatched', 'info'],
      [8, 'operational-port-unmatched', 'info'],
    ]);
    expect(d[0]!.reason).toContain('matches TwoGigabitEthernet1/0/1, TwentyFiveGigE1/0/1');
  });

  it('two exports of one device add up; the first clock wins', () => {
    const sw = device('sw1', ['GigabitEthernet1/0/1']);
    attach([sw], 'a.txt', `sw1#show clock\n10:00:00 JST Mon Apr 6 2026\nsw1#show interfaces status\n${HEADER}\nGi1/0/1                      notconnect   10           auto   auto 10/100/1000BaseTX\n`);
    attach([sw], 'b.txt', `sw1#show clock\n11:00:00 JST Mon Apr 6 2026\nsw1#show interfaces status\n${HEADER}\nGi1/0/1                      connected    10         a-full a-1000 10/100/1000BaseTX\n`);
    expect(sw.operational).toMatchObject({ collectedAt: '10:00:00 JST Mon Apr 6 2026', files: ['a.txt', 'b.txt'] });
    expect(sw.operational?.ports.map((p) => [p.source.file, p.status])).toEqual([
      ['a.txt', 'down'],
      ['b.txt', 'up'],
    ]);
  });
});
