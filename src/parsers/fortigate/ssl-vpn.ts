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
    source: setting(table, 'source-interface')!.rec.span,
  };
}
