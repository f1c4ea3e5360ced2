import type { AddressMatch, NatRule } from '../../model/index.js';
import { isIpv4 } from './addresses.js';
import type { VipAddresses } from './policy.js';
import { tablesAt, type ConvertState } from './state.js';
import { modelled, reject, setting, value } from './tree.js';

const PROTOCOLS: Record<string, number> = { tcp: 6, udp: 17, sctp: 132, icmp: 1 };

/**
 * `config firewall vip` (FortiOS CLI reference, `config firewall vip`): destination NAT of `extip`
 * (on `extintf`) to `mappedip`; with `portforward enable` only `extport` (protocol tcp by default)
 * is forwarded, to `mappedport` (default: the same port). Returns each VIP's external addresses: a
 * policy naming the VIP as its destination matches them.
 */
export function convertVips(state: ConvertState): VipAddresses {
  const out: VipAddresses = new Map();
  for (const table of tablesAt(state, 'firewall vip')) {
    for (const entry of table.entries) {
      modelled(entry.rec);
      const ext = setting(entry, 'extip');
      const extRange = ext ? addressRange(ext.values[0] ?? '') : undefined;
      if (ext && !extRange) reject(ext.rec, 'external address not understood / 外部アドレスを解析できません');
      const mappedWord = (setting(entry, 'mappedip')?.values[0] ?? '').split('-')[0] ?? '';
      out.set(entry.name, extRange ? [extRange] : [{ kind: 'unresolved', name: entry.name }]);
      const portForward = value(entry, 'portforward') === 'enable';
      const extPort = portForward ? Number((value(entry, 'extport') ?? '').split('-')[0]) : undefined;
      const mappedPort = portForward ? Number((value(entry, 'mappedport') ?? '').split('-')[0]) || extPort : undefined;
      const extintf = value(entry, 'extintf');
      const rule: NatRule = {
        kind: portForward ? 'port-forward' : 'static',
        direction: 'destination',
        ...(portForward ? { protocol: PROTOCOLS[value(entry, 'protocol') ?? 'tcp'] ?? 6 } : {}),
        inside: { ...(isIpv4(mappedWord) ? { address: mappedWord, prefixLength: 32 } : {}), ...(mappedPort ? { port: mappedPort } : {}) },
        outside: {
          ...(extRange?.kind === 'range' ? { address: extRange.first } : {}),
          ...(extintf !== undefined && extintf !== 'any' ? { interface: extintf } : {}),
          ...(extPort ? { port: extPort } : {}),
        },
        source: entry.rec.span,
      };
      state.device.nat.push(rule);
    }
  }
  return out;
}

/** `A` or `A-B`. */
function addressRange(word: string): AddressMatch | undefined {
  const [first, last = first] = word.split('-');
  if (!first || !isIpv4(first) || !isIpv4(last)) return undefined;
  return { kind: 'range', first, last, family: 4 };
}
