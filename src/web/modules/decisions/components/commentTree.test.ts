import { describe, expect, it } from 'vitest';
import type { Comment } from '../api/decisionsApi';
import { buildCommentTree } from './commentTree';

const comment = (id: string, createdAt: string, parentId: string | null = null): Comment => ({
  id,
  parentId,
  authorEmail: 'coordinator.kz@example.org',
  state: 'KZ',
  body: id,
  createdAt,
  kind: 'comment',
  version: 1,
  editedAt: null,
  hidden: null,
});

describe('buildCommentTree', () => {
  it('puts replies under the comment they answer, oldest first at each level', () => {
    const tree = buildCommentTree([
      comment('b', '2026-11-26T10:02:00Z'),
      comment('a-2', '2026-11-26T10:05:00Z', 'a'),
      comment('a', '2026-11-26T10:01:00Z'),
      comment('a-1', '2026-11-26T10:03:00Z', 'a'),
      comment('a-1-1', '2026-11-26T10:04:00Z', 'a-1'),
    ]);
    expect(tree.map((n) => n.comment.id)).toEqual(['a', 'b']);
    expect(tree[0]!.replies.map((n) => n.comment.id)).toEqual(['a-1', 'a-2']);
    expect(tree[0]!.replies[0]!.replies.map((n) => n.comment.id)).toEqual(['a-1-1']);
  });

  it('keeps a reply to a missing comment at the top level', () => {
    const tree = buildCommentTree([comment('x', '2026-11-26T10:00:00Z', 'gone')]);
    expect(tree.map((n) => n.comment.id)).toEqual(['x']);
  });
});
