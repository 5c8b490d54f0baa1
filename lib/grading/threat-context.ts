import { onOneByteText } from './one-byte-text';
import { sentenceStart, testPhrase, type CommentView } from './comment-view';
import { gated } from './pattern-gate';
import type { ThreatMatch } from './threat-rules';
import { insideQuotes } from './quotation';
import { namesPolice } from './threat-targets';
import { threatView } from './threat-slips';

/**
 * Why a sentence that reads like a threat is not one: it is negated ("nobody should hurt
 * officers"), it quotes or condemns someone else's threat (counter-speech), or it reports news
 * ("man who threatened to bomb the station arrested"), asks a rhetorical question, wishes a victim
 * well, blames a hazard ("speeding will kill you") or goes on figuratively ("shoot you an email").
 * Most idioms ("killing me", "killed it") never match: the rules need a person as the target.
 */
export type ThreatDefusal =
  'negated' | 'counter-speech' | 'reported' | 'rhetorical' | 'sympathy' | 'hazard' | 'idiom';

/** Harm only a person does, never a road or the weather: a stabbing, a weapon in hand. */
const DELIBERATE_HARM =
  / (?:stabbed|shanked|beaten|beat up|jumped|lynched|hanged|strangled|executed|murdered|gunned down|curb stomped|with (?:a|my|the|some) (?:\S+ )?(?:tire iron|bat|bats|crowbar|hammer|knife|machete|gun|rifle|pistol|glock|shotgun)) /;

/** What makes you want to die: a flight, a meeting, a song; not "I'll make you want to die". */
const MADE_TO_WANT =
  / (?<!(?:ill|i will|imma|ima|im gonna|im going to|well|we will|were gonna|gonna|i|we) )(?:make|makes|made|making) $/;

/** What tells of the hunting season itself: its opening, its gear, its game. */
const HUNTING_DAYS =
  / (?:opens|opener|opening|blaze orange|tags?|license|deer|elk|buck|doe|duck|turkey|pheasant) /;

/** "Shoot you an email", "deserves to die in prison": what follows makes it harmless. */
const FIGURATIVE_AFTER =
  /^ ?(?:(?:an?|the|me|us) (?:email|e mail|message|text|dm|pm|note|line|call|invite|link|photo|pic|picture|video|quick)|in (?:prison|jail)|in (?:\S+ ){0,2}?(?:paperwork|requests|lawsuits|complaints|emails|letters|foia|records|motions|subpoenas|votes|ballots)|behind bars|of old age|alone|in peace|laughing|of laughter|of embarrassment|of boredom|of shame|to (?:me|us|him|her|them|the world|the public)|in (?:round|rd) \d+|in the (?:\S+ )?round|(?:at|in) (?:the |a |our |their |this |next )?(?:\S+ )?(?:game|games|softball|basketball|baseball|football|soccer|election|elections|race|polls|finals|playoffs|tournament|match|trivia|chess|cornhole|contest|competition|fundraiser|tug of war|hockey|rodeo|pickleball|bowling|paintball|golf|poker|bingo|karaoke|scrimmage|cookoff|cook off|chili cookoff|bake off|broomball|rematch)|contracts?|budgets?|bills?|deals?|proposals?|ordinances?|measures?|funding|expansion|off (?:the )?(?:council|board|team|force|committee|bench|ballot|island|show))\b/;

const DYING_INSIDE = /^ ?inside(?! (?:their|the|his|her|your|ur|a|an|of|my|our|its))\b/;

/** "…wait for someone to die before you do anything": neglect charged, nobody wished dead. */
const WAIT_FOR_A_DEATH =
  / (?:wait|waiting|wait around) (?:\S+ )?(?:for|until|till) (?:somebody|someone|a kid|a child|people|a pedestrian) (?:to )?(?:die|dies|gets? (?:hurt|killed|hit|run over))(?= )/;
/** An accident feared: "going to fall through a floor and die", "slip on the ice and get hurt". */
const ACCIDENT =
  / (?:fall|falls|falling|slip|slips|slipping|trip|trips|tumble|drown|freeze|crash|crashes)(?: \S+){0,4} and (?:die|dies|get hurt|gets hurt|get killed|break (?:his|her|their|a) (?:neck|leg|arm))(?= )/;

/** The poster's fear for someone, which an accident told of needs. */
const FEARED = / (?:scared|afraid|worried|worry|terrified|nervous|fear) /;
/** The poster's own act or wish, which no fear makes an accident: "I hope he falls … and dies". */
const OWN_OR_WISHED = / (?:i|im|ill|id|we|well|were|hope|hoping|wish|pray|praying|make sure) /;

/** Others a simile likens to killers: "they drive like they want to kill someone". */
const SIMILE_DOER = /^ (?:they|theyre|he|hes|she|shes|people|some people|drivers) /;

/** After "dead": "dead wrong", "dead serious", "dead tired", "dead asleep". */
const DEAD_AS_ADVERB = /^ ?(?:wrong|serious|tired|asleep)\b/;

/** A guess, not a knife: "take a stab at it". */
const A_GUESS =
  / (?:take|took|taking|takes|have|had|make|made) a (?:quick |little |first |real )?stab at (?:it|this|that|guessing|the answer|(?:the|a|an|my|our)(?= (?!(?:\S+ )?(?:cops?|officers?|deputy|deputies|chief|sergeant)\b))|\S+ing)(?: |$)/;
/** Harms done that no prison makes figurative. */
const HURT_DONE = / (?:stabbed|shanked|beaten|beat up|raped|killed|shot|jumped|hurt|attacked|assaulted) ?$/;

