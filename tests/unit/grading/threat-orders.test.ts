// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Orders that open a sentence (threat-rules-veiled.ts), with harmless twins (examples ours).
describe('an order at the start of a sentence', () => {
  it.each([
    'Get your guns.',
    'Get a body bag ready for that deputy.',
    'Get a coffin ready for the sergeant, he will need it.',
    'They never listen. Grab your guns and meet at the precinct.',
    'Torch every patrol car in the city.',
    'Kill the moderator.',
  ])('is Threatening: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBe(8);
  });

  it.each([
    'Get your guns cleaned before hunting season opens.',
    'Get a doctor to look at that officer, he fell on the ice.',
    'Get an ambulance, a man collapsed outside the station.',
    'They kill the vibe at every block party.',
    'Grab your coats, the parade starts at noon.',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
