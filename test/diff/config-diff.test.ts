// segaudit diff, config part (issue #6 item 2): what changed in a device's configuration, by model
// object — a renumbered line is not a change, a moved line is "moved", a reordered policy is "moved".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffDeviceConfig } from '../../src/diff/config-diff.js';
import type { ConfigChange } from '../../src/diff/config-change.js';
import { LCS_CELL_LIMIT, orderedDiff } from '../../src/diff/config/ordered-diff.js';
import type { Device, Secret, VendorId } from '../../src/model/index.js';
import { parserFor } from '../../src/parsers/registry.js';

function parse(vendor: VendorId, lines: string[], file = 'x.cfg'): Device {
  const { device, diagnostics } = parserFor(vendor)!.parse(lines.join('\n'), file);
  expect(diagnostics.filter((d) => d.code === 'unrecognized')).toEqual([]);
  return device;
}

const ios = (lines: string[]): Device => parse('cisco-ios', lines);

/** kind, op, object (and detail.en when present): enough to say what a change is. */
function brief(changes: ConfigChange[]): string[] {
  return changes.map((c) => `${c.kind} ${c.op} ${c.object}${c.detail ? ` — ${c.detail.en}` : ''}`);
}

function router(acl: string[], options: { binding?: string; extra?: string[] } = {}): string[] {
  return [
    'hostname r1',
    'interface GigabitEthernet0/1',
    ' ip address 10.0.0.1 255.255.255.0',
    options.binding ?? ' ip access-group ACL-IN in',
    'ip access-list extended ACL-IN',
    ...acl,
    ...(options.extra ?? []),
    'ip route 0.0.0.0 0.0.0.0 192.0.2.1',
    'end',
  ];
}

const ACL = [' 10 permit tcp any host 10.0.0.5 eq 22', ' 20 deny tcp any any', ' 30 permit ip any any'];

