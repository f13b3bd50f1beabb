import type { ProjectComment } from '../api/projectsApi';
import { threadByParent, type ThreadNode } from '../../../ui/thread';

export type CommentNode = ThreadNode<ProjectComment>;

export const threadComments = (comments: readonly ProjectComment[]): CommentNode[] =>
  threadByParent(comments);
