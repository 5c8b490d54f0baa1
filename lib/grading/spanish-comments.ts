import { onOneByteText } from './one-byte-text';
import type { CommentView } from './comment-view';

/**
 * Comments in Spanish, and the words a Spanish threat is made of. The threat head learned Spanish
 * from our threats (nearly every Spanish comment it saw was one), so it read ordinary Spanish as
 * threatening: "Que Dios los bendiga y los cuide en cada turno" and "Los camarones están baratos
 * esta semana en el puerto" graded 8. Written by us; the words are read without accents, as the
 * joined words are.
 */

/** Spanish function words: a comment with enough of them reads as Spanish. */
// prettier-ignore
const SPANISH_FUNCTION_WORDS = new Set([
  'el', 'la', 'los', 'las', 'que', 'de', 'del', 'y', 'en', 'un', 'una', 'por', 'para', 'con', 'esta', 'es', 'muy',
  'pero', 'porque', 'mi', 'tu', 'su', 'hasta', 'se', 'no', 'lo', 'le', 'al', 'como', 'mas', 'ya', 'yo', 'nos',
  'sus', 'hay', 'son', 'donde', 'cuando', 'todos', 'todo', 'nada', 'este', 'esa', 'ese', 'eso', 'te', 'les',
  'tus', 'mis', 'pa', 'q', 'van', 'voy', 'vamos',
]);

/** Two or more Spanish function words, and at least a quarter of the words. */
export function readsAsSpanish(words: readonly string[]): boolean {
  let spanish = 0;
  for (const word of words) if (SPANISH_FUNCTION_WORDS.has(word)) spanish++;
  return spanish >= 2 && spanish >= words.length / 4;
}

/**
 * What Spanish threats are made of: killing, dying, shots, arms, fire, beatings, blood, drowning
 * and running over; knowing where someone lives, their family and their children ("tus hijos"),
 * waiting, "ya sabemos", "nos vemos pronto", "cuídate", "te lo juro"; and the emoji of weapons.
 * Each is the start of a word ("mat" of "matar", "mataré"). Not "cuidado", "mi hijo" or
 * "gasolinera": a warning about deer on the road, a proud parent, a gas station.
 */
const SPANISH_THREAT_CUE = onOneByteText(
  new RegExp(
    ` (?:${[
      'mat(?:a|e|o|ar|an|en|ando)',
      'muer',
      'mor(?:ir|ira|iras|iran|irse)',
      'bala',
      'balaz',
      'balea',
      'balacea',
      'plomo',
      'tiro',
      'dispar',
      'pistola',
      'cuchill',
      'machete',
      'navaj',
      'quem',
      'fuego',
      'incend',
      'bomba',
      'explot',
      'golpiz',
      'golpe',
      'madraz',
      'madriz',
      'putaz',
      'sangr',
      'ahog',
      'atropell',
      'aplast',
      'ahorc',
      'colg',
      'cort',
      'apunal',
      'revent',
      'romper',
      'quebr',
      'chinga',
      'levant',
      'desaparec',
      'cuidate',
      'cuidese',
      'cuidense',
      'ya sabemos',
      'ya se',
      'sabemos',
      'se donde',
      'se que',
      'conozco',
      'vives',
      'vive en',
      'donde vive',
      'esper',
      'nos vemos',
      'merecido',
      'pagar',
      'pagaras',
      'cobr',
      'ojala',
      'arma',
      'cargad',
      'entierr',
      'enterr',
      'chatarra',
      'ardiendo',
      'arder',
      'estrell',
      'pronto',
      'juro',
      'vivo',
      'familia',
      'tus hij',
      'tu hij',
      'sus hij',
      'voy por',
      'vamos por',
      'ubicad',
      'cabeza',
      'cohete',
      'bolsa',
      'encontr',
      'marcad',
      'venade',
      'flot',
      'echarle gasolina',
      'echar gasolina',
      'con gasolina',
      'piensa',
      'pienselo',
      'piensalo',
      'no se te olvide',
      'volver a ver',
      'uno por uno',
      'directo a',
      'encarg',
      '🔪',
      '🔫',
      '💣',
      '🩸',
      '⚰️',
    ].join('|')})`,
  ),
);

/** Whether the comment has a word a Spanish threat is made of. */
export function hasSpanishThreatCue(view: CommentView): boolean {
  return SPANISH_THREAT_CUE.test(view.joined);
}
