import { describe, expect, it } from 'vitest';
import { ignoredCommand } from '../../../src/parsers/cisco-ios/ignored.js';
import { parseText } from './helpers.js';

/** Modelled commands per mode, with the head of a block to put them in. */
const MODELLED: Record<'top' | 'interface' | 'line', { head?: string; lines: string[] }> = {
  top: {
    lines: [
      'hostname h', 'version 15.2', 'ip routing', 'no ip routing', 'ip route 0.0.0.0 0.0.0.0 192.0.2.1', 'ipv6 route ::/0 Null0',
      'ip default-gateway 192.0.2.1', 'ip http server', 'no ip http server', 'ip http secure-server', 'ip http access-class 10',
      'ip domain lookup', 'no ip domain-lookup', 'ip ssh version 2', 'ip ssh time-out 60', 'ip ssh authentication-retries 3',
      'logging host 192.0.2.1', 'logging 192.0.2.1', 'logging trap informational', 'snmp-server community c RO',
      'snmp-server host 192.0.2.1 c', 'snmp-server user u g v3', 'snmp-server group g v3 priv', 'no snmp-server',
      'ntp server 192.0.2.1', 'ntp authenticate', 'ntp authentication-key 1 md5 k', 'ntp trusted-key 1', 'ntp access-group peer 1',
      'service timestamps log datetime msec', 'service password-encryption', 'no service pad', 'service tcp-small-servers',
      'service udp-small-servers', 'service config', 'service dhcp', 'service password-recovery', 'service call-home',
      'service finger', 'ip finger', 'ip identd', 'ip bootp server', 'ip source-route', 'cdp run', 'no cdp run', 'lldp run',
      'vstack', 'no vstack', 'ftp-server enable', 'tftp-server flash:x', 'ip dhcp pool P', 'crypto isakmp policy 10',
      'crypto isakmp key k address 192.0.2.1', 'crypto keyring K', 'crypto ipsec transform-set T esp-aes', 'crypto map M 10 ipsec-isakmp',
      'crypto dynamic-map D 10', 'crypto ikev2 proposal P', 'crypto ikev2 policy P', 'crypto ikev2 keyring K', 'crypto ikev2 profile P',
      'crypto ipsec profile P', 'aaa new-model', 'no aaa new-model', 'aaa authentication login default local',
      'aaa authorization exec default local', 'aaa accounting exec default start-stop group tacacs+',
      'aaa local authentication attempts max-fail 3', 'radius server R', 'radius-server host 192.0.2.1', 'radius-server key k',
      'tacacs server T', 'tacacs-server host 192.0.2.1', 'tacacs-server key k', 'dot1x system-auth-control',
      'ip nat inside source list 1 interface Gi0/0 overload', 'ip access-list standard S', 'ip access-list extended X',
      'ipv6 access-list X', 'mac access-list extended X', 'access-list 10 permit any', 'object-group network N',
      'object-group service S', 'vlan 10', 'line vty 0 4', 'interface Gi0/0', 'interface range Gi0/1 - 2', 'enable secret 5 x',
      'enable password 7 0822455D0A16', 'username u privilege 15 secret 5 x', 'login block-for 60 attempts 3 within 30',
      'login on-success log', 'login on-failure log', 'security passwords min-length 8', 'clock timezone JST 9',
      'banner motd ^Cx^C', 'dot11 ssid S',
    ],
  },
  interface: {
    head: 'interface GigabitEthernet0/1',
    lines: [
      'description x', 'shutdown', 'no shutdown', 'ip address 10.0.0.1 255.255.255.0', 'ip address 10.0.1.1 255.255.255.0 secondary',
      'ip address dhcp', 'ip address negotiated', 'no ip address', 'ipv6 address 2001:db8::1/64', 'ip unnumbered Loopback0',
      'vrf forwarding V', 'ip vrf forwarding V', 'switchport', 'no switchport', 'switchport mode access', 'switchport access vlan 10',
      'switchport voice vlan 20', 'switchport trunk allowed vlan 10,20', 'switchport trunk native vlan 99', 'switchport nonegotiate',
      'switchport port-security', 'switchport port-security maximum 2', 'switchport port-security violation restrict',
      'switchport port-security mac-address sticky', 'encapsulation dot1Q 10', 'channel-group 1 mode active', 'ip access-group A in',
      'ipv6 traffic-filter A in', 'mac access-group A in', 'authentication port-control auto', 'access-session port-control auto',
      'dot1x port-control auto', 'dot1x pae authenticator', 'mab', 'authentication host-mode multi-auth', 'ip nat inside',
      'ip nat outside', 'crypto map M', 'tunnel source Loopback0', 'tunnel destination 192.0.2.1', 'tunnel mode gre ip',
      'tunnel protection ipsec profile P', 'zone-member security Z', 'bridge-group 1', 'ip proxy-arp', 'no ip proxy-arp',
      'ip redirects', 'no ip unreachables', 'ip directed-broadcast', 'no cdp enable', 'no mop enabled',
      'encryption vlan 10 mode ciphers aes-ccm', 'encryption mode wep mandatory', 'ssid S',
    ],
  },
  line: {
    head: 'line vty 0 4',
    lines: ['transport input ssh', 'exec-timeout 5 0', 'login local', 'login', 'no login', 'login authentication L', 'password 7 0822455D0A16', 'access-class 1 in', 'ipv6 access-class A in'],
  },
};

describe('Cisco IOS ignore lists', () => {
  for (const [kind, { head, lines }] of Object.entries(MODELLED) as [keyof typeof MODELLED, { head?: string; lines: string[] }][]) {
    it(`no ignored head in ${kind} mode swallows a modelled command`, () => {
      for (const line of lines) {
        expect(ignoredCommand(kind, line), line).toBeUndefined();
        const { device, diagnostics } = parseText(head ? `${head}\n ${line}\n` : `${line}\n`);
        expect(diagnostics.filter((d) => d.code === 'unrecognized'), line).toEqual([]);
        expect(device.stats.modelled, line).toBe(head ? 2 : 1);
      }
    });
  }

  it('ignores listed heads with `no` / `default`, wildcards, and the sub-modes of ignored blocks', () => {
    expect(ignoredCommand('top', 'spanning-tree mode rapid-pvst')).toEqual({ block: false });
    expect(ignoredCommand('top', 'no ip cef')).toEqual({ block: false });
    expect(ignoredCommand('top', 'router ospf 1')).toEqual({ block: true });
    expect(ignoredCommand('top', 'crypto map VPN local-address Gi0/0')).toEqual({ block: false });
    expect(ignoredCommand('interface', 'bridge-group 1 subscriber-loop-control')).toEqual({ block: false });
    expect(ignoredCommand('interface', 'default spanning-tree portfast')).toEqual({ block: false });
    expect(ignoredCommand('top', 'spanning')).toBeUndefined();
    const { device } = parseText('router bgp 65000\n neighbor 192.0.2.1 remote-as 65001\n address-family ipv4\n  network 10.0.0.0\n exit-address-family\nhostname after\n');
    expect(device.stats).toEqual({ lines: 6, modelled: 1, ignored: 5, unrecognized: 0 });
  });
});
