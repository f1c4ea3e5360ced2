// SVC-03: SNMP hardening (no v1/v2c communities, v3 with priv).
import { rule } from '../../src/rules/svc/svc-03-snmp.js';
import { describe, expect, it } from 'vitest';
import { lineOf, runRuleOn, testRule } from '../helpers/rule-tester.js';

const communities = `hostname sw1
access-list 99 permit 10.0.99.10
snmp-server community M0n-Read-7x RO 99
snmp-server community M0n-Write-7x RW 99
snmp-server community public RO
end
`;

const v3Weak = `hostname sw1
snmp-server group NOAUTH v3 noauth
snmp-server group AUTHONLY v3 auth
snmp-server group SECURE v3 priv
end
`;

testRule(rule, {
  valid: [
    { name: 'SNMPv3 with priv only', config: 'hostname sw1\naccess-list 99 permit 10.0.99.10\nsnmp-server group NMS v3 priv access 99\nend\n' },
    { name: 'no SNMP at all', config: 'hostname sw1\nend\n' },
  ],
  invalid: [
    {
      name: 'RO with ACL, RW, and well-known public without ACL, numbered in config order',
      config: communities,
      findings: [
        { object: 'community #1', severity: 'high', messageIncludes: 'read-only', evidenceLines: [lineOf(communities, 'snmp-server community M0n-Read-7x RO 99')] },
        { object: 'community #2', severity: 'critical', messageIncludes: 'read-write', evidenceLines: [lineOf(communities, 'snmp-server community M0n-Write-7x RW 99')] },
        { object: 'community #3', severity: 'critical', messageIncludes: 'no access filter' },
      ],
    },
    {
      name: 'SNMPv3 groups below priv',
      config: v3Weak,
      findings: [
        { object: 'group NOAUTH', severity: 'medium', messageIncludes: 'neither authentication nor encryption', evidenceLines: [lineOf(v3Weak, 'snmp-server group NOAUTH v3 noauth')] },
        { object: 'group AUTHONLY', severity: 'medium', messageIncludes: 'no encryption' },
      ],
    },
  ],
});

describe('SVC-03 names communities by position, never by value', () => {
  it('no community string appears in the findings', () => {
    const run = runRuleOn(rule, { name: 'leak', config: communities });
    expect(run.findings.length).toBe(3);
    const text = JSON.stringify(run.findings);
    for (const value of ['M0n-Read-7x', 'M0n-Write-7x']) expect(text).not.toContain(value);
  });
});
