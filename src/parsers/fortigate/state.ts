import { diagnostic, newDevice } from '../../model/index.js';
import type { Device, Diagnostic, ManagementProtocol, SourceSpan } from '../../model/index.js';
import type { ConfigTree } from './read-tree.js';
import type { LineRecord, Table } from './tree.js';

/** What the converters share while they turn one file's tree into the model. */
export interface ConvertState {
  file: string;
  device: Device;
  diagnostics: Diagnostic[];
  tree: ConfigTree;
  /** More than one VDOM: interfaces and routes then carry `vrf = <vdom>`. */
  multiVdom: boolean;
  /** Major version from the header (`FGT60F-7.2.5-…` → 7), when known. */
  majorVersion?: number;
  /** Management protocols each interface exposes (`allowaccess`), for the admin-session line. */
  /** `set private-data-encryption enable` in `config system global`: ENC secrets use the unit's own key. */
  privateDataEncryption: boolean;
  allowAccess: { iface: string; protocols: ManagementProtocol[]; source: SourceSpan }[];
}

export function newConvertState(file: string, tree: ConfigTree): ConvertState {
  const device = newDevice('fortigate', file);
  // FortiOS grants rights through each admin's access profile (accprofile); there is no enable password.
  device.management.privilegeModel = 'account-roles';
  return { file, device, diagnostics: [], tree, multiVdom: tree.vdoms.length > 1, allowAccess: [], privateDataEncryption: false };
}

/** Every top-level table with the path, in file order (one per VDOM in multi-VDOM configs). */
export function tablesAt(state: ConvertState, path: string): Table[] {
  return state.tree.tables.filter((t) => t.path === path);
}

/** A fact the parser had to approximate or could not resolve: reported, the line still counts as understood. */
export function warn(state: ConvertState, rec: LineRecord | SourceSpan, reason: string, code = 'approximation'): void {
  const span = 'span' in rec ? rec.span : rec;
  state.diagnostics.push(diagnostic(state.file, span.line, span.text, reason, code, 'warning'));
}

/** `vrf` for elements of a VDOM when the config has several. */
export function vrfOf(state: ConvertState, vdom: string | undefined): { vrf?: string } {
  return state.multiVdom && vdom !== undefined && vdom !== 'global' ? { vrf: vdom } : {};
}
