import type { CommentView, RuleMatch } from './comment-view';
import { createGatedRules, firstWords, type WrittenRule } from './gated-rules';
import { threatView } from './threat-slips';
import { BEATING, PEOPLE, PERSON_S, SUBJECT, TARGET } from './threat-targets';

/** One officer, named by rank or post: "a bounty on the deputy that shot the dog". */
const ONE_OFFICER =
  '(?:the|that|this|his|her|their|your|ur) (?:\\S+ ){0,2}?(?:cop|officer|deputy|chief|sheriff|sergeant|sarge|trooper|detective|lieutenant|captain|warden|judge|prosecutor|da)s?';

/**
 * Threats of violence, English and Spanish, written as patterns over the normalised words
 * (apostrophes dropped: "I'll" is "ill", "won't" is "wont"). The data sets hold almost no threats
 * against officers, so these rules carry level 8; threat-context.ts removes counter-speech,
 * negations and idioms.
 */

export type ThreatKind = 'intent' | 'conditional' | 'wish' | 'intimidation' | 'bomb';

export interface ThreatMatch extends RuleMatch {
  kind: ThreatKind;
  /** Found by a broad rule (threat-rules-broad.ts), which hazards such as traffic also trip. */
  broad?: boolean;
  /** Found by the threat head (learned-threat.ts), not a rule: a person checks it before a hide. */
  learned?: boolean;
  /**
   * Builds on an attack the comment tells of ("the man who attacked the deputy should have
   * finished the job"): news words around it tell of the attack, they do not report the call.
   */
  onReportedAttack?: boolean;
}

/** Verbs of violence; each needs a person (or a police building) after it: "kill it" is praise. */
export const HARM =
  '(?:kill|murder|shoot|stab|hunt down|hunt|burn down|massacre|butcher|assassinate|annihilate|decapitate|suffocate|smother|maim|mutilate|dismember|injure|assault|shank|knife|slash|poison|crucify|castrate|string up|bludgeon|pistol whip|curb stomp|stomp out|empty a clip into|put a round in|hang|lynch|slaughter|execute|behead|strangle|choke|burn|torch|bomb|blow up|run over|gun down|take out|hurt|attack|rape|torture|slit|cut|bash|snipe|ambush|wipe out|exterminate|cap|pop|put a bullet in|put bullets in|put a cap in|put one in|end|waste|jump|fuck up|mess up|beat up|light up|shoot up|run down|gut|bury|drown|set fire to|stomp|whoop|punch|knock out|smoke|merk|body|slap|dox|smash|snuff out|snuff|firebomb|pummel|maul|impale|incinerate|whack|kneecap|flay|scalp|skin|break every bone in|sink a knife into|put a hole in|put holes in|cave in)';
export const HARM_DONE =
  '(?:killed|murdered|shot|stabbed|hunted down|hunted|strung up|dragged behind a \\S+|dragged through the streets|massacred|butchered|assassinated|decapitated|suffocated|smothered|maimed|mutilated|dismembered|crippled|shanked|knifed|slashed|poisoned|crucified|castrated|offed|bludgeoned|curb stomped|set alight|burned alive|burnt alive|hanged|hung|lynched|slaughtered|executed|beheaded|strangled|choked|beaten|burned|burnt|bombed|blown up|run over|gunned down|taken out|hurt|attacked|raped|tortured|wiped out|exterminated|capped|wasted|jumped|put down|dead|gassed|eliminated|put against a wall|lined up and shot|beat up|beaten up|shot dead|wiped off|eradicated|erased|annihilated|put to death|put in the ground|buried|set on fire|blown away|lit up|smoked|dropped|stoned to death|beaten to death|choked to death|skinned alive|boiled alive|burned at the stake|euthanized|euthanised|mowed down|thrown off (?:a |the )?(?:roof|roofs|building|buildings|bridge|cliff)|sent to (?:the )?(?:gas chambers?|ovens)|drowned|ambushed|(?<!must be |must feel |so |feel |feeling )gutted|firebombed|pummeled|pummelled|mauled|impaled|incinerated|whacked|skinned|flayed|scalped|bashed|stomped|trampled|kneecapped|fed to (?:the )?(?:dogs|pigs|sharks|wolves)|hung from (?:a |the )?(?:trees?|lamp ?posts?|bridges?)|burned to death|burnt to death|set ablaze|lit on fire|shot on sight|run down|ran over)';
