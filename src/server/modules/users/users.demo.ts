import { ensureDemoAccounts } from '../../core/auth/users.service';
import type { Kernel } from '../../core/module';
import { loadStates } from '../states';

/**
 * Demo accounts for the embedded default: one Secretariat administrator and the national coordinator
 * of each member state, all with DEMO_PASSWORD. Never called when NODE_ENV=production.
 */
export async function seedDemoAccounts(kernel: Kernel) {
  const members = (await loadStates(kernel.db)).filter((s) => s.status === 'member');
  const wanted = [
    {
      email: 'secretariat@example.org',
      displayName: 'Demo Secretariat administrator',
      state: null,
      role: 'secretariat_admin' as const,
    },
    ...members.map((s) => ({
      email: `coordinator.${s.code.toLowerCase()}@example.org`,
      displayName: `Demo national coordinator, ${s.name.en}`,
      state: s.code,
      role: 'national_coordinator' as const,
    })),
  ];
  await ensureDemoAccounts(kernel, wanted);
}
