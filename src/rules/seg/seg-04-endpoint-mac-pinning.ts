// 第2章3(1)ア「通信経路の限定（MAC アドレス、IP アドレス）…を行わなければならない」・6(2)ウ「機器固有情報によって端末とネットワークとの接続の可否が自動的に識別されるよう…」
import type { ZoneSpace } from '../../analysis/reachability/zone-spaces.js';
import type { ApprovedFlow, Device, FlowEndpoint, Interface, Localized, SourceSpan } from '../../model/index.js';
import { flowStatus } from '../../model/index.js';
import { formatPrefixAddress, parsePrefix, prefixContains, prefixNetwork, type Prefix } from '../../net/prefix.js';
import { activeAccessPorts, hasEnforcedAuthentication } from '../helpers/switch-ports.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule, RuleContext } from '../types.js';

/** Classes whose hosts attach outside the audited network: their pinning cannot be seen here. */
const OUTSIDE_CLASSES = ['internet', 'closed-wan'];

type Side = 'from' | 'to';

const SIDE_LABELS: Record<Side, Localized> = { from: { ja: '送信元', en: 'source' }, to: { ja: '宛先', en: 'destination' } };

/** A switch port that, by its port-security MACs or its description, is where the host attaches. */
interface HostPort {
  device: Device;
  port: Interface;
}

