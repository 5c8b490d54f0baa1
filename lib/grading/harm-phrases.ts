/**
 * Harms that are not a verb and its object, for the sentence reading of threats
 * (threat-sentences.ts): harm nouns ("deserves a bullet"), words of dying, and harm phrases
 * ("fed to the dogs", "lined up against a wall"), some of which carry their own wish ("the cure
 * is a bullet"). Written by us, over the normalised words.
 */

/** Nouns that make the harm: "deserves a bullet", "belongs on a gallows". */
// prettier-ignore
export const HARM_NOUNS = new Set([
  'bullet', 'bullets', 'noose', 'nooses', 'gallows', 'coffin', 'coffins', 'casket', 'grave', 'beating',
  'beatdown', 'beatings', 'bloodbath', 'massacre', 'lynching', 'molotov', 'molotovs', 'acid', 'gasoline', 'buckshot',
  'lethal', 'wheelchair', 'stomping', 'curbstomping', 'curbstomp', 'whooping', 'thrashing', 'pounding',
]);
/** Dying, wished on someone: "may every cop in this county die screaming". */
export const DYING = new Set(['die', 'dies', 'dead', 'perish', 'bleed']);

/**
 * Harms worded as a phrase rather than a verb and its object: "thrown off rooftops", "fed to
 * the dogs", "lined up against a wall", "set on fire", "sprayed with bullets".
 */