/** "Speeding will kill you": dangers, not people, doing the harm (broad rules only). */
const HAZARD = gated(
  / (?:traffic|intersection|crash|crashes|accident|accidents|speeding|speed|road|roads|street|drivers?|driving|drive|storm|weather|heat|cold|covid|virus|overdose|fentanyl|drugs|smoking|cigarettes|vaping|fireworks|(?:on|the|black|thin) ice|icy|flood|flooding|texting|potholes?|drunk|seatbelt|seatbelts|helmet|crosswalk|stop signs?|red lights?|highway|freeway|slow|chases?|pursuits?|lights|signals?|sidewalks?|fix|repair|construction|crossing|pedestrians?|cyclists?|bike lane|school zone|bikes?|dirt bikes?|atvs?|four wheelers?|scooters?|mopeds?|golf carts?|jet skis?|boats?|boaters|jumping|swimming|swimmers|drawbridge|channel|riptide|curve|curves|rear ended|racing|racers|race|races|street racing|drag racing|donuts) /,
);

const NEGATORS =
  / (?:not|never|nobody|no one|noone|dont|doesnt|didnt|wont|wouldnt|shouldnt|cant|cannot|no|isnt|arent|aint|nadie|nunca|ni|jamas) /;
/** "Your house is going to burn if you leave candles burning": a fire hazard, not arson. */
const FIRE_HAZARD =
  / (?:candles?|stove|oven|grill|wiring|fireplace|heater|fireworks|smoke detectors?|fire alarms?|extension cords?|dryer|lint|cigarettes?|ashtray|frying|deep fryer) /;
/** "Enjoy your last shift, happy retirement!": a farewell, not a death wish. */
const FAREWELL = gated(
  / (?:retire|retired|retiring|retirement|congrats|congratulations|happy|thank you|thanks|well deserved|well earned|proud|miss you|cheers) /,
);
/** "Officers will be dying to try the food truck": eager, not dying. */
const DYING_TO = / dying ?$/;
const EAGER_FOR = /^ ?to (?:try|see|meet|know|hear|get|go|visit|join|find out|learn|check)\b/;
/**
 * Not negations, nor jokes or reports: "can't wait to see you in a body bag", "I'm not joking",
 * "I'm not saying I'd do it but…", "I'm not stopping, I'm shooting",
 * reminders ("don't forget I know too", "no se te olvide"),
 * "no joke", "it's not a threat, it's a promise" make a threat surer; a taunt ("bet u won't be so
 * tough when I drag u out…") negates nothing.
 */
const EAGER =
  / (?:cant|cannot|can not) wait | (?:wont|will not|aint|not gonna|dont|doesnt) (?:be|feel|look|act) (?:so |that |as )?(?:tough|brave|cocky|smart|big|bad|funny|tall)(?= )| (?:cant|can t|couldnt) (?:someone|somebody|anyone|anybody|one of you)(?= )| (?:dont|do not) make me (?:come|go|drive|walk|get)(?= )| (?:im |i am )?not (?:joking|kidding|playing|lying)| no (?:joke|kidding)| not a (?:joke|threat)| not (?:gonna|going to) lie| (?:im |i am )?not saying (?:\S+ ){0,6}?but | (?:yes )?(?:im |i am )?making a threat| keep (?:on )?(?:posting|saying|writing|commenting|tweeting|talking)| (?:not|wont|aint|never) (?:stopping|stop|pulling over|pull over|braking|brake|slowing down|slow down)(?= )| (?:dont|do not|never) forget(?= )| see if (?:i|we) (?:dont|do not|wont|will not)(?= )| no (?:lo |la |los )?(?:vas|van) a ver venir(?= )| no (?:se (?:te|les) )?olvid(?:e|es|en)(?= )/g;
/** Negate only from before the threat: inside it they are its words ("put against a wall"). */
const NEGATORS_BEFORE = / (?:stop|against|without(?! (?:a warrant|permission|asking|knocking|calling))) /;
/** In "if you stop me again…" the "stop" is the condition, not a negation. */
const CONSEQUENCE_NEGATORS = / (?:not|never|wont|wouldnt|nobody|no one|dont|cant|nadie|nunca|jamas) /;
/**
 * "…he won't make it home", "next time I won't miss", "don't call 911, just finish it": the threat
 * itself, not a negation of it.
 */
const NEGATED_OUTCOMES =
  / (?:wont|will not|aint gonna|not gonna|never|doesnt|dont) (?:makes? it|go home|goes home|gets? home|sees?|lives? to see|walks? again|walks?|wakes? up|breathes?|comes? home)| (?:not|never|aint) (?:going|gonna go|gonna be going|getting|making it|coming|walking) (?:back )?home| (?:wont|will not|not gonna|not going to|aint gonna|no voy a|no vamos a|no pienso) (?:miss|fallar)| (?:dont|do not|nobody|no one) (?:\S+ )?calls? (?:911|an ambulance|for help)| no (?:va|van) a quedar (?:nada ni nadie|ni uno|nadie vivo|ninguno vivo)| (?:no|ni) (?:llega|llegas|llegan|va a llegar|vas a llegar|van a llegar) (?:a|al) | no (?:digan|diga|digas) que no | (?:til|till|until) (?:he|she|they|you|u|ya) (?:cant|can not|cannot|wont|dont|doesnt|cant even) (?:stand|walk|breathe|see|move|talk|remember|get up)| next time (?:it|there|i|we) (?:wont|will not|aint gonna|not gonna|aint)(?= )/g;
