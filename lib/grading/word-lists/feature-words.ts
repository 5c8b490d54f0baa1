/** Words the feature hashing treats specially (see feature-hashing.ts). Written by us. */

/** Words that flip the valence of the next three words ("not good"). */
// prettier-ignore
export const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'wont', 'isnt', 'arent', 'wasnt',
  'werent', 'nobody', 'nothing', 'nor', 'without', 'hardly', 'shouldnt', 'wouldnt', 'couldnt', 'aint',
  'nunca', 'nadie', 'ni',
]);

/** Common words whose spelling carries no meaning: their word feature is enough, no n-grams. */
// prettier-ignore
export const FUNCTION_WORDS = new Set([
  'the', 'and', 'you', 'for', 'that', 'this', 'with', 'are', 'was', 'have', 'has', 'not', 'but', 'they',
  'your', 'all', 'just', 'what', 'from', 'his', 'her', 'she', 'him', 'will', 'can', 'would', 'there',
  'their', 'about', 'who', 'how', 'when', 'out', 'get', 'like', 'one', 'our', 'them', 'been', 'were', 'had',
  'did', 'does', 'than', 'then', 'its', 'which', 'some', 'into', 'more', 'also', 'only', 'very', 'here',
  'where', 'why', 'these', 'those', 'because', 'should', 'could', 'being', 'over', 'after', 'before', 'now',
  'even', 'still', 'any',
]);

/**
 * Insults and harsh judgements of people, one word class for the model: each word is rare in the
 * training tweets, the class is not. Only a feature (the model weighs it, with the rest of the
 * comment); the rules' own lists (offensive-words.ts) decide what is a listed insult.
 */
// prettier-ignore
export const INSULT_WORDS = new Set([
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'numbnuts', 'dimwit',
  'dimwits', 'halfwit', 'nitwit', 'cretin', 'cretins', 'loser', 'losers', 'dickhead', 'stupid', 'dumb', 'dumber',
  'dumbest', 'ugly', 'worthless', 'brainless', 'retarded', 'idiotic', 'delusional', 'unhinged', 'trashy', 'trash',
  'pathetic', 'clown', 'clowns', 'lunatic', 'lunatics', 'fool', 'fools', 'foolish', 'hypocrite', 'hypocrites',
  'hypocritical', 'disgusting', 'disgrace', 'traitor', 'traitors', 'coward', 'cowards', 'cowardly', 'jerk', 'jerks',
  'creep', 'creepy', 'psycho', 'psychos', 'insane', 'crazy', 'nuts', 'nutjob', 'nutjobs', 'scum', 'scumbag',
  'scumbags', 'liar', 'liars', 'lying', 'vile', 'evil', 'sick', 'sickening', 'gross', 'filthy', 'garbage',
  'ignorant', 'clueless', 'useless', 'incompetent', 'spineless', 'gutless', 'shameless', 'despicable',
  'deplorable', 'deplorables', 'racist', 'racists', 'bigot', 'bigots', 'fascist', 'fascists', 'nazi', 'nazis',
  'commie', 'commies', 'snowflake', 'snowflakes', 'libtard', 'libtards', 'sheep', 'sheeple', 'puppet', 'puppets',
  'thug', 'thugs', 'criminal', 'criminals', 'crook', 'crooks', 'corrupt', 'weak', 'pussy', 'degenerate',
  'degenerates', 'freak', 'freaks', 'rat', 'rats', 'snake', 'snakes', 'pig', 'pigs', 'animal', 'animals',
  'monster', 'monsters', 'parasite', 'parasites', 'leech', 'sleazy', 'sleazebag', 'slimy', 'slimeball', 'dirtbag',
  'lowlife', 'dipshit', 'jackass', 'jackasses', 'douche', 'douchebag', 'tool', 'tools',
]);

/** Words that aim what follows at someone ("you are a…", "what a…", "these…"). */
// prettier-ignore
export const AIMING_WORDS = new Set([
  'you', 'your', 'u', 'ur', 'youre', 'he', 'she', 'they', 'hes', 'shes', 'theyre', 'is', 'are', 'such', 'what',
  'a', 'an', 'these', 'those', 'this', 'that',
]);
