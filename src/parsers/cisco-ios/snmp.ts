import type { SnmpCommunity, SnmpV3User, SnmpVersion } from '../../model/index.js';
import { clearSecret, type SecretToken } from './secrets.js';
import type { LineContext } from './state.js';

/** SNMP agent: communities (v1/v2c), v3 groups and users, notification receivers. */

interface CommunityOption {
  access?: 'ro' | 'rw';
  acl?: string;
  view?: string;
  ipv6Acl?: string;
}

/** `snmp-server community X [view V] [RO|RW] [ipv6 ACL] [ACL]`; IOS defaults to read-only. */
export function snmpCommunity(ast: { community: SecretToken; options: CommunityOption[] }, ctx: LineContext): void {
  const community: SnmpCommunity = {
    community: clearSecret('snmp-community', ast.community),
    access: ast.options.find((o) => o.access)?.access ?? 'ro',
    source: ctx.span,
  };
  const acl = ast.options.find((o) => o.acl)?.acl;
  if (acl !== undefined) community.accessList = acl;
  ctx.state.device.management.snmp.communities.push(community);
}

/** v3 groups carry the security level and the `access` list (v1/v2c groups are in ignored.ts). */
export function snmpGroup(ast: { name: string; level: 'noauth' | 'auth' | 'priv'; options: { acl?: string }[] }, ctx: LineContext): void {
  const acl = ast.options.find((o) => o.acl)?.acl;
  ctx.state.device.management.snmp.v3Groups.push({ name: ast.name, level: ast.level, ...(acl !== undefined ? { accessList: acl } : {}), source: ctx.span });
}

interface UserAst {
  name: string;
  group: string;
  authProtocol?: string;
  privProtocol?: string;
  acl: string | null;
}

/** `snmp-server user U G v3 [auth md5|sha K [priv des|3des|aes N K]]`; the keys are only redacted. */
export function snmpUser(ast: UserAst, ctx: LineContext): void {
  const level = ast.privProtocol ? 'priv' : ast.authProtocol ? 'auth' : 'noauth';
  const user: SnmpV3User = { name: ast.name, group: ast.group, level, source: ctx.span };
  if (ast.authProtocol) user.authProtocol = ast.authProtocol;
  if (ast.privProtocol) user.privProtocol = ast.privProtocol;
  if (ast.acl !== null) user.accessList = ast.acl;
  ctx.state.device.management.snmp.v3Users.push(user);
}

export function snmpHost(ast: { address: string; version: SnmpVersion }, ctx: LineContext): void {
  ctx.state.device.management.snmp.trapHosts.push({ address: ast.address, version: ast.version, source: ctx.span });
}

/** `no snmp-server` stops the agent. */
export function snmpDisabled(_ast: unknown, ctx: LineContext): void {
  ctx.state.device.management.snmp.enabled = false;
}