/** Told to stay away from a bomb: part of the threat, no negation of it. */
const STAY_AWAY = / (?:dont|do not) (?:come|go|show up|bring (?:your|ur) kids)(?= )/g;
const NOTHING = /(?!)/g;
/** A negation inside an "if" (or "should… not") before the threat negates the condition, not the threat. */
const NEGATED_CONDITION =
  /^.* (?:if|unless|should) (?:\S+ ){0,4}?(?:dont|doesnt|didnt|wont|cant|isnt|arent|not|never|nobody|noone|no one) (?:\S+ ){0,5}?(?=\S+ (?:\S+ )?(?:somebody|someone|ill|i will|im|we|imma|ima|gonna|then) )/;
/** "He doesn't deserve to live", "no merecen vivir": a death wish, not a negation. */
const UNDESERVED_LIFE =
  / (?:doesnt|dont|do not|does not|never|no longer|no) (?:even )?(?:deserves?|merecen?) (?:to )?(?:live|breathe|exist|be alive|draw breath|see another day|vivir|existir|respirar)/g;
/**
 * "I wouldn't mind if…", "won't lose sleep if…", "nobody would miss him if…": indifference to harm
 * wishes it, it negates nothing; nor does "shame the flood didn't take him with it", nor a
 * "no-knock" raid.
 */
const INDIFFERENT =
  / (?:wouldnt|would not|wont|will not|not gonna|aint gonna|would never|never) (?:even |really )?(?:mind|cry|lose (?:any |a wink of |a minute of )?sleep|shed (?:a|one|any|a single) tear|be (?:sad|upset|sorry)|feel (?:bad|sorry)) (?:one bit |at all |a bit )?(?:if|when) | (?:nobody|no one|noone) (?:would|will|is gonna|is going to|gonna) (?:even )?(?:miss|mourn|cry (?:over|for|about)) (?:\S+ ){1,3}?(?:if|when) | (?:nobody|no one|noone) (?:would|will|is gonna|gonna) (?:even )?(?:miss|mourn) (?:him|her|them|you|em)(?= )| (?:nobody|no one|noone) (?:would |will |is gonna |gonna )?(?:ever )?(?:finds?|find) (?:him|her|them|you|the body|his body|her body|a deputy|a cop|an officer|a trooper)(?= )| no knock | (?:shame|too bad|pity) (?:that )?(?:\S+ ){1,6}?(?:didnt|did not|doesnt|wasnt|werent|couldnt) /g;
/** "…deserves a brick through his skull, not his window": what is spared, not a negation. */
const CONTRAST = / (?:not|instead of) (?:his|her|their|the|your|ur|a|an) \S+ ?$/;
/** "…set the dispatch center on fire so nobody can call": what the threat is for, not its negation. */
const NEGATED_PURPOSE = / so (?:that )?(?:nobody|no one|noone) (?:can|could|will|would|ever)(?= )/g;
/** A device made to explode: no kitchen or firework mishap. */
const DEVICE = / (?:pipe bombs?|ieds?|explosives?|dynamite|c4|car bombs?|pressure cooker|bomb with) /;
/** Family at home, the usual target of a gripe said as a threat. */
const HOUSEHOLD_TARGET =
  / (?:kill|murder|strangle|choke|smother|end) my (?:husband|wife|hubby|kids|son|daughter|mom|mother|dad|father|brother|sister|roommate|boyfriend|girlfriend|dog|cat|teenager|mother in law|in laws) /;
const HOUSEHOLD_GRIPE =
  / (?:mud|floor|floors|dishes|laundry|socks|snacks|leftovers|remote|toilet seat|thermostat|fridge|carpet|couch|snores?|snoring|forgets?|forgot|eats? my|ate my|drank my|late again|tracks|tracked|chewed|chews|mess|messes|chores|homework) /;
/**
 * A match, a goal, a contest: "los mató a todos" of a football game, "mató en el concurso de
 * baile". Only the killing is read so: "mañana en el partido vamos a ir por los policías" is no
 * game.
 */
const SPANISH_SPORT =
  / (?:partido|golazo|gol|goles|cancha|futbol|torneo|campeonato|concurso|baile|karaoke|escenario|competencia)(?= )/;
const SPANISH_ROUT =
  / (?:mato|mataron|matamos|mataste|matan|matar|masacre|masacraron|masacramos|destrozo|destrozamos|destrozaron|aplastamos|aplasto)(?= )/;
/** "I hope the officer who got shot recovers": wishing the victim well. */
const SYMPATHY =
  / (?:(?<!(?:wont|not|never|doesnt|dont|cant|wouldnt|gonna) )recover|recovers|recovery|heal|heals|get well|gets better|pulls? through|prayers(?! that)|pray(?:ing)? for(?! the day| (?:a|one|some) (?:stray )?(?:bullet|bullets|round|rounds|car bomb|bomb|sniper|drive by) (?!proof|resistant)| (?:a rockslide|a landslide|an avalanche|a riot|a flood|a storm|a tornado|a hurricane|a wreck|a crash|a semi|a train|lightning|anything|something) )|vigil|memorial(?! day)|mourn|mourning|rest in peace|rip(?! (?:the|his|her|your|ur|their|out|off|apart|open|into|him|them|you|em))|condolences|thoughts are with|speedy|full recovery|safe return) /;
/** "…someone's gonna get hurt" among hazards (kids on a bridge, a blind curve) warns, it does not wish. */
const UNNAMED_SUFFERER =
  /^ ?(?:someone|somebody|someones|somebodys|a kid|kids|a child|a pedestrian|people)(?: is| s)? (?:gonna|going to|will|could|might)(?: end up)? (?:get|be|die)\b/;
/**
 * "They don't investigate unless somebody dies", "does somebody have to get killed first?":
 * neglect charged, nobody wished dead.
 */
