import { describe, expect, it } from 'vitest';
import { fixtureText, parseFixture, parseText } from './helpers.js';

/** Every secret value written in the fixture. */
const SECRETS = ['JwOJGPr7YqoExA0GVasdE0', 'Yk2mdCTwJqfWq0aLeaG1h', 'PlainHelp#77', 'Sch00lR0', 'Sch00lTrap', 'Rad1usK3y!', 'GlobalRad1us'];

describe('AW+ secrets', () => {
  it('keeps no secret text in the model, the evidence or the diagnostics', () => {
    for (const secret of SECRETS) expect(fixtureText('school-switch.cfg')).toContain(secret);
    const json = JSON.stringify(parseFixture('school-switch.cfg'));
    for (const secret of SECRETS) expect(json.includes(secret), secret).toBe(false);
    expect(json).toContain('username helpdesk password <redacted>');
    expect(json).toContain('snmp-server host 10.10.99.20 version 2c <redacted>');
  });

  it('redacts enable, line and NTP keys in the evidence', () => {
    const result = parseText('enable password 8 $1$ab$EnableHash1\nntp authentication-key 1 md5 NtpKey1 trusted\nline vty 0 4\n password LinePw1\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.device.management.enable[0]).toMatchObject({ form: 'secret', password: { storage: 'md5-crypt' }, source: { text: 'enable password 8 <redacted>' } });
    expect(result.device.management.lines[0]!.password).toMatchObject({ kind: 'line-password', storage: 'plaintext' });
    const json = JSON.stringify(result);
    for (const secret of ['EnableHash1', 'NtpKey1', 'LinePw1']) expect(json.includes(secret), secret).toBe(false);
  });

  it('masks secrets on lines it could not understand', () => {
    const text = [
      'username bob privilege 15 password 8 $1$abc$Secret1Secret1 extra-token',
      'snmp-server community Hidden1 view all',
      'radius-server host 10.0.0.1 key Hidden2 frobnicate',
      'snmp-server host 10.0.0.9 weird Hidden3 more',
      'tacacs-server host 10.0.0.2 key Hidden4 unknown',
    ].join('\n');
    const result = parseText(text);
    expect(result.device.stats.unrecognized).toBe(5);
    const json = JSON.stringify(result);
    for (const secret of ['Secret1Secret1', 'Hidden1', 'Hidden2', 'Hidden3', 'Hidden4']) expect(json.includes(secret), secret).toBe(false);
  });
});
