import { newDevice } from '../../model/index.js';
import type { AccessLine, Device, Diagnostic, FilterRule, Interface, RemoteServer, Secret, SourceSpan } from '../../model/index.js';

/** Which family of ACL a number or `access-list` head declares (AW+ Software Reference, ACL chapter). */
export type AclFlavour = 'hardware' | 'standard' | 'extended';

/** An ACL while the file is read; it becomes a model Filter in finalize (acl-finalize.ts). */
export interface AclDraft {
  name: string;
  flavour: AclFlavour;
  /** Whether some entry matches MAC addresses (numbered 4000-4699, or `permit mac …` in a named hardware ACL). */
  hasMac: boolean;
  rules: FilterRule[];
  /** A `remark` waiting for the entry it describes. */
  pendingRemark?: string;
  source: SourceSpan;
}

/** One `access-group` line of an interface, in the order the lines appear (= order applied). */
export interface AccessGroupDraft {
  name: string;
  source: SourceSpan;
}

export interface TrunkDraft {
  /** Tagged VLANs from `switchport trunk allowed vlan …`; undefined = the command never appeared. */
  allowed?: Set<number>;
  native?: number | 'none';
}

/** AR-series firewall entities: `zone Z` / `network N` / `host H` (AW+ firewall entity hierarchy). */
export interface ZoneDraft {
  name: string;
  networks: Map<string, NetworkDraft>;
  source: SourceSpan;
}

export interface NetworkDraft {
  name: string;
  subnets: { address: string; length: number; family: 4 | 6; iface?: string }[];
  hosts: Map<string, { addresses: { address: string; family: 4 | 6 }[]; iface?: string }>;
}

export interface ApplicationDraft {
  name: string;
  protocol?: string;
  dport?: { from: number; to: number };
  sport?: { from: number; to: number };
  icmpType?: number;
  source: SourceSpan;
}

export interface FirewallRuleDraft {
  id: number;
  action: 'permit' | 'deny' | 'reject';
  app: string;
  from: string;
  to: string;
  source: SourceSpan;
}

export interface NatRuleDraft {
  id: number;
  kind: 'masq' | 'portfwd' | 'netmap';
  app: string;
  from: string;
  to: string;
  source: SourceSpan;
}

/** The configuration mode of the lines being read. A mode opens with a line at indentation 0. */
export type Mode =
  | { kind: 'top' }
  | { kind: 'interface'; interfaces: Interface[] }
  | { kind: 'line'; line: AccessLine }
  | { kind: 'vlan-database' }
  | { kind: 'acl'; acl: AclDraft }
  | { kind: 'zone'; zone: ZoneDraft; network?: NetworkDraft; host?: string }
  | { kind: 'application'; app: ApplicationDraft }
  | { kind: 'firewall' }
  | { kind: 'nat' }
  /** Sub-mode of a command that is knowingly not modelled (routing protocols, MLAG, QoS …). */
  | { kind: 'ignored'; reason: string }
  /** Sub-mode of a line that was not understood: its lines are not understood either. */
  | { kind: 'unknown' };

export interface ParseState {
  file: string;
  device: Device;
  diagnostics: Diagnostic[];
  mode: Mode;
  acls: Map<string, AclDraft>;
  accessGroups: Map<Interface, AccessGroupDraft[]>;
  trunks: Map<Interface, TrunkDraft>;
  services: Map<string, { enabled: boolean; source: SourceSpan }>;
  radiusKey?: { key: Secret; source: SourceSpan };
  radiusServers: RemoteServer[];
  zones: Map<string, ZoneDraft>;
  applications: Map<string, ApplicationDraft>;
  firewallRules: FirewallRuleDraft[];
  firewall?: { protect: boolean; source: SourceSpan };
  natRules: NatRuleDraft[];
  natEnabled?: { enabled: boolean; source: SourceSpan };
}

export function newParseState(file: string): ParseState {
  return {
    file,
    device: newDevice('alliedtelesis-awplus', file),
    diagnostics: [],
    mode: { kind: 'top' },
    acls: new Map(),
    accessGroups: new Map(),
    trunks: new Map(),
    services: new Map(),
    radiusServers: [],
    zones: new Map(),
    applications: new Map(),
    firewallRules: [],
    natRules: [],
  };
}

/** What a line handler gets: the state and the line's evidence span (already redacted). */
export interface LineContext {
  state: ParseState;
  span: SourceSpan;
}
