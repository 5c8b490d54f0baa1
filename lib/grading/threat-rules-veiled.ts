import { phraseOf, sentenceStarts, spanOfMatch, type CommentView, type RuleMatch } from './comment-view';
import { compactPattern } from './compact-pattern';
import { gated, mayMatch } from './pattern-gate';
import { createGatedRules, firstWords, type WrittenRule } from './gated-rules';
import { HARM, HARM_DONE, type ThreatKind, type ThreatMatch } from './threat-rules';
import { matchIntimidation } from './threat-rules-intimidation';
import { findAftermathThreats } from './threat-rules-aftermath';
import { findThreatIdioms } from './threat-rules-idioms';
import { findWishedHarm } from './threat-rules-wished-harm';
import { matchSpanishThreats } from './threat-rules-spanish';
import { SUBJECT, TARGET } from './threat-targets';

/**
 * Threats that name no violent verb aimed at a person, or give an order: veiled threats ("would
 * be a shame if it burned down with your family inside", "bring a body bag", "a bullet with your
 * name on it"), arms ("I have explosives"), Spanish phrasings, and orders at the start of a
 * sentence ("Kill the moderator.", "Torch every patrol car."). threat-context.ts defuses them
 * like any other.
 */

const WEAPON =
  '(?:gas can|can of gas|can of gasoline|gasoline|lighter|molotov|molotovs|matches|gun|guns|rifle|knife|bat|machete|bomb|explosives|glock|shotgun|pistol|ar15|ak|9mm|piece|strap|hammer|axe|brass knuckles|crowbar|12 gauge|shotgun loaded)';
/** Why a weapon may be mentioned harmlessly: the range, a class, a buyback. */
const ARMS_ERRAND =
  '(?:range|hunting|hunt|class|course|buyback|buy back|gun show|safety|registration|register|permit|inspection|turn in|drop off|safe|locked|season|lesson|lessons)';

/** What someone else does to a victim, for bounties: "whoever shoots…", "anyone who knocks off…". */
const DONE_BY_SOMEONE =
  '(?:kills|shoots|stabs|murders|hangs|lynches|executes|strangles|burns|bombs|guns down|blows up|beats|knocks off|takes out|offs|whacks|snipes|runs over)';

