// MGT-11: privileged accounts. Multi-factor is known only for FortiGate (two-factor); on the other
// vendors the model holds no MFA fact, so no MFA case is possible there.
import { rule } from '../../src/rules/mgt/mgt-11-admin-accounts.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const IOS_HASH = '$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM';
const iosTwo = `hostname r1\nusername tanaka-adm privilege 15 secret 9 ${IOS_HASH}\nusername suzuki-adm privilege 15 secret 9 ${IOS_HASH}\nend\n`;
const iosMany = `hostname r1
username tanaka-adm privilege 15 secret 9 ${IOS_HASH}
username suzuki-adm privilege 15 secret 9 ${IOS_HASH}
username sato-adm privilege 15 secret 9 ${IOS_HASH}
username network privilege 15 secret 9 ${IOS_HASH}
end
`;
const iosLinePassword = `hostname r1
enable secret 9 ${IOS_HASH}
line vty 0 4
 password 7 0822455D0A16
 login
end
`;
const iosRadius = `hostname r1
aaa new-model
aaa authentication login default group radius local
aaa authentication enable default group radius enable
enable secret 9 ${IOS_HASH}
radius server NPS
 address ipv4 10.0.99.20 auth-port 1812 acct-port 1813
end
`;

const FGT_HASH = 'SH2nmYU7xXcBPRhGT0E1hpxvA2gdVNm3p0m3MbkNoSMBFfVwh/+1Yq7qAVvSJg=';
const fgt = (twoFactor: string) => `config system global
    set hostname "fw1"
end
config system admin
    edit "tanaka-adm"
        set accprofile "super_admin"${twoFactor}
        set password ENC ${FGT_HASH}
    next
end
`;
const fgtMfa = fgt('\n        set two-factor fortitoken');
const fgtNoMfa = fgt('');

const AW_HASH = '$1$Qw3rTy12$abcdefghijklmnopqrstuv';
const awGood = `hostname sw1\nusername tanaka-adm privilege 15 password 8 ${AW_HASH}\n`;
const awShared = `hostname sw1\nusername kanri privilege 15 password 8 ${AW_HASH}\n`;

const RTX_HASH = 'Zm9vYmFyYmF6cXV4';
const rtxGood = `login user tanaka-adm encrypted ${RTX_HASH}\nuser attribute tanaka-adm administrator=on\nip lan1 address 192.168.10.1/24\n`;
const rtxShared = `login password encrypted ${RTX_HASH}\nadministrator password encrypted ${RTX_HASH}\nip lan1 address 192.168.10.1/24\n`;

const ixGood = 'hostname ix1\nusername sakura-adm password hash 3B1F0C8A9E2D7F64 administrator\n';
const ixShared = 'hostname ix1\nusername maint password hash 3B1F0C8A9E2D7F64 administrator\n';

testRule(rule, {
  valid: [
    { name: 'IOS: two personal administrators', config: iosTwo },
    { name: 'IOS: RADIUS login and enable', config: iosRadius },
    { name: 'FortiGate: personal super_admin with FortiToken', vendor: 'fortigate', config: fgtMfa },
    { name: 'AW+: personal administrator', vendor: 'alliedtelesis-awplus', config: awGood },
    { name: 'Yamaha: personal login user with administrator=on', vendor: 'yamaha-rtx', config: rtxGood },
    { name: 'NEC IX: personal administrator', vendor: 'nec-ix', config: ixGood },
  ],
  invalid: [
    {
      name: 'IOS: four administrators, one with a role name',
      config: iosMany,
      findings: [
        {
          object: 'administrator accounts',
          messageIncludes: '4 accounts',
          evidenceLines: [2, 3, 4, 5],
        },
        { object: 'user network', evidenceLines: [lineOf(iosMany, `username network privilege 15 secret 9 ${IOS_HASH}`)] },
      ],
    },
    {
      name: 'IOS: vty line password and enable secret only',
      config: iosLinePassword,
      findings: [
        { object: 'shared login', evidenceLines: [lineOf(iosLinePassword, 'line vty 0 4')] },
        { object: 'privileged-mode password', evidenceLines: [lineOf(iosLinePassword, `enable secret 9 ${IOS_HASH}`)] },
      ],
    },
    {
      name: 'FortiGate: super_admin without two-factor',
      vendor: 'fortigate',
      config: fgtNoMfa,
      findings: [{ object: 'user tanaka-adm', messageIncludes: 'multi-factor', evidenceLines: [lineOf(fgtNoMfa, 'edit "tanaka-adm"')] }],
    },
    {
      name: 'AW+: administrator named kanri',
      vendor: 'alliedtelesis-awplus',
      config: awShared,
      findings: [{ object: 'user kanri', evidenceLines: [lineOf(awShared, `username kanri privilege 15 password 8 ${AW_HASH}`)] }],
    },
    {
      name: 'Yamaha: unnamed login password and administrator password',
      vendor: 'yamaha-rtx',
      config: rtxShared,
      findings: [
        { object: 'shared login', evidenceLines: [1] },
        { object: 'privileged-mode password', evidenceLines: [2] },
      ],
    },
    {
      name: 'NEC IX: administrator named maint',
      vendor: 'nec-ix',
      config: ixShared,
      findings: [{ object: 'user maint', evidenceLines: [lineOf(ixShared, 'username maint password hash 3B1F0C8A9E2D7F64 administrator')] }],
    },
  ],
});
