import { SLURS } from './offensive-words';
import { GROUP_MEMBERS, GROUP_NOUNS } from './protected-groups';

/**
 * Verbs of violence against a person or a building, for the sentence reading of threats
 * (threat-sentences.ts). Written by us. Each verb is listed once in its plain form; its other
 * forms are made here. Lower case, no accents, no apostrophes, as comment-tokens.ts normalises.
 *
 * Strong verbs are violent whatever their object, once it is a person ("skewer the officer").
 * Weak verbs have everyday senses too ("hit the gym", "beat the traffic", "cut the cake",
 * "pop the question"): they count only with a person, a body or a building right after them.
 */

// prettier-ignore
export const STRONG_VERBS = [
  'kill', 'murder', 'shoot', 'stab', 'knife', 'shank', 'skewer', 'impale', 'gut', 'disembowel', 'behead',
  'decapitate', 'lynch', 'strangle', 'throttle', 'smother', 'suffocate', 'drown', 'torch', 'incinerate',
  'immolate', 'firebomb', 'dynamite', 'poison', 'assassinate', 'slaughter', 'butcher', 'massacre',
  'exterminate', 'annihilate', 'eradicate', 'slay', 'maim', 'mutilate', 'dismember', 'cripple', 'maul', 'pummel',
  'batter', 'bludgeon', 'clobber', 'flog', 'torture', 'flay', 'scalp', 'castrate', 'rape', 'assault', 'ambush',
  'stomp', 'snipe', 'ventilate', 'whack', 'crucify', 'stone', 'hack', 'slash', 'slit', 'garrote',
  'electrocute', 'execute', 'brutalize', 'brutalise', 'bash', 'headbutt', 'starve', 'hunt', 'unalive',
];

/** Verbs with everyday senses: only with a person, a body or a building right after them. */
// prettier-ignore
export const WEAK_VERBS = [
  'hurt', 'harm', 'injure', 'wound', 'attack', 'beat', 'burn', 'hang', 'choke', 'bomb', 'pick', 'kick', 'punch', 'hit',
  'cut', 'jump', 'bury', 'waste', 'cap', 'pop', 'smoke', 'clip', 'merk', 'level', 'end', 'blast', 'smash',
  'run', 'mow', 'gun', 'blow', 'take', 'knock', 'rough', 'string', 'light', 'finish', 'wipe', 'rub', 'bump',
  'put', 'lay', 'gas', 'merc', 'slice', 'clap', 'air', 'douse', 'ram', 'dome', 'body', 'plow', 'pelt',
  'flatten',
];

/** Verbs violent only to a body ("break his legs", "snap your neck"), not to a person or a thing. */
// prettier-ignore
export const BODY_VERBS = ['break', 'snap', 'crush', 'rip', 'tear', 'cave', 'split', 'slap', 'whip', 'crack', 'bust'];

/**
 * Weak verbs that need a particle to be violent ("gun down", "take out", "knock off", "run over"),
 * before or after the object ("run that cop down").
 */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  mow: ['down'],
  gun: ['down'],
  run: ['over', 'down'],
  blow: ['up', 'away', 'off', 'sky', 'out'],
  take: ['out'],
  knock: ['off', 'out', 'in'],
  rough: ['up'],
  string: ['up'],
  light: ['up'],
  wipe: ['out', 'off'],
  rub: ['out'],
  bump: ['off'],
  do: ['in'],
  put: ['down'],
  lay: ['out'],
  // "Navy will beat 'em": a game, unless the beating is spelled out.
  beat: [
    'up',
    'down',
    'senseless',
    'death',
    'unconscious',
    'bloody',
    'half',
    'shit',
    'sht',
    'hell',
    'crap',
    'living',
    'life',
    'until',
    'till',
    'with',
    'black',
    'brakes',
    'coma',
    'pulp',
    'hospital',
    'driveway',
    'ass',
    'yard',
    'sleep',
    'cell',
    'alley',
    'parking',
  ],
  finish: ['off', 'him', 'her', 'them', 'em', 'you'],
  cave: ['in'],
  pick: ['off'],
  // "air out the cruiser": gunfire; airing a room has no person or car after it.
  air: ['out'],
  plow: ['through', 'thru', 'into', 'over', 'down'],
  // "ram a squad car", "ramming my truck into the cops"; not "RAM members" or "almighty Ram".
  ram: [
    'a',
    'the',
    'that',
    'this',
    'those',
    'these',
    'his',
    'her',
    'their',
    'your',
    'ur',
    'my',
    'into',
    'thru',
    'through',
    'every',
  ],
};

