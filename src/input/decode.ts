/**
 * Turns file bytes into text, or says why it cannot. Configs and CSVs exported on Japanese Windows
 * machines are often Shift_JIS (CP932) or EUC-JP; Node's full ICU decodes both.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'shift_jis' | 'euc-jp' | 'latin1';
}

export type DecodeFailure = { error: 'binary' | 'empty'; reason: string };

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded | DecodeFailure {
  if (bytes.length === 0) return { error: 'empty', reason: 'file is empty / ファイルが空です' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    if (text !== undefined) return { text, encoding: 'utf-16le' };
  }
  if (looksBinary(bytes)) {
    return { error: 'binary', reason: 'binary content (NUL or control bytes), not a text config / バイナリファイルのため読めません' };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const sjis = tryDecode('shift_jis', bytes);
  if (sjis !== undefined) return { text: sjis, encoding: 'shift_jis' };
  const euc = tryDecode('euc-jp', bytes);
  if (euc !== undefined) return { text: euc, encoding: 'euc-jp' };
  return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
}
