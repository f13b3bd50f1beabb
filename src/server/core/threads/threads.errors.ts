import { defineError } from '../errors';

export const ThreadErrors = {
  postNotFound: defineError<{ id: string }>('threads.post_not_found', 404, 'No such post in this thread'),
  parentNotFound: defineError('threads.parent_not_found', 400, 'The post replied to does not exist'),
  notAuthor: defineError('threads.not_author', 403, 'Only the author may edit a post'),
  postHidden: defineError<{ id: string }>('threads.post_hidden', 409, 'The post is hidden'),
  postNotHidden: defineError<{ id: string }>('threads.post_not_hidden', 409, 'The post is not hidden'),
  editConflict: defineError<{ id: string }>(
    'threads.edit_conflict',
    409,
    'The post was edited at the same time; reload it and try again',
  ),
  kindNotAllowed: defineError<{ kind: string }>(
    'threads.kind_not_allowed',
    400,
    'This thread does not take posts of that kind',
  ),
};
