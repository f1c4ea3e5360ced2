import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/read-config.js';

const RULE_IDS = ['MGT-04', 'MGT-06', 'SEG-01'];
const read = (text: string) => readConfig(text, 'segaudit.json', RULE_IDS);
const reasons = (text: string) => read(text).diagnostics.map((d) => `${d.line}: ${d.reason}`);

describe('segaudit.json', () => {
  it('reads profile, rule switches and severities, thresholds and site facts', () => {
    const { config, diagnostics } = read(`{
  "profile": "sorachi",
  "rules": { "MGT-04": "off", "MGT-06": { "severity": "high" }, "SEG-01": { "enabled": true } },
  "thresholds": { "maxIdleTimeoutSeconds": 300, "minPasswordLength": 12 },
  "site": {
    "managementSubnets": ["10.10.99.0/24"],
    "externalConnections": [{ "device": "rt01", "interface": "GigabitEthernet0/0", "approval": "EXT-1" }],
    "endOfSupport": [{ "vendor": "cisco-ios", "version": "15.2", "endOfSupport": "2025-12-31" }]
  }
}`);
    expect(diagnostics).toEqual([]);
    expect(config.profile).toBe('sorachi');
    expect(config.rules).toEqual({ 'MGT-04': { enabled: false }, 'MGT-06': { enabled: true, severity: 'high' }, 'SEG-01': { enabled: true } });
    expect(config.thresholds).toEqual({ maxIdleTimeoutSeconds: 300, minPasswordLength: 12 });
    expect(config.site.managementSubnets).toEqual(['10.10.99.0/24']);
    expect(config.site.externalConnections?.[0]?.approval).toBe('EXT-1');
    expect(config.site.endOfSupport?.[0]?.endOfSupport).toBe('2025-12-31');
  });

  it('names the line and the JSON path of each mistake, in both languages', () => {
    const text = `{
  "profile": "tokyo",
  "rules": { "MGT-99": "off", "MGT-04": { "severity": "urgent" } },
  "thresholds": { "maxIdleTimeoutSeconds": -1, "speed": 3 },
  "site": { "managementSubnets": ["10.10.99.0/33"], "owner": "x" },
  "colour": true
}`;
    const found = reasons(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^6: colour: unknown setting/),
        expect.stringMatching(/^2: profile: must be one of kagoshima, sorachi \/ profile: kagoshima・sorachi/),
        expect.stringMatching(/^3: rules\.MGT-99: no such rule/),
        expect.stringMatching(/^3: rules\.MGT-04: must be "off", "on" or/),
        expect.stringMatching(/^4: thresholds\.maxIdleTimeoutSeconds: must be a whole number/),
        expect.stringMatching(/^4: thresholds\.speed: unknown threshold/),
        expect.stringMatching(/^5: site\.managementSubnets: not a CIDR: 10\.10\.99\.0\/33/),
        expect.stringMatching(/^5: site\.owner: unknown site fact/),
      ]),
    );
    expect(found).toHaveLength(8);
    expect(read(text).diagnostics.every((d) => d.level === 'error' && d.file === 'segaudit.json')).toBe(true);
  });

  it('reports broken JSON at its line and keeps going with nothing set', () => {
    const { config, diagnostics } = read('{\n  "profile": "sorachi",\n  "rules": { "MGT-04": off }\n}');
    expect(diagnostics.map((d) => d.line)).toEqual([3]);
    expect(diagnostics[0]!.reason).toMatch(/not valid JSON/);
    expect(config.rules).toEqual({});
  });

  it('tolerates a BOM and an empty object', () => {
    expect(read('\uFEFF{}').diagnostics).toEqual([]);
  });
});
