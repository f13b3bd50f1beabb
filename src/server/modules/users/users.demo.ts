import { findUserByEmail } from '../../core/auth/identity.repository';
import { hashPassword } from '../../core/auth/passwords';
import { createUser } from '../../core/auth/users.service';
import type { Kernel } from '../../core/module';
import { loadStates } from '../states';

const DEMO_FROM = '2024-01-01';

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
  let hash: string | undefined;
  for (const w of wanted) {
    if (await findUserByEmail(kernel.db, w.email)) continue;
    // One hash for every demo account: they share the password, and argon2 is slow on purpose.
    hash ??= await hashPassword(kernel.config.demoPassword);
    await createUser(
      kernel,
      null,
      { email: w.email, displayName: w.displayName, password: kernel.config.demoPassword },
      [{ state: w.state, role: w.role, validFrom: DEMO_FROM }],
      hash,
    );
  }
}