const NEGLECT =
  / (?:unless|until|till|before) (?:somebody|someone|a kid|a child|people|a pedestrian) (?:actually |finally |really )?(?:dies|die|gets (?:hurt|killed|shot|run over)|is killed)(?= )| (?:does|do|will|must) (?:somebody|someone|a kid|a child|people|anyone|an officer) (?:have|need|got) to (?:get )?(?:killed|hurt|shot|run over|die|dead)(?= )/;
/** "How many more people have to die before…" asks, it does not threaten. */
const RHETORICAL = / how many (?:more )?(?:\S+ ){0,3}?(?:have|has|need|needs|must|will|gotta) to /;
const REPORTED_SPEECH =
  / (?:(?<!just )saying(?! (?:it|this|that) (?:twice|again))|say(?! (?:it|this|that) (?:twice|again)| (?:hi|hello) )|said(?! (?:hi|hello|hey) )|says|wrote(?! (?:(?:me|us|him|her|them|you|it) (?:up|a ticket|a citation|tickets)|(?:my|our|his|her|the|that|this|a) (?:\S+ (?:a |that |the )?)?(?:ticket|tickets|citation|citations|warning)|(?:me|us|him|her|them) (?:up )?(?:on|at) (?:the |a )?(?:\S+ ){0,2}?(?:road|rd|street|st|highway|hwy|lane|ln|avenue|ave|drive|dr|boulevard|blvd|turnpike|route|bridge|lot|exit|interstate|freeway|bypass|parkway|pkwy)))|writes(?! (?:me|us|him|her|them|you|tickets?|a ticket|citations?))|posted|(?<!(?:my|your|ur|the|these|those|his|her|their|our|of|a) )(?:post(?! (?:defending|supporting|praising|from|by|it|his|her|their|my|our|me|your|ur) )|posts|posting)|write(?! (?:this|it|that) down| (?:me|us|him|her|them|you|u|my \S+|our \S+) (?:\S+ ){0,2}?(?:tickets?|citations?|warnings?|up)\b)|writing(?! (?:me|us|him|her|them|you|it|that|this|up|tickets?|a ticket|citations?|the ticket))|tweeted|threatening|threaten|threatens|threatened|threat|threats|joke|joking|jokes|claims?|claimed|shouting|shouted|yelling|yelled|chanting|chanted|(?:calling|calls|call) for(?! (?:protests?|peace|calm|change|unity|answers|accountability|transparency|a meeting|backup|help|an ambulance) )|comments? like|comments? that|(?:the|that|this|his|her|their) comments? about|statements? like|things like|stuff like|posts? like|tweets? like|words like|dicen|dijo|decir|decia|reporte|denuncie|typing|typed|quoting|quoted|texted|texting|messaged|dmd|dmed|bragging (?:about|that|hes|shes|he s|he is|hed|he would|hell|she)|running (?:his|her|their) mouth|keep seeing|keeps saying|escribio|escribieron|comento|comentaron) /;
/** A quoted threat named as someone's comment: "'…' — that comment is still up. Why?" */
const NAMED_AS_COMMENT = / (?:that|this|the|his|her|their) (?:comment|post|tweet|reply) /;
/** Whose words they are: before the threat, not its subject ("whoever runs this page should…"). */
const REPORTED_PEOPLE =
  / (?:people who|whoever|anyone who|someone who|those who) (?:\S+ )?(?:say|says|said|saying|write|writes|wrote|post|posts|posted|think|thinks|believe|believes|call|calls|want|wants|wish|wishes|joke|jokes|comment|comments|tweet|tweets|threaten|threatens|threatened) /;
const CONDEMNATION =
  / (?:disgusting|unacceptable|wrong|not ok|not okay|vile|shameful|ashamed|condemn|condemns|condemned|reported|appalling|awful|terrible|horrible|horrifying|horrific|terrifying|chilling|frightening|sick|sickening|dumb|dumbest|stupid|ignorant|idiotic|ridiculous|nonsense|not cool|insane|unhinged|pathetic|messed up|the worst|sound like|sounds like|hateful|no place|not acceptable|part of the problem|hate speech|inexcusable|cruel|not free speech|is a threat|are threats|take it seriously|sick of|tired of|outrageous|evil|gross|crime|illegal|should be arrested|be investigated|report|reporting|inaceptable|asqueroso|verguenza|felony|a felony|knock it off|cut it out|grow up|doesnt help|does not help|protest peacefully|no se vale|no es justicia|eso no se hace|scary|mods|screenshotted|got banned|non emergency line|be charged|delete it|take it down|forwarded it|told the deputy|told the officer|thats how people get (?:hurt|killed)|no se dice|reportarlo|reportado|reportada) /;
const NEWS =
  / (?:suspect|suspects|arrested|charged|accused|allegedly|alleged|according to|police say|police said|reportedly|sentenced|convicted|indicted|plotted|plotting|planned to|man who|woman who|teen who|investigating|investigation|detenido|acusado) /;

/**
 * "You arrested my brother for nothing", "that deputy who arrested me": a grievance told by the one
 * it happened to, not news.
 */
const GRIEVANCE =
  / (?:you|yall|u|ya) (?:\S+ )?(?:arrested|charged|accused) | (?:who|that) (?:arrested|charged|accused|ticketed|cited|booked) (?:me|us|my) /g;

/** Where a reporting word is the threat's own: a bounty ("whoever …"), "say goodbye to …". */
const OWN_WORDS =
  / (?:gets|will get|wins|earns|get) (?:a |my |the |\S+ )?(?:reward|prize|bounty|paid|medal) |^ (?:say|kiss) goodbye | (?:said|say|kissed) (?:bye|goodbye|good bye) |^ bomb threat (?:\S+ ){1,8}?(?:not kidding|no joke|not a joke|this is real|for real|not playing) /;
