/** The audit module's public door for the rest of the web app. */
export { AuditPage } from './pages/AuditPage';