const DIE =
  '(?:die|dies|be dead|drop dead|rot in hell|burn in hell|burn|hang(?! out| with| around| on)|swing|bleed|fry)';
/**
 * Phrasal verbs with the victim inside: "run them over", "gun him down", "beat you to death". The
 * victim is any one to five words ("beat every cop in this town to death"): the verb and particle together are
 * violent enough, and a full TARGET here would make every rule that embeds this one several times
 * larger and slower.
 */
const VICTIM = '(?!(?:it|this|that) (?:down|over|out|up|to) )(?:\\S+ ){1,10}?';
const SPLIT_HARM = `(?:(?:gun|mow) ${VICTIM}down|run ${VICTIM}over|wipe ${VICTIM}out|string ${VICTIM}up|(?:beat|stab|kick|stomp|choke|burn|whip|hack|stone) ${VICTIM}(?:half |nearly |almost )?to death|run ${VICTIM}down|snuff ${VICTIM}out|(?:drive|chase|run|burn) ${VICTIM}out (?:\\S+ ){0,4}?with (?:fire|guns|bullets|knives|pitchforks|torches)|beat ${BEATING}|(?:burn|bury|skin|boil) ${VICTIM}alive|shoot ${VICTIM}dead|put (?:you|him|her|them|em|(?:these|those|all|every|the|that) (?:cops?|pigs?|officers?|deputies|sheriffs?|troopers?)) down(?! (?:for|to|as|in|on|at) ))`;
/** "Shoot'em", run together once the apostrophe goes. */
// prettier-ignore
const EM_WORDS = ['shootem', 'killem', 'stabem', 'smokeem', 'popem', 'capem', 'dropem', 'blastem', 'hangem', 'lynchem', 'burnem', 'bombem', 'wasteem', 'merkem', 'gutem', 'chokeem', 'murderem'];
const HARM_EM = `(?:${EM_WORDS.join('|')})`;
/** A violent verb and its victim, either way round. */
export const HARM_TARGET = `(?:${HARM} (?:myself |me )?${TARGET}|${SPLIT_HARM}|${HARM_EM})`;
/**
 * Violence that needs no victim named, after an intent: "I'm going to walk in there and open
 * fire", "…and start killing people". Not "start shooting photos" nor "killing it".
 */
const RAMPAGE =
  '(?:open fire(?! (?:on|at) (?:the |a )?(?:range|targets?|practice))|start (?:killing|stabbing|murdering)(?! it | time )|(?:start|go) (?:shooting|killing|stabbing|murdering|blasting) (?:people|everyone|everybody|cops|officers|pigs|them|you|yall|some \\S+)|go on a (?:rampage|killing spree|shooting spree)|shoot (?:the place|this place|it all|everything) up|go postal)';
/** What happens to the victim in a conditional threat: "…you'll leave in a body bag". */
const OUTCOME = `(?:${HARM_TARGET}|light (?:it|them|him|her|you|that \\S+|your \\S+) up|burn it down|blow it up|regret|be sorry|make it home|go home|see tomorrow|end up dead|body bag|coffin|casket|six feet under|in the ground|the morgue|be dead|die|pay|(?:shooting|blasting|busting|stabbing|swinging) first)`;
/** Who acts in the consequence part of a conditional threat. */
const CONSEQUENCE =
  '(?:ill|i will|im gonna|im going to|im|i swear|we will|well|were|youll|you will|you gonna|he wont|they wont|you wont|youre gonna|you are going to|its gonna|ima|imma)';
const INTENT =
  '(?:will|ll|gonna|gon|going to|goin to|gong to|goign to|giong to|plan to|planning to|about to|want to|wanna|would love to|d love to|love to|like to|cant wait to|ready to|finna|shall|got to|gotta|intend to|bout to|promise to|swear to god ill|swear ill|swear i will|should)';
const SELF = '(?:i|ill|im|imma|ima|id|we|well|were|someone|somebody|me and my boys)';

