// 第2章3(1)ア「校務内部系と外部との通信する必要がある場合は、通信経路の限定（MAC アドレス、IP アドレス）及びアプリケーションプロトコル（ポート番号）のレベルでの限定を行わなければならない」
import type { FlowClass } from '../../analysis/packet/describe.js';
import type { Rule } from '../types.js';
import { checkBoundaryFlows } from './seg-02-wide-flow-report.js';

/** More ports than this in one flow class is a wide range, not an application. */
const MAX_PORTS = 100;
const ALL_PORTS = 65536;
/** IP protocols with ports: TCP, UDP, SCTP. */
const PORT_PROTOCOLS = [6, 17, 132];
const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, sctp: 132 };

export const rule: Rule = {
  meta: {
    id: 'SEG-03',
    area: 'SEG',
    title: { ja: '校務内部系の境界を越える通信のポートが限定されていない', en: 'Traffic across the koumu-internal boundary not limited to ports' },
    description: {
      ja:
        'SEG-02 と同じく、校務内部系のゾーンと他の種別のゾーンの間で（どちらの向きでも）実際に通る通信を、それを判定して許可したフィルタ行に割り当て、行ごとに通信の種類に分けます。' +
        'プロトコルが any（または「any except …」）の種類、または TCP・UDP・SCTP で宛先ポートが any か 100 ポートを超える範囲の種類があれば、その行を不適合（高）とします。' +
        'ただし戻りの通信（送信元ポートが 100 ポート以下に限定され、TCP の established〔ACK/RST〕か UDP のもの）は、宛先ポートが一時ポートで広いのが当然なので対象外です。ICMP・GRE・ESP などポートの無いプロトコルは、プロトコルが限定されていれば対象外です。' +
        'flows.csv で承認された通信でも報告し、承認済みであることを示します。どのフィルタ行にも判定されずに通る通信（フィルタの無い経路）は経路ごとに報告します。zones.csv が無い場合は要確認です。',
      en:
        'As SEG-02 does, assigns the traffic that really passes between a koumu-internal zone and a zone of another class (either direction) to the filter lines that decide and permit it, and splits each line\'s traffic into flow classes. ' +
        'A line fails (high) when one of its classes allows any protocol (or "any except …"), or is TCP, UDP or SCTP with any destination port or a range of more than 100 ports. ' +
        'Replies are left out: a class whose source ports are limited to 100 or fewer and that is TCP established (ACK/RST) or UDP goes to ephemeral ports, which are wide by nature. Protocols without ports (ICMP, GRE, ESP …) pass once the protocol itself is limited. ' +
        'Traffic approved in flows.csv is reported too, and the message says it is approved. Traffic that passes with no filter line deciding it (an unfiltered path) is reported per path. Without zones.csv: manual check.',
    },
    severity: 'high',
    rating: { ease: 'moderate', fix: 'planned' },
    clauses: { kagoshima: ['3(1)ア'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '行を、必要なアプリケーションのプロトコルとポートに限定します。IOS の例: `permit ip host 10.10.20.30 host 10.10.10.20` を `permit tcp host 10.10.20.30 host 10.10.10.20 eq 445` に、`range 1 65535` は必要なポートだけに。戻りの通信は `established` か送信元ポートで限定します。' +
        '考え方: 校務内部系と他の領域の間の通信は、承認されたアプリケーション（ポート番号）に限る。',
      en:
        'Narrow the line to the protocol and ports of the application that needs it. IOS example: replace `permit ip host 10.10.20.30 host 10.10.10.20` with `permit tcp host 10.10.20.30 host 10.10.10.20 eq 445`, and `range 1 65535` with the ports needed. Limit replies with `established` or by source port. ' +
        'Idea: traffic between koumu-internal and another zone is limited to the approved applications (port numbers).',
    },
    evidence: {
      ja: '通信を許可したフィルタ行（フィルタの無い経路は経路上のインタフェース行）。',
      en: 'The filter line that lets the traffic through (for an unfiltered path, the interface lines on it).',
    },
    needsZones: true,
  },

  check(ctx) {
    checkBoundaryFlows(ctx, {
      what: { ja: '校務内部系の境界を越える通信のポートの限定', en: 'whether the traffic across the koumu-internal boundary is limited to ports' },
      property: {
        ja: 'ポートまたはプロトコルが限定されていない（ポート any、100 ポートを超える範囲、またはプロトコル any の）',
        en: 'ports or protocol are not limited (any port, a range of more than 100 ports, or any protocol)',
      },
      isWide: hasWidePorts,
    });
  },
};

function hasWidePorts(flowClass: FlowClass): boolean {
  if (flowClass.protocols.startsWith('any')) return true;
  const protocols = protocolNumbers(flowClass.protocols);
  if (!protocols.some((p) => PORT_PROTOCOLS.includes(p))) return false;
  if (portCount(flowClass.dstPorts) <= MAX_PORTS) return false;
  const reply = flowClass.established === true || flowClass.protocols === 'udp';
  return !(reply && portCount(flowClass.srcPorts) <= MAX_PORTS);
}

/** Protocol numbers of describe()'s protocol text (`tcp`, `udp, icmp`, `50-51`). */
function protocolNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const item of text.split(/,\s*/)) {
    const range = /^(\d+)-(\d+)$/.exec(item);
    if (range) for (let p = Number(range[1]); p <= Number(range[2]); p++) numbers.push(p);
    else if (/^\d+$/.test(item)) numbers.push(Number(item));
    else if (PROTOCOL_NUMBERS[item] !== undefined) numbers.push(PROTOCOL_NUMBERS[item]);
  }
  return numbers;
}

/** How many ports describe()'s port items cover; undefined items = every port. */
function portCount(items: string[] | undefined): number {
  if (items === undefined) return ALL_PORTS;
  return items.reduce((sum, item) => sum + itemCount(item), 0);
}

function itemCount(item: string): number {
  const except = /^any except (.*)$/.exec(item);
  if (except) return ALL_PORTS - except[1]!.split(/,\s*/).reduce((sum, x) => sum + itemCount(x), 0);
  const range = /^(\d+)-(\d+)$/.exec(item);
  if (range) return Number(range[2]) - Number(range[1]) + 1;
  const mask = /^\d+ mask 0x([0-9a-f]+)$/.exec(item);
  if (mask) return 2 ** [...BigInt(`0x${mask[1]}`).toString(2)].filter((b) => b === '1').length;
  // `… +N`: N more items, each at least one port.
  const more = /^… \+(\d+)$/.exec(item);
  if (more) return Number(more[1]);
  return 1;
}
