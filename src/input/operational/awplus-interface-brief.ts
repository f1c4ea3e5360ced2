import type { PortLinkStatus } from '../../model/index.js';
import type { TableKind } from './export.js';

/**
 * AlliedWare Plus `show interface brief`: `Interface  Status  Protocol`, rows like
 * `port1.0.1   admin up   running`. Status is the administrative state, Protocol the link state
 * (AlliedWare Plus Command Reference, "show interface brief": running = link up; down; dormant;
 * provisioned = a port of a stack member that is configured but not present).
 */
const ROW = /^(\S+)\s+admin\s+(up|down)\s+(\S+)\s*$/;

function statusOf(admin: string, protocol: string): PortLinkStatus {
  if (admin === 'down') return 'disabled';
  return protocol === 'running' ? 'up' : 'down';
}

export const awplusInterfaceBrief: TableKind = {
  command: 'show interface brief',
  header: /^Interface\s+Status\s+Protocol\s*$/,
  open: () => ({
    read(line, span) {
      const m = ROW.exec(line);
      if (!m) return { kind: 'not-a-row' };
      return { kind: 'port', port: { name: m[1]!, status: statusOf(m[2]!, m[3]!), state: `admin ${m[2]} / ${m[3]}`, source: span } };
    },
  }),
};
