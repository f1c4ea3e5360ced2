// 第2章6(5)ア(イ)「不要なサービスについて、機能を削除又は停止」・6(1)ス(イ)「機密性の高い情報を取り扱うネットワークについて…暗号化等の措置」
import type { Device, ServiceState } from '../../model/index.js';
import { effectiveTransport, isRemoteLine, transportIsDefault } from '../helpers/access-lines.js';
import type { Rule, RuleContext } from '../types.js';

const PLAINTEXT_LINE_PROTOCOLS = ['telnet', 'rlogin'] as const;

export const rule: Rule = {
  meta: {
    id: 'MGT-03',
    area: 'MGT',
    title: { ja: '管理通信の暗号化（Telnet/HTTP/SSHv1 の禁止）', en: 'Encrypted management (no Telnet, HTTP or SSHv1)' },
    description: {
      ja:
        'リモート管理回線（vty 等。コンソールは除く）が Telnet または rlogin を受け付ける場合（transport input に含まれる、または未設定で機器既定値に含まれる）を不適合とします（transport input none のように接続を受け付けない回線は対象外）。' +
        'HTTP（平文）の管理サーバや Telnet サーバが有効な場合も不適合です（HTTPS は適合。HTTP にアクセス制限フィルタがあれば重大度を中に下げます）。' +
        'SSH を受け付ける機器で SSH バージョンが 1 の場合は高、2 に限定されていない場合（既定が SSHv1 も受け付ける機種がある。IOS では 1.99 互換モード）は中として報告します。',
      en:
        'Fails a remote management line (vty etc.; not the console) that accepts Telnet or rlogin, either as configured or, when transport input is not set, by the platform default (lines that accept nothing, e.g. transport input none, are fine). ' +
        'Also fails an enabled plaintext HTTP management server or Telnet server (HTTPS is fine; an HTTP server restricted by an access filter is reported as medium). ' +
        'On a device that accepts SSH, SSH version 1 is reported high, and SSH not limited to version 2 medium (some platform defaults still accept SSHv1, e.g. IOS compatibility mode 1.99).',
    },
    severity: 'high',
    rating: { ease: 'easy', fix: 'quick' },
    clauses: { kagoshima: ['6(5)ア(イ)', '6(1)ス(イ)'], sorachi: ['6(6)'] },
    remediation: {
      ja:
        '管理接続を暗号化された方式だけにします。IOS の例: 各 vty に `transport input ssh`、`no ip http server`（Web 管理が必要なら `ip http secure-server` と `ip http access-class`）、`ip ssh version 2`。' +
        '考え方: 管理回線は SSHv2・HTTPS のみ受け付け、Telnet・HTTP・SSHv1 を無効にする。',
      en:
        'Allow only encrypted management. IOS example: `transport input ssh` on every vty, `no ip http server` (if web management is needed, `ip http secure-server` with `ip http access-class`), `ip ssh version 2`. ' +
        'Idea: management accepts SSHv2 and HTTPS only; Telnet, HTTP and SSHv1 are off.',
    },
    evidence: {
      ja: '回線（line）の設定行、HTTP/Telnet サーバの設定行（既定値の場合は機器の行）、SSH バージョンの設定行。',
      en: 'The line definition, the HTTP/Telnet server line (the device line when it is a default), the SSH version line.',
    },
  },

  check(ctx) {
    for (const device of ctx.devices) {
      checkLines(ctx, device);
      checkServers(ctx, device);
      checkSshVersion(ctx, device);
    }
  },
};

function checkLines(ctx: RuleContext, device: Device): void {
  for (const line of device.management.lines.filter(isRemoteLine)) {
    const accepted = effectiveTransport(line).filter((p) => (PLAINTEXT_LINE_PROTOCOLS as readonly string[]).includes(p));
    if (accepted.length === 0) continue;
    const names = accepted.join(', ');
    const why = transportIsDefault(line)
      ? { ja: '（transport input が未設定のため機器の既定値）', en: ' (transport input not set, so the platform default applies)' }
      : { ja: '', en: '' };
    ctx.report({
      device,
      object: line.name,
      key: 'plaintext-transport',
      message: {
        ja: `${line.name} が平文の管理接続（${names}）を受け付けます${why.ja}。`,
        en: `${line.name} accepts plaintext management sessions (${names})${why.en}.`,
      },
      evidence: [line.source],
    });
  }
}

function checkServers(ctx: RuleContext, device: Device): void {
  for (const service of device.management.services) {
    if (!service.enabled) continue;
    if (service.name === 'http-server') reportHttp(ctx, device, service);
    if (service.name === 'telnet-server') {
      ctx.report({
        device,
        object: 'telnet-server',
        message: {
          ja: `Telnet サーバ（平文の管理接続）が有効です${defaultNote(service).ja}。`,
          en: `The Telnet server (plaintext management) is enabled${defaultNote(service).en}.`,
        },
        evidence: [service.source],
      });
    }
  }
}

function reportHttp(ctx: RuleContext, device: Device, service: ServiceState): void {
  const restricted = service.accessClass !== undefined;
  const restriction = restricted
    ? { ja: `（アクセス制限 ${service.accessClass} あり）`, en: ` (restricted by ${service.accessClass})` }
    : { ja: '（アクセス制限なし）', en: ' (no access restriction)' };
  ctx.report({
    device,
    object: 'http-server',
    severity: restricted ? 'medium' : 'high',
    message: {
      ja: `HTTP（平文）の管理サーバが有効です${defaultNote(service).ja}${restriction.ja}。`,
      en: `The plaintext HTTP management server is enabled${defaultNote(service).en}${restriction.en}.`,
    },
    evidence: [service.source],
  });
}

function defaultNote(service: ServiceState): { ja: string; en: string } {
  return service.explicit ? { ja: '', en: '' } : { ja: '（機器の既定値）', en: ' (platform default)' };
}

/** SSH matters only where some line or server accepts it. */
function acceptsSsh(device: Device): boolean {
  const { lines, services } = device.management;
  return (
    lines.some((l) => isRemoteLine(l) && effectiveTransport(l).includes('ssh')) ||
    services.some((s) => s.name === 'ssh-server' && s.enabled)
  );
}

function checkSshVersion(ctx: RuleContext, device: Device): void {
  const { ssh } = device.management;
  if (ssh.version === 2 || !acceptsSsh(device)) return;
  const evidence = [ssh.source ?? device.source];
  if (ssh.version === 1) {
    ctx.report({
      device,
      object: 'ssh',
      message: { ja: 'SSH がバージョン 1（既知の脆弱性あり）に設定されています。', en: 'SSH is set to version 1, which has known weaknesses.' },
      evidence,
    });
    return;
  }
  ctx.report({
    device,
    object: 'ssh',
    severity: 'medium',
    message: {
      ja: 'SSH バージョンが 2 に限定されていません。機器の既定が SSHv1 も受け付ける場合（Cisco IOS の互換モード 1.99 など）、SSHv1 の接続を受け付けます。SSHv2 のみに限定する設定があれば設定し、ない機種では製品仕様で SSHv2 のみであることを確認してください。',
      en: 'SSH is not limited to version 2. Where the platform default also accepts SSHv1 (Cisco IOS compatibility mode 1.99, for instance), SSHv1 sessions are accepted. Set SSHv2 only where the platform offers it; where it does not, confirm from the product specification that it speaks SSHv2 only.',
    },
    evidence,
  });
}
