import { onOneByteText } from './one-byte-text';
import { compactPattern } from './compact-pattern';
import { findPhrase, testPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';
import { defineWordClass, hasWordClass } from './word-classes';

/**
 * Content encouraging illegal activity (clause a): urging others to loot, shoplift, vandalise,
 * run from the police or skip their tickets; selling drugs. Saying it happened is news, not encouragement: a
 * pattern needs an urging word ("let's", "everyone", "you should", "just") or an order at the
 * start of the comment ("Key every cop car you see").
 */

const ACTS =
  '(?:loot|looting|riot|rioting|rob|steal|steal from|shoplift|shoplifting|vandalize|vandalise|smash up|break into|burn down|torch|key|slash the tires of|slash the tyres of|spray paint|deface)';
const URGING =
  '(?:lets|let s|go|everyone|everybody|yall|y all|we should|you should|people should|yall should|time to|gonna|should all|we need to|you need to|go ahead and|i say we|who wants to)';
const PROPERTY =
  '(?:stores?|shops?|target|walmart|the mall|malls?|businesses|station|precinct|cars?|cop cars?|squad cars?|patrol cars?|cruisers?|vehicles?|trucks?|houses?|homes?|windows)';

const ILLEGAL_ACTIVITY = compactPattern(
  new RegExp(
    [
      ` ${URGING} (?:go |and |go and )?(?=\\S)${ACTS}\\b`,
      // an order at the start ("Key every cop car you see"); after an urging word the line above matches
      `^(?: go| and| go and)? (?:loot|rob|burn down|torch|key|vandalize|vandalise|deface) (?:the|every|all|any|their|those|these) (?:\\S+ ){0,2}?(?=\\S)${PROPERTY}\\b`,
      `^ (?:just )?(?:go )?(?:shoplift|steal|loot|rob) (?:from|at|the|every|all|whatever|everything)\\b`,
      // "pull the fire alarm at the station, its hilarious watching them scramble"
      `(?:^|${URGING}) (?:just |go )?pull (?:the|a|every) fire alarms?\\b`,
      ` (?:run from|resist|fight) (?:the )?(?:cops|police|arrest) (?:every time|always|yall|people)\\b`,
      `(?:^| just| always| you should| yall should| everyone should| better| gotta) (?:run from|flee from|outrun|evade) (?:the )?(?:cops|police|pigs|officers)\\b`,
      ` (?:dont|never) (?:pay|stop for) (?:the )?(?:cops|police|tickets|fines)? ?(?:just )?(?:run|flee|drive off)\\b`,
      // drug sales: "buy your weed from my guy", "selling percs, DM me"
      ` (?:buy|get|cop|order) (?:your|ur|some|the|all your|good|cheap) (?:weed|cocaine|mdma|xanax|xans|percs|percocets|meth|heroin|fentanyl|drugs|shrooms) (?:from|off|at|here)\\b`,
      ` (?:selling|got|sell) (?:weed|cocaine|mdma|xanax|xans|percs|percocets|meth|heroin|fentanyl|shrooms)\\b(?= .*(?:dm|inbox|message|hit me up|text))`,
      // "Pro tip: slash the tires on the cruisers", "Spray paint ACAB on every wall downtown"
      `^ (?:pro tip |protip |tip |psa |friendly reminder )?(?:slash|key|smash|spray paint|deface|tag|paint) (?:\\S+ ){0,3}?(?:on|of|in) (?:the|every|all|any|their|those|these) (?:\\S+ ){0,2}?(?:${PROPERTY.slice(3, -1)}|walls?|buildings?)\\b`,
      // "Who needs coke? hit me up"
      ` (?:who|anyone|anybody) (?:needs?|wants?) (?:some |a )?(?:coke|cocaine|weed|percs|xans|molly|mdma|pills|meth|heroin|fentanyl|shrooms)\\b(?= .*(?:dm|inbox|message|hit me up|text me|hmu))`,
      ` (?:dont|do not|never|stop) (?:pay|paying) (?:your|ur|the|any|those|these)? ?(?:parking |speeding |traffic )?(?:tickets|fines|citations)\\b`,
    ].join('|'),
  ),
);

/** ILLEGAL_ACTIVITY cannot match without one of these words: most comments skip it. */
// prettier-ignore
const ILLEGAL_WORD = defineWordClass([
  'loot', 'looting', 'riot', 'rioting', 'rob', 'steal', 'shoplift', 'shoplifting', 'vandalize', 'vandalise',
  'smash', 'break', 'burn', 'torch', 'key', 'slash', 'spray', 'deface', 'run', 'resist', 'flee', 'outrun',
  'evade', 'tickets', 'fines', 'citations', 'weed', 'cocaine', 'mdma', 'xanax', 'xans', 'percs', 'percocets',
  'meth', 'heroin', 'fentanyl', 'shrooms', 'drugs', 'coke', 'molly', 'pills', 'paint', 'tag', 'alarm', 'alarms',
]);

/**
 * A tip for getting away with it: an illegal act urged on the readers ("take the back road around
 * the checkpoint", "smoke your weed in the woods", "just gun it through the booth") and why the
 * police will not catch it ("they never check back there", "nobody watching"). Both must be there:
 * "the cops never check the park and kids sell pills there" is a complaint, not a tip.
 */
const TIP = gated(
  /(?:^| (?:just|pro tip|protip|tip|everybody|everyone|yall|dont|then|go|and)) (?:just )?(?:dont stop for|dont pay the toll|gun it|floor it|blow (?:right )?through|do (?:\d+|a hundred) through|take the back (?:road|roads|way) (?:around|past|to skip|by)|smoke (?:a bowl|a joint|your weed|your pot|weed|pot|all the (?:weed|pot|bud) you want)|put (?:your|the|ur) (?:beer|beers|booze|margs|margaritas|liquor|drinks|alcohol|vodka|whiskey|wine) in (?:a|an|your|ur)|hide (?:your|the|ur) (?:weed|stash|drugs|pills|beer|booze)|toss (?:your|the|ur) (?:stash|weed|drugs|pills)|get a (?:laser|radar) jammer|sell (?:your )?(?:weed|pills|percs|pot|drugs)|park in the (?:handicap|handicapped|fire lane)|slap (?:the )?plates|get a radar detector|drink (?:\S+ ){0,4}?all you want|go (?:\d+|twenty|thirty|forty|fifty) over|spray paint over|light (?:em|them|those|fireworks|it) (?:off|up)|(?:grab|get|take) (?:em|them|some|one|a few|whatever you want)|see whats in (?:it|there|the \S+))\b/,
);
const GETAWAY = gated(
  / (?:they|cops|police|the cops|the police|pigs|the pigs|deputies|the deputies|nobody|no one|noone)(?: ever)? (?:never|dont|cant|wont|can t|won t) (?:even )?(?:check|catch|chase|ticket|patrol|walk|run plates|put a cruiser|come|watch|look|notice)\b| never any (?:cops|police|deputies|patrols?)\b| nobody (?:is )?watching\b| (?:too lazy|too busy) to (?:check|catch|notice)\b| no camera no ticket\b| (?:they|cops|police|the cops|the police|pigs|the pigs|deputies|the deputies) (?:are|r|will be|re) (?:always |all )?too busy\b| (?:nobody|no one|noone) (?:ever )?(?:catches|checks|notices|comes)\b| (?:left|parked|sitting) (?:\S+ ){0,2}?unlocked\b| no questions asked\b| only (?:got|have|has|get) (?:one|1|a single) (?:car|cruiser|deputy|cop|unit|officer) (?:on|out)\b/,
);

/**
 * A checkpoint or a speed trap named with an urging to get past it: "Checkpoint's on Bluff Road
 * tonight, take the gravel cutoff and you'll skip it", "speed trap's at the billboard, rest of the
 * strip is clear, floor it". Naming one alone ("checkpoint on Route 9 tonight, drive safe") is no
 * tip.
 */
const DODGE = gated(
  / (?:checkpoint|checkpoints|roadblock|speed trap|speed traps|radar|radar trap|radar van) (?:\S+ ){0,16}?(?:skip it|skip them|skip the checkpoint|around it and|youre golden|you re golden|youll skip|you ll skip|youll miss it|you ll miss it|floor it|gun it|blow past|blast past|open it up|drive as drunk|if youve been drinking|if you ve been drinking|fly boys)(?= )| (?:floor it|gun it|blow past|blast past) (?:\S+ ){0,10}?(?:the |that )?(?:speed trap|radar|checkpoint)s? (?:is|s|are|re) (?:gone|not|done|closed|over)(?= )/,
);

/**
 * A way around the law told as a route or a trick: "cut through Quarry Ln", "take Skid Road around
 * it", "keep going to the county line", "tape over your plate", "hide the weed under the spare
 * tire". A tip only beside why it works (EVASION_REASON); alone it is directions.
 */
const EVASION_ACT = gated(
  / (?:cut through|go around it|take (?:\S+ ){1,3}?(?:instead|around it|home)|(?:use|take) (?:the )?(?:\S+ ){0,3}?(?:road|rd|lane|ln|spur|way|back way|service road)(?= )|skip the (?:scale house|checkpoint|weigh station)|(?:just )?keep going (?:to|past) the (?:county line|state line|bridge)|haul it into|hop the (?:\S+ ){0,3}?fence|park on the other side|swap (?:it|the plate|plates|your plate)|(?:put|slap) (?:a |some )?(?:strip of )?(?:clear )?tape over (?:your|the|ur) plate|throw a tarp over|flash your (?:brights|lights|headlights)|(?:move|grow) (?:the |your )?(?:plants|grow|weed|pot)|toss (?:your|the|ur) (?:open )?(?:bottles|bags|cans|containers|stash)|hide (?:the|your|ur) (?:weed|plants|stash|bottles|cans|bag)|keep a spare plate|run your (?:lines|nets|traps)|use a burner)(?= )/,
);
/**
 * What the way around gets past: a checkpoint, a speed trap, a stop, the dogs, a plate reader, or
 * drink or drugs on board. Without one, "take Old Mill instead, the cops never sit there" is
 * advice about speeders, not a tip.
 */
const EVADED = gated(
  / (?:checkpoints?|roadblock|speed traps?|radar|buzzed|drunk|drinking|tipsy|had a few|a few drinks|few beers|stop you|stops you|warrants?|weed|stash|grow|plants|plate|plates|toll|readers|lights? you up|pull you over|pulls you over|dogs|k9s?|open (?:bottles|containers|cans)|burner|text while driving|texting while driving|scale house|weigh station|poach|poaching|your lines)(?= )/,
);
/** Why the way around works: no one enforces there, or cannot see, smell, chase or prove it. */
const EVASION_REASON = gated(
  / (?:they|theyll|they will|cops|police|the cops|the police|deputies|the deputies|nobody|no one|the k9s?|k9s|the dogs?|the drone|drones|the helicopter|the chopper|the readers|the cameras?|their boat)(?: out here| back there| ever)? (?:never|dont|cant|wont|can t|won t|cannot) (?:even )?(?:sit|set up|run checkpoints|run plates|weigh|see|smell|prove|follow|chase|risk|bother|touch|look|watch|check|match)\b| no (?:cops|deputy|deputies|police|patrols?|one)(?:s| has| have)?(?: been)? (?:back|out|down|up) there\b| never any (?:cops|police|deputies) (?:back|out|down) there\b| they only (?:look|check|search)\b| (?:cant|can t|wont|won t) touch you\b| nobody(?:s| is)? (?:gonna |going to )?(?:weighs|checks|stops|watches|wading in|wades in|diving in|going in) /,
);

/**
 * Vandalism or theft of police property praised, asking for more: "whoever keyed the cruiser at
 * the fest, respect. more of that", "whoever stole the speed camera sign, I'll buy it off you".
 * Not "whoever stole my catalytic converter, thanks a lot": the poster's own loss is a complaint.
 */
const PRAISED_ACT = gated(
  onOneByteText(
    / (?:whoever|who ever|to whoever|the guy who|the person who|whoever it was that) (?:\S+ )?(?:keyed|slashed|smashed|tagged|spray painted|vandalized|vandalised|torched|egged|stole|busted|kicked in) (?:\S+ ){0,4}?(?:cruisers?|cop cars?|squad cars?|patrol cars?|police cars?|station|precinct|speed cameras?|red light cameras?|cameras?|signs?|substation|radar trailer) (?:\S+ ){0,8}?(?:respect|legend|hero|heroes|more of that|do it again|keep it up|salute|(?:ill|i will|id|i would) buy (?:it|them|that|one)|👏|🙌|💯|🫡)/,
  ),
);

export function findIllegalActivity(view: CommentView): RuleMatch | undefined {
  const urged = hasWordClass(view, ILLEGAL_WORD) ? findPhrase(view, ILLEGAL_ACTIVITY) : undefined;
  if (urged) return urged;
  const tip = findPhrase(view, TIP);
  if (tip && findPhrase(view, GETAWAY)) return tip;
  const dodge = findPhrase(view, DODGE);
  if (dodge) return dodge;
  const evasion = findPhrase(view, EVASION_ACT);
  if (evasion && testPhrase(view, EVASION_REASON) && testPhrase(view, EVADED)) return evasion;
  return findPhrase(view, PRAISED_ACT);
}
