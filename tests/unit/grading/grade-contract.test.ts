// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeComment } from '../../../lib/grading';
import { GradeSchema } from '../../../lib/grading/grade';
import { gradeWithShippedModel } from './test-grader';

// What every grade promises the card, the hide dialog and the retention log (examples written by us).
const SAMPLES = [
  '',
  '   ',
  '😀😀😀',
  'F*#K these pigs',
  'When will you be hiring again?',
  'Te voy a matar',
  'x'.repeat(5000),
  'Great work today officers '.repeat(40),
];

describe('grade contract', () => {
  it.each(SAMPLES.map((text) => [text.slice(0, 30), text] as const))(
    'is a valid grade for %j',
    (_name, text) => {
      const grade = GradeSchema.parse(gradeWithShippedModel({ text }));
      const { negative, neutral, positive } = grade.signals.sentiment;
      expect(negative + neutral + positive).toBeCloseTo(1, 2);
      for (const reason of grade.reasons) {
        if (!reason.span) continue;
        expect(reason.span.start).toBeLessThan(reason.span.end);
        expect(reason.span.end).toBeLessThanOrEqual(text.length);
      }
    },
  );

  it('grades the same comment the same way every time', () => {
    const text = 'Why do cops always get away with it?';
    expect(gradeWithShippedModel({ text })).toEqual(gradeWithShippedModel({ text }));
  });

  it('highlights the offending words themselves', () => {
    const text = 'F*#K these pigs';
    const grade = gradeWithShippedModel({ text });
    const highlighted = grade.reasons.map((r) => (r.span ? text.slice(r.span.start, r.span.end) : ''));
    expect(highlighted).toEqual(['F*#K', 'pigs']);
    expect(grade.reasons.map((r) => r.text)).toEqual(['Profanity', 'Dehumanising insult']);
  });

  it('highlights the threat as written, apostrophes and capitals included', () => {
    const text = "Honestly I'm going to kill the next officer who stops me.";
    const grade = gradeWithShippedModel({ text });
    const span = grade.reasons[0]?.span;
    expect(span && text.slice(span.start, span.end)).toBe("I'm going to kill the next officer");
  });

  it('cites clause c and points at the display name when only the name is offensive', () => {
    const grade = gradeWithShippedModel({ text: 'Thanks for the update', author: 'Sh1tCop Hater' });
    expect(grade.level).toBe(7);
    expect(grade.clause).toBe('c');
    expect(grade.reasons[0]?.source).toBe('author');
  });

  it('cites clause b for a slur and clause e for spam, f for a home address', () => {
    expect(gradeWithShippedModel({ text: 'Go home you wetback' }).clause).toBe('b');
    expect(gradeWithShippedModel({ text: 'Make money online fast, DM me now' }).clause).toBe('e');
    expect(
      gradeWithShippedModel({ text: 'The deputy lives at 88 Orchard Lane, his wife is home alone' }).clause,
    ).toBe('f');
  });

  it('without weights still catches threats by rule but asks for review on everything', () => {
    const threat = gradeComment({ text: 'I will shoot you, officer' });
    expect(threat.level).toBe(8);
    expect(threat.needsReview).toBe(true);
    expect(gradeComment({ text: 'Thank you officers' }).needsReview).toBe(true);
  });
});
