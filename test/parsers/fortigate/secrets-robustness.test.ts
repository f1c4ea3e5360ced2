import { describe, expect, it } from 'vitest';
import { fixtureText, parseFixture, parseText, SCHOOL } from './helpers.js';

const PRIVATE_KEY = [
  'config vpn certificate local',
  '    edit "mycert"',
  '        set password ENC QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=',
  '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
  'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIsecretkeymaterial',
  'c2VjcmV0LWtleS1tYXRlcmlhbC1zaG91bGQtbmV2ZXItbGVhaw==',
  '-----END ENCRYPTED PRIVATE KEY-----"',
  '        set certificate "-----BEGIN CERTIFICATE-----',
  'MIIDdzCCAl+gAwIBAgIEcertificatebodytextcertificatebodytextcertif',
  '-----END CERTIFICATE-----"',
  '    next',
  'end',
].join('\n');

describe('FortiGate secrets never reach the output', () => {
  it('redacts ENC blobs, plain PSKs, passphrases and SNMP communities in the fixture', () => {
    const json = JSON.stringify(parseFixture(SCHOOL));
    for (const secret of ['b3BlbnNlc2FtZS1pc3AtcGFzc3dvcmQtYmxvYg==', 'c2Nob29sMS1wcmUtc2hhcmVkLWtleS1ibG9iLXZhbHVl', 'plain-psk-value', 'Z3Vlc3QtcGFzc3BocmFzZS1ibG9iLXZhbHVlLXh4eA==', 'kyoiku-snmp', 'YXV0aC1wYXNzd29yZC1ibG9iLXZhbHVlLXh4eHh4eA==', 'SH2nmYU7']) {
      expect(json.includes(secret), secret).toBe(false);
    }
    expect(fixtureText(SCHOOL)).toContain('kyoiku-snmp');
  });

  it('keeps private keys and certificates out of evidence and diagnostics, counting their lines', () => {
    const result = parseText(PRIVATE_KEY);
    const json = JSON.stringify(result);
    expect(json).not.toContain('secretkeymaterial');
    expect(json).not.toContain('c2VjcmV0LWtleS1tYXRlcmlhbC1zaG91bGQtbmV2ZXItbGVhaw');
    expect(json).not.toContain('certificatebodytext');
    expect(result.device.stats).toMatchObject({ lines: 12, ignored: 12 });
  });

  it('masks a truncated private key (quote never closed) in the diagnostics', () => {
    const truncated = PRIVATE_KEY.split('\n').slice(0, 6).join('\n');
    const result = parseText(truncated);
    const json = JSON.stringify(result);
    expect(json).not.toContain('secretkeymaterial');
    expect(json).not.toContain('c2VjcmV0LWtleS1tYXRlcmlhbC1zaG91bGQtbmV2ZXItbGVhaw');
    const s = result.device.stats;
    expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
    expect(result.diagnostics.some((d) => d.code === 'truncated')).toBe(true);
  });
});

describe('FortiGate robustness', () => {
  it('survives a file truncated mid-block', () => {
    const text = fixtureText(SCHOOL);
    const cut = text.slice(0, text.indexOf('set dstaddr "printer-range"'));
    const result = parseText(cut);
    const s = result.device.stats;
    expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'truncated', line: 0 }));
    expect(result.device.securityPolicy!.rules.map((r) => r.id)).toEqual(['20']);
  });

  it('reports an unbalanced end and a stray next, and reads on', () => {
    const result = parseText(['end', 'next', 'config system global', 'set hostname "after"', 'end', 'end'].join('\n'));
    expect(result.device.hostname).toBe('after');
    expect(result.diagnostics.filter((d) => d.code === 'unrecognized').map((d) => d.line)).toEqual([1, 2, 6]);
  });

  it('survives binary garbage', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const result = parseText(`config system interface\n${garbage}\n"unclosed\nend`);
    const s = result.device.stats;
    expect(s.lines).toBeGreaterThan(0);
    expect(s.modelled + s.ignored + s.unrecognized).toBe(s.lines);
    expect(result.diagnostics.filter((d) => d.code === 'unrecognized').length).toBe(s.unrecognized);
  });

  it('parses an empty file to an empty device', () => {
    const result = parseText('');
    expect(result.device.stats.lines).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('FortiGate list edits', () => {
  it('applies append and unselect to a list setting', () => {
    const { device } = parseText(['config system zone', 'edit "z"', 'set interface "a" "b"', 'append interface "c"', 'unselect interface "a"', 'next', 'end'].join('\n'));
    expect(device.securityPolicy!.zones[0]!.interfaces).toEqual(['b', 'c']);
  });

  it('masks a secret-looking value in a line of an unknown table', () => {
    const { diagnostics } = parseText(['config system frobnicator', 'set auth-token s3cr3t-t0ken', 'end'].join('\n'));
    expect(JSON.stringify(diagnostics)).not.toContain('s3cr3t-t0ken');
    expect(diagnostics.map((d) => d.line)).toEqual([1, 2, 3]);
  });
});