/** Past forms that do not follow the rules. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  shoot: ['shot'],
  beat: ['beat', 'beaten'],
  hang: ['hanged', 'hung'],
  burn: ['burned', 'burnt'],
  cut: ['cut'],
  hit: ['hit'],
  slit: ['slit'],
  blow: ['blew', 'blown'],
  run: ['ran', 'run'],
  break: ['broke', 'broken'],
  tear: ['tore', 'torn'],
  slay: ['slew', 'slain', 'slayed'],
  feed: ['fed'],
  string: ['strung'],
  light: ['lit', 'lighted'],
  take: ['took', 'taken'],
  put: ['put'],
  set: ['set'],
  do: ['did', 'done'],
  lay: ['laid'],
  hurt: ['hurt'],
  gun: ['gunned'],
  mow: ['mowed', 'mown'],
  sling: ['slung'],
  stick: ['stuck'],
};

/** Verbs whose last consonant doubles before -ing and -ed ("stab" → "stabbing", "stabbed"). */
// prettier-ignore
const DOUBLES = new Set(['clap', 'ram', 'stab', 'slit', 'cut', 'hit', 'pop', 'cap', 'rip', 'whip', 'snap', 'slap', 'drag', 'gun', 'run', 'clip', 'flog', 'gut', 'put', 'split']);

export type VerbForm = 'plain' | 'third' | 'ing' | 'past';

