/** The auth module's public door for the rest of the web app. */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { LoginPage } from './pages/LoginPage';

export { AuthProvider } from './components/AuthProvider';
export { UserMenu } from './components/UserMenu';
export { useAuth } from './api/useAuth';
export { useThreadViewer } from './api/useThreadViewer';
export { canEditContact, isSecretariat, statesSpokenFor } from './api/permissions';

const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });

export const authModule = defineWebModule({ name: 'auth', routes: [loginRoute], namespaces: ['auth'] });
