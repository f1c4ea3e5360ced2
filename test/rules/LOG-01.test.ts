// LOG-01: logs sent to a remote syslog server at informational or more.
import { rule } from '../../src/rules/log/log-01-remote-syslog.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const noHost = `hostname r1
logging buffered 64000
end
`;

const lowLevel = `hostname r1
logging trap warnings
logging host 10.0.99.10
end
`;

testRule(rule, {
  valid: [
    { name: 'remote host with informational level', config: 'hostname r1\nlogging trap informational\nlogging host 10.0.99.10\nend\n' },
    { name: 'remote host with the default level', config: 'hostname r1\nlogging host 10.0.99.10\nend\n' },
    { name: 'old form of the logging host command, debugging level', config: 'hostname r1\nlogging 10.0.99.10\nlogging trap debugging\nend\n' },
  ],
  invalid: [
    {
      name: 'no remote logging host',
      config: noHost,
      findings: [{ object: 'logging', severity: 'high', messageIncludes: 'no remote server', evidenceLines: [lineOf(noHost, 'hostname r1')] }],
    },
    {
      name: 'trap level warnings sends too little',
      config: lowLevel,
      findings: [{ object: 'logging trap', severity: 'low', messageIncludes: 'warnings (4)', evidenceLines: [lineOf(lowLevel, 'logging trap warnings')] }],
    },
    {
      name: 'no host and a low level are two findings',
      config: 'hostname r1\nlogging trap errors\nend\n',
      findings: [
        { object: 'logging', severity: 'high' },
        { object: 'logging trap', severity: 'low', messageIncludes: 'errors (3)' },
      ],
    },
  ],
});
