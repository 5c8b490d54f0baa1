import { phraseOf, sentenceWordStarts, spanOfMatch, type CommentView } from './comment-view';
import { tokenizeComment } from './comment-tokens';
import { extractFeatures, type FeatureBuffer } from './feature-hashing';
import type { GradingModel } from './grading-model';
import { scoreComment } from './model-scores';
import { hasSpanishThreatCue, readsAsSpanish } from './spanish-comments';
import type { ThreatMatch } from './threat-rules';
import { namesPolice } from './threat-targets';

/**
 * What the head, reading words and not their sense, takes for menace: punishment by law ("the
 * officer who shot him should be in jail", "fire that officer", "wouldn't mind if the chief got
 * fired"), but not an ultimatum ("resign or I blow up the garage"); arrests wished for ("hope
 * they catch who did it"); arms used lawfully ("bringing my rifle to the range", "the gun
 * buyback", and hunting, below), "shooting his shot", fiction and games ("a cop show where the
 * detective got shot", "I'm going to beat you at Mario Kart"), greetings ("Happy 4th of July a
 * todos 🎆"), game days ("bringing my bat to the game saturday, go team") and errands ("shoot
 * over to the stadium", "run over the schedule with the sergeant", "first I'll find my keys, then
 * I'll head to the station"). The rules still read any threat in the same comment.
 */
const LAWFUL =
  / (?:should|must|needs? to|ought to|deserves? to|belongs?) (?:\S+ )?(?:be )?(?:in (?:jail|prison)|behind bars|fired|arrested|charged|prosecuted|locked up|jailed|sued|impeached|recalled|voted out|disbarred|decertified|put away|locked away)(?= )| (?:shoot(?:s|ing|in)?|shot) (?:his|her|my|your|ur|their|our|a) shot(?= )| (?:fire|suspend|decertify|prosecute|sue|arrest|charge|impeach) (?:that|this|the|every|all|those|these) (?:\S+ )?(?:officer|officers|cop|cops|deputy|deputies|sergeant|chief|sheriff|co|cos|warden|guard|guards|trooper|troopers)(?= )| (?:resign|step down)(?= )(?! or )| (?:got|get|gets|getting|be|been) (?:fired|suspended|demoted|decertified|arrested|charged|indicted|sued|impeached|recalled|voted out|locked up)(?= )| fire (?:him|her|them)(?= )| (?:the |a |shooting |gun |rifle )?(?:range|buyback|buy back|skeet|trap shoot|gun show|gun safety|safety course|carry class|ccw|permit)(?= )| (?:catch|catches|caught|arrest|arrests|arrested|find|finds) (?:who|whoever|the (?:person|people|guy|guys|one|ones|punks?|thieves|thief)) (?:\S+ )?(?:did|that did|who did|responsible)(?= )| (?:happy|merry|feliz) (?:4th|fourth|new year|holidays|birthday|thanksgiving|easter|halloween|navidad|ano nuevo|cumpleanos)(?= )| (?:go team|game day|gameday|tailgate|tailgating|first pitch|little league|batting practice|batting cage)(?= )| (?:cop show|tv show|the show|a show|movie|movies|film|episode|season finale|netflix|video game|videogame|novel|mario kart|madden|fortnite|call of duty|fifa|smash bros|pickleball|cornhole|trivia)(?= )| shoot(?:ing)? (?:over|down|up|out) to (?:the|my|your|a|our)(?= )| (?:find|grab|get|pick up) (?:my|our) (?:keys|phone|wallet|glasses|coat|jacket|bag|purse|dog|cat|kids?)(?= )| run(?:ning)? over (?:the|a|our|some|my) (?:schedule|plan|plans|details|notes|numbers|agenda|list|checklist|budget|route|points|paperwork)(?= )| drop (?:you|u|him|her|them|me|us) off (?:at|in|on|by)(?= )| shoot(?:ing|in)? up (?:some |more )?(?:heroin|dope|meth|drugs|smack|fentanyl|junk)(?= )| (?:left|leaves|leaving) (?:his|her|their|the|a) (?:truck|car|cruiser|suv|tahoe) unlocked(?= )| hit the (?:county line|state line|city limits|road|highway|interstate|freeway|gym|store|beach|trail|trails|slopes|books|brakes)(?= )| look(?:ing)? over (?:your|ur|their) shoulders? (?:\S+ )?when (?:you|u|they) (?:jog|run|walk|hike|bike|are out|go out)(?= )| (?:arrest|cuff|frisk|search|pull) me (?:\S+ ){0,6}?(?:enjoy it|any ?time|any day|any night|baby)(?= )| go get (?:em|them|him|her|those \S+)(?: \S+)? (?:sheriff|deputies|deputy|officers|officer|sarge|chief|troopers)(?= )/;

