import type { CommentView } from './comment-view';
import type { ThreatMatch } from './threat-rules';

/**
 * Why a sentence that reads like a threat is not one: it is negated ("nobody should hurt
 * officers"), it quotes or condemns someone else's threat (counter-speech), or it reports news
 * ("man who threatened to bomb the station arrested"). Idioms ("killing me", "killed it") never
 * match the threat rules in the first place because those need a person as the target.
 */
export type ThreatDefusal = 'negated' | 'counter-speech' | 'reported';

const NEGATORS =
  / (?:not|never|nobody|no one|noone|dont|doesnt|didnt|wont|wouldnt|shouldnt|cant|cannot|no|isnt|arent|nadie|nunca|ni|jamas|stop|against|without) /;
/** In "if you stop me again…" the "stop" is the condition, not a negation. */
const CONSEQUENCE_NEGATORS = / (?:not|never|wont|wouldnt|nobody|no one|dont|cant|nadie|nunca|jamas) /;
const REPORTED_SPEECH =
  / (?:saying|say|said|says|wrote|writes|posted|posts|tweeted|threatening|threaten|threatens|threatened|threat|threats|joke|joking|jokes|claims?|claimed|shouting|shouted|yelling|yelled|chanting|chanted|calling for|calls for|comments? like|comments? that|words like|people who|whoever|anyone who|someone who|those who|dicen|dijo|decir) /;
const CONDEMNATION =
  / (?:disgusting|unacceptable|wrong|not ok|not okay|vile|shameful|ashamed|condemn|condemns|condemned|reported|appalling|awful|terrible|horrible|sick|hateful|no place|not acceptable|inexcusable|outrageous|evil|gross|crime|illegal|should be arrested|be investigated|report|reporting|inaceptable|asqueroso|verguenza) /;
const NEWS =
  / (?:suspect|suspects|arrested|charged|accused|allegedly|alleged|according to|police say|police said|reportedly|sentenced|convicted|indicted|plotted|plotting|planned to|man who|woman who|teen who|investigating|investigation|detenido|acusado) /;

function wordsBefore(view: CommentView, at: number, count: number): string {
  let start = at;
  for (let seen = 0; start > 0 && seen <= count; start--) if (view.joined[start - 1] === ' ') seen++;
  return view.joined.slice(start, at + 1);
}

function insideQuotes(text: string, start: number): boolean {
  let quotes = 0;
  for (let i = 0; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) quotes++;
  }
  return quotes % 2 === 1;
}

/** Why this threat match is not a threat, or undefined when it is one. */
export function defuseThreat(view: CommentView, match: ThreatMatch): ThreatDefusal | undefined {
  const phrase = view.joined.slice(match.at, match.end + 1);
  // In a conditional the "if" part may hold a negation ("if you don't stop…"): only the
  // consequence counts.
  const negated =
    match.kind === 'conditional'
      ? CONSEQUENCE_NEGATORS.test(phrase.slice(Math.max(0, phrase.length - 30)))
      : NEGATORS.test(wordsBefore(view, match.at, 3) + phrase);
  if (negated) return 'negated';
  if (match.span && insideQuotes(view.tokens.text, match.span.start)) return 'counter-speech';
  const before = wordsBefore(view, match.at, 6);
  if (REPORTED_SPEECH.test(before) && (CONDEMNATION.test(view.joined) || NEWS.test(view.joined)))
    return 'counter-speech';
  if (REPORTED_SPEECH.test(before) && match.kind !== 'conditional') return 'reported';
  if (NEWS.test(wordsBefore(view, match.at, 8))) return 'reported';
  return undefined;
}
