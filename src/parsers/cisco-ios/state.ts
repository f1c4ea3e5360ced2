import { newDevice } from '../../model/index.js';
import type { Device, Diagnostic, SourceSpan } from '../../model/index.js';
import type { Block } from './blocks.js';
import { newAclState, type AclState } from './acl.js';
import { newCryptoState, type CryptoState } from './crypto.js';
import { newInterfaceState, type InterfaceState } from './interfaces.js';
import { newManagementState, type ManagementState } from './management.js';
import { newObjectGroupState, type ObjectGroupState } from './object-groups.js';
import { newWirelessState, type WirelessState } from './wireless.js';

/**
 * Everything the parser knows while it reads one file: the device being built, the diagnostics, and
 * per-area facts that only become model elements at the end (finalize.ts), because IOS lets a later
 * line change the meaning of an earlier one (a global key, an object group, a crypto map applied on
 * an interface).
 */
export interface ParseState {
  file: string;
  device: Device;
  diagnostics: Diagnostic[];
  interfaces: InterfaceState;
  acl: AclState;
  objectGroups: ObjectGroupState;
  management: ManagementState;
  crypto: CryptoState;
  wireless: WirelessState;
  /** `ip routing` / `no ip routing` as written, if at all. */
  ipRouting?: boolean;
  /** Major number of `version 15.2` (15), for platform defaults that changed between releases. */
  versionMajor?: number;
}

export function newParseState(file: string): ParseState {
  return {
    file,
    device: newDevice('cisco-ios', file),
    diagnostics: [],
    interfaces: newInterfaceState(),
    acl: newAclState(),
    objectGroups: newObjectGroupState(),
    management: newManagementState(),
    crypto: newCryptoState(),
    wireless: newWirelessState(),
  };
}

/** What a line handler gets: the state, the line's evidence span and the block it belongs to. */
export interface LineContext<B extends Block = Block> {
  state: ParseState;
  span: SourceSpan;
  block: B;
}
