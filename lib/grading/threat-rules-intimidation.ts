import { createGatedRules, type WrittenRule } from './gated-rules';
import type { ThreatKind } from './threat-rules';

/**
 * Threats that say what the poster will bring, not what they will do ("showing up at ur job
 * with my pistol"), and menaces that name no harm at all ("it'll be the last raid you ever do",
 * "tick tock deputy", "🔪🔪🔪 the sheriff", "we know which car is yours"). Written by us from the
 * police-page comments of threat batch 20. threat-context.ts defuses them like any other.
 */

/** Arms as commenters name them. */
const WEAPON =
  '(?:gun|guns|glock|glocks|pistol|pistols|piece|strap|straps|rifle|rifles|shotgun|ar|ar15|ak|ak47|chopper|draco|blicky|knife|knives|machete|axe|hatchet|crowbar|gas can|can of gas|molotov|molotovs|bomb|explosives|9mm|9|nine|45|heater|tool)';
/** Why arms may be named harmlessly: the range, a class, a buyback, a sale. */
const ERRAND =
  '(?:range|hunting|hunt|class|course|buyback|buy back|gun show|safety|registration|register|permit|inspection|turn (?:it |them )?in|drop (?:it |them )?off|safe|locked|season|lesson|lessons|sell|shop|store|pawn|gunsmith|repair|camping|fishing|unloaded|cased)';
/** …and a bat, also a game ("bringing my bat to the game"), which a gun is not. */
const SPORT = '(?:game|games|practice|softball|baseball|cage|cages|league|tournament)';
/**
 * Arms not on an errand: "my glock", "a knife in my boot"; "the bats" not for a game; not a
 * hunting arm ("can I bring my deer rifle through the checkpoint").
 */
const ARMED = `(?:(?<!(?:deer|elk|hunting|duck|turkey|bird|varmint|squirrel|target|competition|antique) )${WEAPON}(?! (?:\\S+ ){0,6}?${ERRAND} )|bats?(?= )(?! (?:\\S+ ){0,6}?(?:${ERRAND}|${SPORT}) ))`;
/** People a menace names, after "for", "the", "your". */
const OFFICERS =
  '(?:cops?|pigs?|officers?|deputies|deputy|police|feds?|chief|sheriffs?|judges?|mayor|mods?|sgt|sergeants?|lt|lieutenants?|detectives?|troopers?|snitch|snitches|12|handlers?|wardens?|dispatchers?)';
/** Arms and ammunition that have no harmless "for you" ("got a great piece for you history buffs"). */
const FIREARM =
  '(?:gun|guns|glock|glocks|pistol|pistols|rifle|rifles|shotgun|ar|ar15|ak|ak47|chopper|draco|blicky|knife|knives|machete|ammo|rounds|bullets|shells|slugs)';
/** Who a first-person plan comes from: "I", "we", "me and my cousins", or only "gonna". */
const POSTER = '(?:i|im|ill|imma|ima|we|were|well|gonna|finna|me and \\S+(?: \\S+)?)';

const WEAPON_WORDS = WEAPON.slice(3, -1)
  .split('|')
  .map((word) => word.split(' ').at(-1) ?? word);

