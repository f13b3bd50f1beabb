import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState, type ComponentType } from 'react';
import { AuthProvider } from '../modules/auth';
import { useStateParamNames } from '../modules/states';
import { ParamNamesProvider } from '../ui/problemText';
import { RecordPagesProvider } from '../ui/recordPages';
import { SlotsProvider } from '../ui/slots';
import { webModules } from './modules';
import { createQueryClient } from './queryClient';
import { router } from './router';

/** Every module's contributions to other modules' pages, by slot. */
const slots = webModules.reduce<Record<string, ComponentType<never>[]>>((acc, m) => {
  for (const [slot, component] of Object.entries(m.contributes ?? {}))
    acc[slot] = [...(acc[slot] ?? []), component];
  return acc;
}, {});

/** The page of each kind of record, by the audit log's target type. */
const recordPages = Object.assign({}, ...webModules.map((m) => m.recordPages ?? {})) as Record<
  string,
  (id: string) => string
>;

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <SlotsProvider value={slots}>
          <RecordPagesProvider value={recordPages}>
            <ParamNamesProvider value={useStateParamNames}>
              <RouterProvider router={router} />
            </ParamNamesProvider>
          </RecordPagesProvider>
        </SlotsProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
