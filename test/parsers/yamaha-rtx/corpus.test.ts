import { describe, expect, it } from 'vitest';
import { yamahaRtxParser } from '../../../src/parsers/yamaha-rtx/index.js';
import { corpusBasics, corpusFolder } from '../corpus-suite.js';

const corpus = corpusFolder('yamaha_rtx', yamahaRtxParser);

describe('corpus yamaha_rtx', () => {
  corpusBasics(corpus, 0.96);

  it.skipIf(!corpus.present)(corpus.title('reads the filter lists of the real configs'), () => {
    const results = new Map(corpus.parsed().map(({ file, result }) => [file, result]));
    const nvr500 = results.get('wnoguchi_nvr500_filter_sample.txt')!.device;
    // The list is wrapped at 80 columns in this capture; re-joined it holds all its filters.
    const ppIn = nvr500.filters.find((f) => f.name === 'pp1 in')!;
    expect(ppIn.rules.map((r) => r.seq)).toEqual([200003, 200020, 200020, 200021, 200021, 200022, 200022, 200023, 200023, 200024, 200024, 200025, 200025, 200030, 200032]);
    expect(nvr500.filters.find((f) => f.name === 'pp1 out')!.semantics).toEqual({ firstMatch: true, defaultAction: 'deny', stateful: true });
    const nvr700 = results.get('hoto17296_nvr700w_generated.conf')!.device;
    expect(nvr700.interfaces.find((i) => i.name === 'lan1/1')).toMatchObject({ encapsulationVlan: 2 });
    expect(nvr700.filters.find((f) => f.name === 'lan1/1 in')!.rules.map((r) => r.action)).toEqual(['deny', 'permit']);
  });

  it.skipIf(!corpus.present)(corpus.title('reads remote access, tunnel endpoints and user attributes of the real configs'), () => {
    const results = new Map(corpus.parsed().map(({ file, result }) => [file, result]));
    const center = results.get('hrst_rtx_syntax_sample.rtx')!.device;
    const ra = center.vpn.tunnels.find((t) => t.interfaces.includes('tunnel4'))!;
    expect(ra).toMatchObject({ peer: 'any', interfaces: ['tunnel4', 'pp-anonymous'] });
    expect(center.vpn.ipsecProposals.find((p) => p.name === 'sa policy 104')?.mode).toBe('transport');
    expect(center.management.users.filter((u) => u.privilege === 'ppp (pp-anonymous)')).toHaveLength(2);
    const l2tpv3 = results.get('shin1ohno_fixture_l2tp_tunnel_auth.txt')!.device;
    expect(l2tpv3.interfaces.find((i) => i.name === 'tunnel1')?.tunnel).toMatchObject({ mode: 'l2tpv3', source: '192.168.1.1', destination: '10.0.0.1' });
    const users = results.get('shin1ohno_fixture_admin_user_attributes.txt')!.device.management.users;
    expect(users.find((u) => u.name === 'operator')?.access?.protocols).toEqual(['ssh', 'http']);
    expect(users.find((u) => u.name === 'sftpuser')?.access?.protocols).toEqual(['ssh']);
  });

  it.skipIf(!corpus.present)(corpus.title('no secret of the corpus reaches the output'), () => {
    // Passwords and keys written in clear in the corpus files.
    const secrets = ['mypassword123', 'clipass456', 'fullpass789', 'sftppass', 'webpass123', 'remotepass', 'basicpass', 'superpass', 'TEST_PASSWORD_3', 'TEST_PASSWORD_2', 'supersecretkey123', 'abcdefgh$ijklmnop',
      // Placeholders the syntax sample writes where its secrets go (pp auth username, PSKs, L2TPv3 tunnel auth).
      '(パスワード1)', '(パスワード2)', 'mypass', '(IPsecの事前共有鍵1)', '(L2TPv3トンネル認証に用いるパスワード1)'];
    for (const { file, result } of corpus.parsed()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
