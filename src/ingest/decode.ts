/** Charsets TextDecoder is asked for, by the names and aliases pages and servers use. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'koi8-r': 'koi8-r',
  'koi8-u': 'koi8-u',
  'windows-1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'iso-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  shift_jis: 'shift_jis',
  sjis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'euc-kr': 'euc-kr',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
};

/** windows-1252 characters for bytes 0x80–0x9F (Node's TextDecoder decodes them as C1 controls, like latin1). */
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes with TextDecoder, fixing windows-1252's 0x80–0x9F range where Node gets it wrong. */
export function decodeAs(name: string, bytes: Uint8Array, fatal = false): string {
  const text = new TextDecoder(name, { fatal }).decode(bytes);
  return name === 'windows-1252' ? text.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]) : text;
}

/** The outcome of {@link decodeBytes}: the text and the charset used, or why the bytes are not text. */
export type Decoded = { ok: true; text: string; charset: string } | { ok: false; reason: string };

/** Maps a charset label to a name TextDecoder accepts, or null when dyad cannot decode it. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[key];
  if (!name) return null;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** Reads the charset a document declares in its first 2 KB: `<?xml encoding>`, `<meta charset>` or `http-equiv`. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** True when bytes look binary: a NUL byte, or more than 10% control characters, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Decodes bytes to text. A byte-order mark wins; then the charset given (e.g. from a Content-Type header), then the
 * one the document declares (`<?xml encoding>`, `<meta charset>`), then strict UTF-8. UTF-8 is decoded with
 * `fatal: true`, so invalid bytes give a reason instead of replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): Decoded {
  if (looksBinary(bytes) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'binary content (NUL bytes or control characters), not text' };
  }
  let name = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) name = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) name = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) name = 'utf-16be';
  else name = normaliseCharset(charset) ?? normaliseCharset(sniffCharset(bytes)) ?? 'utf-8';
  try {
    return { ok: true, text: decodeAs(name, bytes, true), charset: name };
  } catch {
    return {
      ok: false,
      reason: `invalid ${name === 'utf-8' ? 'UTF-8' : name} bytes; convert the file to UTF-8 or declare its charset`,
    };
  }
}
