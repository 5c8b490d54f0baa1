import type { CommentView } from './comment-view';
import { createGatedRules, type WrittenRule } from './gated-rules';
import type { ThreatKind, ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';

/**
 * Harm wished on officers that someone or something else would do: an armed driver at the next
 * stop ("praying the next car he pulls over has a gun in the glove box"), a disaster while they
 * are inside ("praying that refinery blows up in the middle of the sheriff's press conference",
 * "wish the fire at the mill took the cops with it"). The wish names no act of the poster's, so
 * the other rules miss it; each is held to a person or a gathering the harm would reach.
 */

const OFFICERS =
  '(?:cops?|officers?|deputies|deputy|pigs|troopers?|sheriff|chief|sergeant|sarge|him|her|them|em|you|yall)';
const WISH = '(?:hope|hoping|hopefully|praying|pray|wish|wishing)';
/** The wish words, for the gates; everyday words ("has", "take", "here") would open them on most comments. */
const WISH_WORDS = ['hope', 'hoping', 'hopefully', 'praying', 'pray', 'wish', 'wishing'];

const WISHED_HARM_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "praying the next car he pulls over has a gun in the glove box and a guy who isn't scared to
  // use it", "I hope the next guy he pulls over is armed and quicker on the draw"
  [
    'wish',
    new RegExp(
      ` ${WISH} (?:that )?the next (?:\\S+ ){0,2}?(?:he|she|they|you|u|yall|that \\S+|the \\S+|cops?|officers?|deputies) (?:pulls? over|stops?|pulls? up on|tries to (?:arrest|stop|cuff)|arrests?|raids?) (?:\\S+ ){0,4}?(?:is armed|has a (?:gun|piece|strap|glock|pistol|rifle|shotgun)|got a (?:gun|piece|strap|glock)|is strapped|shoots (?:first|back)|is quicker|fires first)(?= )`,
    ),
    [
      'armed',
      'gun',
      'piece',
      'strap',
      'glock',
      'pistol',
      'rifle',
      'shotgun',
      'strapped',
      'shoots',
      'quicker',
      'fires',
    ],
    ['next'],
  ],
  // "praying that refinery blows up right in the middle of the sheriff's press conference",
  // "hope the roof caves in on them at roll call" (not "hope the old jail comes down this year")
  [
    'wish',
    new RegExp(
      ` ${WISH} (?:that )?(?:the |that |this |a |their |his |your )?(?:\\S+ )?(?:refinery|plant|building|station|stadium|bridge|courthouse|jail|precinct|substation|hq|headquarters|roof|ceiling|balcony|stage|office|house) (?:blows up|explodes|collapses|caves in|burns down|catches fire|goes up in flames|comes down|falls) (?:\\S+ ){0,4}?(?:with|while|during|in the middle of|when|on|on top of) (?:\\S+ ){0,3}?(?:${OFFICERS}|everyone|everybody|inside|in it|in there|press conference|meeting|ceremony|briefing|roll call|shift change)(?= )`,
    ),
    ['blows', 'explodes', 'collapses', 'caves', 'burns', 'catches', 'goes', 'comes', 'falls'],
    WISH_WORDS,
  ],
  // "wish the fire at the mill took the cops with it", "shame the flood didn't take the sheriff
  // with it"
  [
    'wish',
    new RegExp(
      ` (?:${WISH}|shame|pity) (?:\\S+ ){1,6}?(?:took|takes|take|had taken|didnt take|did not take|doesnt take) (?:the |those |these |all the |every |all |that )?(?:\\S+ )?${OFFICERS} (?:with it|along with it|down with it|with them)(?= )`,
    ),
    [...WISH_WORDS, 'shame', 'pity'],
    ['took', 'takes', 'take', 'taken'],
  ],
  // "praying for a bullet to find that lieutenant", "I'm praying for a car bomb at the sheriff's
  // press conference": the weapon wished for, not a victim prayed for
  [
    'wish',
    / (?:pray|praying|prayin|hoping) for (?:a|one|some) (?:stray )?(?:bullet|bullets|car bomb|bomb|sniper|drive by)(?! (?:proof|resistant|vests?|to miss))(?= )/,
    ['pray', 'praying', 'prayin', 'hoping'],
    ['bullet', 'bullets', 'bomb', 'sniper', 'drive'],
  ],
  // "Why hasn't anyone shot that traffic cop yet?", "about time somebody opened fire on these thugs"
  [
    'wish',
    / (?:why (?:hasnt|has not|havent|has no one|has nobody) (?:anyone |anybody |someone |somebody )?|(?:about|high) time (?:somebody|someone|somebodys|someones) )(?:\S+ )?(?:shot|killed|taken out|took out|popped|capped|stabbed|opened fire on|lit up|run over|ran over) (?:that|the|this|those|these|our|your|one of|all|em|them|him|her)(?! (?:breeze|video|messenger|shot|pool|hoops|moon))(?= )/,
    ['why', 'time'],
    ['shot', 'killed', 'taken', 'took', 'popped', 'capped', 'stabbed', 'opened', 'lit', 'run', 'ran'],
  ],
  // "I'd cheer if someone bombed the police HQ"
  [
    'wish',
    / (?:id|i would|i d|wed|we would) (?:cheer|celebrate|party|throw a party|dance|clap|laugh|smile) (?:\S+ )?(?:if|when) (?:someone|somebody|anyone|anybody|they|some \S+) (?:\S+ )?(?:bombed|shot|killed|torched|burned|blew up|took out|ran over|stabbed|firebombed) /,
    ['cheer', 'celebrate', 'party', 'dance', 'clap', 'laugh', 'smile'],
    ['bombed', 'shot', 'killed', 'torched', 'burned', 'blew', 'took', 'ran', 'stabbed', 'firebombed'],
  ],
  // "Dead cops don't write tickets. Make it happen, people."
  [
    'wish',
    // The match stops before "don't": the slogan's "don't" negates the tickets, not the deaths.
    / dead (?:cops|pigs|deputies|officers|troopers)(?= (?:dont|do not|cant|can t|cannot|wont) (?:write|give|pull|arrest|harass|ticket|shoot|tow) )/,
    ['dead'],
    ['cops', 'pigs', 'deputies', 'officers', 'troopers'],
  ],
];

const matchWishedHarm = createGatedRules(WISHED_HARM_WRITTEN);

/** The threats of this file, in rule order. */
export function findWishedHarm(comment: CommentView, found: ThreatMatch[]) {
  // Slips read as words, as the threat context reads them (threat-slips.ts).
  const view = threatView(comment);
  matchWishedHarm(view, (match, kind) => found.push({ ...match, kind }));
}
