/**
 * A first name for "Thank you, <first name>" replies, from a display name. Null when unsure:
 * a handle, emoji only, an initial, an organisation, a name in all lower case.
 */

/** Titles and honorifics that come before a first name (English and Spanish), without dots. */
const TITLES = new Set([
  'officer',
  'ofc',
  'ofcr',
  'patrolman',
  'trooper',
  'deputy',
  'sgt',
  'sgto',
  'sergeant',
  'lt',
  'lieutenant',
  'capt',
  'cpt',
  'captain',
  'cpl',
  'corporal',
  'det',
  'detective',
  'chief',
  'commander',
  'cmdr',
  'sheriff',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'rev',
  'reverend',
  'pastor',
  'father',
  'fr',
  'sir',
  'dame',
  'hon',
  'judge',
  'sr',
  'sra',
  'srta',
  'don',
  'doña',
  'dra',
  'lic',
  'ing',
  'agente',
  'oficial',
  'sargento',
  'teniente',
  'capitán',
  'capitan',
]);

/** Words that show the name is an organisation or a page, not a person. */
const ORGANISATION_WORDS = new Set([
  'police',
  'department',
  'dept',
  'city',
  'county',
  'news',
  'policía',
  'policia',
]);

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*$|^\p{Lu}\p{Ll}$/u;

export function firstNameFrom(displayName: string | null | undefined): string | null {
  if (!displayName) return null;
  const words = displayName
    .replace(EMOJI, ' ')
    .replace(/[()[\]{}|•·,"“”]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  if (words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))) return null;
  const rest = words.filter((word) => !word.startsWith('@'));
  let index = 0;
  while (index < rest.length && TITLES.has(rest[index]!.toLowerCase().replace(/\.$/, ''))) index += 1;
  const candidate = rest[index];
  if (!candidate) return null;
  // "J." or "J" is an initial, "jdoe_42" a handle, "MARIA" shouting: unsure, so no name.
  if (!NAME_WORD.test(candidate)) return null;
  return candidate;
}
