import { findPhrase, testPhrase, type CommentView, type RuleMatch } from './comment-view';
import { createGatedRules, type WrittenRule } from './gated-rules';
import { gated } from './pattern-gate';
import type { ThreatKind, ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';

/**
 * Threats said in the set phrases angry people reach for, which name no violent verb the other
 * rules know: "somebody should finish the job", "lets pay him a visit with bats", "next time I
 * won't miss", "next one better aim for the head", "drop the report or I drop you", "enough to
 * level your whole HQ", "if that deputy pulls me over again he's not going home to his family";
 * and veiled menaces: "would hate for anything to happen to her", "better start looking over
 * their shoulders", "think about who you're gonna leave behind". Each phrase is innocent somewhere ("finish the job" of a contractor, "won't miss the parade",
 * "drop you off"), so each is held to the words that make it a threat. threat-context.ts
 * defuses them like any other rule's match.
 */

const BUILDING =
  '(?:hq|headquarters|station|precinct|sheriffs office|courthouse|jail|substation|department|building|office|house|cruiser|cruisers|squad cars?|patrol cars?)';
const WEAPONS =
  '(?:bats?|baseball bats?|guns?|pipes?|lead pipes?|crowbars?|hammers?|tire irons?|knives|machetes?|rifles?|shotguns?|chains?|pistols?|9s|straps)';

/** Police and the people around them a set phrase may aim at. */
const POLICE =
  '(?:cop|cops|pig|pigs|officer|officers|deputy|deputies|trooper|troopers|sergeant|sarge|chief|sheriff|dispatcher|detective|warden|snitch)';

const IDIOM_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "lets all pay him a visit with bats", "paying that deputy a little visit with the boys and some pipes"
  [
    'wish',
    new RegExp(
      ` (?:pay|paying|pays|payed|paid|make) (?:\\S+ ){1,3}?a (?:\\S+ )?visit (?:\\S+ ){0,4}?with (?:a |some |our |my |the |his |a few |couple )?${WEAPONS}(?= )`,
    ),
    ['pay', 'paying', 'pays', 'payed', 'paid', 'make'],
    ['visit'],
  ],
  // "next time I won't miss", "la proxima vez no voy a fallar": a shot that missed, promised again
  // (not "won't miss the parade", "won't miss it for the world").
  [
    'intent',
    / (?:next time|la proxima vez|la proxima|next round|round two) (?:\S+ ){0,2}?(?:i wont|i will not|ill not|im not gonna|im not going to|i aint gonna|we wont|no voy a|no vamos a|no pienso) (?:miss|fallar)(?! (?:the|a|an|it|this|that|my|your|our|any|another|one|out|work|school|class|practice|church|mass|dinner|lunch|breakfast|bus|deadline|game|parade|show|meeting|them|him|her|you|u|yall|el|la|los|las|un|una|nada)(?= ))/,
    ['next', 'proxima', 'round'],
    ['miss', 'fallar'],
  ],
  // "next one better aim for the head", "the next guy should aim for his face"
  [
    'wish',
    / next (?:one|guy|time|person|shooter|driver|man)(?: \S+){0,2}? (?:better|should|needs to|gotta|oughta|had better|will) (?:\S+ )?aim (?:for|at) (?:the|his|her|their|your|ur) (?:head|heads|face|heart|neck|chest)(?= )/,
    ['next'],
    ['aim'],
  ],
  // "drop the report or I drop you", "give me back my boat or I sink yours with you on it"
  // (not "or I'll drop you off", "or we bury you in paperwork", "or we bury you economically")
  [
    'intent',
    / (?:or|else|or else) (?:i|ill|i will|we|well|we will|im gonna|imma|ima|im going to) (?:drop|sink|bury|end|smoke|pop|clap|wet|waste|drown|torch|merk|body|lay) (?:you|u|yours|him|her|them|yall|ya)(?! (?:off|at|a line|a note|a text|a message|in (?:paperwork|court|lawsuits|the polls|votes|the ratings)|economically|politically|financially|legally|from|out of|off of|on (?:the|my) way))(?= )/,
    ['or', 'else'],
    [
      'drop',
      'sink',
      'bury',
      'end',
      'smoke',
      'pop',
      'clap',
      'wet',
      'waste',
      'drown',
      'torch',
      'merk',
      'body',
      'lay',
    ],
  ],
  // "we got enough to level your whole HQ", "enough tannerite in the barn to make the sheriffs
  // office a crater", "turn that station into a smoking hole"
  [
    'bomb',
    new RegExp(
      ` enough (?:\\S+ ){0,5}?to (?:level|flatten|blow up|take out) (?:your|ur) (?:whole |entire )?${BUILDING}| (?:make|turn|leave|left|turning|making) (?:your|ur|the|that|this) (?:whole |entire )?${BUILDING} (?:into )?(?:a |an )?(?:crater|smoking hole|pile of rubble|rubble|pile of ash|ashes)(?= )`,
    ),
    ['enough', 'make', 'turn', 'leave', 'left', 'turning', 'making'],
    ['level', 'flatten', 'blow', 'take', 'crater', 'hole', 'rubble', 'ash', 'ashes'],
  ],
  // "if that deputy pulls me over again hes not going home to his family": a death promised
  // (not the drunk driver who "isn't going home tonight, he's going to jail").
  [
    'conditional',
    / (?:if|next time|one more time) (?:\S+ ){1,14}?(?:hes|shes|theyre|he is|she is|they are|he aint|she aint|they aint|he wont be|she wont be|they wont be|he will not be) (?:not |never )?(?:going|gonna go|gonna be going|getting|making it|coming|walking) (?:back )?home (?:to (?:his|her|their) (?:family|families|wife|kids|husband|babies|children)|alive|in one piece|breathing|on (?:his|her|their) feet)(?= )/,
    ['if', 'next', 'more'],
    ['home'],
  ],
  // "Would hate for anything to happen to her", "be a shame if something happened to your boy"
  [
    'intimidation',
    / (?:would|d|id|i would|we would|wed) hate for (?:anything|something) (?:bad )?to happen to (?:you|u|him|her|them|yall|your \S+|ur \S+|his \S+|her \S+|that \S+)(?= )/,
    ['hate'],
    ['happen'],
  ],
  // "those deputies better start looking over their shoulders" (not "always look over your
  // shoulder when you jog at night", advice with no "better")
  [
    'intimidation',
    / better (?:start |be |keep )?(?:looking|look|watching|watch) over (?:your|ur|their|his|her) shoulders?(?= )/,
    ['better'],
    ['shoulder', 'shoulders'],
  ],
  // "you should start thinking about who you're gonna leave behind"
  [
    'intimidation',
    / (?:think|thinking) about who (?:youre|you are|youll|you will|hes|he is|shes|she is|theyre|they are) (?:gonna |going to )?(?:leave|leaving) behind(?= )/,
    ['think', 'thinking'],
    ['behind'],
  ],
  // "you're not always in uniform, officer. remember that" (not "you're not always gonna be on
  // duty so enjoy the parade": the menace is in the reminder)
  [
    'intimidation',
    / (?:youre|you are|ur|u r|hes|he is|shes|she is|theyre|they are) not always (?:in (?:uniform|that uniform|that cruiser)|on duty|behind (?:that|the|your) badge) (?:\S+ ){0,2}?(?:remember that|think about that|keep that in mind|just saying|dont forget that|never forget that)(?= )/,
    ['not'],
    ['remember', 'think', 'keep', 'saying', 'forget'],
  ],
  // "You have a nice family. Keep them close.", "that gray Tahoe you park on Oak St every night.
  // Cute. We noticed." (the comment ends on it), "we know how many of you are in there at 3am"
  [
    'intimidation',
    / (?:you have|you got|youve got|such) a (?:nice|beautiful|pretty|lovely|cute|sweet) (?:family|wife|daughter|son|little girl|little boy|house|home) (?:\S+ ){0,12}?(?:keep (?:them|em|her|him|it) close|(?:would )?be a shame|would hate|we noticed|i noticed)(?= )| you (?:park|parked|parks|leave|left) (?:\S+ ){1,12}?(?:we|i) noticed(?= $)| we know (?:how many of you (?:are|r) (?:in there|inside|on shift|on duty|working nights|there at)|what time you (?:leave|get off|go home)|which (?:house|car|truck) is yours|where you (?:live|sleep))(?= )/,
    ['have', 'got', 'youve', 'such', 'park', 'parked', 'parks', 'leave', 'left', 'know'],
    [
      'family',
      'wife',
      'daughter',
      'son',
      'girl',
      'boy',
      'house',
      'home',
      'noticed',
      'many',
      'time',
      'which',
      'where',
    ],
  ],
  // "next traffic stop i aint pulling over im pulling my gun", "I'll pull my piece on him"
  [
    'intent',
    / (?:im|i am|ill|i will|imma|ima|im gonna|im going to|gonna) (?:pull|pulling|draw|drawing|pull out|pulling out) (?:my|a|the) (?:gun|piece|pistol|strap|glock|heater|blade|knife|9|rifle)(?! (?:out of|from|off|at the range|to the range|for (?:the|a) (?:range|class|safety)))(?= )/,
    ['im', 'am', 'ill', 'will', 'imma', 'ima', 'gonna'],
    ['pull', 'pulling', 'draw', 'drawing'],
  ],
  // "next month city hall gets a real boom to go with it" (not "the stadium gets a big boom on
  // the 4th": fireworks defuse a bomb, threat-context.ts)
  [
    'bomb',
    new RegExp(
      ` (?:${BUILDING}|city hall|courthouse|stadium|checkpoint) (?:\\S+ ){0,2}?(?:gets|getting|will get|gonna get|is gonna get|is getting|about to get|bout to get|gon get) a (?:real |big |nice |little |loud |huge )?(?:boom|kaboom|bang)(?= )`,
    ),
    ['gets', 'getting', 'get'],
    ['boom', 'kaboom', 'bang'],
  ],
  // "my fist. your teeth. Officer K. saturday", "my boot, his face"
  [
    'intent',
    / my (?:fist|fists|boot|boots|bat|knuckles|blade|knife|bullet|bullets|glock) (?:your|ur|his|her|their) (?:face|teeth|skull|head|jaw|throat|chest|knees|kneecaps)(?= )/,
    ['my'],
    ['face', 'teeth', 'skull', 'head', 'jaw', 'throat', 'chest', 'knees', 'kneecaps'],
  ],
  // "someone dox this pig so we can all go pay him a visit", "get me his address and we'll pay
  // him a visit"
  [
    'wish',
    / (?:dox|doxx|doxxing|doxing|address|where (?:he|she|they) (?:lives?|sleeps?)) (?:\S+ ){0,8}?(?:pay|paying) (?:him|her|them|em|(?:that|the|this) \S+) a (?:\S+ )?visit(?= )/,
    ['dox', 'doxx', 'doxxing', 'doxing', 'address', 'where'],
    ['visit'],
  ],
  // "Planted something under the ferry dock. better find it before the 6:15 boat", "left a
  // little present in the lobby, tick tock"
  [
    'bomb',
    / (?:planted|left|hid|hidden|put|placed|dropped) (?:something|a (?:little )?(?:surprise|present|package|gift|device)) (?:\S+ ){0,2}?(?:under|in|at|inside|on|behind) (?:(?:\S+ ){0,5}?(?:better find it|find it before|tick tock|you have until)|(?:\S+ ){0,12}?(?:good luck finding it|it goes off))(?= )/,
    ['planted', 'left', 'hid', 'hidden', 'put', 'placed', 'dropped'],
    ['find', 'finding', 'tick', 'until', 'goes'],
  ],
  // From dev batches 72–78. "one of you is going home in a bag this week", "hes leaving in a
  // bag" (not groceries, "a bag of ice", a sleeping bag)
  [
    'intent',
    new RegExp(
      ` (?:one of (?:you|yall|u|them|em)|you|u|yall|youre|he|hes|she|shes|they|theyre|somebody|someone|(?:a|the|that|this|some|every|your|ur) (?:\\S+ )?${POLICE}) (?:\\S+ ){0,3}?(?:going home|goes home|go home|leaving|leaves|leave|coming out|comes out|come out) in (?:a |the )?(?:body )?bags?(?! of)(?= )`,
    ),
    ['bag', 'bags'],
  ],
  // "that radar car's getting flipped with you in it", "your patrol boat is going to the bottom of
  // the cove with you strapped to it", "I'm running that deputy's cruiser off the levee with him in it":
  // a thing wrecked to come, with its owner inside
  [
    'intent',
    new RegExp(
      ` (?:getting|gets|get|gonna|going|will|about to|bout to|finna|ill|well|imma|im|were) (?:\\S+ ){0,5}?(?:flipped|flip|sunk|sink|to the bottom|torched|torch|burned|burnt|burn|lit up|light up|blown up|blow up|crushed|crush|rolled|off (?:a|the) (?:cliff|levee|bridge|pier|dock|road|grade|overpass)|in the river|in the lake|in the bay|on fire|up in flames) (?:\\S+ ){0,6}?with (?:you|u|him|her|them|em|yall|your (?:family|kids|wife|husband)|the ${POLICE}) (?:still )?(?:in it|inside|in there|strapped|tied|chained|locked in)(?= )`,
    ),
    ['with'],
    ['inside', 'in', 'strapped', 'tied', 'chained', 'locked'],
  ],
  // "Only one of us walks out of that alley" (not "…out with the trophy", "…out of bed")
  [
    'intent',
    / only one of us (?:is |will |gonna |going to )?(?:walk|walks|walking|come|comes|coming|get|gets|getting|make it|makes it|making it) (?:out|away)(?! with| of (?:bed|work|school|class|debt|the (?:hole|house|car|water|pool)))(?= )| only one of us (?:is |will |gonna )?(?:leaves|leaving|survives|surviving|lives through) (?:this|that|alive|it)(?= )/,
    ['only'],
    ['us'],
  ],
  // "the new deputy … is gonna catch these hands and then some" (not in a game or the ring)
  [
    'intent',
    / (?:gonna|going to|gon|finna|bout to|about to|boutta|will|ll|is|are|can) (?:\S+ )?catch (?:these|my|some) hands(?! (?:in|at|on) (?:the |a )?(?:2k|madden|fortnite|smash|game|games|practice|sparring|ring|boxing|class|court|field|gym))(?= )/,
    ['hands'],
    ['catch'],
  ],
  // "next cop I see … is getting hot coffee in his face", "he's getting a bottle across his head",
  // "…is getting a hollow point between the eyes", "the jailer … is getting his jaw broke"
  // (not a pie in the face at the fundraiser, sun in her face)
  [
    'intent',
    new RegExp(
      ` (?:(?:${POLICE}|jailer|guard|ranger|marshal)|you|u|yall) (?:\\S+ ){0,12}?(?:is|are|hes|shes|theyre|youre|gonna|going to|will|about to|bout to) (?:be )?(?:getting|get|gets|catching|catch|eating|eat) (?!(?:\\S+ ){0,4}?(?:pie|pies|cream|cake|water|balloons?|confetti|sun|sunlight|wind|snow|rain|light|flashlights?|glare|smoke|makeup|paint|glitter|slime|bugs|mosquitos|mask) )(?:(?:\\S+ ){0,4}?(?:in|across|upside|into|over) (?:his|her|your|ur|their|the|yo) (?:face|head|skull|teeth|mouth|jaw|dome|neck|grill)|(?:\\S+ ){0,4}?between the eyes|(?:his|her|your|ur|their) (?:jaw|nose|neck|legs|arms|ribs|kneecaps|knees|skull) (?:broke|broken|busted|snapped|cracked|caved in))(?= )`,
    ),
    ['getting', 'get', 'gets', 'catching', 'catch', 'eating', 'eat'],
    [
      'face',
      'head',
      'skull',
      'teeth',
      'mouth',
      'jaw',
      'dome',
      'neck',
      'grill',
      'eyes',
      'nose',
      'legs',
      'arms',
      'ribs',
      'kneecaps',
      'knees',
    ],
  ],
  // "sent a package to the front desk … dont open it 😂💣", "I'll have a present for every uniform
  // in the building 💣"
  [
    'bomb',
    / (?:sent|sending|send|left|leaving|leave|have|got|bringing|bring|dropping|drop|dropped) (?:a |an |some |the )?(?:little |lil |special |big )?(?:package|present|gift|surprise|box|regalito)(?! card)(?= (?:\S+ ){0,14}?💣)/,
    ['package', 'present', 'gift', 'surprise', 'box', 'regalito'],
    ['💣'],
  ],
  // "Cop killers are heroes and this town needs more of them" (not "cop killers are cowards")
  [
    'wish',
    / (?:cop|pig|police|officer) ?killers? (?:are|r|is|were) (?:real |true |the real |our )?(?:heroes|hero|legends|legend|patriots|saints)(?= )| (?:need|needs|want) (?:a lot )?more (?:cop|pig|police) ?killers(?= )/,
    ['killer', 'killers', 'copkiller', 'copkillers', 'pigkillers'],
  ],
  // "who's going to finally take care of Deputy R?", "real men would've already taken care of that
  // chief" (not "can someone take care of the K9 officer's dog")
  [
    'wish',
    new RegExp(
      ` (?:someone|somebody|anyone|anybody|who|whos|real men|real ones|yall) (?:\\S+ ){0,5}?(?:take|takes|taken|taking|took) care of (?:(?:that|the|this|those|these|every|our) (?:\\S+ )?)?${POLICE}(?! (?:dog|dogs|k9|kids|family|cat|horse|house|yard|lawn|car|truck|paperwork|funeral|memorial|widow|children|wife|husband|mom|dad|parents|garden|pets?|plants?|bills?))(?= )`,
    ),
    ['care'],
    ['someone', 'somebody', 'anyone', 'anybody', 'who', 'whos', 'men', 'ones', 'yall'],
  ],
  // "The chief has 48 hours to resign or I blow up the city hall parking garage": an ultimatum
  // against a building
  [
    'bomb',
    new RegExp(
      ` (?:or|else|or else) (?:i|ill|i will|we|well|we will|im gonna|imma|ima|im going to) (?:blow up|bomb|torch|burn down|shoot up|firebomb) (?:\\S+ ){0,4}?(?:${BUILDING}|garage|parking garage|city hall|school|stadium)(?= )`,
    ),
    ['or', 'else'],
    ['blow', 'bomb', 'torch', 'burn', 'shoot', 'firebomb'],
  ],
  // "Pull me over again and you get the .45 from my glovebox instead of my registration"
  [
    'intent',
    / (?:(?:you|u|yall) (?:will |ll |gonna |are gonna |re gonna )?(?:get|getting|gets)|(?:ill|imma|ima|im gonna|im going to|i will) (?:be )?(?:reach|reaching|grab|grabbing|pull|pulling|going for|goin for|hand|handing)) (?:\S+ ){0,4}?(?:45|9|9mm|glock|gun|pistol|piece|strap|blicky|revolver|38|357|40|shotgun|rifle|knife) (?:\S+ ){0,4}?instead of (?:my|the|your|ur) (?:license|registration|id|insurance|papers|wallet|paperwork)(?= )/,
    ['instead'],
  ],
];

