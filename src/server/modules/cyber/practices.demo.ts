import { actorForEmail } from '../../core/auth/auth.service';
import type { Kernel } from '../../core/module';
import { getPlan, listPlans } from '../plans';
import * as repo from './practices.repository';
import { proposePractice, recordAdoption } from './practices.service';

/**
 * Demo practices so that a newcomer sees a living library: invented examples, every title starting
 * with "Demo" in each language, posted by the demo CERT accounts, with a few adoptions; their
 * discussions start empty. The Interaction Plan on international information security has no items
 * in the reference data, so the one plan link points at an item of the demo plan tracker, itself
 * labelled demo. Never loaded in production.
 */
export async function seedPracticesDemo(kernel: Kernel) {
  if (await repo.hasDemoPractices(kernel.db)) return;
  const as = async (email: string) => {
    const a = await actorForEmail(kernel.db, email);
    if (!a) throw new Error(`demo account ${email} is missing`);
    return a;
  };
  const [kz, cn, ru, kg, uz, kzCoordinator] = await Promise.all([
    as('cert.kz@example.org'),
    as('cert.cn@example.org'),
    as('cert.ru@example.org'),
    as('cert.kg@example.org'),
    as('cert.uz@example.org'),
    as('coordinator.kz@example.org'),
  ]);
  const demoPlan = (await listPlans(kernel, kzCoordinator)).find((p) => p.demo);
  const awareness = demoPlan
    ? (await getPlan(kernel, kzCoordinator, demoPlan.id)).items.find(
        (i) => i.title.en === 'Demo: awareness campaigns',
      )
    : undefined;
  const year = kernel.now().getUTCFullYear();

  const tabletop = await proposePractice(
    kernel,
    kz,
    {
      marking: 'clear',
      tags: ['exercises', 'incident-response'],
      planItems: [],
      content: {
        en: {
          title: 'Demo: a yearly national tabletop exercise for incident response',
          summary:
            'Demo content. Once a year the national CERT walks the operators of essential services through an invented incident, step by step, to test who calls whom.',
          body: 'Demo content, an invented example.\n\n1. Pick a scenario (for example ransomware at a hospital).\n2. Invite the operators, the regulator and the CERT.\n3. Play the first 24 hours in injects of 15 minutes.\n4. Write down every handover that took too long.\n5. Publish a short list of fixes and check them at the next exercise.',
          translation: 'original',
        },
        ru: {
          title: 'Демо: ежегодные национальные штабные учения по реагированию на инциденты',
          summary:
            'Демонстрационный материал. Раз в год национальный CERT проводит операторов важнейших служб через вымышленный инцидент шаг за шагом, чтобы проверить, кто кому звонит.',
          body: 'Демонстрационный материал, вымышленный пример.\n\n1. Выберите сценарий (например, программа-вымогатель в больнице).\n2. Пригласите операторов, регулятора и CERT.\n3. Разыграйте первые 24 часа вводными по 15 минут.\n4. Запишите каждую передачу, которая заняла слишком много времени.\n5. Опубликуйте короткий список исправлений и проверьте их на следующих учениях.',
          translation: 'working',
        },
        zh: {
          title: '演示：年度国家网络安全事件响应桌面推演',
          summary: '演示内容。国家CERT每年带领关键服务运营者逐步演练一个虚构事件，检验各方的联络流程。',
          body: '演示内容，虚构示例。\n\n1. 选择一个场景（例如医院遭受勒索软件攻击）。\n2. 邀请运营者、监管机构和CERT参加。\n3. 以每段15分钟的情景注入演练最初24小时。\n4. 记录每一次耗时过长的交接。\n5. 公布简短的改进清单，并在下一次演练中检查。',
          translation: 'working',
        },
      },
    },
    { demo: true },
  );

  const phishing = await proposePractice(
    kernel,
    cn,
    {
      marking: 'green',
      tags: ['awareness', 'phishing'],
      planItems: awareness && demoPlan ? [{ planId: demoPlan.id, itemId: awareness.id }] : [],
      content: {
        zh: {
          title: '演示：面向政府工作人员的钓鱼邮件防范演练',
          summary: '演示内容。每季度向工作人员发送模拟钓鱼邮件，并对点击者进行简短培训。',
          body: '演示内容，虚构示例。\n\n每季度发送一次模拟钓鱼邮件；统计报告率而不仅是点击率；点击者在一周内接受十分钟的培训。',
          translation: 'original',
        },
        en: {
          title: 'Demo: phishing-awareness drills for government staff',
          summary:
            'Demo content. Every quarter staff receive a simulated phishing e-mail, and those who click get a short training.',
          body: 'Demo content, an invented example.\n\nSend one simulated phishing e-mail a quarter; count the reporting rate, not only the click rate; whoever clicks gets ten minutes of training within a week.',
          translation: 'working',
        },
        ru: {
          title: 'Демо: учения по распознаванию фишинга для государственных служащих',
          summary:
            'Демонстрационный материал. Каждый квартал сотрудники получают учебное фишинговое письмо, а перешедшие по ссылке проходят краткое обучение.',
          body: 'Демонстрационный материал, вымышленный пример.\n\nРаз в квартал отправляйте одно учебное фишинговое письмо; считайте долю сообщивших о письме, а не только долю перешедших; перешедший по ссылке проходит десятиминутное обучение в течение недели.',
          translation: 'machine',
        },
      },
    },
    { demo: true },
  );

  await proposePractice(
    kernel,
    ru,
    {
      marking: 'clear',
      tags: ['vulnerability-disclosure'],
      planItems: [],
      content: {
        ru: {
          title: 'Демо: политика скоординированного раскрытия уязвимостей',
          summary:
            'Демонстрационный материал. Национальный CERT принимает сообщения об уязвимостях, передаёт их владельцу системы и публикует сведения после исправления.',
          body: 'Демонстрационный материал, вымышленный пример.\n\nОдин адрес для сообщений; подтверждение в течение трёх рабочих дней; срок на исправление согласуется с владельцем; публикация после исправления.',
          translation: 'original',
        },
        en: {
          title: 'Demo: a coordinated vulnerability disclosure policy',
          summary:
            'Demo content. The national CERT receives vulnerability reports, passes them to the system owner and publishes once a fix is out.',
          body: 'Demo content, an invented example.\n\nOne address for reports; an acknowledgement within three working days; the time to fix is agreed with the owner; publication after the fix.',
          translation: 'working',
        },
      },
    },
    { demo: true },
  );

  await recordAdoption(kernel, kg, tabletop.id, 'KG', {
    status: 'adopted',
    date: `${year - 1}-10-15`,
    outcome: {
      en: {
        text: 'Demo outcome: the first exercise found two handovers without a named contact; both now have one.',
        translation: 'original',
      },
      ru: {
        text: 'Демо-результат: первые учения выявили две передачи без назначенного контактного лица; теперь оно есть у обеих.',
        translation: 'working',
      },
    },
  });
  await recordAdoption(kernel, uz, tabletop.id, 'UZ', {
    status: 'in_progress',
    date: `${year}-03-01`,
    outcome: {},
  });
  await recordAdoption(kernel, kzCoordinator, phishing.id, 'KZ', {
    status: 'planned',
    date: `${year}-09-01`,
    outcome: {
      en: { text: 'Demo outcome: planned for the ministries first.', translation: 'original' },
    },
  });
}