describe('diffDeviceConfig — Cisco IOS', () => {
  it('reports nothing for two copies of the same config', () => {
    expect(diffDeviceConfig(ios(router(ACL)), ios(router(ACL)))).toEqual([]);
  });

  it('reports nothing when every line only moved down the file (secrets included)', () => {
    const config = router(ACL, { extra: ['snmp-server community Kagoshima-Ro1 RO', 'username admin secret 5 $1$abcd$0123456789abcdefghijkl'] });
    const shifted = ['!', '! exported 2026-10-01', ...config];
    expect(diffDeviceConfig(ios(config), ios(shifted))).toEqual([]);
  });

  it('reports an inserted ACL line once, although the later lines get new sequence numbers', () => {
    const after = [' 10 permit tcp any host 10.0.0.5 eq 22', ' 20 permit tcp any host 10.0.0.6 eq 80', ' 30 deny tcp any any', ' 40 permit ip any any'];
    const changes = diffDeviceConfig(ios(router(ACL)), ios(router(after)));
    expect(changes).toEqual([
      {
        kind: 'filter-line',
        op: 'added',
        object: 'ACL-IN #2',
        parent: 'ACL-IN',
        after: { file: 'x.cfg', line: 7, text: ' 20 permit tcp any host 10.0.0.6 eq 80' },
        detail: { ja: '20 permit tcp any host 10.0.0.6 eq 80', en: '20 permit tcp any host 10.0.0.6 eq 80' },
      },
    ]);
  });

  it('does not count a new remark as a change of the line', () => {
    const after = [' remark ssh from admins', ...ACL];
    expect(diffDeviceConfig(ios(router(ACL)), ios(router(after)))).toEqual([]);
  });

  it('reports a line moved in front of another as one move with both positions', () => {
    const after = [' 5 permit ip any any', ' 10 permit tcp any host 10.0.0.5 eq 22', ' 20 deny tcp any any'];
    const changes = diffDeviceConfig(ios(router(ACL)), ios(router(after)));
    expect(brief(changes)).toEqual(['filter-line moved ACL-IN #1 — position 3 → 1: 5 permit ip any any']);
    expect(changes[0]).toMatchObject({ parent: 'ACL-IN', before: { line: 8 }, after: { line: 6 } });
  });

  it('reports a removed line with the line it was', () => {
    const changes = diffDeviceConfig(ios(router(ACL)), ios(router([ACL[0]!, ACL[2]!])));
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'filter-line', op: 'removed', object: 'ACL-IN #2', parent: 'ACL-IN', before: { file: 'x.cfg', line: 7, text: ' 20 deny tcp any any' } }),
    ]);
  });

  it('reports a changed line as the old one removed and the new one added', () => {
    const changes = diffDeviceConfig(ios(router(ACL)), ios(router([ACL[0]!, ' 20 permit tcp any any', ACL[2]!])));
    expect(brief(changes)).toEqual(['filter-line added ACL-IN #2 — 20 permit tcp any any', 'filter-line removed ACL-IN #2 — 20 deny tcp any any']);
  });

  it('reports an access-group turned to the other direction as one binding removed and one added', () => {
    const changes = diffDeviceConfig(ios(router(ACL)), ios(router(ACL, { binding: ' ip access-group ACL-IN out' })));
    expect(changes).toEqual([
      { kind: 'binding', op: 'removed', object: 'GigabitEthernet0/1 in ACL-IN', parent: 'GigabitEthernet0/1', before: { file: 'x.cfg', line: 4, text: ' ip access-group ACL-IN in' } },
      { kind: 'binding', op: 'added', object: 'GigabitEthernet0/1 out ACL-IN', parent: 'GigabitEthernet0/1', after: { file: 'x.cfg', line: 4, text: ' ip access-group ACL-IN out' } },
    ]);
  });

  it('reports a filter bound elsewhere than an interface by its purpose', () => {
    const http = (acl: string) => router(ACL, { extra: ['ip access-list standard MGMT', ' permit 10.0.0.0 0.0.0.255', 'ip http server', `ip http access-class ${acl}`] });
    const changes = diffDeviceConfig(ios(http('MGMT')), ios(http('ACL-IN')));
    expect(changes.filter((c) => c.kind === 'binding')).toEqual([
      { kind: 'binding', op: 'added', object: 'http-server in ACL-IN', parent: 'http-server', after: { file: 'x.cfg', line: 12, text: 'ip http access-class ACL-IN' } },
      { kind: 'binding', op: 'removed', object: 'http-server in MGMT', parent: 'http-server', before: { file: 'x.cfg', line: 12, text: 'ip http access-class MGMT' } },
    ]);
  });

  it('reports filters added and removed whole, not line by line', () => {
    const before = ios(router(ACL, { extra: ['ip access-list extended OLD', ' permit ip any any'] }));
    const after = ios(router(ACL, { extra: ['ip access-list extended NEW', ' deny ip any any', ' permit tcp any any'] }));
    expect(brief(diffDeviceConfig(before, after))).toEqual(['filter added NEW — 2 lines', 'filter removed OLD — 1 line']);
  });

  it('reports an address object whose members changed, naming the addresses', () => {
    const before = ios(router(ACL, { extra: ['object-group network SERVERS', ' host 10.0.0.5'] }));
    const after = ios(router(ACL, { extra: ['object-group network SERVERS', ' host 10.0.0.6'] }));
    const changes = diffDeviceConfig(before, after);
    expect(brief(changes)).toEqual(['address-object changed SERVERS — members 10.0.0.5/32 → 10.0.0.6/32']);
    expect(changes[0]!.before!.text).toBe('object-group network SERVERS');
  });

  it('reports a route added, and a new distance as a change of the same route', () => {
    const before = ios(router(ACL, { extra: ['ip route 10.9.0.0 255.255.0.0 192.0.2.9'] }));
    const after = ios(router(ACL, { extra: ['ip route 10.9.0.0 255.255.0.0 192.0.2.9 200', 'ip route 10.8.0.0 255.255.0.0 192.0.2.8'] }));
    expect(brief(diffDeviceConfig(before, after))).toEqual([
      'route added 10.8.0.0/16 via 192.0.2.8',
      'route changed 10.9.0.0/16 via 192.0.2.9 — distance - → 200',
    ]);
  });

  it('reports an interface shut down, but not a new description', () => {
    const before = ios(router(ACL));
    const after = ios(router(ACL, { binding: ' ip access-group ACL-IN in\n description to school LAN\n shutdown' }));
    expect(brief(diffDeviceConfig(before, after))).toEqual(['interface changed GigabitEthernet0/1 — shutdown false → true']);
  });

  it('says an SNMP community changed without ever showing the community or its fingerprint', () => {
    const before = ios(router(ACL, { extra: ['snmp-server community Kagoshima-Ro1 RO'] }));
    const after = ios(router(ACL, { extra: ['snmp-server community Satsuma-Ro2 RO'] }));
    const changes = diffDeviceConfig(before, after);
    expect(brief(changes)).toEqual(['management changed snmp — SNMP: communities']);
    expect(changes[0]!.before!.text).toBe('snmp-server community <redacted> RO');
    const json = JSON.stringify(changes);
    for (const side of [before, after]) {
      const secret = side.management.snmp.communities[0]!.community;
      expect(json).not.toContain(secret.fingerprint);
    }
    expect(json).not.toContain('Kagoshima-Ro1');
    expect(json).not.toContain('Satsuma-Ro2');
  });

  it('says a VPN pre-shared key changed without showing it', () => {
    const before = ios(router(ACL, { extra: ['crypto isakmp key Old-Key-123 address 192.0.2.7'] }));
    const after = ios(router(ACL, { extra: ['crypto isakmp key New-Key-456 address 192.0.2.7'] }));
    const changes = diffDeviceConfig(before, after);
    expect(brief(changes)).toEqual(['vpn changed psk 192.0.2.7 — pre-shared key changed']);
    const json = JSON.stringify(changes);
    expect(json).not.toContain('Old-Key-123');
    expect(json).not.toContain('New-Key-456');
    expect(json).not.toContain(before.vpn.preSharedKeys[0]!.key.fingerprint);
  });

  it('lists changes by kind, then object, the same on every run', () => {
    const before = ios(router(ACL, { extra: ['snmp-server community Kagoshima-Ro1 RO'] }));
    const after = ios(router([...ACL, ' 40 deny ip any any'], { binding: ' ip access-group ACL-IN out', extra: ['ip route 10.8.0.0 255.255.0.0 192.0.2.8'] }));
    const changes = diffDeviceConfig(before, after);
    expect(changes.map((c) => c.kind)).toEqual(['filter-line', 'binding', 'binding', 'route', 'management']);
    expect(diffDeviceConfig(before, after)).toEqual(changes);
  });
});