const VEILED_WRITTEN: WrittenRule<ThreatKind>[] = [
  // An officer's family or car watched, with a word that makes it a menace: "your kids get out of
  // school at 3:15 right? just checking", "saw your son at practice at the rink. good skater.
  // would be a shame", "that dispatcher parks her red jeep in the same spot every day. real
  // predictable"; "I followed that cruiser home last night"; "keep checking your mirrors deputy"
  [
    'intimidation',
    new RegExp(
      ` (?:your|ur|his|her|the (?:chiefs|sheriffs|sergeants|deputys|officers|detectives|judges|dispatchers|troopers|captains|lieutenants|cops)|(?:chiefs|sheriffs|sergeants|deputys|officers|detectives|judges|dispatchers|troopers|cops)) (?:kids?|sons?|daughters?|wife|wifes|husband|husbands|family|familys|children|boy|girl|little ones?) (?:\\S+ ){0,30}?(?:just (?:an? )?(?:observation|asking|checking|fyi|so (?:everyone|everybody|you|yall) knows?)|real predictable|(?:would )?be a (?:real )?shame(?! to )|cute (?:school|kids?|costumes?|house)|real dark|lots of windows|small (?:town|world)|same spot every (?:day|week|morning|night|sunday)|keep (?:them|em) close|good (?:skater|arm|swimmer|hitter|player|kicker)|nice (?:quiet )?neighborhood|see (?:yall|you|ya|u|them) there) | (?:parks?|parked|parking|leaves|drives?) (?:his|her|their|the) (?:\\S+ ){0,2}?(?:truck|car|jeep|cruiser|suv|van|minivan|motorcycle|bike) (?:\\S+ ){0,8}?(?:same spot|same place|every (?:morning|day|night|shift)) (?:\\S+ ){0,12}?(?:real predictable|predictable|interesting(?= $)|just (?:an? )?(?:observation|fyi|so (?:everyone|everybody|you|yall) knows?)|(?:would )?be a (?:real )?shame(?! to )|accidents happen|real dark) |(?:^| (?:i|we)(?: \\S+)?) (?:followed|tailed|trailed) (?:(?:that|the|your|ur|his|her) )?(?:\\S+ )?(?:cruiser|cop|deputy|officer|sergeant|detective|trooper|car|truck|unit|patrol car|squad car) (?:\\d+ )?(?:all the way )?home | keep checking (?:your|ur) (?:mirrors?|rearview|rear view|back seat|six)(?= )| (?:updated|update|check|checked|up) (?:your|ur) life insurance `,
    ),
    [
      'observation',
      'asking',
      'checking',
      'fyi',
      'knows',
      'know',
      'predictable',
      'shame',
      'cute',
      'dark',
      'windows',
      'town',
      'world',
      'spot',
      'close',
      'skater',
      'arm',
      'swimmer',
      'hitter',
      'player',
      'kicker',
      'there',
      'neighborhood',
      'interesting',
      'happen',
      'followed',
      'tailed',
      'trailed',
      'insurance',
    ],
  ],
  // "teach him a lesson he won't walk away from", "a visit he won't recover from", "a lesson he
  // doesn't wake up from"; "pipe bomb in
  // the arena sunday. dont come"; "I got 40 rounds and a list of names"; "a scope and a lot of patience"
  [
    'intimidation',
    / (?:lesson|visit|beating|beatdown|whooping|ass whooping) (?:he|she|they|you|u|yall) (?:wont|will not|will never|aint gonna|not gonna|isnt gonna|cant|cannot|wouldnt|doesnt|dont|never) (?:ever )?(?:walk away from|recover from|survive|come back from|get up from|wake up from|live through)| (?:rounds|bullets|ammo|shells|mags) and a list(?= )| (?:a|my) scope and (?:a lot of |plenty of |all the )?(?:patience|time)(?= )/,
    ['lesson', 'visit', 'beating', 'beatdown', 'whooping', 'list', 'scope'],
  ],
  // "there's pipe bombs under 3 squad cars", "three devices hidden in city hall", "Bomb on the
  // riverboat. Set for 9pm"; "your house sure is quiet when you're gone"; "a good time for
  // accidents"; "payback… won't be in a courtroom"
  [
    'bomb',
    / (?:there (?:is|are|s|re)|theres|therere) (?:a |some |\d+ |two |three |a few |a couple )?(?:pipe )?bombs? (?:under|in|on|inside|at|planted) | (?:devices?|explosives|ieds?) (?:hidden|planted|placed|rigged) (?:under|in|on|inside|at) | (?:bomb|bombs|device|ied) (?:\S+ ){0,6}?(?:set for|set to go off|goes off at|going off at|timed for) /,
    ['there', 'theres', 'therere', 'set', 'goes', 'going', 'timed', 'hidden', 'planted', 'placed', 'rigged'],
    ['bomb', 'bombs', 'device', 'devices', 'explosives', 'ied', 'ieds'],
  ],
  [
    'intimidation',
    / (?:your|ur) (?:house|home|place|wife|family|kids) (?:\S+ ){0,3}?(?:quiet|empty|alone|by (?:herself|themselves|itself)) when (?:you|youre|ur|you are) (?:gone|away|at work|on shift|working|on nights)| (?:good|great|perfect) (?:time|night|season|day|week) for (?:an? )?accidents?(?= )| (?:wont|will not|aint gonna|not gonna|isnt gonna) be (?:in|through|by) (?:a |the )?(?:courtroom|court|courts|lawsuit|judge)(?= )/,
    [
      'quiet',
      'empty',
      'alone',
      'herself',
      'themselves',
      'itself',
      'accident',
      'accidents',
      'courtroom',
      'court',
      'courts',
      'lawsuit',
      'judge',
    ],
  ],
  [
    'bomb',
    / (?:pipe bombs?|bombs?(?! (?:squad|squads|threat|threats|dog|dogs|scare|scares|tech|techs|unit|sniffing|disposal))|ieds?|explosives?(?! (?:unit|team|dog|dogs|detection))) (?:\S+ ){0,8}?(?:dont come|do not come|stay home|stay away|youve been warned|you have been warned|keep (?:your|ur) kids home)(?= )/,
    ['bomb', 'bombs', 'ied', 'ieds', 'explosive', 'explosives'],
  ],
  // "Would be a shame if something happened to your family"
  [
    'intimidation',
    / (?:be a|be such a|d be a|real|such a|what a)? ?(?:shame|pity) if (?:\S+ ){0,8}?(?:happened to|burned|burnt|caught fire|blew up|exploded|went up in flames|got hurt|had an accident|burned down|burnt down|surprise|accident) /,
    ['shame', 'pity'],
  ],
  // "Bring a body bag", "better order a coffin"
  [
    'intimidation',
    / (?:better|should|go|you|u|yall|gonna need to|need to|will need) (?:bring|get|order|buy|pick out|book) (?:a |some |an extra |your |ur |the )?(?:body bags?|coffins?|caskets?|tombstones?|headstones?|funeral) /,
    ['bag', 'bags', 'coffin', 'coffins', 'casket', 'caskets', 'tombstone', 'headstone', 'funeral'],
  ],
  // "I got a bullet with your name on it", "something with your name on it. 9mm."
  [
    'intimidation',
    / (?:bullets?|rounds?|slugs?|lighter|match|matches|molotov|bomb) (?:\S+ ){0,2}?with (?:your|ur|his|her|their|yo|the \S+) names? on (?:it|them)| with (?:your|ur|his|her|their|yo) names? on (?:it|them) (?:\S+ ){0,4}?(?:9mm|glock|gun|bullets?|rifle|pistol|ammo|45)| (?:9mm|glock|gun|rifle|pistol|ammo|gas|gasoline) (?:\S+ ){0,8}?with (?:your|ur|his|her|their|yo|the \S+) names? on (?:it|them)/,
    ['name', 'names'],
  ],
  // "I know when your shift ends"
  [
    'intimidation',
    / (?:i|we) (?:\S+ )?(?:know|kno|found out|figured out|know exactly) (?:when|what time) (?:your|ur|you|u|his|her|the) (?:\S+ )?(?:shift|shifts|get off|gets off|clock out|clocks out|leave|leaves|go home|goes home|get home|gets home)/,
    ['when', 'time'],
    ['shift', 'shifts', 'off', 'out', 'leave', 'leaves', 'home'],
  ],
  // "I'm sharpening my knife for the Jews who hang out downtown", "…shotgun loaded, and I will use it"
  [
    'intimidation',
    new RegExp(
      ` (?:sharpening|sharpen|sharpened|loading|load|loaded|cleaning|oiling|oiled|bringing|bring|packing|carrying) (?:up )?(?:my|the|our|a) (?:knife|knives|blade|machete|axe|hatchet|gun|guns|rifle|shotgun|pistol|glock|ar15|ak) (?:\\S+ ){0,6}?for ${TARGET} | (?:knife|blade|machete|gun|shotgun|rifle|pistol|glock|bat) (?:\\S+ ){0,8}?(?:and )?(?:i will|ill|im gonna|im going to|i am going to|i swear ill) (?:\\S+ )?use (?:it|them) `,
    ),
    [
      'sharpening',
      'sharpen',
      'sharpened',
      'loading',
      'load',
      'loaded',
      'cleaning',
      'oiling',
      'oiled',
      'bringing',
      'bring',
      'packing',
      'carrying',
      'use',
    ],
    [
      'knife',
      'knives',
      'blade',
      'machete',
      'axe',
      'hatchet',
      'gun',
      'guns',
      'rifle',
      'shotgun',
      'pistol',
      'glock',
      'ar15',
      'ak',
      'bat',
    ],
  ],
  // "The women on Maple Avenue burn tonight": a harm foretold for a set time.
  [
    'intimidation',
    new RegExp(
      ` ${SUBJECT} (?:\\S+ ){0,4}?(?:burn|burns|die|dies|bleed|bleeds|hang|hangs|(?:is |are )?(?:going up|goes up|go up) in (?:flames|smoke)|(?:is |are )?(?:burning|going to burn|gonna burn) (?:down )?) (?:tonight|tomorrow|this week|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|tonight)|soon enough) `,
    ),
    ['burn', 'burns', 'die', 'dies', 'bleed', 'bleeds', 'hang', 'hangs', 'flames', 'smoke', 'burning'],
    [
      'tonight',
      'tomorrow',
      'week',
      'weekend',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'morning',
      'enough',
    ],
  ],
  // "You should check under your car every morning": a car bomb hinted (not a cat in winter).
  [
    'bomb',
    / (?:check|checking|look|looking) under (?:your|ur|the|his|her) (?:car|cruiser|truck|vehicle|hood|suv)(?! (?:\S+ ){0,4}?(?:cats?|kittens?|animals?|leaks?|oil))| (?:check|checking|look|looking) under my (?:car|cruiser|truck|vehicle|suv) (?:\S+ ){0,4}?if i (?:were|was) (?:you|u)/,
    ['check', 'checking', 'look', 'looking'],
    ['car', 'cruiser', 'truck', 'vehicle', 'hood', 'suv'],
  ],
  // "I'm coming for your throat"
  [
    'intimidation',
    / (?:im|i am|were|we are|ill be|well be|i will be) (?:coming|comin) (?:for|after) (?:your|ur|his|her|their) (?:throat|head|neck|life|lives|family|kids|children|wife|blood)/,
    ['coming', 'comin'],
  ],
  // "I have explosives", "we built a pipe bomb": not a bomb squad, a bomb threat or "the bomb".
  [
    'bomb',
    / (?:i|we|ive|weve|i ve|we ve) (?:have|got|built|made|bought|ve got|ve built|got me) (?:some |a |an |enough |plenty of )?(?:explosives|pipe bombs?|ied|ieds|molotovs?|c4|dynamite|bomb|bombs)(?! (?:squad|threat|threats|sniffing|dog|dogs|tech|unit|scare|shelter|cyclone|pop|diggity|burrito|recipe|drill))/,
    ['explosives', 'pipe', 'ied', 'ieds', 'molotov', 'molotovs', 'c4', 'dynamite', 'bomb', 'bombs'],
  ],
  // "Next time I see a cop it's over for him"
  [
    'intimidation',
    / (?:next time|when|if|once|the day|soon as|as soon as) (?:i|we) (?:see|catch|find|run into|get) (?:\S+ ){0,4}?(?:its|it s|it is|its gonna be|it will be|its going to be) (?:over|lights out|game over|curtains) for (?:him|her|you|them|yall|u|that \S+|the \S+|every \S+)/,
    ['over', 'lights', 'curtains'],
  ],
  // "I hope the station explodes with all of them inside"
  [
    'bomb',
    / (?:explodes|blows up|burns down|burns to the ground|goes up in flames|going up in flames|goes up in smoke|going up in smoke|burns|catches fire|caught fire|collapses|blown up|burned down|burnt down|on fire) (?:\S+ ){0,5}?with (?:\S+ ){0,6}?(?:inside|in it|in there|in them)/,
    [
      'explodes',
      'blows',
      'burns',
      'goes',
      'going',
      'catches',
      'caught',
      'collapses',
      'blown',
      'burned',
      'burnt',
      'fire',
      'smoke',
    ],
    ['inside', 'in', 'there'],
  ],
  // "See you at the station tomorrow with a gas can and a lighter"
  [
    'intimidation',
    new RegExp(
      ` (?:see you|see yall|say hi|visit you|visiting you|coming for you|come for you|pay you a visit|paying you a visit|showing up|show up|be there|stop by|drop by|pull up|im coming|were coming|driving to|heading to|headed to|walking into|walk into|coming to|going down to) (?!(?:\\S+ ){0,6}?${ARMS_ERRAND} )(?:\\S+ ){0,6}?with (?:a |my |some |the |our )?${WEAPON}(?= )(?! (?:\\S+ ){0,5}?${ARMS_ERRAND} )`,
    ),
    [
      'see',
      'say',
      'visit',
      'visiting',
      'coming',
      'come',
      'showing',
      'show',
      'be',
      'stop',
      'drop',
      'pull',
      'driving',
      'heading',
      'headed',
      'walking',
      'walk',
      'going',
    ],
    firstWords(WEAPON),
  ],
  // "It would be a good day if someone gutted that deputy"
  [
    'wish',
    new RegExp(
      ` (?:better|safer|happier|good day|great day|good thing|nice|beautiful day|better place|better world) (?:\\S+ ){0,3}?(?:if|when|once) (?:someone|somebody|anyone|anybody|people|we|you|they|u) (?:finally |just |would |could |ever )?(?:${HARM_DONE}|${HARM}) ${TARGET} `,
    ),
    ['if', 'when', 'once'],
    ['better', 'safer', 'happier', 'good', 'great', 'nice', 'beautiful'],
  ],
  // "Try that again and you'll all leave in body bags": the outcome foretold to "you".
  [
    'intimidation',
    / (?:youll|you will|yall will|you all will|youre gonna|youre going to|you are going to|you re going to|yall gonna|you gonna|youre|theyre|they are|theyll|they will|hes|he is|he will|shes|she will) (?:all )?(?:leave|leaving|go home|going home|come out|coming out|end up|be carried out|be going home|be leaving) (?:in (?:a )?(?:body bags?|coffins?|caskets?|boxes|a box|pieces)|(?:on|in) (?:a )?stretchers?)/,
    [
      'bag',
      'bags',
      'coffin',
      'coffins',
      'casket',
      'caskets',
      'boxes',
      'box',
      'pieces',
      'stretcher',
      'stretchers',
    ],
  ],
  // "One of your officers is going home in a box", "one of yours gets stabbed"
  [
    'intimidation',
    / (?:going home|goes home|leaving|coming out|go home|leave) in (?:a box|boxes|a body bag|body bags|pieces|a coffin|coffins)| one of (?:yours|you|your \S+) (?:\S+ )?(?:gets|is getting|will get|is gonna get|is going to get|gonna get) (?:shot|stabbed|killed|hurt|beaten|jumped|capped|popped|smoked|murdered|bodied)/,
    [
      'box',
      'boxes',
      'bag',
      'bags',
      'pieces',
      'coffin',
      'coffins',
      'shot',
      'stabbed',
      'killed',
      'hurt',
      'beaten',
      'jumped',
      'capped',
      'popped',
      'smoked',
      'murdered',
      'bodied',
    ],
  ],
  // "If my brother isn't released by Monday, the courthouse goes up in flames."
  [
    'conditional',
    / if (?:\S+ ){1,12}?(?:the|your|ur|this|that|their|every) (?:\S+ )?(?:station|precinct|substation|courthouse|building|house|hall|department|office|cars?|cruisers?|jail|headquarters) (?:goes|will go|is going to go|gonna go|go) up in flames /,
    ['flames'],
    ['if'],
  ],
  // "Something bad is going to happen at the station, and I'm the one making it happen."
  [
    'intimidation',
    / something (?:bad|terrible|very bad|horrible|awful|big) (?:is going to|is gonna|will|gonna) happen (?:\S+ ){0,10}?(?:im|i am|ill be) the one (?:making|who makes|doing)/,
    ['something'],
    ['one'],
  ],
  // "I'm planning to drive my car through the front doors of the station", "I'm driving my truck
  // straight into the next memorial walk you people hold"
  [
    'intent',
    / (?:drive|driving|plow|plowing|ram|ramming|crash|crashing|steer|steering) (?:my|a|the|our|this) (?:car|truck|van|suv|pickup|vehicle|bus) (?:right |straight |full speed )?(?:through|into) (?:the )?(?:\S+ ){0,3}?(?:station|precinct|crowd|protest|parade|rally|building|doors|lobby|checkpoint|line|march|walk|vigil|memorial|funeral|procession|cops|officers|deputies|police|people|them|you|protesters|\S+ of) /,
    ['car', 'truck', 'van', 'suv', 'pickup', 'vehicle', 'bus'],
    ['drive', 'driving', 'plow', 'plowing', 'ram', 'ramming', 'crash', 'crashing', 'steer', 'steering'],
  ],
  // "Next protest I'm bringing Molotovs for the riot line"
  [
    'bomb',
    / (?:bringing|bring|bringin|got|have|made|making|packing|throw|throwing) (?:some |a |my |a few |a couple )?(?:molotovs?|molotov cocktails?|pipe bombs?|explosives|grenades?|ieds?)(?! (?:squad|drill|training|class|disposal|unit))/,
    [
      'molotov',
      'molotovs',
      'cocktail',
      'cocktails',
      'pipe',
      'explosives',
      'grenade',
      'grenades',
      'ied',
      'ieds',
    ],
  ],
  // "Whoever shoots that officer deserves a medal", "I'd buy a beer for anyone who knocks off the chief"
  [
    'wish',
    new RegExp(
      ` (?:whoever|anyone who|anybody who|the (?:guy|person|one) (?:who|that)) (?:finally )?${DONE_BY_SOMEONE} ${TARGET} (?:\\S+ ){0,3}?(?:deserves?|gets|will get|earns|should get) (?:a |the |my |\\S+ )?(?:medal|reward|prize|raise|beer|drink|statue|parade|thank you|award|trophy) | (?:buy|buying|get|owe|give) (?:a |the |them a |him a |her a )?(?:beer|drink|round|steak dinner|dinner|medal|reward|rifle|gun|bullets|ammo) (?:for |to )?(?:anyone|anybody|whoever|the guy|the person)(?: who| that)? (?:\\S+ )?${DONE_BY_SOMEONE} `,
    ),
    ['whoever', 'anyone', 'anybody', 'guy', 'person', 'one', 'buy', 'buying', 'get', 'owe', 'give'],
    [
      'medal',
      'reward',
      'prize',
      'raise',
      'beer',
      'drink',
      'statue',
      'parade',
      'award',
      'trophy',
      'round',
      'dinner',
      'rifle',
      'gun',
      'bullets',
      'ammo',
    ],
  ],
  // "The world would be a better place without the chief breathing in it"; "doesn't deserve to live"
  [
    'wish',
    new RegExp(
      ` would be (?:a )?(?:better|safer|nicer|happier)(?: place| world)? (?:without|with no) (?:\\S+ ){0,4}?(?:breathing|alive|living|in it) | ${SUBJECT} (?:\\S+ ){0,2}?(?:doesnt|dont|do not|does not|dont even|doesnt even|never|no longer) deserves? to (?:live|breathe|exist|be alive|draw breath|see another day) `,
    ),
    ['without', 'no', 'live', 'breathe', 'exist', 'alive', 'breath', 'day'],
    ['breathing', 'alive', 'living', 'it', 'deserve', 'deserves'],
  ],
  // Spanish: "voy a atropellar a todos los policías", "deberían ser fusilados", "pegarle un tiro"
  [
    'intent',
    / (?:voy a|vamos a|van a|hay que|habria que|deberia|deberian|alguien deberia|alguien tiene que|ojala alguien) (?:\S+ ){0,2}?(?:emboscar|acabar con|poner una bomba|meter(?:le|les)? fuego|prender(?:le|les)? fuego|colgarl[oa]s|dinamitar|acuchillar|acuchillarl[oa]s?|navajear|matar|matarl[oa]s?|matarte|atropellar|atropellarl[oa]s?|balear|quemar|quemarl[oa]s?|apunalar|fusilar|fusilarl[oa]s?|ahorcar|ahorcarl[oa]s?|colgar|degollar|linchar|reventar|disparar|dispararle|dispararles|dispararte|pegar(?:le|les|te)? un (?:tiro|balazo)|meter(?:le|les|te)? (?:un tiro|una bala|un balazo|plomo)|dar(?:le|les|te)? (?:un tiro|un balazo|plomo|una paliza)|partir(?:le|les|te)? la (?:cara|madre))/,
    ['voy', 'vamos', 'van', 'hay', 'habria', 'deberia', 'deberian', 'alguien', 'ojala'],
  ],
  [
    'wish',
    / (?:merece|merecen) que (?:le|les|lo|los|la|las) (?:rompan|maten|quemen|cuelguen|peguen|disparen|fusilen|ahorquen|linchen|revienten|apunalen)| (?:no merece|no merecen|no merecen ni|no deberia|no deberian) (?:\S+ )?(?:vivir|existir|respirar)| (?:merece|merecen) (?:un balazo|una bala|un tiro|plomo|la muerte|morir|una golpiza|una paliza)| ojala que (?:\S+ ){1,4}?(?:lo|la|los|las|le|les) (?:maten|apunalen|disparen|quemen|cuelguen|revienten|ahorquen|fusilen)| ojala (?:que )?alguien (?:le |les |lo |los )?(?:queme|mate|dispare|cuelgue|vuele|balee|apunale|reviente|ahorque)| que alguien (?:le |les |lo |los )?(?:de|den|mate|queme|dispare|cuelgue|apunale|reviente) (?:una paliza|un tiro|plomo)?/,
    [
      'merece',
      'merecen',
      'vivir',
      'existir',
      'respirar',
      'ojala',
      'alguien',
      'balazo',
      'bala',
      'tiro',
      'plomo',
      'muerte',
      'morir',
      'golpiza',
      'paliza',
    ],
  ],
  [
    'intent',
    / (?:le|les|te|lo|los) (?:prendo|prendemos|voy a prender|vamos a prender|prenderemos) fuego| (?:le|les|te|lo|los) (?:disparo|disparamos|mato|matamos|apunalo)\b| (?:le|les|te) (?:rompo|reviento|parto|partimos) (?:la|el) (?:cabeza|cara|craneo|madre|hocico)| (?:le|les|te) (?:meto|metemos|pego|pegamos) un (?:balazo|tiro|plomazo)| (?:quemo|quemamos|incendio) (?:la|el|las|los) (?:oficina|estacion|comisaria|casa|patrulla|patrullas|delegacion)| te voy a buscar hasta (?:encontrarte|matarte)| (?:conozco|se donde esta|sabemos donde esta) (?:tu|su) (?:casa|familia|hogar|domicilio)| ya (?:veras|veran) lo que (?:te|le|les) (?:pasa|va a pasar)| hay (?:explosivos|una bomba|bombas) en/,
    [
      'prendo',
      'prendemos',
      'prender',
      'prenderemos',
      'disparo',
      'disparamos',
      'mato',
      'matamos',
      'apunalo',
      'buscar',
      'rompo',
      'reviento',
      'parto',
      'partimos',
      'meto',
      'metemos',
      'pego',
      'pegamos',
      'quemo',
      'quemamos',
      'incendio',
      'conozco',
      'se',
      'sabemos',
      'veras',
      'veran',
      'explosivos',
      'bomba',
      'bombas',
    ],
  ],
  [
    'wish',
    / (?:deberian|deberia|merecen|merece|deben|debe|tienen que|tiene que|ojala|que) (?:\S+ )?(?:ser|sean|sea|fueran|fuera) (?:fusilad|ahorcad|asesinad|ejecutad|quemad|colgad|linchad|balead|matad|torturad|degollad|eliminad|exterminad|apunalad|atropellad)[oa]s?/,
    ['deberian', 'deberia', 'merecen', 'merece', 'deben', 'debe', 'tienen', 'tiene', 'ojala', 'que'],
  ],
];

