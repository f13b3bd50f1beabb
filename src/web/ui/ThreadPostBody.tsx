import { useTranslation } from 'react-i18next';
import type { ThreadPostDto } from '../../contracts/threads';
import { formatInstant } from './dates';
import { useLanguage } from './useLanguage';

/**
 * The text of a discussion post, whichever module's thread it is in: marked when the author edited it,
 * and when the Secretariat hid it (the Secretariat still sees the text; everyone else gets none).
 */
export function ThreadPostBody({ post }: { post: Pick<ThreadPostDto, 'body' | 'editedAt' | 'hidden'> }) {
  const { t } = useTranslation('common');
  const { code } = useLanguage();
  return (
    <div className={post.hidden ? 'comment__body comment__body--hidden' : 'comment__body'}>
      {post.hidden && (
        <p className="comment__hidden" role="note">
          {t('common:thread.hidden', { reason: post.hidden.reason })}
        </p>
      )}
      {post.body}
      {post.editedAt && (
        <small className="comment__edited">
          {' '}
          ({t('common:thread.edited', { date: formatInstant(post.editedAt, code) })})
        </small>
      )}
    </div>
  );
}
