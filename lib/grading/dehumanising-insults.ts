import { onOneByteText } from './one-byte-text';
import { compactPattern } from './compact-pattern';
import { findPhrase, wordIndexAt, type CommentView, type RuleMatch } from './comment-view';
import { condemnsOutside, crossesQuote, isQuoted, isReported } from './counter-speech';
import { gated } from './pattern-gate';
import { defineWordClass, hasWordClass } from './word-classes';

/**
 * People called vermin, rats, trash or animals (clause a), whoever they are: officers ("cops are
 * lowlife trash"), the poster's neighbours or suspects ("they are animals"). The words are
 * innocent alone ("take out the trash", "farm animals"), so they count only when said of people.
 * Hateful names for a protected group are group hate as well (group-hate.ts, clause b). Harsh
 * criticism without them ("cops are corrupt") is protected speech (police-criticism.ts).
 */

const PEOPLE =
  '(?:you|u|yall|y all|you people|you guys|you all|they|these people|those people|people like you|people like them|cops|the cops|these cops|those cops|all cops|police|the police|police officers|officers|these officers|the officers|deputies|mpd|[a-z]+pd|feds)';
const THINGS =
  '(?:trash|garbage|rats|animals|parasites|leeches|maggots|filth|dogs|roaches|cockroaches|vermin|scum|pigs|swine|subhuman|sub human|not human|beasts|savages|a plague|a cancer|a disease|an infestation|apes|knuckle draggers|a waste of (?:oxygen|air|skin))';
const INTENSIFIERS =
  '(?: (?:all|just|nothing but|such|so|a bunch of|a pack of|bunch of|total|complete|absolute|fucking|lowlife|worthless|filthy|dirty|disgusting|stinking|human|the|inbred|knuckle dragging))*';

const DEHUMANISING = compactPattern(
  new RegExp(
    [
      ` (?:${PEOPLE} (?:are|r|is|were)|youre|ur|theyre)${INTENSIFIERS} (?=\\S)${THINGS}\\b`,
      ` you (?:filthy |dirty |stinking |lowlife |worthless |disgusting )?(?:rats?|animals?|parasites?|maggots?|leech|leeches|cockroach|cockroaches|roach|roaches|piece of trash|piece of garbage|pieces of trash|pieces of garbage)\\b`,
      ` (?:bunch|pack) of (?:lowlife |filthy |dirty |stinking )?(?:rats|animals|parasites|maggots|leeches|roaches)\\b`,
      // "Roaches in uniform", "rats with badges": the officers named by what they wear.
      ` (?:rats|parasites|maggots|leeches|roaches|cockroaches|vermin|scum|animals) (?:in|with) (?:uniforms?|blue|badges?|cruisers?|a badge)\\b`,
    ].join('|'),
  ),
);

/** DEHUMANISING cannot match without one of these words: most comments skip it. */
// prettier-ignore
const THING_WORD = defineWordClass([
  'trash', 'garbage', 'rats', 'rat', 'animals', 'animal', 'parasites', 'parasite', 'leeches', 'leech', 'maggots',
  'maggot', 'filth', 'dogs', 'roaches', 'roach', 'cockroaches', 'cockroach', 'vermin', 'scum', 'pigs', 'swine',
  'subhuman', 'human', 'beasts', 'savages', 'plague', 'cancer', 'disease', 'infestation', 'apes', 'draggers',
  'oxygen', 'air', 'skin',
]);

/**
 * "Bacon" for officers, the pig insult once removed: "smell bacon? oh its just the deputies",
 * "bacon's on patrol", "pork chops rolling down Main again", a pig beside a police car 🐷🚓. Only in these phrasings, and never beside food: "I can smell the bacon
 * from here, see you at the pancake breakfast" is breakfast.
 */
const BACON = gated(
  onOneByteText(
    / (?:smell|smells|smelling|smelled|smelt) (?:\S+ ){0,2}?bacon | (?:bacon(?:s| is)?|pork chops?) (?:on patrol|on duty|rolling|patrolling|everywhere|in the area) | (?:🐷|🐖) (?:\S+ )?🚓 | 🚓 (?:\S+ )?(?:🐷|🐖) | (?:here comes|there goes|watch out for|look at|lookout for) (?:the |all the |some )?bacon /,
  ),
);
// prettier-ignore
const FOOD = defineWordClass([
  'breakfast', 'pancake', 'pancakes', 'eggs', 'egg', 'cook', 'cooking', 'cookout', 'grill', 'grilling',
  'sizzle', 'sizzling', 'bbq', 'barbecue', 'sandwich', 'blt', 'coffee', 'restaurant', 'diner', 'kitchen',
  'burger', 'burgers', 'brunch', 'fry', 'frying', 'biscuits', 'waffles', 'sausage', 'hungry', 'yum',
  'delicious',
]);

/** "Not all cops are trash", "nobody here is an animal": denied, not said. */
const DENIALS = new Set(['not', 'never', 'no', 'nobody', 'arent', 'isnt', 'dont', 'doesnt', 'nor']);

export interface DehumanisingInsult {
  match: RuleMatch;
  /** Denied, or quoted or attributed to condemn it: a mention, not a use. */
  mention: boolean;
}

export function findDehumanisingInsult(view: CommentView): DehumanisingInsult | undefined {
  const words = view.tokens.words;
  const match =
    (hasWordClass(view, THING_WORD) ? findPhrase(view, DEHUMANISING) : undefined) ??
    (hasWordClass(view, FOOD) ? undefined : findPhrase(view, BACON));
  if (!match) return undefined;
  const first = wordIndexAt(view, match.at + 1);
  if (crossesQuote(view, first, wordIndexAt(view, match.end - 1))) return undefined;
  let mention = false;
  for (let k = Math.max(0, first - 4); k < first; k++) if (DENIALS.has(words[k] ?? '')) mention = true;
  if (
    (isReported(words, first, 4, true) || isQuoted(view, first)) &&
    condemnsOutside(view, match.at, match.end)
  )
    mention = true;
  return { match, mention };
}
