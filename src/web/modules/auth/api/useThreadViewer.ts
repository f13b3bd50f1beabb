import type { ThreadViewer } from '../../../ui/ThreadPostTools';
import { isSecretariat } from './permissions';
import { useAuth } from './useAuth';

/** The signed-in user as a discussion thread needs them: to edit their own posts, to moderate. */
export function useThreadViewer(): ThreadViewer {
  const { me, csrfToken } = useAuth();
  return { email: me?.email ?? null, secretariat: isSecretariat(me), csrfToken };
}
