import { phraseOf, sentenceWordStarts, spanOfMatch, testPhrase, type CommentView } from './comment-view';
import { firstMatch, mayMatch } from './pattern-gate';
import { DYING, HARM_NOUNS, HARM_PHRASE, WISH_PHRASE } from './harm-phrases';
import { frameAt, NEGATION, NORMATIVE, opensWithOrder, padded, praisedDoerAt } from './threat-frames';
import type { ThreatKind, ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';
import { defineWordClass, hasWordClass } from './word-classes';
import {
  isThreatTarget as isTarget,
  PARTICLES,
  THREAT_BODY as BODY,
  THREAT_PEOPLE as PEOPLE,
  THREAT_PLACES as PLACES,
  VIOLENT_VERB_FORMS,
  type VerbWord,
} from './word-lists/violence';

/**
 * Threats read a sentence at a time rather than matched as set phrases: a verb of violence
 * (word-lists/violence.ts, in any form) aimed at a person, a body or a building, in a sentence
 * that says the poster means to do it ("I'm going to skewer the first officer who…"), that it
 * should be done ("the mod should get his teeth knocked out"), wishes it ("I hope the whole night
 * shift catches a bullet") or orders it ("somebody break the chief's legs already"). The set
 * phrases of threat-rules.ts miss threats worded in a way no rule foresaw; this reading trades
 * their precision for reach, and threat-context.ts still removes counter-speech, reports and news.
 * Questions are not read: "Should cops be shot?" is bait, not a threat.
 */

/**
 * Right after the verb, an everyday sense or a noun: "kill time", "hit me up", "shoot for the
 * stars", "whack job", "rape culture", "cut off her own limbs", "body slam", "body cam".
 */
const EVERYDAY_AFTER =
  /^(?:(?:\S+ ){0,3}own\b|slam|shot|shots|cam|cams|camera|armor|bag|bags|count|language|shop|builder|building|spray|wash|(?:\S+ )?(?:and|n) soul|(?:job|culture|kit|victims?|case|cases|charges?|allegations?|accusations?|survivors?|crisis|threats?|suspects?|investigation|scene|attempt|trial|jokes?)\b|it|time|this|for|me up|you up|up with|on|with kindness|the (?:game|test|exam|traffic|competition|record|lights|mood|vibe|interview|speech|show|crowd|stage|gym|road|books|bottle|hay|bill|idea|plan|deal|question|warrant)|a (?:kiss|message|text|line|email|question|look|photo|pic|picture|video|shot)|(?:you|him|her|them|em) (?:a|an|the) (?:kiss|message|text|line|email|dm|link|note|call|question|look|photo|pic|picture|video)|(?:you|him|her|them|em|me|us) (?:back|there|to it|to the punch|out of|off|out (?:for|to|on))|(?:em|them) if (?:you|ya|u) (?:got|have|\S+ got) (?:em|them)|wrenching|a leg|over to|down to|(?:some )?hoops)\b/;
/** A time to come, for the present used as a future: "I torch every cruiser Saturday". */
const WHEN =
  / (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next time|again|soon|this week|weekend|if|when) /;
/** A day or a time to come, for a plan with no subject ("hunting Officer P. tonight"); not "if". */
const TIME_TO_COME =
  / (?:tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|this weekend|next week) /;
/** Games and contests: "I'll kill you at chess", "hope you'll beat him in the match". */
const CONTEST =
  / (?:games?|match|matches|tournament|trivia|chess|checkers|poker|bowling|softball|baseball|basketball|football|soccer|hockey|volleyball|paintball|laser tag|airsoft|fortnite|league|playoffs|finals?|championship|race|competition|contest|cornhole|scrimmage|rematch|debate|election|polls|ring|wrestling|summerslam|wwe|ufc) /;
/** Photos, not guns: "shooting the chief's portrait tomorrow". */
const CAMERA =
  / (?:photo|photos|portrait|portraits|picture|pictures|pics|headshots?|calendar|video|film|footage|camera|photoshoot|scene|wedding) /;
/**
 * Someone unnamed right before a verb in the present, or before a chain of them: "hope someone
 * (finally) shoots…", "hope a drunk driver takes that officer out", "…drags that cop out and stomps him",
 * "hope a semi flattens him", "hope a tornado hits the sheriff's house while he's in it".
 */
const WISHED_DOER =
  / (?:someone|somebody|anyone|anybody|some \S+|(?:a|the next|some) (?:\S+ )?(?:driver|truck|bus|guy|dude|person|inmate|sniper|mob|cartel|gang|crowd|semi|train|tornado|twister|hurricane|meteor|asteroid|bear|gator|snake|rattler|rattlesnake|shark|bull)|lightning|(?:that|the|a) (?:k9|dog|dogs|k9s)|(?:his|her|their) (?:wife|husband|kid|son|daughter|neighbor|family)|(?:\S+ )?(?:cellmate|cellie|inmate|inmates|prisoner|prisoners))(?: (?:just|finally|really|actually|else))? (?:(?:\S+ ){1,8}?and )?$/;
/** A "be" before a harm noun that is also a verb form: "I'm beating you", not "deserves a beating". */
const PROGRESSIVE_BE = new Set(['im', 'am', 'were', 'are', 'is', 'was', 'been', 'be']);
const PASSIVE =
  / (?:be|get|got|gets|getting|gettin|been|being|have|has|had) (?:(?:\S+ ){0,3}|(?:\S+ ){1,7}?and )$/;

interface SentenceThreat {
  kind: ThreatKind;
  /** Word indexes of the first and last word that make the threat. */
  from: number;
  to: number;
}

/** Words before an object's noun that say nothing of it: "the", "every last", "both your". */
// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'that', 'this', 'those', 'these', 'every', 'each', 'all', 'some', 'any', 'your', 'ur', 'his',
  'her', 'their', 'my', 'our', 'its', 'whole', 'entire', 'whichever', 'whatever', 'next', 'first', 'last', 'other', 'both', 'of', 'one',
  'two', 'three', 'few', 'many', 'more', 'single', 'damn', 'fucking', 'effing', 'stupid', 'little', 'lil', 'new',
  'old', 'same', 'very', 'right', 'out', 'up', 'down', 'off', 'me', 'myself',
]);
/** Words that end an object before its noun: "kill the rumor that the station…". */
// prettier-ignore
const OBJECT_ENDS = new Set([
  'that', 'who', 'which', 'to', 'at', 'with', 'in', 'on', 'for', 'from', 'when', 'because', 'and', 'or', 'but',
  'if', 'while', 'before', 'after', 'until', 'by', 'into', 'about', 'like', 'than', 'so', 'is', 'are', 'was',
  'were', 'be', 'will', 'make', 'makes',
]);
/**
 * Verbs that can harm a building or a car as well as a person: arson, bombs, gunfire. Not
 * "level": "they should level the old jail and build a park" is a demolition.
 */
