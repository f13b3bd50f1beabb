import { createContext, useContext, type ReactNode } from 'react';

type RecordPages = Readonly<Record<string, (id: string) => string>>;

const RecordPagesContext = createContext<RecordPages>({});

/** Hands every module's record pages (WebModule.recordPages) to pages that link to records by type. */
export function RecordPagesProvider({ value, children }: { value: RecordPages; children: ReactNode }) {
  return <RecordPagesContext.Provider value={value}>{children}</RecordPagesContext.Provider>;
}

/** The path of a record's page, or undefined where no module shows that kind of record on a page. */
export function useRecordPage(): (type: string, id: string) => string | undefined {
  const pages = useContext(RecordPagesContext);
  return (type, id) => pages[type]?.(encodeURIComponent(id));
}