const matchVeiled = createGatedRules(VEILED_WRITTEN);

/**
 * "Kill the moderator.", "Torch every patrol car in the city.", "Grab your guns." — sticky, tried
 * at each sentence start only: mid-sentence the same words are a report ("they kill the
 * vibe").
 */
const ORDER = gated(
  compactPattern(
    new RegExp(
      ` (?:lets |let s |go |everyone |yall |time to |just |now |pls |please |somebody |someone )?(?:(?:kill|shoot|hang|lynch|murder|burn down|burn|bomb|stab|ambush|execute|gun down|run over|torch|firebomb|behead|slaughter|string up|blow up|smash|strangle|choke|gut|drown) ${TARGET} |(?:grab|load|get) (?:your|ur|the|our|yall) (?:guns|rifles|weapons|pitchforks|torches|ropes)(?! (?:\\S+ ){0,4}?${ARMS_ERRAND} )|(?:bring|get|order) (?:a|an|some|your|ur|an extra|the) (?:body bags?|coffins?|caskets?) |bring (?:a|an|some|your|ur|an extra|the) (?:medic|medics|ambulance|stretcher) )`,
      'y',
    ),
  ),
);

function findOrders(view: CommentView, found: ThreatMatch[]) {
  // The words the pattern needs, read from it ("get" of "get a body bag" among them).
  if (!mayMatch(view, ORDER)) return;
  for (const sentence of sentenceStarts(view)) {
    ORDER.lastIndex = sentence;
    const m = ORDER.exec(view.joined);
    if (!m) continue;
    const end = sentence + m[0].length;
    found.push({
      span: spanOfMatch(view, sentence, end),
      at: sentence,
      end,
      phrase: phraseOf(view, sentence, end),
      kind: 'wish',
    });
  }
}

/** Veiled threats, arms, Spanish phrasings and orders, in rule order. */
export function findVeiledThreats(view: CommentView): ThreatMatch[] {
  const found: ThreatMatch[] = [];
  const push = (match: RuleMatch, kind: ThreatKind) => found.push({ ...match, kind });
  matchVeiled(view, push);
  matchIntimidation(view, push);
  matchSpanishThreats(view, push);
  findThreatIdioms(view, found);
  findAftermathThreats(view, found);
  findWishedHarm(view, found);
  findOrders(view, found);
  return found;
}
