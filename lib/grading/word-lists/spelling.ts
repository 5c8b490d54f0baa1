/**
 * Exceptions for spelling-slips.ts and run-together-words.ts, written by us. The slips of the
 * listed words (one pair of letters swapped, one inner letter dropped, one stray space) were
 * checked against an English dictionary and against the words of the shared tweets; these are
 * the slips that are real words or common for something else, and so are never decoded.
 */

/**
 * Swapped or dropped letters that spell another word: "pick" (prick), "moon" (moron). "fagot" is
 * in the dictionary too (a bundle of sticks), but online it is the slur misspelt: decoded.
 */
// prettier-ignore
export const NOT_SLIPS = new Set([
  'apse', 'arts', 'backs', 'batch', 'beats', 'bests', 'bobs', 'boos', 'botch', 'chins', 'cons', 'coos',
  'cuts', 'dyes', 'funk', 'garage', 'hinds', 'hose', 'insets', 'loses', 'moon', 'moons', 'morn', 'morns',
  'pens', 'pets', 'pick', 'picks', 'pron', 'puck', 'pusses', 'refuges', 'sexing', 'sics', 'sine', 'sits',
  'sitting', 'tats', 'veil', 'whits', 'wore',
  // in the tweets: a country, names, other languages, other abbreviations
  'niger', 'pakistans', 'indias', 'asias', 'africas', 'christinas', 'twas', 'moneys', 'fing', 'waker',
  'wakers', 'abso', 'stuf', 'viel', 'chik',
]);

/** Two words that happen to spell a listed word: "pen is", "use less", "worth less". */
// prettier-ignore
export const NOT_JOINED = new Set([
  'pen is', 'bulls hit', 'dips hit', 'go ok', 'co on', 'who re', 'hind us', 'at heists', 'his panics',
  'mi grants', 'in sects', 'mon keys', 'worth less', 'use less', 'back ward', 'wet back', 'wet backs',
  'rag head', 'rag heads', 'deep throat', 'gang bang', 'god damn', 'sh it', 'sh its', 'pakistan is',
  'dis ease', 'low life', 'brain less', 'jerk off', 'jerk offs', 'fat ass', 'fat asses',
  // Spanish: "por no tener papeles"
  'por no',
]);

/**
 * Short words that glue a run-together insult: "pieceofshit", "shutthefuckup", "ihatemuslims".
 * A run-together word is split only when every piece is a glue word or a listed word.
 */
// prettier-ignore
export const GLUE_WORDS = new Set([
  'i', 'im', 'a', 'an', 'u', 'you', 'ya', 'yall', 'ur', 'your', 'youre', 'yourself', 'yourselves', 'go', 'get',
  'eat', 'shut', 'the', 'this', 'that', 'these', 'those', 'of', 'off', 'up', 'out', 'on', 'in', 'to', 'and',
  'my', 'me', 'all', 'no', 'so', 'such', 'what', 'son', 'piece', 'mother', 'holy', 'fat', 'lazy', 'little',
  'lil', 'big', 'dirty', 'them', 'him', 'her', 'it', 'is', 'are', 'be', 'we', 'they', 'police', 'cops', 'cop',
  'pig', 'mpd', 'lol', 'lmao', 'omg', 'wtf', 'damn', 'bunch', 'like', 'just', 'really', 'hate', 'h8',
]);

/**
 * Words that contain a listed word but are something else: mushrooms, drinks, places, surnames.
 * The model's character n-grams see the listed word inside them ("shiitake"), so a comment
 * with one needs a surer model to be Offensive on the model alone.
 */
// prettier-ignore
export const INNOCENT_LOOKALIKES = new Set([
  'shiitake', 'shiitakes', 'shitake', 'shitakes', 'mishit', 'mishits', 'cocktail', 'cocktails', 'cockpit',
  'cockpits', 'cockroach', 'cockroaches', 'peacock', 'peacocks', 'hancock', 'hitchcock', 'woodcock',
  'shuttlecock', 'cockatoo', 'cockatiel', 'dickens', 'dickinson', 'scunthorpe', 'penistone', 'cumulative',
  'cucumber', 'cucumbers', 'cumin', 'therapist', 'therapists', 'assassin', 'assassins', 'assassination',
  'titmouse', 'sussex', 'essex', 'middlesex', 'wessex', 'spicy', 'raccoon', 'raccoons', 'hoedown',
  'bassist', 'grapes', 'analysis', 'classic', 'assume', 'assumed',
  // surnames
  'cummings', 'cockburn', 'babcock', 'alcock', 'hiscock', 'glasscock', 'dickson', 'dickerson', 'lipschitz',
]);