const INTIMIDATION_WRITTEN: WrittenRule<ThreatKind>[] = [
  // "we're bringing rifles and we're using them"
  [
    'intent',
    new RegExp(
      ` (?:were|we are|im|i am|ill|well|gonna|imma|ima) (?:be )?(?:bringing|bring) (?:\\S+ )?${ARMED} and (?:\\S+ ){0,2}?(?:using|use) (?:them|em|it)(?= )`,
    ),
    ['bringing', 'bring'],
    ['using', 'use'],
  ],
  // "im showing up at ur job with my pistol", "I come down there armed", "pulling up … with the straps"
  [
    'intent',
    new RegExp(
      ` ${POSTER} (?:\\S+ ){0,3}?(?:come|coming|comin|show up|showing up|pull up|pulling up|pullin up|roll up|rolling up|rollin up|walk in|walking in|walk into|walking into|come down|coming down|stop by|swing by|come back|coming back|be at|be there|be outside|be waiting|waiting|wait|meet you|meet yall|meet u|driving|heading|headed) (?:\\S+ ){0,10}?(?:armed|strapped|(?:with|wit|w) (?:(?:my|a|the|some|our|all|them|these|his|\\d+) )?(?:\\S+ )?${ARMED})`,
    ),
    ['armed', 'strapped', 'bat', 'bats', ...WEAPON_WORDS],
    [
      'come',
      'coming',
      'comin',
      'show',
      'showing',
      'pull',
      'pulling',
      'pullin',
      'roll',
      'rolling',
      'rollin',
      'walk',
      'walking',
      'stop',
      'swing',
      'be',
      'waiting',
      'wait',
    ],
  ],
  // "Next time I'll be the one in the hallway with the gun": the poster as the shooter to come.
  [
    'intent',
    new RegExp(
      ` (?:ill|i will|im gonna|im going to|imma|ima|gonna) be the (?:one|guy|person|man|woman) (?:\\S+ ){0,6}?(?:with|holding|carrying) (?:the|a|my) (?:\\S+ )?${ARMED}`,
    ),
    ['one', 'guy', 'person', 'man', 'woman'],
    ['with', 'holding', 'carrying'],
  ],
  // "imma bring my glock to the town hall", "bringing my glock, not a side dish": "my" is the poster.
  [
    'intent',
    new RegExp(
      ` (?:bring|bringing|bringin|brought) (?:my|our) (?:\\S+ )?${ARMED}| (?:im|ill|i will|imma|ima|gonna|were|well|i swear im) (?:\\S+ )?(?:take|taking|takin) (?:my|our) (?:\\S+ )?${ARMED}(?! away)| (?:im|ill|i will|imma|ima|gonna|were|well) (?:be )?(?:bring|bringing|bringin) (?:the|a|some) (?:\\S+ )?${ARMED}|^ (?:bring|bringing) (?:a|the) (?:\\S+ )?${ARMED} (?:to|into)| (?:myself|personally) with (?:my|a|the) (?:\\S+ )?${ARMED}`,
    ),
    ['bring', 'bringing', 'bringin', 'brought', 'take', 'taking', 'takin'],
    ['bat', 'bats', ...WEAPON_WORDS],
  ],
  // "bought a new AR this weekend just for u pigs", "got 30 rounds for these cops"; not arms the
  // department bought for its own officers
  [
    'intimidation',
    new RegExp(
      ` (?<!(?:department|dept|city|county|council|sheriff|sheriffs|office|pd|agency|state|chief|they|union) )(?:bought|buying|copped|got|getting|saving|saved|loaded|loading|cleaned|cleaning|sharpened|sharpening) (?:\\S+ ){0,3}?${FIREARM} (?:\\S+ ){0,4}?(?:just |special |specially )?for (?:u|you|ya|yall|y all|all of (?:you|yall)|(?:u|you|yall|these|those|all|every|the|ur|your) (?:\\S+ )?${OFFICERS}) `,
    ),
    ['for'],
    FIREARM.slice(3, -1).split('|'),
  ],
  // "got 30 rounds and every one of em got a badge number on it"
  [
    'intimidation',
    / (?:bullets?|rounds?|slugs?|shells?|clips?|mags?) (?:\S+ ){0,8}?badge (?:numbers? )?on (?:it|them|em) /,
    ['badge'],
    [
      'bullet',
      'bullets',
      'round',
      'rounds',
      'slug',
      'slugs',
      'shell',
      'shells',
      'clip',
      'clips',
      'mag',
      'mags',
    ],
  ],
  // "it'll be the last raid u ever do"
  [
    'intimidation',
    / last (?:\S+ )?(?:raid|raids|ticket|stop|arrest|shift|mistake|thing|call|post|comment|word|tow|search|warrant|door) (?:u|you|yall|he|she|they|ya) (?:will )?(?:ever|get to) (?:do|make|write|give|work|take|serve|post|say|run|knock|kick|pull|tow)/,
    ['last'],
    ['ever', 'get'],
  ],
  // "she's gonna be the one needing 911"
  [
    'intimidation',
    / be the one (?:needing|calling|who needs|that needs|in need of) (?:911|an ambulance|a doctor|a medic|medics|a hospital|the hospital|a coroner)/,
    ['one'],
    ['needing', 'calling', 'needs', 'need'],
  ],
  // "I'm making sure one of those detectives doesn't go home", "…she never sees her grandkids again"
  [
    'intimidation',
    / (?:make|making|makes|made) sure (?:\S+ ){1,6}?(?:doesnt|dont|wont|never|does not|will not|do not|aint) (?:ever )?(?:make it |go |get to go |come |gets? )?home | (?:make|making) sure (?:\S+ ){0,3}?never (?:sees?|hugs?|holds?|gets? to see|see) (?:\S+ ){0,2}?(?:kids|grandkids|family|children|wife|husband|daughter|son|mom|dad|baby|babies) again /,
    ['sure'],
    ['home', 'again'],
  ],
  // "you'll be eating through a straw for life"
  [
    'intimidation',
    / (?:youll|you will|ull|u will|yall will|youre gonna|ur gonna|you gonna|u gonna|hes gonna|shes gonna|he will|she will|hell|shell) be (?:eating|drinking|sipping) (?:\S+ )?(?:through|thru|from|out of) a straw/,
    ['straw'],
  ],
  // "you'll see what happens Sgt. T. real soon", "one more time and see what happens": ending the
  // comment (not "put a firecracker in a cow pie and see what happens").
  [
    'intimidation',
    new RegExp(
      ` (?:(?:youll|you will|ull|u will|yall will|you gonna|u gonna|yall gonna|gonna)|(?:one more|again|ever again|try me|test me) (?:\\S+ ){0,6}?(?:and|then|n)) see what happens(?: (?:to )?(?:u|you|yall|${OFFICERS}))?(?: [a-z])?(?: (?:real |very )?soon| next time| tonight)?(?: [!?.])*(?: [^\\x00-\\x7f]+)* $`,
    ),
    ['happens'],
    ['see'],
  ],
  // "tick tock deputy ⏰", "Tick tock, sheriff. Tick tock.": the whole comment, a clock and someone named.
  [
    'intimidation',
    new RegExp(
      `^ (?:(?:${OFFICERS}|[a-z]|@user) )?(?:tick tock|tik tok|ticktock|tick tick) (?:(?:${OFFICERS}|[a-z]|@user|tick|tock|tik|tok|ticktock|[^\\x00-\\x7f]+) )*$`,
    ),
    ['tock', 'tok', 'ticktock', 'tick'],
  ],
  // "🔪🔪🔪 @ the sheriff", "chief 🔫🔫🔫", "⚰️⚰️⚰️ for the chief": weapons or coffins and a name, nothing else.
  [
    'intimidation',
    new RegExp(
      `^ (?:(?:for|to|at|the|ur|your|that|this|@user) )*(?:${OFFICERS} (?:[a-z] )?(?:(?:🔪|🔫|💣|⚰|🪦|🗡|🩸) )+|(?:(?:🔪|🔫|💣|⚰|🪦|🗡|🩸) )+(?:(?:for|to|at|the|ur|your|that|this|@user) )*${OFFICERS} (?:[a-z] )?)$`,
    ),
    ['🔪', '🔫', '💣', '⚰', '🪦', '🗡', '🩸'],
  ],
  // "we know which car is yours Lt. P.", "I know what car the sergeant drives"
  [
    'intimidation',
    / (?:i|we) (?:\S+ )?(?:know|kno|found out|know exactly) (?:which|what|wich) (?:car|truck|house|school|gym|church|route|daycare|suv|tahoe|charger) (?:\S+ ){0,3}?(?:is yours|yours is|is ur|you drive|u drive|he drives|she drives|drives|your kids?|ur kids?|his kids?|her kids?|parks|you park|u park|lives|goes to)/,
    ['know', 'kno', 'found'],
    ['which', 'what', 'wich'],
  ],
  // "hope u said bye to ur kids this morning Officer F."
  [
    'intimidation',
    / (?:hope|hopefully|better have|did) (?:u|you|ya|yall) (?:said|say|kissed|hugged|told) (?:bye|goodbye|good bye) (?:to )?(?:ur|your|yo) (?:kids|wife|family|husband|babies|children|mom|son|daughter)/,
    ['bye', 'goodbye'],
  ],
  // "u got a nice little house on that cul de sac. real nice. be a shame"
  [
    'intimidation',
    / nice (?:\S+ ){0,3}?(?:house|car|family|kids|wife|place|home|truck|dog) (?:\S+ ){0,12}?(?:be a|would be a|be such a|d be a) (?:real )?(?:shame|pity)/,
    ['shame', 'pity'],
    ['nice'],
  ],
  // "the precinct looks real flammable 🔥", "hope ur homeowners insurance covers fire damage"
  [
    'intimidation',
    / (?:station|precinct|house|car|building|hall|cruiser|office|substation|courthouse|home) (?:\S+ ){0,3}?(?:looks|look|is|seems|would be) (?:\S+ )?(?:flammable|burnable)| (?:hope|better hope|hopefully) (?:ur|your|yo|his|her) (?:\S+ )?insurance (?:covers|cover) (?:\S+ )?(?:fire|arson|bullet|bullets|explosions?)/,
    ['flammable', 'burnable', 'insurance'],
  ],
  // "that badge won't protect you forever", unless a court, a lawsuit or a vote will see to it
  [
    'intimidation',
    / (?:badge|vest|uniform|partner|k9) (?:\S+ )?(?:wont|will not|cant|cannot|aint gonna|not gonna|isnt gonna) (?:\S+ ){0,4}?(?:protect|save) (?:you|u|him|her|yall|ya) (?!.* (?:sue|suing|lawsuit|lawyers?|court|attorney|complaint|fired|ballot|vote|voters|accountable|accountability|oversight|investigation) )/,
    ['protect', 'save'],
    ['badge', 'vest', 'uniform', 'partner', 'k9'],
  ],
  // "mayor u won't see it coming" (the "you" of it is a threat rule of its own)
  [
    'intimidation',
    / (?:u|ya|yall|he|she|they) (?:wont|will not|will never|never gonna|aint gonna|not gonna) (?:even )?see (?:it|this|us|me) coming(?! (?:\S+ ){0,6}?(?:vote|votes|voting|ballot|election|recall|lawsuit|court))/,
    ['coming'],
    ['see'],
  ],
  // "ur days on this earth are numbered officer" (not "your days as chief are numbered")
  [
    'intimidation',
    / (?:your|ur|yo|his|her|their|yalls) days (?:on this earth |on earth |here |left |alive |breathing )?(?:are|r|is) numbered/,
    ['numbered'],
  ],
  // "next time i get arrested im taking a cop with me"
  [
    'intimidation',
    new RegExp(
      ` (?:take|taking|takin|takes) (?:a |one |some |one of |a few |as many |at least one )?(?:of )?(?:yall |you |your |ur |them |these |those |the )?${OFFICERS} (?:\\S+ )?with me `,
    ),
    ['with'],
    ['take', 'taking', 'takin', 'takes'],
  ],
  // "I'm coming for Officer K.", "after that I come for ur officers" (not for their badges, nor the kids' class)
  [
    'intimidation',
    new RegExp(
      ` (?:i|we|ill|well|im|were) (?:\\S+ )?(?:come|coming|comin) (?:for|after) (?:(?:ur|your|yo|the|every|all|all of) )?(?:${OFFICERS}|family|families|kids|wife)s? (?!(?:\\S+ )?(?:badge|badges|job|jobs|seat|seats|position|pension|title|budget|funding|safety|class|classes|event|party|bbq|visit|dinner|lunch|tour|meeting|game|program|pictures?|photos?|autographs?))`,
    ),
    ['come', 'coming', 'comin'],
    ['for', 'after'],
  ],
  // "taking as many of you with me as I can", "so I'm taking one of yours"
  [
    'intimidation',
    / (?:take|taking|takin) (?:as many|a few|some|all|one) of (?:you|yall|u|them) (?:\S+ )?with me | (?:im|ill|were|well|gonna|ima|imma) (?:\S+ ){0,2}?(?:taking|take|takin|coming for|getting) one of (?:yours|urs) /,
    ['of'],
    ['take', 'taking', 'takin', 'coming', 'getting'],
  ],
  // "I have the pipe bomb built", "we got the explosives ready" (not "the bomb tacos")
  [
    'bomb',
    / (?:i|we|ive|weve) (?:\S+ )?(?:have|got|built|made|finished|packed) (?:the |a |an |my |our |some )?(?:pipe bombs?|ieds?|explosives|(?:bomb|bombs|device) (?:built|ready|made|done|packed|armed|wired))/,
    ['pipe', 'ied', 'ieds', 'explosives', 'bomb', 'bombs', 'device'],
    ['have', 'got', 'built', 'made', 'finished', 'packed'],
  ],
  // "got your plate, your address, and a shotgun. I'm coming to use it on you."
  [
    'intimidation',
    new RegExp(
      ` (?:im|ill|i will|gonna|imma|ima|coming to|going to|finna|and) (?:\\S+ ){0,2}?(?:use|using) (?:it|them|this|that|my \\S+) on (?:you|u|yall|ya|him|her|them|em|(?:the|that|this|your|ur) (?:\\S+ )?${OFFICERS}) `,
    ),
    ['use', 'using'],
    [...WEAPON_WORDS, 'bat', 'bats', 'ammo', 'rounds', 'bullets'],
  ],
  // "Two in your chest.", "the first deputy through the door gets one to the head"
  [
    'intimidation',
    / (?:two|2|three|3|six|6|a couple|one|1) (?:more )?(?:in|to) (?:your|ur|yo) (?:chest|head|dome|face|back|skull) | (?:gets|get|getting|catches|catch|catching|takes|take) (?:one|two|a slug|a round|a bullet|a hot one) (?:in|to) (?:the|his|her|your|ur|their) (?:head|face|chest|dome|neck|skull)/,
    ['chest', 'head', 'dome', 'face', 'back', 'skull', 'neck'],
    ['two', '2', 'three', '3', 'six', '6', 'couple', 'one', '1', 'slug', 'round', 'bullet'],
  ],
  // "now i know exactly who im shooting first"
  [
    'intimidation',
    / who (?:im|i am|ill|im gonna|imma|ima|were|we are) (?:\S+ )?(?:shooting|killing|stabbing|shoot|kill|stab|taking out|take out|hitting|popping|smoking|clapping|dropping) (?:first|next)/,
    ['first', 'next'],
    ['who'],
  ],
  // "you'll be the one on the ground with a bullet in you"
  [
    'intimidation',
    / (?:be|end up|wind up) (?:\S+ ){0,5}?with (?:a bullet|bullets|a knife|a blade|a slug|lead|holes) in (?:you|u|ya|your|ur)/,
    ['bullet', 'bullets', 'knife', 'blade', 'slug', 'lead', 'holes'],
    ['be', 'end', 'wind'],
  ],
  // "bring your vest it wont help", "a full mag with that sergeant's name on every round",
  // "the first bullets are going into you", "I'm opening fire"
  [
    'intimidation',
    / (?:bring|wear) (?:your|ur|yo) (?:vest|backup) (?:\S+ ){0,2}?(?:it wont help|it will not help|youll need it|you ll need it|wont help)| (?:mag|clip|magazine|rounds?|bullets?) (?:\S+ ){0,6}?names? on (?:every|each|all|it|them|em)| (?:bullets?|rounds?) (?:are|is|will be|gonna be|going) (?:going )?(?:in|into) (?:you|him|her|them|your|ur)| (?:im|ill|i will|were|well|gonna|imma|ima) (?:be )?open(?:ing)? fire/,
    ['vest', 'backup', 'name', 'names', 'bullet', 'bullets', 'round', 'rounds', 'fire'],
  ],
  // "He'll be dead by Christmas. I'll see to it personally.", "…gonna get run over… i'll make sure of it"
  [
    'intimidation',
    / (?:(?:get|be|is|gets) (?:run over|shot|stabbed|killed|jumped|hurt|beaten|dead)|dies?) (?:\S+ ){0,10}?(?:ill|i will|im gonna|imma|and ill) (?:personally )?(?:make sure of it|see to it|make sure|make it happen)| (?:hell|shell|youll|theyll|he will|you will|she will|they will) be dead (?:by|before) (?:christmas|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|next week|the weekend|new year|summer|the end)| (?:ill|i will|imma|im gonna) put (?:him|her|them|you|u) there (?:myself|personally)?/,
    ['sure', 'see', 'happen', 'dead', 'there'],
  ],
  // "the detective's family pays in blood", "a rope and a tree", "a hit on that trooper", "wishing a slow death on…"
  [
    'wish',
    / pays? (?:in|with) (?:blood|(?:their|his|her|your|ur) (?:lives|life|blood))| (?:a|some) rope and a tree| a (?:hit|contract) (?:out )?on (?:that|the|this|your|ur|his|her|every|him|her|them) | wish(?:ing)? (?:a |an )?(?:(?:slow|painful|violent|horrible|agonizing) )+death (?:on|upon|to)| reward for (?:every|each|a|any) dead /,
    ['blood', 'lives', 'life', 'tree', 'hit', 'contract', 'death', 'dead'],
  ],
  // "It'll be the last one you ever see", "Sleep light, chief. We're closer than you think.", "a walking dead man"
  [
    'intimidation',
    / (?:the )?last (?:one|face|thing) (?:you|u) (?:will )?ever see| sleep light | (?:were|we are|im|i am) closer than (?:you|u) think| (?:is|youre|ur|hes|you are|he is) a (?:walking )?dead (?:man|woman|men)(?! walking)/,
    ['see', 'light', 'closer', 'dead'],
  ],
  // "Everybody inside getting shot", "is getting stabbed… I'm doing it myself", "I'm coming in there shooting"
  [
    'intimidation',
    / (?:everybody|everyone|every cop|every co|every officer|all of you|yall) (?:\S+ )?(?:is |are )?getting (?:shot|stabbed|killed|jumped|smoked|popped|clapped)| getting (?:shot|stabbed|killed|jumped|smoked|popped|clapped|beat)(?: \S+){0,8}? (?:im|ill|i will|i am) (?:doing it|do it|gonna do it) (?:myself|personally)| (?:coming|come|walking|walk|going) (?:in|into|in there|down there|up in there) (?:\S+ ){0,2}?(?:shooting|blasting|swinging|firing)/,
    ['getting', 'shooting', 'blasting', 'swinging', 'firing'],
  ],
  // "Got my 9 loaded and your schedule", "a truck full of fertilizer", "drive by on the sheriff's house", "I'm going after them"
  [
    'intimidation',
    / (?:got|have|keeping|keep) (?:my|the) (?:9|nine|9mm|glock|gun|pistol|strap|piece|shotgun|rifle|ar) loaded (?:and|for) (?:your|ur|you|u|them|him|her|the)| truck full of (?:fertilizer|explosives|propane)| drive ?by (?:on|at) (?:the|his|her|your|ur|that|this) (?:\S+ ){0,2}?(?:house|home|station|precinct|crib|spot|place|car)| (?:im|were|ill|well) going after (?:them|yall|you|your families|their families|your kids|their kids) /,
    ['loaded', 'full', 'drive', 'driveby', 'going'],
  ],
  // "I won't be coming alone or unarmed", "I wouldn't start my car if I were you", "you won't make it
  // back to your truck", "won't live to see trial", "leaving in a body bag", "I got a scope and your…"
  [
    'intimidation',
    / (?:wont|will not|not) (?:be )?(?:coming|come|showing up) (?:alone )?(?:or )?unarmed| (?:wouldnt|would not|dont) start (?:my|your|ur) (?:car|truck) (?:\S+ ){0,4}?if i (?:were|was) (?:you|u)| next time (?:\S+ ){0,3}?(?:you|u) (?:wont|will not|aint gonna|are not gonna) make it (?:back|home)| (?:wont|will not|aint gonna|not gonna) live to see (?:\S+ ){0,2}?(?:trial|court|christmas|tomorrow|next week|the verdict|sentencing)| (?:leaving|leave|leaves|going home|go home) in (?:a )?body bags?| (?:got|have|bought) (?:a|my|the) scope (?:\S+ ){0,4}?(?:your|ur)/,
    ['unarmed', 'start', 'make', 'live', 'bag', 'bags', 'scope'],
  ],
  // "better have a lot of body bags ready", "a dead cop is a good day"
  [
    'intimidation',
    / (?:better have|have|get) (?:a lot of |plenty of |some |enough |extra )?(?:body bags|coffins|caskets) ready| (?:ambulances|medics) ready (?:\S+ ){0,8}?(?:youll|you will|you ll|yall will|yall ll) need| dead (?:cop|cops|pig|pigs|officer|officers) (?:is |are |means |equals )?a good (?:day|cop|one|thing)/,
    ['ambulances', 'bags', 'coffins', 'caskets', 'dead'],
    ['ready', 'good'],
  ],
  // "He's getting jumped and shot tomorrow", "they get shot on sight": a harm given a time.
  [
    'intimidation',
    / (?:hes|shes|theyre|youre|ur|he is|she is|you are|they are|is|are) (?:getting|gonna get|going to get|gon get) (?:jumped|shot|stabbed|popped|smoked|clapped|capped|merked|dropped|bodied|domed|killed|(?:his|her|your|ur) (?:head|skull|face|teeth) (?:caved|bashed|kicked|knocked|smashed) in)(?: and \S+)?(?: \S+){0,3}? (?:tomorrow|tonight|on sight|this week|this weekend|next time|when i see)| (?:they|you|u|he|she|yall) (?:get|gets) (?:jumped|shot|stabbed|popped|smoked|clapped|capped|merked|dropped|bodied|domed) on sight/,
    [
      'jumped',
      'shot',
      'stabbed',
      'popped',
      'smoked',
      'clapped',
      'capped',
      'merked',
      'dropped',
      'bodied',
      'domed',
      'killed',
      'caved',
      'bashed',
      'kicked',
      'knocked',
      'smashed',
    ],
    ['tomorrow', 'tonight', 'sight', 'week', 'weekend', 'next', 'see'],
  ],
  // "ur partner gonna be picking your teeth up off the pavement"
  [
    'intimidation',
    / picking (?:up )?(?:your|ur|yo) teeth (?:up )?(?:off|from|out of)/,
    ['teeth'],
    ['picking'],
  ],
  // "Tow guy better enjoy his last few days breathing", "his last one above ground"
  [
    'intimidation',
    / (?:enjoy|enjoying) (?:his|her|your|ur|their) (?:last|final) (?:few )?(?:days|hours|weeks|moments|breaths|christmas|birthday)(?: breathing| alive| on earth)?| (?:last|final) (?:\S+ ){0,2}?above ground/,
    ['last', 'final'],
    ['enjoy', 'enjoying', 'ground'],
  ],
  // "You won't always have a badge and a partner next to you", "…your partner with you", "You're
  // not always going to be wearing that vest"
  [
    'intimidation',
    / (?:(?:you|u|yall) (?:wont|will not|arent going to|aint gonna|wont be)|(?:youre|you are|u r|yall are|yall re) not) always (?:going to |gonna )?(?:have|be wearing|be in|be with|be next to) (?:a |the |your |ur |that )?(?:badge|partner|backup|uniform|gun|vest|cruiser|buddies)(?= )/,
    ['always'],
  ],
  // "I'd stay far away from the regatta this year if I was wearing a badge. Friendly tip." (not
  // without the tip: "…if I was a cop, the crowds are insane" warns of a crowd)
  [
    'intimidation',
    / (?:id|i d|i would) (?:stay|keep) (?:far |well |real far |way )?(?:away|clear) (?:from|of) (?:\S+ ){1,5}?if i (?:was|were) (?:wearing a badge|a cop|an officer|a deputy|a trooper|in uniform) (?:\S+ )?(?:friendly tip|just a tip|just saying|consider yourself warned|youve been warned|dont say i didnt warn)(?= )/,
    ['stay', 'keep'],
    ['tip', 'saying', 'warned', 'warn'],
  ],
  // "Saw your wife at the grocery on Pecan St today. She looked happy. For now.", "Your daughter's
  // got soccer practice at 5 at Willowbend Park right? Just saying. Tell her hi." (not a greeting:
  // "saw your wife at the market, tell her I said hi")
  [
    'intimidation',
    / (?:saw|seen|watched|see) (?:your|ur) (?:wife|husband|kids?|daughters?|sons?|family|girlfriend|little girl|little boy) (?:\S+ ){0,12}?(?:for now|for the moment|while it lasts)(?= )| (?:your|ur) (?:wife|kids?|daughters?|sons?) (?:\S+ ){0,2}?(?:got|has|have|goes to|go to) (?:\S+ ){0,8}?(?:practice|school|class|daycare|practices) (?:\S+ ){0,8}?just saying (?:\S+ ){0,2}?tell (?:her|him|them) (?:hi|hello|i said hi)(?= )/,
    ['saw', 'seen', 'watched', 'see', 'your', 'ur'],
    ['now', 'moment', 'lasts', 'hi', 'hello'],
  ],
  // "ok officer, you win today… and I know where you eat lunch": the poster's own knowing only
  [
    'intimidation',
    / (?:i|we|ik) (?:all )?(?:know|kno|found out|figured out) where (?:you|u|yall|ya|he|she|your \S+|ur \S+) (?:\S+ )?(?:eat lunch|eat breakfast|get (?:your |ur |his |her )?coffee|work out|works out|jog|jogs|go to church|goes to church)(?= )/,
    ['where'],
    ['lunch', 'breakfast', 'coffee', 'work', 'works', 'jog', 'jogs', 'church'],
  ],
  // "Don't start your car tomorrow morning deputy", "…without checking under it"
  [
    'intimidation',
    / (?:dont|do not|better not|wouldnt|i wouldnt|id not|never) start (?:your|ur|that|the) (?:car|truck|cruiser|engine|patrol car|squad car|suv|tahoe) (?:tomorrow|tonight|this morning|in the morning|after (?:your|ur) shift|without (?:checking|looking) (?:under|underneath)|(?:deputy|officer|sergeant|sarge|chief|trooper|detective|lieutenant|sheriff))(?= )/,
    ['start'],
  ],
  // "People like you don't usually make it to retirement", "…tend to have accidents around here"
  [
    'intimidation',
    / people like (?:you|u|yall|him|her|that|them) (?:\S+ ){0,3}?(?:make it to retirement|have (?:an )?accidents?|last long|live long|grow old|get old|disappear)(?= )/,
    ['people'],
    ['retirement', 'accident', 'accidents', 'last', 'live', 'grow', 'get', 'disappear'],
  ],
  // "I wouldn't park that cruiser in the same spot tonight if I were you"
  [
    'intimidation',
    / (?:i )?(?:wouldnt|would not|wouldn t) park (?:that|the|your|ur) (?:cruiser|patrol car|squad car|cop car|unit) (?:\S+ ){0,5}?if i (?:were|was) (?:you|u)(?= )/,
    ['park'],
    ['cruiser', 'patrol', 'squad', 'cop', 'unit'],
  ],
  // "You can't be on duty 24/7. Eventually you're just a guy in a parking lot."
  [
    'intimidation',
    / (?:you|u|yall) (?:cant|can not|cannot|can t) (?:be on duty|wear (?:that|the|your|ur) badge|hide behind (?:that|the|your|ur) badge) (?:24 7|forever|all the time|every hour)(?= )/,
    ['duty', 'badge'],
  ],
  // "You messed with the wrong family", "You picked the wrong family to mess with"
  [
    'intimidation',
    / (?:you|u|yall|ya|youve|you have|you just|u just) (?:messed|mess|messing|screwed|fucked) with the wrong (?:family|guy|dude|person|people|one)(?= )| (?:you|u|yall|ya) (?:\S+ )?picked the wrong (?:family|guy|dude|person|people|one) to (?:mess|screw|fuck) with(?= )/,
    ['wrong'],
  ],
  // "that officer needs to meet the business end of a shotgun"
  [
    'intimidation',
    / (?:meet|meets|see|sees|introduce (?:\S+ ){1,3}?to|acquainted with) the business end of (?:a|my|the|this|our) (?:gun|shotgun|rifle|pistol|glock|bat|knife|twelve gauge|12 gauge|45|9)(?= )/,
    ['business'],
  ],
];

/** Calls `found` for each menace the comment holds, in rule order. */
export const matchIntimidation = createGatedRules(INTIMIDATION_WRITTEN);
