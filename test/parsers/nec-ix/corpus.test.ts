import { describe, expect, it } from 'vitest';
import { necIxParser } from '../../../src/parsers/nec-ix/index.js';
import { corpusBasics, corpusFolder } from '../corpus-suite.js';

const corpus = corpusFolder('nec_ix', necIxParser);

describe('corpus nec_ix', () => {
  corpusBasics(corpus, 0.9);

  it.skipIf(!corpus.present)(corpus.title('reads the filters, IPsec and PPPoE of the real configs'), () => {
    const results = new Map(corpus.parsed().map(({ file, result }) => [file, result]));
    const foxbox = results.get('foxboxsnet_ix_settings_composite.conf')!.device;
    const user = foxbox.filters.find((f) => f.name === 'GigaEthernet1.2 in')!;
    expect(user.rules.map((r) => r.action)).toEqual(['permit', 'permit', 'deny', 'permit']);
    expect(user.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: false });
    expect(foxbox.vpn.tunnels).toEqual([expect.objectContaining({ name: 'ipsec-mgmt', peer: '192.0.2.1', ikeMode: 'aggressive', interfaces: ['Tunnel0.0'] })]);
    expect(foxbox.management.services.find((s) => s.name === 'ssh-server')).toMatchObject({ enabled: true, accessClass: 'mgmt_acl' });
    const rt1 = results.get('notoken_ix_ikev2_rt1.conf')!.device;
    expect(rt1.interfaces.find((i) => i.name === 'GigaEthernet0.1')).toMatchObject({ dynamicAddress: 'pppoe', natRole: 'outside' });
    expect(rt1.vpn.tunnels).toEqual([expect.objectContaining({ name: 'Tunnel11.0', ikeVersion: 2, interfaces: ['Tunnel11.0'] })]);
    expect(rt1.vpn.ikeProposals[0]).toMatchObject({ version: 2, encryption: ['aes-gcm-256', 'aes-256'], integrity: ['sha512'], dhGroups: [15, 14] });
  });

  it.skipIf(!corpus.present)(corpus.title('no secret of the corpus reaches the output'), () => {
    // Passwords, keys and communities written in clear in the corpus files.
    const secrets = ['mekabu', 'try-conbu', 'RT1_PRE_SHARED_KEY_1111', 'RT2_PRE_SHARED_KEY_2222', 'PPPoE_PASSWORD'];
    for (const { file, result } of corpus.parsed()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
