import type { Comment } from '../api/decisionsApi';
import { threadByParent, type ThreadNode } from '../../../ui/thread';

export type CommentNode = ThreadNode<Comment>;

export const buildCommentTree = (comments: readonly Comment[]): CommentNode[] => threadByParent(comments);
