import { useCallback, useState } from 'react';

/**
 * A form's draft. Editing clears the mutation's last answer (a stale problem or "Saved"), and
 * `reset()` puts the draft back to its start, e.g. after a successful submit.
 */
export function useFormDraft<T extends object>(initial: T | (() => T), mutation: { reset: () => void }) {
  const [start] = useState(initial);
  const [draft, setDraft] = useState<T>(start);
  const { reset: clearAnswer } = mutation;
  const set = useCallback(
    (patch: Partial<T>) => {
      clearAnswer();
      setDraft((d) => ({ ...d, ...patch }));
    },
    [clearAnswer],
  );
  const reset = useCallback(() => setDraft(start), [start]);
  return { draft, set, reset, replace: setDraft };
}