/** "Put out one more post bragging about that raid and watch…": a condition, not a report. */
const ONE_MORE_AND = /(?:^| )(?:one more|1 more|another) (?:\S+ ){0,6}?and /;
/** "I don't think anyone should…": the opinion negates the call that follows. */
const NEGATED_OPINION =
  / (?:dont|do not|didnt|never) (?:think|believe|want|say|said) (?:\S+ ){0,2}?(?:anyone|anybody|people|we|you|they|nobody|someone|somebody) (?:should|to|needs? to|has to|have to) (?:\S+ ){0,3}$/;
/** "The tamales are to die for": praise of food, a view, a dress. */
const TO_DIE_FOR =
  / (?:is|are|was|were|looks?|smells?|tastes?|sounds?|s) (?:just |simply |literally |absolutely |honestly )?to die for /;
/**
 * "…is going to get somebody killed", "…is going to end with someone dead", "that's how people get
 * killed": a warning of harm to come.
 */
const WARNING =
  / (?:(?:gonna|going to|will|could|would) get (?:somebody|someone|people|a kid|an officer|innocent people|us|you) (?:killed|hurt|shot)|(?:gonna|going to|will|could|would) end (?:with|in) (?:somebody|someone|people|a kid) (?:dead|hurt|killed)|(?:thats|that is|this is) (?:exactly )?how (?:\S+ )?(?:people|somebody|someone|kids|officers) (?:get|end up) (?:killed|hurt|shot|dead))/;
/** "The trucks run the red light all day. Somebody is going to get killed": a warning, with nothing after it. */
const SOMEBODY_WILL_GET_HURT =
  / (?:somebody|someone|a kid|people|an officer|a pedestrian) (?:is|s|are) (?:gonna|going to) get (?:killed|hurt|hit|run over) $/;
/**
 * The same warning said otherwise ("someone will get killed", "someone's going to get hurt"):
 * a warning only where a hazard is named, since "if you pull me over again someone will get
 * hurt" threatens.
 */
const SOMEBODY_MAY_GET_HURT =
  / (?:(?:somebody|someone|a kid|people|an officer|a pedestrian) (?:will|could|might)|(?:somebodys|someones) (?:gonna|going to)) get (?:killed|hurt|hit|run over) $/;
/** A game between two sides, named anywhere in the comment. */
const MATCHUP = onOneByteText(
  / (?:vs|versus) (?:the )?(?:\S+ ){0,3}?(?:softball|basketball|hockey|football|baseball|soccer|volleyball|tug of war|game|games|match|bowling|trivia|cookoff|cook off|broomball|kickball|dodgeball|pickleball|golf) | (?:on )?(?:friday|saturday|sunday|homecoming|tonight|this week) (?:\S+ )?(?:\d{1,2}|\d{2,3}) (?:to )?(?:0|\d{1,2}) (?:$|lol|🏈|🏀|⚾|🏒)/,
);
/** What one side does to the other in a game: beaten, not hurt. */
const SPORTS_VERB =
  / (?:slaughter|slaughtered|destroy|destroyed|crush|crushed|murder|murdered|smoke|smoked|bury|buried|massacre|wreck|wrecked|kill|killed) /;
/** A beating that a game can give. */
const ROUT = /^ ?(?:beating|beatdown|whooping|ass whooping) /;
/** The law, the ballot or the press: what a non-violent "you're finished" rests on. */
const LAWFUL_RECOURSE =
  / (?:my|our) (?:lawyer|lawyers|attorney|attorneys) |(?: lawsuit| suing| sue (?:you|yall|the|this|them|him|her)| see you in court| records request| foia) | (?:video|footage|bodycam|body cam|tapes?) (?:comes? out|drops?|is released|gets released) | vote (?:you|him|her|them|yall) out | at the ballot box /;
/** Arms named in a menace: then no lawyer or ballot in the comment makes it a figure of speech. */
const ARMS = / (?:gun|guns|glock|pistol|rifle|shotgun|knife|bat|bats|bomb|strap|piece|ar|ak|ammo|rounds) /;

/** A match that opens with the poster's own intent: "I'll …", "im gonna …", "we will …". */
const OWN_INTENT_START =
  /^ (?:ill|i will|im gonna|im going to|imma|ima|well|we will|were gonna|were going to) /;
/** "He keeps telling me he wants to kill …, I reported him": reporting, when condemned. */
const TOLD = / (?:telling|told|tells|tell) /;
/** "(The man told deputies) he was going to kill the sheriff": someone else's intent, narrated. */
const THIRD_PERSON_PAST =
  /^ ?(?:he|she|they|someone|somebody) (?:was|were|would|had|wanted|wants|planned|tried|threatened) | who (?:was|were) (?:going|gonna|about) to /;

/** "The next woman who laughs at me…" names a target to come, not someone in the news. */
const NEXT_ONE_WHO = / (?:next|any|every|first|each|last) (?:man|woman|teen|guy|person) who /g;

/** The `count` words before `at`, and on to `end`, as one padded string. */
function wordsBefore(view: CommentView, at: number, count: number, end = at, from = 0): string {
  let start = at;
  for (let seen = 0; start > from && seen <= count; start--) if (view.joined[start - 1] === ' ') seen++;
  return view.joined.slice(start, end + 1);
}

/**
 * Whether a negation before or inside a match negates it. Intimidation carries its own ("you won't
 * see it coming"). The threat head's match is a whole sentence whose negations the head has read
 * already: only one near its start negates it ("Nobody should…", "I would never…"), not one further
 * on ("Especially to troopers who can't leave people alone").
 */
