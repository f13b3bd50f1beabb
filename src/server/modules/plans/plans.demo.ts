import { actorForEmail } from '../../core/auth/auth.service';
import type { Kernel } from '../../core/module';
import { findInstrumentByTitle } from '../documents';
import * as repo from './plans.repository';
import { createPlan, report } from './plans.service';

const t = (en: string, ru: string, zh: string) => ({ en, ru, zh });

/**
 * A demo implementation tracker for the seeded Anti-Drug Strategy decision, with a few reports, so the
 * plan pages show progress. Its items are illustrations, not the programme's real content, and the
 * title says "Demo" in all three languages. Never loaded in production.
 */
export async function seedDemoPlan(kernel: Kernel) {
  if (await repo.hasDemo(kernel.db)) return;
  const instrument = await findInstrumentByTitle(
    kernel.db,
    'Decision approving the SCO Anti-Drug Strategy for 2024-2029 and the Action Programme for its implementation',
  );
  const secretariat = await actorForEmail(kernel.db, 'secretariat@example.org');
  const kz = await actorForEmail(kernel.db, 'coordinator.kz@example.org');
  if (!instrument || !secretariat || !kz) return;
  const year = kernel.now().getUTCFullYear();
  const plan = await createPlan(
    kernel,
    secretariat,
    {
      instrumentId: instrument,
      title: t(
        'Demo: implementation tracker (illustrative items)',
        'Демо: контроль выполнения (условные пункты)',
        '演示：落实进度跟踪（示例项目）',
      ),
      items: [
        {
          key: 'p',
          title: t('Demo: prevention', 'Демо: профилактика', '演示：预防'),
          responsibleStates: [],
          responsibleBodies: [],
          weight: 2,
        },
        {
          key: 'p1',
          parentKey: 'p',
          title: t('Demo: awareness campaigns', 'Демо: информационные кампании', '演示：宣传活动'),
          responsibleStates: ['KZ', 'KG', 'UZ'],
          responsibleBodies: [],
          deadline: `${year - 1}-12-31`,
          weight: 1,
        },
        {
          key: 'p2',
          parentKey: 'p',
          title: t('Demo: school programmes', 'Демо: школьные программы', '演示：学校项目'),
          responsibleStates: ['KZ', 'TJ'],
          responsibleBodies: [],
          deadline: `${year + 1}-06-30`,
          weight: 1,
        },
        {
          key: 'c',
          title: t('Demo: joint operations', 'Демо: совместные операции', '演示：联合行动'),
          responsibleStates: ['CN', 'RU', 'KZ'],
          responsibleBodies: ['RATS'],
          deadline: `${year + 2}-12-31`,
          weight: 1,
        },
      ],
    },
    { demo: true },
  );
  const item = (en: string) => plan.items.find((i) => i.title.en === en)!.id;
  await report(kernel, kz, plan.id, item('Demo: awareness campaigns'), {
    state: 'KZ',
    status: 'done',
    percent: 100,
    narrative: 'Demo report.',
    evidence: [],
  });
  await report(kernel, kz, plan.id, item('Demo: school programmes'), {
    state: 'KZ',
    status: 'in_progress',
    percent: 40,
    narrative: 'Demo report.',
    evidence: [],
  });
}
