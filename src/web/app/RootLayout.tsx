import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../modules/auth';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { Layout } from '../ui/Layout';
import { MainNav } from './MainNav';
import { useFocusOnNavigate } from './useFocusOnNavigate';

export function RootLayout() {
  const { t } = useTranslation('common');
  useFocusOnNavigate();
  const location = useRouterState({ select: (s) => s.location.href });
  return (
    <Layout
      location={location}
      brand={
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            {t('common:appMark')}
          </span>
          <span className="brand__name">{t('common:appName')}</span>
        </Link>
      }
      nav={<MainNav />}
      tools={
        <>
          <LanguageSwitcher />
          <UserMenu />
        </>
      }
      footer={
        <div className="site-footer__inner">
          <p>{t('common:footer.note')}</p>
          <p>
            <a href="/api/docs">{t('common:footer.api')}</a>
          </p>
        </div>
      }
    >
      <Outlet />
    </Layout>
  );
}
