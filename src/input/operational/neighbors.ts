import type { SourceSpan } from '../../model/index.js';
import type { RowOutcome, TableKind, TableReader } from './export.js';

/**
 * Cisco `show cdp neighbors` and `show lldp neighbors` (IOS; AlliedWare Plus prints the LLDP form
 * too). Device ID, Local interface and Port ID are read by the header's column positions, because
 * CDP writes the local interface with a space (`Gig 1/0/48`). A Device ID too long for its column
 * is printed alone on its line and the row continues on the next, indented line (IOS behaviour).
 */
function columnReader(header: string, localTitle: string, holdTitle: string, protocol: 'lldp' | 'cdp'): TableReader {
  const localCol = header.indexOf(localTitle);
  const holdCol = header.indexOf(holdTitle);
  const portCol = header.indexOf('Port ID');
  let pendingDevice: string | undefined;
  return {
    read(line: string, span: SourceSpan): RowOutcome {
      if (/^Total (cdp )?entries displayed\s*:/i.test(line)) return { kind: 'understood' };
      const startsAtColumnZero = !/^\s/.test(line);
      if (startsAtColumnZero && /^\S+\s*$/.test(line)) {
        pendingDevice = line.trim();
        return { kind: 'understood' };
      }
      const device = startsAtColumnZero ? line.slice(0, localCol).trim() : pendingDevice;
      pendingDevice = undefined;
      const local = line.slice(localCol, holdCol).trim();
      const hold = line.slice(holdCol).trim().split(/\s+/)[0] ?? '';
      const remotePort = line.length > portCol ? line.slice(portCol).trim() : '';
      if (!device || !local || !/^\d+$/.test(hold)) return { kind: 'not-a-row' };
      return {
        kind: 'neighbor',
        neighbor: { localInterface: local, neighbor: device, ...(remotePort ? { remotePort } : {}), protocol, source: span },
      };
    },
  };
}

export const cdpNeighbors: TableKind = {
  command: 'show cdp neighbors',
  header: /^Device[ -]ID\s+Local Intrfce\s+Holdtme\s+Capability\s+Platform\s+Port ID\s*$/,
  open: (header) => columnReader(header, 'Local Intrfce', 'Holdtme', 'cdp'),
};

export const lldpNeighbors: TableKind = {
  command: 'show lldp neighbors',
  header: /^Device ID\s+Local Intf\s+Hold-time\s+Capability\s+Port ID\s*$/,
  open: (header) => columnReader(header, 'Local Intf', 'Hold-time', 'lldp'),
};
