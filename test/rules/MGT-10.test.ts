// MGT-10: minimum password length. Yamaha RTX and NEC IX: the model does not know a minimum-length
// setting for them, so a missing one is 要確認 (manual) and only readable password lengths can fail;
// their valid case is a device without any local password (not applicable).
import { rule } from '../../src/rules/mgt/mgt-10-password-policy.js';
import { describe, expect, it } from 'vitest';
import { lineOf, runRuleOn, testRule } from '../helpers/rule-tester.js';

const IOS_SECRET = 'username netadmin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM';
const iosGood = `hostname r1\nsecurity passwords min-length 10\n${IOS_SECRET}\nend\n`;
const iosShortPolicy = `hostname r1\nsecurity passwords min-length 6\n${IOS_SECRET}\nend\n`;
const iosNoPolicy = `hostname r1\n${IOS_SECRET}\nusername helpdesk privilege 1 password 0 abc123\nend\n`;

const FGT_HASH = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';
const fgtAdmin = `config system admin
    edit "tanaka-adm"
        set accprofile "super_admin"
        set password ENC ${FGT_HASH}
    next
end`;
const fgtGood = `config system global\n    set hostname "fw1"\nend\nconfig system password-policy\n    set status enable\n    set minimum-length 12\nend\n${fgtAdmin}\n`;
const fgtDisabled = `config system global\n    set hostname "fw1"\nend\nconfig system password-policy\n    set status disable\nend\n${fgtAdmin}\n`;

const AW_HASH = '$1$Qw3rTy12$abcdefghijklmnopqrstuv';
const awGood = `hostname sw1\nsecurity-password minimum-length 12\nusername tanaka-adm privilege 15 password 8 ${AW_HASH}\n`;
const awShort = `hostname sw1\nsecurity-password minimum-length 4\nusername tanaka-adm privilege 15 password 8 ${AW_HASH}\n`;

const rtxNone = 'ip lan1 address 192.168.10.1/24\n';
const rtxShort = `ip lan1 address 192.168.10.1/24\nlogin user tanaka-adm Pass1\n`;

const ixNone = 'hostname ix1\n!\ninterface GigaEthernet0.0\n  ip address 10.0.0.1/24\n  no shutdown\n!\n';
const ixHashed = 'hostname ix1\nusername sakura-adm password hash 3B1F0C8A9E2D7F64 administrator\n';

testRule(rule, {
  valid: [
    { name: 'IOS: min-length above the threshold', config: iosGood },
    { name: 'IOS: a lower threshold setting is honoured', config: iosShortPolicy, settings: { minPasswordLength: 6 } },
    { name: 'FortiGate: password-policy enabled with 12', vendor: 'fortigate', config: fgtGood },
    { name: 'AW+: security-password minimum-length 12', vendor: 'alliedtelesis-awplus', config: awGood },
    { name: 'Yamaha: no local password at all (not applicable)', vendor: 'yamaha-rtx', config: rtxNone, check: 'not-applicable' },
    { name: 'NEC IX: no local account (not applicable)', vendor: 'nec-ix', config: ixNone, check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'IOS: min-length below the threshold',
      config: iosShortPolicy,
      findings: [{ object: 'password policy', severity: 'medium', messageIncludes: '6 characters', evidenceLines: [lineOf(iosShortPolicy, 'security passwords min-length 6')] }],
    },
    {
      name: 'IOS: no min-length although the platform has it, and a readable short password',
      config: iosNoPolicy,
      findings: [
        { object: 'password policy', status: 'fail', messageIncludes: 'none is configured', evidenceLines: [lineOf(iosNoPolicy, 'hostname r1')] },
        { object: 'helpdesk', messageIncludes: '6 characters', evidenceLines: [lineOf(iosNoPolicy, 'username helpdesk privilege 1 password 0 abc123')] },
      ],
    },
    {
      name: 'FortiGate: password-policy status disable counts as not set',
      vendor: 'fortigate',
      config: fgtDisabled,
      findings: [{ object: 'password policy', status: 'fail', evidenceLines: [lineOf(fgtDisabled, 'set hostname "fw1"')] }],
    },
    {
      name: 'AW+: minimum-length 4',
      vendor: 'alliedtelesis-awplus',
      config: awShort,
      findings: [{ object: 'password policy', messageIncludes: '4 characters', evidenceLines: [lineOf(awShort, 'security-password minimum-length 4')] }],
    },
    {
      name: 'Yamaha: a plaintext password of 5 characters; no policy known (manual)',
      vendor: 'yamaha-rtx',
      config: rtxShort,
      findings: [
        { object: 'password policy', status: 'manual', evidenceLines: [1] },
        { object: 'tanaka-adm', status: 'fail', messageIncludes: '5 characters', evidenceLines: [lineOf(rtxShort, 'login user tanaka-adm Pass1')] },
      ],
    },
    {
      name: 'NEC IX: hashed password, no policy known (manual)',
      vendor: 'nec-ix',
      config: ixHashed,
      findings: [{ object: 'password policy', status: 'manual', evidenceLines: [lineOf(ixHashed, 'hostname ix1')] }],
    },
  ],
});

describe('MGT-10 output', () => {
  it('never shows the password whose length it reports', () => {
    const run = runRuleOn(rule, { name: 'short readable password', config: iosNoPolicy });
    expect(run.findings.some((f) => f.object === 'helpdesk')).toBe(true);
    expect(JSON.stringify(run.findings)).not.toContain('abc123');
  });
});
