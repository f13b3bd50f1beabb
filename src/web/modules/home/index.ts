/** The home module's public door for the rest of the web app. */
export { HomePage } from './pages/HomePage';
