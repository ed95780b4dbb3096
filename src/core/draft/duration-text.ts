// «Since when» in the words of each draft language.
import type { Lang } from '../types.ts';
import type { Duration } from './since.ts';

type Unit = Extract<Duration, { kind: 'span' }>['unit'];

const RU_UNITS: Record<Unit, [string, string]> = {
  hour: ['часа', 'часов'],
  day: ['дня', 'дней'],
  week: ['недели', 'недель'],
  month: ['месяца', 'месяцев'],
  year: ['года', 'лет'],
};
const KK_UNITS: Record<Unit, string> = { hour: 'сағаттан', day: 'күннен', week: 'аптадан', month: 'айдан', year: 'жылдан' };
const RU_WEEKDAYS_GEN = ['воскресенья', 'понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы'];
const KK_WEEKDAYS_ABL = ['жексенбіден', 'дүйсенбіден', 'сейсенбіден', 'сәрсенбіден', 'бейсенбіден', 'жұмадан', 'сенбіден'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const RELATIVE: Record<Extract<Duration, { kind: 'relative' }>['when'], Record<Lang, string>> = {
  today: { ru: 'с сегодняшнего дня', kk: 'бүгіннен бері', en: 'since today' },
  yesterday: { ru: 'со вчерашнего дня', kk: 'кешеден бері', en: 'since yesterday' },
  morning: { ru: 'с утра', kk: 'таңертеңнен бері', en: 'since this morning' },
  long: { ru: 'длительное время', kk: 'ұзақ уақыт бойы', en: 'for a long time' },
};

/** The phrase completing «Проблема сохраняется …» / «Мәселе … жалғасып келеді» / "The problem has lasted …". */
export function durationPhrase(duration: Duration, lang: Lang): string {
  switch (duration.kind) {
    case 'span':
      return spanPhrase(duration.amount, duration.unit, lang);
    case 'weekday':
      return { ru: `с ${RU_WEEKDAYS_GEN[duration.day]}`, kk: KK_WEEKDAYS_ABL[duration.day] + ' бері', en: `since ${EN_WEEKDAYS[duration.day]}` }[lang];
    case 'month':
      return { ru: `с ${RU_MONTHS_GEN[duration.month - 1]}`, kk: `${KK_MONTHS[duration.month - 1]} айынан бері`, en: `since ${EN_MONTHS[duration.month - 1]}` }[lang];
    case 'relative':
      return RELATIVE[duration.when][lang];
  }
}

function spanPhrase(amount: number, unit: Unit, lang: Lang): string {
  if (lang === 'kk') return `${amount} ${KK_UNITS[unit]} бері`;
  if (lang === 'en') return `for ${amount === 1 ? 'a' : amount} ${unit}${amount === 1 ? '' : 's'}`;
  if (amount === 1) return { hour: 'в течение часа', day: 'в течение суток', week: 'в течение недели', month: 'в течение месяца', year: 'в течение года' }[unit];
  const forms = RU_UNITS[unit];
  const lastTwo = amount % 100;
  const last = amount % 10;
  // «в течение» takes the genitive: 21 дня, but 3 дней, 11 дней.
  const form = last === 1 && lastTwo !== 11 ? forms[0] : forms[1];
  return `в течение ${amount} ${form}`;
}
