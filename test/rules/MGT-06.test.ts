// MGT-06: idle timeout on every management line.
import { rule } from '../../src/rules/mgt/mgt-06-idle-timeout.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const never = `hostname sw1
line con 0
 exec-timeout 0 0
line vty 0 4
 exec-timeout 5 0
end
`;

const tooLong = `hostname sw1
line con 0
 exec-timeout 10 0
line vty 0 4
 exec-timeout 30 0
line vty 5 15
 exec-timeout 60 30
end
`;

testRule(rule, {
  valid: [
    { name: 'explicit short timeouts', config: 'hostname sw1\nline con 0\n exec-timeout 5 0\nline vty 0 4\n exec-timeout 10 0\nend\n' },
    { name: 'unset: platform default of 10 minutes is within the limit', config: 'hostname sw1\nline vty 0 4\n transport input ssh\nend\n' },
    { name: 'a longer limit in the settings', config: 'hostname sw1\nline vty 0 4\n exec-timeout 30 0\nend\n', settings: { maxIdleTimeoutSeconds: 1800 } },
    { name: 'a device without lines is not applicable', config: 'hostname sw1\nend\n', check: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'console never times out',
      config: never,
      findings: [{ object: 'con 0', messageIncludes: 'never times out', evidenceLines: [lineOf(never, 'line con 0')] }],
    },
    {
      name: 'timeouts above the limit, minutes and seconds',
      config: tooLong,
      findings: [
        { object: 'vty 0 4', messageIncludes: '1800 s', evidenceLines: [lineOf(tooLong, 'line vty 0 4')] },
        { object: 'vty 5 15', messageIncludes: '3630 s', evidenceLines: [lineOf(tooLong, 'line vty 5 15')] },
      ],
    },
    {
      name: 'a stricter limit makes the platform default too long',
      config: 'hostname sw1\nline vty 0 4\n transport input ssh\nend\n',
      settings: { maxIdleTimeoutSeconds: 300 },
      findings: [{ object: 'vty 0 4', messageIncludes: 'platform default' }],
    },
  ],
});
