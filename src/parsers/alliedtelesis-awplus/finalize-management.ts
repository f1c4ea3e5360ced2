import type { ManagementProtocol, ServiceName } from '../../model/index.js';
import type { ParseState } from './state.js';

/**
 * Management services and their AW+ defaults when the config does not mention them. AW+ prints
 * `service telnet` / `no service ssh` / `service http` in every running-config; the factory
 * configuration has Telnet and HTTP on and SSH off (factory `show running-config` of x510 and x930
 * published for the Ryu OpenFlow certification, osrg.github.io/ryu/certification.html; the AlliedWare
 * Plus command reference gives the same defaults [secondary source: verify in the product's command
 * reference]).
 */
const SERVICES: { keyword: string; name: ServiceName; defaultOn?: boolean; protocol?: ManagementProtocol }[] = [
  { keyword: 'telnet', name: 'telnet-server', defaultOn: true, protocol: 'telnet' },
  { keyword: 'ssh', name: 'ssh-server', defaultOn: false, protocol: 'ssh' },
  { keyword: 'http', name: 'http-server', defaultOn: true },
  { keyword: 'https', name: 'https-server' },
  { keyword: 'dhcp-server', name: 'dhcp-server' },
  { keyword: 'tftp', name: 'tftp-server' },
  { keyword: 'ftp', name: 'ftp-server' },
];

/**
 * `exec-timeout` default: 10 minutes, for the console and every vty line (Allied Telesis AT-9000
 * AlliedWare Plus Command Line User's Guide, "Configuring the Management Session Timers": "The
 * default value the EXEC-TIMEOUT command is 10 minutes").
 */
const EXEC_TIMEOUT_DEFAULT = 600;

export function finalizeManagement(state: ParseState): void {
  const { device } = state;
  const mgmt = device.management;
  // AW+ offers `security-password minimum-length` (research §4 MGT-10; the grammar reads it): MGT-10 can tell "not set".
  mgmt.passwordPolicyAvailable = true;
  for (const { keyword, name, defaultOn } of SERVICES) {
    const set = state.services.get(keyword);
    if (set) mgmt.services.push({ name, enabled: set.enabled, explicit: true, source: set.source });
    else if (defaultOn !== undefined) mgmt.services.push({ name, enabled: defaultOn, explicit: false, source: device.source });
  }
  // A vty accepts the remote protocols whose servers run; AW+ has no per-line transport command.
  const remote = SERVICES.filter((s) => s.protocol && mgmt.services.some((m) => m.name === s.name && m.enabled)).map((s) => s.protocol!);
  for (const line of mgmt.lines) {
    if (line.kind === 'console') line.transportInput = ['serial'];
    else line.transportDefault = remote;
    line.execTimeoutDefault = EXEC_TIMEOUT_DEFAULT;
  }
  const globalKey = state.radiusKey;
  mgmt.aaa.radiusServers = state.radiusServers.map((s) => (s.key || !globalKey ? s : { ...s, key: globalKey.key }));
  // AW+ log messages always carry the date and time; there is no command to leave them out ([M]).
  mgmt.logging.timestamps = true;
}

/**
 * Trunk VLANs. `switchport trunk allowed vlan …` lists the tagged VLANs; a trunk carries none until
 * VLANs are added ([M] AW+ Software Reference for x310, 16.3 "Trunk mode": VLANs are added to a trunk
 * with `switchport trunk allowed vlan add`). The native VLAN (default 1, `none` = no untagged frames)
 * is carried untagged; the model keeps one allowed list for both, so the native VLAN joins it.
 */
export function finalizeTrunks(state: ParseState): void {
  for (const iface of state.device.interfaces) {
    const port = iface.switchport;
    if (!port || port.mode !== 'trunk') continue;
    const draft = state.trunks.get(iface) ?? {};
    const allowed = new Set(draft.allowed ?? []);
    const native = draft.native ?? 1;
    if (native !== 'none') {
      allowed.add(native);
      port.nativeVlan = native;
    }
    port.trunkAllowed = [...allowed].sort((a, b) => a - b);
  }
}
