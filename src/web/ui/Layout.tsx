import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LayoutProps {
  brand: ReactNode;
  nav: ReactNode;
  tools: ReactNode;
  footer: ReactNode;
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

export function Layout({ brand, nav, tools, footer, children }: LayoutProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('common:skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">{brand}</div>
          {nav}
          <div className="site-header__tools">{tools}</div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">{footer}</footer>
    </>
  );
}
