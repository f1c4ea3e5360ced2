// MGT-08: default admin IDs, blank or well-known passwords, lines without login.
import { rule } from '../../src/rules/mgt/mgt-08-default-credentials.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const clean = `hostname sw1
enable secret 9 $9$2MJBozw/9R3UsU$JVbHc.ptp5nnHSvbDeWQ4gvZR4yB4Ch.bL9NRi7Wofo
username tanaka-adm privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
line con 0
 login local
line vty 0 4
 login local
end
`;

const defaultNames = `hostname sw1
enable secret 9 $9$2MJBozw/9R3UsU$JVbHc.ptp5nnHSvbDeWQ4gvZR4yB4Ch.bL9NRi7Wofo
username Admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
username operator privilege 1 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
end
`;

const weakUsers = `hostname sw1
enable secret 9 $9$2MJBozw/9R3UsU$JVbHc.ptp5nnHSvbDeWQ4gvZR4yB4Ch.bL9NRi7Wofo
username cisco password 0 cisco
username suzuki nopassword
end
`;

const openLines = `hostname sw1
enable secret 9 $9$2MJBozw/9R3UsU$JVbHc.ptp5nnHSvbDeWQ4gvZR4yB4Ch.bL9NRi7Wofo
line con 0
 no login
line vty 0 4
 login
line vty 5 15
 password 0 cisco
 login
end
`;

const noEnable = `hostname sw1
username tanaka-adm privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
end
`;

testRule(rule, {
  valid: [
    { name: 'personal accounts, hashed secrets, login local everywhere', config: clean },
    {
      name: 'enable authenticated by AAA instead of a local enable secret',
      config: `hostname sw1
aaa new-model
aaa authentication login default group tacacs+ local
aaa authentication enable default group tacacs+ enable
username tanaka-adm privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
end
`,
    },
  ],
  invalid: [
    {
      name: 'default account names, case-insensitive',
      config: defaultNames,
      findings: [
        { object: 'user Admin', severity: 'critical', messageIncludes: 'default', evidenceLines: [lineOf(defaultNames, 'username Admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM')] },
        { object: 'user operator', severity: 'critical' },
      ],
    },
    {
      name: 'default name with a well-known password, and an account without password',
      config: weakUsers,
      findings: [
        { object: 'user cisco', messageIncludes: 'default or textbook' },
        { object: 'user cisco', messageIncludes: 'well-known', evidenceLines: [lineOf(weakUsers, 'username cisco password 0 cisco')] },
        { object: 'user suzuki', messageIncludes: 'no password', evidenceLines: [lineOf(weakUsers, 'username suzuki nopassword')] },
      ],
    },
    {
      name: 'console without login, vty password login with no password, vty with a well-known password',
      config: openLines,
      findings: [
        { object: 'con 0', severity: 'critical', messageIncludes: 'without a login check', evidenceLines: [lineOf(openLines, 'line con 0')] },
        { object: 'vty 0 4', severity: 'high', messageIncludes: 'no password is set', evidenceLines: [lineOf(openLines, 'line vty 0 4')] },
        { object: 'vty 5 15', severity: 'critical', messageIncludes: 'well-known' },
      ],
    },
    {
      name: 'no enable credential at all',
      config: noEnable,
      findings: [{ object: 'enable', severity: 'medium', evidenceLines: [lineOf(noEnable, 'hostname sw1')] }],
    },
    {
      name: 'enable password with a well-known value',
      config: 'hostname sw1\nenable password cisco\nend\n',
      findings: [{ object: 'enable password', severity: 'critical', evidenceLines: [2] }],
    },
  ],
});
