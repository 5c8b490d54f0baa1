import type { CommentView } from './comment-view';
import { defineWordClass, hasWordClass } from './word-classes';
import { INNOCENT_LOOKALIKES } from './word-lists/spelling';

/**
 * Listed words in their innocent sense: "summa cum laude", a rooster, a garden hoe, a breeder's
 * bitch, blue tits at the feeder, pussy willows, "Spic and Span", Officer Dick Smith. Each sense
 * needs its own context; without it the word counts as listed.
 */

/** Words that set the scene for an animal or a garden anywhere in the comment. */
const ROOSTER = new Set([
  'rooster',
  'roosters',
  'hen',
  'hens',
  'chicken',
  'chickens',
  'crowed',
  'crowing',
  'poultry',
  'farm',
]);
const GARDEN = new Set([
  'garden',
  'gardens',
  'gardening',
  'rake',
  'shovel',
  'spade',
  'weeding',
  'weeds',
  'soil',
  'planting',
  'tools',
]);
const DOG_BREEDING = new Set([
  'puppies',
  'puppy',
  'litter',
  'whelped',
  'whelping',
  'breeder',
  'breeding',
  'kennel',
  'k9',
  'sire',
  'dam',
]);
const BIRDS = new Set([
  'bird',
  'birds',
  'nest',
  'nests',
  'nesting',
  'feeder',
  'birdwatching',
  'songbirds',
  'chicks',
]);
const TIT_SPECIES = new Set(['blue', 'coal', 'marsh', 'willow', 'crested', 'bearded', 'tailed']);
/** Words that aim a listed word at a person: "you bitch", "stupid hoe". */
const AIMED = new Set([
  'you',
  'u',
  'ur',
  'ya',
  'stupid',
  'dumb',
  'little',
  'fucking',
  'ugly',
  'fat',
  'dirty',
]);

function anyWordIn(words: string[], scene: Set<string>): boolean {
  for (const word of words) if (scene.has(word)) return true;
  return false;
}

function isCapitalisedAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** Whether listed word `index` is used in an innocent sense. */
export function isInnocentSense(view: CommentView, index: number): boolean {
  const words = view.tokens.words;
  const word = words[index] ?? '';
  const before = words[index - 1] ?? '';
  const after = words[index + 1] ?? '';
  if (AIMED.has(before)) return false;
  switch (word) {
    case 'cum':
      return before === 'summa' || before === 'magna' || after === 'laude';
    case 'cock':
    case 'cocks':
      return anyWordIn(words, ROOSTER);
    case 'hoe':
    case 'hoes':
      return anyWordIn(words, GARDEN);
    case 'bitch':
    case 'bitches':
      return anyWordIn(words, DOG_BREEDING);
    case 'tits':
      return TIT_SPECIES.has(before) || anyWordIn(words, BIRDS);
    case 'pussy':
      return after === 'willow' || after === 'willows' || after === 'cat' || after === 'cats';
    case 'spic':
      return after === 'and' && words[index + 2] === 'span';
    case 'coon':
    case 'coons':
      return after === 'hound' || after === 'hounds' || after === 'hunting';
    case 'dick': {
      // A name: "Dick Johnson", "Moby Dick": capitalised beside another capitalised name (a
      // comment's first word is capitalised anyway and says nothing).
      const { starts, text } = view.tokens;
      if (!isCapitalisedAt(text, starts[index] ?? 0)) return false;
      const next = starts[index + 1];
      const previous = index > 1 ? starts[index - 1] : undefined;
      return (
        (next !== undefined && isCapitalisedAt(text, next)) ||
        (previous !== undefined && isCapitalisedAt(text, previous))
      );
    }
    default:
      return false;
  }
}

const LOOKALIKE = defineWordClass(INNOCENT_LOOKALIKES);

/** Whether the comment has a word that only looks like a listed one ("shiitake", "cocktail"). */
export function hasInnocentLookalike(view: CommentView): boolean {
  return hasWordClass(view, LOOKALIKE);
}
