import { ensureDemoAccounts } from '../../core/auth/users.service';
import type { Kernel } from '../../core/module';
import { loadStates } from '../states';
import { seedDemoObjects } from './cyber.demo-objects';
import { seedPracticesDemo } from './practices.demo';

/**
 * Demo accounts of the exchange: a CERT analyst `cert.<iso2>@example.org` for each member state and the
 * Secretariat's coordinator, all with DEMO_PASSWORD. Never called when NODE_ENV=production.
 */
export async function seedCyberDemo(kernel: Kernel) {
  const members = (await loadStates(kernel.db)).filter((s) => s.status === 'member');
  const wanted = [
    {
      email: 'cyber.coordinator@example.org',
      displayName: 'Demo coordinator of the cyber exchange',
      state: null,
      role: 'cyber_coordinator' as const,
    },
    ...members.map((s) => ({
      email: `cert.${s.code.toLowerCase()}@example.org`,
      displayName: `Demo CERT analyst, ${s.name.en}`,
      state: s.code,
      role: 'cert_analyst' as const,
    })),
  ];
  await ensureDemoAccounts(kernel, wanted);
  await seedDemoObjects(kernel);
  await seedPracticesDemo(kernel);
}