export const rule: Rule = {
  meta: {
    id: 'SEG-04',
    area: 'SEG',
    title: { ja: '承認された通信の端末が MAC アドレスで固定されていない', en: 'Endpoints of approved flows not pinned by MAC' },
    description: {
      ja:
        'flows.csv の有効な承認のうち、送信元か宛先が校務内部系のゾーン（ゾーン名、またはそのゾーンのアドレスに重なるアドレス）にあるものについて、両端の端末が接続する場所で MAC アドレスにより固定されているかを調べます。' +
        'ホスト（/32・/128）の端は、ポートセキュリティの MAC（flows.csv の MAC 列か assets.csv のその IP の MAC）または説明文（その IP、assets.csv のホスト名）で接続ポートを探し、見つかったポートがすべて「ポートセキュリティ有効で静的または sticky の MAC」か「802.1X/MAB が有効（port-control auto）」なら適合です。assets.csv がその IP を MAC 付きで登録していれば、それも固定の証拠とします。' +
        'ポートが見つかり固定されておらず assets.csv にも MAC が無ければ不適合（中）、ポートが設定から特定できず assets.csv にも無ければ要確認です（探したものをメッセージに示します）。flows.csv の MAC（送信元の MAC）が assets.csv やポートの固定 MAC と一致しなければ不適合です。' +
        'ゾーン全体やネットワーク（/32 より広い）を端とする承認は、ホスト単位で MAC を固定できないため不適合（中）です。インターネット接続系・閉域網（およびどのゾーンにも属さないアドレス）の端は、監査対象の外で接続するため調べません。zones.csv が無い場合はネットワーク全体で一度、要確認です。',
      en:
        'For every active approval of flows.csv with its source or destination in a koumu-internal zone (the zone by name, or an address overlapping the zone\'s addresses), checks that the hosts at both ends are pinned by MAC where they attach. ' +
        'For a host end (/32, /128) the attachment port is looked up by port-security MAC (the flows.csv MAC column or the host\'s assets.csv MAC) or by description (the IP, the assets.csv hostname); it passes when every port found has port security with a static or sticky MAC, or enforced 802.1X/MAB (port-control auto). An assets.csv row listing the IP with a MAC counts as pinning too. ' +
        'A port found but not pinned, with no MAC in assets.csv, fails (medium); no port found from the configs and no assets.csv entry is a manual check that says what was looked for. A flows.csv MAC (the source\'s) that differs from assets.csv or from the port\'s pinned MACs fails. ' +
        'An approval whose end is a whole zone or a network wider than a host fails (medium): its hosts cannot be pinned one by one. Ends in internet or closed-WAN zones (and addresses in no zone) attach outside the audited network and are not checked. Without zones.csv: one manual check for the network.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'involved' },
    clauses: { kagoshima: ['3(1)ア', '6(2)ウ'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '承認された通信の端末の接続ポートを MAC アドレスで固定します。IOS の例: `interface GigabitEthernet1/0/5` / `switchport port-security` / `switchport port-security mac-address 0011.2233.4455`（または `authentication port-control auto` と `mab`）。端末の IP と MAC を assets.csv に登録し、flows.csv の MAC 列と一致させます。ゾーン全体を端とする承認はホスト単位に分けます。' +
        '考え方: 校務内部系との通信を許す端末は、IP だけでなく MAC でも特定し、別の端末がなりすませないようにする。',
      en:
        'Pin the attachment port of each approved endpoint by MAC. IOS example: `interface GigabitEthernet1/0/5` / `switchport port-security` / `switchport port-security mac-address 0011.2233.4455` (or `authentication port-control auto` with `mab`). List the host\'s IP and MAC in assets.csv and keep the flows.csv MAC column consistent with it. Split approvals for a whole zone into approvals per host. ' +
        'Idea: a host allowed to talk to koumu-internal is identified by MAC as well as IP, so that no other device can take its place.',
    },
    evidence: {
      ja: '端末の接続ポートの interface 行と flows.csv の行（要確認・ゾーン全体の場合は flows.csv の行のみ）。',
      en: 'The interface line of the host\'s port and the flows.csv row (only the flows.csv row for manual checks and whole-zone ends).',
    },
    needsZones: true,
  },

  check(ctx) {
    const reachability = ctx.analysis.reachability;
    if (reachability === undefined) {
      const [first, ...rest] = ctx.devices;
      if (first === undefined) return;
      reportZonesNeeded(ctx, first, { ja: '承認された通信の端末が MAC で固定されているか', en: 'whether the endpoints of approved flows are pinned by MAC' });
      for (const device of rest) ctx.notApplicable(device, { ja: `ネットワーク全体で一度、${first.hostname} で要確認として報告済み`, en: `reported once for the network, as a manual check on ${first.hostname}` });
      return;
    }
    const koumuFlows = ctx.analysis.flows.filter(
      (flow) => flowStatus(flow, ctx.analysis.today) === 'active' && (touchesKoumu(ctx, flow.from, reachability.spaces) || touchesKoumu(ctx, flow.to, reachability.spaces)),
    );
    if (koumuFlows.length === 0) {
      for (const device of ctx.devices) {
        ctx.notApplicable(device, { ja: 'flows.csv に校務内部系に関わる有効な承認がありません', en: 'flows.csv has no active approval touching koumu-internal' });
      }
      return;
    }
    for (const flow of koumuFlows) {
      for (const side of ['from', 'to'] as const) checkEndpoint(ctx, flow, side, reachability.spaces);
    }
  },
};

function endpointPrefix(endpoint: FlowEndpoint): Prefix | undefined {
  if (endpoint.kind !== 'prefix') return undefined;
  const parsed = parsePrefix(`${endpoint.address}/${endpoint.prefixLength}`);
  return 'error' in parsed ? undefined : prefixNetwork(parsed);
}

function touchesKoumu(ctx: RuleContext, endpoint: FlowEndpoint, spaces: ZoneSpace[]): boolean {
  const koumu = spaces.filter((s) => s.zone.class === 'koumu-internal');
  if (endpoint.kind === 'zone') return koumu.some((s) => s.zone.name === endpoint.zone);
  const prefix = endpointPrefix(endpoint);
  if (prefix === undefined) return false;
  const set = ctx.analysis.model.addresses.of('dst', prefix);
  return koumu.some((s) => set.overlaps(s.dstExplicit));
}

/** The zone an endpoint lies in: its own zone, or the first zone (not the Internet's complement) whose addresses hold it. */
function endpointZone(ctx: RuleContext, endpoint: FlowEndpoint, spaces: ZoneSpace[]): ZoneSpace | undefined {
  if (endpoint.kind === 'zone') return spaces.find((s) => s.zone.name === endpoint.zone);
  const prefix = endpointPrefix(endpoint);
  if (prefix === undefined) return undefined;
  const set = ctx.analysis.model.addresses.of('dst', prefix);
  return spaces.find((s) => !s.complement && set.isSubsetOf(s.dstExplicit)) ?? spaces.find((s) => set.overlaps(s.dstExplicit));
}

function checkEndpoint(ctx: RuleContext, flow: ApprovedFlow, side: Side, spaces: ZoneSpace[]): void {
  const endpoint = flow[side];
  const zone = endpointZone(ctx, endpoint, spaces);
  if (zone === undefined || OUTSIDE_CLASSES.includes(zone.zone.class)) return;
  const prefix = endpointPrefix(endpoint);
  const host = prefix !== undefined && prefix.length === (prefix.family === 4 ? 32 : 128);
  if (!host) {
    reportNotHost(ctx, flow, side, zone);
    return;
  }
  checkHost(ctx, flow, side, formatPrefixAddress(prefix));
}

function checkHost(ctx: RuleContext, flow: ApprovedFlow, side: Side, ip: string): void {
  const assets = ctx.assets.filter((a) => a.ip !== undefined && sameAddress(a.ip, ip));
  const assetMacs = unique(assets.flatMap((a) => (a.mac === undefined ? [] : [a.mac])));
  const names = unique(assets.flatMap((a) => (a.hostname === undefined ? [] : [a.hostname])));
  // The MAC column of flows.csv names the source's MACs.
  const flowMacs = side === 'from' ? flow.macs : [];
  const ports = hostPorts(ctx, ip, unique([...flowMacs, ...assetMacs]), names);
  const subject = { flow, side, ip };

  const notInAssets = assetMacs.length > 0 ? flowMacs.filter((m) => !assetMacs.includes(m)) : [];
  if (notInAssets.length > 0) {
    reportMismatch(ctx, subject, ports, { ja: `flows.csv の MAC ${notInAssets.join(', ')} が assets.csv の MAC ${assetMacs.join(', ')} と一致しません`, en: `the flows.csv MAC ${notInAssets.join(', ')} differs from the assets.csv MAC ${assetMacs.join(', ')}` }, assets.map((a) => a.source));
    return;
  }
  for (const { device, port } of ports) {
    const pinned = port.portSecurity?.enabled === true ? port.portSecurity.macs : [];
    // The port pins MACs, but none of the ones the register gives for the host.
    const expected = flowMacs.length > 0 ? flowMacs : assetMacs;
    if (pinned.length > 0 && expected.length > 0 && !expected.some((m) => pinned.includes(m))) {
      reportMismatch(ctx, subject, [{ device, port }], { ja: `登録の MAC ${expected.join(', ')} が ${device.hostname} ${port.name} に固定された MAC ${pinned.join(', ')} にありません`, en: `the registered MAC ${expected.join(', ')} is not among the MACs pinned on ${device.hostname} ${port.name} (${pinned.join(', ')})` }, []);
      return;
    }
  }

  if (ports.length > 0 && ports.every(({ port }) => isPinned(port))) return;
  if (assetMacs.length > 0) return;
  if (ports.length > 0) reportUnpinned(ctx, subject, ports.filter(({ port }) => !isPinned(port)));
  else reportNotFound(ctx, subject, unique([...flowMacs, ...assetMacs]), names);
}

/** Port security with a MAC it keeps (static or sticky), or enforced 802.1X/MAB. */
function isPinned(port: Interface): boolean {
  const ps = port.portSecurity;
  return (ps !== undefined && ps.enabled && (ps.macs.length > 0 || ps.sticky)) || hasEnforcedAuthentication(port);
}

/** Access ports whose port-security MACs include one of the host's MACs, or whose description names its IP or hostname. */
function hostPorts(ctx: RuleContext, ip: string, macs: string[], names: string[]): HostPort[] {
  const mentions = [addressPattern(ip), ...names.filter((n) => n.length >= 2).map(namePattern)];
  const found: HostPort[] = [];
  for (const device of ctx.devices) {
    for (const port of activeAccessPorts(device)) {
      const byMac = port.portSecurity?.macs.some((m) => macs.includes(m)) === true;
      const byDescription = port.description !== undefined && mentions.some((re) => re.test(port.description!));
      if (byMac || byDescription) found.push({ device, port });
    }
  }
  return found;
}

/** The address as a whole token: `10.10.10.2` does not match inside `10.10.10.20`. */
function addressPattern(ip: string): RegExp {
  return new RegExp(`(?<![0-9A-Fa-f.:])${escape(ip)}(?![0-9A-Fa-f.:]*[0-9A-Fa-f])`, 'i');
}

function namePattern(name: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_-])${escape(name)}(?![A-Za-z0-9_-])`, 'i');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sameAddress(a: string, b: string): boolean {
  const pa = parsePrefix(a);
  const pb = parsePrefix(b);
  return !('error' in pa) && !('error' in pb) && pa.family === pb.family && pa.address === pb.address;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

interface Subject {
  flow: ApprovedFlow;
  side: Side;
  ip: string;
}

function rowText(flow: ApprovedFlow): Localized {
  return { ja: `flows.csv ${flow.source.line} 行目、${flow.id}`, en: `flows.csv row ${flow.source.line}, ${flow.id}` };
}

function objectOf(flow: ApprovedFlow, side: Side, what: string): string {
  return `flows.csv row ${flow.source.line} ${side} ${what}`;
}

/** The device a finding about a host goes to: its port's, else the one routing its subnet, else the first router. */
function deviceFor(ctx: RuleContext, ip: string, ports: HostPort[]): Device {
  if (ports[0] !== undefined) return ports[0].device;
  const host = parsePrefix(ip);
  if (!('error' in host)) {
    const l3 = ctx.analysis.topology.l3Interfaces.find((i) => i.subnets.some((s) => prefixContains(s, host)));
    if (l3 !== undefined) return l3.device;
  }
  return ctx.devices.find((d) => d.ipRouting) ?? ctx.devices[0]!;
}

function portEvidence(ports: HostPort[], flow: ApprovedFlow, extra: SourceSpan[]): SourceSpan[] {
  return [...ports.map(({ port }) => port.source), flow.source, ...extra];
}

function reportMismatch(ctx: RuleContext, { flow, side, ip }: Subject, ports: HostPort[], what: Localized, extra: SourceSpan[]): void {
  const s = SIDE_LABELS[side];
  const row = rowText(flow);
  ctx.report({
    device: deviceFor(ctx, ip, ports),
    object: objectOf(flow, side, ip),
    message: {
      ja: `承認された通信（${row.ja}）の${s.ja} ${ip} の MAC が登録と一致しません: ${what.ja}。台帳と機器の設定のどちらかが誤っており、承認された端末と異なる端末が通信できるおそれがあります。`,
      en: `The MAC of the ${s.en} ${ip} of the approved flow (${row.en}) does not match the records: ${what.en}. Either the register or the device config is wrong, and a device other than the approved one may be let through.`,
    },
    evidence: portEvidence(ports, flow, extra),
  });
}

function reportUnpinned(ctx: RuleContext, { flow, side, ip }: Subject, ports: HostPort[]): void {
  const s = SIDE_LABELS[side];
  const row = rowText(flow);
  const where = ports.map(({ device, port }) => `${device.hostname} ${port.name}`).join(', ');
  ctx.report({
    device: deviceFor(ctx, ip, ports),
    object: objectOf(flow, side, ip),
    message: {
      ja: `承認された通信（${row.ja}）の${s.ja} ${ip} が接続するポート ${where} は MAC アドレスで固定されていません（ポートセキュリティの静的・sticky MAC も 802.1X/MAB も無く、assets.csv にもこの IP の MAC がありません）。別の端末がこの IP を名乗って通信できます。`,
      en: `The ${s.en} ${ip} of the approved flow (${row.en}) attaches at ${where}, which does not pin it by MAC (no port-security static or sticky MAC, no 802.1X/MAB), and assets.csv lists no MAC for the IP. Another device can take the IP and be let through.`,
    },
    evidence: portEvidence(ports, flow, []),
  });
}

function reportNotFound(ctx: RuleContext, { flow, side, ip }: Subject, macs: string[], names: string[]): void {
  const s = SIDE_LABELS[side];
  const row = rowText(flow);
  const named = [ip, ...names].join(', ');
  const byMac = macs.length > 0 ? { ja: `ポートセキュリティの MAC ${macs.join(', ')} または`, en: `port-security MAC ${macs.join(', ')} or by ` } : { ja: '', en: '' };
  ctx.report({
    device: deviceFor(ctx, ip, []),
    object: objectOf(flow, side, ip),
    status: 'manual',
    message: {
      ja: `承認された通信（${row.ja}）の${s.ja} ${ip} の接続ポートを設定から特定できず、assets.csv にもこの IP の MAC がありません。探したもの: ${byMac.ja}説明文の ${named} で見つかるアクセスポート、assets.csv の IP ${ip} の行。端末の IP と MAC を assets.csv に登録するか、接続ポートをポートセキュリティか 802.1X/MAB で固定し、説明文に IP を書いてください。`,
      en: `The attachment port of the ${s.en} ${ip} of the approved flow (${row.en}) cannot be found from the configs, and assets.csv lists no MAC for the IP. Looked for: an access port by ${byMac.en}${named} in its description, and an assets.csv row with IP ${ip}. List the host's IP and MAC in assets.csv, or pin its port with port security or 802.1X/MAB and name the IP in the port description.`,
    },
    evidence: [flow.source],
  });
}

