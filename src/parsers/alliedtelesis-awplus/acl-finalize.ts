import { diagnostic } from '../../model/index.js';
import type { Filter, FilterFamily, FilterSemantics, Interface } from '../../model/index.js';
import type { AccessGroupDraft, AclDraft, ParseState } from './state.js';

/**
 * Hardware ACLs: entries are tried in order and the first match decides; a packet that matches no
 * entry is forwarded normally — there is no implicit deny (AW+ ACL command reference, `access-group`
 * [AT-ACL in vendor-syntax.md §3]: "Any traffic on an interface controlled by a hardware ACL that does
 * not explicitly match a filter is permitted"). Stateless.
 */
const HARDWARE: FilterSemantics = { firstMatch: true, defaultAction: 'permit', stateful: false };

/**
 * Software (standard/extended) ACLs: first match, and "if no entries match, the switch rejects the
 * packets" (AW+ Software Reference for x310, C613-50046-01, 33.2 "Overview"). They never filter
 * transit traffic on AW+; only the features that name them use them (vty access-class, SNMP …).
 */
const SOFTWARE: FilterSemantics = { firstMatch: true, defaultAction: 'deny', stateful: false };

function familyOf(acl: AclDraft): FilterFamily {
  return acl.hasMac ? 'mac' : 'ipv4';
}

function filterOf(acl: AclDraft): Filter {
  return {
    name: acl.name,
    family: familyOf(acl),
    kind: acl.flavour,
    rules: acl.rules,
    semantics: acl.flavour === 'hardware' ? HARDWARE : SOFTWARE,
    // ACL entries take a trailing `log` (read by acl.ts into FilterRule.log).
    lineLogging: true,
    source: acl.source,
  };
}

export function finalizeFilters(state: ParseState): void {
  const { device } = state;
  for (const acl of state.acls.values()) device.filters.push(filterOf(acl));
  for (const [iface, groups] of state.accessGroups) bindAccessGroups(state, iface, groups);
}

/**
 * Several ACLs on one port are checked in the order they were attached, and "if a packet matches an
 * ACL on the port, the comparison process stops and the action attached to the ACL is performed"
 * (AlliedWare Plus How To Note "Hardware ACLs and QoS classifications", section "The logic of the
 * operation of the hardware filters"; the vendor's own example attaches a permit ACL before a deny
 * ACL so that the permit wins). A permit in the first ACL therefore ends the search: the port's
 * verdict is NOT the intersection of the ACLs' verdicts. The port gets one filter: the ACLs' entries
 * concatenated in attachment order, unmatched packets forwarded. Its parts stay bound as parts of it.
 */
function bindAccessGroups(state: ParseState, iface: Interface, groups: AccessGroupDraft[]): void {
  const { device } = state;
  const parts: AclDraft[] = [];
  for (const group of groups) {
    const acl = state.acls.get(group.name);
    if (!acl) {
      state.diagnostics.push(diagnostic(state.file, group.source.line, group.source.text, `ACL ${group.name} is applied but not defined: it filters nothing / 未定義の ACL ${group.name} が適用されています（何も遮断しません）`, 'unresolved-reference'));
      iface.filters.push({ filter: group.name, family: 'ipv4', direction: 'in', source: group.source });
      continue;
    }
    if (acl.flavour !== 'hardware') {
      state.diagnostics.push(diagnostic(state.file, group.source.line, group.source.text, `ACL ${group.name} is a software ACL: access-group takes hardware ACLs only, so it filters nothing here / ${group.name} はソフトウェア ACL のため、ポートのパケットフィルタとしては働きません`, 'unsupported'));
      continue;
    }
    parts.push(acl);
  }
  if (parts.length === 0) return;
  const first = groups[0]!.source;
  if (parts.length === 1) {
    iface.filters.push({ filter: parts[0]!.name, family: familyOf(parts[0]!), direction: 'in', source: first });
    return;
  }
  const name = parts.map((p) => p.name).join(' + ');
  const family: FilterFamily = parts.some((p) => p.hasMac) ? 'mac' : 'ipv4';
  if (!device.filters.some((f) => f.name === name && f.family === family)) {
    device.filters.push({ name, family, kind: 'hardware-sequence', rules: parts.flatMap((p) => p.rules), semantics: HARDWARE, lineLogging: true, source: first });
  }
  iface.filters.push({ filter: name, family, direction: 'in', source: first });
  for (const part of parts) {
    device.otherFilterBindings.push({ filter: part.name, family: familyOf(part), direction: 'in', source: first, purpose: `${iface.name} access-group sequence "${name}"` });
  }
}
