import type { AaaSettings, Device, SourceSpan } from '../../model/index.js';

type MethodList = AaaSettings['methods'][number];

/**
 * Whether a method list sends to a server group (RADIUS/TACACS+/LDAP). Parsers keep the words as
 * configured: `group radius` as one word or as `group`, `radius`; FortiGate remote administrators as
 * `remote-group NAME`.
 */
export function usesServerGroup(list: MethodList): boolean {
  return list.methods.some((w) => w === 'group' || w.startsWith('group ') || w.startsWith('remote-group '));
}

/** The first method list of `kind` for one of `services` (a prefix: `commands` matches `commands 15`) that uses a server group. */
export function serverMethodList(device: Device, kind: MethodList['kind'], services: string[]): SourceSpan | undefined {
  return device.management.aaa.methods.find((m) => m.kind === kind && services.some((s) => m.service === s || m.service.startsWith(`${s} `)) && usesServerGroup(m))?.source;
}
