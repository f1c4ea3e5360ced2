import type { NatRule } from '../../model/index.js';
import { protocolOf } from './acl-values.js';
import { currentInterface } from './interfaces.js';
import { LineNotUnderstood } from './line-error.js';
import type { LineContext } from './state.js';

/**
 * Address translation on IX is set on the outside interface (vendor-syntax.md §2):
 * `ip napt enable` hides the inside networks behind the interface's address; `ip napt static` and
 * `ip napt service` open a port of that address towards an inside host (port forwarding) or, when
 * the target is the interface itself, towards the router (IKE and ESP to the router's own IPsec).
 */
export function naptEnable(_ast: unknown, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  iface.natRole = 'outside';
  const rule: NatRule = { kind: 'dynamic', direction: 'source', inside: {}, outside: { interface: iface.name }, overload: true, source: ctx.span };
  ctx.state.device.nat.push(rule);
}

const PORTED = new Set([6, 17]);

function natProtocol(word: string): number {
  const protocol = protocolOf(word, 4);
  if (protocol === undefined) throw new LineNotUnderstood(`protocol "${word}" cannot be forwarded / 転送できないプロトコル`);
  return protocol;
}

/**
 * `ip napt static TARGET PROTO [INSIDE-IP] [PORT [OUTSIDE-PORT]]`. TARGET is an inside address, or
 * an interface name (the router itself, as in `ip napt static GigaEthernet0.1 udp 500`); a protocol
 * without ports (`50` = ESP) forwards the whole protocol.
 */
export function naptStatic(ast: { target: string; proto: string; inside: string | null; ports: number[] }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  const protocol = natProtocol(ast.proto);
  if (!PORTED.has(protocol) && ast.ports.length > 0) throw new LineNotUnderstood('ports given for a protocol without ports / ポートのないプロトコルにポートが指定されています');
  if (ast.ports.some((p) => p > 65535)) throw new LineNotUnderstood('port out of range / ポート番号が範囲外です');
  const insideAddress = ast.inside ?? (/^[0-9.]+$/.test(ast.target) ? ast.target : undefined);
  const [insidePort, outsidePort = insidePort] = ast.ports;
  ctx.state.device.nat.push({
    kind: 'port-forward',
    direction: 'destination',
    protocol,
    inside: { ...(insideAddress ? { address: insideAddress, prefixLength: 32 } : {}), ...(insidePort !== undefined ? { port: insidePort } : {}) },
    outside: { interface: iface.name, ...(outsidePort !== undefined ? { port: outsidePort } : {}) },
    source: ctx.span,
  });
}

/** `ip napt service NAME INSIDE-IP OUTSIDE-IP|none PROTO PORT [OUTSIDE-PORT]`. */
export function naptService(ast: { inside: string; outside: string; proto: string; ports: number[] }, ctx: LineContext): void {
  const iface = currentInterface(ctx);
  const protocol = natProtocol(ast.proto);
  if (ast.ports.some((p) => p > 65535)) throw new LineNotUnderstood('port out of range / ポート番号が範囲外です');
  const [insidePort, outsidePort] = ast.ports;
  ctx.state.device.nat.push({
    kind: 'port-forward',
    direction: 'destination',
    protocol,
    inside: { address: ast.inside, prefixLength: 32, port: insidePort! },
    outside: { ...(ast.outside === 'none' ? { interface: iface.name } : { address: ast.outside }), port: outsidePort ?? insidePort! },
    source: ctx.span,
  });
}
