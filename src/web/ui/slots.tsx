import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

type Contributions = Readonly<Record<string, readonly ComponentType<never>[]>>;

const SlotsContext = createContext<Contributions>({});

/** Hands every module's contributions to the pages that render them (see WebModule.contributes). */
export function SlotsProvider({ value, children }: { value: Contributions; children: ReactNode }) {
  return <SlotsContext.Provider value={value}>{children}</SlotsContext.Provider>;
}

/**
 * Renders what other modules contribute to a slot of this page, so that the page's module need not
 * import them (the documents page shows an instrument's plans without importing plans).
 */
export function Slot<P extends object>({ name, props }: { name: string; props: P }) {
  const components = (useContext(SlotsContext)[name] ?? []) as readonly ComponentType<P>[];
  return (
    <>
      {components.map((Component, i) => (
        <Component key={i} {...props} />
      ))}
    </>
  );
}
