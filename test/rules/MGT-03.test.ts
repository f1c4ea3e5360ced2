// MGT-03: plaintext / weak management access (Telnet, HTTP, SSHv1).
import { rule } from '../../src/rules/mgt/mgt-03-plaintext-management.js';
import { lineOf, testRule } from '../helpers/rule-tester.js';

/** A device managed only over SSHv2 and HTTPS. */
function device(vty: string, extra = 'ip ssh version 2\nno ip http server\nip http secure-server'): string {
  return `hostname r1
!
${extra}
!
line con 0
 exec-timeout 5 0
line vty 0 4
${vty}
 login local
!
end
`;
}

const telnetExplicit = device(' transport input telnet ssh');
const telnetByDefault = device(' exec-timeout 5 0');
const transportAll = device(' transport input all');
const httpOpen = device(' transport input ssh', 'ip ssh version 2\nip http server');
const httpRestricted = device(' transport input ssh', 'ip ssh version 2\nip http server\nip http access-class 10\naccess-list 10 permit 10.0.99.0 0.0.0.255');
const sshV1 = device(' transport input ssh', 'ip ssh version 1\nno ip http server');
const sshUnset = device(' transport input ssh', 'no ip http server');
const everythingWrong = `hostname r2
ip http server
line vty 0 4
 transport input telnet
line vty 5 15
 transport input ssh
end
`;

testRule(rule, {
  valid: [
    { name: 'vty accepts SSH only, SSHv2, HTTPS only', config: device(' transport input ssh') },
    { name: 'vty accepts nothing (transport input none) and SSH version unset is irrelevant', config: device(' transport input none', 'no ip http server') },
    { name: 'console line is not a network transport', config: 'hostname r1\nip ssh version 2\nno ip http server\nline con 0\n login local\nend\n' },
  ],
  invalid: [
    {
      name: 'vty accepts telnet explicitly',
      config: telnetExplicit,
      findings: [{ object: 'vty 0 4', severity: 'high', messageIncludes: 'telnet', evidenceLines: [lineOf(telnetExplicit, 'line vty 0 4')] }],
    },
    {
      name: 'vty without transport input takes the platform default, which includes telnet',
      config: telnetByDefault,
      findings: [{ object: 'vty 0 4', messageIncludes: 'platform default', evidenceLines: [lineOf(telnetByDefault, 'line vty 0 4')] }],
    },
    {
      name: 'transport input all includes telnet',
      config: transportAll,
      findings: [{ object: 'vty 0 4', messageIncludes: 'telnet' }],
    },
    {
      name: 'HTTP server without access restriction',
      config: httpOpen,
      findings: [{ object: 'http-server', severity: 'high', messageIncludes: 'no access restriction', evidenceLines: [lineOf(httpOpen, 'ip http server')] }],
    },
    {
      name: 'HTTP server restricted by an access class is medium',
      config: httpRestricted,
      findings: [{ object: 'http-server', severity: 'medium', messageIncludes: 'restricted by 10' }],
    },
    {
      name: 'SSH version 1',
      config: sshV1,
      findings: [{ object: 'ssh', severity: 'high', messageIncludes: 'version 1', evidenceLines: [lineOf(sshV1, 'ip ssh version 1')] }],
    },
    {
      name: 'SSH version unset accepts SSHv1 in compatibility mode',
      config: sshUnset,
      findings: [{ object: 'ssh', severity: 'medium', messageIncludes: '1.99' }],
    },
    {
      name: 'telnet on one vty range, HTTP, and SSH version unset, each reported once',
      config: everythingWrong,
      findings: [
        { object: 'vty 0 4', evidenceLines: [3] },
        { object: 'http-server', severity: 'high', evidenceLines: [2] },
        { object: 'ssh', severity: 'medium', evidenceLines: [1] },
      ],
    },
  ],
});