function thirdOf(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function ingOf(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  if (DOUBLES.has(verb)) return `${verb}${verb.at(-1) ?? ''}ing`;
  return `${verb}ing`;
}

function pastOf(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return [...irregular];
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  if (DOUBLES.has(verb)) return [`${verb}${verb.at(-1) ?? ''}ed`];
  return [`${verb}ed`];
}

/** What a verb needs to be violent: any person (strong), a person right after it (weak), a body. */
export type VerbReach = 'strong' | 'weak' | 'body';

export interface VerbWord {
  verb: string;
  form: VerbForm;
  reach: VerbReach;
  /** The plain form is also the past ("hit", "hurt", "cut"): "somebody hurt my son" is a report. */
  pastLooksPlain: boolean;
}

/** Every form of every listed verb: "stabbed" → { verb: "stab", form: "past", reach: "strong" }. */
export const VIOLENT_VERB_FORMS: ReadonlyMap<string, VerbWord> = (() => {
  const forms = new Map<string, VerbWord>();
  const add = (word: string, verb: string, form: VerbForm, reach: VerbReach) => {
    // A plain form wins over a past that looks the same ("hit", "cut", "beat").
    if (!forms.has(word)) forms.set(word, { verb, form, reach, pastLooksPlain: pastOf(verb).includes(verb) });
  };
  for (const [list, reach] of [
    [STRONG_VERBS, 'strong'],
    [WEAK_VERBS, 'weak'],
    [BODY_VERBS, 'body'],
  ] as const)
    for (const verb of list) {
      add(verb, verb, 'plain', reach);
      add(thirdOf(verb), verb, 'third', reach);
      add(ingOf(verb), verb, 'ing', reach);
      // "blowin up that station", "shootin": the g dropped.
      add(ingOf(verb).slice(0, -1), verb, 'ing', reach);
      for (const past of pastOf(verb)) add(past, verb, 'past', reach);
    }
  return forms;
})();

/**
 * Person words a threat may aim at: pronouns, officers and staff, anyone, groups (with the
 * protected-groups list and slurs, added by threat-sentences.ts).
 */
// prettier-ignore
export const PEOPLE_WORDS = [
  'you', 'u', 'ya', 'yall', 'him', 'her', 'them', 'em', 'whoever', 'whoevers', 'anyone', 'anybody', 'everyone',
  'everybody', 'someone', 'somebody', 'people', 'person', 'persons', 'guy', 'guys', 'dude', 'dudes', 'man', 'men',
  'woman', 'women', 'girl', 'girls', 'boy', 'boys', 'kid', 'kids', 'child', 'children', 'family', 'families',
  'wife', 'husband', 'son', 'daughter', 'cop', 'cops', 'pig', 'pigs', 'officer', 'officers', 'deputy',
  'deputies', 'police', 'policeman', 'policemen', 'chief', 'sergeant', 'sergeants', 'sarge', 'sargent',
  'lieutenant', 'lieutenants', 'captain', 'detective', 'detectives', 'trooper', 'troopers', 'sheriff',
  'sheriffs', 'marshal', 'marshals', 'agent', 'agents', 'fed', 'feds', 'swat', 'co', 'cos', 'guard', 'guards',
  'dispatcher', 'dispatchers', 'clerk', 'clerks', 'mod', 'mods', 'moderator', 'moderators', 'admin', 'admins',
  'mayor', 'judge', 'judges', 'prosecutor', 'prosecutors', 'council', 'councilman', 'commissioner', 'staff',
  'looters', 'rioters', 'protesters', 'criminals', 'thieves', 'snitch', 'snitches', 'rat', 'rats', 'bastard',
  'bastards', 'traitors', 'liberals', 'conservatives', 'democrats', 'republicans', 'feminists', 'couple',
  'couples', 'teens', 'shift', 'handler', 'handlers', 'k9', 'sro', 'pio', 'bailiff', 'nurse', 'team', 'brass', 'jailer', 'jailers', 'warden', 'driver', 'drivers',
  'worker', 'workers', 'employee', 'employees', 'teacher', 'teachers', 'doctor', 'doctors', 'reporter', 'reporters',
  'journalist', 'journalists', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'official', 'officials', 'inmates',
  'prisoner', 'prisoners', 'students', 'members', 'leader', 'leaders', 'boss', 'owner', 'owners', 'landlord',
  'girlfriend', 'boyfriend', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'cousin', 'friend', 'friends',
  'tech', 'techs', 'investigator', 'investigators', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'bitch', 'bitches', 'yours', 'sgt', 'ofc', 'cpl', 'capt', 'lt', 'det',
  // "12": the police, in street slang ("finna clap the first 12 I see").
  '12', 'pd', 'handler', 'handlers',
  'uniform', 'uniforms', 'recruiter', 'recruiters', 'witness', 'witnesses', 'organizer', 'organizers', 'unit', 'units',
  'protester', 'looter', 'rioter', 'thief', 'committee', 'pirate', 'pirates', 'creep', 'monster', 'pervert', 'ci', 'informant', 'informants', 'rustler', 'rancher', 'poacher', 'assessor', 'tweakers',
  'junkies', 'narc', 'narcs', 'dealer', 'dealers', 'killer', 'killers', 'shooter',
  'murderer', 'rapist', 'rapists', 'pedo', 'pedophile', 'abuser',
  // People by their role in a town, a school, a family or a game: who a threat on a town's
  // page names, listed once here rather than batch by batch.
  'president', 'presidents', 'vp', 'treasurer', 'treasurers', 'secretary', 'chairman', 'chairwoman', 'chairperson',
  'trustee', 'trustees', 'principal', 'principals', 'superintendent', 'dean', 'professor', 'professors', 'coach',
  'coaches', 'ref', 'refs', 'referee', 'referees', 'umpire', 'umpires', 'ump', 'maid', 'maids', 'manager',
  'managers', 'supervisor', 'supervisors', 'operator', 'operators', 'inspector', 'inspectors', 'director',
  'directors', 'counselor', 'counselors', 'councilor', 'councilors', 'councilwoman', 'councilmember', 'councilmen',
  'alderman', 'governor', 'senator', 'senators', 'congressman', 'congresswoman', 'politician', 'politicians',
  'commissioners', 'magistrate', 'lady', 'ladies', 'gentleman', 'parent', 'parents', 'grandson', 'granddaughter',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'uncle', 'aunt', 'nephew', 'niece',
  'toddler', 'teen', 'teenager', 'teenagers', 'student', 'janitor', 'custodian', 'librarian', 'nanny',
  'babysitter', 'medic', 'medics', 'paramedic', 'paramedics', 'firefighter', 'firefighters', 'fireman', 'firemen',
  'ranger', 'rangers', 'constable', 'constables', 'cadet', 'cadets', 'rookie', 'rookies', 'soldier', 'soldiers',
  'priest', 'pastor', 'preacher', 'rabbi', 'imam', 'cashier', 'cashiers', 'bartender', 'waiter', 'waitress',
  'customer', 'customers', 'tenant', 'tenants', 'homeowner', 'homeowners', 'resident', 'residents', 'citizen',
  'citizens', 'voter', 'voters', 'taxpayers', 'victim', 'victims', 'suspect', 'suspects', 'defendant', 'juror',
  'jurors', 'jury', 'contractor', 'contractors', 'realtor', 'banker', 'bankers', 'ceo', 'executive', 'executives',
  'staffer', 'staffers', 'intern', 'interns', 'volunteer', 'volunteers', 'player', 'players', 'cheerleader',
  'athlete', 'biker', 'bikers', 'cyclist', 'cyclists', 'jogger', 'joggers', 'pedestrian', 'pedestrians',
  'motorist', 'motorists', 'trucker', 'truckers', 'passenger', 'passengers', 'bouncer', 'bouncers', 'enforcer',
  'enforcers', 'roommate', 'coworker', 'coworkers', 'stepdad', 'stepmom', 'spouse', 'landlady', 'karen', 'karens',
];

/** Buildings and things a threat may aim at: arson, bombs, "shoot up the parade". */
// prettier-ignore
export const PLACE_WORDS = [
  'station', 'precinct', 'substation', 'building', 'house', 'home', 'church', 'mosque', 'synagogue', 'temple',
  'school', 'courthouse', 'hall', 'office', 'headquarters', 'hq', 'checkpoint', 'parade', 'rally', 'jail',
  'impound', 'department', 'car', 'cars', 'cruiser', 'cruisers', 'suv', 'suvs', 'vehicle', 'vehicles',
  'patrol', 'patrols', 'center', 'centre', 'clinic', 'clubhouse', 'gym', 'mall', 'library', 'stadium', 'arena', 'restaurant', 'bar', 'barn', 'shed', 'jeep', 'bus', 'buses', 'trailer', 'mailbox', 'booth', 'windshield', 'window', 'windows', 'cabin', 'lot', 'substation', 'lobby', 'store', 'shop', 'company', 'truck', 'trucks', 'van', 'vans', 'tent', 'tents', 'mailroom', 'garage', 'room',
];

/** Parts of a body: "break both your legs", "cave his skull in". */
// prettier-ignore
export const BODY_WORDS = [
  'skull', 'skulls', 'head', 'heads', 'face', 'faces', 'throat', 'throats', 'neck', 'necks', 'leg', 'legs',
  'arm', 'arms', 'kneecap', 'kneecaps', 'knees', 'ribs', 'jaw', 'jaws', 'spine', 'spines', 'teeth', 'brains',
  'guts', 'chest', 'eyes', 'fingers', 'bones', 'bone', 'skin',
];

/** People a threat may aim at, with the protected groups and slurs. */
export const THREAT_PEOPLE: ReadonlySet<string> = new Set([
  ...PEOPLE_WORDS,
  ...GROUP_NOUNS,
  ...GROUP_MEMBERS,
  ...SLURS,
]);
export const THREAT_PLACES: ReadonlySet<string> = new Set(PLACE_WORDS);
const PEOPLE_WORDS_SET: ReadonlySet<string> = new Set(PEOPLE_WORDS);
export const THREAT_BODY: ReadonlySet<string> = new Set(BODY_WORDS);

/** A person, a building or a body: what a threat may be aimed at. */
export function isThreatTarget(word: string): boolean {
  return (
    THREAT_PEOPLE.has(word) ||
    THREAT_PLACES.has(word) ||
    THREAT_BODY.has(word) ||
    // "the chief's coffee", "the mayor's float": a person's, written without the apostrophe.
    (word.length > 3 && word.endsWith('s') && PEOPLE_WORDS_SET.has(word.slice(0, -1)))
  );
}
