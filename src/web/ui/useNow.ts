import { useEffect, useState } from 'react';

/** The current time in milliseconds, renewed every `intervalMs`, for countdowns and "today". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
