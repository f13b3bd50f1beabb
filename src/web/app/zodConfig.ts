import { z } from 'zod';

/**
 * The Content-Security-Policy allows no eval (ADR 0030). Zod compiles object parsers with `new Function`
 * unless told not to, and its probe for that trips a CSP violation on every page: parse without it.
 * Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true });
