import { actorForEmail } from '../../core/auth/auth.service';
import type { Kernel } from '../../core/module';
import * as repo from './decisions.repository';
import { createDecision } from './decisions.service';
import { recordPosition } from './position.service';
import { closeDecision } from './procedure.service';

/**
 * Sample drafts for the embedded default, so that a newcomer sees procedures at work: an open consensus
 * draft, a written procedure running to a deadline a week ahead, and one already adopted. Every title
 * starts with "Demo" in all three languages, and each is flagged `demo`. Never loaded in production.
 */
export async function seedDemoDecisions(kernel: Kernel) {
  if (await repo.hasDemo(kernel.db)) return;
  const secretariat = await actorForEmail(kernel.db, 'secretariat@example.org');
  const kz = await actorForEmail(kernel.db, 'coordinator.kz@example.org');
  const cn = await actorForEmail(kernel.db, 'coordinator.cn@example.org');
  if (!secretariat || !kz || !cn) return;
  const week = new Date(kernel.now().getTime() + 7 * 86_400_000).toISOString();

  const open = await createDecision(
    kernel,
    secretariat,
    {
      body: 'CFM',
      title: {
        en: 'Demo: draft decision on an SCO youth exchange programme',
        ru: 'Демо: проект решения о программе молодёжных обменов ШОС',
        zh: '演示：关于上合组织青年交流项目的决议草案',
      },
      text: {
        en: 'Demo text. The Council of Foreign Ministers decides to prepare a programme of youth exchanges.',
        ru: 'Демонстрационный текст. Совет министров иностранных дел решает подготовить программу молодёжных обменов.',
        zh: '演示文本。外交部长理事会决定制定青年交流项目。',
      },
      procedure: 'consensus',
      visibility: 'public',
      openToPartners: true,
    },
    { demo: true },
  );
  await recordPosition(kernel, kz, open.id, { state: 'KZ', position: 'support' });
  await recordPosition(kernel, cn, open.id, {
    state: 'CN',
    position: 'statement',
    text: 'Demo statement for the minutes.',
  });

  await createDecision(
    kernel,
    secretariat,
    {
      body: 'CNC',
      title: {
        en: 'Demo: written procedure on the calendar of expert meetings',
        ru: 'Демо: письменная процедура по графику встреч экспертов',
        zh: '演示：关于专家会议日程的书面程序',
      },
      procedure: 'silence',
      deadline: week,
      visibility: 'public',
    },
    { demo: true },
  );

  const adopted = await createDecision(
    kernel,
    secretariat,
    {
      body: 'CNC',
      title: {
        en: 'Demo: decision on the working languages of an expert group',
        ru: 'Демо: решение о рабочих языках экспертной группы',
        zh: '演示：关于专家组工作语言的决议',
      },
      procedure: 'consensus',
      visibility: 'public',
    },
    { demo: true },
  );
  await recordPosition(kernel, kz, adopted.id, { state: 'KZ', position: 'support' });
  await closeDecision(kernel, secretariat, adopted.id, 'secretariat');
}
