import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadPostDto, ThreadPostVersionDto } from '../../contracts/threads';
import { apiFetch } from '../app/apiFetch';
import { formatInstant } from './dates';
import { MutationForm } from './MutationForm';
import { ProblemAlert } from './ProblemAlert';
import { TextAreaField } from './TextAreaField';
import { useLanguage } from './useLanguage';

/** Who reads the thread: the author may edit their own posts, the Secretariat moderates. */
export interface ThreadViewer {
  email: string | null;
  secretariat: boolean;
  csrfToken: string | null;
}

interface ThreadPostToolsProps {
  post: ThreadPostDto;
  /** The thread's API path, e.g. `/api/v1/decisions/{id}/comments`. */
  threadPath: string;
  /** The module's query of the thread, refreshed after each change. */
  threadKey: QueryKey;
  viewer: ThreadViewer;
}

type Open = 'none' | 'edit' | 'history' | 'hide';

/**
 * The kernel thread's own actions on one post, the same in every module: the author edits (each earlier
 * text stays in the history anyone who sees the post can open) and the Secretariat hides with a reason
 * or restores.
 */
export function ThreadPostTools({ post, threadPath, threadKey, viewer }: ThreadPostToolsProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState<Open>('none');
  const queryClient = useQueryClient();
  const postPath = `${threadPath}/${post.id}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: threadKey });
  const restore = useMutation({
    mutationFn: () => apiFetch(`${postPath}/restore`, { method: 'POST', csrfToken: viewer.csrfToken }),
    onSuccess: refresh,
  });
  const mayEdit = viewer.email !== null && viewer.email === post.authorEmail && !post.hidden;
  const toggle = (what: Open) => setOpen((o) => (o === what ? 'none' : what));

  return (
    <div className="thread-tools">
      <div className="thread-tools__buttons">
        {mayEdit && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open === 'edit'}
            onClick={() => toggle('edit')}
          >
            {t('common:thread.edit')}
          </button>
        )}
        {post.version > 1 && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open === 'history'}
            onClick={() => toggle('history')}
          >
            {t('common:thread.history', { versions: post.version })}
          </button>
        )}
        {viewer.secretariat && !post.hidden && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open === 'hide'}
            onClick={() => toggle('hide')}
          >
            {t('common:thread.hide')}
          </button>
        )}
        {viewer.secretariat && post.hidden && (
          <button
            type="button"
            className="link-button"
            disabled={restore.isPending}
            onClick={() => restore.mutate()}
          >
            {t('common:thread.restore')}
          </button>
        )}
      </div>
      {restore.error ? <ProblemAlert error={restore.error} /> : null}
      {open === 'edit' && (
        <EditForm
          post={post}
          postPath={postPath}
          viewer={viewer}
          onDone={() => (setOpen('none'), refresh())}
        />
      )}
      {open === 'hide' && (
        <HideForm postPath={postPath} viewer={viewer} onDone={() => (setOpen('none'), refresh())} />
      )}
      {open === 'history' && <History postPath={postPath} />}
    </div>
  );
}

interface FormProps {
  postPath: string;
  viewer: ThreadViewer;
  onDone: () => void;
}

function EditForm({ post, postPath, viewer, onDone }: FormProps & { post: ThreadPostDto }) {
  const { t } = useTranslation('common');
  const [body, setBody] = useState(post.body);
  const edit = useMutation({
    mutationFn: () => apiFetch(postPath, { method: 'PUT', body: { body }, csrfToken: viewer.csrfToken }),
    onSuccess: onDone,
  });
  return (
    <MutationForm
      mutation={edit}
      onSubmit={() => edit.mutate()}
      submitLabel={t('common:thread.saveEdit')}
      actions={
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common:cancel')}
        </button>
      }
    >
      <TextAreaField
        label={t('common:thread.editLabel')}
        name="/body"
        value={body}
        onChange={setBody}
        rows={4}
      />
    </MutationForm>
  );
}

function HideForm({ postPath, viewer, onDone }: FormProps) {
  const { t } = useTranslation('common');
  const [reason, setReason] = useState('');
  const hide = useMutation({
    mutationFn: () =>
      apiFetch(`${postPath}/hide`, { method: 'POST', body: { reason }, csrfToken: viewer.csrfToken }),
    onSuccess: onDone,
  });
  return (
    <MutationForm
      mutation={hide}
      onSubmit={() => hide.mutate()}
      submitLabel={t('common:thread.hideSubmit')}
      submitClassName="button button--danger"
      actions={
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common:cancel')}
        </button>
      }
    >
      <TextAreaField
        label={t('common:thread.hideReason')}
        hint={t('common:thread.hideHint')}
        name="/reason"
        value={reason}
        onChange={setReason}
        rows={2}
      />
    </MutationForm>
  );
}

function History({ postPath }: { postPath: string }) {
  const { t } = useTranslation('common');
  const { code } = useLanguage();
  const versions = useQuery({
    queryKey: ['thread-post-versions', postPath],
    queryFn: async () => (await apiFetch<{ items: ThreadPostVersionDto[] }>(`${postPath}/versions`)).items,
  });
  if (versions.isError) return <ProblemAlert error={versions.error} />;
  if (!versions.data) return null;
  return (
    <ol className="thread-history" aria-label={t('common:thread.historyLabel')}>
      {versions.data.map((v) => (
        <li key={v.version}>
          <p className="thread-history__head">
            {t('common:thread.version', { version: v.version, date: formatInstant(v.writtenAt, code) })}
          </p>
          <p className="thread-history__body">{v.body}</p>
        </li>
      ))}
    </ol>
  );
}
