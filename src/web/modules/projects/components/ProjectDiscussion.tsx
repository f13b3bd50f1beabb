import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useAuth } from '../../auth';
import { seesDiscussion, voicesOf } from '../api/projectPermissions';
import { useProjectComments } from '../api/useProjectComments';
import { threadComments } from './commentThread';
import { ProjectCommentForm } from './ProjectCommentForm';
import { ProjectCommentItem } from './ProjectCommentItem';

interface ProjectDiscussionProps {
  project: ProjectDto;
  memberCodes: readonly string[];
}

/** Comments, questions to the sponsors and their answers: for the Secretariat and the member states. */
export function ProjectDiscussion({ project, memberCodes }: ProjectDiscussionProps) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const voices = voicesOf(me, memberCodes);
  const reads = seesDiscussion(me, memberCodes);
  const comments = useProjectComments(project.id, reads);
  const tree = comments.data ? threadComments(comments.data) : [];

  return (
    <section aria-labelledby="discussion-heading" className="discussion">
      <h2 id="discussion-heading">{t('projects:discussion.title')}</h2>
      {!reads ? (
        <p className="field__hint">{t('projects:discussion.whoMay')}</p>
      ) : (
        <>
          <ProblemAlert error={comments.error} />
          {comments.isPending ? (
            <Loading />
          ) : tree.length === 0 ? (
            <p className="muted">{t('projects:discussion.empty')}</p>
          ) : (
            <ol className="thread" data-testid="project-discussion">
              {tree.map((node) => (
                <ProjectCommentItem key={node.comment.id} node={node} project={project} voices={voices} />
              ))}
            </ol>
          )}
          {voices.length > 0 ? (
            <ProjectCommentForm projectId={project.id} voices={voices} />
          ) : (
            <p className="field__hint">{t('projects:discussion.whoMay')}</p>
          )}
        </>
      )}
    </section>
  );
}
