import { describe, expect, it } from 'vitest';
import { compactPattern } from '../../../lib/grading/compact-pattern';

// compactPattern may only add lookaheads that never change a match.
describe('compactPattern', () => {
  it('starts a long word list afresh after skipped words', () => {
    const compact = compactPattern(/ i (?:\S+ ){0,3}?(?:kill|shoot) (?:you|him) /);
    expect(compact.source).toBe(' i (?:\\S+ ){0,3}?(?=\\S)(?:kill|shoot) (?=\\S)(?:you|him) ');
  });

  it('leaves optional groups and groups that may start with a space alone', () => {
    const optional = / youre next (?:(?:cop|pig) )?(?:[!?.] )*$/;
    expect(compactPattern(optional).test(' youre next ')).toBe(true);
    expect(compactPattern(/ a(?: b| c) /).source).toBe(' a(?: b| c) ');
  });

  it('matches what the pattern matched', () => {
    const pattern =
      / (?:i|we) (?:\S+ ){0,2}?(?:will|gonna) (?:(?:the|a) )?(?:kill|hurt) (?:you|(?:every )?cops?) /;
    const compact = compactPattern(pattern);
    for (const text of [
      ' i will kill you ',
      ' we are gonna hurt every cop ',
      ' i really will the kill you ',
      ' i will kill ',
      ' we gonna a hurt cops ',
    ])
      expect([text, compact.exec(text)?.[0]]).toEqual([text, pattern.exec(text)?.[0]]);
  });
});
