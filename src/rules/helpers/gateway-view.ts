import type { Device, Localized } from '../../model/index.js';
import type { RuleContext } from '../types.js';
import { classifiedAcceptRules, zonedInterfaces, type ClassifiedRule, type ZonedInterface } from './internet-boundary.js';
import { reportZonesNeeded } from './zones.js';

/**
 * What a gateway-protection rule (GW-01..03) can see on one device:
 * - `rulebase`: a firewall rulebase whose rules carry security profiles (FortiGate); judged per rule;
 * - `no-utm`: the device routes to an internet zone but its rules carry no profile facts, so the
 *   inspection, if any, happens elsewhere (upstream UTM, proxy, cloud service): a site fact.
 * Devices with no internet zone, that do not route, or (without zones.csv) cannot be placed are
 * handled here: not applicable, or 要確認 for the missing zones.
 */
export type GatewayView =
  | { kind: 'rulebase'; rules: ClassifiedRule[]; zoned: ZonedInterface[] }
  | { kind: 'no-utm'; internet: ZonedInterface[]; zoned: ZonedInterface[] };

export function gatewayView(ctx: RuleContext, device: Device, what: Localized): GatewayView | undefined {
  if (!device.ipRouting && device.securityPolicy === undefined) {
    ctx.notApplicable(device, { ja: 'IP ルーティングを行っていません', en: 'does not route IP' });
    return undefined;
  }
  if (!ctx.zones.available) {
    reportZonesNeeded(ctx, device, what);
    return undefined;
  }
  const zoned = zonedInterfaces(ctx, device);
  const internet = zoned.filter((z) => z.zone.class === 'internet');
  if (internet.length === 0) {
    ctx.notApplicable(device, { ja: 'インターネット接続系ゾーンのインタフェースがありません', en: 'no interface in an internet zone' });
    return undefined;
  }
  if (device.securityPolicy?.profilesPerRule) return { kind: 'rulebase', rules: classifiedAcceptRules(ctx, device), zoned };
  return { kind: 'no-utm', internet, zoned };
}

/** `wan1, pp1`: interface names for messages. */
export function interfaceList(zoned: ZonedInterface[]): string {
  return zoned.map((z) => z.iface.name).join(', ');
}