// prettier-ignore
const SPLIT_WORDS = ['run', 'mow', 'gun', 'wipe', 'string', 'beat', 'stab', 'kick', 'stomp', 'choke', 'burn', 'whip', 'hack', 'stone', 'bury', 'skin', 'boil', 'shoot', 'put', 'snuff', 'drive', 'chase', 'open', 'start', 'go'];
const HARM_WORDS = [...firstWords(HARM), ...SPLIT_WORDS, ...EM_WORDS];
const INTENT_WORDS = firstWords(INTENT);
/** What a normative threat wishes on its subject: "be shot", "die", "a bullet". */
// prettier-ignore
const OUTCOME_WORDS = [
  ...firstWords(HARM_DONE), ...firstWords(DIE).filter((word) => word !== 'be'), 'dead', 'bullet', 'bullets', 'beating', 'beatdown', 'noose', 'rope',
  'slow', 'put', 'smashed', 'slit', 'cut', 'caved', 'broken', 'blown', 'ripped', 'torn', 'crushed', 'kicked', 'split',
];
/** "Killing cops is justified". */
const HARM_ING =
  '(?:killing|shooting|hanging|lynching|stabbing|executing|murdering|gassing|exterminating|bombing|slaughtering)';
/** "kill" → "kills", "smash up" → "smashes up": what someone else does. */
function thirdPerson(phrase: string): string {
  const [verb = '', ...rest] = phrase.split(' ');
  const ending = /(?:s|sh|ch|x|z)$/.test(verb) ? 'es' : 's';
  return [verb + ending, ...rest].join(' ');
}
/** In a wish: "I hope someone blows up that precinct". */
const HARM_S = `(?:${HARM.replace(/^\(\?:|\)$/g, '')
  .split('|')
  .map(thirdPerson)
  .join('|')})`;
/**
 * "Hope u get shot" with the "I" left out; not someone else's hope ("they hope…") nor the noun
 * ("no hope", "my only hope").
 */
const BARE_HOPE =
  '(?<! (?:he|she|they|who|people|nobody|no|not|dont|doesnt|any|the|my|our|your|their|his|her|a|of|in|with|without|false|new|little|last|only|some|lost|and|of|i|we|really|truly|just|do) )(?:hope|wish|pray)';
/**
 * Verbs told to someone else ("somebody stab that sergeant"): only those whose plain form is not
 * also their past, so "someone hurt my son" stays a report.
 */
const ORDERED_HARM =
  '(?:kill|murder|shoot|stab|hang|lynch|strangle|choke|behead|torch|bomb|firebomb|burn down|blow up|gun down|execute|slaughter|butcher|snipe|ambush|drown|smash|bash|stomp|gut|torture|poison|run over|string up|take out|knock out|beat up|shank|off)';
const MODALS = [
  'should',
  'shud',
  'need',
  'needs',
  'ought',
  'must',
  'deserve',
  'deserves',
  'has',
  'have',
  'gotta',
];

/**
 * Each rule: what kind of threat it finds, the pattern, the words it cannot match without, and
 * optionally a second list it also needs one of (rule-gate.ts).
 */
