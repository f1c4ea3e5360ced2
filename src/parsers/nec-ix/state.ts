import { newDevice } from '../../model/index.js';
import type { Device, Diagnostic, FilterRule, Secret, SourceSpan } from '../../model/index.js';
import type { IpsecState } from './ipsec.js';
import { newIpsecState } from './ipsec.js';

/** The configuration mode the indented lines belong to (vendor-syntax.md §2: modes are indented blocks). */
export type Mode =
  | { kind: 'global' }
  | { kind: 'interface'; name: string }
  | { kind: 'ikev2-profile'; name: string }
  | { kind: 'ppp-profile'; name: string }
  /** A block whose lines are knowingly not modelled (watch-group, DHCP profiles …). */
  | { kind: 'ignored-block' };

/** One `ip access-list NAME …` entry, in the order of the config. */
export interface AccessListEntry {
  rules: FilterRule[];
  source: SourceSpan;
}

export interface AccessList {
  family: 4 | 6;
  entries: AccessListEntry[];
  source: SourceSpan;
}

/** `ip access-list dynamic NAME access TRIGGER`: passes what TRIGGER permits and lets the replies back. */
export interface DynamicAccessList {
  family: 4 | 6;
  trigger: string;
  source: SourceSpan;
}

/** One `ip filter NAME SEQ in|out` line of an interface. */
export interface FilterLine {
  iface: string;
  family: 4 | 6;
  name: string;
  seq: number;
  direction: 'in' | 'out';
  source: SourceSpan;
}

export type Server = 'telnet-server' | 'ssh-server' | 'http-server';

/**
 * Everything the parser knows while it reads one file. Access lists, filter lines, servers and IPsec
 * are resolved at the end (finalize.ts): an interface may name an access list defined further down.
 */
export interface ParseState {
  file: string;
  device: Device;
  diagnostics: Diagnostic[];
  mode: Mode;
  /** Keyed by `${family}:${name}`. */
  accessLists: Map<string, AccessList>;
  dynamicLists: Map<string, DynamicAccessList>;
  filterLines: FilterLine[];
  servers: Partial<Record<Server, { on: boolean; source: SourceSpan }>>;
  serverAcls: Partial<Record<Server, { acl: string; source: SourceSpan }>>;
  terminalTimeout?: { seconds: number; source: SourceSpan };
  syslogEnabled?: { on: boolean; source: SourceSpan };
  syslogHosts: { address: string; source: SourceSpan }[];
  ntpEnabled?: { on: boolean; source: SourceSpan };
  snmpEnabled?: boolean;
  ipsec: IpsecState;
  ikev2Keys: { id: string; key: Secret; source: SourceSpan }[];
}

export function newParseState(file: string): ParseState {
  const device = newDevice('nec-ix', file);
  // IX users get rights from `username … administrator`; `enable-config` asks for no separate password.
  device.management.privilegeModel = 'account-roles';
  return {
    file,
    device,
    diagnostics: [],
    mode: { kind: 'global' },
    accessLists: new Map(),
    dynamicLists: new Map(),
    filterLines: [],
    servers: {},
    serverAcls: {},
    syslogHosts: [],
    ipsec: newIpsecState(),
    ikev2Keys: [],
  };
}

export function aclKey(family: 4 | 6, name: string): string {
  return `${family}:${name}`;
}

/** What a line handler gets: the state and the line's evidence span (already redacted). */
export interface LineContext {
  state: ParseState;
  span: SourceSpan;
}
