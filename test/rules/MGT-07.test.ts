// MGT-07: login and command records. Yamaha RTX and NEC IX: the model knows neither their default
// login logging nor a command-accounting setting for them, so every case there is 要確認 (manual)
// and no valid case can be written.
import { rule } from '../../src/rules/mgt/mgt-07-login-accounting.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

const iosGood = `hostname r1
login on-success log
login on-failure log
aaa new-model
aaa accounting commands 15 default start-stop group tacacs+
end
`;
const iosAccounting = `hostname r1
aaa new-model
aaa accounting exec default start-stop group tacacs+
aaa accounting commands 15 default start-stop group tacacs+
end
`;
const iosArchive = `hostname r1
login on-success log
login on-failure log
archive
 path flash:archive
 maximum 14
 log config
  logging enable
  logging size 500
  notify syslog contenttype plaintext
  hidekeys
end
`;
const iosNothing = 'hostname r1\nend\n';
const iosFailureOnly = 'hostname r1\nlogin on-failure log\nend\n';

const fgtDefault = 'config system global\n    set hostname "fw1"\nend\n';
const fgtOff = 'config system global\n    set hostname "fw1"\nend\nconfig log eventfilter\n    set system disable\nend\n';

const awGood = 'hostname sw1\naaa accounting login default start-stop group radius\naaa accounting commands 15 default stop-only group tacacs+\n';
const awNothing = 'hostname sw1\naaa authentication login default local\n';

const rtx = 'ip lan1 address 192.168.10.1/24\n';
const ix = 'hostname ix1\n!\ninterface GigaEthernet0.0\n  ip address 10.0.0.1/24\n  no shutdown\n!\n';

testRule(rule, {
  valid: [
    { name: 'IOS: login success/failure logged, command accounting', config: iosGood },
    { name: 'IOS: exec and command accounting to TACACS+', config: iosAccounting },
    { name: 'IOS: login logging and the archive change logger', config: iosArchive },
    { name: 'FortiGate: system event log on by default', vendor: 'fortigate', config: fgtDefault },
    { name: 'AW+: login and command accounting', vendor: 'alliedtelesis-awplus', config: awGood },
  ],
  invalid: [
    {
      name: 'IOS: nothing configured (logins not logged by default; command record unknown)',
      config: iosNothing,
      findings: [
        { object: 'login logging', status: 'fail', messageIncludes: 'platform default', evidenceLines: [lineOf(iosNothing, 'hostname r1')] },
        { object: 'command logging', status: 'manual', evidenceLines: [lineOf(iosNothing, 'hostname r1')] },
      ],
    },
    {
      name: 'IOS: only failures logged',
      config: iosFailureOnly,
      findings: [
        { object: 'login logging', status: 'fail', messageIncludes: 'Successful logins are not logged', evidenceLines: [lineOf(iosFailureOnly, 'login on-failure log')] },
        { object: 'command logging', status: 'manual' },
      ],
    },
    {
      name: 'FortiGate: system events switched off',
      vendor: 'fortigate',
      config: fgtOff,
      findings: [
        { object: 'login logging', status: 'fail', evidenceLines: [lineOf(fgtOff, 'set system disable')] },
        { object: 'command logging', status: 'fail', messageIncludes: 'log eventfilter system', evidenceLines: [lineOf(fgtOff, 'set system disable')] },
      ],
    },
    {
      name: 'AW+: no accounting',
      vendor: 'alliedtelesis-awplus',
      config: awNothing,
      findings: [
        { object: 'login logging', status: 'manual', evidenceLines: [1] },
        { object: 'command logging', status: 'manual', evidenceLines: [1] },
      ],
    },
    {
      name: 'Yamaha: not known',
      vendor: 'yamaha-rtx',
      config: rtx,
      findings: [
        { object: 'login logging', status: 'manual', evidenceLines: [1] },
        { object: 'command logging', status: 'manual', evidenceLines: [1] },
      ],
    },
    {
      name: 'NEC IX: not known',
      vendor: 'nec-ix',
      config: ix,
      findings: [
        { object: 'login logging', status: 'manual', evidenceLines: [1] },
        { object: 'command logging', status: 'manual', evidenceLines: [1] },
      ],
    },
  ],
});
