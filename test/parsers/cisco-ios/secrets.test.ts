import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storageOfType } from '../../../src/parsers/cisco-ios/secrets.js';
import { FIXTURES, lineOf, parseFixture, expectFullyUnderstood } from './helpers.js';

const FILE = 'credentials.cfg';
const result = parseFixture(FILE);
const { management, vpn } = result.device;

/** Every secret written in the fixtures, in stored and (for type 7) decoded form. */
const SECRETS = [
  'EnableClearFixture0', '$1$mERr$EnableMd5HashFixture5', 'EnableMd5HashFixture5', '052E080E23404B390E52311B131811382E', 'EnablePw7Fixture',
  'EnablePbkdf2HashFixture8', 'UserScryptHashFixture9', '053E150A337C4F1A0A52311B131811382E', 'UserPass7Fixture', 'UserClearFixture0',
  'UserClearSecretFixture', 'UserAlgoClearFixture', 'UserSha256HashFixture4', 'CommunityFixtureRO', 'CommunityFixtureRW',
  'SnmpAuthKeyFixture', 'SnmpPrivKeyFixture', 'TrapCommunityFixture', '0539070B28595D221C1C40340214103F3921', 'RadiusKey7Fixture',
  'TacacsGlobalKeyFixture', '0525121F0A49575E3F0C0F061E1E01', 'NtpKey7Fixture', 'IsakmpKeyFixture', '05270F01247C4F1A0A52311B131811382E',
  'LinePass7Fixture', 'LineClearFixture',
  // management.cfg, crypto.cfg, wireless.cfg, robustness.cfg
  'RadiusBlockKeyFixture', 'RadiusGlobalKeyFixture', 'NtpKeyClearFixture', 'ReadOnlyFixture', 'ReadWriteFixture', 'AuthKeyFixture',
  'PrivKeyFixture', 'IsakmpClearKeyFixture', 'IsakmpType6KeyFixture', 'KeyringKeyFixture', 'Ikev2LocalKeyFixture', 'Ikev2RemoteKeyFixture',
  'Ikev2NoAddrKeyFixture', 'GakushuPskFixture', '053C160E115F455E3F0C0F061E1E01', 'WpaPsk7Fixture',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', '053C031F0A49575E3F0C0F061E1E017A7A767B676074445F4F020355',
  'WepKey7Fixture0123456789abc', 'SECRETWIDGET',
];

describe('Cisco IOS secrets', () => {
  it('understands every line of the fixture', () => {
    expectFullyUnderstood(result);
  });

  it('maps IOS type digits to storage kinds', () => {
    expect([null, 0, 4, 5, 6, 7, 8, 9, 3].map(storageOfType)).toEqual([
      'plaintext', 'plaintext', 'sha256', 'md5-crypt', 'encrypted', 'reversible', 'pbkdf2', 'scrypt', 'unknown',
    ]);
  });

  it('enable secret / password: a later line of the same form and level replaces the earlier one', () => {
    expect(management.enable.map((e) => [e.form, e.level, e.password.storage, e.password.clearLength])).toEqual([
      ['secret', undefined, 'md5-crypt', undefined],
      ['password', undefined, 'reversible', 'EnablePw7Fixture'.length],
      ['secret', 5, 'pbkdf2', undefined],
    ]);
    expect(management.enable[0]!.source).toEqual({ file: FILE, line: lineOf(FILE, 'enable secret 5'), text: 'enable secret 5 <redacted>' });
    expect(management.passwordEncryption).toMatchObject({ enabled: true });
    expect(management.passwordPolicy).toMatchObject({ minLength: 10 });
  });

  it('local users: privilege, admin, storage of each password form', () => {
    const users = Object.fromEntries(
      management.users.map((u) => [u.name, [u.privilege, u.admin, u.password?.storage, u.password?.clearLength]]),
    );
    expect(users).toEqual({
      admin: ['15', true, 'scrypt', undefined],
      helpdesk: ['5', false, 'reversible', 'UserPass7Fixture'.length],
      backup: [undefined, false, 'plaintext', 'UserClearFixture0'.length],
      legacy: [undefined, false, 'plaintext', 'UserClearSecretFixture'.length],
      scrypt: [undefined, false, 'plaintext', 'UserAlgoClearFixture'.length],
      nopw: [undefined, false, undefined, undefined],
      onlypriv: ['15', true, undefined, undefined],
      sha4: [undefined, false, 'sha256', undefined],
    });
  });

  it('same clear value gives the same fingerprint whatever the storage (reuse detection)', () => {
    const line = management.lines.find((l) => l.name === 'con 0')!;
    expect(line.password).toMatchObject({ kind: 'line-password', storage: 'reversible', clearLength: 'LinePass7Fixture'.length });
    expect(line.login).toBe('password');
    const vty = management.lines.find((l) => l.name === 'vty 0 4')!;
    expect(vty.password).toMatchObject({ storage: 'plaintext', clearLength: 'LineClearFixture'.length });
    expect(line.password!.fingerprint).not.toBe(vty.password!.fingerprint);
    expect(line.password!.fingerprint).toHaveLength(64);
  });

  it('SNMP, RADIUS / TACACS+, NTP and IKE keys become secrets', () => {
    expect(management.snmp.communities.map((c) => [c.access, c.accessList, c.community.storage, c.community.clearLength])).toEqual([
      ['ro', '10', 'plaintext', 'CommunityFixtureRO'.length],
      ['rw', undefined, 'plaintext', 'CommunityFixtureRW'.length],
    ]);
    expect(management.aaa.radiusServers[0]!.key).toMatchObject({ kind: 'radius-key', storage: 'reversible', clearLength: 'RadiusKey7Fixture'.length });
    expect(management.aaa.tacacsServers[0]!.key).toMatchObject({ kind: 'tacacs-key', storage: 'plaintext', clearLength: 'TacacsGlobalKeyFixture'.length });
    expect(vpn.preSharedKeys.map((k) => [k.peer, k.key.kind, k.key.storage])).toEqual([['203.0.113.1', 'ike-psk', 'plaintext']]);
  });

  it('no secret of any fixture appears anywhere in the parse result', () => {
    for (const name of readdirSync(FIXTURES)) {
      const json = JSON.stringify(parseFixture(name));
      for (const secret of SECRETS) expect(json, `${secret} leaked from ${name}`).not.toContain(secret);
      expect(json).not.toContain('fingerprint');
    }
  });

  it('redacts the secret columns in the evidence text', () => {
    const texts = JSON.stringify(result);
    expect(texts).toContain('username admin privilege 15 secret 9 <redacted>');
    expect(texts).toContain('snmp-server community <redacted> RO 10');
    expect(texts).toContain('snmp-server user monitor MON v3 auth sha <redacted> priv aes 128 <redacted>');
    expect(texts).toContain('radius-server host 192.0.2.60 auth-port 1812 acct-port 1813 key 7 <redacted>');
    expect(texts).toContain('crypto isakmp key <redacted> address 203.0.113.1');
  });
});
