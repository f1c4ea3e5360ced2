// LOG-03: NTP servers, time zone and log time stamps.
import { rule } from '../../src/rules/log/log-03-time-sync.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const GOOD_TIME = 'clock timezone JST 9 0\nservice timestamps log datetime msec localtime show-timezone';

const noNtp = `hostname r1
${GOOD_TIME}
end
`;

const oneOfTwo = `hostname r1
${GOOD_TIME}
ntp server 10.0.99.1
end
`;

const noZoneNoStamps = `hostname r1
ntp server 10.0.99.1
end
`;

const stampsOff = `hostname r1
clock timezone JST 9 0
no service timestamps log
ntp server 10.0.99.1
end
`;

testRule(rule, {
  valid: [
    { name: 'one NTP server, JST, datetime stamps', config: `hostname r1\n${GOOD_TIME}\nntp server 10.0.99.1\nend\n` },
    { name: 'two NTP servers when two are required', config: `hostname r1\n${GOOD_TIME}\nntp server 10.0.99.1\nntp server 10.0.99.2 prefer\nend\n`, settings: { minNtpServers: 2 } },
  ],
  invalid: [
    {
      name: 'no NTP server',
      config: noNtp,
      findings: [{ object: 'ntp', severity: 'medium', messageIncludes: '0 NTP server', evidenceLines: [lineOf(noNtp, 'hostname r1')] }],
    },
    {
      name: 'one NTP server when two are required',
      config: oneOfTwo,
      settings: { minNtpServers: 2 },
      findings: [{ object: 'ntp', messageIncludes: 'fewer than the required 2', evidenceLines: [lineOf(oneOfTwo, 'ntp server 10.0.99.1')] }],
    },
    {
      name: 'no time zone and no log time stamps',
      config: noZoneNoStamps,
      findings: [
        { object: 'timezone', severity: 'low' },
        { object: 'log timestamps', severity: 'low', messageIncludes: 'not configured' },
      ],
    },
    {
      name: 'log time stamps switched off',
      config: stampsOff,
      findings: [{ object: 'log timestamps', severity: 'low', messageIncludes: 'switched off' }],
    },
  ],
});
