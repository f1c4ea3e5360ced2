// 第2章6(5)ア(イ)「不要なサービスについて、機能を削除又は停止しなければならない」
import type { Device, Localized, ServiceName, ServiceState, Severity } from '../../model/index.js';
import type { Rule } from '../types.js';

/** Services a school network device does not need, with how much harm each can do. */
const UNNEEDED: Partial<Record<ServiceName, { severity: Severity; label: Localized }>> = {
  cdp: { severity: 'low', label: { ja: 'CDP（機器情報の広告）', en: 'CDP (device discovery advertisements)' } },
  pad: { severity: 'medium', label: { ja: 'PAD（X.25）', en: 'PAD (X.25)' } },
  'bootp-server': { severity: 'medium', label: { ja: 'BOOTP サーバ', en: 'BOOTP server' } },
  'ip-source-route': { severity: 'medium', label: { ja: 'IP ソースルーティング', en: 'IP source routing' } },
  'tcp-small-servers': { severity: 'medium', label: { ja: 'TCP small servers（echo, chargen 等）', en: 'TCP small servers (echo, chargen, …)' } },
  'udp-small-servers': { severity: 'medium', label: { ja: 'UDP small servers（echo, chargen 等）', en: 'UDP small servers (echo, chargen, …)' } },
  finger: { severity: 'medium', label: { ja: 'finger サーバ', en: 'finger server' } },
  identd: { severity: 'medium', label: { ja: 'identd サーバ', en: 'identd server' } },
  'config-service': { severity: 'medium', label: { ja: 'ネットワーク経由の設定読み込み', en: 'loading configuration from the network' } },
  mop: { severity: 'medium', label: { ja: 'MOP（DECnet 保守プロトコル）', en: 'MOP (DECnet maintenance protocol)' } },
  'smart-install': { severity: 'high', label: { ja: 'Smart Install（認証なしで設定を書き換え可能）', en: 'Smart Install (lets anyone rewrite the config)' } },
  'tftp-server': { severity: 'medium', label: { ja: 'TFTP サーバ', en: 'TFTP server' } },
  'ftp-server': { severity: 'medium', label: { ja: 'FTP サーバ', en: 'FTP server' } },
  'ip-directed-broadcast': { severity: 'medium', label: { ja: 'ダイレクテッドブロードキャスト転送', en: 'directed broadcast forwarding' } },
  'proxy-arp': { severity: 'low', label: { ja: 'プロキシ ARP', en: 'proxy ARP' } },
};

export const rule: Rule = {
  meta: {
    id: 'SVC-02',
    area: 'SVC',
    title: { ja: '不要なサービスの停止', en: 'Unnecessary services disabled' },
    description: {
      ja:
        '学校ネットワークの機器に不要なサービスが有効になっていないかを確認します: CDP（低）, PAD, BOOTP サーバ, IP ソースルーティング, TCP/UDP small servers, finger, identd, ネットワーク経由の設定読み込み, MOP, ' +
        'Smart Install（高）, TFTP/FTP サーバ, ダイレクテッドブロードキャスト, インタフェースのプロキシ ARP（低）。明示的に有効にしたものも、設定に記述がなく機器の既定値で有効なものも対象で、どちらかをメッセージに示します。' +
        'シャットダウンされたインタフェース上の設定や、全体で無効にされたサービスのインタフェース単位の設定は数えません。HTTP サーバは MGT-03 で扱います。',
      en:
        'Checks that services a school network device does not need are off: CDP (low), PAD, BOOTP server, IP source routing, TCP/UDP small servers, finger, identd, loading configuration from the network, MOP, ' +
        'Smart Install (high), TFTP/FTP servers, directed broadcast, proxy ARP on interfaces (low). Both services switched on explicitly and those on by platform default (the config does not mention them) count; the message says which. ' +
        'Settings on shut-down interfaces, and per-interface settings of a service that is off globally, do not count. The HTTP server is MGT-03\'s.',
    },
    severity: 'medium',
    rating: { ease: 'moderate', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '不要なサービスを明示的に無効にします。IOS の例: `no cdp run`、`no service pad`、`no ip bootp server`、`no ip source-route`、`no service tcp-small-servers`、`no service udp-small-servers`、`no ip finger`、`no ip identd`、`no service config`、' +
        '`no vstack`（Smart Install）、`no tftp-server …`、各インタフェースで `no ip directed-broadcast`・`no ip proxy-arp`。考え方: 業務に使わない機能は既定値に頼らず停止する。',
      en:
        'Switch unneeded services off explicitly. IOS example: `no cdp run`, `no service pad`, `no ip bootp server`, `no ip source-route`, `no service tcp-small-servers`, `no service udp-small-servers`, `no ip finger`, `no ip identd`, `no service config`, ' +
        '`no vstack` (Smart Install), `no tftp-server …`, and per interface `no ip directed-broadcast` and `no ip proxy-arp`. Idea: anything the school does not use is stopped, not left to defaults.',
    },
    evidence: {
      ja: 'サービスの設定行（既定値の場合は機器の行）。',
      en: 'The service line (the device line when it is a default).',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      for (const service of device.management.services) {
        const known = UNNEEDED[service.name];
        if (!known || !service.enabled || !counts(device, service)) continue;
        const where = service.interface ? { ja: `${service.interface} の`, en: ` on ${service.interface}` } : { ja: '', en: '' };
        const how = service.explicit
          ? { ja: '設定で明示的に有効', en: 'enabled explicitly in the config' }
          : { ja: '設定に記述がなく機器の既定値で有効', en: 'enabled by platform default (the config does not mention it)' };
        ctx.report({
          device,
          object: service.interface ? `${service.interface} ${service.name}` : service.name,
          severity: known.severity,
          message: {
            ja: `${where.ja}不要なサービス ${known.label.ja} が${how.ja}です。`,
            en: `Unneeded service ${known.label.en}${where.en} is ${how.en}.`,
          },
          evidence: [service.source],
        });
      }
    }
  },
};

/** A per-interface setting matters only on a live interface of a service that is not off globally. */
function counts(device: Device, service: ServiceState): boolean {
  if (service.interface === undefined) return true;
  const iface = device.interfaces.find((i) => i.name === service.interface);
  if (iface?.shutdown) return false;
  const globallyOff = device.management.services.some((s) => s.name === service.name && s.interface === undefined && !s.enabled);
  return !globallyOff;
}