// prettier-ignore
const PLACE_VERBS = new Set(['torch', 'burn', 'bomb', 'firebomb', 'blow', 'incinerate', 'dynamite', 'ventilate', 'shoot', 'smash', 'attack', 'ambush', 'light', 'blast', 'ram', 'douse', 'air']);
/** Persons named by a pronoun, which no word before can modify. */
const PRONOUNS = new Set(['you', 'u', 'him', 'her', 'them', 'em', 'yall', 'ya', 'us', 'me']);
/** Words that may stand between a verb's object words and a pronoun object: "outta you". */
const LINKS = new Set(['as', 'outta', 'at', 'on', 'to', 'into', 'with', 'for', 'from']);
/** Verbs of gunfire whose target may follow "at": "shooting at the cops". */
const AIMED_AT = new Set(['shoot', 'blast']);
/** Verbs a building or a person suffers without an object: "watch that station burn". */
const SUFFERED = new Set(['burn', 'hang', 'drown']);
/** Seeing or watching, with the one seen right after: "I'd pay to watch that station…". */
const SEEN =
  / (?:see|watch|seeing|watching) (?:(?:the|that|this|those|these|every|all|your|ur|his|her|their|whole) )*$/;
/** Content words an object may have before its noun: "that squad car", "the gay couple". */
const MODIFIERS_BEFORE_NOUN = 2;

