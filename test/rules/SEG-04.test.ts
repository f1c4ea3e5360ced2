// SEG-04: the endpoints of approved flows that touch koumu-internal are pinned by MAC where they attach.
import { rule } from '../../src/rules/seg/seg-04-endpoint-mac-pinning.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const ZONES = [
  'zone,class,cidr,device,interface',
  '校務,校務内部系,10.10.10.0/24,,',
  '学習,学習系,10.10.30.0/23,,',
  'インターネット,インターネット,,core1,GigabitEthernet1/0/48',
  '',
].join('\n');

/**
 * The file server FS01 sits on a port pinned by a static MAC; teacher PC 10.10.30.6 behind 802.1X/MAB;
 * teacher PC 10.10.30.5 on a port without any pinning; the PC at 10.10.30.8 is known only by the MAC
 * its port pins (no IP in the description); T-PC09's port names only its hostname.
 */
const CORE = `hostname core1
ip routing
!
interface GigabitEthernet1/0/1
 description FS01 file server 10.10.10.20
 switchport access vlan 10
 switchport mode access
 switchport port-security
 switchport port-security mac-address 0011.2233.4455
!
interface GigabitEthernet1/0/2
 description teacher PC 10.10.30.5
 switchport access vlan 30
 switchport mode access
!
interface GigabitEthernet1/0/3
 description teacher PC 10.10.30.6
 switchport access vlan 30
 switchport mode access
 authentication port-control auto
 mab
 dot1x pae authenticator
!
interface GigabitEthernet1/0/4
 description PC room teacher desk
 switchport access vlan 30
 switchport mode access
 switchport port-security
 switchport port-security mac-address 0011.2233.4466
!
interface GigabitEthernet1/0/5
 description T-PC09 teacher desk
 switchport access vlan 30
 switchport mode access
 authentication port-control auto
 mab
 dot1x pae authenticator
!
interface GigabitEthernet1/0/48
 description uplink to the Internet
 no switchport
 ip address 192.0.2.2 255.255.255.252
!
interface Vlan10
 ip address 10.10.10.1 255.255.255.0
!
interface Vlan30
 ip address 10.10.30.1 255.255.254.0
!
ip route 0.0.0.0 0.0.0.0 192.0.2.1
end
`;

const HEADER = 'from,to,protocol,ports,mac,reason,approval_id,approver,approved_date,expiry\n';
const flow = (from: string, to: string, mac = '') => `${HEADER}${from},${to},tcp,445,${mac},教材フォルダ,EX-7,CISO,2025-04-01,2027-03-31\n`;
const ASSETS_HEADER = 'hostname,ip,mac,zone\n';

const fs01Port = lineOf(CORE, 'interface GigabitEthernet1/0/1');
const unpinnedPort = lineOf(CORE, 'interface GigabitEthernet1/0/2');

testRule(rule, {
  valid: [
    { name: '802.1X/MAB host to a server on a static-MAC port', config: CORE, zones: ZONES, flows: flow('10.10.30.6', '10.10.10.20') },
    { name: 'a host found by the MAC its port pins, as the flow row names it', config: CORE, zones: ZONES, flows: flow('10.10.30.8', '10.10.10.20', '00:11:22:33:44:66') },
    {
      name: 'a host found by its assets.csv hostname in the port description (802.1X/MAB)',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.9', '10.10.10.20'),
      assets: `${ASSETS_HEADER}T-PC09,10.10.30.9,,学習\n`,
    },
    {
      name: 'an unpinned port, but assets.csv lists the host with its MAC',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.5', '10.10.10.20'),
      assets: `${ASSETS_HEADER}T-PC01,10.10.30.5,00:11:22:33:44:77,学習\n`,
    },
    {
      name: 'the Internet end of an approval is outside the audited network',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.10.20', 'インターネット'),
    },
    { name: 'no approval touches koumu-internal', config: CORE, zones: ZONES, flows: flow('10.10.30.5', 'インターネット'), check: 'not-applicable' },
    { name: 'an expired approval is SEG-01\'s, not checked here', config: CORE, zones: ZONES, flows: `${HEADER}10.10.30.5,10.10.10.20,tcp,445,,r,EX-1,CISO,2024-04-01,2025-03-31\n`, check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the source host attaches at a port without any pinning',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.5', '10.10.10.20'),
      findings: [{ object: 'flows.csv row 2 from 10.10.30.5', severity: 'medium', messageIncludes: 'core1 GigabitEthernet1/0/2', evidenceLines: [unpinnedPort, 2] }],
    },
    {
      name: 'no port names the host and assets.csv has no MAC for it: manual, saying what was looked for',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.7', '10.10.10.20'),
      findings: [{ object: 'flows.csv row 2 from 10.10.30.7', status: 'manual', messageIncludes: 'Looked for: an access port by 10.10.30.7 in its description', evidenceLines: [2] }],
    },
    {
      name: 'an address is matched as a whole: 10.10.10.2 is not the 10.10.10.20 of a description',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.6', '10.10.10.2'),
      findings: [{ object: 'flows.csv row 2 to 10.10.10.2', status: 'manual', evidenceLines: [2] }],
    },
    {
      name: 'the MAC of the flow row differs from assets.csv',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.30.6', '10.10.10.20', '00:11:22:33:44:88'),
      assets: `${ASSETS_HEADER}T-PC02,10.10.30.6,00:11:22:33:44:99,学習\n`,
      findings: [{ object: 'flows.csv row 2 from 10.10.30.6', messageIncludes: 'the flows.csv MAC 00:11:22:33:44:88 differs from the assets.csv MAC 00:11:22:33:44:99', evidenceLines: [lineOf(CORE, 'interface GigabitEthernet1/0/3'), 2, 2] }],
    },
    {
      name: 'the MAC of the flow row is not the one the server\'s port pins',
      config: CORE,
      zones: ZONES,
      flows: flow('10.10.10.20', '10.10.30.6', '00:11:22:33:44:aa'),
      findings: [{ object: 'flows.csv row 2 from 10.10.10.20', messageIncludes: 'not among the MACs pinned on core1 GigabitEthernet1/0/1 (00:11:22:33:44:55)', evidenceLines: [fs01Port, 2] }],
    },
    {
      name: 'a whole zone as the source cannot be pinned by MAC',
      config: CORE,
      zones: ZONES,
      flows: flow('学習', '10.10.10.20'),
      findings: [{ object: 'flows.csv row 2 from 学習', messageIncludes: 'is a whole zone, not a host', evidenceLines: [2] }],
    },
    {
      name: 'no zones.csv: one manual check for the network',
      config: CORE,
      findings: [{ object: 'zones.csv', status: 'manual' }],
    },
  ],
});
