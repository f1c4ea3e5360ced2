import { describe, expect, it } from 'vitest';
import { alliedTelesisAwplusParser } from '../../../src/parsers/alliedtelesis-awplus/index.js';
import { corpusBasics, corpusFolder } from '../corpus-suite.js';

const corpus = corpusFolder('alliedtelesis_awplus', alliedTelesisAwplusParser);

describe('corpus alliedtelesis_awplus', () => {
  corpusBasics(corpus, 0.9);

  it.skipIf(!corpus.present)(corpus.title('reads the facts of the real configs'), () => {
    const results = new Map(corpus.parsed().map(({ file, result }) => [file, result]));
    const master = results.get('awplus_ansible_master.cfg')!.device;
    expect(master.hostname).toBe('hello');
    expect(master.management.users.map((u) => [u.name, u.admin, u.password?.storage])).toEqual([
      ['manager', true, 'md5-crypt'],
      ['chengk', true, 'md5-crypt'],
    ]);
    expect(master.management.services.filter((s) => s.name.endsWith('-server')).map((s) => [s.name, s.enabled])).toEqual(
      expect.arrayContaining([['telnet-server', false], ['ssh-server', true], ['http-server', true]]),
    );
    expect(master.nat.length).toBe(3);
    const config = results.get('awplus_ansible_config_config.cfg')!.device;
    // `interface port1.0.2-1.0.4` expands to three ports; po7-8 to two aggregators.
    expect(config.interfaces.filter((i) => i.name.startsWith('port')).map((i) => i.name)).toEqual(
      ['port1.0.1', 'port1.0.2', 'port1.0.3', 'port1.0.4', 'port1.0.5', 'port1.0.6', 'port1.0.7', 'port1.0.8'],
    );
    expect(config.interfaces.find((i) => i.name === 'po8')).toMatchObject({ kind: 'aggregate', switchport: { mode: 'trunk', trunkAllowed: [] } });
    expect(config.interfaces.find((i) => i.name === 'port1.0.5')).toMatchObject({ channelGroup: 'po5' });
    // The factory manager/friend hash is recognised as the known default.
    expect(config.management.users[0]!.password!.wellKnown).toBe(true);
    const l2 = results.get('awplus_ansible_l2_interfaces.cfg')!.device;
    expect(l2.interfaces.find((i) => i.name === 'port1.0.2')).toMatchObject({ shutdown: true, description: 'test interface', switchport: { mode: 'trunk', trunkAllowed: [1, 2] } });
    expect(l2.interfaces.find((i) => i.name === 'port1.0.1')!.switchport!.accessVlan).toBe(3);
  });

  it.skipIf(!corpus.present)(corpus.title('no secret of the corpus reaches the output'), () => {
    const secrets = ['$1$bJoVec4D$JwOJGPr7YqoExA0GVasdE0', '$1$bJoVec4D$JwOJGPr7YqoExA0GVas0', '$1$8F7/NJgX$yxpiKKEaR1Jd6a23ZWqL/'];
    for (const { file, result } of corpus.parsed()) {
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json.includes(secret), `${secret} leaked from ${file}`).toBe(false);
    }
  });
});
