import { describe, expect, it } from 'vitest';
import { expectFullyUnderstood, iface, parseText } from './helpers.js';

/** A センター RTX accepting L2TP/IPsec remote access and one site-to-site IPsec tunnel (own writing). */
const CENTER = `# RTX1220 Rev.15.04.05
ip lan1 address 192.168.0.1/24
pp select 1
 pppoe use lan2
 pp auth accept pap chap
 pp auth myname isp-user Isp-Pass-9
 ip pp address 203.0.113.1/32
 pp enable 1
pp select anonymous
 pp bind tunnel4-tunnel5
 pp auth request mschap-v2
 pp auth username teacher01 Ra-Pass-Teacher
 pp auth username staff02 Ra-Pass-Staff
 ip pp remote address pool 192.168.0.192-192.168.0.199
 pp enable anonymous
l2tp service on
tunnel select 1
 ipsec tunnel 101
  ipsec sa policy 101 1 esp aes256-cbc sha256-hmac
  ipsec ike local address 1 203.0.113.1
  ipsec ike remote address 1 198.51.100.7
  ipsec ike pre-shared-key 1 text Site-Psk-1
 tunnel enable 1
tunnel select 4
 tunnel encapsulation l2tp
 ipsec tunnel 104
  ipsec sa policy 104 4 esp aes-cbc sha-hmac
  ipsec ike local address 4 203.0.113.1
  ipsec ike pre-shared-key 4 text Ra-Psk-4
  ipsec ike remote address 4 any
 l2tp tunnel auth on L2tp-Secret-4
 l2tp keepalive use on 10 3
 tunnel enable 4
tunnel select 5
 tunnel encapsulation l2tpv3
 tunnel endpoint address 203.0.113.1 192.0.2.50
 ipsec tunnel 105
  ipsec sa policy 105 5 esp aes-cbc sha-hmac
  ipsec ike local address 5 203.0.113.1
  ipsec ike remote address 5 192.0.2.99
 tunnel enable 5
ipsec transport 1 104 udp 1701
`;

const SECRETS = ['Isp-Pass-9', 'Ra-Pass-Teacher', 'Ra-Pass-Staff', 'Site-Psk-1', 'Ra-Psk-4', 'L2tp-Secret-4'];

describe('Yamaha RTX PPPoE and remote access (L2TP/IPsec)', () => {
  const result = parseText(CENTER);
  const { device } = result;

  it('understands every line', () => {
    expectFullyUnderstood(result);
  });

  it('marks a PPPoE interface as addressed by the provider unless it has a fixed address', () => {
    expect(iface(device, 'pp1').addresses).toEqual([{ address: '203.0.113.1', prefixLength: 32, family: 4 }]);
    const { device: d } = parseText('pp select 2\n pppoe use lan2\n pp enable 2\n');
    expect(iface(d, 'pp2').dynamicAddress).toBe('pppoe');
  });

  it('records dial-in accounts as local users without management rights, passwords as plaintext secrets', () => {
    const users = device.management.users.filter((u) => u.privilege === 'ppp (pp-anonymous)');
    expect(users.map((u) => [u.name, u.admin, u.password?.kind, u.password?.storage])).toEqual([
      ['teacher01', false, 'ppp-password', 'plaintext'],
      ['staff02', false, 'ppp-password', 'plaintext'],
    ]);
    // `pp auth myname` is the router's own ISP account, not an account on the router.
    expect(device.management.users.some((u) => u.name === 'isp-user')).toBe(false);
  });

  it('models the remote-access VPN: L2TP tunnel with its IPsec proposal in transport mode, PSK, and the anonymous PP', () => {
    const ra = device.vpn.tunnels.find((t) => t.interfaces.includes('tunnel4'))!;
    expect(ra).toMatchObject({ peer: 'any', interfaces: ['tunnel4', 'pp-anonymous'], ipsecProposals: ['sa policy 104'], authentication: 'pre-share' });
    expect(device.vpn.ipsecProposals.find((p) => p.name === 'sa policy 104')).toMatchObject({ mode: 'transport', encryption: ['aes-128'], integrity: ['sha1'] });
    expect(device.vpn.preSharedKeys.map((k) => k.peer)).toEqual(['198.51.100.7', 'any', 'tunnel4 (l2tp tunnel auth)']);
    expect(iface(device, 'tunnel4').tunnel).toMatchObject({ mode: 'l2tp', source: '203.0.113.1' });
    expect(iface(device, 'tunnel4').tunnel?.destination).toBeUndefined();
  });

  it('gives each IPsec tunnel interface its endpoints from `ipsec ike local/remote address`', () => {
    expect(iface(device, 'tunnel1').tunnel).toMatchObject({ source: '203.0.113.1', destination: '198.51.100.7' });
    expect(iface(device, 'tunnel1').tunnel?.sourceSpan.text).toContain('ipsec tunnel 101');
  });

  it('takes `ipsec ike local address GW ipcp pp N` as the PP interface, and other forms as no fixed address', () => {
    const text = (local: string) =>
      `tunnel select 1\n ipsec tunnel 1\n ipsec sa policy 1 1 esp aes-cbc sha-hmac\n ipsec ike local address 1 ${local}\n ipsec ike remote address 1 198.51.100.7\n tunnel enable 1\n`;
    const { device: ipcp, diagnostics } = parseText(text('ipcp pp 1'));
    expect(diagnostics).toEqual([]);
    expect(iface(ipcp, 'tunnel1').tunnel).toMatchObject({ source: 'pp1', destination: '198.51.100.7' });
    const { device: vrrp } = parseText(text('vrrp lan1 1'));
    expect(iface(vrrp, 'tunnel1').tunnel?.source).toBeUndefined();
  });

  it('prefers `tunnel endpoint address` over the IKE addresses', () => {
    expect(iface(device, 'tunnel5').tunnel).toMatchObject({ mode: 'l2tpv3', source: '203.0.113.1', destination: '192.0.2.50' });
  });

  it('never lets a password or key reach the output', () => {
    const json = JSON.stringify(result);
    for (const secret of SECRETS) expect(json.includes(secret), secret).toBe(false);
    const { diagnostics } = parseText('pp auth username u1 Leaked-Pass-1\nl2tp tunnel auth on Leaked-Pass-2\n');
    // Both lines are outside their pp/tunnel context: diagnostics, still redacted.
    expect(diagnostics).toHaveLength(2);
    const text = JSON.stringify(diagnostics);
    expect(text.includes('Leaked-Pass-1') || text.includes('Leaked-Pass-2')).toBe(false);
  });
});