const matchIdioms = createGatedRules(IDIOM_WRITTEN);

/**
 * "somebody should finish the job", "should of finished him", "just finish it": innocent of a
 * contractor or a game, a threat only where the comment tells of an attack on someone ("the guy
 * who attacked the officer should of finished the job") or tells the finder not to call for help.
 */
const FINISH_THE_JOB = gated(
  / (?:should|shoulda|should of|should have|shouldve|oughta|ought to|better|needs? to|gotta|has to|have to|just|go|this time|next time|come back and|backed up and|back up and) (?:\S+ ){0,2}?(?:finish|finished|finishes) (?:the job|him|her|them|em|it|what \S+ started|(?:that|the) (?:cop|officer|deputy|pig|trooper|sergeant))(?: off)?(?= )/,
);
const ATTACK_TOLD = gated(
  / (?:(?:attacked|attacking|attacks|shot|shooting|shoots|stabbed|stabbing|wounded|ambushed|jumped|beat|beaten|beating|ran over|run over|rammed|hit|hits|hitting) (?:at )?(?:the |that |a |an |this |his |her |our |one of (?:the|our|your|those) )?(?:\S+ )?(?:cop|cops|officer|officers|deputy|deputies|trooper|troopers|sergeant|sarge|police|cruiser|squad car|patrol car|pig|pigs|him|her|them|chief|sheriff|detective|guard|guards)|(?:dont|do not|nobody|no one) (?:\S+ )?call (?:911|an ambulance|for help)|let (?:him|her|them) bleed|(?:sent|put) (?:\S+ ){1,3}?(?:to|in) the (?:er|hospital|icu)) /,
);

function findFinishedJob(view: CommentView): RuleMatch | undefined {
  if (!testPhrase(view, FINISH_THE_JOB) || !testPhrase(view, ATTACK_TOLD)) return undefined;
  return findPhrase(view, FINISH_THE_JOB);
}

/** The threats of this file, in rule order. */
export function findThreatIdioms(comment: CommentView, found: ThreatMatch[]) {
  // Slips read as words, as the threat context reads them (threat-slips.ts).
  const view = threatView(comment);
  matchIdioms(view, (match, kind) => found.push({ ...match, kind }));
  const finished = findFinishedJob(view);
  // The attack it builds on is told as news ("the man who attacked…"): that is no report of
  // the call itself.
  if (finished) found.push({ ...finished, kind: 'wish', onReportedAttack: true });
}
