import type { CommentView } from './comment-view';
import { createGatedRules, firstWords, type WrittenRule } from './gated-rules';
import type { ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';
import { GROUP_ADJECTIVE, PEOPLE, PEOPLE_S, PERSON_S, TARGET } from './threat-targets';

/**
 * Broad threat rules, for threats phrased outside the precise patterns of threat-rules.ts: a
 * violent verb aimed at a person after a future, wish or duty marker ("going to run over the
 * next officer"), or a person as the subject of a violent outcome ("you are going to die",
 * "those deputies need a bullet"). Broad enough that hazards trip them too ("speeding will kill
 * you"), which threat-context.ts defuses.
 */

/** Violent verbs that are rarely figurative when aimed at a person. */
const STRONG_HARM =
  '(?:kill|murder|shoot|stab|massacre|butcher|assassinate|decapitate|maim|mutilate|dismember|shank|knife|poison|crucify|hang|lynch|slaughter|execute|behead|strangle|choke|burn|torch|bomb|blow up|run over|gun down|rape|torture|slit|snipe|ambush|exterminate|put a bullet in|put bullets in|beat the (?:hell|shit|crap|fuck|life) out of|shoot up|light up|unload on|open fire on|fire on)';
/** "Time to start shooting cops": the same verbs as gerunds after "start". */
const STRONG_HARM_ING =
  '(?:killing|murdering|shooting|stabbing|hanging|lynching|executing|slaughtering|butchering|beheading|strangling|gunning down|running over|bombing|burning|torching|exterminating|hunting|raping|torturing|massacring)';
/** The same without "shooting", "burning", "hunting": "shooting the chief tomorrow" is a photo. */
const TIMED_HARM_ING =
  '(?:killing|murdering|stabbing|hanging|lynching|executing|slaughtering|butchering|beheading|strangling|gunning down|running over|raping|torturing|massacring|bombing)';
const WHO_ACTS =
  '(?:i|im|ill|id|we|were|well|wed|someone|somebody|people|yall|they|theyre|he|hes|she|shes|my boys|my friends|everyone|everybody|imma|ima)';
/** The words a MARKER starts with, or holds ("am going to"). */
// prettier-ignore
const MARKER_WORDS = [
  'will', 'll', 'gonna', 'gon', 'going', 'goin', 'about', 'want', 'wanna', 'finna', 'gotta', 'got', 'need', 'needs',
  'should', 'must', 'lets', 'let', 'time', 'ready', 'plan', 'planning', 'cant', 'would', 'd', 'love',
];
const MARKER =
  '(?:will|ll|gonna|gon|going to|goin to|about to|want to|wanna|finna|gotta|got to|need to|needs to|should|must|lets|let s|time to|ready to|plan to|planning to|cant wait to|would love to|d love to|gonna have to|am going to|are going to|is going to)';
/** What is done to a victim, rarely figurative: "you will be gunned down", "they will get lynched". */
const STRONG_DONE =
  '(?:killed|murdered|shot|stabbed|slaughtered|butchered|massacred|executed|hanged|lynched|beheaded|decapitated|strangled|choked to death|burned alive|burnt alive|beaten to death|stabbed to death|stoned to death|tortured|raped|gunned down|run over|mowed down|shot dead|exterminated|eradicated|wiped out|put down|put to death|put in the ground|blown up|gassed|mutilated|dismembered|skinned alive|hunted down|strung up|assassinated|annihilated)';
/** Future or duty, not desire: "women want to be …" is no threat to anyone. */
const WILL_BE =
  '(?:will|ll|gonna|gon|going to|goin to|about to|should|must|need to|needs to|gotta|got to|deserve to|deserves to|ought to|have to|has to) (?:\\S+ ){0,2}?(?:be|get|getting)';
const OUTCOME =
  '(?:die|be dead|end up dead|end up in a (?:ditch|body bag|coffin|grave|hospital bed|wheelchair)|end up in the (?:ground|morgue|hospital)|get hurt|get shot|get killed|get stabbed|get what s coming|get whats coming|bleed|be shot|be killed|be executed|be hanged|get gutted|be dying|burn for (?:this|that|it|what (?:he|she|they|you) did)|catch a bullet|catch these hands|eat a bullet|meet their maker|meet your maker|pay for this with (?:your|their|his|her) li(?:fe|ves))';
const SUFFERER = `(?:you|u|yall|ya|youre|ur(?= (?:gonna|going to|about to|all|so) )|theyre|he|she|they|someone|somebody|one of (?:you|your \\S+|them|those \\S+|these \\S+)|(?:${GROUP_ADJECTIVE} |(?:the|that|this|those|these|every|any|all|your|his|her|their) (?:\\S+ ){0,2}?)?${PEOPLE_S})`;
/** Guns and bombs: a knife or a bat taken to church may be for the cake or the game. */
const FIREARM =
  '(?:gun|guns|rifle|rifles|glock|pistol|shotgun|ak|ar15|bomb|bombs|explosives|pipe bomb|weapon|weapons)';
const WEAPON =
  '(?:gun|guns|knife|rifle|glock|strap|piece|ak|ar|shotgun|pistol|blade|machete|ar15|bomb|explosives|bat|bats|hammer|crowbar|tire iron|tire irons|louisville slugger|slugger)';

const BROAD_RULES_WRITTEN: WrittenRule<ThreatMatch['kind']>[] = [
  [
    'intent',
    new RegExp(
      `(?:^ | ${WHO_ACTS} (?:\\S+ ){0,2}?)${MARKER} (?:\\S+ ){0,3}?(?:${STRONG_HARM}|(?:start|starting|begin|go) ${STRONG_HARM_ING}) ${TARGET} `,
    ),
    [...firstWords(STRONG_HARM), ...firstWords(STRONG_HARM_ING)],
    MARKER_WORDS,
  ],
  [
    'wish',
    new RegExp(
      ` (?:${SUFFERER} (?:\\S+ ){0,4}?(?:(?:${MARKER}|better|deserves?|d better) (?:\\S+ ){0,2}?${OUTCOME}|${WILL_BE} (?:all )?${STRONG_DONE}|needs? a bullet|deserves? a bullet)|(?:youll|theyll) (?:all )?(?:${OUTCOME}|(?:be|get) (?:all )?${STRONG_DONE})) `,
    ),
    [
      'die',
      'dead',
      'end',
      'hurt',
      'shot',
      'killed',
      'stabbed',
      'coming',
      'bleed',
      'executed',
      'hanged',
      'bullet',
      'hands',
      'maker',
      'pay',
      'gutted',
      'dying',
      'burn',
      ...firstWords(STRONG_DONE),
    ],
    // A future, duty or wish: "will", "gonna", "should", "deserves", "better", "you'll".
    // prettier-ignore
    [
      'will', 'll', 'gonna', 'gon', 'going', 'goin', 'about', 'want', 'wanna', 'finna', 'gotta', 'got', 'need', 'needs',
      'should', 'must', 'lets', 'let', 'time', 'ready', 'plan', 'planning', 'cant', 'would', 'd', 'have', 'has',
      'better', 'deserve', 'deserves', 'ought', 'youll', 'theyll', 'love',
    ],
  ],
  // "I'll make sure every officer in this department dies"
  [
    'intent',
    new RegExp(
      ` (?:ill|i will|im gonna|im going to|we will|well|were gonna|were going to|imma|ima|gonna|going to) (?:\\S+ )?make sure ${SUFFERER} (?:\\S+ ){0,5}?(?:dies|die|is dead|are dead|ends? up dead|never (?:walks?|wakes? up|sees?|breathes?|goes home|go home|makes? it home)|(?:gets?|is|are) ${STRONG_DONE}) `,
    ),
    ['sure'],
  ],
  // "It's only a matter of time before someone shoots you": broad, as a hazard reads the same
  // ("…before someone kills a kid at that crossing").
  [
    'wish',
    new RegExp(
      ` matter of time (?:before|until|till) (?:someone|somebody) (?:kills|shoots|stabs|murders|hangs|lynches|executes|strangles|burns|bombs|guns down|blows up|puts a bullet in|beats) ${TARGET} `,
    ),
    ['matter'],
  ],
  // "I'm bringing a gun to the precinct tomorrow"
  [
    'intimidation',
    new RegExp(
      ` (?:bringing|bring|taking|carrying|showing up with|show up with) (?:a|my|the|our|some|his) ${FIREARM} (?:\\S+ )?(?:to|into|in) (?:the|your|ur|that|this|tomorrows|the next) (?:\\S+ )?(?:station|precinct|substation|headquarters|hq|school|church|mosque|synagogue|meeting|parade|rally|protest|city hall|courthouse|office) (?!(?:\\S+ ){0,6}?(?:buyback|buy back|turn (?:it |them )?in|register|registration|permit|license|inspection|safekeeping|surrender|dispose|disposal|drop (?:it |them )?off|hand (?:it |them )?in))`,
    ),
    firstWords(FIREARM),
  ],
  // "I'm shooting every cop I see tomorrow", "killing a cop tonight": the present for the future.
  [
    'intent',
    new RegExp(
      `(?:^ | (?:im|i am|were|we are|ill be|well be|imma be) (?:\\S+ )?)(?:${STRONG_HARM_ING} (?:every|any|all|the next|some|a few) (?:\\S+ ){0,2}?${PERSON_S}|${TIMED_HARM_ING} ${TARGET} (?:\\S+ ){0,3}?(?:tonight|tomorrow|today|this week|this weekend|on sight|next time|as soon as|when|if)) `,
    ),
    firstWords(STRONG_HARM_ING),
  ],
  // "Gonna be a lot of dead cops tomorrow", "there will be blood at the station"
  [
    'wish',
    new RegExp(
      ` (?:gonna|going to|will|ll) be (?:a lot of |lots of |some |more |plenty of |a few )?dead (?:${PERSON_S}) | there (?:will|is going to|is gonna|s gonna|s going to) be blood (?:at|in|on|tonight|tomorrow|today) | (?:your|their|his|her|the|cop|cops|pig) blood (?:will|is gonna|is going to|gonna) (?:be (?:on|in) the streets?|be everywhere|run|flow|spill|be spilled|be spilt) `,
    ),
    ['dead', 'blood'],
  ],
  // "This deputy won't see the weekend": a person, not a cake; not "won't see the weekend off"
  [
    'intimidation',
    new RegExp(
      ` (?:you|he|she|they|yall|(?:this|that|the|your) ${PEOPLE_S}) (?:will not|wont|aint gonna|is not gonna|isnt gonna|not gonna|never gonna|are not gonna|arent gonna) see (?:tomorrow|the weekend|christmas|next (?:week|month|year)|another (?:day|week)|morning|the sunrise|the end of the (?:week|month|year)) (?!(?:off|free|forecast|weather|sale|schedule|game|parade|event|results?|news|at|with|in|because|since|lol) )`,
    ),
    ['see'],
  ],
  // "Tonight we hunt Jews", "let's go hunting for deputies", "time for a Muslim hunt"
  [
    'wish',
    new RegExp(
      ` (?:we|i|lets|let s|time to|gonna|going to|go) (?:go )?(?:hunt|hunting|hunting for|hunt down|hunt for) ${PEOPLE} | time for (?:a|some|the) (?:${GROUP_ADJECTIVE} )?${PEOPLE_S} hunt `,
    ),
    ['hunt', 'hunting'],
  ],
  // "Die pigs die"
  ['wish', /^ die (?:\S+ ){0,2}?(?:pigs?|cops?|bitch|bitches|motherfuckers?|you|scum|traitors?) /, ['die']],
  // "I have a rifle and I know which car is yours"
  [
    'intimidation',
    new RegExp(
      ` (?:have|got|own|bought|carry|carrying|bring|bringing) (?:a|my|an|the|our) ${WEAPON} (?:\\S+ ){0,8}?(?:know|found|see|watching) (?:where|which|what|your|you|ur)`,
    ),
    firstWords(WEAPON),
  ],
  // "We're coming to the station tomorrow and we won't be peaceful"
  [
    'intimidation',
    / (?:we|i|yall|they) (?:\S+ ){0,8}?(?:wont|will not|aint gonna|not gonna|arent gonna) be (?:peaceful|nonviolent|non violent|nice about it)/,
    ['peaceful', 'nonviolent', 'violent', 'nice'],
  ],
  // "Somebody needs to teach these pigs a lesson with a bat" (not "are you going to arrest the guy
  // with the AR-15 stickers")
  [
    'wish',
    new RegExp(
      ` ${MARKER} (?!(?:\\S+ ){0,2}?(?:arrest|charge|ticket|cite|sue|catch|find|stop|help|thank|search|book|jail|investigate|identify|report|call|protect|save|rescue|disarm|question)s? )(?:\\S+ ){0,2}?\\S+ ${TARGET} (?:\\S+ ){0,6}?with (?:a|my|the|our|his|her) ${WEAPON} `,
    ),
    firstWords(WEAPON),
  ],
  // "Cops better watch out", "the sergeant is a dead man walking"
  [
    'intimidation',
    new RegExp(
      ` (?:you|yall|you all|(?:the |these |those |all |every |that |this |your )?(?:cops?|pigs?|officers?|police|deputies|deputy|sheriffs?|feds|sergeant|chief)) (?:\\S+ )?(?:better|d better|best) (?:watch out|watch yourselves|watch yourself|sleep with one eye open|lock (?:your|their) doors)| (?:a |one )?dead (?:man|men|woman|cop|pig) walking `,
    ),
    ['watch', 'sleep', 'lock', 'walking'],
  ],
  // "You will regret this when I find you"
  [
    'intimidation',
    / (?:when|once|till|until|wait till|wait until) (?:i|we) (?:find|catch|get my hands on|get ahold of) (?:you|u|yall|him|her|them|that \S+|the \S+|your \S+)/,
    ['find', 'catch', 'hands', 'ahold'],
  ],
  // "Next time I see that officer he is dead"
  [
    'conditional',
    / (?:if (?:i|we)|next time|when (?:i|we)|the day) (?:\S+ ){0,8}?(?:he is|hes|he s|she is|shes|she s|they are|theyre|you are|youre|your|ur) (?:a |so )?(?:dead|done for|dead meat)(?! (?:wrong|serious|tired|last|asleep))/,
    ['dead', 'done'],
  ],
  // "See what happens to your precinct", "you will pay" (not at the ballot box, nor in court)
  [
    'intimidation',
    new RegExp(
      ` (?:see|watch|wait and see) what (?:happens|will happen|is going to happen|gonna happen) to ${TARGET} | (?:you|yall|u|they|he|she) (?:will|ll|gonna|are going to|is going to) pay(?! (?:a|the|your|for the|taxes|tickets?|fines?|attention|respect|more|less|us|them|it forward|off|back|cash|money|rent|bills?))(?! (?:\\S+ ){0,8}?(?:ballot|ballots|polls|vote|votes|voting|election|elections|court|lawsuit|lawsuits|recall) )`,
    ),
    ['happens', 'happen', 'pay'],
  ],
  // "Cops deserve the same thing they give us, a bullet"
  [
    'wish',
    new RegExp(
      ` ${SUFFERER} (?:\\S+ ){0,2}?deserves? (?:\\S+ ){0,8}?(?:a bullet|bullets|the noose|a noose|the rope|a beating|to die|death|to be (?:slammed|body slammed|beaten|stomped|shot|choked|strangled|dragged|hanged|hung|lynched|burned|set on fire|thrown)) `,
    ),
    ['deserve', 'deserves'],
  ],
  // "I'll deal with him myself", "wait for the officer after his shift"
  [
    'intimidation',
    / (?:deal with|handle|take care of|settle this with) (?:you|him|her|them|that \S+|the \S+|your \S+) (?:myself|personally|ourselves|my way|the old fashioned way|outside)| (?:wait|waiting) (?:for|on) (?:\S+ ){0,3}?(?:after|outside|when) (?:his|her|your|their|the) (?:shift|work|house|home|station)/,
    ['myself', 'personally', 'ourselves', 'way', 'outside', 'shift', 'work', 'house', 'home', 'station'],
  ],
  // "Pull me over again and see if I don't smoke you"; "there will be a shooting at the chief's
  // press conference"
  [
    'intent',
    / see if (?:i|we) (?:dont|do not|wont|will not) (?:\S+ )?(?:smoke|shoot|kill|beat|stab|pop|drop|cap|blast|wreck|hurt|end|murder) (?:you|u|him|her|them|yall|that \S+|the \S+|your \S+|every (?:one|last one|single one) of (?:you|yall|them|em)|every \S+|all of (?:you|yall|them)) | there (?:will|is going to|s going to|is gonna|s gonna) be (?:a |another )?(?:shooting|bloodbath|massacre|bombing|explosion) (?:at|in|on|during) /,
    ['see', 'there'],
    [
      'smoke',
      'shoot',
      'kill',
      'beat',
      'stab',
      'pop',
      'drop',
      'cap',
      'blast',
      'wreck',
      'hurt',
      'end',
      'murder',
      'shooting',
      'bloodbath',
      'massacre',
      'bombing',
      'explosion',
    ],
  ],
  // "Somebody should teach that cop a lesson", "the only good cop is a dead cop", "the only good
  // deputy is one in a pine box"
  [
    'wish',
    new RegExp(
      ` (?:${MARKER}|imma|ima|ill) (?:\\S+ ){0,2}?teach ${TARGET} a lesson(?! (?:in|on|about))| (?:the )?only good (?:\\S+ )?(?:cops?|pigs?|officers?|\\S+) (?:is|are) (?:(?:a )?(?:dead|buried) (?:one|ones|\\S+)|(?:the )?ones? (?:in (?:a |the )?(?:pine box|pine boxes|body bags?|coffins?|caskets?|graves?|ground|morgue)|six feet under|floating|face down))|^ good (?:cop|cops|pig|pigs|officer|officers) (?:is |are |equals |means )?(?:a )?dead (?:cop|cops|pig|pigs|officer|officers|one|ones) `,
    ),
    ['lesson', 'good'],
  ],
  // "We should get rid of all immigrants": for groups of people, not for the police, where the
  // same words are a policy opinion ("get rid of the police").
  [
    'wish',
    / (?:get rid of|eliminate|exterminate|wipe out|remove|purge|cleanse|eradicate) (?:all |every |the |these |those )?(?:\S+ )?(?:women|men|girls|muslims|jews|christians|catholics|gays|gay people|lesbians|trans people|transgender people|blacks|black people|whites|white people|mexicans|asians|arabs|immigrants|refugees|foreigners|disabled people|jewish people|hispanics|latinos|indians|africans)\b/,
    ['rid', 'eliminate', 'exterminate', 'wipe', 'remove', 'purge', 'cleanse', 'eradicate'],
  ],
  // "I'll beat him senseless", "I will break every bone in that cop's body", "blow your brains out"
  [
    'intent',
    new RegExp(
      ` (?:${MARKER}|imma|ima|ill|well|i swear|gonna) (?:\\S+ ){0,8}?(?:(?:beat|fuck|mess|rough|jack) ${TARGET} up|knock ${TARGET} out|(?:beat|smash|bash|kick|stomp|pound|knock) ${TARGET} (?:senseless|until|till|so bad|so hard|to death|half to death|bloody|black and blue|unconscious|into the ground|into a coma|within an inch)|(?:blow|bash|smash|cave|kick|whoop|beat|knock|break|snap|cut|slit|slice|rip) (?:out |in |off )?(?:your|his|her|their|ur|yo|every|(?:that|the|this) \\S+) (?:\\S+ ){0,4}?(?:brains?|heads?|skulls?|faces?|necks?|throats?|bones?|legs?|arms?|jaw|teeth|knees?|kneecaps|spine|ass|asses))`,
    ),
    [
      'up',
      'out',
      'until',
      'till',
      'bad',
      'hard',
      'ass',
      'senseless',
      'death',
      'bloody',
      'blue',
      'unconscious',
      'ground',
      'coma',
      'inch',
      'brains',
      'brain',
      'head',
      'heads',
      'skull',
      'skulls',
      'face',
      'faces',
      'neck',
      'necks',
      'throat',
      'throats',
      'bone',
      'bones',
      'leg',
      'legs',
      'arm',
      'arms',
      'jaw',
      'teeth',
      'knee',
      'knees',
      'kneecaps',
      'spine',
    ],
    // prettier-ignore
    ['beat', 'fuck', 'mess', 'rough', 'jack', 'knock', 'smash', 'bash', 'kick', 'stomp', 'pound', 'blow', 'cave', 'whoop', 'break', 'snap', 'cut', 'slit', 'slice', 'rip'],
  ],
  // "I'll be at your house tonight", "a bullet with your name on it", "won't live to see Christmas"
  [
    'intimidation',
    / (?:ill|i will|we will|well|im gonna|were gonna|im coming|were coming|coming) (?:be )?(?:at|to|by) (?:your|ur) (?:house|home|place|door|front door|kids school)| (?:bullet|round|one) with (?:your|his|her|their|ur) name on it| (?:will not|wont|aint gonna|not gonna|never gonna) (?:live to see|make it to) (?:christmas|tomorrow|next \S+|another \S+|the weekend|his|her|your|their)| (?:have|got|saved|saving|keeping) (?:a|one) bullet for (?:you|yall|him|her|them|every|each|all|that|the|your) /,
    ['house', 'home', 'place', 'door', 'school', 'name', 'live', 'make', 'bullet'],
  ],
  // "Pray the next bullet finds your chest"
  [
    'wish',
    / (?:bullet|bullets|knife|blade|round|rounds) (?:\S+ ){0,2}?(?:finds?|hits?|goes through|go through|in|into|through|between) (?:your|his|her|their|the|ur) (?:\S+ )?(?:head|chest|skull|face|heart|eyes|back|brain|neck|throat|gut|skulls|heads)/,
    ['bullet', 'bullets', 'knife', 'blade', 'round', 'rounds'],
  ],
];

const matchRules = createGatedRules(BROAD_RULES_WRITTEN);

export function findBroadThreats(comment: CommentView): ThreatMatch[] {
  const found: ThreatMatch[] = [];
  matchRules(threatView(comment), (match, kind) => found.push({ ...match, kind, broad: true }));
  return found;
}
