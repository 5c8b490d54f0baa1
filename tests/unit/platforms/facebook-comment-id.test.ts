// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeFacebookCommentId, encodeFacebookCommentId } from '../../../lib/platforms';

describe("Facebook's comment_id", () => {
  it('decodes base64 of comment:<post>_<comment>, as it appears in links (percent-encoded padding)', () => {
    expect(decodeFacebookCommentId('Y29tbWVudDoxMTIyMzM0NDU1NjY3Nzg4XzIyMzM0NDU1NjY3Nzg4MDE%3D')).toEqual({
      postId: '1122334455667788',
      commentId: '2233445566778801',
    });
  });

  it('decodes unpadded and URL-safe base64', () => {
    const encoded = encodeFacebookCommentId('10', '20')
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(decodeFacebookCommentId(encoded)).toEqual({ postId: '10', commentId: '20' });
  });

  it('takes a bare number (older links) as the comment id itself', () => {
    expect(decodeFacebookCommentId('2233445566778801')).toEqual({
      postId: null,
      commentId: '2233445566778801',
    });
  });

  it('round-trips what it encodes', () => {
    expect(decodeFacebookCommentId(encodeFacebookCommentId('1122334455667788', '2233445566778903'))).toEqual({
      postId: '1122334455667788',
      commentId: '2233445566778903',
    });
  });

  it('refuses anything else', () => {
    for (const raw of ['', null, 'not base64!', btoa('story:1_2'), btoa('comment:abc_2')]) {
      expect(decodeFacebookCommentId(raw)).toBeNull();
    }
  });
});
