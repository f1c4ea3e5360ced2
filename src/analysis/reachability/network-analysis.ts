import type { ApprovedFlow, Device, ManualLink } from '../../model/index.js';
import { buildTopology } from '../topology/build-topology.js';
import type { Topology } from '../topology/types.js';
import type { ZoneIndex } from '../zone-index.js';
import type { PacketSpace } from '../packet/packet-set.js';
import { ForwardingModel } from './forwarding-model.js';
import type { ZoneReachability } from './types.js';
import { computeZoneReachability } from './zone-reachability.js';

/**
 * The analysis rules and reports read, built on first use and then shared: the topology, the
 * forwarding model (one packet space per run) and zone-to-zone reachability, plus the approved-flow
 * register and the day its approvals are judged on.
 */
export interface NetworkAnalysis {
  readonly topology: Topology;
  readonly model: ForwardingModel;
  /** Undefined without zones.csv. */
  readonly reachability: ZoneReachability | undefined;
  /** flows.csv. */
  readonly flows: readonly ApprovedFlow[];
  /** ISO date (`YYYY-MM-DD`) approvals are judged on (flowStatus). */
  readonly today: string;
}

export interface AnalysisInputs {
  devices: Device[];
  zones: ZoneIndex;
  links?: ManualLink[];
  flows?: ApprovedFlow[];
  today?: string;
  /** The packet space to build sets in; two analyses that share one can compare their sets (diff). */
  space?: PacketSpace;
}

export function analyzeNetwork(inputs: AnalysisInputs): NetworkAnalysis {
  let topology: Topology | undefined;
  let model: ForwardingModel | undefined;
  let reachability: ZoneReachability | undefined;
  return {
    get topology() {
      return (topology ??= buildTopology(inputs.devices, inputs.links ?? []));
    },
    get model() {
      return (model ??= new ForwardingModel(this.topology, inputs.space));
    },
    get reachability() {
      if (!inputs.zones.available) return undefined;
      return (reachability ??= computeZoneReachability(this.model, inputs.zones));
    },
    flows: inputs.flows ?? [],
    today: inputs.today ?? japanDate(new Date()),
  };
}

/** The calendar date in Japan (JST, UTC+9, no daylight saving): the registers' dates are Japanese dates. */
export function japanDate(when: Date): string {
  return new Date(when.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}
