import { ensureDemoAccounts } from '../../core/auth/users.service';
import type { Kernel } from '../../core/module';
import { loadStates } from '../states';

/**
 * Demo accounts of the CBM exchange: each member state's defence contact `defence.<iso2>@example.org`
 * and one Secretariat officer designated for CBM, all with DEMO_PASSWORD. Never called when
 * NODE_ENV=production.
 */
export async function seedCbmDemo(kernel: Kernel) {
  const members = (await loadStates(kernel.db)).filter((s) => s.status === 'member');
  await ensureDemoAccounts(kernel, [
    {
      email: 'defence.secretariat@example.org',
      displayName: 'Demo Secretariat officer designated for CBM',
      state: null,
      role: 'defence_contact' as const,
    },
    ...members.map((s) => ({
      email: `defence.${s.code.toLowerCase()}@example.org`,
      displayName: `Demo defence contact, ${s.name.en}`,
      state: s.code,
      role: 'defence_contact' as const,
    })),
  ]);
}
