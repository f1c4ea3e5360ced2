import type { Localized, SourceSpan } from '../model/index.js';

/**
 * One change between two versions of a device's configuration, by model object (a filter line, a
 * binding, a policy rule, an address object…), never by text line: a line that only moved, or got
 * a new sequence number or remark, is not "removed and added".
 */
export type ChangeOp = 'added' | 'removed' | 'changed' | 'moved';

export type ChangeKind =
  | 'filter'
  | 'filter-line'
  | 'binding'
  | 'policy-rule'
  | 'security-zone'
  | 'policy-default'
  | 'address-object'
  | 'service-object'
  | 'interface'
  | 'route'
  | 'nat'
  | 'vpn'
  | 'wlan'
  | 'management';

export interface ConfigChange {
  kind: ChangeKind;
  op: ChangeOp;
  /** The object, as a person names it: `ACL-IN`, `Gi0/1 in`, `policy 12`, `0.0.0.0/0 via 10.0.0.1`. */
  object: string;
  /** The object holding it: the filter of a filter line, the interface of a binding. */
  parent?: string;
  /** Where it was (removed, changed, moved) and where it is now (added, changed, moved). */
  before?: SourceSpan;
  after?: SourceSpan;
  /** What differs, for `changed` and `moved` (e.g. "action permit → deny", "position 3 → 1"). */
  detail?: Localized;
}
