// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenizeComment } from '../../../lib/grading/comment-tokens';

// How the engine reads through spelling games (examples written by us).
const words = (text: string) => tokenizeComment(text).words;

describe('comment tokens', () => {
  it.each([
    ['F*#K these pigs', ['fuck', 'these', 'pigs']],
    ['f u c k the police', ['fuck', 'the', 'police']],
    ['f.u.c.k off', ['fuck', 'off']],
    ['sh1t department', ['shit', 'department']],
    ['a$$hole', ['asshole']],
    ['b***h', ['bitch']],
    ['fuuuuuck', ['fuuck']],
  ])('decodes the disguise in %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('leaves ordinary numbers and abbreviations alone', () => {
    expect(words('Meet at 4th and Main at 2pm, bring an mp3')).toEqual([
      'meet',
      'at',
      '4th',
      'and',
      'main',
      'at',
      '2pm',
      'bring',
      'an',
      'mp3',
    ]);
  });

  it('drops accents and keeps apostrophes inside words', () => {
    expect(words('¿Dónde está la comisaría? Don’t know')).toEqual([
      'donde',
      'esta',
      'la',
      'comisaria',
      '?',
      'dont',
      'know',
    ]);
  });

  it('turns mentions, links and export artefacts into markers', () => {
    expect(words('RT @officer_k: see https://example.org/a &amp; URL')).toEqual([
      '<link>',
      '@user',
      'see',
      '<link>',
      '<link>',
    ]);
  });

  it('remembers where each word sits in the original text', () => {
    const tokens = tokenizeComment('Hey  F*#K you');
    expect(tokens.words[1]).toBe('fuck');
    expect(tokens.text.slice(tokens.starts[1], tokens.ends[1])).toBe('F*#K');
  });
});
