import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../../contracts/documents';

export function TopicList({ topics }: { topics: readonly Topic[] }) {
  const { t } = useTranslation('documents');
  if (topics.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="topic-list">
      {topics.map((topic) => (
        <li key={topic} className="topic">
          {t(`documents:topic.${topic}`)}
        </li>
      ))}
    </ul>
  );
}