/** The index of the person, body or building the verb at `at` acts on, or −1. */
function objectOf(words: readonly string[], from: number, at: number, end: number, verb: VerbWord): number {
  const after = words.slice(at + 1, Math.min(end, at + 9)).join(' ');
  const places = PLACE_VERBS.has(verb.verb);
  if (places) {
    // "torch it with him in it", "light that place up with everyone inside": people inside.
    const inside =
      / with (?:\S+ )?(\S+) (?:still )?(?:sitting |asleep |sleeping |standing |locked )?(?:in|inside) (?:it|there|them) /.exec(
        padded(words, at + 1, Math.min(end, at + 15)),
      );
    if (inside && PEOPLE.has(inside[1] ?? '')) return words.indexOf(inside[1] as string, at + 1);
    // "go to that cop's house and burn it down": "it" is the building named before.
    if (words[at + 1] === 'it' && placeNamedBefore(words, from, at)) return at + 1;
  }
  // "hit you up" is a message, "beat you up" a beating: "up" is the particle of some verbs.
  // "stabbing it and the handler both": "it" is the dog, and a person follows.
  const itAnd = /^it and (?:(?:the|that|its|his|her) )?(\S+)/.exec(after);
  if (itAnd && PEOPLE.has(itAnd[1] ?? '')) return words.indexOf(itAnd[1] as string, at + 1);
  if (EVERYDAY_AFTER.test(after) && !(PARTICLES[verb.verb]?.includes('up') && /^\S+ up\b/.test(after)))
    return -1;
  // "gonna hang out tomorrow", "hang in there", "hang up on her": company, patience, a phone.
  if (
    verb.verb === 'hang' &&
    /^(?:out|around|with|in|on|tight|loose|together|up|onto|over|back)\b/.test(after)
  )
    return -1;
  // "I'm going to beat you at Mario Kart": a game, not a fight ("…in the face" is one).
  if (
    verb.verb === 'beat' &&
    /^(?:\S+ ){1,2}?(?:at|in)\b(?! (?:the|your|ur|his|her) (?:face|head|mouth))/.test(after)
  )
    return -1;
  const fits = (word: string) =>
    verb.reach === 'body'
      ? BODY.has(word) || word === 'apart'
      : PEOPLE.has(word) || BODY.has(word) || (places && PLACES.has(word));
  let found = -1;
  let modifiers = 0;
  // "we start shooting at patrol cars": gunfire aimed "at" its target.
  let from0 = AIMED_AT.has(verb.verb) && words[at + 1] === 'at' ? at + 2 : at + 1;
  // "ram my truck into the next patrol car": the target comes after the vehicle.
  if (verb.verb === 'ram') {
    const into = words.slice(at + 1, at + 5).findIndex((word) => /^(?:into|thru|through)$/.test(word));
    if (into >= 0) from0 = at + 2 + into;
  }
  for (let k = from0; k < end; k++) {
    const word = words[k] as string;
    if (fits(word)) {
      // A pronoun takes no modifier: in "shoot off all the fireworks you want", "you" after a noun
      // starts a clause of its own ("as many of u", "the shit outta you" are still objects).
      const before = words[k - 1] ?? '';
      if (modifiers === 0 || !PRONOUNS.has(word) || DETERMINERS.has(before) || LINKS.has(before)) found = k;
      break;
    }
    // "killing the dog AND the handler": a second object joined by "and".
    // Only after a noun with its determiner ("the dog and", not "shoot once and").
    if (
      word === 'and' &&
      modifiers > 0 &&
      (DETERMINERS.has(words[k - 2] ?? '') || DETERMINERS.has(words[k - 3] ?? ''))
    ) {
      let next = words[k + 1] === 'then' ? k + 2 : k + 1;
      if (DETERMINERS.has(words[next] ?? '')) next++;
      if (PEOPLE.has(words[next] ?? '') || BODY.has(words[next] ?? '')) found = next;
      break;
    }
    if (DETERMINERS.has(word) || PARTICLES[verb.verb]?.includes(word)) continue;
    // A person before a body ("the moderator's spine") is a modifier too.
    if (OBJECT_ENDS.has(word) || ++modifiers > MODIFIERS_BEFORE_NOUN) break;
  }
  // "poison the food at the next gathering of Jews": a strong verb's harm may reach through a place.
  if (found < 0 && verb.reach === 'strong')
    for (let k = at + 1, seen = 0; k < end && seen < 9; k++, seen++) {
      const word = words[k] as string;
      if (PEOPLE.has(word)) {
        found = /^(?:at|of|in|on|inside|near|outside)$/.test(
          words.slice(at + 1, k).find((w) => /^(?:at|of|in|on|inside|near|outside|with|for|to)$/.test(w)) ??
            '',
        )
          ? k
          : -1;
        break;
      }
    }
  if (found < 0) return -1;
  const particles = PARTICLES[verb.verb];
  // "gun him down", "run that cop down", "take the chief out"
  if (particles && !words.slice(at + 1, Math.min(end, found + 6)).some((word) => particles.includes(word)))
    return -1;
  return found;
}

