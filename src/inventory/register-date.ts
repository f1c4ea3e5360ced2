/**
 * Dates as approval registers write them — `2026-04-01`, `2026/4/1`, `2026年4月1日`, and 和暦
 * `R8.4.1`, `令和8年4月1日`, `令和元年5月1日`, `H31.4.30` — turned into ISO `YYYY-MM-DD`.
 * Full-width digits (`令和８年４月１日`) read the same as half-width.
 */

interface Era {
  /** Gregorian year of the era's year 1 (元年). */
  firstYear: number;
  /** ISO first and last day of the era; dates outside are errors. */
  from: string;
  to?: string;
  name: string;
}

// Era boundaries: 平成 from 1989-01-08, 令和 from 2019-05-01 (元号を改める政令).
const REIWA: Era = { firstYear: 2019, from: '2019-05-01', name: '令和' };
const HEISEI: Era = { firstYear: 1989, from: '1989-01-08', to: '2019-04-30', name: '平成' };

const ERAS: Readonly<Record<string, Era>> = { 令和: REIWA, r: REIWA, 平成: HEISEI, h: HEISEI };

const WESTERN = /^([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)$/;
const JAPANESE = /^(令和|平成|r|h)([0-9]{1,2}|元)(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)$/;

const ACCEPTED = '2026-04-01, 2026/4/1, R8.4.1, 令和8年4月1日';

/** ISO date, or an error (English / Japanese) saying why the text is not one. */
export function parseRegisterDate(text: string): string | { error: string } {
  const compact = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const western = WESTERN.exec(compact);
  if (western) {
    return isoDate(Number(western[1]), Number(western[2] ?? western[4]), Number(western[3] ?? western[5]), text);
  }
  const japanese = JAPANESE.exec(compact);
  if (japanese) {
    const era = ERAS[japanese[1]!]!;
    const eraYear = japanese[2] === '元' ? 1 : Number(japanese[2]);
    if (eraYear === 0) return { error: `"${text}": era year 0 does not exist / 和暦の 0 年はありません` };
    const iso = isoDate(era.firstYear + eraYear - 1, Number(japanese[3] ?? japanese[5]), Number(japanese[4] ?? japanese[6]), text);
    if (typeof iso !== 'string') return iso;
    if (iso < era.from || (era.to !== undefined && iso > era.to)) {
      const en = era.to === undefined ? `from ${era.from}` : `${era.from} – ${era.to}`;
      const ja = era.to === undefined ? `${era.from} 以降` : `${era.from}〜${era.to}`;
      return { error: `"${text}" (${iso}) is outside the ${era.name} era (${en}) / 「${text}」（${iso}）は${era.name}の期間外です（${ja}）` };
    }
    return iso;
  }
  if (/^[0-9]{5}$/.test(compact)) {
    return { error: `"${text}" looks like an Excel date serial number; format the cells as dates (${ACCEPTED}) / 「${text}」は Excel の日付シリアル値のようです。日付として書いてください（${ACCEPTED}）` };
  }
  return { error: `"${text}" is not a date; write ${ACCEPTED} / 「${text}」は日付として読めません（書き方: ${ACCEPTED}）` };
}

/** A real calendar day as ISO text, or an error (30 February, month 13, …). */
function isoDate(year: number, month: number, day: number, text: string): string | { error: string } {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: `"${text}" is not a calendar date / 「${text}」は存在しない日付です` };
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