export const HARM_PHRASE =
  / (?:(?:throw|thrown|threw|throwing|toss|tossed) (?:\S+ ){0,3}?off (?:a |the )?(?:roofs?|rooftops?|bridges?|buildings?|cliffs?)|(?:feed|fed|feeding) (?:\S+ ){0,4}?to (?:the |my |his |our )?(?:\S+ )?(?:dogs?|pigs|sharks|wolves|bulls|k9s?|gators|alligators|hogs|lions)|(?:line|lined|lining) (?:\S+ ){0,4}?up against (?:a|the) wall|against the wall|(?:set|sets|setting|light|lights|lit) (?:\S+ ){0,6}?(?:on fire|alight|ablaze)|(?:drop|plant|place|leave|put|set|throw|toss|dropping|planting|leaving) (?:a |an |some |my )?(?:pipe )?(?:bombs?|ieds?|explosives?|grenades?|molotovs?) (?:in|at|under|into|inside|on)|(?:shoot|shooting|fire|firing|blast|blasting) (?:\S+ )?(?:thru|through) (?:the|my|your|their|ur) (?:door|doors|window|windows|walls?)|set fire to|(?:spray|sprayed|spraying|riddle|riddled|pepper|peppered) (?:\S+ ){0,4}?with (?:bullets|lead|gunfire|rounds|holes)|(?:pour|pouring|poured|douse|dousing|doused) (?:\S+ ){0,2}?(?:acid|gasoline|gas|petrol|kerosene|diesel|bleach|lighter fluid)|(?:drag|dragged|dragging) (?:\S+ ){0,9}?(?:behind (?:a|my|his|our|the) (?:truck|car)|through the streets)|(?:put|puts|putting|send|sending|leave|leaving) (?:\S+ ){0,4}?(?:in a wheelchair|in the ground|in the dirt|in a body bag|in body bags|six feet under|in the hospital|in the morgue|in an early grave)|(?:end|ends) of a rope|(?:put|send|throw|shove|lock|herd|putting|sending) (?:\S+ ){0,4}?(?:in|into|to) (?:the )?(?:gas chambers?|ovens?|furnaces?|concentration camps?|death camps?)|(?:rope|ropes|noose|nooses) (?:around|round) (?:their|his|her|your|ur|the) necks?|body bags?|firing squad|electric chair|open season on|hunting (?:\S+ ){0,3}?for sport|(?:take|taking|took) (?:a |my |the |his |our )?(?:sledgehammer|bat|hammer|crowbar|machete|axe|knife|blade|brass knuckles) to|(?:put|putting|puts) (?:ahole|(?:a )?(?:hole|holes|bullet|bullets|round|rounds)) in|(?:pop|popping|bust|busting) (?:a )?caps? in|knock (?:\S+ ){0,3}?teeth (?:in|out)|(?:shove|shoving|push|pushing|throw|throwing|toss|tossing) (?:\S+ ){1,4}?(?:down|off|in front of|into|out of) (?:a |an |the |my |their )?(?:\S+ )?(?:shaft|stairs|stairwell|roof|rooftop|window|bridge|cliff|train|traffic|bus|river|lake|wood ?chipper|furnace|oven)|(?:cut|cutting|cuts) (?:the |their |his |her |your |ur )?brake (?:lines|line|cables)|open(?:ing)? fire (?:on|at|into)|roast(?:ed|ing)? (?:\S+ )?(?:on a spit|alive)|blown (?:up )?to (?:pieces|bits|smithereens|kingdom come)|(?:hanging|hang|hung|hanged|swinging|swing) from (?:a |the )?(?:tree|trees|lamppost|lamp post|lampposts|bridge|rope|noose|gallows|overpass)|until (?:his|her|their|your|ur) hearts? stops?|(?:until|till|til) (?:he|she|they|you|u) (?:stops? breathing|dies|die|bleeds?|cant (?:breathe|walk|stand|see))|(?:until|till|til) (?:theyre|they are|hes|he is|shes|she is|youre|you are) dead|(?:a |the )?(?:bat|crowbar|hammer|brick|pipe|machete|knife|bullet|tire iron) to (?:the|your|ur|his|her|their|both|both of (?:his|her|their|your)) (?:head|face|skull|chest|knees|kneecaps|back|legs)|(?<= (?:me|ill|imma|ima|gonna|to|will|lets)) off (?:him|her|them|you|u|em|the \S+|that \S+|every \S+)|(?:find out|know|learn|teach (?:\S+ ){1,3}?|show (?:\S+ ){1,3}?) what (?:a )?(?:real )?(?:beating|beatdown|bullet|knife|bat|curb ?stomp) feels like|eat (?:his|her|your|ur|their) (?:own )?(?:gun|bullet|bullets|pistol|glock|shotgun)|(?:put|putting|pump|pumping|empty|emptying) (?:a |one |two |three |six |some |\S+ )?(?:rounds?|bullets?|slugs?|holes?|clips?|mags?|magazines?) (?:through|in|into)|(?:throw|throwing|hurl|hurling|chuck|chucking) (?:\S+ )?(?:bricks?|rocks?|stones?|bottles?|molotovs?|knives|bombs?) at|(?:dealt with|taken care of|silenced|gotten rid of|got rid of|eliminated|removed|disappeared) (?:permanently|for good|once and for all)|rig (?:\S+ ){0,4}?(?:to|so (?:it|that it)) (?:blow|explode|goes off|go off)|run (?:\S+ ){1,4}?off (?:the )?(?:road|interstate|highway|freeway|bridge|cliff|overpass)|introduce (?:\S+ ){0,3}?(?:face|head|skull|teeth|jaw) to (?:my|the|a) (?:\S+ )?(?:fists?|knuckles|bat|boot|boots|pavement|curb|hammer)|picking (?:up )?(?:your|his|her|their|ur) teeth|(?:empty|emptying|emptied|dump|dumping|unload|unloading) (?:the |my |a |whole |a whole )?(?:clip|mag|magazine|glock|strap|chopper)|catch(?:ing|in)? (?:a |another |some )?bod(?:y|ies)|teach (?:\S+ ){1,3}?a lesson with (?:a |my |the |some )?(?:bat|bats|gun|guns|glock|knife|pipe|brick|fists?|crowbar|hammer)|go(?:es|ing)? (?:full )?(?:john wick|rambo|postal) on|pay(?:s|ing)? (?:\S+ ){1,2}?a (?:little |lil |friendly )?visit with (?:a |my |the |some )?(?:shotgun|gun|guns|glock|bat|knife|machete|pistol|rifle|ar|ak|crowbar|gas can)|(?:send|sends|sending|sent) (?:\S+ ){1,3}?to (?:go )?meet (?:his|her|their|your|ur|the) maker|(?:turn|turns|end|ends|wind|winds|wash|washes) up (?:dead )?in (?:a |the )?(?:ditch|river|shallow grave|body bag|morgue|dumpster|trunk)) /;

/**
 * Harms that carry their own wish or intent, needing only a person in the sentence: "the cure is
 * a bullet", "a mob with torches to go after…", "I'm going to make your wife a widow".
 */
