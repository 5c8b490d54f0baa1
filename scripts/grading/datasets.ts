import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/**
 * Readers for the labelled sets in the shared datasets folder (see its README for licences).
 * Only train and validation splits live there; sets that ship without a validation split get a
 * seeded one here, the same on every run.
 */

export interface Example {
  text: string;
  label: number;
  /** How much the row counts in the loss, times its class weight; 1 unless set. */
  weight?: number;
}
export interface Split {
  train: Example[];
  val: Example[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The datasets sit beside the repository; CIVIC_DATASETS_DIR points elsewhere when they do not. */
export const datasetsDir = process.env.CIVIC_DATASETS_DIR ?? path.resolve(repoRoot, '../shared/datasets');

export const SPLIT_SEED = 20261121;

function lines(file: string): string[] {
  const text = readFileSync(path.join(datasetsDir, file), 'utf8');
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function textAndLabels(folder: string, split: 'train' | 'val'): Example[] {
  const texts = lines(`${folder}/${split}_text.txt`);
  const labels = lines(`${folder}/${split}_labels.txt`);
  if (texts.length !== labels.length)
    throw new Error(`${folder} ${split}: ${texts.length} texts, ${labels.length} labels`);
  return texts.map((text, i) => ({ text, label: Number(labels[i]) }));
}

/** A small deterministic generator (mulberry32), so splits and shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Our own validation split for sets that have none: a seeded `fraction` of the rows. */
function seededSplit(examples: Example[], fraction: number): Split {
  const shuffled = seededShuffle(examples, SPLIT_SEED);
  const cut = Math.round(shuffled.length * fraction);
  return { val: shuffled.slice(0, cut), train: shuffled.slice(cut) };
}

function csvRows(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path.join(datasetsDir, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

/** OLID level A through TweetEval: 1 offensive. Licence R. */
export function loadTweetEvalOffensive(): Split {
  return {
    train: textAndLabels('tweeteval_offensive', 'train'),
    val: textAndLabels('tweeteval_offensive', 'val'),
  };
}

/** HatEval: 1 hate against immigrants or women. Licence R. */
export function loadTweetEvalHate(): Split {
  return { train: textAndLabels('tweeteval_hate', 'train'), val: textAndLabels('tweeteval_hate', 'val') };
}

const SENTIMENT_LABELS: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };

/** 0 negative, 1 neutral, 2 positive. Train rebuilt from SemEval 2013–2016; val from TweetEval. Licence R. */
export function loadTweetEvalSentiment(): Split {
  const train = lines('tweeteval_sentiment/train_reconstructed_from_semeval2017.tsv')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([, label, text]) => ({ text: text ?? '', label: SENTIMENT_LABELS[label ?? ''] ?? -1 }))
    .filter((e) => e.label >= 0 && e.text.length > 0);
  return { train, val: textAndLabels('tweeteval_sentiment', 'val') };
}

/** Davidson et al. 2017, hate or offensive (1) vs neither (0); our seeded 10% validation split. Licence P (MIT). */
export function loadDavidsonOffensive(): Split {
  const rows = csvRows('davidson2017/labeled_data.train.csv');
  return seededSplit(
    rows.map((r) => ({ text: r.tweet ?? '', label: r.class === '2' ? 0 : 1 })),
    0.1,
  );
}

/** Complaints to companies on Twitter: 1 complaint; our seeded 20% validation split. Licence R. */
export function loadComplaints(): Split {
  const rows = csvRows('complaints/complaints.train.csv');
  return seededSplit(
    rows.map((r) => ({ text: r.text ?? '', label: Number(r.complaint) })),
    0.2,
  );
}
