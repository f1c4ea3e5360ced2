// 第2章6(1)コ(エ)「情報セキュリティ責任者及び情報システム管理者は、ウェブサーバ等をインターネットに公開する場合、庁内ネットワークへの侵入を防御するために、ファイアウォール等を外部ネットワークとの境界に設置した上で接続しなければならない」
import type { NatRule } from '../../model/index.js';
import { reportZonesNeeded, zoneLabel } from '../helpers/zones.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'BND-02',
    area: 'BND',
    title: { ja: '公開サーバの DMZ 配置', en: 'Published servers in a DMZ' },
    description: {
      ja:
        '外部から内部のホストに届く変換（ポートフォワード、FortiGate の VIP、Yamaha `nat descriptor masquerade static`、NEC IX `ip napt static/service`、IOS `ip nat inside source static`、1 対 1 の静的 NAT）を公開サーバとみなし、その内部側アドレスが zones.csv の公開(DMZ)ゾーンにあるかを調べます。' +
        'DMZ 以外のゾーンにあれば不適合（重大）、どのゾーンにも無ければ要確認です。内部側が機器自身（インタフェース名）の変換は対象外です。zones.csv が無い場合は要確認です。' +
        '注意: IOS の `ip nat outside source static` も同じ形で記録されるため、外部ホストの見かけのアドレスが DMZ 外として報告されることがあります。',
      en:
        'Treats every translation that lets outside traffic reach an inside host (port forwards, FortiGate VIPs, Yamaha `nat descriptor masquerade static`, NEC IX `ip napt static/service`, IOS `ip nat inside source static`, one-to-one static NAT) as a published server and checks that its inside address lies in a DMZ zone of zones.csv. ' +
        'In a zone of another class: critical failure; in no zone: manual check. Translations to the device itself (an interface name) are skipped. Without zones.csv: manual check. ' +
        'Note: IOS `ip nat outside source static` is recorded the same way, so the address inside hosts use for an outside host may be reported as outside the DMZ.',
    },
    severity: 'critical',
    rating: { ease: 'easy', fix: 'involved' },
    clauses: { kagoshima: ['6(1)コ(エ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '公開サーバを DMZ セグメントに移し、境界ファイアウォールで DMZ から内部への通信を遮断したうえで、変換先を DMZ のアドレスにします。FortiGate の例: `config firewall vip` / `edit "web"` / `set extintf "wan1"` / `set mappedip "172.16.100.10"`（DMZ）。' +
        'Yamaha RTX の例: `nat descriptor masquerade static 1000 1 172.16.100.10 tcp 443`。NEC IX の例: `ip napt static 172.16.100.10 tcp 443`。IOS の例: `ip nat inside source static tcp 172.16.100.10 443 interface GigabitEthernet0/0 443`。zones.csv に DMZ ゾーン（種別「公開」）を定義します。',
      en:
        'Move published servers into a DMZ segment, block DMZ → inside at the boundary firewall, and translate to the DMZ address. FortiGate example: `config firewall vip` / `edit "web"` / `set extintf "wan1"` / `set mappedip "172.16.100.10"` (DMZ). ' +
        'Yamaha RTX example: `nat descriptor masquerade static 1000 1 172.16.100.10 tcp 443`. NEC IX example: `ip napt static 172.16.100.10 tcp 443`. IOS example: `ip nat inside source static tcp 172.16.100.10 443 interface GigabitEthernet0/0 443`. Declare the DMZ zone (class 公開/DMZ) in zones.csv.',
    },
    evidence: { ja: '変換（NAT・VIP）の行。', en: 'The translation (NAT, VIP) line.' },
    needsZones: true,
  },

  check(ctx) {
    for (const device of ctx.devices) {
      const published = device.nat.filter(publishes);
      if (published.length === 0) {
        ctx.notApplicable(device, { ja: '外部からの変換（公開サーバ）がありません', en: 'no translation publishing an inside host' });
        continue;
      }
      if (!ctx.zones.available) {
        reportZonesNeeded(ctx, device, { ja: '公開サーバが DMZ にあるか', en: 'whether published servers are in a DMZ' });
        continue;
      }
      for (const nat of published) {
        const inside = nat.inside.address!;
        const object = nat.inside.port !== undefined ? `${inside}:${nat.inside.port}` : inside;
        const zone = ctx.zones.ofAddress(inside);
        if (zone?.class === 'dmz') continue;
        const outside = describeOutside(nat);
        if (zone === undefined) {
          ctx.report({
            device,
            object,
            status: 'manual',
            message: {
              ja: `${outside} から内部の ${object} へ変換していますが、${inside} は zones.csv のどのゾーンにもありません。公開サーバが DMZ にあるかを確認し、zones.csv にゾーンを定義してください。`,
              en: `${outside} is translated to inside ${object}, but ${inside} is in no zone of zones.csv; check that the published server is in a DMZ and declare its zone.`,
            },
            evidence: [nat.source],
          });
          continue;
        }
        const label = zoneLabel(zone);
        ctx.report({
          device,
          object,
          message: {
            ja: `${outside} から ${label.ja}の ${object} へ変換しており、DMZ 以外のゾーンのホストがインターネットに公開されています。`,
            en: `${outside} is translated to ${object} in ${label.en}: a host outside the DMZ is published to the internet.`,
          },
          evidence: [nat.source],
        });
      }
    }
  },
};

/**
 * The translation lets outside traffic reach an inside host: a port forward, or a one-to-one static
 * translation (it works both ways), with an inside address (not the device itself).
 */
function publishes(nat: NatRule): boolean {
  return (nat.kind === 'port-forward' || nat.kind === 'static') && nat.inside.address !== undefined && nat.inside.list === undefined;
}

function describeOutside(nat: NatRule): string {
  const where = nat.outside.address ?? nat.outside.interface ?? '?';
  return nat.outside.port !== undefined ? `${where}:${nat.outside.port}` : where;
}
