import { newDevice } from '../../model/index.js';
import type { Device, Diagnostic, FilterRule, Secret, SourceSpan } from '../../model/index.js';
import { newIpsecState, type IpsecState } from './ipsec.js';
import type { NatState } from './nat.js';

/** The `pp select` / `tunnel select` in force: lines such as `ip pp address` apply to it. */
export interface SelectedContext {
  kind: 'pp' | 'tunnel';
  /** Interface name in the model: `pp1`, `pp-anonymous`, `tunnel2`. */
  name: string;
}

/** One `ip filter N …` line: its rules (one per protocol of the line). */
export interface StaticFilterEntry {
  rules: FilterRule[];
  source: SourceSpan;
}

/** One `ip IF secure filter in|out …` line, resolved against the filter numbers at the end of the file. */
export interface PendingBinding {
  iface: string;
  family: 4 | 6;
  direction: 'in' | 'out';
  filters: number[];
  dynamic: number[];
  source: SourceSpan;
}

export type Daemon = 'telnetd' | 'sshd' | 'httpd';

/** A list applied by number (`ethernet lan1 filter in 1 2`, `url lan1 filter in 1`), resolved at the end. */
export interface NumberListBinding {
  iface: string;
  direction: 'in' | 'out';
  numbers: number[];
  source: SourceSpan;
}

/**
 * Everything the parser knows while it reads one file. Filter lists, daemon host lists and IKE
 * peers are resolved at the end (finalize.ts): Yamaha configs may reference a filter number before
 * the `ip filter` line that defines it.
 */
export interface ParseState {
  file: string;
  device: Device;
  diagnostics: Diagnostic[];
  selected?: SelectedContext;
  /** Keyed by `${family}:${number}`. */
  staticFilters: Map<string, StaticFilterEntry>;
  dynamicFilters: Set<string>;
  bindings: PendingBinding[];
  daemonService: Partial<Record<Daemon, { on: boolean; source: SourceSpan }>>;
  daemonHosts: Partial<Record<Daemon, { hosts: string[]; source: SourceSpan }>>;
  loginTimer?: { value: number | 'clear'; source: SourceSpan };
  /** `user attribute` settings by user name (`*` = every user), applied once all users are known. */
  userAttributes: Map<string, Map<string, { value: string; source: SourceSpan }>>;
  nat: NatState;
  natBindings: { iface: string; ids: number[]; source: SourceSpan }[];
  ipsec: IpsecState;
  ikeRemoteAddress: Map<number, string>;
  ikeKeys: { gateway: number; key: Secret; source: SourceSpan }[];
  ikeLocalAddress: Map<number, string>;
  /** Filter numbers used outside `secure filter` lists (policy routes, dynamic filters, directed broadcast). */
  otherFilterUses: Set<string>;
  /** `ethernet filter N …` by number: one rule each. */
  ethernetFilters: Map<number, FilterRule>;
  ethernetBindings: NumberListBinding[];
  urlFilters: Map<number, SourceSpan>;
  urlBindings: NumberListBinding[];
  /** `vlan interconnect group lanN …` by physical LAN. */
  interconnect: Map<string, { groups: string[]; source: SourceSpan }>;
  /** `pp select anonymous` + `pp bind`, `l2tp tunnel auth`, `ipsec transport`: the remote-access side. */
  remoteAccess: RemoteAccessState;
}

export interface RemoteAccessState {
  /** PP interface → tunnels it is bound to. */
  binds: Map<string, { tunnels: string[]; source: SourceSpan }>;
  /** Tunnel → `l2tp tunnel auth` setting. */
  tunnelAuth: Map<string, { on: boolean; key?: Secret; source: SourceSpan }>;
  /** `ipsec transport ID POLICY …`: sa policies used in transport mode (L2TP/IPsec). */
  transports: Map<number, { policy: number; source: SourceSpan }>;
}

export function newParseState(file: string): ParseState {
  return {
    file,
    device: newDevice('yamaha-rtx', file),
    diagnostics: [],
    staticFilters: new Map(),
    dynamicFilters: new Set(),
    bindings: [],
    daemonService: {},
    daemonHosts: {},
    userAttributes: new Map(),
    nat: new Map(),
    natBindings: [],
    ipsec: newIpsecState(),
    ikeRemoteAddress: new Map(),
    ikeKeys: [],
    ikeLocalAddress: new Map(),
    otherFilterUses: new Set(),
    ethernetFilters: new Map(),
    ethernetBindings: [],
    urlFilters: new Map(),
    urlBindings: [],
    interconnect: new Map(),
    remoteAccess: { binds: new Map(), tunnelAuth: new Map(), transports: new Map() },
  };
}

export function filterKey(family: 4 | 6, num: number): string {
  return `${family}:${num}`;
}

/** What a line handler gets: the state and the line's evidence span (already redacted). */
export interface LineContext {
  state: ParseState;
  span: SourceSpan;
}