export const WISH_PHRASE =
  / (?:make (?:his|her|your|ur|their) (?:wife|husband|kids|children|son|daughter|family) (?:a )?(?:widow|widower|widows|orphans|fatherless|motherless)|(?:cure|answer|solution|fix|remedy) (?:for (?:\S+ ){1,3})?(?:is|is a|are) (?:a |the )?(?:bullets?|rope|noose|gallows|extermination|genocide|gas chambers?|firing squad)|mob (?:\S+ )?with (?:torches|pitchforks|rope|ropes|guns) (?:\S+ ){0,3}?(?:go after|hunt|find|deal with|round up|string up)|(?:people|someone|somebody|men|guys|citizens|patriots) with (?:baseball )?(?:bats|guns|rifles|pitchforks|torches|ropes|knives) (?:should|need to|ought to|will|must)|(?:ill|i will|ill be|i am|im) (?:be )?the one (?:who|that|to) (?:put|puts|does it|makes it happen|pulls the trigger|lights the match|digs|did it|put them there|put him there|put her there)|(?:is|are|r) (?:all )?fair game|(?:get|grab|bring|fetch|find) (?:a |the |some |me a )?(?:rope|ropes|noose) (?:for|ready for)|bring back (?:public )?(?:hangings|lynchings|the gallows|firing squads|the noose)|(?:needs?|deserves?) (?:a few |some |more |a couple |a couple of |a lot of |lots of )?(?:funerals|body bags|caskets|coffins)|(?:ur|your|yo) (?:kids|children|son|daughter|family|wife|husband) (?:\S+ )?(?:gonna|going to|will|about to|finna|gon) be (?:orphans|fatherless|motherless|a widow|widows|a widower)) /;

/**
 * One of these is in every comment a harm phrase or a wish phrase can match: most comments have
 * none, and skip both patterns.
 */
// prettier-ignore
export const PHRASE_WORDS = new Set([
  'roof', 'roofs', 'rooftop', 'rooftops', 'bridge', 'bridges', 'building', 'buildings', 'cliff', 'cliffs', 'fed',
  'feed', 'feeding', 'wall', 'fire', 'alight', 'ablaze', 'bullets', 'bullet', 'lead', 'gunfire', 'rounds', 'round',
  'holes', 'hole', 'ahole', 'acid', 'gasoline', 'gas', 'petrol', 'kerosene', 'diesel', 'bleach', 'fluid', 'drag', 'dragged', 'dragging',
  'wheelchair', 'ground', 'bag', 'bags', 'under', 'hospital', 'morgue', 'grave', 'rope', 'squad', 'chair', 'season',
  'sport', 'sledgehammer', 'bat', 'hammer', 'crowbar', 'machete', 'axe', 'knife', 'blade', 'knuckles', 'cap',
  'caps', 'teeth', 'spit', 'alive', 'pieces', 'bits', 'smithereens', 'kingdom', 'tree', 'trees', 'lamppost',
  'lampposts', 'post', 'noose', 'gallows', 'overpass', 'until', 'brick', 'bricks', 'pipe', 'iron', 'off', 'feels',
  'eat', 'slug', 'slugs', 'clip', 'clips', 'mags', 'magazines', 'rocks', 'rock', 'stones', 'stone', 'bottles',
  'bottle', 'molotov', 'molotovs', 'knives', 'bombs', 'bomb', 'permanently', 'rig', 'introduce', 'widow', 'widower',
  'widows', 'orphans', 'fatherless', 'motherless', 'extermination', 'genocide', 'chambers', 'chamber', 'mob',
  'ditch', 'river', 'dumpster', 'trunk', 'picking', 'chamber', 'chambers', 'ovens', 'furnaces', 'camps', 'camp', 'shaft', 'stairs', 'stairwell', 'train', 'traffic', 'furnace', 'oven', 'brake', 'one', 'bats', 'guns', 'rifles', 'pitchforks', 'torches', 'ropes', 'pipe', 'ied', 'ieds', 'explosive', 'explosives', 'grenade', 'grenades', 'thru', 'through', 'fair', 'dealt', 'silenced', 'eliminated', 'disappeared', 'removed',
  'gotten', 'taken', 'dirt', 'mag', 'magazine', 'glock', 'strap', 'chopper', 'body', 'bodies', 'lesson', 'stomp', 'curbstomp',
  'wick', 'rambo', 'postal', 'visit', 'maker', 'funerals', 'caskets', 'coffins', 'hangings', 'lynchings', 'sets', 'lights',
]);
