import type { IkeProposal, IpsecProposal, PreSharedKey, SslVpnSettings, VpnSettings, VpnTunnel } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { canonicalKey } from './canonical.js';
import { fieldChanges, label, showPlain, type FieldSpec } from './field-changes.js';
import { keyedDiff } from './keyed-diff.js';
import { namedChanges } from './named-changes.js';

const TUNNEL_FIELDS: readonly FieldSpec<VpnTunnel>[] = [
  { label: label('対向', 'peer'), value: (t) => t.peer, show: showPlain },
  { label: label('IKE バージョン', 'IKE version'), value: (t) => t.ikeVersion, show: showPlain },
  { label: label('IKE モード', 'IKE mode'), value: (t) => t.ikeMode, show: showPlain },
  { label: label('IKE プロポーザル', 'IKE proposals'), value: (t) => t.ikeProposals, show: showPlain },
  { label: label('IPsec プロポーザル', 'IPsec proposals'), value: (t) => t.ipsecProposals, show: showPlain },
  { label: label('PFS', 'PFS group'), value: (t) => t.pfsGroup, show: showPlain },
  { label: label('保護対象通信', 'protected traffic'), value: (t) => t.protectedTraffic, show: showPlain },
  { label: label('インタフェース', 'interfaces'), value: (t) => t.interfaces, show: showPlain },
  { label: label('認証方式', 'authentication'), value: (t) => t.authentication, show: showPlain },
  { label: label('リモートアクセス', 'remote access'), value: (t) => t.remoteAccess, show: showPlain },
];

const IKE_FIELDS: readonly FieldSpec<IkeProposal>[] = [
  { label: label('バージョン', 'version'), value: (p) => p.version, show: showPlain },
  { label: label('暗号', 'encryption'), value: (p) => p.encryption, show: showPlain },
  { label: label('完全性', 'integrity'), value: (p) => p.integrity, show: showPlain },
  { label: label('DH グループ', 'DH groups'), value: (p) => p.dhGroups, show: showPlain },
  { label: label('認証方式', 'authentication'), value: (p) => p.authentication, show: showPlain },
  { label: label('寿命（秒）', 'lifetime (s)'), value: (p) => p.lifetimeSeconds, show: showPlain },
];

const IPSEC_FIELDS: readonly FieldSpec<IpsecProposal>[] = [
  { label: label('プロトコル', 'protocols'), value: (p) => p.protocols, show: showPlain },
  { label: label('暗号', 'encryption'), value: (p) => p.encryption, show: showPlain },
  { label: label('完全性', 'integrity'), value: (p) => p.integrity, show: showPlain },
  { label: label('モード', 'mode'), value: (p) => p.mode, show: showPlain },
];

const SSL_VPN_FIELDS: readonly FieldSpec<SslVpnSettings>[] = [
  { label: label('ポート', 'port'), value: (s) => s.port, show: showPlain },
  { label: label('待受インタフェース', 'interfaces'), value: (s) => s.interfaces, show: showPlain },
  { label: label('接続元アドレス', 'source addresses'), value: (s) => s.sourceAddresses, show: showPlain },
  { label: label('アドレスプール', 'tunnel pools'), value: (s) => s.tunnelPools, show: showPlain },
  { label: label('トンネルインタフェース', 'tunnel interface'), value: (s) => s.tunnelInterface, show: showPlain },
  { label: label('最低 TLS バージョン', 'minimum TLS version'), value: (s) => s.minTlsVersion, show: showPlain },
  { label: label('クライアント証明書', 'client certificate'), value: (s) => s.clientCertificate, show: showPlain },
  { label: label('二要素認証の強制', 'forced two-factor'), value: (s) => s.forceTwoFactor, show: showPlain },
];

/** VPN: tunnels and proposals by name, pre-shared keys by peer, the SSL VPN settings. */
export function vpnChanges(before: VpnSettings, after: VpnSettings): ConfigChange[] {
  return [
    ...namedChanges('vpn', before.tunnels, after.tunnels, (t) => `tunnel ${t.name}`, TUNNEL_FIELDS),
    ...namedChanges('vpn', before.ikeProposals, after.ikeProposals, (p) => `ike-proposal ${p.name}`, IKE_FIELDS),
    ...namedChanges('vpn', before.ipsecProposals, after.ipsecProposals, (p) => `ipsec-proposal ${p.name}`, IPSEC_FIELDS),
    ...pskChanges(before.preSharedKeys, after.preSharedKeys),
    ...sslVpnChanges(before.sslVpn, after.sslVpn),
  ];
}

/** A pre-shared key is only ever said to have changed: never its value, nor anything derived from it. */
function pskChanges(before: readonly PreSharedKey[], after: readonly PreSharedKey[]): ConfigChange[] {
  const name = (k: PreSharedKey): string => `psk ${k.peer}`;
  const { added, removed, both } = keyedDiff(before, after, (k) => k.peer);
  const changes: ConfigChange[] = [
    ...removed.map((k): ConfigChange => ({ kind: 'vpn', op: 'removed', object: name(k), before: k.source })),
    ...added.map((k): ConfigChange => ({ kind: 'vpn', op: 'added', object: name(k), after: k.source })),
  ];
  for (const [old, now] of both) {
    if (canonicalKey(old.key) === canonicalKey(now.key)) continue;
    changes.push({ kind: 'vpn', op: 'changed', object: name(now), before: old.source, after: now.source, detail: label('事前共有鍵が変更されました', 'pre-shared key changed') });
  }
  return changes;
}

function sslVpnChanges(before: SslVpnSettings | undefined, after: SslVpnSettings | undefined): ConfigChange[] {
  const object = 'ssl-vpn';
  if (before && after) {
    const detail = fieldChanges(before, after, SSL_VPN_FIELDS);
    return detail ? [{ kind: 'vpn', op: 'changed', object, before: before.source, after: after.source, detail }] : [];
  }
  if (before) return [{ kind: 'vpn', op: 'removed', object, before: before.source }];
  if (after) return [{ kind: 'vpn', op: 'added', object, after: after.source }];
  return [];
}