/** The nearest person or building in [from, to): the sufferer of a passive or a wish. */
function targetBetween(words: readonly string[], from: number, to: number, last = true): number {
  if (last) {
    for (let k = to - 1; k >= from; k--) if (isTarget(words[k] as string)) return k;
  } else for (let k = from; k < to; k++) if (isTarget(words[k] as string)) return k;
  return -1;
}

/** How far before its marker a sufferer may be named: "whoever runs this page should…". */
const SUBJECT_REACH = 6;

/** The "be", "get" or "have" of a passive: "should be shot", "get his throat cut". */
const BE = new Set(['be', 'get', 'got', 'gets', 'getting', 'gettin', 'been', 'being', 'have', 'has', 'had']);
/**
 * The poster named as the one who acts: "…caved in at Saturday's game. By me." Not a place of
 * theirs: "a kid got shot two blocks from my house".
 */
const BY_ME =
  / (?:by|from) (?:me|us|my (?:boys|crew|cousins|brothers|homies|people|guys|gang|hands?|fists?|gun|bat|knife|truck)) /;
/** A demand with its consequence: "if … one more time…", "one more ticket and…", "touch … again and…". */
const ULTIMATUM = /^ (?:if|one more|next time|touch|try) .*(?:one more|again|next time|ever) /;
const POSTER_SUFFERS = / (?:i|ill|im|id|ive|we|well|were|wed|me|us) /;
/** …or an "and" in a chain of them: "be dragged out of their cars and beaten". */
const BE_OR_HAVE = new Set([...BE, 'and']);

/**
 * Whether the word at `i` could be part of a harm at all, before any pattern runs: a verb needs
 * its particle and either an object or, in the past, a "be"/"get" or a body before it; a noun or
 * a word of dying needs a person in the sentence.
 */
function mayBeHarm(
  words: readonly string[],
  from: number,
  to: number,
  i: number,
  verb: VerbWord | undefined,
): boolean {
  if (!verb) {
    for (let k = from; k < to; k++) if (isTarget(words[k] as string)) return true;
    return false;
  }
  const particles = PARTICLES[verb.verb];
  if (particles && !isBeatenOutright(words, i)) {
    let found = false;
    for (let k = i + 1; k < to && k <= i + 8 && !found; k++) found = particles.includes(words[k] as string);
    if (!found) return false;
  }
  if (verb.form === 'past' || verb.pastLooksPlain) {
    if (BODY.has(words[i - 1] ?? '')) return true;
    for (let k = Math.max(from, i - 8); k < i; k++) if (BE_OR_HAVE.has(words[k] as string)) return true;
  }
  if (verb.reach === 'strong' && i === to - 1) return true;
  if (SUFFERED.has(verb.verb) && isTarget(words[i - 1] ?? '')) return true;
  for (let k = i + 1; k < to && k <= i + 12; k++) if (isTarget(words[k] as string)) return true;
  // "…that cop's house and burn it down": the building named before.
  return words[i + 1] === 'it' && PLACE_VERBS.has(verb.verb) && placeNamedBefore(words, from, i);
}

