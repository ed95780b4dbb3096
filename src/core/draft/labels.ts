// Fixed words of the appeal texts: field labels, titles per appeal type, placeholders, legal references.
import type { AppealType } from '../appeal.ts';
import type { Jurisdiction, Lang, Network } from '../types.ts';

export interface Labels {
  to: string;
  from: string;
  iin: string;
  postalAddress: string;
  phone: string;
  email: string;
  subject: string;
  date: string;
  signature: string;
  what: string;
  where: string;
  when: string;
  request: string;
  source: string;
  titles: Record<AppealType, string>;
  placeholders: { fullName: string; iin: string; postalAddress: string; phone: string; email: string };
  networks: Record<Network | 'selection', string>;
  /** «Прошу …» / «Өтінемін: …» / «I request that you …». */
  requestLead: string;
  /** The sentence that invokes the legal deadline. */
  deadline: Record<Jurisdiction, string>;
}

export const LABELS: Record<Lang, Labels> = {
  ru: {
    to: 'Кому',
    from: 'От',
    iin: 'ИИН',
    postalAddress: 'Почтовый адрес',
    phone: 'Телефон',
    email: 'Электронная почта',
    subject: 'Тема',
    date: 'Дата',
    signature: 'Подпись',
    what: 'Что',
    where: 'Где',
    when: 'Когда',
    request: 'Прошу',
    source: 'Источник',
    titles: { application: 'ЗАЯВЛЕНИЕ', message: 'СООБЩЕНИЕ', complaint: 'ЖАЛОБА', proposal: 'ПРЕДЛОЖЕНИЕ', request: 'ЗАПРОС', response: 'ОТКЛИК' },
    placeholders: { fullName: '[фамилия, имя, отчество]', iin: '[ИИН]', postalAddress: '[почтовый адрес]', phone: '[телефон]', email: '[e-mail в зоне .ru или .рф]' },
    networks: { vk: 'ВКонтакте', ok: 'Одноклассники', facebook: 'Facebook', instagram: 'Instagram', selection: 'интернете' },
    requestLead: 'Прошу',
    deadline: {
      KZ: 'О результатах рассмотрения прошу сообщить в срок, установленный статьёй 76 Административного процедурно-процессуального кодекса Республики Казахстан.',
      RU: 'Ответ прошу направить в срок, установленный статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации».',
    },
  },
  kk: {
    to: 'Кімге',
    from: 'Кімнен',
    iin: 'ЖСН',
    postalAddress: 'Пошталық мекенжайы',
    phone: 'Телефоны',
    email: 'Электрондық поштасы',
    subject: 'Тақырыбы',
    date: 'Күні',
    signature: 'Қолы',
    what: 'Не',
    where: 'Қайда',
    when: 'Қашаннан бері',
    request: 'Өтінемін',
    source: 'Дереккөз',
    titles: { application: 'АРЫЗ', message: 'ХАБАРЛАМА', complaint: 'ШАҒЫМ', proposal: 'ҰСЫНЫС', request: 'СҰРАУ САЛУ', response: 'ПІКІР' },
    placeholders: { fullName: '[тегі, аты, әкесінің аты]', iin: '[ЖСН]', postalAddress: '[пошталық мекенжайы]', phone: '[телефоны]', email: '[электрондық поштасы]' },
    networks: { vk: 'ВКонтакте', ok: 'Одноклассники', facebook: 'Facebook', instagram: 'Instagram', selection: 'интернет' },
    requestLead: 'Өтінемін:',
    deadline: {
      KZ: 'Қарау нәтижелері туралы Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 76-бабында белгіленген мерзімде хабарлауыңызды сұраймын.',
      RU: 'Жауапты Ресей Федерациясының 02.05.2006 № 59-ФЗ Федералдық заңының 12-бабында белгіленген мерзімде жіберуіңізді сұраймын.',
    },
  },
  en: {
    to: 'To',
    from: 'From',
    iin: 'IIN',
    postalAddress: 'Postal address',
    phone: 'Phone',
    email: 'E-mail',
    subject: 'Subject',
    date: 'Date',
    signature: 'Signature',
    what: 'What',
    where: 'Where',
    when: 'Since when',
    request: 'Request',
    source: 'Source',
    titles: { application: 'APPLICATION', message: 'REPORT', complaint: 'COMPLAINT', proposal: 'PROPOSAL', request: 'REQUEST FOR INFORMATION', response: 'RESPONSE' },
    placeholders: { fullName: '[full name]', iin: '[IIN]', postalAddress: '[postal address]', phone: '[phone]', email: '[e-mail in the .ru or .рф zone]' },
    networks: { vk: 'VK', ok: 'OK (Odnoklassniki)', facebook: 'Facebook', instagram: 'Instagram', selection: 'the internet' },
    requestLead: 'I request that you',
    deadline: {
      KZ: 'Please inform me of the outcome within the time limit set by Article 76 of the Administrative Procedural and Process Code of the Republic of Kazakhstan.',
      RU: 'Please reply within the time limit set by Article 12 of Federal Law No. 59-FZ of 02.05.2006 “On the Procedure for Considering Appeals of Citizens of the Russian Federation”.',
    },
  },
};

/** dd.mm.yyyy for ru and kk, «23 November 2026» for en; the date part of an ISO string is used as is. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (lang !== 'en') return `${day}.${month}.${year}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(day)} ${months[Number(month) - 1] ?? ''} ${year}`;
}
