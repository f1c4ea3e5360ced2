// FortiGate FortiOS configuration (`show` / `show full-configuration` / backup files), ONE LOGICAL
// LINE AT A TIME.
//
// The TypeScript side (src/parsers/fortigate/) splits the file into lines, joins a line whose quoted
// value runs over several physical lines (certificates, comments) into one logical line, strips the
// indentation and calls the start rule `Line`. It tracks the block structure
// (`config … edit … next … end`) itself: indentation means nothing to FortiOS (multi-VDOM exports
// do not indent the tables inside `config global`).
//
// Every rule returns a small plain object `{ type: '…', … }`. Values are `{ value, start, end, secret }`;
// `secret` is true for the token after `ENC` and for every value of a key that holds a secret
// (passwords, keys, certificates), so the driver can redact exactly those columns (secret-ranges.ts).
// Which keys hold secrets: FortiOS CLI reference (FGT-CLI in vendor-syntax.md §4), e.g. `set password`,
// `set psksecret`, `set passphrase`, `set private-key`.

{{
  const SECRET_KEYS = new Set([
    'password', 'passwd', 'old-password', 'psksecret', 'psksecret-remote', 'passphrase', 'sae-password',
    'private-key', 'certificate', 'ca', 'public-key', 'key', 'secret', 'auth-pwd', 'priv-pwd', 'authpasswd',
    'privpasswd', 'md5-key', 'ppk-secret', 'server-key', 'secondary-secret', 'tertiary-secret', 'key-string',
    'auth-password', 'password2', 'pin', 'fortitoken-cloud-password', 'sso-password', 'ldap-password',
    'mpsk-key', 'cert', 'key-outbound', 'key-inbound', 'authentication-key', 'scep-password', 'wpa-psk',
  ]);

  function token(value, where, secret) {
    return { value, start: where.start, end: where.end, secret };
  }

  /** After `ENC` the next token is the encrypted blob; a secret key makes every value secret. */
  function markSecrets(key, values) {
    const secretKey = SECRET_KEYS.has(key);
    return values.map((v, i) => {
      const isEnc = v.value === 'ENC' && !v.quoted && i === 0;
      const afterEnc = i > 0 && values[i - 1].value === 'ENC' && !values[i - 1].quoted;
      // The word `ENC` itself stays visible: it tells the reader how the secret is stored.
      return { ...v, secret: (secretKey && !isEnc) || afterEnc };
    });
  }
}}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

_ "space" = [ \t]+

// A `#` after a blank starts a trailing comment (hand-edited configs and test files use it).
End "end of line" = _? ("#" .*)? !.

// A bare word: anything up to a blank; it does not start with a quote.
Bare "word" = $([^ \t"'] [^ \t]*)

// Double-quoted: backslash escapes the next character (`\"`, `\\`, `\'`); may span lines.
DoubleQuoted "quoted string"
  = '"' chars:(@$("\\" .) / @$[^"\\]+)* '"' { return chars.map((c) => (c.length === 2 && c[0] === '\\' ? c[1] : c)).join(''); }

// Single-quoted, used by FortiOS for empty values (`set protects ''`).
SingleQuoted "quoted string"
  = "'" chars:(@$("\\" .) / @$[^'\\]+)* "'" { return chars.map((c) => (c.length === 2 && c[0] === '\\' ? c[1] : c)).join(''); }

Value "value"
  = v:DoubleQuoted { return { ...token(v, range(), false), quoted: true }; }
  / v:SingleQuoted { return { ...token(v, range(), false), quoted: true }; }
  / v:Bare { return { ...token(v, range(), false), quoted: false }; }

Values = vs:(_ @Value)* { return vs; }

Key "setting name" = $[^ \t"']+

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

Line
  = Comment
  / ConfigLine
  / EditLine
  / SetLine
  / UnsetLine
  / NextLine
  / EndLine
  / ListEdit

// `#config-version=…` header and other `#` lines.
Comment = "#" text:$(.*) { return { type: 'comment', text }; }

// config system interface | config system replacemsg mail "partial" | config vdom | config global
ConfigLine = "config" words:(_ @Value)+ End { return { type: 'config', words: words.map((w) => w.value) }; }

// edit "port1" | edit 12 — an entry of the table; names may contain blanks when quoted.
EditLine = "edit" _ name:Value End { return { type: 'edit', name: name.value }; }

SetLine = "set" _ key:Key values:Values End { return { type: 'set', key, values: markSecrets(key, values) }; }

UnsetLine = "unset" _ key:Key End { return { type: 'unset', key }; }

NextLine = "next" End { return { type: 'next' }; }

EndLine = "end" End { return { type: 'end' }; }

// `append member "x"` / `select member …` / `unselect …` (list edits in scripts; same meaning as set/add).
ListEdit = verb:$("append" / "select" / "unselect") _ key:Key values:Values End {
  return { type: 'list-edit', verb, key, values: markSecrets(key, values) };
}
