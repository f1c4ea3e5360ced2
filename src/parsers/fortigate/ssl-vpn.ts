import { tablesAt, type ConvertState } from './state.js';
import { setting, value, values } from './tree.js';

/** FortiOS SSL VPN default port (CLI reference, `config vpn ssl settings`: `port` default 443). */
const DEFAULT_PORT = 443;

/**
 * `config vpn ssl settings`: which interfaces the SSL VPN portal listens on (`source-interface`),
 * its port, who may connect (`source-address`, empty = any) and the tunnel-mode address pools.
 * Recorded as facts; the portal is off when `status disable` or no interface is listed.
 */
export function convertSslVpn(state: ConvertState): void {
  const table = tablesAt(state, 'vpn ssl settings')[0];
  if (!table) return;
  if (value(table, 'status') === 'disable') return;
  const interfaces = values(table, 'source-interface');
  if (interfaces.length === 0) return;
  const port = setting(table, 'port');
  state.device.vpn.sslVpn = {
    port: port ? Number(port.values[0]) : DEFAULT_PORT,
    interfaces,
    sourceAddresses: values(table, 'source-address').filter((a) => a !== 'all'),
    tunnelPools: values(table, 'tunnel-ip-pools'),
    // Tunnel-mode sessions arrive on the interface `ssl.<vdom>` (FortiOS Administration Guide,
    // "SSL VPN tunnel mode": policies take `srcintf "ssl.root"`).
    tunnelInterface: `ssl.${table.vdom !== undefined && table.vdom !== 'global' ? table.vdom : 'root'}`,
    source: setting(table, 'source-interface')!.rec.span,
  };
  // Facts only where the config states them (CLI reference `config vpn ssl settings`): the defaults of
  // these three differ between FortiOS releases, so an unset value stays undefined.
  const sslVpn = state.device.vpn.sslVpn;
  const minVersion = value(table, 'ssl-min-proto-ver')?.match(/^tls1-([0-3])$/);
  if (minVersion) sslVpn.minTlsVersion = `1.${minVersion[1]}`;
  const clientCert = value(table, 'reqclientcert');
  if (clientCert !== undefined) sslVpn.clientCertificate = clientCert === 'enable';
  const twoFactor = value(table, 'force-two-factor-auth');
  if (twoFactor !== undefined) sslVpn.forceTwoFactor = twoFactor === 'enable';
}
