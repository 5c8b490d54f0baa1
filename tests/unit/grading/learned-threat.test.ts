// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../lib/grading';
import { EVERYDAY_COMMENTS } from './everyday-comments';
import { gradeWithShippedModel } from './test-grader';

// The threat head (learned-threat.ts) backing up the rules: threats no rule reads, and what it
// must leave alone. Examples ours.
const rulesOnly = createGrader();

describe('a threat only the threat head reads', () => {
  it.each([
    [
      "I've been watching which window the night dispatcher sits by. Soon.",
      "I've been watching which window the night dispatcher sits by",
    ],
    [
      'The next deputy who knocks on my door leaves in an ambulance.',
      'The next deputy who knocks on my door leaves in an ambulance',
    ],
  ])('is Threatening, for review, citing its sentence: %s', (text, sentence) => {
    // No rule reads it: without the head it is not a threat.
    expect(rulesOnly({ text }).level).toBeLessThan(8);
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    expect(grade.label).toBe('Threatening');
    expect(grade.clause).toBe('a');
    expect(grade.needsReview).toBe(true);
    expect(grade.signals.threat).toBeGreaterThanOrEqual(0.5);
    const reason = grade.reasons[0];
    expect(reason?.text).toMatch(
      /^Reads like the threats of violence we have seen \(model, no rule matched\)/,
    );
    expect(text.slice(reason?.span?.start, reason?.span?.end)).toBe(sentence);
  });
});

describe('what the threat head leaves alone', () => {
  it.each([
    // punishment by law, arms used lawfully, a figure of speech
    'The officer who shot him should be in jail.',
    // shooting one's shot is asking someone out
    'lol the deputy finally shot his shot and asked the dispatcher out at the fish fry',
    "I'm bringing my rifle to the range with my son this weekend",
    'Gonna run over the schedule with the sergeant tomorrow',
    // too few words for the head to judge
    'watch my story tonight',
  ])('is below Offensive: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.signals.threat).toBeLessThan(0.5);
  });

  // Hunting is lawful, but not in a comment that names an officer or a jail (batches 65–71).
  it.each([
    'Got my deer rifle sighted in and the jail is already in my scope. Saturday night.',
    "Deer season ain't just for deer this year. Next deputy on my road finds out.",
  ])('reads hunting words aimed at officers as a threat: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    expect(grade.signals.threat).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'Deer season opener this weekend, taking my nephew up north with the rifles',
    'The deputy who spoke at the hunter safety class was great, thanks for the tips on deer season',
  ])('leaves hunting alone: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });

  // Everyday comments the engine still grades Threatening, kept in view: a civic "I'm bringing
  // everyone on my street" the head reads as a mob, a grudge of 1998 said as a wish to strangle,
  // a dispatch center in a garage the head reads at 0.515; from batches 65–71, sarcasm about a
  // man with a rifle the head reads at 0.50, and a speeding hazard whose warning ("someone's kid
  // is going to get run over") names no hazard word and is not the comment's last sentence; from
  // batches 80–83, an innuendo about a sergeant's wife and the night shift the head reads at 0.67.
  const KNOWN_THREATENING = [
    "I'm going to the city council meeting Tuesday and I'm bringing everyone on my street.",
    "Your dispatch center is run out of the sheriff's garage now.",
    'Bike thieves have been a thing here forever, mine got stolen in 1998 and I still want to strangle the guy lol',
    "Real brave of y'all to arrest the protesters and let the guy with the rifle walk.",
    "People are doing 80 through Whitetail Ridge where kids play. Someone's kid is going to get run over. We've asked for patrols for months.",
    "The sergeant's wife sure doesn't mind the night shift, if you know what I mean 😉",
  ];

  it('grades none of the everyday comments Threatening, but for the known ones', () => {
    const threatening = EVERYDAY_COMMENTS.filter((c) => gradeWithShippedModel({ text: c.text }).level === 8);
    expect(threatening.map((c) => c.text)).toEqual(KNOWN_THREATENING);
  });
});
