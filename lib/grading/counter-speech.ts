import { spanOfWord, type CommentView } from './comment-view';
import { insideQuotes } from './quotation';

/**
 * Mention, not use: a slur or a hateful sentence the poster quotes, reports or attributes to
 * someone else, usually to condemn it ("Calling immigrants parasites is wrong", "he called me
 * a …"). Quotes alone prove nothing (whole tweets arrive quoted); quoting to condemn does.
 */

/** Words that report what follows: "he called me…", "the word…". */
// prettier-ignore
const REPORTING_WORDS = new Set([
  'called', 'call', 'calling', 'calls', 'said', 'saying', 'says', 'say', 'word', 'words', 'term', 'slur',
  'yelled', 'shouted', 'screamed', 'wrote', 'used', 'using', 'dijo', 'llamo',
]);

/** Words that attribute a whole opinion to someone: "anyone who thinks…", "the idea that…". */
// prettier-ignore
const ATTRIBUTING_WORDS = new Set([
  ...REPORTING_WORDS, 'think', 'thinks', 'thinking', 'believe', 'believes', 'claim', 'claims', 'claiming',
  'posted', 'tweeted', 'told', 'tell', 'telling', 'writes', 'idea', 'notion', 'pretend', 'pretending',
]);

/** Words that condemn what was quoted or reported. */
const CONDEMNATION =
  / (?:unacceptable|disgusting|racist|sexist|homophobic|transphobic|bigoted|bigot|bigots|bigotry|wrong|not ok|not okay|vile|shameful|ashamed|appalling|offensive|hateful|hurtful|hurts|harmful|dehumanizing|dehumanising|hate speech|hate crime|need help|should be fired|reported|report|complaint|investigate|inaceptable|stop calling|stop saying|stop using|cant believe|can t believe|cannot believe|do better|knock it off|not funny) /;

/** Whether the comment condemns something anywhere. */
export function condemns(view: CommentView): boolean {
  return CONDEMNATION.test(view.joined);
}

/** Whether the comment condemns something, looking outside [at, end) of the joined words. */
export function condemnsOutside(view: CommentView, at: number, end: number): boolean {
  if (!CONDEMNATION.test(view.joined)) return false;
  return CONDEMNATION.test(`${view.joined.slice(0, at)} ${view.joined.slice(end)}`);
}

/**
 * Whether a reporting word stands among the `window` words before word `index`; with
 * `opinions`, also a word that attributes an opinion ("thinks", "the idea that").
 */
export function isReported(words: string[], index: number, window: number, opinions = false): boolean {
  const reporting = opinions ? ATTRIBUTING_WORDS : REPORTING_WORDS;
  for (let k = Math.max(0, index - window); k < index; k++) if (reporting.has(words[k] ?? '')) return true;
  return false;
}

/** Whether word `index` sits inside quotation marks in the original text. */
export function isQuoted(view: CommentView, index: number): boolean {
  return insideQuotes(view.tokens.text, spanOfWord(view, index).start);
}

/** Whether a quotation mark opens or closes between two words: "'death to immigrants' is…". */
export function crossesQuote(view: CommentView, first: number, last: number): boolean {
  return isQuoted(view, first) !== isQuoted(view, last);
}
