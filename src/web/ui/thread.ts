export interface ThreadNode<T> {
  comment: T;
  replies: ThreadNode<T>[];
}

interface Threadable {
  id: string;
  parentId: string | null;
  createdAt: string;
}

/**
 * Threads a flat discussion: replies under what they answer, each level oldest first. A reply whose
 * parent is missing stays visible at the top level rather than disappearing.
 */
export function threadByParent<T extends Threadable>(items: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map(items.map((c) => [c.id, { comment: c, replies: [] as ThreadNode<T>[] }]));
  const roots: ThreadNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const byTime = (a: ThreadNode<T>, b: ThreadNode<T>) =>
    a.comment.createdAt < b.comment.createdAt ? -1 : a.comment.createdAt > b.comment.createdAt ? 1 : 0;
  const sort = (list: ThreadNode<T>[]) => {
    list.sort(byTime);
    for (const n of list) sort(n.replies);
  };
  sort(roots);
  return roots;
}
