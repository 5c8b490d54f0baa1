/**
 * Words for hate against protected groups (Terms of Use clause b: race, colour, national origin,
 * religion, sex, gender identity, sexual orientation, disability, age). Written by us.
 * Police, politicians and parties are deliberately absent: they are not protected groups, and
 * harsh criticism of them is protected speech (see police-criticism.ts).
 * Lower case, no accents, as comment-tokens.ts normalises words.
 */

/** Groups named by a plural noun: "Muslims", "immigrants", "gays". */
// prettier-ignore
export const GROUP_NOUNS = [
  'muslims', 'jews', 'christians', 'catholics', 'hindus', 'sikhs', 'buddhists', 'atheists', 'mormons',
  'gays', 'lesbians', 'homosexuals', 'bisexuals', 'queers', 'transgenders', 'transsexuals', 'trannies',
  'women', 'females', 'men', 'blacks', 'whites', 'mexicans', 'asians', 'chinese', 'arabs', 'africans',
  'hispanics', 'latinos', 'latinas', 'indians', 'pakistanis', 'somalis', 'haitians', 'puerto ricans',
  'immigrants', 'migrants', 'refugees', 'foreigners', 'illegals', 'cripples', 'retards',
  'the disabled', 'the elderly',
];

/** Nouns that also name the people in one incident ("these men are animals"): generic only. */
export const GENERIC_ONLY_NOUNS = new Set(['women', 'females', 'men']);

/** Identities as adjectives before a word for people: "gay people", "Black women". */
// prettier-ignore
export const GROUP_ADJECTIVES = [
  'gay', 'lesbian', 'bisexual', 'queer', 'trans', 'transgender', 'black', 'white', 'brown', 'disabled',
  'handicapped', 'autistic', 'deaf', 'blind', 'jewish', 'muslim', 'christian', 'catholic', 'hindu', 'mexican',
  'asian', 'chinese', 'arab', 'african', 'hispanic', 'latino', 'indian', 'immigrant', 'refugee', 'foreign',
  'illegal', 'undocumented', 'old', 'native',
];

/** What follows an identity adjective: "people", "folks", "women". */
export const GROUP_PEOPLE = [
  'people',
  'folks',
  'folk',
  'persons',
  'men',
  'women',
  'kids',
  'guys',
  'families',
];

/** One member named by a singular noun, for "never hire a Muslim", "don't trust a woman". */
// prettier-ignore
export const GROUP_MEMBERS = [
  'muslim', 'jew', 'christian', 'hindu', 'sikh', 'gay', 'lesbian', 'homosexual', 'tranny', 'woman', 'female',
  'black', 'mexican', 'asian', 'arab', 'african', 'hispanic', 'latino', 'indian', 'immigrant', 'migrant',
  'refugee', 'foreigner', 'cripple', 'retard',
];

/**
 * What hate says a group is: vile, inferior, less than human, a disease, criminal by nature.
 * After "are": "Muslims are terrorists", "women are inferior".
 */
// prettier-ignore
export const HATEFUL_ATTRIBUTES = [
  'disgusting', 'repulsive', 'revolting', 'gross', 'filthy', 'dirty', 'vile', 'evil', 'inferior', 'subhuman',
  'sub human', 'not human', 'less than human', 'animals', 'beasts', 'savages', 'savage', 'vermin', 'rats',
  'cockroaches', 'roaches', 'parasites', 'leeches', 'pests', 'maggots', 'insects', 'apes', 'monkeys', 'dogs',
  'pigs', 'swine', 'trash', 'garbage', 'scum', 'filth', 'plague', 'cancer', 'disease', 'virus', 'infestation',
  'burden', 'abomination', 'abominations', 'freaks', 'perverts', 'degenerates', 'mentally ill', 'sick',
  'pedophiles', 'paedophiles', 'groomers', 'terrorists', 'rapists', 'criminals', 'thieves', 'stupid', 'dumb',
  'worthless', 'useless', 'idiots', 'lazy', 'ugly', 'dangerous', 'primitive', 'uncivilized', 'uncivilised',
  'backward', 'a waste of space', 'a threat', 'a menace', 'a blight', 'a stain',
];

/** Feelings of hate, before a group: "I hate Muslims", "I can't stand gay people". */
// prettier-ignore
export const HATE_VERBS = [
  'hate', 'h8', 'despise', 'loathe', 'detest', 'cant stand', 'cannot stand', 'can not stand', 'abhor',
  'am disgusted by', 'are disgusted by', 'am sick of', 'are sick of',
];