/** "should be dragged out and beaten" needs no particle; "beaten in the final" is a game. */
function isBeatenOutright(words: readonly string[], i: number): boolean {
  if (words[i] !== 'beaten') return false;
  // "…get dragged out and beaten by parents": by people, not by a score.
  if (words[i + 1] === 'by' && (PEOPLE.has(words[i + 2] ?? '') || PEOPLE.has(words[i + 3] ?? '')))
    return true;
  // "beaten in front of the whole neighborhood", "in the street": still a beating.
  if (
    /^ in (?:front of|public|the street|the streets|the parking lot|his own|her own|their own) /.test(
      padded(words, i + 1, i + 4),
    )
  )
    return true;
  return !/^(?:in|at|by|on)$/.test(words[i + 1] ?? '');
}

/** Whether a building is named in the sentence before `at`, for an "it" after an arson verb. */
function placeNamedBefore(words: readonly string[], from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (PLACES.has(words[k] as string)) return true;
  return false;
}

/**
 * Reads one sentence (words[from, to) of the view) for a threat; the first one found. `phrases`:
 * whether the comment has a word of the harm or wish phrases (false skips their patterns).
 */
function readSentence(
  view: CommentView,
  from: number,
  to: number,
  phrases: boolean,
): SentenceThreat | undefined {
  const words = view.ruleWords;
  const sentence = padded(words, from, to);
  const wished = phrases ? firstMatch(view, WISH_PHRASE, sentence) : null;
  // A negation inside the wish is its own word ("…grow up without a daddy"), not one of the sentence.
  if (wished && !NEGATION.test(sentence.replace(wished[0], ' '))) {
    const at = from + sentence.slice(0, wished.index + 1).split(' ').length - 2;
    const sufferer = targetBetween(words, from, to);
    if (sufferer >= 0) return { kind: 'wish', from: Math.min(at, sufferer), to: Math.max(at, sufferer) };
  }
  const phrase = phrases ? firstMatch(view, HARM_PHRASE, sentence) : null;
  if (phrase) {
    const at = from + sentence.slice(0, phrase.index + 1).split(' ').length - 2;
    const frame = frameAt(words, from, at);
    const sufferer = targetBetween(words, from, to);
    // "Someone set fire to a patrol car during the riot" reports: a verb whose past looks the
    // same needs an intent or a wish, not only an opener.
    const pastLike =
      /^(?:set|put|lit|fed|threw|thrown|tossed|lined|dragged|sprayed|riddled|peppered|poured|doused|took|beat)$/.test(
        words[at] ?? '',
      );
    // "I'm pouring gasoline on all of them tonight", "is getting a bat to the head from me"
    const chainedProgressive =
      words[at - 1] === 'and' &&
      / (?:im|i am|were|we are) (?:\S+ ){0,9}$/.test(padded(words, Math.max(from, at - 11), at));
    const progressive =
      chainedProgressive ||
      / (?:im|i am|were|we are|is getting|are getting|gets|getting) (?:\S+ )?$/.test(
        padded(words, Math.max(from, at - 3), at),
      );
    // "A few Jews hanging from the overpass would send exactly the right message"
    const approved =
      / would (?:send|be|make) (?:\S+ ){0,3}?(?:message|signal|lesson|service|start|sight|statement) /.test(
        sentence,
      );
    // "ticket me again and I put 2 in your chest": the present for the future, given a time.
    const promised =
      (/ (?:i|we) $/.test(padded(words, Math.max(from, at - 1), at)) && WHEN.test(sentence)) ||
      // "you're gonna get a brick through your windshield. From me.": the poster as the one who acts.
      BY_ME.test(padded(words, at, Math.min(words.length, at + 14)));
    const framed =
      frame &&
      (frame.intent ||
        frame.normative ||
        progressive ||
        approved ||
        promised ||
        // An order opening the sentence ("Put them in gas chambers.", "Lock them in and set it on
        // fire") is no report.
        ((at === from || (words[at - 1] === 'and' && opensWithOrder(words, from))) && frame.order) ||
        (!pastLike && (frame.wish || frame.order)));
    if (frame && framed && sufferer >= 0)
      return {
        kind: frame.intent || promised ? 'intent' : 'wish',
        from: Math.min(frame.markerAt, sufferer),
        // The highlight runs to the phrase's last word ("…six feet under").
        to: Math.max(at + phrase[0].trim().split(' ').length - 1, sufferer),
      };
  }
  for (let i = from; i < to; i++) {
    const word = words[i] as string;
    // "deserves a beating", "start beating…" read as the noun; "I'm beating you senseless" is the verb.
    const harmNoun =
      HARM_NOUNS.has(word) && !(VIOLENT_VERB_FORMS.has(word) && PROGRESSIVE_BE.has(words[i - 1] ?? ''));
    // "has earned a curb-stomping": the noun, not the verb.
    const verb = harmNoun ? undefined : VIOLENT_VERB_FORMS.get(word);
    if (!verb && !harmNoun && !DYING.has(word)) continue;
    // Cheap tests first: most violent words in a comment have no one to act on.
    if (!mayBeHarm(words, from, to, i, verb)) continue;
    const framed = frameAt(words, from, i);
    const marked = framed && (framed.intent || framed.wish || framed.order);
    // "whoever kills…" after an intent of its own ("I'll buy drinks for whoever kills…") too.
    const praised =
      !verb || (marked && verb.form === 'plain')
        ? undefined
        : praisedDoerAt(words, from, to, i, verb.form === 'past');
    const frame = praised ?? framed;
    if (!frame) continue;
    const before = padded(words, Math.max(from, i - 8), i);
    if (verb) {
      if (verb.verb === 'shoot' && CAMERA.test(sentence)) continue;
      // "I'll kill you at chess"; not "cave his skull in at the football game".
      if (verb.reach !== 'body' && CONTEST.test(sentence)) continue;
      // "seeing that deputy's skull caved in", "get his throat cut": a body, then what was done to it.
      const bodyBefore = BODY.has(words[i - 1] ?? '');
      const pastForm =
        verb.form === 'past' ||
        (verb.pastLooksPlain && (/ (?:be|get|got|gets|getting) $/.test(before) || bodyBefore));
      const bodyDone = pastForm && bodyBefore;
      if (pastForm && (PASSIVE.test(before) || bodyDone)) {
        // "Gay men should be thrown…", "the mod should get his teeth knocked out": wished, not
        // foretold ("the decision will be taken"); with its particle when it needs one.
        const sufferer = targetBetween(words, Math.max(from, frame.markerAt - SUBJECT_REACH), i);
        const particles = PARTICLES[verb.verb];
        const after = words.slice(i + 1, Math.min(to, i + 3));
        if (particles && !isBeatenOutright(words, i) && !after.some((word) => particles.includes(word)))
          continue;
        // The marker governs the "be": "should all be shot", not "must be afraid… might get hit".
        let be = i - 1;
        while (be > frame.markerAt && !BE.has(words[be] ?? '')) be--;
        if (!bodyDone && be - (frame.markerAt + frame.markerWords) > 4) continue;
        // "…is going to get his face caved in by me personally": the poster as the one who acts.
        // The next sentence may say it: "…get his skull caved in at Saturday's game. By me."
        const byMe = BY_ME.test(padded(words, i + 1, Math.min(words.length, i + 9)));
        // "One more ticket and the officer writing it gets stabbed": an ultimatum's consequence.
        // Not the poster's own hurt: "If I ever trust one again, I'll always be hurt."
        const ultimatum =
          ULTIMATUM.test(sentence) && !POSTER_SUFFERS.test(padded(words, Math.max(from, i - 5), i));
        if ((frame.wish || byMe || ultimatum) && sufferer >= 0)
          return {
            kind: byMe || ultimatum ? 'intent' : 'wish',
            from: Math.min(sufferer, frame.markerAt),
            to: i,
          };
        continue;
      }
      // "…I start shooting. That's a promise", "next time … im not stopping, im shooting": a
      // rampage needs no one named.
      if (
        verb.form === 'ing' &&
        verb.reach === 'strong' &&
        i === to - 1 &&
        frame.firstPerson &&
        (/ (?:start|starting|go|keep) $/.test(before) ||
          (/ (?:im|i am|were|we are) $/.test(before) && WHEN.test(sentence)))
      )
        return { kind: 'intent', from: Math.min(frame.markerAt, i - 1), to: i };
      // "I'd pay good money to watch that station burn": wished on the one seen.
      if (
        SUFFERED.has(verb.verb) &&
        verb.form === 'plain' &&
        isTarget(words[i - 1] ?? '') &&
        SEEN.test(padded(words, Math.max(from, i - 6), i - 1))
      ) {
        if (frame.intent || frame.wish)
          return { kind: frame.intent ? 'intent' : 'wish', from: frame.markerAt, to: i };
        continue;
      }
      const object = objectOf(words, from, i, to, verb);
      if (object < 0) continue;
      // "whoever kills the chief would be a hero": praised in any tense.
      if (praised) return { kind: 'wish', from: praised.markerAt, to: object };
      if (verb.form === 'ing') {
        // "I'm whacking that detective the minute he testifies"
        if (
          frame.firstPerson &&
          / (?:im|i am|were|we are|we|are|start|starting|go|keep) (?:\S+ )?$/.test(before)
        )
          return { kind: 'intent', from: frame.markerAt, to: object };
        // "I'm bringing my AR to the game and lighting up every cop": the last of a chain.
        if (
          words[i - 1] === 'and' &&
          (/ (?:im|i am|were|we are) \S+ing (?:\S+ ){0,9}$/.test(padded(words, Math.max(from, i - 12), i)) ||
            (/^ \S+ing (?:\S+ ){0,9}$/.test(padded(words, from, i)) && TIME_TO_COME.test(sentence)))
        )
          return { kind: 'intent', from: Math.max(from, i - 12), to: object };
        // "hunting Officer P. tonight": a plan with its subject left out, heading the sentence,
        // aimed at a person and given a time.
        if (
          i === from &&
          verb.reach === 'strong' &&
          PEOPLE.has(words[object] as string) &&
          TIME_TO_COME.test(sentence)
        )
          return { kind: 'intent', from: i, to: object };
        // "I plan on breaking the neighbor's jaw"
        if (frame.intent && / (?:plan on|planning on|looking forward to) $/.test(before))
          return { kind: 'intent', from: frame.markerAt, to: object };
        // "It's time to start breaking the bones of…"
        if (frame.normative && / (?:start|starting|begin|keep)(?: by)? $/.test(before))
          return { kind: 'wish', from: frame.markerAt, to: object };
        continue;
      }
      // "Before summer ends I'll have torched the house of every woman on my road"
      if (verb.form === 'past' && frame.intent && / (?:ll|will|ill) have (?:\S+ )?$/.test(before))
        return { kind: 'intent', from: frame.markerAt, to: object };
      // "We'd all be safer if someone just shot the whole SWAT team": a wish in the past tense.
      if (
        verb.form === 'past' &&
        frame.normative &&
        / if (?:someone|somebody|anyone|anybody|they|you|u|we) (?:\S+ )?$/.test(before)
      )
        return { kind: 'wish', from: frame.markerAt, to: object };
      // "praying someone ambushes the K9 unit": the doer wished for, in the present.
      if (
        verb.form === 'third' &&
        frame.normative &&
        WISHED_DOER.test(padded(words, Math.max(from, frame.markerAt), i))
      )
        return { kind: 'wish', from: frame.markerAt, to: object };
      if (verb.form !== 'plain') continue;
      // "Round up the protesters and run them over": a chain's tense is its first order's.
      // "Someone please run that chief over": an order too.
      if (
        frame.order &&
        (!verb.pastLooksPlain ||
          (words[i - 1] === 'and' && opensWithOrder(words, from)) ||
          // "Slit his throat.": a strong verb heading the sentence, no subject ("hit that…" is slang).
          (i === from && verb.reach === 'strong') ||
          / (?:someone|somebody|anybody|anyone) (?:please |pls |plz |just |go )+$/.test(before))
      )
        return { kind: 'wish', from, to: object };
      // "You arrest my brother Friday, I torch every cruiser in your lot Saturday": the present
      // for the future, with a strong verb and a time.
      if (
        verb.reach === 'strong' &&
        (/ (?:i|we) $/.test(before) || / or (?:i|we) (?:\S+ ){1,4}?and $/.test(before)) &&
        (WHEN.test(sentence) || / or (?:i|we) /.test(sentence))
      )
        return { kind: 'intent', from: i - 1, to: object };
      if (frame.intent) return { kind: 'intent', from: frame.markerAt, to: object };
      if (frame.wish && !(verb.pastLooksPlain && !NORMATIVE.test(before)))
        return { kind: 'wish', from: frame.markerAt, to: object };
      continue;
    }
    // "deserves a bullet", "belongs on a gallows", "I'm pouring gasoline on all of them"; not a
    // "bullet point" or a "bullet proof vest".
    if (
      harmNoun &&
      /^(?:proof|point|points|journal|list|resistant|train|holes?|penalty|sentence|row|certificate|toll|threats?|threat|metal|star|wish|trap|march)$/.test(
        words[i + 1] ?? '',
      )
    )
      continue;
    const catches =
      / (?:catch|catches|catching|get|gets|getting|take|takes|eat|eats|eating) (?:a |the |some )?$/.test(
        before,
      ) ||
      // "somebody give that officer a bullet for christmas"
      / (?:give|gives|giving|gift) (?:\S+ ){1,3}?(?:a |the |some )$/.test(before);
    if (!frame.wish && !frame.intent && !(harmNoun && catches) && !(frame.order && words[from] === 'may'))
      continue;
    // "whoever's in the tow yard booth is catching a bullet": the sufferer may be further back.
    const subjectFrom = Math.max(from, (catches ? i : frame.markerAt) - SUBJECT_REACH - (catches ? 4 : 0));
    const sufferer = harmNoun
      ? Math.max(
          targetBetween(words, subjectFrom, i),
          targetBetween(words, i + 1, Math.min(to, i + 6), false),
        )
      : targetBetween(words, subjectFrom, i);
    if (sufferer < 0) continue;
    return {
      kind: frame.intent ? 'intent' : 'wish',
      from: Math.min(sufferer, frame.markerAt),
      to: Math.max(i, sufferer),
    };
  }
  return undefined;
}

