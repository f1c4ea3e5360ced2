// 第2章6(3)ケ「所管するシステム等の保守を委託事業者にリモートで実施させる場合…セキュリティを担保できる手段（教育情報ネットワークを介した通信、IPアドレスの固定、クライアント認証を用いた二段階認証等）を十分に確保しなければならない」
import type { AccessLine, Device, Filter, Interface, SourceSpan } from '../../model/index.js';
import { effectiveTransport, isRemoteLine } from '../helpers/access-lines.js';
import type { Rule, RuleContext } from '../types.js';

/** Management services reached over the network. */
const REMOTE_SERVICES = new Set(['ssh-server', 'telnet-server', 'http-server', 'https-server']);

/** A way into the device's management, open to any source address. */
interface OpenSurface {
  object: string;
  /** The interface the service is bound to; undefined = every interface of the device. */
  iface?: string;
  evidence: SourceSpan[];
}

export const rule: Rule = {
  meta: {
    id: 'RA-04',
    area: 'RA',
    title: { ja: 'リモート保守経路の制限（送信元の固定）', en: 'Remote maintenance path restricted to fixed sources' },
    description: {
      ja:
        '管理接続（SSH・Telnet・HTTP(S) の管理サーバ、vty などのリモート回線）が送信元を限定していない場合（アクセス制限フィルタが無い、またはフィルタが任意の送信元を許可する。管理者アカウントごとの接続元制限が全管理者に付いていれば限定とみなす）で、' +
        'その機器にインターネット接続系のゾーンのインタフェースがある（インタフェースごとのサービスならそのインタフェースがインターネット側にある）ものを不適合とします。' +
        '委託事業者の保守は、教育情報ネットワーク経由か、固定した送信元 IP からに限るためです。インターネット側の受信フィルタが管理通信を止めているかはこのルールでは見ません（管理サービス自体が任意の送信元を受け付けることを事実として報告します）。' +
        'どのインタフェースがインターネット側かは zones.csv で決まるため、送信元を限定していない管理接続があって zones.csv が無い場合は要確認です。',
      en:
        'Fails a management access path (SSH, Telnet, HTTP(S) management server, vty or other remote line) that does not restrict its sources (no access filter, or one permitting any source; per-account source restrictions on every administrator count as a restriction) ' +
        'on a device with an interface in an internet-class zone (for a per-interface service: that interface is on the Internet side). ' +
        'Remote maintenance by contractors has to come through the education network or from fixed source addresses. Whether an inbound filter on the Internet side stops management traffic is not considered here: the finding states that the management service itself accepts any source. ' +
        'Which interfaces face the Internet comes from zones.csv; with an unrestricted management path and no zones.csv the result is a manual check.',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(3)ケ'], sorachi: ['6(6)', '6(8)'] },
    remediation: {
      ja:
        '管理接続の送信元を、管理セグメントと委託事業者の固定 IP（または VPN 経由）に限定し、インターネット側インタフェースでの管理サービスを止めます。' +
        'IOS: `access-list 10 permit 10.99.0.0 0.0.0.255` と vty に `access-class 10 in`、`ip http access-class 10`。' +
        'Yamaha RTX: `sshd host 10.99.0.0/24 203.0.113.50`、`httpd host lan1`。' +
        'FortiGate: WAN 側の `set allowaccess` から ssh/https/http を外し、管理者ごとに `set trusthost1 203.0.113.50 255.255.255.255`。' +
        'NEC IX: `ssh-server ip access-list mgmt-src`（`ip access-list mgmt-src permit ip src 10.99.0.0/24 dest any`）。',
      en:
        'Limit management sources to the management segment and the contractor\'s fixed address (or a VPN), and turn management services off on Internet-facing interfaces. ' +
        'IOS: `access-list 10 permit 10.99.0.0 0.0.0.255` with `access-class 10 in` on the vtys and `ip http access-class 10`. ' +
        'Yamaha RTX: `sshd host 10.99.0.0/24 203.0.113.50`, `httpd host lan1`. ' +
        'FortiGate: drop ssh/https/http from the WAN interface\'s `set allowaccess`, and `set trusthost1 203.0.113.50 255.255.255.255` per administrator. ' +
        'NEC IX: `ssh-server ip access-list mgmt-src` (`ip access-list mgmt-src permit ip src 10.99.0.0/24 dest any`).',
    },
    evidence: {
      ja: '管理サーバ・回線の設定行（既定値の場合は機器の行）と、任意の送信元を許可するフィルタ行。',
      en: 'The management server or line (the device line when it is a default) and the filter line permitting any source.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const open = openSurfaces(device);
      if (open.length === 0) continue;
      if (!ctx.zones.available) {
        ctx.report({
          device,
          object: 'management',
          status: 'manual',
          message: {
            ja: `送信元を限定していない管理接続があります（${open.map((o) => o.object).join('、')}）。zones.csv が無いため、インターネット側から使えるかを判定できません。`,
            en: `Management access open to any source (${open.map((o) => o.object).join(', ')}). No zones.csv: cannot tell whether it is usable from the Internet side.`,
          },
          evidence: open.flatMap((o) => o.evidence),
        });
        continue;
      }
      const internet = device.interfaces.filter((i) => facesInternet(ctx, device, i));
      for (const surface of open) {
        const exposed = surface.iface === undefined ? internet : internet.filter((i) => i.name === surface.iface);
        if (exposed.length === 0) continue;
        const names = exposed.map((i) => i.name).join(', ');
        ctx.report({
          device,
          object: surface.object,
          message: {
            ja: `${surface.object} は送信元を限定しておらず、インターネット側のインタフェース（${names}）がある機器で任意の送信元からの管理接続を受け付けます。`,
            en: `${surface.object} does not restrict its sources and accepts management sessions from any address on a device with Internet-facing interfaces (${names}).`,
          },
          evidence: surface.evidence,
        });
      }
    }
  },
};

function facesInternet(ctx: RuleContext, device: Device, iface: Interface): boolean {
  return ctx.zones.ofInterface(device, iface).some((a) => a.class === 'internet');
}

/**
 * Management services and remote lines of the device that accept any source. A session of a protocol
 * is restricted by the service's own access filter, or by the filters of the remote lines that accept
 * that protocol when every such line has one (sessions land on a line: IOS and AlliedWare Plus vty).
 * Protocols with no service entry are judged on the lines alone.
 */
function openSurfaces(device: Device): OpenSurface[] {
  const { services } = device.management;
  if (everyAdminRestricted(device)) return [];
  const open: OpenSurface[] = [];
  for (const service of services) {
    if (!service.enabled || !REMOTE_SERVICES.has(service.name)) continue;
    const protocol = service.name.replace(/-server$/, '');
    if (linesRestrict(device, protocol)) continue;
    const any = openFilterLine(device, service.accessClass);
    if (any === null) continue;
    const object = service.interface !== undefined ? `${service.name} (${service.interface})` : service.name;
    open.push({ object, ...(service.interface !== undefined ? { iface: service.interface } : {}), evidence: [service.source, ...(any ? [any] : [])] });
  }
  const served = new Set<string>(services.map((s) => s.name));
  for (const line of remoteLines(device)) {
    if (effectiveTransport(line).every((p) => served.has(`${p}-server`))) continue;
    const any = openFilterLine(device, line.accessClass?.filter);
    if (any === null) continue;
    open.push({ object: line.name, evidence: [line.source, ...(any ? [any] : [])] });
  }
  return open;
}

function remoteLines(device: Device): AccessLine[] {
  return device.management.lines.filter((l) => isRemoteLine(l) && effectiveTransport(l).length > 0);
}

/** Every remote line accepting the protocol has an access filter that restricts its sources. */
function linesRestrict(device: Device, protocol: string): boolean {
  const lines = remoteLines(device).filter((l) => (effectiveTransport(l) as string[]).includes(protocol));
  return lines.length > 0 && lines.every((l) => l.accessClass !== undefined && openFilterLine(device, l.accessClass.filter) === null);
}

/**
 * Whether an access filter lets any source in: null = restricted; undefined = no filter (or one the
 * config does not define, which restricts nothing); a span = the line permitting any source.
 */
function openFilterLine(device: Device, name: string | undefined): SourceSpan | undefined | null {
  if (name === undefined) return undefined;
  const filter: Filter | undefined = device.filters.find((f) => f.name === name);
  if (filter === undefined) return undefined;
  const anyRule = filter.rules.find(
    (r) => !r.disabled && r.action === 'permit' && r.match.src.some((s) => s.kind === 'any' || (s.kind === 'prefix' && s.length === 0)),
  );
  return anyRule ? anyRule.source : null;
}

/** Every administrator's logins are limited to listed sources, none of which is "anywhere". */
function everyAdminRestricted(device: Device): boolean {
  const admins = device.management.users.filter((u) => u.admin);
  return admins.length > 0 && admins.every((u) => u.access?.from !== undefined && u.access.from.length > 0 && !u.access.from.some((f) => f.endsWith('/0')));
}
