// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenizeComment } from '../../../lib/grading/comment-tokens';

// Spelling games read through (slips, stray spaces, run-together words, hyphens, leading
// symbols), and the innocent words that must stay as written.
const wordsOf = (text: string) => tokenizeComment(text).words;

describe('spelling games', () => {
  it.each([
    ['You are a fcuk', ['you', 'are', 'a', 'fuck']],
    ["You're an ashole", ['youre', 'an', 'asshole']],
    ['Mulsims', ['muslims']],
    ['f uck you', ['fuck', 'you']],
    ['mor on', ['moron']],
    ['pieceofshit', ['piece', 'of', 'shit']],
    ['#fuckthepolice', ['fuck', 'the', 'police']],
    ['ihatemuslims88', ['i', 'hate', 'muslims', '88']],
    ['What an a-hole', ['what', 'an', 'ahole']],
    ['a $lut', ['a', 'slut']],
    ['@sshole', ['asshole']],
    ['kiss my a$$', ['kiss', 'my', 'ass']],
    // A masked mild word is the mild word, not a slur of the same shape ("abo").
    ['kiss my a**', ['kiss', 'my', 'ass']],
    ['go to h*ll', ['go', 'to', 'hell']],
    ['up your @ss', ['up', 'your', 'ass']],
    // A mask two lists fit ("fuck" or a slur of the same shape) is read as the profanity.
    ['who the f*** approved this', ['who', 'the', 'fuck', 'approved', 'this']],
    ['holy s**t', ['holy', 'shit']],
    // Leetspeak of a listed word run together with another.
    ['Deputy R is a sh1tbag', ['deputy', 'r', 'is', 'a', 'shit', 'bag']],
    ['what a load of horsesh!t', ['what', 'a', 'load', 'of', 'horse', 'shit']],
  ])('%s', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it.each([
    ['The pen is mightier', ['the', 'pen', 'is', 'mightier']],
    ['low life expectancy', ['low', 'life', 'expectancy']],
    ['Scunthorpe shitake cocktail', ['scunthorpe', 'shitake', 'cocktail']],
    ['whatever I paid 5$', ['whatever', 'i', 'paid', '5']],
    ['@USER self-defence', ['@user', 'self', 'defence']],
    ['thanks @bob and @sam', ['thanks', '@user', 'and', '@user']],
    ['pick the moon', ['pick', 'the', 'moon']],
    ['l33t h4x0r gr8 job', ['l33t', 'h4x0r', 'gr8', 'job']],
  ])('leaves alone: %s', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it('keeps each piece of a split word on its own span', () => {
    const tokens = tokenizeComment('a pieceofshit');
    expect(tokens.words).toEqual(['a', 'piece', 'of', 'shit']);
    expect(tokens.starts).toEqual([0, 2, 7, 9]);
    expect(tokens.ends).toEqual([1, 7, 9, 13]);
  });

  it('spans a word joined across a stray space', () => {
    const tokens = tokenizeComment('f uck you');
    expect(tokens.starts[0]).toBe(0);
    expect(tokens.ends[0]).toBe(5);
  });
});
