import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { MAIN_ID } from '../ui/Layout';

/**
 * After a client-side navigation focus would stay on the link just used, somewhere in the old page;
 * moving it to <main> lets keyboard and screen-reader users start reading the new page.
 */
export function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // Compared with the last path rather than counting renders: StrictMode runs effects twice on mount.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}
