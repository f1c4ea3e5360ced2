import type { Packet } from '../packet/packet.js';
import { deviceLabel } from '../topology/labels.js';
import type { FilterVerdict, PacketTrace, TraceResult } from './types.js';

/** Readable forms of packets and traces, for the matrix, `segaudit query` and findings. */

export type TraceLang = 'ja' | 'en';

const PROTOCOLS: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 47: 'gre', 50: 'esp', 51: 'ah', 58: 'icmpv6', 132: 'sctp' };

/** `tcp 10.10.30.3:49152 → 10.10.10.20:445`, `icmp 10.0.0.1 → 10.0.0.2 type 8/0`, `tcp … (ACK)`. */
export function packetText(p: Packet): string {
  const name = PROTOCOLS[p.protocol] ?? `proto ${p.protocol}`;
  const host = (ip: string) => (p.family === 6 ? `[${ip}]` : ip);
  const src = p.srcPort === undefined ? host(p.srcIp) : `${host(p.srcIp)}:${p.srcPort}`;
  const dst = p.dstPort === undefined ? host(p.dstIp) : `${host(p.dstIp)}:${p.dstPort}`;
  const icmp = p.icmpType === undefined ? '' : ` type ${p.icmpType}/${p.icmpCode ?? 0}`;
  const ack = p.established ? ' (ACK)' : '';
  return `${name} ${src} → ${dst}${icmp}${ack}`;
}

/** `LEARNING-IN permit — minato-core01.cfg:723: 20 permit tcp …`. */
export function verdictText(v: FilterVerdict, lang: TraceLang): string {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const action = v.action === 'permit' ? t('許可', 'permit') : t('拒否', 'deny');
  const how =
    v.decision === 'default'
      ? t('（どの行にも一致せず既定動作）', ' (no line matched: default action)')
      : v.decision === 'undefined-filter'
        ? t('（適用されているが未定義: 全て許可）', ' (bound but not defined: permits everything)')
        : v.decision === 'not-applicable'
          ? t('（別のアドレスファミリ用）', ' (other address family)')
          : '';
  return `${v.filter.name} ${action}${how} — ${v.line.file}:${v.line.line}: ${v.line.text.trim()}`;
}

const RESULT_TEXT: Record<TraceResult, { ja: string; en: string }> = {
  reached: { ja: '到達', en: 'reached' },
  denied: { ja: 'フィルタで拒否', en: 'denied by a filter' },
  'no-route': { ja: '経路なし', en: 'no route' },
  discarded: { ja: 'Null 経路で破棄', en: 'discarded by a Null route' },
  'not-routed': { ja: 'IP ルーティングしない機器で停止', en: 'stopped at a device that does not route IP' },
  elsewhere: { ja: '宛先以外に到達', en: 'ended somewhere else' },
  loop: { ja: '経路がループ', en: 'routing loop' },
};

function endingText(trace: PacketTrace, lang: TraceLang): string {
  if (trace.ending === undefined) return '';
  const where = `${deviceLabel(trace.ending.at.device)} ${trace.ending.at.interface.name}`;
  switch (trace.ending.kind) {
    case 'delivered':
      return lang === 'ja' ? `（${where} のセグメントへ配送）` : ` (delivered on the segment of ${where})`;
    case 'accepted':
      return lang === 'ja' ? `（${where} の機器自身が受信）` : ` (taken by the device itself at ${where})`;
    case 'exited':
      return lang === 'ja' ? `（${where} から入力外のネットワークへ送出）` : ` (leaves the modelled network through ${where})`;
  }
}

export function resultText(result: TraceResult, lang: TraceLang): string {
  return RESULT_TEXT[result][lang];
}

/** The trace, one line per interface crossed and per filter, indented by `indent`. */
export function traceLines(trace: PacketTrace, lang: TraceLang, indent = ''): string[] {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const lines: string[] = [];
  if (trace.edge !== undefined) {
    lines.push(`${indent}0. ${deviceLabel(trace.edge.device)} ${t('ホスト接続ポート', 'host port')} ${trace.edge.port.name}`);
    for (const v of trace.edge.verdicts) lines.push(`${indent}     ${verdictText(v, lang)}`);
  }
  trace.hops.forEach((hop, i) => {
    lines.push(`${indent}${i + 1}. ${deviceLabel(hop.device)} ${t('受信', 'in')} ${hop.ingress.interface.name}`);
    if (hop.ingressVerdicts.length === 0) lines.push(`${indent}     ${t('（受信フィルタなし）', '(no inbound filter)')}`);
    for (const v of hop.ingressVerdicts) lines.push(`${indent}     ${verdictText(v, lang)}`);
    if (hop.route !== undefined) {
      const via = hop.route.nextHop !== undefined ? ` via ${hop.route.nextHop}` : hop.route.origin === 'connected' ? t(' 直結', ' connected') : '';
      lines.push(`${indent}   ${t('経路', 'route')} ${hop.route.cidr}${via} — ${hop.route.source.file}:${hop.route.source.line}: ${hop.route.source.text.trim()}`);
    }
    if (hop.egress !== undefined) {
      lines.push(`${indent}   ${t('送信', 'out')} ${hop.egress.interface.name}`);
      if (hop.egressVerdicts.length === 0) lines.push(`${indent}     ${t('（送信フィルタなし）', '(no outbound filter)')}`);
      for (const v of hop.egressVerdicts) lines.push(`${indent}     ${verdictText(v, lang)}`);
    }
  });
  lines.push(`${indent}=> ${resultText(trace.result, lang)}${endingText(trace, lang)}${trace.discardRoute ? ` — ${trace.discardRoute.source.file}:${trace.discardRoute.source.line}: ${trace.discardRoute.source.text.trim()}` : ''}`);
  return lines;
}
