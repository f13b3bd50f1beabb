declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'sqlite' | 'postgres';
    postgresUrl: string;
  }
}
export {};
