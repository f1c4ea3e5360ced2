import type { PortLinkStatus } from '../../model/index.js';
import type { TableKind, TableReader } from './export.js';

/**
 * Cisco IOS / NX-OS `show interfaces status` (also AlliedWare Plus `show interface status`):
 * `Port  Name  Status  Vlan  Duplex  Speed  Type`. The Name column is free text, so the status is
 * found from the right: the last state word that still has Vlan, Duplex and Speed after it.
 * State words: Cisco IOS Interface and Hardware Component Command Reference, `show interfaces status`
 * (connected, notconnect, disabled, err-disabled, inactive, monitoring, suspended, sfpAbsent, xcvrAbsent …);
 * NX-OS prints them cut to 9 characters (`notconnec`, `xcvrAbsen`).
 */
const STATES: Record<string, PortLinkStatus> = {
  connected: 'up',
  up: 'up',
  // A SPAN destination port is in use, by the monitoring tool.
  monitoring: 'up',
  disabled: 'disabled',
  'err-disabled': 'disabled',
  errdisabled: 'disabled',
  notconnect: 'down',
  notconnec: 'down',
  down: 'down',
  inactive: 'down',
  suspended: 'down',
  suspnd: 'down',
  sfpabsent: 'down',
  xcvrabsent: 'down',
  xcvrabsen: 'down',
  noxcvr: 'down',
  faulty: 'down',
  'linkflape': 'down',
  noopermem: 'down',
};

function statusOf(word: string): PortLinkStatus | undefined {
  return STATES[word.toLowerCase()];
}

function open(): TableReader {
  return {
    read(line, span) {
      if (/^\s/.test(line)) return { kind: 'not-a-row' };
      const tokens = line.trim().split(/\s+/);
      // Port, state, Vlan, Duplex, Speed at least; Type may be missing or several words (`Not Present`).
      for (let i = tokens.length - 4; i >= 1; i--) {
        const status = statusOf(tokens[i]!);
        if (status === undefined) continue;
        return {
          kind: 'port',
          port: { name: tokens[0]!, status, state: tokens[i]!, vlan: tokens[i + 1]!, speed: tokens[i + 3]!, source: span },
        };
      }
      return { kind: 'not-a-row' };
    },
  };
}

export const interfacesStatus: TableKind = {
  command: 'show interfaces status',
  header: /^Port\s+Name\s+Status\s+Vlan\s+Duplex\s+Speed(\s+Type)?\s*$/,
  open,
};
