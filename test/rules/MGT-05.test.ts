// MGT-05: failed-login attempt limiting.
import { rule } from '../../src/rules/mgt/mgt-05-login-attempt-limit.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const none = `hostname r1
!
username netadmin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
line vty 0 4
 login local
end
`;

const tooMany = `hostname r1
login block-for 120 attempts 10 within 60
end
`;

const twoMechanisms = `hostname r1
login block-for 120 attempts 10 within 60
aaa new-model
aaa local authentication attempts max-fail 3
end
`;

const radiusLogin = `hostname r1
aaa new-model
aaa authentication login default group radius local
radius server NPS
 address ipv4 10.0.99.20 auth-port 1812 acct-port 1813
end
`;

testRule(rule, {
  valid: [
    { name: 'login block-for within the limit', config: 'hostname r1\nlogin block-for 300 attempts 3 within 60\nend\n' },
    { name: 'exactly at the limit', config: 'hostname r1\nlogin block-for 300 attempts 5 within 60\nend\n' },
    { name: 'a stricter threshold setting is honoured', config: 'hostname r1\nlogin block-for 300 attempts 8 within 60\nend\n', settings: { maxLoginAttempts: 10 } },
    { name: 'the strictest of several mechanisms decides', config: twoMechanisms },
  ],
  invalid: [
    {
      name: 'no lockout at all',
      config: none,
      findings: [{ object: 'login lockout', status: 'fail', messageIncludes: 'no limit', evidenceLines: [lineOf(none, 'hostname r1')] }],
    },
    {
      name: 'more attempts than allowed',
      config: tooMany,
      findings: [{ object: 'login block-for', messageIncludes: '10 times', evidenceLines: [lineOf(tooMany, 'login block-for 120 attempts 10 within 60')] }],
    },
    {
      name: 'no local lockout but RADIUS login: lockout may be on the server',
      config: radiusLogin,
      findings: [{ object: 'login lockout', status: 'manual', evidenceLines: [lineOf(radiusLogin, 'aaa authentication login default group radius local')] }],
    },
  ],
});
