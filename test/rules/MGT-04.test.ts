// MGT-04: a pre-login banner (login or motd) with text.
import { rule } from '../../src/rules/mgt/mgt-04-login-banner.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const noBanner = `hostname sw1
!
line vty 0 4
 transport input ssh
end
`;

const execOnly = `hostname sw1
banner exec ^C
Welcome, operator.
^C
end
`;

testRule(rule, {
  valid: [
    {
      name: 'multi-line login banner with ^C delimiter',
      config: `hostname sw1
banner login ^C
許可された者以外の利用を禁止します。
Authorised use only. All activity is logged.
^C
end
`,
    },
    { name: 'motd banner on one line with another delimiter', config: 'hostname sw1\nbanner motd # Authorised use only #\nend\n' },
  ],
  invalid: [
    {
      name: 'no banner at all',
      config: noBanner,
      findings: [{ object: 'banner', severity: 'low', messageIncludes: 'no pre-login banner', evidenceLines: [lineOf(noBanner, 'hostname sw1')] }],
    },
    {
      name: 'an exec banner is shown only after login',
      config: execOnly,
      findings: [{ object: 'banner', evidenceLines: [lineOf(execOnly, 'banner exec ^C')] }],
    },
  ],
});
