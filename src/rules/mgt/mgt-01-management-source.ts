// 第2章6(2)ア(ア)「所管するネットワーク又は情報システムごとにアクセスする権限のない職員等がアクセスできないように、必要に応じてシステム上制限しなければならない。」・6(1)ク(イ)「不正アクセスを防止するため、ネットワークに適切なアクセス制御を施さなければならない。」
import type { Device, SourceSpan } from '../../model/index.js';
import { fromAny, managementEntries, managementSubnets, protocolLabel, type ManagementEntry } from '../helpers/management-access.js';
import type { Rule, RuleContext } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'MGT-01',
    area: 'MGT',
    title: { ja: '管理アクセス元の制限', en: 'Management source restriction' },
    description: {
      ja:
        'SSH・Telnet・HTTP(S) の管理接続を受け付ける機器について、接続元が管理セグメントに限定されているかを調べます。制限は、回線のアクセスクラス、管理サーバのアクセスリスト（ホスト指定）、アカウントごとの接続元（信頼ホスト）、管理面フィルタ（local-in）の積として評価します。' +
        '制限が一つも無ければ不適合（どこからでも接続可）。制限が管理セグメント外の送信元を通す場合も不適合です。管理セグメントは segaudit.json の site.managementSubnets と zones.csv の管理ゾーンから取り、どちらも無い場合は要確認とします。',
      en:
        'For each device accepting SSH, Telnet or HTTP(S) management, checks that sessions are limited to the management subnets. The restrictions are evaluated together: the line access class, the management server access list (host list), per-account trusted hosts and a management-plane filter (local-in). ' +
        'No restriction at all fails (reachable from anywhere); a restriction that lets a source outside the management subnets through fails too. The management subnets come from segaudit.json site.managementSubnets and the 管理 (management) zones of zones.csv; with neither, the result is 要確認 (manual).',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(2)ア(ア)', '6(1)ク(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '管理接続を管理セグメントからだけ受け付けます。IOS: `ip access-list standard MGMT` / ` permit 10.0.99.0 0.0.0.255`、各 vty に `access-class MGMT in`、`ip http access-class ipv4 MGMT`。' +
        'FortiGate: 全管理者に `set trusthost1 10.0.99.0 255.255.255.0`（必要なら local-in-policy で管理 IF 以外を拒否）。Yamaha RTX: `sshd host 10.0.99.0/24`、`httpd host 10.0.99.0/24`、`telnetd host none`。' +
        'AlliedWare Plus: `access-list 10 permit 10.0.99.0 0.0.0.255`、`line vty 0 4` / ` access-class 10`。NEC IX: `ip access-list MGMT permit ip src 10.0.99.0/24 dest any`、`ssh-server ip access-list MGMT`。',
      en:
        'Accept management only from the management subnets. IOS: `ip access-list standard MGMT` / ` permit 10.0.99.0 0.0.0.255`, `access-class MGMT in` on every vty, `ip http access-class ipv4 MGMT`. ' +
        'FortiGate: `set trusthost1 10.0.99.0 255.255.255.0` on every administrator (and a local-in-policy if needed). Yamaha RTX: `sshd host 10.0.99.0/24`, `httpd host 10.0.99.0/24`, `telnetd host none`. ' +
        'AlliedWare Plus: `access-list 10 permit 10.0.99.0 0.0.0.255`, `line vty 0 4` / ` access-class 10`. NEC IX: `ip access-list MGMT permit ip src 10.0.99.0/24 dest any`, `ssh-server ip access-list MGMT`.',
    },
    evidence: {
      ja: '管理サービス・回線の行と、それを制限するフィルタ・信頼ホストの行。',
      en: 'The management service or line, and the filter or trusted-host lines restricting it.',
    },
    needsSiteFacts: ['managementSubnets'],
  },

  check(ctx) {
    const subnets = managementSubnets(ctx);
    const inManagement = fromAny(ctx, subnets.prefixes);
    for (const device of ctx.devices) {
      const entries = managementEntries(ctx, device);
      if (entries.length === 0) {
        ctx.notApplicable(device, { ja: 'リモート管理を受け付けていません', en: 'accepts no remote management' });
        continue;
      }
      for (const entry of entries) {
        if (entry.restrictions.length === 0) reportOpen(ctx, device, entry);
        else if (subnets.prefixes.length === 0) reportNoSubnets(ctx, device, entry);
        else {
          const outside = entry.permitted.subtract(inManagement);
          if (!outside.isEmpty()) reportOutside(ctx, device, entry, outside.example()?.srcIp ?? '', subnets.names);
        }
      }
    }
  },
};

function evidenceOf(entry: ManagementEntry): SourceSpan[] {
  const spans = [...entry.sources, ...entry.restrictions.map((r) => r.source)];
  return spans.filter((s, i) => spans.findIndex((t) => t.file === s.file && t.line === s.line) === i);
}

function reportOpen(ctx: RuleContext, device: Device, entry: ManagementEntry): void {
  ctx.report({
    device,
    object: entry.protocol,
    message: {
      ja: `${protocolLabel(entry)} の管理接続に接続元の制限がありません（どこからでも接続できます）。`,
      en: `${protocolLabel(entry)} management has no source restriction: it accepts sessions from any address.`,
    },
    evidence: evidenceOf(entry),
  });
}

function reportNoSubnets(ctx: RuleContext, device: Device, entry: ManagementEntry): void {
  const names = entry.restrictions.map((r) => r.name).join(', ');
  ctx.report({
    device,
    object: entry.protocol,
    status: 'manual',
    message: {
      ja: `${protocolLabel(entry)} の管理接続は ${names} で制限されていますが、管理セグメントが定義されていないため、制限が管理セグメントに限られているかを判定できません。segaudit.json の site.managementSubnets か zones.csv の管理ゾーンを定義してください。`,
      en: `${protocolLabel(entry)} management is restricted by ${names}, but no management subnet is defined, so whether it is limited to them cannot be decided. Define site.managementSubnets in segaudit.json or a management zone in zones.csv.`,
    },
    evidence: evidenceOf(entry),
  });
}

function reportOutside(ctx: RuleContext, device: Device, entry: ManagementEntry, example: string, subnets: string[]): void {
  const names = entry.restrictions.map((r) => r.name).join(', ');
  ctx.report({
    device,
    object: entry.protocol,
    message: {
      ja: `${protocolLabel(entry)} の管理接続の制限（${names}）が管理セグメント（${subnets.join(', ')}）以外の送信元も通します（例: ${example}）。`,
      en: `The restriction of ${protocolLabel(entry)} management (${names}) also lets sources outside the management subnets (${subnets.join(', ')}) through (e.g. ${example}).`,
    },
    evidence: evidenceOf(entry),
  });
}