function negatesMatch(view: CommentView, match: ThreatMatch, sentence: number): boolean {
  const end = match.kind === 'intimidation' ? match.at : match.end;
  // "if they don't fire him, somebody should just shoot him": the condition's negation, which
  // may start further back than the three words read before a match.
  const wide = wordsBefore(view, match.at, 8, end, sentence);
  const text = NEGATED_CONDITION.test(wide) ? wide : wordsBefore(view, match.at, 3, end, sentence);
  const negator = NEGATORS.exec(
    text
      .replace(NEGATED_CONDITION, ' ')
      .replace(EAGER, ' ')
      .replace(NEGATED_OUTCOMES, ' ')
      .replace(UNDESERVED_LIFE, ' ')
      .replace(INDIFFERENT, ' ')
      .replace(NEGATED_PURPOSE, ' ')
      .replace(CONTRAST, ' ')
      // "Pipe bomb in the arena sunday. Don't come": the warning is the threat's own.
      .replace(match.kind === 'bomb' ? STAY_AWAY : NOTHING, ' '),
  );
  if (!negator) return false;
  if (!match.learned) return true;
  // The words the negation may sit in: the three before and the match's first few. What the
  // replacements took out only moves a negation nearer the start, never past the reach.
  let reach = match.at;
  for (let words = 0; reach < end;)
    if (view.joined[++reach] === ' ' && ++words === LEARNED_NEGATION_WORDS) break;
  // Where the negation's word begins in the view (its pattern starts on the space before it).
  const textStart = end + 1 - text.length;
  return textStart + negator.index + 1 < reach;
}

/** Words at the start of the threat head's sentence where a negation counts. */
const LEARNED_NEGATION_WORDS = 4;

