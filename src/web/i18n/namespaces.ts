import type { WebModule } from '../app/webModule';

/** The shell's own strings and the server's error codes: owned by no module. */
export const KERNEL_NAMESPACES = ['common', 'errors'] as const;

/** Every namespace the app loads: the kernel's, then each module's, in the module list's order. */
export function namespacesOf(modules: readonly Pick<WebModule, 'namespaces'>[]): string[] {
  return [...KERNEL_NAMESPACES, ...modules.flatMap((m) => m.namespaces)];
}
