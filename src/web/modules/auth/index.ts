/** The auth module's public door for the rest of the web app. */
export { AuthProvider } from './components/AuthProvider';
export { UserMenu } from './components/UserMenu';
export { LoginPage } from './pages/LoginPage';
export { useAuth } from './api/useAuth';
export { canEditContact, isSecretariat, statesSpokenFor } from './api/permissions';