/** Why this threat match is not a threat, or undefined when it is one. */
export function defuseThreat(comment: CommentView, match: ThreatMatch): ThreatDefusal | undefined {
  // The threat was found in this view, slips read as words (threat-slips.ts).
  const view = threatView(comment);
  const phrase = view.joined.slice(match.at, match.end + 1);
  // In a conditional the "if" part may hold a negation ("if you don't stop…"): only the
  // consequence counts. A negation in an earlier sentence negates nothing here.
  const sentence = sentenceStart(view, match.at);
  const negated =
    match.kind === 'conditional'
      ? CONSEQUENCE_NEGATORS.test(
          phrase.slice(Math.max(0, phrase.length - 30)).replace(NEGATED_OUTCOMES, ' '),
        )
      : negatesMatch(view, match, sentence) ||
        NEGATORS_BEFORE.test(wordsBefore(view, match.at, 3, match.at, sentence));
  if (negated || NEGATED_OPINION.test(wordsBefore(view, match.at, 8, match.at, sentence))) return 'negated';
  // "This stew is to die for"; "that's how people get killed", "you're going to get somebody
  // killed": praise and warnings.
  if (TO_DIE_FOR.test(view.joined) && / to die $/.test(view.joined.slice(match.at, match.end + 1)))
    return 'idiom';
  if (
    match.kind !== 'intent' &&
    match.kind !== 'conditional' &&
    (WARNING.test(phrase) || SOMEBODY_WILL_GET_HURT.test(view.joined))
  )
    return 'hazard';
  // "Golf carts fly down our street every afternoon. Someone's going to get hurt."
  if (match.kind !== 'intent' && SOMEBODY_MAY_GET_HURT.test(view.joined) && testPhrase(view, HAZARD))
    return 'hazard';
  // "I'm gonna kill my husband if he tracks marsh mud on my floor one more time": a household gripe.
  if (HOUSEHOLD_TARGET.test(phrase) && HOUSEHOLD_GRIPE.test(view.joined)) return 'idiom';
  // "Sheriff's office vs fire dept softball this weekend. we bout to slaughter them"
  if (SPORTS_VERB.test(phrase) && MATCHUP.test(view.joined)) return 'idiom';
  // "we gave them a beating they won't recover from at the game": a rout, not a menace.
  if (match.kind === 'intimidation' && ROUT.test(phrase) && testPhrase(view, CONTEST)) return 'idiom';
  // "When that video comes out, you're all finished": ruin by the law, the ballot or the press.
  if (match.kind === 'intimidation' && LAWFUL_RECOURSE.test(view.joined) && !ARMS.test(phrase))
    return 'rhetorical';
  // A person acting ("I'm going to run over the officer directing traffic") is no hazard.
  const after = view.joined.slice(match.end, match.end + 24);
  // "…should die in prison" is a sentence served; "…gets stabbed in prison" is not.
  if (FIGURATIVE_AFTER.test(after) && !(/^ ?in (?:prison|jail)/.test(after) && HURT_DONE.test(phrase)))
    return 'idiom';
  // "Dying inside", "dead inside"; not "…on fire with everybody inside".
  if (DYING_INSIDE.test(after) && / (?:die|dies|dying|died|dead|hurt|hurting|hurts) ?$/.test(phrase))
    return 'idiom';
  // "Guess we'll just wait for someone to die at that intersection": neglect charged.
  if (WAIT_FOR_A_DEATH.test(phrase)) return 'rhetorical';
  // "…scared one of them is going to fall through a floor and die": an accident feared.
  if (ACCIDENT.test(phrase) && FEARED.test(view.joined) && !OWN_OR_WISHED.test(phrase)) return 'hazard';
  // "looks like he'd take a bullet for his handler": loyalty, the bullet taken for someone.
  if (
    /^ bullets? for /.test(phrase) &&
    / (?:take|takes|took|taking) a $/.test(view.joined.slice(Math.max(0, match.at - 12), match.at + 1))
  )
    return 'idiom';
  // "Hunting season opens Saturday, blaze orange on everybody": the season for deer, not for
  // people ("hunting season on cops", or a season that names the police, stands).
  if (/ hunting season (?!on )/.test(phrase) && HUNTING_DAYS.test(view.joined) && !namesPolice(view))
    return 'idiom';
  // "Nothing like a 5am flight to make you want to die a little": weariness, not a wish.
  if (
    /^ (?:you|me|u|us|anyone|people|everyone) want to die(?: |$)/.test(phrase) &&
    MADE_TO_WANT.test(view.joined.slice(Math.max(0, match.at - 16), match.at + 1))
  )
    return 'idiom';
  // "Kick rocks, pig": go away, not a kick.
  if (/ kick(?:s|ing)? rocks /.test(phrase)) return 'idiom';
  // "Smoke all you want down by the creek": as much as you like, not all of you.
  if (/ all (?:you|u|yall) $/.test(phrase) && /^ ?(?:want|like)\b/.test(after)) return 'idiom';
  // "people fly down it like they want to kill someone": how they drive, likened.
  if (SIMILE_DOER.test(phrase) && / (?:like|as if|as though) $/.test(view.joined.slice(0, match.at + 1)))
    return 'idiom';
  // "Dead wrong", "dead serious", "dead tired": an adverb; "…breaks his legs. Serious." is not.
  if (/ dead ?$/.test(phrase) && DEAD_AS_ADVERB.test(after)) return 'idiom';
  if (DYING_TO.test(view.joined.slice(match.at, match.end)) && EAGER_FOR.test(after)) return 'idiom';
  // "I'll take a stab at it: he turns himself in by Friday" guesses.
  if (A_GUESS.test(phrase)) return 'idiom';
  // "ur gonna get stabbed in the drive thru line": a stabbing is no hazard of the road.
  if (
    (match.broad || UNNAMED_SUFFERER.test(phrase)) &&
    match.kind === 'wish' &&
    !DELIBERATE_HARM.test(phrase) &&
    testPhrase(view, HAZARD)
  )
    return 'hazard';
  if (match.kind === 'wish' && NEGLECT.test(view.joined)) return 'rhetorical';
  // "The grill is gonna blow up", not "a pipe bomb … enjoy the fireworks".
  if (match.kind === 'bomb' && FIRE_HAZARD.test(view.joined) && !DEVICE.test(phrase)) return 'hazard';
  if (match.kind === 'intimidation' && phrase.startsWith(' enjoy') && testPhrase(view, FAREWELL))
    return 'idiom';
  // A memorial or a prayer elsewhere in the comment does not soften the poster's own intent.
  const ownIntent = match.kind === 'intent' || match.kind === 'conditional';
  if (!ownIntent && SYMPATHY.test(view.joined)) return 'sympathy';
  // "¡Los mató a todos!" of a goal in a charity match.
  if (SPANISH_ROUT.test(phrase) && SPANISH_SPORT.test(view.joined)) return 'idiom';
  // "Fireworks are illegal in city limits lol who cares. Light em all up": fireworks lit.
  if (/^ light (?:em|them|those|these|it|that)\b/.test(phrase) && FIRE_HAZARD.test(view.joined))
    return 'idiom';
  const condemned = CONDEMNATION.test(view.joined);
  // Quoted in whole or in its threatening end ("If you think 'trans people should be shot' is…").
  if (
    match.span &&
    (condemned || REPORTED_SPEECH.test(view.joined) || NAMED_AS_COMMENT.test(view.joined)) &&
    (insideQuotes(view.tokens.text, match.span.start) || insideQuotes(view.tokens.text, match.span.end - 1))
  )
    return 'counter-speech';
  if (RHETORICAL.test(wordsBefore(view, match.at, 6, match.end))) return 'rhetorical';
  // "People saying officers deserve to die…": the reporting verb may sit inside the match.
  const reportedBy = REPORTED_PEOPLE.test(wordsBefore(view, match.at, 6));
  // A reporting word inside the poster's own stated intent reports nothing: "I'll put my fist
  // through that cop's teeth next time he says one word to my kid".
  const ownStart = (match.kind === 'intent' || match.learned === true) && OWN_INTENT_START.test(phrase);
  const before = wordsBefore(
    view,
    match.at,
    6,
    ownStart ? match.at : Math.max(match.at, match.end - 12),
  ).replace(EAGER, ' ');
  const reported = REPORTED_SPEECH.test(before) || reportedBy;
  if ((reported || TOLD.test(before)) && (condemned || NEWS.test(view.joined))) return 'counter-speech';
  // "Whoever kills the officer gets a reward" offers a bounty: "whoever" reports no one.
  if (reported && match.kind !== 'conditional' && !OWN_WORDS.test(phrase) && !ONE_MORE_AND.test(before))
    return 'reported';
  if (THIRD_PERSON_PAST.test(phrase)) return 'reported';
  // "The officer that arrested my son won't live to see Christmas": news words describe the
  // target of an intimidation, they do not report it.
  if (
    match.kind !== 'intimidation' &&
    match.kind !== 'conditional' &&
    !match.onReportedAttack &&
    NEWS.test(wordsBefore(view, match.at, 9).replace(NEXT_ONE_WHO, ' ').replace(GRIEVANCE, ' '))
  )
    return 'reported';
  return undefined;
}

