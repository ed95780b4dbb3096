// The words of an escalation complaint in Russian, Kazakh and English. Facts come in ready-made; each language only
// arranges them. Legal references: АППК РК ст. 76 (term) and ст. 91 (complaint to the superior body); 59-ФЗ ст. 10,
// 12 (answer on the merits, 30 days); КоАП РФ ст. 5.59 (violation of the procedure for considering appeals).
import type { Jurisdiction, Lang } from '../types.ts';
import type { EscalationReason } from './escalation-reason.ts';

export type EscalationLevel = 'superior' | 'prosecutor';

export interface EscalationFacts {
  jurisdiction: Jurisdiction;
  level: EscalationLevel;
  reason: EscalationReason;
  recipientName: string;
  subject: string;
  address: string | null;
  submittedOn: string | null;
  registrationNumber: string | null;
  registeredOn: string | null;
  dueOn: string | null;
  answerOn: string | null;
  /** Already shortened. */
  answerText: string | null;
  /** True when the original appeal was itself a complaint to the superior body. */
  afterComplaint: boolean;
  today: string;
}

interface Words {
  date(iso: string | null): string;
  recipientPlaceholder: Record<EscalationLevel, string>;
  subject(f: EscalationFacts): string;
  intro(f: EscalationFacts): string;
  reason(f: EscalationFacts): string;
  term: Record<Jurisdiction, string>;
  request(f: EscalationFacts): string;
  attachments(f: EscalationFacts): string;
}

const dotted = (iso: string | null) => (iso === null ? '—' : `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`);
const quoted = (text: string | null, open: string, close: string) => (text ? ` ${open}${text}${close}` : '');

const RU: Words = {
  date: dotted,
  recipientPlaceholder: { superior: 'Вышестоящий орган (укажите)', prosecutor: 'Прокуратура (района, города — укажите)' },
  subject: (f) =>
    `Жалоба на ${f.reason === 'overdue' ? 'нарушение срока рассмотрения' : 'ответ на'} обращени${f.reason === 'overdue' ? 'я' : 'е'}` +
    (f.registrationNumber ? ` № ${f.registrationNumber}` : '') + (f.submittedOn ? ` от ${dotted(f.submittedOn)}` : ''),
  intro: (f) =>
    `${dotted(f.submittedOn)} я направил(а) обращение в ${f.recipientName} по вопросу «${f.subject}»` +
    (f.address ? ` (адрес: ${f.address})` : '') +
    (f.registrationNumber ? `, регистрационный № ${f.registrationNumber}` : '') +
    (f.registeredOn ? ` от ${dotted(f.registeredOn)}` : '') + '.' +
    (f.afterComplaint ? ' Это обращение является жалобой на первоначальное обращение, оставленное без надлежащего рассмотрения.' : ''),
  reason: (f) => {
    switch (f.reason) {
      case 'overdue':
        return `Срок рассмотрения истёк ${dotted(f.dueOn)}, ответ по существу мне не дан.`;
      case 'formal_non_answer':
        return `${dotted(f.answerOn)} получен формальный ответ, который не содержит решения по существу поставленного вопроса:${quoted(f.answerText, '«', '»')}`;
      case 'partly':
        return `${dotted(f.answerOn)} получен ответ, который решает проблему лишь частично:${quoted(f.answerText, '«', '»')}`;
      case 'not_satisfied':
        return `${dotted(f.answerOn)} получен ответ, который проблему не решает:${quoted(f.answerText, '«', '»')}`;
    }
  },
  term: {
    KZ: 'Согласно статье 76 Административного процедурно-процессуального кодекса РК обращение рассматривается в течение пятнадцати рабочих дней.',
    RU: 'Согласно статьям 10 и 12 Федерального закона от 02.05.2006 № 59-ФЗ письменное обращение рассматривается в течение 30 дней со дня регистрации, а ответ даётся по существу поставленных вопросов.',
  },
  request: (f) => {
    if (f.jurisdiction === 'KZ') {
      return f.level === 'superior'
        ? `На основании статьи 91 АППК РК прошу рассмотреть настоящую жалобу, проверить законность действий (бездействия) органа, рассматривавшего обращение (${f.recipientName}), обязать рассмотреть обращение по существу и принять меры к устранению проблемы.`
        : 'Прошу провести проверку соблюдения требований АППК РК при рассмотрении моего обращения и принять меры прокурорского реагирования.';
    }
    return f.level === 'superior'
      ? `Прошу рассмотреть настоящую жалобу, обязать дать ответ по существу и принять меры к устранению проблемы. Нарушение порядка рассмотрения обращений граждан влечёт административную ответственность по статье 5.59 КоАП РФ.`
      : `Прошу провести проверку соблюдения Федерального закона № 59-ФЗ и при наличии оснований возбудить дело об административном правонарушении по статье 5.59 КоАП РФ в отношении виновных должностных лиц.`;
  },
  attachments: (f) =>
    `Приложение: копия обращения от ${dotted(f.submittedOn)}` + (f.answerOn ? `; копия ответа от ${dotted(f.answerOn)}` : '') + '.',
};