const RULES_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "I'm going to kill the next officer who stops me", "we will burn your station down"
  [
    'intent',
    new RegExp(` ${SELF} (?:\\S+ ){0,3}?${INTENT} (?:\\S+ ){0,7}?(?:${HARM_TARGET}|${RAMPAGE}) `),
    HARM_WORDS,
    INTENT_WORDS,
  ],
  [
    'intent',
    new RegExp(
      `(?:^ (?:gonna|gunna|going to|goin to|bout to|about to|finna)| (?:imma|ima|ill|well|im finna|im gonna|im going to|im about to|im bout to)) (?:\\S+ ){0,2}?${HARM_TARGET} `,
    ),
    HARM_WORDS,
    ['gonna', 'gunna', 'going', 'goin', 'bout', 'about', 'finna', 'imma', 'ima', 'ill', 'well', 'im'],
  ],
  // "if you stop me again I'll …", "if a cop touches me he won't make it home"
  [
    'conditional',
    new RegExp(
      ` (?:if (?:you|u|ya|any|another|a|the|one|that|they|your|i|we|i ever|we ever)|next time|one more time|again and|ever again) (?:\\S+ ){0,10}?${CONSEQUENCE} (?:\\S+ ){0,4}?${OUTCOME}`,
    ),
    ['if', 'next', 'more', 'again'],
  ],
  // "cops should all be shot", "officers deserve to die", "he needs to be taken out"
  [
    'wish',
    new RegExp(
      ` ${SUBJECT} (?:\\S+ ){0,3}?(?:should|shud|needs? to|ought to|must|deserves? to|deserves?|has to|have to|gotta) (?:all |just |really |fucking |each |every |be all )*(?:(?:be|get|go) (?:(?:\\S+ ){0,3}?(?:and |or )?|(?:\\S+ ){1,6}?(?:and|or) )${HARM_DONE}|have (?:his|her|their|your|ur|its) (?:\\S+ ){0,2}?(?:skulls?|heads?|faces?|throats?|necks?|brains|teeth|legs|kneecaps|ribs|jaws?|guts|spines?) (?:\\S+ )?(?:smashed|slit|cut|bashed|caved|broken|blown|ripped|torn|crushed|stomped|kicked|beaten|split)|${DIE}|(?:a |the )?(?:bullet|bullets|beating|beatdown|noose|rope|slow death|to hang|to burn|to be put down)) `,
    ),
    MODALS,
    OUTCOME_WORDS,
  ],
  // "It should be legal to kill cops", "make it legal to hunt immigrants", "a bounty on every cop"
  [
    'wish',
    new RegExp(
      ` (?:(?:should|shud|ought to|needs? to|must) (?:\\S+ )?(?:be|become|be made) (?:legal|lawful|legalized|legalised)|(?:make|made|making) it (?:legal|lawful)|(?:wish|if|when) it (?:was|were|is|becomes) (?:legal|lawful)|(?:our|your|my|their|the|its|it is) (?:\\S+ )?(?:duty|obligation|right|responsibility)) (?:for (?:\\S+ ){1,2}?)?to (?:(?:${HARM}|beat|hunt) ${TARGET}|${SPLIT_HARM}) | ${HARM_ING} ${TARGET} (?:is|are|would be|should be|will be) (?:\\S+ )?(?:justified|the answer|the only answer|the solution|the only solution|the only way|okay|ok|fine|legal|good|right|self defense|necessary|a public service|heroic|deserved) | (?:(?:declare|declaring) (?:an )?open season|bounty) (?:on|for) (?:(?:every |all |the |each |any )?${PEOPLE}|(?:any|every|each) pig|${ONE_OFFICER}) `,
    ),
    [
      'legal',
      'lawful',
      'legalized',
      'legalised',
      'season',
      'bounty',
      'duty',
      'obligation',
      'right',
      'responsibility',
      'justified',
      'answer',
      'solution',
      'way',
      'okay',
      'ok',
      'fine',
      'good',
      'defense',
      'necessary',
      'service',
      'heroic',
      'deserved',
    ],
    [...HARM_WORDS, 'beat', 'hunt', ...firstWords(HARM_ING), 'season', 'bounty'],
  ],
  // "I hope you die", "I wish someone would shoot him", "I want every cop dead"
  [
    'wish',
    new RegExp(
      ` (?:(?:i|we) (?:really |truly |just |do |)(?:hope|wish|pray|want|cant wait (?:for|till|until))|${BARE_HOPE}) (?:\\S+ ){0,6}?(?:${DIE}s?(?= )|(?:gets?|got|is|are|be|ends? up|getting) ${HARM_DONE}|(?:would|will|to|could) ${HARM_TARGET})`,
    ),
    ['hope', 'wish', 'pray', 'want', 'cant'],
  ],
  [
    'wish',
    new RegExp(
      ` (?:someone|somebody|people|we|yall|everyone|they) (?:should|needs? to|ought to|gotta|has to|have to) (?:just |really |finally )?${HARM_TARGET} | (?<! (?:would|could|did|does|do|will|can|if|when|why|how|whether|that|as|cuz|because|until|before|after|unless) )(?:someone|somebody|anybody|anyone|yall) (?:pls |please |plz |go |just |needs to go )?${ORDERED_HARM} ${TARGET} `,
    ),
    ['someone', 'somebody', 'people', 'we', 'yall', 'everyone', 'they', 'anybody', 'anyone'],
    [...HARM_WORDS, ...firstWords(ORDERED_HARM)],
  ],
  [
    'wish',
    new RegExp(
      ` (?:death to|(?:kill|shoot|hang|burn|gas|lynch|execute|exterminate|slaughter|murder|stab) (?:all|every)|gas) (?:the |those |these |all )?${PEOPLE} |^ off the (?:pigs|cops|police) `,
    ),
    [
      'death',
      'kill',
      'shoot',
      'hang',
      'burn',
      'off',
      'gas',
      'lynch',
      'execute',
      'exterminate',
      'slaughter',
      'murder',
      'stab',
    ],
  ],
  [
    'wish',
    new RegExp(
      `^ (?:lets |let s |go |everyone |yall |time to |just )?(?:kill|shoot|hang|lynch|murder|burn|bomb|stab|ambush|execute|gun down|run over|beat|torch) ${TARGET} `,
    ),
    ['kill', 'shoot', 'hang', 'lynch', 'murder', 'burn', 'bomb', 'stab', 'ambush', 'execute'],
  ],
  // "I want every cop dead", "I'd love to see them in a body bag"
  [
    'wish',
    / (?:(?:i|we|id|wed) (?:\S+ )?(?:want|need|wish)|(?:like|love|want|hope|cant wait) to see|wanna see) (?:\S+ ){0,7}?(?:dead|in a body bag|in body bags|in the ground|six feet under|hanging from|bleeding out|on fire) /,
    ['want', 'need', 'wish', 'like', 'love', 'wanna', 'cant'],
    ['dead', 'body', 'bags', 'ground', 'six', 'hanging', 'bleeding', 'fire'],
  ],
  // "You're dead, officer": not "dead wrong", "dead serious", "dead to me".
  [
    'intimidation',
    / (?:youre|you are|your|ur|u r|you re|yall are|yall|you all are) (?:a |so |all )?(?:dead|dead man|dead men|done for|finished)(?! (?:wrong|right|on|serious|tired|inside|to me|last|set|center|ass|asleep|funny|weight))/,
    ['dead', 'finished', 'done'],
  ],
  // "The world would be a better place if all cops were dead"
  [
    'wish',
    new RegExp(
      ` (?:better|safer|happier) (?:\\S+ ){0,3}?(?:if|when) (?:\\S+ ){0,3}?(?:${PERSON_S}|they|you|them) (?:were|was|are|is|got|all) (?:all )?(?:dead|${HARM_DONE}|gone for good) | ${SUBJECT} (?:are|is|would be|d be|will be|r) (?:all |just )?better off dead `,
    ),
    ['dead', ...firstWords(HARM_DONE)],
    ['better', 'safer', 'happier'],
  ],
  // "Gonna make that deputy bleed", "I will make you pay with your life"
  [
    'intent',
    new RegExp(
      ` (?:${INTENT}|imma|ima|ill|well|im gonna|gonna) (?:\\S+ ){0,2}?(?:make|watch|see) ${TARGET} (?:bleed|suffer|die|beg|scream|burn|pay with|pay for this with|pay in blood)`,
    ),
    ['bleed', 'suffer', 'die', 'beg', 'scream', 'burn', 'pay'],
  ],
  [
    'intimidation',
    / (?:ill|i will|we will|well|im gonna|im going to|were gonna|were going to|we are going to|we are gonna|going to|gonna|imma) (?:\S+ )?make (?:you|u|yall|him|her|them|every \S+|all of you|the \S+) pay | pay with (?:your|his|her|their|ur) (?:life|lives|blood) | (?:will|gonna|going to|are going to|is going to) pay in blood /,
    ['pay'],
  ],
  // "Somebody put that officer in the ground", "send them to the morgue"
  [
    'wish',
    new RegExp(
      ` (?:put|send|leave|drop) ${TARGET} (?:in the ground|in a body bag|in body bags|six feet under|in a coffin|in the hospital|to the morgue|in the morgue|to the hospital|down for good)`,
    ),
    ['put', 'send', 'leave', 'drop'],
  ],
  // "I'd pay someone to shoot you", "whoever kills the officer gets a reward from me"
  [
    'wish',
    new RegExp(
      ` (?:pay|paying|give|hire|hiring|offer|offering) (?:someone|somebody|anyone|anybody|a guy|\\S+ dollars|\\d+) (?:\\S+ ){0,3}?to ${HARM_TARGET} | (?:whoever|anyone who|anybody who|the first (?:person|one|guy) (?:who|to|that)) (?:${HARM_S}|${HARM}) ${TARGET} (?:\\S+ ){0,3}?(?:gets|will get|wins|earns|get) (?:a |my |the |\\S+ )?(?:reward|prize|bounty|paid|medal) `,
    ),
    [
      'pay',
      'paying',
      'give',
      'hire',
      'hiring',
      'offer',
      'offering',
      'reward',
      'prize',
      'bounty',
      'paid',
      'medal',
    ],
  ],
  // "I hope someone blows up that precinct"
  [
    'wish',
    new RegExp(
      ` (?:(?:i|we) (?:really |truly |just |do |)(?:hope|wish|pray)|${BARE_HOPE}) (?:\\S+ ){0,4}?${HARM_S} ${TARGET} `,
    ),
    ['hope', 'wish', 'pray'],
  ],
  // "Next cop that touches me is getting shot"
  [
    'conditional',
    new RegExp(
      ` (?:next|any|first|every|whatever|whichever) (?!(?:day|night|week|weekend|morning|evening|time|year|month|summer|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday) )(?:\\S+ ){0,1}?${PERSON_S} (?:\\S+ ){0,6}?(?:is|are|gets|get|getting|is getting|will get|gonna get|is gonna get|is going to get|will be|gonna be) (?:\\S+ )?(?:${HARM_DONE}|a bullet(?! (?:proof|resistant|vest|point))|the rope) | (?:everyone|everybody|anyone|anybody) (?:\\S+ ){0,6}?(?:is getting|gets|will get|gonna get|is gonna get|is going to get|will be|is gonna be|is going to be) (?:a bullet(?! (?:proof|resistant|vest|point))|the rope|shot|killed|murdered|executed|hanged|lynched|stabbed|slaughtered|gunned down|beheaded) `,
    ),
    [...firstWords(HARM_DONE), 'bullet', 'rope'],
  ],
  // "I'll be waiting outside the station for you with my gun"
  [
    'intimidation',
    / (?:i|ill|im|we|well|were|imma) (?:\S+ ){0,10}?(?:with|bringing|bring|got|grab|grabbing|load|loading|loaded) (?:my|a|the|our) (?:gun|guns|knife|rifle|glock|strap|piece|ak|shotgun|pistol|blade|machete|ar15) (?:\S+ ){0,6}?(?:for (?:you|u|yall|him|her|them|the|that|every|any)(?! (?:\S+ ){0,2}?(?:buyback|buy back|registration|permit|inspection|range|class|course|training|season|hunt|hunting))|waiting)| waiting (?:\S+ ){0,6}?for (?:you|u|yall|him|her|them) (?:\S+ ){0,4}?with (?:my|a|the|our) (?:gun|guns|knife|rifle|glock|strap|piece|ak|shotgun|pistol|blade|machete|ar15)/,
    [
      'gun',
      'guns',
      'knife',
      'rifle',
      'glock',
      'strap',
      'piece',
      'ak',
      'shotgun',
      'pistol',
      'blade',
      'machete',
      'ar15',
    ],
  ],
  // "You better hope I never see you off duty"
  [
    'intimidation',
    / (?:you|u|yall) (?:better|d better|had better|best) (?:hope|pray) (?:i|we) (?:never|dont|do not) (?:see|find|catch|meet|run into)| (?:see|catch|find|meet) (?:you|u|him|her|them|that \S+|one of you) (?:\S+ )?(?:off duty|out of uniform|without (?:your|the|his|her) (?:badge|uniform|gun))/,
    ['hope', 'pray', 'duty', 'uniform', 'badge'],
  ],
  // Intimidation: "I know where you live", "watch your back"
  [
    'intimidation',
    / (?:i|we|ik|they|everyone|people) (?:all )?(?:will |ll |gonna |going to )?(?:know|kno|knows|found|found out|find|find out|figure out|have|got|look up|track down) (?:where|your|ur|the) (?:\S+ ){0,3}?(?:live|lives|sleep|sleeps|park|parks|stay|stays|address|home|house|kids go to school|kids|family lives)\b/,
    [
      'live',
      'lives',
      'sleep',
      'sleeps',
      'park',
      'parks',
      'stay',
      'stays',
      'address',
      'home',
      'house',
      'kids',
      'family',
    ],
  ],
  [
    'intimidation',
    / (?:watch|better watch) (?:your|ur|yo) back | your days are numbered | sleep with one eye open | you wont see it coming | (?:you|yall|they|he|she) (?:will|ll|gonna) pay for (?:this|that|it) (?!(?:\S+ ){0,6}?(?:ballot|ballots|polls|vote|votes|voting|election|elections|court|lawsuit|lawsuits|recall) )| (?:see|meet) you in the parking lot | count your days | (?:(?:we|i) (?:are|am|re|m)|im) (?:all )?coming (?:for|after) (?:you|ya|yall|him|her|them|the|your|every|all) (?!(?:\S+ )?(?:budget|budgets|vote|votes|seat|seats|job|jobs|badge|badges|funding|pension|pensions|office|ballot)\b)| were (?:all )?coming (?:for|after) (?:you (?:pigs|cops|all)|yall|them|the|your|every|all) (?!(?:\S+ )?(?:budget|budgets|vote|votes|seat|seats|job|jobs|funding|pension|pensions|office|ballot)\b)| (?:youre|you are|ur|u r|yall are|you will be|youll be|you re) next (?:(?:officer|cop|pig|deputy|sheriff|sergeant|detective|chief|trooper)s? )?(?:[!?.] )*$| (?:say|kiss) goodbye to (?:your|ur) (?:family|families|kids|children|wife|husband|son|daughter|mom|dad|loved ones|life|badge) | (?:your|ur) (?:time is up|end is near|end is coming|clock is ticking) (?:(?:officer|cop|pig|deputy|sheriff|sergeant|detective|chief|trooper)s? )?(?:[!?.] )*$| (?:we|i|they) (?:will|ll|are gonna|are going to|am gonna|am going to) come (?:for|after) (?:your (?:family|families|kids|children|wife|husband|son|daughter|mom|loved ones)|every one of you|all of you) (?!\S+ (?:class|classes|event|events|party|game|games|practice|program|camp|day|recital|graduation|ceremony) )| enjoy (?:your|ur) last (?:shift|breaths?|moments|(?:days?|nights?|hours?) (?:alive|on earth|breathing)) | (?:your|ur) (?:family|families|kids|children|wife|husband|son|daughter|loved ones|house|home|partner|mom|mother) (?:isnt|arent|aint|rnt|is not|are not|r not|will not be|wont be|is no longer|are no longer|r no longer|is never|are never) (?:going to be |gonna be )?safe(?! (?:in|on|at|around|with|because|from|while|if|when|until|unless|near|here|there|these|this|today|outside|anywhere|walking|driving|living|since|due|as|without|online|to) )/,
    [
      'watch',
      'days',
      'sleep',
      'see',
      'pay',
      'meet',
      'count',
      'coming',
      'next',
      'enjoy',
      'safe',
      'time',
      'end',
      'clock',
      'come',
      'goodbye',
    ],
    // prettier-ignore
    ['back', 'numbered', 'eye', 'coming', 'pay', 'parking', 'days', 'next', 'last', 'safe', 'goodbye', 'up', 'near', 'ticking', 'come'],
  ],
  // Bomb threats: "there is a bomb in the station", "I'll blow up the precinct"; not "there's a
  // bomb squad demo at the fair", a bomb pop, a bomb shelter
  [
    'bomb',
    / (?:there is|theres|there s|i put|i placed|i planted|we put|we planted|i left|we left|someone planted|gonna be) (?:a |an )?(?:bomb|bombs|explosive|explosives|ied|pipe bomb)(?! (?:squad|squads|threat|threats|dog|dogs|scare|scares|tech|techs|unit|sniffing|disposal|pop|pops|shelter|shelters|drill|drills|demo|ass|burrito|burritos|tacos?)) | (?:bomb|bombs|explosives?) (?:is |are )?(?:in|at|under|inside) (?:the|your|ur) (?:station|precinct|building|hq|headquarters|office|school|courthouse|car|cruiser)/,
    ['bomb', 'bombs', 'explosive', 'explosives', 'ied'],
  ],
  // "Bomb threat: Windward Plaza substation, 3pm. Not kidding this time."
  [
    'bomb',
    /^ bomb threat (?:\S+ ){1,8}?(?:not kidding|no joke|not a joke|this is real|for real|not playing)(?= )/,
    ['bomb'],
    ['kidding', 'joke', 'real', 'playing'],
  ],
  [
    'bomb',
    / (?:blow|blowing|bomb|bombing|torch|torching|burn|burning|shoot up|shooting up) (?:up |down )?(?:the|your|ur|this|that) (?:station|precinct|building|hq|headquarters|office|courthouse|substation|department)(?: down| up)? | (?:the|your|ur|this|that|every|their) (?:\S+ )?(?:station|precinct|substation|headquarters|hq|house|home|cruisers?|patrol cars?|squad cars?|courthouse|department|city hall|office|building) (?:is|are|will|is gonna|are gonna|is going to|are going to|is about to) (?:(?:going to|gonna) )?(?:burn(?! (?:through|out|rubber|money|cash|calories|bridges|the midnight))|burn down|burn to the ground|go up in flames|blow up|(?:be|get) (?:burned|burnt|torched|bombed|blown up|burned down|burnt down)) /,
    [
      'blow',
      'blowing',
      'bomb',
      'bombing',
      'torch',
      'torching',
      'burn',
      'burning',
      'shoot',
      'shooting',
      'flames',
      'burned',
      'burnt',
      'torched',
      'bombed',
      'blown',
    ],
  ],
  // A mass shooting promised at any place or event, named or not: "gonna shoot up harbor fest",
  // "we'll shoot up that rodeo"; not drugs ("shoot up heroin", "shoot up in the alley"), a
  // relapse ("shoot up again") or prices and children ("prices are gonna shoot up this year":
  // the plan must be the poster's or open the comment).
  [
    'intent',
    /(?:^| (?:i|im|i am|ima|imma|ill|i will|id|we|were|we are|well|we will|me and my boys)) (?:\S+ ){0,2}?(?:gonna|going to|gon|finna|about to|bout to|will|ll|plan to|planning to|want to|wanna) shoot up (?!(?:some |more |a little |a lil |the |my |his |her |their |our )?(?:heroin|dope|drugs?|meth|fentanyl|fent|insulin|junk|smack|crack|coke|again|in|at|inside|behind|outside|before|after|together|like|with|hoops|tonight|today|tomorrow|later|ranks|charts|this (?:year|week|month|summer|season)|next (?:year|week|month|season))\b)(?:the |a |this |that |your |ur |their |his |her |our )?\S+/,
    ['shoot'],
  ],
  // Spanish: "te voy a matar", "hay que matarlos", "sé dónde vives", "muerte a los policías"
  [
    'intent',
    / (?:te|los|las|lo|la|les|le|me|nos) (?:voy|vamos|van) a (?:matar|quemar|disparar|balear|colgar|apunalar|reventar|volar|partir|romper|cortar|rajar|chingar|madrear|linchar|acabar|desaparecer|ejecutar|dar un tiro|dar plomo|meter plomo|meter un tiro|meter una bala)| (?:voy|vamos) a (?:matar|quemar|balear|colgar|apunalar|linchar|ejecutar|volar) | (?:te|los|lo|la|las) (?:mato|matare|mataremos|quemo|quemare|balaceo|cuelgo)\b/,
    ['voy', 'vamos', 'van', 'mato', 'matare', 'mataremos', 'quemo', 'quemare', 'balaceo', 'cuelgo'],
  ],
  [
    'wish',
    / hay que (?:matar|quemar|colgar|linchar|balear|ejecutar)| (?:deberian|merecen|deben|tienen que|ojala) (?:todos |todas )?(?:morir|ser asesinados|ser ejecutados|estar muertos|colgarlos|matarlos|quemarlos|los maten|se mueran|mueran)| ojala (?:te|se|los|les) (?:mueras|mueran|maten|muera)| ojala (?:\S+ ){0,2}?(?:le|les|lo|los|la|las|te) (?:dispare|disparen|maten|mate|quemen|queme|cuelguen|apunalen|revienten|fusilen)| que (?:maten|mueran|quemen|cuelguen|fusilen|revienten) (?:a )?(?:todos|todas|los|las|esos|esas|ese|esa|al|la)| muerte a (?:la|los|las|todos) /,
    [
      'hay',
      'deberian',
      'merecen',
      'deben',
      'tienen',
      'ojala',
      'muerte',
      'maten',
      'mueran',
      'quemen',
      'cuelguen',
      'fusilen',
    ],
  ],
  [
    'intimidation',
    / (?:se|sabemos|sabe|yo se) (?:donde|en donde|a que escuela) (?:vives|viven|vive|duermes|trabajas|estudian|van)\b/,
    ['donde', 'escuela'],
  ],
  [
    'bomb',
    / (?:hay|puse|pusimos|dejamos) una bomba | bomba en (?:la|el) (?:estacion|comisaria|edificio|delegacion)/,
    ['bomba'],
  ],
  [
    'conditional',
    / si (?:me|nos) (?:vuelves|vuelven|vuelve) a (?:\S+ ){0,4}?(?:te|los|lo|le|les) (?:mato|matare|voy a matar|vamos a matar|quemo|reviento|parto|lleva la chingada)| si (?:me|nos) (?:paras|paran|para|detienes|detienen|tocas|tocan) (?:\S+ ){0,4}?(?:te|los|lo|le|les) (?:mato|matare|voy a|vamos a)/,
    ['si'],
  ],
];

const matchRules = createGatedRules(RULES_WRITTEN);

/** Every threat pattern that matches, in rule order. */
export function findThreats(comment: CommentView): ThreatMatch[] {
  const found: ThreatMatch[] = [];
  matchRules(threatView(comment), (match, kind) => {
    if (!found.some((f) => f.at === match.at)) found.push({ ...match, kind });
  });
  return found;
}
