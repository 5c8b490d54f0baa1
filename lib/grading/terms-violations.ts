import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import type { TermsClause } from './grade';
import { defineWordClass, hasWordClass } from './word-classes';

/**
 * Terms-of-Use violations that are not about tone: solicitation and spam (clause e) and
 * information that endangers people or public systems, such as an officer's home address
 * (clause f). Both are hidden on the clause, whatever the comment's mood.
 */

export interface TermsViolation {
  clause: TermsClause;
  reason: string;
  match: RuleMatch;
}

const SOLICITATION =
  / (?:dm me|inbox me|message me on|whatsapp|telegram|text me on|click (?:the |my |this )?link|link in (?:my )?bio|check out my|follow me|follow my|buy now|order now|free (?:gift|money|iphone|followers|giveaway|cash)|earn \$?\d+|earn money|make money (?:from home|online|fast)|make \$?\d+ (?:a|per) (?:day|week)|binary options|investment (?:opportunity|platform|manager)|promo code|discount code|use my code|sugar (?:daddy|mommy|baby)|onlyfans|account recovery|recover (?:your|hacked) accounts?|hacked accounts?|hire a hacker|contact (?:him|her|them) (?:on|via|at)|loan offer|instant loan|cheap (?:followers|likes|views)|visit my (?:page|profile|site|website)|work from home|passive income) /;
/** Not a memorial ("his memory lives on in our hearts") nor "who lives on our side of town". */
const DOXXING =
  / (?:lives at|lives on(?! (?:in|through|forever|our|my|this|that|the other|the same|both|your)\b)|lives in the|home address|house address|his address|her address|their address|address is|(?:his|her|their) (?:home|house) is (?:at|on)|(?:his|her|their) (?:phone|cell|number) is|(?:his|her|their|the officers|the cops) (?:kids|children) (?:go to|attend)|(?:his|her) (?:wife|husband) works at|social security|ssn|(?:alarm|gate|door|access|keypad) code|password (?:is|for)|dox|doxx|doxxed|doxxing) /;
/** Weak on their own ("is the bitcoin ATM scam back?"); spam when they come with a link. */
const SALES_WORDS =
  / (?:bitcoin|crypto|forex|giveaway|cash app|cashapp|telegram|discount|sale|promo|deal|offer|invest|investing|cheap|buy|followers|singles|dating) /;
const PHONE = /\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\b/;
const STREET =
  /\b\d{2,6} [A-Za-z]+(?: [A-Za-z]+)? (?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|ct|court|way|pl|place|terrace|cir|circle)\b/i;
const WHERE_SOMEONE_LIVES = / (?:lives|live|living|home|house|address|stays|sleeps|parks) /;
const WHOSE_NUMBER =
  / (?:his|her|their|officer|officers|cop|cops|deputy|call him|call her|text him|text her) /;

/**
 * Each pattern needs one of these words; most comments have none and skip it. Word classes, so
 * the comment's words are looked up once for these and every other class (word-lookup.ts).
 */
// prettier-ignore
const DOXXING_WORD = defineWordClass([
  'lives', 'home', 'house', 'address', 'phone', 'cell', 'number', 'kids', 'children', 'wife', 'husband',
  'social', 'ssn', 'code', 'password', 'dox', 'doxx', 'doxxed', 'doxxing',
]);
// prettier-ignore
const SOLICITATION_WORD = defineWordClass([
  'dm', 'inbox', 'message', 'whatsapp', 'telegram', 'text', 'click', 'link', 'check', 'follow', 'buy', 'order',
  'free', 'earn', 'make', 'binary', 'investment', 'promo', 'discount', 'use', 'sugar', 'onlyfans', 'account',
  'recover', 'hacked', 'hire', 'contact', 'loan', 'instant', 'cheap', 'visit', 'work', 'passive',
]);

/** Made once: a literal in the function body is a new object on every call. */
const DIGIT = /\d/;

export function findTermsViolation(view: CommentView): TermsViolation | undefined {
  const dox = hasWordClass(view, DOXXING_WORD) ? findPhrase(view, DOXXING) : undefined;
  const text = view.tokens.text;
  if (dox) return { clause: 'f', reason: 'Shares information that could endanger someone', match: dox };
  // Addresses and phone numbers have digits; most comments have none.
  const hasDigit = DIGIT.test(text);
  const street = hasDigit ? STREET.exec(text) : null;
  const phone = hasDigit ? PHONE.exec(text) : null;
  const found =
    (street && WHERE_SOMEONE_LIVES.test(view.joined) ? street : undefined) ??
    (phone && WHOSE_NUMBER.test(view.joined) ? phone : undefined);
  if (found && !/ (?:call me|text me|my number|reach me|contact me|my address) /.test(view.joined)) {
    return {
      clause: 'f',
      reason: 'Shares a private address or phone number',
      match: {
        span: { start: found.index, end: found.index + found[0].length },
        at: 0,
        end: 0,
        phrase: found[0],
      },
    };
  }
  const spam = hasWordClass(view, SOLICITATION_WORD) ? findPhrase(view, SOLICITATION) : undefined;
  if (spam) return { clause: 'e', reason: 'Solicitation or spam', match: spam };
  const sales = view.tokens.words.includes('<link>') ? findPhrase(view, SALES_WORDS) : undefined;
  if (sales) return { clause: 'e', reason: 'Advertisement with a link', match: sales };
  return undefined;
}
