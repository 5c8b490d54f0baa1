import { DYING, HARM_NOUNS } from '../../lib/grading/harm-phrases';
import { VIOLENT_VERB_FORMS, type VerbForm } from '../../lib/grading/word-lists/violence';

/**
 * A threat's harmless twin: the same words with each violent verb swapped for a kind one ("I'm
 * going to shoot the next officer I see" → "I'm going to hug the next officer I see"). Without
 * them the threat head learns the frames of our threats ("I'm going to … the next … I see",
 * "someone should … all …") as well as their violence, and reads the kind twins as threats; with
 * them only the violent word tells the two apart (counterfactual augmentation).
 */

type Forms = Record<VerbForm, string>;
// prettier-ignore
const KIND_VERBS: Forms[] = [
  { plain: 'hug', third: 'hugs', ing: 'hugging', past: 'hugged' },
  { plain: 'thank', third: 'thanks', ing: 'thanking', past: 'thanked' },
  { plain: 'help', third: 'helps', ing: 'helping', past: 'helped' },
  { plain: 'visit', third: 'visits', ing: 'visiting', past: 'visited' },
  { plain: 'call', third: 'calls', ing: 'calling', past: 'called' },
  { plain: 'meet', third: 'meets', ing: 'meeting', past: 'met' },
  { plain: 'feed', third: 'feeds', ing: 'feeding', past: 'fed' },
  { plain: 'greet', third: 'greets', ing: 'greeting', past: 'greeted' },
  { plain: 'invite', third: 'invites', ing: 'inviting', past: 'invited' },
  { plain: 'teach', third: 'teaches', ing: 'teaching', past: 'taught' },
  { plain: 'cheer', third: 'cheers', ing: 'cheering', past: 'cheered' },
  { plain: 'praise', third: 'praises', ing: 'praising', past: 'praised' },
  { plain: 'hire', third: 'hires', ing: 'hiring', past: 'hired' },
  { plain: 'salute', third: 'salutes', ing: 'saluting', past: 'saluted' },
  { plain: 'welcome', third: 'welcomes', ing: 'welcoming', past: 'welcomed' },
  { plain: 'support', third: 'supports', ing: 'supporting', past: 'supported' },
  { plain: 'interview', third: 'interviews', ing: 'interviewing', past: 'interviewed' },
  { plain: 'photograph', third: 'photographs', ing: 'photographing', past: 'photographed' },
  { plain: 'honor', third: 'honors', ing: 'honoring', past: 'honored' },
  { plain: 'bake for', third: 'bakes for', ing: 'baking for', past: 'baked for' },
];

/** Words that leave a twin violent once its verbs are swapped ("hug him, a bullet in his head"). */
// prettier-ignore
const STILL_VIOLENT = new Set([...HARM_NOUNS, ...DYING, 'gun', 'guns', 'rifles', 'pistols', 'knives', 'bullets', 'knife', 'bomb', 'bombs', 'fire', 'blood', 'bloody', 'pistol', 'rifle', 'shotgun', 'hospital', 'morgue', 'matar', 'muerto', 'muerte']);

/** Weak verbs violent in most of their uses; the rest ("run", "take", "gas") swap into nonsense. */
// prettier-ignore
const SWAPPED_WEAK = new Set(['hurt', 'harm', 'injure', 'wound', 'attack', 'beat', 'burn', 'hang', 'choke', 'bomb', 'kick', 'punch', 'hit', 'smash', 'slice']);

/** Longer threats often menace twice over ("…and you won't make it back"): no twin for them. */
const MOST_WORDS = 20;

/**
 * The twin of one threat, or undefined when it has no violent verb or more than one, is long, or
 * stays violent without its verb.
 */
export function harmlessTwin(threat: string, seed: number): string | undefined {
  const words =
    threat
      .toLowerCase()
      .replace(/'/g, '')
      .match(/[a-z]+/g) ?? [];
  if (words.length > MOST_WORDS) return undefined;
  const violent = words.filter((w) => {
    const verb = VIOLENT_VERB_FORMS.get(w);
    return verb !== undefined && (verb.reach !== 'weak' || SWAPPED_WEAK.has(verb.verb));
  });
  if (violent.length !== 1) return undefined;
  const kind = KIND_VERBS[seed % KIND_VERBS.length] as Forms;
  const twin = threat.replace(/[A-Za-z']+/g, (word) => {
    const verb = VIOLENT_VERB_FORMS.get(word.toLowerCase().replace(/'/g, ''));
    return verb && word.toLowerCase().replace(/'/g, '') === violent[0] ? kind[verb.form] : word;
  });
  const left = twin.toLowerCase().match(/[a-z]+/g) ?? [];
  return left.some((w) => STILL_VIOLENT.has(w)) ? undefined : twin;
}
