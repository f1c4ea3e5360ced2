import type { SourceSpan } from './source.js';

/**
 * What an operational export (`show interfaces status`, `show lldp neighbors` …, placed beside a
 * config) says about a device at the time it was taken. Facts only: whether a down port is "unused"
 * is for the rules to judge.
 */

/** Link state as the export printed it, reduced to three values. */
export type PortLinkStatus = 'up' | 'down' | 'disabled';

export interface OperationalPort {
  /** The config's name of the interface when one matched the export's spelling (`Gi1/0/5`), else the export's spelling. */
  name: string;
  status: PortLinkStatus;
  /** State words as printed: `notconnect`, `err-disabled`, `admin up / down` … */
  state: string;
  vlan?: string;
  speed?: string;
  /** The export's row (file and line of the export, not of the config). */
  source: SourceSpan;
}

/** One neighbour seen by LLDP or CDP. */
export interface LldpNeighbor {
  /** Local interface, named as the config names it when one matched. */
  localInterface: string;
  neighbor: string;
  remotePort?: string;
  protocol: 'lldp' | 'cdp';
  source: SourceSpan;
}

export interface OperationalState {
  /** One row per port per table; a port listed in several tables (or several runs) has several rows. */
  ports: OperationalPort[];
  lldpNeighbors?: LldpNeighbor[];
  /** Time the export was taken, as printed by `show clock` (not parsed: devices print it in local formats). */
  collectedAt?: string;
  /** Export files the facts come from. */
  files: string[];
}