const fgt = (lines: string[]): Device => parse('fortigate', lines, 'fw.conf');

function policy(id: number, fields: string[]): string[] {
  return [`edit ${id}`, ...fields, 'next'];
}

const WEB = ['set srcintf "lan"', 'set dstintf "wan1"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action accept', 'set schedule "always"', 'set service "HTTP" "HTTPS"'];
const DNS = ['set srcintf "lan"', 'set dstintf "wan1"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action accept', 'set schedule "always"', 'set service "DNS"'];
const BLOCK = ['set srcintf "lan"', 'set dstintf "koumu"', 'set srcaddr "all"', 'set dstaddr "all"', 'set action deny', 'set schedule "always"', 'set service "ALL"'];

function firewall(policies: string[][]): string[] {
  return ['config firewall policy', ...policies.flat(), 'end'];
}

describe('diffDeviceConfig — FortiGate rulebase', () => {
  const before = fgt(firewall([policy(1, WEB), policy(2, DNS), policy(3, BLOCK)]));

  it('reports nothing for the same rulebase, a policy of several services being one policy', () => {
    expect(before.securityPolicy!.rules.filter((r) => r.id === '1')).toHaveLength(2);
    expect(diffDeviceConfig(before, fgt(firewall([policy(1, WEB), policy(2, DNS), policy(3, BLOCK)])))).toEqual([]);
  });

  it('reports a policy moved to the top and another whose action changed', () => {
    const dnsDenied = DNS.map((l) => (l === 'set action accept' ? 'set action deny' : l));
    const after = fgt(firewall([policy(3, BLOCK), policy(1, WEB), policy(2, dnsDenied)]));
    const changes = diffDeviceConfig(before, after);
    expect(brief(changes)).toEqual(['policy-rule changed policy 2 — action permit → deny', 'policy-rule moved policy 3 — position 3 → 1']);
    expect(changes[1]).toMatchObject({ before: { file: 'fw.conf', text: 'edit 3' }, after: { file: 'fw.conf', line: 2, text: 'edit 3' } });
  });

  it('names every field of a policy that changed', () => {
    const webChanged = [...WEB.filter((l) => !l.startsWith('set service') && !l.startsWith('set dstintf')), 'set dstintf "wan2"', 'set service "HTTPS"', 'set nat enable', 'set logtraffic all'];
    const changes = diffDeviceConfig(before, fgt(firewall([policy(1, webChanged), policy(2, DNS), policy(3, BLOCK)])));
    expect(brief(changes)).toEqual(['policy-rule changed policy 1 — to wan1 → wan2, service tcp/80,tcp/443 → tcp/443, logTraffic security-events → all, nat false → true']);
  });

  it('reports policies added and removed, and a zone whose members changed', () => {
    const zone = (members: string) => ['config system zone', 'edit "inside"', `set interface ${members}`, 'next', 'end'];
    const old = fgt([...zone('"lan"'), ...firewall([policy(1, WEB), policy(2, DNS)])]);
    const now = fgt([...zone('"lan" "lan2"'), ...firewall([policy(1, WEB), policy(4, BLOCK)])]);
    expect(brief(diffDeviceConfig(old, now))).toEqual([
      'policy-rule removed policy 2',
      'policy-rule added policy 4',
      'security-zone changed inside — interfaces lan → lan,lan2',
    ]);
  });
});

