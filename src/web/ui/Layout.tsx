import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LayoutProps {
  brand: ReactNode;
  nav: ReactNode;
  tools: ReactNode;
  footer: ReactNode;
  /** Changes on every navigation (the path): the phone menu closes when it does. */
  location: string;
  children: ReactNode;
}

export const MAIN_ID = 'main';

/** Moves focus as well as scroll: keyboard users should continue from the content, not the header. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/**
 * On a phone the navigation and the tools would fill a third of the screen on every page, so they
 * fold behind a Menu button there (CSS decides when the button shows; on a wide screen it is hidden
 * and the panel always open). The menu closes on navigation and on Escape, which returns focus to
 * the button.
 */
export function Layout({ brand, nav, tools, footer, location, children }: LayoutProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(location);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Closed as soon as the location differs from where it was opened: no effect, no stale render.
  const expanded = open && openedAt === location;
  useEffect(() => {
    if (!expanded) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [expanded]);

  function toggle() {
    setOpenedAt(location);
    setOpen(!expanded);
  }

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('common:skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">{brand}</div>
          <button
            ref={button}
            type="button"
            className="site-header__menu-button"
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={toggle}
          >
            <span className="site-header__menu-icon" aria-hidden="true" />
            {t('common:nav.menu')}
          </button>
          <div
            id={panelId}
            className={expanded ? 'site-header__panel site-header__panel--open' : 'site-header__panel'}
          >
            {nav}
            <div className="site-header__tools">{tools}</div>
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">{footer}</footer>
    </>
  );
}