const VIOLENCE = gated(
  / (?:kill|kills|killing|killed|slaughter|slaughtered|hit|blew|blown|blow|blowing|shoot|shooting|shot|shots|hurt|hurting|harm|die|died|dies|dying|dead|death|bomb|bombed|attack|attacks|attacked|attacking|murder|murdered|stab|stabbed|stabbing|gun|guns|gunfire|knife|crash|threat|threats|threaten|threatening|violence|violent|lynch|lynched|lynching|murdering|murders|beaten|assault|assaulted|hanged|executed|execution|strangled|shootings|stabbings|massacre|bombing|bombings|wounded|injured|brawl|fight|broken jaw|run over|ran over|running over|arson|matar|muerte|muerto|muertos) /,
);
const CONDEMNS = gated(
  / (?:never (?:ok|okay|acceptable|right|the answer)|not (?:ok|okay|acceptable|right|the answer|funny|a joke)|unacceptable|disgusting|wrong|no place|should be ashamed|is a crime|are a crime|is illegal|hateful|sickening|horrifying|horrific|terrifying|chilling|frightening|vile|condemn|condemns|no excuse|not cool|stop calling for|stop saying|stop posting|stop wishing|part of the problem|hate speech|hate crime|look bad|thats a crime|that s a crime|its a crime|sick of|tired of|says more about|wishing (?:death|harm|violence) on|nobody should|no one should|no one deserves|nobody deserves|inaceptable|felony|a felony|doesnt help|does not help|knock it off|cut it out|grow up|protest peacefully|thats how|that is how|thats exactly how|(?:is|thats|that is|its) (?:pure |just |truly |straight up )?(?:evil|sick|twisted|messed up)) /,
);
/** "People who call for women to be shot are the worst": condemns the people, not the target. */
const CONDEMNS_THOSE_WHO = gated(
  / (?:people|anyone|those|whoever|someone|somebody) who (?:\S+ ){1,8}?(?:are|is) (?:the worst|evil|sick|awful|terrible|horrible|vile|disgusting) /,
);

/** "Killing me", "kill my tires", "killed it": violence words aimed at no one. */
const FIGURATIVE_VIOLENCE = gated(
  / (?:kill|kills|killing|killed|murder|murdering|dying|died|dead|slayed|slaying|crushed) (?:it|me|my|time|this|that|for|laughing|of laughter) | (?:kill|kills|killing|killed) (?:the |our |small |local |a |this |that )?(?:rumor|rumors|bill|idea|mood|vibe|lights|engine|program|deal|project|plan|budget|economy|jobs|business|businesses|competition|buzz|momentum|tires) /,
);
/** "Blew up my phone", "the post blew up overnight", "hit me up": attention, not violence. */
const FIGURATIVE_CONTACT = gated(
  / hit (?:me|us|him|her|them) (?:up|back) | (?:knocked|knock|knocking) em dead | (?:blew|blown|blow|blowing) up (?:my|your|our|his|her|the) (?:phone|inbox|notifications|dms|mentions|feed)| (?:blew|blown|blowing) up (?:overnight|online|on (?:social|twitter|facebook|tiktok|instagram|the internet)|everywhere) /,
);
/** "Slaughter them at trivia night", "I killed the chief in paintball": contests, not fights. */
const CONTEST = gated(
  / (?:games?|match|tournament|trivia|chess|checkers|poker|bowling|softball|baseball|basketball|football|soccer|hockey|volleyball|tug of war|paintball|laser tag|airsoft|video games?|fortnite|scoreboard|league|playoffs|finals?|championship|race|competition|contest|cornhole|scrimmage|rematch) /,
);
/** "We shouldn't want anyone to get hurt". */
const NEGATED_VIOLENCE = gated(
  / (?:not|never|nobody|no one|noone|shouldnt|dont|doesnt|wont|wouldnt|cant|no) (?:\S+ ){0,4}?(?:hurt|harm|harmed|kill|killed|die|shot|shoot|attack|attacked|threaten|threatened|wish death|wish harm|burn) /,
);

/** Any word of violence at all, threat or not: the model alone must be surer of such comments. */
export function mentionsViolence(view: CommentView): boolean {
  return testPhrase(view, VIOLENCE) || testPhrase(view, VIOLENCE_MORE);
}
/** Words that are violent in one sense only ("fired", "burn", "killer"): enough to ask more of the model. */
const VIOLENCE_MORE = gated(
  / (?:killer|killers|fire|fired|firing|burn|burns|burned|burning|threaten|threatened|beat|beating|hang|hanged|punch|punched) /,
);

/**
 * Words of violence used for news, hazards or figures of speech ("two killed in a crash",
 * "these potholes will kill my tires"): not the poster's hostility.
 */
export function mentionsViolenceIncidentally(view: CommentView): boolean {
  if (!testPhrase(view, VIOLENCE)) return false;
  return (
    mentionsViolenceFiguratively(view) ||
    testPhrase(view, HAZARD) ||
    NEWS.test(view.joined.replace(GRIEVANCE, ' ')) ||
    testPhrase(view, NEGATED_VIOLENCE)
  );
}

/** Words of violence as figures of speech or sport ("killed it", "slaughter them at trivia"). */
export function mentionsViolenceFiguratively(view: CommentView): boolean {
  return (
    testPhrase(view, FIGURATIVE_CONTACT) || testPhrase(view, FIGURATIVE_VIOLENCE) || testPhrase(view, CONTEST)
  );
}

/** Talks about violence only to condemn it: the model's "offensive" must not hide it. */
export function condemnsViolence(view: CommentView): boolean {
  return testPhrase(view, VIOLENCE) && (testPhrase(view, CONDEMNS) || testPhrase(view, CONDEMNS_THOSE_WHO));
}
