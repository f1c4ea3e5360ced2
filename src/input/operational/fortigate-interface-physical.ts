import type { OperationalPort, SourceSpan } from '../../model/index.js';
import type { RowOutcome, TableKind, TableReader } from './export.js';

/**
 * FortiOS `get system interface physical`: one block per port, `==[port1]` then indented
 * `mode:`, `ip:`, `ipv6:`, `status: up|down`, `speed: 1000Mbps (Duplex: full)` lines; `== [onboard]`
 * groups the built-in ports (FortiOS 6.0 CLI Reference, "system interface physical",
 * https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/790821).
 * The port is recorded at its `status:` line, which is the evidence.
 */
function open(): TableReader {
  let current: string | undefined;
  let last: OperationalPort | undefined;
  return {
    read(line: string, span: SourceSpan): RowOutcome {
      const trimmed = line.trim();
      const block = /^==\s*\[(.+)\]$/.exec(trimmed);
      if (block) {
        // `== [onboard]` (a group, written with a space) is not a port.
        current = /^==\[/.test(trimmed) ? block[1]! : undefined;
        last = undefined;
        return { kind: 'understood' };
      }
      const field = /^(\w[\w ]*?):\s*(.*)$/.exec(trimmed);
      if (!field || current === undefined) return { kind: 'not-a-row' };
      const [, key, value] = field;
      if (key === 'status') {
        if (value !== 'up' && value !== 'down') return { kind: 'not-a-row' };
        last = { name: current, status: value, state: value, source: span };
        return { kind: 'port', port: last };
      }
      if (key === 'speed' && last && value && value !== 'n/a') last.speed = value.split(/\s/)[0]!;
      return { kind: 'understood' };
    },
  };
}

export const fortigateInterfacePhysical: TableKind = {
  command: 'get system interface physical',
  header: /^==\s*\[onboard\]\s*$/,
  open,
};
