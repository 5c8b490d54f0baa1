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
