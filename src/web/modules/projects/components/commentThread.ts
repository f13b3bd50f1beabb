import type { ProjectComment } from '../api/projectsApi';

export interface CommentNode {
  comment: ProjectComment;
  replies: CommentNode[];
}

const byTime = (a: CommentNode, b: CommentNode) =>
  a.comment.createdAt < b.comment.createdAt ? -1 : a.comment.createdAt > b.comment.createdAt ? 1 : 0;

/**
 * Threads the flat discussion: answers and replies under what they reply to, each level oldest first.
 * A reply whose parent is missing stays visible at the top level rather than disappearing.
 */
export function threadComments(comments: readonly ProjectComment[]): CommentNode[] {
  const nodes = new Map(comments.map((c) => [c.id, { comment: c, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const sort = (list: CommentNode[]) => {
    list.sort(byTime);
    for (const n of list) sort(n.replies);
  };
  sort(roots);
  return roots;
}