function reportNotHost(ctx: RuleContext, flow: ApprovedFlow, side: Side, zone: ZoneSpace): void {
  const s = SIDE_LABELS[side];
  const row = rowText(flow);
  const endpoint = flow[side];
  const what = endpoint.kind === 'zone' ? endpoint.zone : `${endpoint.address}/${endpoint.prefixLength}`;
  const label = zoneLabel({ zone: zone.zone.name, class: zone.zone.class, binding: zone.zone.bindings[0]! });
  const kind = endpoint.kind === 'zone' ? { ja: 'ゾーン全体', en: 'a whole zone' } : { ja: `${label.ja}のネットワーク`, en: `a network in ${label.en}` };
  const device = zone.attachments[0]?.device ?? ctx.devices.find((d) => d.ipRouting) ?? ctx.devices[0]!;
  ctx.report({
    device,
    object: objectOf(flow, side, what),
    message: {
      ja: `承認された通信（${row.ja}）の${s.ja} ${what} はホストではなく${kind.ja}のため、端末を MAC アドレスで固定できません。承認をホスト（IP と MAC）単位に分けてください。`,
      en: `The ${s.en} ${what} of the approved flow (${row.en}) is ${kind.en}, not a host, so its devices cannot be pinned by MAC. Split the approval into one per host (IP and MAC).`,
    },
    evidence: [flow.source],
  });
}
