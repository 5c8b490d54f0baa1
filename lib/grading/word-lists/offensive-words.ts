import { GROUP_NOUNS, HATEFUL_ATTRIBUTES } from './protected-groups';

/**
 * Words that make a comment Offensive on their own, by kind, so a reason can say which kind.
 * Written by us from the obscenity package's English set (its matcher is too slow to run on every
 * comment, see offensive-language.ts) plus Spanish and the insults police pages actually get.
 * Lower case, no accents: they are compared with normalised words from comment-tokens.ts.
 */

// prettier-ignore
export const PROFANITY = new Set([
  'fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fck', 'fcking', 'fuk', 'fuking',
  'fkn', 'fking', 'fucken', 'motherfucker', 'motherfuckers', 'mofo', 'mf', 'mfs', 'mfer', 'mfers', 'phuck',
  'phuk', 'fukn', 'fvck', 'fvcking', 'fvk', 'fuckn', 'fukin', 'fuken', 'fukken', 'fucc', 'fuccin', 'fuq',
  'fuqing', 'effing', 'biatch', 'biotch', 'beyotch', 'btch', 'fuckface', 'fuckhead', 'fucktard', 'stfu',
  'gtfo', 'mothafucka', 'mothafuckas', 'muthafucka', 'muthafuckas', 'motherfucka', 'motherfuckas', 'ahole',
  'aholes', 'shit', 'shits', 'shitty', 'shitting', 'bullshit', 'shithead', 'shitheads', 'shithole', 'shyt',
  'sht', 'bitch', 'bitches', 'bitchass', 'asshole', 'assholes', 'arsehole', 'dumbass', 'jackass', 'dipshit',
  'bastard', 'bastards', 'cunt', 'cunts', 'dick', 'dicks', 'dickhead', 'dickheads', 'prick', 'pricks',
  'twat', 'twats', 'wanker', 'wankers', 'douche', 'douchebag', 'douchebags', 'cocksucker', 'cocksuckers',
  'goddamn', 'bollocks', 'piss', 'pissing', 'jerkoff', 'jerkoffs', 'fatass', 'fatasses',
  // Sound-alike spellings no leetspeak rule reads
  'azzhole', 'azzholes',
  // Spanish
  'puta', 'putas', 'puto', 'putos', 'mierda', 'pendejo', 'pendejos', 'pendeja', 'cabron', 'cabrones',
  'chinga', 'chingada', 'chingado', 'chinguen', 'chingen', 'verga', 'culero', 'culeros', 'joder', 'jodete',
  'cono', 'malparido', 'malparidos', 'gilipollas', 'hijueputa', 'hdp', 'perra', 'perras', 'mamahuevo',
  'carajo',
  // Portuguese
  'caralho',
]);

/** Slurs against a protected group (clause b as well as a). */
// prettier-ignore
export const SLURS = new Set([
  'nigger', 'niggers', 'nigga', 'niggas', 'faggot', 'faggots', 'fag', 'fags', 'dyke',
  'dykes', 'tranny', 'trannies', 'kike', 'kikes', 'chink', 'chinks', 'spic', 'spics', 'wetback', 'wetbacks',
  'beaner', 'beaners', 'gook', 'gooks', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'retard',
  'retards', 'retarded', 'coon', 'coons', 'maricon', 'maricones', 'sudaca', 'sudacas', 'chingchong', 'abo',
  'abos',
]);

/** Insults that deny people their humanity; "pigs" is what police pages get most. */
// prettier-ignore
export const DEHUMANISING = new Set([
  'pig', 'pigs', 'piggy', 'piggies', 'oink', 'oinker', 'oinkers', 'swine', 'vermin', 'scum', 'scumbag',
  'scumbags', 'subhuman', 'subhumans', 'cockroaches', 'cerdo', 'cerdos', 'marrano', 'marranos', 'puercos',
]);

// prettier-ignore
export const SEXUAL = new Set([
  'blowjob', 'blowjobs', 'handjob', 'porn', 'porno', 'nudes', 'horny', 'cum', 'cumming', 'penis', 'vagina',
  'boobs', 'tits', 'titties', 'pussy', 'pussies', 'cock', 'cocks', 'dildo', 'orgasm', 'orgy', 'jizz', 'slut',
  'sluts', 'whore', 'whores', 'hoe', 'hoes', 'milf', 'xxx', 'onlyfans', 'sexting', 'deepthroat', 'gangbang',
]);

/**
 * Name-calling: abusive whoever it targets ("what a bunch of idiots"). Criticism words
 * ("corrupt", "liar", "racist", "disgusting") are deliberately absent: they are protected speech.
 */
// prettier-ignore
export const NAME_CALLING = new Set([
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'dumbasses', 'numbnuts', 'dimwit',
  'dimwits', 'halfwit', 'nitwit', 'nitwits', 'cretin', 'cretins', 'loser', 'losers', 'dickhead', 'lowlife',
  'lowlifes', 'pendejos', 'idiota', 'idiotas', 'estupido', 'estupidos',
]);

/** Insulting adjectives, abusive only when aimed at someone: "you stupid…", "stupid cops". */
// prettier-ignore
export const INSULTING_ADJECTIVES = new Set([
  'stupid', 'dumb', 'ugly', 'worthless', 'brainless', 'retarded', 'idiotic',
]);

/** The Spanish entries of the lists above: spelling slips are derived from English words only. */
// prettier-ignore
export const SPANISH_LISTED = new Set([
  'puta', 'putas', 'puto', 'putos', 'mierda', 'pendejo', 'pendejos', 'pendeja', 'cabron', 'cabrones',
  'chinga', 'chingada', 'chingado', 'chinguen', 'chingen', 'verga', 'culero', 'culeros', 'joder', 'jodete',
  'cono', 'malparido', 'malparidos', 'gilipollas', 'hijueputa', 'hdp', 'perra', 'perras', 'mamahuevo',
  'carajo', 'maricon', 'maricones', 'sudaca', 'sudacas', 'cerdo', 'cerdos', 'marrano', 'marranos', 'puercos',
  'idiota', 'idiotas', 'estupido', 'estupidos', 'caralho',
]);

/**
 * Mild words that offend only in a phrase ("kiss my ass", not "protect and serve my ass"): not
 * listed, but their disguises are read ("a$$").
 */
export const MILD_WORDS: readonly string[] = ['ass', 'arse', 'butt', 'damn', 'hell', 'crap'];

/**
 * Every word a disguised spelling may stand for (leetspeak, masks, swapped or dropped letters,
 * a stray space): the offensive lists, insults, and the words of group hate ("Musl1ms are
 * d1sgusting"), for disguised-words.ts and spelling-slips.ts.
 */
export const DISGUISE_TARGETS: readonly string[] = [
  ...new Set([
    ...PROFANITY,
    ...SLURS,
    ...SEXUAL,
    ...DEHUMANISING,
    ...NAME_CALLING,
    ...INSULTING_ADJECTIVES,
    ...GROUP_NOUNS.filter((word) => !word.includes(' ')),
    ...HATEFUL_ATTRIBUTES.filter((word) => !word.includes(' ')),
  ]),
];