describe('diffDeviceConfig — Yamaha RTX ip filter', () => {
  const rtx = (lines: string[]): Device => parse('yamaha-rtx', lines, 'rtx.conf');
  const config = (filter20: string, list = '10 20 30') => [
    'ip lan1 address 192.168.10.1/24',
    `ip lan1 secure filter in ${list}`,
    'ip filter 10 pass 192.168.10.0/24 10.10.0.0/16 tcp * 443',
    filter20,
    'ip filter 30 reject * * * * *',
  ];
  const before = rtx(config('ip filter 20 reject 192.168.10.0/24 10.20.0.0/16 * * *'));

  it('reports a changed filter definition as a line of the applied list removed and added', () => {
    const after = rtx(config('ip filter 20 pass 192.168.10.0/24 10.20.0.0/16 * * *'));
    const changes = diffDeviceConfig(before, after);
    expect(brief(changes)).toEqual([
      'filter-line added lan1 in #2 — ip filter 20 pass 192.168.10.0/24 10.20.0.0/16 * * *',
      'filter-line removed lan1 in #2 — ip filter 20 reject 192.168.10.0/24 10.20.0.0/16 * * *',
    ]);
    expect(changes.every((c) => c.parent === 'lan1 in')).toBe(true);
  });

  it('reports a reordered secure filter list as a moved line', () => {
    const after = rtx(config('ip filter 20 reject 192.168.10.0/24 10.20.0.0/16 * * *', '20 10 30'));
    expect(brief(diffDeviceConfig(before, after))).toHaveLength(1);
    expect(diffDeviceConfig(before, after)[0]).toMatchObject({ kind: 'filter-line', op: 'moved', parent: 'lan1 in' });
  });
});

describe('orderedDiff', () => {
  it('finds kept, moved, added and removed items by key', () => {
    expect(orderedDiff(['a', 'b', 'c', 'd'], ['c', 'a', 'b', 'x'])).toEqual({
      kept: [[0, 1], [1, 2]],
      moved: [[2, 0]],
      removed: [3],
      added: [3],
    });
  });

  it('pairs repeated keys in order', () => {
    expect(orderedDiff(['a', 'a', 'b'], ['a', 'b', 'a'])).toEqual({ kept: [[0, 0], [2, 1]], moved: [[1, 2]], removed: [], added: [] });
  });

  it('compares lists too long for the LCS table as multisets: exact adds and removes, no moves', () => {
    const size = Math.ceil(Math.sqrt(LCS_CELL_LIMIT)) + 10;
    const before = Array.from({ length: size }, (_, i) => `line ${i}`);
    // Reverse everything between the first and last line, drop one and add one.
    const middle = before.slice(1, -1).reverse().filter((l) => l !== 'line 7');
    const after = [before[0]!, ...middle, 'new line', before[size - 1]!];
    const diff = orderedDiff(before, after);
    expect(diff.moved).toEqual([]);
    expect(diff.removed).toEqual([7]);
    expect(diff.added).toEqual([after.indexOf('new line')]);
    expect(diff.kept).toHaveLength(size - 1);
  });
});

describe('diffDeviceConfig — real configs from the corpus', () => {
  const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
  /** Corpus folder, vendor, and a comment line the vendor's parser ignores. */
  const VENDORS: [string, VendorId, string][] = [
    ['cisco_ios', 'cisco-ios', '!'],
    ['fortigate', 'fortigate', '#'],
    ['yamaha_rtx', 'yamaha-rtx', '#'],
    ['nec_ix', 'nec-ix', '!'],
    ['alliedtelesis_awplus', 'alliedtelesis-awplus', '!'],
  ];

  /** Every secret's fingerprint in a device (they are non-enumerable, so walk the model by hand). */
  function fingerprints(value: unknown, out: string[] = []): string[] {
    if (Array.isArray(value)) value.forEach((v) => fingerprints(v, out));
    else if (value !== null && typeof value === 'object') {
      const fp = (value as Partial<Secret>).fingerprint;
      if (typeof fp === 'string') out.push(fp);
      Object.values(value).forEach((v) => fingerprints(v, out));
    }
    return out;
  }

  for (const [folder, vendor, comment] of VENDORS) {
    it(`${folder}: a config against itself moved down one line gives nothing; two configs never print a secret`, () => {
      const parser = parserFor(vendor)!;
      const files = readdirSync(join(CORPUS, folder)).sort();
      expect(files.length).toBeGreaterThan(0);
      const devices = files.map((file) => {
        const text = readFileSync(join(CORPUS, folder, file), 'utf8');
        const device = parser.parse(text, file).device;
        expect(diffDeviceConfig(device, parser.parse(`${comment}\n${text}`, file).device)).toEqual([]);
        return device;
      });
      let secretsChecked = 0;
      for (let i = 1; i < devices.length; i++) {
        const [before, after] = [devices[i - 1]!, devices[i]!];
        const json = JSON.stringify(diffDeviceConfig(before, after));
        for (const fp of [...fingerprints(before), ...fingerprints(after)]) {
          expect(json).not.toContain(fp);
          secretsChecked++;
        }
      }
      expect(secretsChecked).toBeGreaterThan(0);
    });
  }
});
