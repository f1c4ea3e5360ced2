/**
 * Top-level tables the parser knowingly does not model, per group with the reason. A table matches a
 * group when its path starts with one of the group's prefixes (word boundary). Every line of such a
 * table is counted as ignored. Tables neither modelled (convert.ts) nor listed here are reported line
 * by line as diagnostics: there is no catch-all.
 *
 * NOT_YET lists security-relevant tables not modelled yet (issue #4): their lines are diagnostics
 * with their own reason, so a user sees what the audit could not take into account.
 */
interface TableGroup {
  why: string;
  prefixes: string[];
}

const IGNORED: TableGroup[] = [
  {
    why: 'FortiGuard databases and predefined catalogs shipped with the firmware (internet services, URL categories, threat weights, data types): not site configuration.',
    prefixes: [
      'firewall internet-service-name', 'firewall internet-service-fortiguard', 'firewall internet-service-definition',
      'firewall internet-service-group', 'firewall internet-service-custom', 'firewall internet-service-addition',
      'firewall internet-service-append', 'firewall internet-service-botnet', 'firewall internet-service-ipbl',
      'firewall internet-service-owner', 'firewall internet-service-reputation', 'firewall internet-service-sld',
      'firewall internet-service-list', 'firewall internet-service-extension', 'firewall service category',
      'webfilter ftgd-local-cat', 'webfilter ftgd-local-rating', 'webfilter ftgd-risk-level', 'webfilter search-engine',
      'webfilter ips-urlfilter-setting', 'webfilter ips-urlfilter-setting6', 'log threat-weight', 'dlp filepattern',
      'dlp data-type', 'dlp sensitivity', 'dlp fp-sensitivity', 'dlp dictionary', 'casb saas-application',
      'casb user-activity', 'telemetry-controller', 'virtual-patch profile', 'application name', 'ips rule',
    ],
  },
  {
    why: 'Content of security (UTM) profiles: a policy records which profile it attaches by name; what each profile blocks is not modelled.',
    prefixes: [
      'webfilter profile', 'webfilter urlfilter', 'webfilter content', 'webfilter override', 'dnsfilter profile',
      'dnsfilter domain-filter', 'antivirus profile', 'antivirus settings', 'antivirus quarantine', 'ips sensor', 'ips global',
      'ips settings', 'application list', 'application group', 'waf profile', 'dlp profile', 'dlp sensor', 'emailfilter',
      'spamfilter', 'file-filter profile', 'voip profile', 'icap profile', 'casb profile', 'firewall profile-protocol-options',
      'firewall profile-group', 'videofilter', 'diameter-filter profile', 'ssh-filter profile', 'wanopt', 'web-proxy',
    ],
  },
  {
    why: 'Certificate and key stores: certificates are referenced by name where they matter; their content is key material and never shown.',
    prefixes: ['vpn certificate', 'firewall ssh local-key', 'firewall ssh local-ca', 'firewall ssh setting', 'certificate'],
  },
  {
    why: 'Messages, languages, GUI and reports: text shown to users, dashboards, widgets, report layouts, object tags.',
    prefixes: [
      'system replacemsg', 'system replacemsg-image', 'system custom-language', 'report', 'system object-tagging',
      'system admin-dashboard', 'system replacemsg-group', 'webfilter override-user', 'webfilter ftgd-warning', 'system gui-dashboard', 'widget', 'dashboard', 'system theme',
    ],
  },
  {
    why: 'Automation stitches, triggers and actions (alerting and scripted reactions): no effect on which traffic may flow.',
    prefixes: ['system automation-stitch', 'system automation-trigger', 'system automation-action', 'system automation-destination', 'system automation-condition'],
  },
  {
    why: 'Hardware, platform and performance settings (NPU, DPDK, switch chips, console, storage, resource limits, protocol helpers).',
    prefixes: [
      'system npu', 'system np6', 'system np6xlite', 'dpdk', 'system physical-switch', 'system virtual-switch',
      'system console', 'system storage', 'system resource-limits', 'system vdom-property', 'system standalone-cluster',
      'system auto-install', 'system session-helper', 'system lte-modem', 'system modem', 'system 5g-modem', 'hardware',
      'system affinity-interrupt', 'system ike', 'system auto-scale', 'system session-sync', 'system affinity-packet-redistribution', 'system pcp-server',
    ],
  },
  {
    why: 'FortiSwitch and FortiAP profiles (QoS, LLDP, PTP, storm control, radio and WIDS profiles): the SSIDs themselves are read from wireless-controller vap.',
    prefixes: [
      'switch-controller qos', 'switch-controller lldp-profile', 'switch-controller ptp', 'switch-controller storm-control-policy',
      'switch-controller traffic-policy', 'switch-controller initial-config', 'switch-controller auto-config',
      'switch-controller switch-profile', 'switch-controller remote-log', 'switch-controller security-policy',
      'switch-controller system', 'switch-controller global', 'switch-controller network-monitor-settings',
      'switch-controller switch-interface-tag', 'switch-controller igmp-snooping', 'switch-controller flow-tracking',
      'switch-controller fortilink-settings', 'switch-controller dynamic-port-policy', 'switch-controller mac-policy',
      'switch-controller 802-1X-settings', 'switch-controller switch-log', 'switch-controller snmp-sysinfo',
      'switch-controller snmp-trap-threshold', 'switch-controller sflow', 'switch-controller stp-settings',
      'switch-controller stp-instance', 'switch-controller quarantine', 'switch-controller vlan-policy',
      'switch-controller location', 'switch-controller lldp-settings',
      'wireless-controller wids-profile', 'wireless-controller ble-profile', 'wireless-controller arrp-profile',
      'wireless-controller setting', 'wireless-controller wtp-profile', 'wireless-controller timers',
      'wireless-controller global', 'wireless-controller log', 'wireless-controller qos-profile',
      'wireless-controller bonjour-profile', 'wireless-controller region', 'wireless-controller syslog-profile',
      'wireless-controller hotspot20', 'wireless-controller inter-controller', 'wireless-controller apcfg-profile',
      'wireless-controller mpsk-profile', 'wireless-controller nac-profile', 'wireless-controller access-control-list',
      'wireless-controller address', 'wireless-controller addrgrp', 'wireless-controller snmp', 'wireless-controller utm-profile',
      'wireless-controller wag-profile', 'wireless-controller vap-group', 'wireless-controller wtp-group',
    ],
  },
  {
    why: 'Update, cloud and fabric connectivity, name resolution and mail relay (FortiGuard, central management, DNS, e-mail server, IPAM, EMS connectors).',
    prefixes: [
      'system fortiguard', 'system autoupdate', 'system central-management', 'system ftm-push', 'system federated-upgrade',
      'system health-check-fortiguard', 'system email-server', 'system dns', 'system ddns', 'system ipam', 'endpoint-control',
      'system external-resource', 'system csf', 'system fortisandbox', 'system fortindr', 'system sdn-connector',
      'system dns-database', 'system dns-server', 'system fips-cc', 'system sflow', 'system netflow', 'system fortiai',
      'system ips-urlfilter-dns', 'system ips-urlfilter-dns6', 'system speed-test-schedule', 'system speed-test-server',
      'system link-monitor', 'system probe-response', 'system ptp', 'system tos-based-priority', 'system alarm',
      'system network-visibility', 'system sms-server', 'system sso-forticloud-admin', 'system ssh-config',
    ],
  },
  {
    why: 'Users, groups and devices for firewall authentication (not device administrators): policies record the user and group names.',
    prefixes: [
      'user local', 'user group', 'user fortitoken', 'user device', 'user device-group', 'user device-category',
      'user setting', 'user peer', 'user peergrp', 'user quarantine', 'user security-exempt-list', 'user password-policy',
      'user exchange', 'user adgrp', 'user domain-controller', 'user nac-policy', 'user certificate',
    ],
  },
  {
    why: 'Local log storage and log filters (memory, disk, null device, GUI display); remote log targets are read from syslogd and fortianalyzer settings.',
    prefixes: ['log setting', 'log memory', 'log disk', 'log null-device', 'log gui-display', 'log eventfilter', 'log custom-field', 'log fortiguard'],
  },
  {
    why: 'Address-pool services and helpers with no effect on which traffic may pass (DHCP pools, traffic shaping, schedules — a policy records its schedule name —, proxy and wildcard-FQDN objects, multicast objects, SSL-VPN host checks and portals).',
    prefixes: [
      'system dhcp server', 'system dhcp6 server', 'firewall shaper', 'firewall shaping-policy', 'firewall shaping-profile',
      'firewall schedule', 'firewall proxy-address', 'firewall proxy-addrgrp', 'firewall wildcard-fqdn', 'firewall multicast-address',
      'firewall multicast-address6', 'vpn ssl web host-check-software', 'vpn ssl web portal', 'vpn ssl web realm',
      'vpn ssl web user-bookmark', 'vpn ssl web user-group-bookmark', 'firewall ldb-monitor', 'firewall ipmacbinding',
      'firewall traffic-class', 'firewall decrypted-traffic-mirror', 'firewall identity-based-route', 'firewall auth-portal',
      'system arp-table', 'system mobile-tunnel', 'system pppoe-interface', 'system ipv6-neighbor-cache',
    ],
  },
  {
    why: 'Admin profiles (permission sets): an administrator with profile super_admin is the full administrator; the other profiles are not compared.',
    prefixes: ['system accprofile'],
  },
];

