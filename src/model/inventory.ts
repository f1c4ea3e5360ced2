import type { PortRange } from './filter.js';
import type { SourceSpan } from './source.js';

/**
 * Site facts that configs cannot show, as the inventory CSVs state them: the approved-flow and
 * 例外措置 register (flows.csv), the approved endpoints (assets.csv) and extra links (links.csv).
 */

/** One side of an approved flow: a whole zone of zones.csv, or a prefix (a host is a /32 or /128). */
export type FlowEndpoint =
  | { kind: 'zone'; zone: string }
  | { kind: 'prefix'; address: string; prefixLength: number; family: 4 | 6 };

/** One approved cross-zone flow (対策基準 第2章 3(1)ア), with its 例外措置 approval (7(4)). */
export interface ApprovedFlow {
  /**
   * The approval id, or `row N` when the row has none. One approval may cover several rows, so this
   * is not unique; `source` tells the rows apart.
   */
  id: string;
  from: FlowEndpoint;
  to: FlowEndpoint;
  /** IP protocol number; undefined = any IP protocol. */
  protocol?: number;
  /** Destination ports, sorted and merged; undefined = any port (or a protocol without ports). */
  dstPorts?: PortRange[];
  /** MACs the source endpoint must be pinned to, lower-case colon form; empty when none are named. */
  macs: string[];
  reason: string;
  approvalId?: string;
  approver?: string;
  /** ISO date `YYYY-MM-DD`. */
  approvedDate?: string;
  /** ISO date: the last day the approval holds; undefined = no expiry. */
  expiry?: string;
  source: SourceSpan;
}

export type FlowStatus = 'active' | 'expired' | 'not-yet';

/**
 * Whether an approval holds on `today` (ISO `YYYY-MM-DD`): expired once the expiry day has passed,
 * not yet before the approval date. ISO dates compare correctly as strings.
 */
export function flowStatus(flow: ApprovedFlow, today: string): FlowStatus {
  if (flow.expiry !== undefined && flow.expiry < today) return 'expired';
  if (flow.approvedDate !== undefined && flow.approvedDate > today) return 'not-yet';
  return 'active';
}

/** An approved endpoint. At least one of ip and mac is present. */
export interface Asset {
  hostname?: string;
  /** Canonical text form (IPv6 as RFC 5952). */
  ip?: string;
  /** Lower-case colon form. */
  mac?: string;
  /** Zone name as zones.csv spells it. */
  zone?: string;
  description?: string;
  source: SourceSpan;
}

export interface LinkEnd {
  device: string;
  interface: string;
}

/** A link between two device interfaces that the configs cannot show (e.g. an unmanaged media converter). */
export interface ManualLink {
  a: LinkEnd;
  b: LinkEnd;
  description?: string;
  source: SourceSpan;
}

/**
 * A rule-level approved exception (例外措置, 対策基準 第2章7(4)): the CISO allowed a device to depart
 * from a rule, for a reason, until a date. exceptions.csv, one per row.
 */
export interface RuleException {
  id: string;
  ruleId: string;
  /** Hostname, or `*` for every device. */
  device: string;
  /** The finding's object (interface, filter, user …); undefined = every finding of the rule on the device. */
  object?: string;
  reason: string;
  /** 代替措置: what compensates. */
  compensatingControl?: string;
  approver?: string;
  /** ISO dates. */
  approvedDate?: string;
  expiry?: string;
  source: SourceSpan;
}
