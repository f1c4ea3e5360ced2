import { describe, expect, it } from 'vitest';
import { fortigateParser } from '../../../src/parsers/fortigate/index.js';
import { corpusBasics, corpusFolder } from '../corpus-suite.js';

const corpus = corpusFolder('fortigate', fortigateParser);

describe('corpus fortigate', () => {
  corpusBasics(corpus, 0.9);

  it.skipIf(!corpus.present)(corpus.title('no ENC blob, private key or certificate text reaches any output'), () => {
    for (const { file, text, result } of corpus.parsed()) {
      const json = JSON.stringify(result);
      const blobs = [...text.matchAll(/\bENC\s+(\S{12,})/g)].map((m) => m[1]!);
      for (const blob of blobs) expect(json.includes(blob), `ENC blob leaked from ${file}`).toBe(false);
      const pem = [...text.matchAll(/^[A-Za-z0-9+/=]{40,}$/gm)].map((m) => m[0]);
      for (const line of pem) expect(json.includes(line), `key or certificate text leaked from ${file}`).toBe(false);
      expect(json).not.toMatch(/[A-Za-z0-9+/]{60,}/);
    }
  });

  it.skipIf(!corpus.present)(corpus.title('reads the real configs: VDOMs, version, policies, zones, tunnels'), () => {
    const results = new Map(corpus.parsed().map(({ file, result }) => [file, result.device]));
    const multi = results.get('fgvm_5.2_multivdom_example.conf')!;
    expect(multi.os).toMatchObject({ version: '5.2' });
    expect(multi.hostname).toBe('FortiGate-VM64');
    const branch = results.get('netcanon_kevinguenay_fgt70g_branch_7.6.6.conf')!;
    expect(branch.os).toMatchObject({ version: '7.6.6' });
    expect(branch.securityPolicy!.rules.length).toBeGreaterThan(0);
    expect(branch.vpn.tunnels.length).toBeGreaterThan(0);
    const tunnel = branch.vpn.tunnels[0]!;
    expect(branch.interfaces.find((i) => i.name === tunnel.name)).toMatchObject({ kind: 'tunnel' });
    // `show` omits `set type vlan`: the VLAN id alone makes a sub-interface of its parent.
    expect(branch.interfaces.find((i) => i.name === 'VL_100')).toMatchObject({ kind: 'subinterface', parent: 'LAG_INTERNAL', encapsulationVlan: 100 });
    // A blackhole route to an address group becomes one discard route per subnet of the group.
    expect(branch.routes.filter((r) => r.interface === 'Null0').length).toBeGreaterThan(1);
    const full = results.get('not1sam_fgvm_7.4.12_full.conf')!;
    expect(full.os).toMatchObject({ version: '7.4.12' });
    expect(full.management.users.length).toBeGreaterThan(0);
  });
});