const KK: Words = {
  date: dotted,
  recipientPlaceholder: { superior: 'Жоғары тұрған орган (көрсетіңіз)', prosecutor: 'Прокуратура (аудан, қала — көрсетіңіз)' },
  subject: (f) =>
    `${f.submittedOn ? `${dotted(f.submittedOn)} күнгі ` : ''}${f.registrationNumber ? `№ ${f.registrationNumber} ` : ''}өтініш бойынша шағым`,
  intro: (f) =>
    `${dotted(f.submittedOn)} мен ${f.recipientName} мекемесіне «${f.subject}» мәселесі бойынша өтініш бердім` +
    (f.address ? ` (мекенжай: ${f.address})` : '') +
    (f.registrationNumber ? `, тіркеу нөмірі № ${f.registrationNumber}` : '') +
    (f.registeredOn ? `, ${dotted(f.registeredOn)}` : '') + '.' +
    (f.afterComplaint ? ' Бұл өтініш тиісінше қаралмаған бастапқы өтінішке берілген шағым болып табылады.' : ''),
  reason: (f) => {
    switch (f.reason) {
      case 'overdue':
        return `Қарау мерзімі ${dotted(f.dueOn)} өтті, мәні бойынша жауап берілген жоқ.`;
      case 'formal_non_answer':
        return `${dotted(f.answerOn)} қойылған мәселе бойынша шешімі жоқ формальды жауап алынды:${quoted(f.answerText, '«', '»')}`;
      case 'partly':
        return `${dotted(f.answerOn)} алынған жауап мәселені ішінара ғана шешеді:${quoted(f.answerText, '«', '»')}`;
      case 'not_satisfied':
        return `${dotted(f.answerOn)} алынған жауап мәселені шешпейді:${quoted(f.answerText, '«', '»')}`;
    }
  },
  term: {
    KZ: 'ҚР Әкімшілік рәсімдік-процестік кодексінің 76-бабына сәйкес өтініш он бес жұмыс күні ішінде қаралады.',
    RU: '№ 59-ФЗ Федералдық заңының 10 және 12-баптарына сәйкес жазбаша өтініш тіркелген күнінен бастап 30 күн ішінде қаралады.',
  },
  request: (f) => {
    if (f.jurisdiction === 'KZ') {
      return f.level === 'superior'
        ? `ҚР ӘРПК 91-бабы негізінде осы шағымды қарап, ${f.recipientName} әрекетінің (әрекетсіздігінің) заңдылығын тексеруді, өтінішті мәні бойынша қарауды міндеттеуді және мәселені жою шараларын қабылдауды сұраймын.`
        : 'Менің өтінішімді қарау кезінде ҚР ӘРПК талаптарының сақталуын тексеруді және прокурорлық ден қою шараларын қабылдауды сұраймын.';
    }
    return f.level === 'superior'
      ? 'Осы шағымды қарап, мәні бойынша жауап беруді міндеттеуді сұраймын. Өтініштерді қарау тәртібін бұзу РФ ӘҚБтК 5.59-бабы бойынша жауапкершілікке әкеп соғады.'
      : '№ 59-ФЗ Федералдық заңының сақталуын тексеруді және негіз болса, РФ ӘҚБтК 5.59-бабы бойынша іс қозғауды сұраймын.';
  },
  attachments: (f) =>
    `Қосымша: ${dotted(f.submittedOn)} күнгі өтініштің көшірмесі` + (f.answerOn ? `; ${dotted(f.answerOn)} күнгі жауаптың көшірмесі` : '') + '.',
};

