import { describe, expect, it } from 'vitest';
import { viewComment } from '../../../lib/grading/comment-view';
import { gradeComment } from '../../../lib/grading';
import { firstWords, gatedRules } from '../../../lib/grading/gated-rules';
import { threatView } from '../../../lib/grading/threat-slips';
import {
  choiceSources,
  firstMatch,
  gatedPatterns,
  matchesGated,
  mayMatch,
  patternWords,
} from '../../../lib/grading/pattern-gate';
import { EVERYDAY_COMMENTS } from './everyday-comments';
import { OFFENSIVE_PROBES } from './offensive-probes';
import { POLICE_PAGE_SUITE } from './police-page-suite';
import { SPANISH_EVERYDAY_COMMENTS } from './spanish-everyday-comments';
import { THREAT_PROBES } from './threat-probes';

describe('the words a phrase pattern needs', () => {
  it('are the first words of a list of phrases', () => {
    expect(patternWords(/ (?:thank you|thanks|great job) /)).toEqual(['great', 'thank', 'thanks']);
  });

  it('skip common words for a rarer word of the same phrase', () => {
    expect(patternWords(/ (?:the best|you are (?:a )?heroes) /)).toEqual(['best', 'heroes']);
  });

  it('read past words any class may spell', () => {
    expect(patternWords(/ (?:i|we|my \S+) (?:\S+ ){0,3}?(?:called|waited) /)).toEqual(['called', 'waited']);
    expect(patternWords(/ (?:\S+ )?acab /)).toEqual(['acab']);
  });

  it('settle for a common word when the phrase has nothing rarer', () => {
    expect(patternWords(/ (?:you|they) are (?:\S+ )?here /)).toEqual(['they', 'you']);
  });

  it('are unknown when a match may begin with any word or its word may run on', () => {
    expect(patternWords(/\b\d{2,6} (?:st|street) /)).toBeUndefined();
    expect(patternWords(/ \S+ [a-z]+ /)).toBeUndefined();
    expect(patternWords(/ (?:thanks|unaccept)/)).toBeUndefined();
    expect(patternWords(/ (?:thanks|great)\b/)).toBeUndefined();
  });

  it('are read from lookaheads as if anything could be there, which only widens them', () => {
    expect(patternWords(/ (?=\S)(?:watch|mind) (?=\S)(?:your|ur) back /)).toEqual(['mind', 'watch']);
  });
});

describe('the choices a pattern is split into', () => {
  it('are its top-level choices and the choices of its first group', () => {
    expect(choiceSources(' (?:thanks|great job) | well done ')).toEqual([
      ' thanks ',
      ' great job ',
      ' well done ',
    ]);
    expect(choiceSources(' (?=\\S)(?:a|b (?:c|d)) ')).toEqual([' (?=\\S)a ', ' (?=\\S)b (?:c|d) ']);
  });

  it('leave a group whole when what comes before it or after it may match more than one way', () => {
    expect(choiceSources(' (?:the )?(?:cops|police) ')).toEqual([' (?:the )?(?:cops|police) ']);
    expect(choiceSources(' (?:ha|he)+ ')).toEqual([' (?:ha|he)+ ']);
    expect(choiceSources(' \\S+ (?:cops|police) ')).toEqual([' \\S+ (?:cops|police) ']);
  });
});

