import type { AnyRoute } from '@tanstack/react-router';
import type { ComponentType } from 'react';

/**
 * Who sees a navigation entry: everyone, any signed-in user, the Secretariat only, or only those in the
 * CBM exchange (a `defence_contact` mandate), for whom alone it exists.
 */
export type NavAudience = 'everyone' | 'signedIn' | 'secretariat' | 'defenceContact';

export interface NavEntry<TPath extends string = string> {
  /** One of the module's own routes. */
  to: TPath;
  /** A 'namespace:key' the module's own namespace defines. */
  label: string;
  audience?: NavAudience;
  /** Active only on this exact path (the home page), not on every path below it. */
  exact?: boolean;
  /** Shown after the label, e.g. an unread count. */
  badge?: ComponentType;
}

/**
 * What a web module adds to the app. The router, the main navigation, the i18n resources and the i18n
 * check read these from the module list (app/modules.ts), so that adding a module is its folder and one
 * line there.
 */
export interface WebModule<TRoutes extends readonly AnyRoute[] = readonly AnyRoute[]> {
  name: string;
  /** Routes created with `getParentRoute: () => rootRoute`. */
  routes: TRoutes;
  nav?: readonly NavEntry<TRoutes[number]['fullPath']>[];
  /** The i18n namespaces the module owns: src/web/i18n/locales/<language>/<namespace>.json. */
  namespaces: readonly string[];
  /**
   * Components the module puts into another module's page, by slot name (the slot's owner exports the
   * name and the props). The owner renders them without importing this module.
   */
  contributes?: Readonly<Record<string, ComponentType<never>>>;
  /**
   * The page of each kind of record the module owns, by the audit log's target type ('decision'), so
   * that the log links an entry to its record without knowing the module.
   */
  recordPages?: Readonly<Record<string, (id: string) => string>>;
}

/** Keeps the routes' literal types, so that the router built from every module stays fully typed. */
export function defineWebModule<const TRoutes extends readonly AnyRoute[]>(
  module: WebModule<TRoutes>,
): WebModule<TRoutes> {
  return module;
}