/** Verbs of violence in any form, harm nouns, words of dying: one lookup per word for all. */
const HARM_WORD = defineWordClass([...VIOLENT_VERB_FORMS.keys(), ...HARM_NOUNS, ...DYING]);

/** Threats read sentence by sentence, as matches threat-context.ts can weigh. */
export function findSentenceThreats(comment: CommentView): ThreatMatch[] {
  const view = threatView(comment);
  const words = view.ruleWords;
  // Whether the comment has a word of the harm or wish phrases (read from the patterns).
  const phrases = mayMatch(view, HARM_PHRASE) || mayMatch(view, WISH_PHRASE);
  if (
    !hasWordClass(view, HARM_WORD) &&
    !(phrases && (testPhrase(view, HARM_PHRASE) || testPhrase(view, WISH_PHRASE)))
  )
    return [];
  const starts = sentenceWordStarts(view);
  const found: ThreatMatch[] = [];
  starts.forEach((from, n) => {
    const to = starts[n + 1] ?? words.length;
    // "Should cops be shot?" asks; "Can someone just torch his car already?" orders.
    if (
      isQuestion(view, to - 1) &&
      !/^(?:can|could|will|would) (?:someone|somebody|anyone|anybody) /.test(
        `${words[from]} ${words[from + 1]} `,
      )
    )
      return;
    const threat = readSentence(view, from, to, phrases);
    if (!threat) return;
    // "If that cop writes me one more ticket I'm snapping his neck": only the consequence counts
    // for negation and reporting (threat-context.ts), as for the conditional rules.
    const condition = / (?:if|next time|one more|again and|ever again) /.test(
      padded(words, from, threat.from),
    );
    const at = (view.wordOffsets[threat.from] ?? 1) - 1;
    const last = threat.to;
    const end = (view.wordOffsets[last] ?? 0) + (words[last]?.length ?? 0);
    found.push({
      span: spanOfMatch(view, at, end),
      at,
      end,
      phrase: phraseOf(view, at, end),
      kind: condition ? 'conditional' : threat.kind,
    });
  });
  return found;
}

/** Whether the sentence ending with word `last` ends with a question mark. */
function isQuestion(view: CommentView, last: number): boolean {
  const { ends, starts, text } = view.tokens;
  const tail = text.slice(ends[last] ?? text.length, starts[last + 1] ?? text.length);
  return tail.includes('?') || view.tokens.words[last] === '?';
}
