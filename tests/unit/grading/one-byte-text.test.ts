import { describe, expect, it } from 'vitest';
import { phraseOf, viewComment } from '../../../lib/grading/comment-view';
import { oneByteText, onOneByteText } from '../../../lib/grading/one-byte-text';
import { gradeWithShippedModel } from './test-grader';

/** Written by us: the rules read one-byte text, with a stand-in for each emoji (one-byte-text.ts). */
describe('the text the rules read', () => {
  const isOneByte = (text: string) => [...text].every((c) => (c.codePointAt(0) as number) <= 0xff);

  it('keeps Latin-1 text as it is, accents included', () => {
    expect(oneByteText(' gracias oficial, qué rápido llegó ')).toBe(' gracias oficial, qué rápido llegó ');
  });

  it('stands a one-byte character in for each unit above U+00FF, so offsets stay those of the words', () => {
    const written = ' chief 🔫 🔫 don’t ';
    const read = oneByteText(written);
    expect(read).toHaveLength(written.length);
    expect(isOneByte(read)).toBe(true);
    expect(read.indexOf('don')).toBe(written.indexOf('don'));
  });

  it('gives each emoji a rule names a stand-in of its own, and all others one shared stand-in', () => {
    expect(oneByteText('🔫')).not.toBe(oneByteText('🐷'));
    expect(oneByteText('😂')).toBe(oneByteText('🎉'));
    expect(oneByteText('😂')).not.toBe(oneByteText('🔫'));
  });

  it('refuses a rule that names an emoji with no stand-in, rather than let it match every emoji', () => {
    expect(() => onOneByteText(/ 🎉 /)).toThrow(/no stand-in/);
    expect(onOneByteText(/ (?:🐷|🐖) /).test(oneByteText(' 🐖 '))).toBe(true);
    expect(onOneByteText(/ (?:🐷|🐖) /).test(oneByteText(' 🐄 '))).toBe(false);
  });

  it('is what the view joins, while phrases for the moderator keep the emoji as written', () => {
    const view = viewComment('Sheriff 🔫🔫🔫 see you soon');
    expect(isOneByte(view.joined)).toBe(true);
    expect(view.ruleWords.every(isOneByte)).toBe(true);
    expect(phraseOf(view, 0, view.joined.length)).toBe('sheriff 🔫 🔫 🔫 see you soon');
  });

  it('still lets the rules that name emoji find them, and shows them in the reason', () => {
    const weapons = gradeWithShippedModel({ text: 'chief 🔫🔫🔫' });
    expect(weapons.level).toBe(8);
    expect(weapons.reasons[0]?.text).toContain('🔫');
    expect(gradeWithShippedModel({ text: '🐷🚓 out on the highway tonight' }).level).toBe(7);
    expect(gradeWithShippedModel({ text: 'Thank you for keeping us safe ❤️🇺🇸' }).level).toBe(1);
  });
});