const EN: Words = {
  date: (iso) => iso ?? '—',
  recipientPlaceholder: { superior: 'Superior body (fill in)', prosecutor: "Prosecutor's office (district or city — fill in)" },
  subject: (f) =>
    `Complaint about ${f.reason === 'overdue' ? 'the missed deadline of' : 'the answer to'} appeal` +
    (f.registrationNumber ? ` No. ${f.registrationNumber}` : '') + (f.submittedOn ? ` of ${f.submittedOn}` : ''),
  intro: (f) =>
    `On ${f.submittedOn ?? '—'} I filed an appeal with ${f.recipientName} about "${f.subject}"` +
    (f.address ? ` (address: ${f.address})` : '') +
    (f.registrationNumber ? `, registration No. ${f.registrationNumber}` : '') +
    (f.registeredOn ? ` of ${f.registeredOn}` : '') + '.' +
    (f.afterComplaint ? ' That appeal was itself a complaint about an earlier appeal that was not properly considered.' : ''),
  reason: (f) => {
    switch (f.reason) {
      case 'overdue':
        return `The term for consideration expired on ${f.dueOn ?? '—'}; I have received no answer on the merits.`;
      case 'formal_non_answer':
        return `On ${f.answerOn ?? '—'} I received a formal reply that does not address the substance of the issue:${quoted(f.answerText, '"', '"')}`;
      case 'partly':
        return `On ${f.answerOn ?? '—'} I received an answer that solves the problem only partly:${quoted(f.answerText, '"', '"')}`;
      case 'not_satisfied':
        return `On ${f.answerOn ?? '—'} I received an answer that does not solve the problem:${quoted(f.answerText, '"', '"')}`;
    }
  },
  term: {
    KZ: 'Under Article 76 of the Administrative Procedural Code of Kazakhstan an appeal is considered within fifteen working days.',
    RU: 'Under Articles 10 and 12 of Federal Law No. 59-FZ a written appeal is considered within 30 days of registration and answered on the merits.',
  },
  request: (f) => {
    if (f.jurisdiction === 'KZ') {
      return f.level === 'superior'
        ? `Under Article 91 of the Administrative Procedural Code I ask you to consider this complaint, review the actions (inaction) of ${f.recipientName}, require the appeal to be considered on the merits and have the problem fixed.`
        : "I ask the prosecutor's office to check compliance with the Administrative Procedural Code in handling my appeal and to take measures of prosecutorial response.";
    }
    return f.level === 'superior'
      ? 'I ask you to consider this complaint, require an answer on the merits and have the problem fixed. Violating the procedure for considering appeals is an administrative offence under Article 5.59 of the Code of Administrative Offences.'
      : 'I ask you to check compliance with Federal Law No. 59-FZ and, if there are grounds, to open an administrative offence case under Article 5.59 of the Code of Administrative Offences against the officials responsible.';
  },
  attachments: (f) =>
    `Attached: a copy of the appeal of ${f.submittedOn ?? '—'}` + (f.answerOn ? `; a copy of the answer of ${f.answerOn}` : '') + '.',
};

const WORDS: Record<Lang, Words> = { ru: RU, kk: KK, en: EN };

export function recipientPlaceholder(lang: Lang, level: EscalationLevel): string {
  return WORDS[lang].recipientPlaceholder[level];
}

export function escalationSubject(lang: Lang, facts: EscalationFacts): string {
  return WORDS[lang].subject(facts);
}

export function escalationBody(lang: Lang, facts: EscalationFacts): string {
  const words = WORDS[lang];
  const lawOnTerm = facts.reason === 'overdue' ? ` ${words.term[facts.jurisdiction]}` : '';
  return [
    words.intro(facts),
    words.reason(facts) + lawOnTerm,
    words.request(facts),
    words.attachments(facts),
    words.date(facts.today),
  ].join('\n\n');
}