const NOT_YET: TableGroup[] = [
  {
    why: 'dynamic routing and SD-WAN are not modelled yet: routes they learn are missing from the reachability analysis / 動的ルーティング・SD-WAN は未対応（到達性解析に反映されません）',
    prefixes: ['router bgp', 'router ospf', 'router ospf6', 'router rip', 'router ripng', 'router isis', 'router multicast', 'router multicast6', 'system sdwan', 'system virtual-wan-link', 'router policy', 'router policy6', 'router prefix-list', 'router prefix-list6', 'router route-map', 'router access-list', 'router access-list6', 'router aspath-list', 'router community-list', 'router bfd', 'router static6'],
  },
  {
    why: 'IPv6 objects and policies, central NAT, IP pools and the other policy types (proxy, interface, DoS, sniffer) are not modelled yet / IPv6・セントラル NAT・IP プール・その他のポリシー種別は未対応',
    prefixes: ['firewall address6', 'firewall addrgrp6', 'firewall central-snat-map', 'firewall ippool', 'firewall ippool6', 'firewall vip6', 'firewall vipgrp', 'firewall policy6', 'firewall multicast-policy', 'firewall multicast-policy6', 'firewall DoS-policy', 'firewall DoS-policy6',
      'firewall local-in-policy6', 'firewall policy64', 'firewall policy46', 'firewall interface-policy', 'firewall interface-policy6',
      'firewall explicit-proxy-policy', 'firewall proxy-policy', 'firewall ttl-policy', 'firewall sniffer'],
  },
  {
    why: 'administrator access not modelled yet (API users, SSO admins, HA cluster access) / API ユーザ・SSO 管理者・HA は未対応',
    prefixes: ['system api-user', 'system sso-admin', 'system ha', 'system ha-monitor'],
  },
];

function matches(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix} `);
}

export type TableClass = { kind: 'ignored' } | { kind: 'not-yet'; reason: string } | { kind: 'unknown' };

export function classifyTable(path: string): TableClass {
  if (IGNORED.some((g) => g.prefixes.some((p) => matches(path, p)))) return { kind: 'ignored' };
  const notYet = NOT_YET.find((g) => g.prefixes.some((p) => matches(path, p)));
  if (notYet) return { kind: 'not-yet', reason: notYet.why };
  return { kind: 'unknown' };
}
