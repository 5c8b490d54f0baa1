/**
 * Resolves the time a platform shows ("3m", "2 h", "1d", "2w", "Nov 2", "hace 3 min", "2 nov")
 * into an absolute ISO 8601 time, against the moment the comment was captured. Null when the
 * text is not a time we know: the record then keeps only the text as shown.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit words and abbreviations, English and Spanish, to milliseconds (years and months apart). */
const UNITS: ReadonlyArray<readonly [RegExp, number | 'month' | 'year']> = [
  [/^(s|sec|secs|second|seconds|seg|segs|segundo|segundos)$/, 1000],
  [/^(m|min|mins|minute|minutes|minuto|minutos)$/, MINUTE],
  [/^(h|hr|hrs|hour|hours|hora|horas)$/, HOUR],
  [/^(d|day|days|día|días|dia|dias)$/, DAY],
  [/^(w|wk|wks|week|weeks|sem|semana|semanas)$/, 7 * DAY],
  [/^(mo|mos|month|months|mes|meses)$/, 'month'],
  [/^(y|yr|yrs|year|years|a|año|años|ano|anos)$/, 'year'],
];

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, ene: 0, enero: 0,
  feb: 1, february: 1, febrero: 1,
  mar: 2, march: 2, marzo: 2,
  apr: 3, april: 3, abr: 3, abril: 3,
  may: 4, mayo: 4,
  jun: 5, june: 5, junio: 5,
  jul: 6, july: 6, julio: 6,
  aug: 7, august: 7, ago: 7, agosto: 7,
  sep: 8, sept: 8, september: 8, septiembre: 8, setiembre: 8,
  oct: 9, october: 9, octubre: 9,
  nov: 10, november: 10, noviembre: 10,
  dec: 11, december: 11, dic: 11, diciembre: 11,
}; // prettier-ignore

const NOW_WORDS = new Set(['now', 'just now', 'ahora', 'justo ahora', 'hace un momento']);
const YESTERDAY_WORDS = new Set(['yesterday', 'ayer']);

/** The absolute time `shown` stands for, as ISO 8601 (UTC); null when not understood. */
export function resolveShownTime(shown: string | null | undefined, now: Date): string | null {
  const date = parseShownTime(shown, now);
  return date ? date.toISOString() : null;
}

export function parseShownTime(shown: string | null | undefined, now: Date): Date | null {
  if (!shown || Number.isNaN(now.getTime())) return null;
  const text = shown
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/[·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^hace /, '')
    .replace(/ ago$/, '')
    .replace(/\.$/, '');
  if (NOW_WORDS.has(text)) return new Date(now.getTime());
  if (YESTERDAY_WORDS.has(text)) return new Date(now.getTime() - DAY);
  return parseRelative(text, now) ?? parseCalendar(text, now);
}

/** "3m", "2 h", "1d", "2w", "3 min", "an hour", "1 sem". */
function parseRelative(text: string, now: Date): Date | null {
  const match = /^(\d+|an?|una?)\s*([a-záéíóúñ]+)\.?$/.exec(text);
  if (!match) return null;
  const amount = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]!))?.[1];
  if (unit === undefined) return null;
  if (typeof unit === 'number') return new Date(now.getTime() - amount * unit);
  const date = new Date(now.getTime());
  if (unit === 'month') date.setMonth(date.getMonth() - amount);
  else date.setFullYear(date.getFullYear() - amount);
  return date;
}

/**
 * "Nov 2", "November 2, 2025", "November 20 at 3:04 PM", "2 nov", "2 de noviembre de 2025",
 * "20 de noviembre a las 15:04". Local time, as the page shows it to the moderator. Without a
 * year, the latest such date not after `now`.
 */
function parseCalendar(text: string, now: Date): Date | null {
  const cleaned = text
    .replace(/,/g, ' ')
    .replace(/\bde\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const [datePart, timePart] = cleaned.split(/ (?:at|a las|a la) /);
  const monthFirst = /^([a-z]+)\.? (\d{1,2})(?: (\d{4}))?(?: (.+))?$/.exec(datePart ?? '');
  const dayFirst = /^(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?(?: (.+))?$/.exec(datePart ?? '');
  const parts = monthFirst
    ? { month: monthFirst[1]!, day: monthFirst[2]!, year: monthFirst[3], time: timePart ?? monthFirst[4] }
    : dayFirst
      ? { month: dayFirst[2]!, day: dayFirst[1]!, year: dayFirst[3], time: timePart ?? dayFirst[4] }
      : null;
  if (!parts) return null;
  const month = MONTHS[parts.month];
  const day = Number(parts.day);
  if (month === undefined || day < 1 || day > 31) return null;
  const clock = parts.time === undefined ? { hours: 0, minutes: 0 } : parseClock(parts.time);
  if (!clock) return null;
  const at = (year: number) => new Date(year, month, day, clock.hours, clock.minutes);
  const year = parts.year
    ? Number(parts.year)
    : at(now.getFullYear()).getTime() > now.getTime()
      ? now.getFullYear() - 1
      : now.getFullYear();
  const date = at(year);
  // "Feb 31" is no date: JavaScript would roll it over into March.
  return date.getMonth() === month ? date : null;
}

/** "3:04 pm", "15:04", "3:04 p. m." */
function parseClock(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2}):(\d{2})\s*(a\.? ?m\.?|p\.? ?m\.?)?$/.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.replace(/[. ]/g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}