/**
 * Hunting is lawful too ("deer season opener, heading up with the rifles"), but not in a comment
 * that names an officer: "Next cop that pulls me over is getting the 30-06 treatment. Deer season
 * ain't just for deer."
 */
const HUNTING = / (?:hunting|hunt|deer|buck|doe|elk|duck|turkey|pheasant)(?= )/;
/**
 * On a few words the head's score rests on one or two n-grams ("set and match", "lets hang out
 * then" read as threats); every comment it caught alone in blind batches 28 and 29 but one had
 * seven words or more.
 */
const FEWEST_WORDS = 6;

/**
 * The head's score a Spanish comment with no threat word needs: on the dev batches' and our 400
 * everyday Spanish comments, 0.8 kept every Spanish threat no rule read and let 4 of 37 false
 * alarms through; suppressing the head outright lost a quarter of a fresh set's threats.
 */
const SPANISH_WITHOUT_CUE = 0.8;

/** Words, not the mentions and links the tokenizer keeps as "@user" and "<link>". */
function wordCount(words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (w !== '@user' && w !== '<link>') n++;
  return n;
}

/**
 * The threat head's verdict, as a match the threat context can defuse like any rule's: the rules
 * miss threats worded in ways no one foresaw, and the head, trained on our hand-written threats
 * and look-alikes, reads many of them. It names the sentence that reads most like a threat, so the
 * card highlights it; a comment of one sentence is that sentence.
 *
 * Runs only when the whole comment's threat score is past the decision point (a few comments in a
 * thousand), so scoring its sentences one by one costs nothing on the rest.
 */
export function findLearnedThreat(
  view: CommentView,
  model: GradingModel,
  buffer: FeatureBuffer,
  threatScore: number,
): ThreatMatch | undefined {
  if (threatScore < 0.5) return undefined;
  const words = view.tokens.words;
  const joined = view.joined;
  if (wordCount(words) < FEWEST_WORDS || LAWFUL.test(joined) || (HUNTING.test(joined) && !namesPolice(view)))
    return undefined;
  // The head learned Spanish from our threats and reads ordinary Spanish as one: in Spanish,
  // without a word threats are made of (spanish-comments.ts), it must be much surer.
  if (threatScore < SPANISH_WITHOUT_CUE && readsAsSpanish(words) && !hasSpanishThreatCue(view))
    return undefined;
  const starts = sentenceWordStarts(view);
  if (starts[0] !== 0) starts.unshift(0);
  let best = { from: 0, to: words.length, score: threatScore };
  if (starts.length > 1) {
    best = { from: 0, to: 0, score: -1 };
    for (let k = 0; k < starts.length; k++) {
      const from = starts[k] as number;
      const to = starts[k + 1] ?? words.length;
      const text = view.tokens.text.slice(view.tokens.starts[from], view.tokens.ends[to - 1]);
      extractFeatures(tokenizeComment(text), model.bucketBits, buffer, model.wordVectors);
      const score = scoreComment(model, buffer).threat;
      if (score > best.score) best = { from, to, score };
    }
  }
  const at = (view.wordOffsets[best.from] as number) - 1;
  const last = best.to - 1;
  const end = (view.wordOffsets[last] as number) + (words[last] as string).length;
  return {
    // Read as a wish, not the poster's own intent: prayers for the victim ("praying for the
    // officer shot on duty last night") and hazards defuse it as they defuse a wish.
    kind: 'wish',
    learned: true,
    at,
    end,
    span: spanOfMatch(view, at, end),
    phrase: phraseOf(view, at, end),
  };
}