describe('a gated pattern', () => {
  const texts = [
    ...POLICE_PAGE_SUITE.map((c) => c.text),
    ...THREAT_PROBES.map((p) => p.text),
    ...OFFENSIVE_PROBES.map((p) => p.text),
  ];

  it('gates the engine phrase rules that run on every comment', () => {
    gradeComment({ text: 'load the rules' });
    expect(gatedPatterns().length).toBeGreaterThanOrEqual(15);
  });

  it('is never shut on a comment it matches, and finds what the whole pattern finds', () => {
    let matches = 0;
    for (const text of texts) {
      const view = viewComment(text);
      for (const pattern of gatedPatterns()) {
        pattern.lastIndex = 0;
        const whole = pattern.exec(view.joined);
        if (!pattern.sticky && !pattern.global) expect(matchesGated(view, pattern)).toBe(whole !== null);
        if (!whole) continue;
        matches++;
        const where = `${pattern.source.slice(0, 60)} on "${text}"`;
        expect(mayMatch(view, pattern), where).toBe(true);
        if (pattern.sticky || pattern.global) continue;
        const found = firstMatch(view, pattern);
        expect([found?.index, found?.[0]], where).toEqual([whole.index, whole[0]]);
      }
    }
    expect(matches).toBeGreaterThan(1000);
    // Every gated pattern on 6,500 texts: 4–6 s on a busy two-core machine, near the default 5 s.
  }, 60_000);

  it('is shut on most comments', () => {
    const views = POLICE_PAGE_SUITE.map((c) => viewComment(c.text));
    let shut = 0;
    for (const view of views) for (const pattern of gatedPatterns()) if (!mayMatch(view, pattern)) shut++;
    expect(shut / (views.length * gatedPatterns().length)).toBeGreaterThan(0.5);
  });
});

describe('a rule set gated by the words written beside each rule', () => {
  // Comments a rule's pattern matches but its hand-written words shut it out of (found by this
  // test): the head or another rule reads most of the threats among them, and five are
  // look-alikes the gap happens to spare ("The sheriff's office should be gutted", "Y'all beat
  // that man half to death on video", deer season "with the rifles", "Run over the protesters?
  // Absolutely not.", "beat a homeless man half to death"). Each needs its rule looked at, not
  // only its words widened.
  const KNOWN_SHUT = [
    'Torch every patrol car in the city.',
    "I'm going to smash every window in your headquarters and then burn what's left.",
    'that guy they arrested deserves to be gutted in his cell, hope the inmates handle it',
    "If that officer isn't charged by Friday, I'll handle him personally with my .45",
    "If the DA doesn't charge that trooper, I'll carry out the sentence myself with my rifle.",
    "Beat her till she's unrecognizable. Who calls 911 on their own family",
    "Tribal PD, I'm driving over there with my rifle right now. Y'all wanna play cowboy, let's go.",
    "The sheriff's office should be gutted. New leadership top to bottom.",
    "Y'all beat that man half to death on video and called it 'compliance.' We saw it.",
    "Run over the protesters? Absolutely not. Nobody should be touched, whether they're marching or directing traffic.",
    'You arrested my son for NOTHING. I will find every officer in that photo and break their jaws one at a time.',
    "Y'all beat a homeless man half to death under the freeway and the city paid it off. Never forget.",
    'Deer season opener this weekend, me and my dad are heading up north with the rifles',
  ];

  it('lets every rule run on each comment it matches, as read and with slips corrected', () => {
    gradeComment({ text: 'load the rules' });
    const texts = [
      ...POLICE_PAGE_SUITE.map((c) => c.text),
      ...THREAT_PROBES.map((p) => p.text),
      ...OFFENSIVE_PROBES.map((p) => p.text),
      ...EVERYDAY_COMMENTS.map((c) => c.text),
      ...SPANISH_EVERYDAY_COMMENTS.map((c) => c.text),
    ];
    let matches = 0;
    const shut = new Set<string>();
    for (const text of texts) {
      const read = viewComment(text);
      for (const view of new Set([read, threatView(read)])) {
        const words = new Set(view.tokens.words);
        for (const { pattern, needs, alsoNeeds } of gatedRules()) {
          if (!pattern.test(view.joined)) continue;
          matches++;
          const open = needs.some((w) => words.has(w)) && (!alsoNeeds || alsoNeeds.some((w) => words.has(w)));
          if (!open) shut.add(text);
        }
      }
    }
    expect(matches).toBeGreaterThan(3000);
    expect([...shut]).toEqual(KNOWN_SHUT);
  }, 60_000);
});

describe('the first words of an alternation', () => {
  it('reads a word, not the lookahead that follows it', () => {
    expect(firstWords('(?:die|be dead|hang(?! out| with))')).toEqual(['die', 'be', 'hang']);
  });
});
