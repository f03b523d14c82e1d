const DATE_WORDS = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'am',
  'pm',
  'a',
  'p',
  'm',
  'at',
  'on',
  'of',
  'the',
  'published',
  'updated',
  'posted',
  'last',
  'modified',
  'created',
  'date',
  'time',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'hst',
  'ist',
  'aest',
  'et',
  'ct',
  'pt',
  'ago',
  'hours',
  'hour',
  'minutes',
  'min',
  'mins',
  'read',
  'st',
  'nd',
  'rd',
  'th',
  'de',
  'du',
  'le',
  'am',
  'um',
  'às',
  'a',
  'el',
  'del',
]);

/**
 * True when a line only states when the article was published or updated ("Published 4:00 am CST, Wednesday,
 * November 20, 2019", "Updated: Sat 8:31 PM, Feb 17, 2018", "22 de janeiro de 2018 às 0:13"): a short line with a
 * year or a clock time, no closing sentence punctuation, and at most three words that are not date words.
 */
export function isDateline(line: string): boolean {
  if (line.length > 90 || (/[.!?"”]$/.test(line) && !/\b(a\.m|p\.m)\.$/i.test(line))) return false;
  if (!/\b(19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(line)) return false;
  const other = (line.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !DATE_WORDS.has(w) && !/feira$/.test(w));
  return other.length <= 3;
}

/**
 * True when a line is a byline ("By Paul Takahashi", "By HNN Staff | November 18, 2019 at 2:26 PM") or repeats the
 * page's byline: a short line that starts with "By" followed by a capitalised name, without closing punctuation.
 */
export function isBylineLine(line: string, byline: string | null): boolean {
  if (byline && line.toLowerCase() === byline.toLowerCase()) return true;
  if (line.length > 150 || /[.!?]$/.test(line)) return false;
  return /^(by|por|von|par|door|di)\s*:?\s+(\p{Lu}|$)/u.test(line) || /^(by|por|von|par)$/i.test(line);
}

/** True for a photo caption or credit line: ends with a parenthesised photo credit, or is a short agency credit. */
export function isCreditLine(line: string): boolean {
  if (/\((AP |AFP |Reuters )?(Photo|Image|Foto|Picture)s?\b[^)]{0,80}\)$/i.test(line)) return true;
  return (
    line.length < 100 &&
    /(^|\|)\s*(Getty Images|AFP|Reuters|AP|Shutterstock|EPA|Bloomberg)\s*(\/.*)?$/i.test(line) &&
    line.includes('|')
  );
}

/**
 * Drops lines of article metadata that Readability leaves in the body — bylines, datelines, photo credits — and
 * repeated paragraphs (galleries repeat captions; only the first copy is kept). Works on cleaned text (paragraphs
 * separated by blank lines) and keeps its layout.
 */
export function dropMetaLines(text: string, byline: string | null): string {
  const seen = new Set<string>();
  const paragraphs = text.split('\n\n').map((para) =>
    para
      .split('\n')
      .filter((line) => !isDateline(line) && !isBylineLine(line, byline) && !isCreditLine(line))
      .join('\n'),
  );
  return paragraphs
    .filter((para) => {
      if (!para) return false;
      if (para.length < 120) return true;
      if (seen.has(para)) return false;
      seen.add(para);
      return true;
    })
    .join('\n\n');
}
