import { describe, expect, it } from 'vitest';
import type { ProjectComment } from '../api/projectsApi';
import { threadComments } from './commentThread';

function comment(id: string, createdAt: string, patch: Partial<ProjectComment> = {}): ProjectComment {
  return {
    id,
    parentId: null,
    kind: 'comment',
    state: 'KZ',
    authorEmail: 'coordinator.kz@example.org',
    body: id,
    createdAt,
    version: 1,
    editedAt: null,
    hidden: null,
    answered: null,
    ...patch,
  };
}

describe('threadComments', () => {
  it('puts answers under their question, oldest first at each level', () => {
    const tree = threadComments([
      comment('a2', '2026-01-03', { parentId: 'q', kind: 'answer' }),
      comment('q', '2026-01-01', { kind: 'question', answered: true }),
      comment('c', '2026-01-02'),
      comment('a1', '2026-01-02', { parentId: 'q', kind: 'answer' }),
    ]);
    expect(tree.map((n) => n.comment.id)).toEqual(['q', 'c']);
    expect(tree[0]!.replies.map((n) => n.comment.id)).toEqual(['a1', 'a2']);
  });

  it('keeps a reply whose parent is missing at the top level', () => {
    expect(
      threadComments([comment('r', '2026-01-01', { parentId: 'gone' })]).map((n) => n.comment.id),
    ).toEqual(['r']);
  });
});
