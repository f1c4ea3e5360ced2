// MGT-09: password storage (enable password form, plaintext/reversible, weak hashes, password encryption, server keys).
import { rule } from '../../src/rules/mgt/mgt-09-password-storage.js';
import { FIXTURE_FILE, lineOf, runRuleOn, testRule } from '../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';

const TYPE9 = '$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM';
const TYPE8 = '$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs';
const TYPE5 = '$1$mERr$hx5rVt7rPNoS4wqbXKX7m0';
const TYPE4 = 'tnhtc92DXBhelxjYk8LWJrPV36S2i4ntXrpb4RFmfqY';

const enablePassword = `hostname r1
service password-encryption
enable password 7 0822455D0A16
end
`;

const readable = `hostname r1
service password-encryption
enable secret 9 ${TYPE9}
username sato privilege 15 password 7 070C285F4D06
line vty 0 4
 password 7 0822455D0A16
 login
end
`;

const weakHashes = `hostname r1
enable secret 5 ${TYPE5}
username sato privilege 15 secret 4 ${TYPE4}
end
`;

const plaintextNoEncryption = `hostname r1
no service password-encryption
enable secret 9 ${TYPE9}
username sato privilege 15 password 0 Kagi-Sato-2024
end
`;

const serverKeys = `hostname r1
service password-encryption
enable secret 9 ${TYPE9}
radius-server host 10.0.99.20 key 0 RadiusShared1
tacacs-server host 10.0.99.21 key 7 0822455D0A16
end
`;

testRule(rule, {
  valid: [
    {
      name: 'scrypt and PBKDF2 hashes with password encryption on',
      config: `hostname r1
service password-encryption
enable secret 9 ${TYPE9}
username sato privilege 15 secret 8 ${TYPE8}
end
`,
    },
    { name: 'a device with no credentials at all has nothing to store', config: 'hostname r1\nend\n' },
  ],
  invalid: [
    {
      name: 'enable password form is reported once, not also as reversible storage',
      config: enablePassword,
      findings: [{ object: 'enable password', severity: 'high', messageIncludes: 'enable secret', evidenceLines: [lineOf(enablePassword, 'enable password 7 0822455D0A16')] }],
    },
    {
      name: 'reversible user and line passwords',
      config: readable,
      findings: [
        { object: 'user sato', severity: 'high', messageIncludes: 'reversible', evidenceLines: [lineOf(readable, 'username sato privilege 15 password 7 070C285F4D06')] },
        { object: 'vty 0 4', severity: 'high', messageIncludes: 'reversible', evidenceLines: [lineOf(readable, 'line vty 0 4')] },
      ],
    },
    {
      name: 'MD5-crypt and unsalted SHA-256 are weak hashes',
      config: weakHashes,
      findings: [
        { object: 'enable secret', severity: 'medium', messageIncludes: 'MD5' },
        { object: 'user sato', severity: 'medium', messageIncludes: 'SHA-256' },
      ],
    },
    {
      name: 'plaintext password while password encryption is off',
      config: plaintextNoEncryption,
      findings: [
        { object: 'user sato', severity: 'high', messageIncludes: 'plaintext' },
        {
          object: 'password encryption',
          severity: 'high',
          messageIncludes: 'switched off',
          evidenceLines: [lineOf(plaintextNoEncryption, 'no service password-encryption'), lineOf(plaintextNoEncryption, 'username sato privilege 15 password 0 Kagi-Sato-2024')],
        },
      ],
    },
    {
      name: 'RADIUS key in plaintext and TACACS+ key reversible',
      config: serverKeys,
      findings: [
        { object: 'radius 10.0.99.20', severity: 'medium', evidenceLines: [lineOf(serverKeys, 'radius-server host 10.0.99.20 key 0 RadiusShared1')] },
        { object: 'tacacs+ 10.0.99.21', severity: 'medium' },
      ],
    },
  ],
});

describe('MGT-09 never leaks a secret', () => {
  it('findings of a config full of readable secrets contain none of them', () => {
    const config = `hostname r1
enable password 0 Kagi-Enable-99
username sato privilege 15 password 0 Kagi-Sato-2024
radius-server host 10.0.99.20 key 0 RadiusShared1
tacacs-server host 10.0.99.21 key 7 0822455D0A16
end
`;
    const run = runRuleOn(rule, { name: 'leak', config });
    const text = JSON.stringify(run.findings);
    expect(run.findings.length).toBeGreaterThan(0);
    for (const secret of ['Kagi-Enable-99', 'Kagi-Sato-2024', 'RadiusShared1', '0822455D0A16']) expect(text).not.toContain(secret);
    expect(run.findings.every((f) => f.evidence.every((e) => e.file === FIXTURE_FILE))).toBe(true);
  });
});
