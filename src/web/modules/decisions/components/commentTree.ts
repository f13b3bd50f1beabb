import type { Comment } from '../api/decisionsApi';

export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
}

/**
 * Threads the flat list of comments: replies under the comment they answer, each level oldest first.
 * A reply whose parent is missing stays visible at the top level rather than disappearing.
 */
export function buildCommentTree(comments: readonly Comment[]): CommentNode[] {
  const nodes = new Map(comments.map((c) => [c.id, { comment: c, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const byTime = (a: CommentNode, b: CommentNode) =>
    a.comment.createdAt < b.comment.createdAt ? -1 : a.comment.createdAt > b.comment.createdAt ? 1 : 0;
  const sort = (list: CommentNode[]) => {
    list.sort(byTime);
    for (const n of list) sort(n.replies);
  };
  sort(roots);
  return roots;
}
