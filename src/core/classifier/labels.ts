import type { Category } from '../types.ts';

/** Names from the taxonomy table of appeals-domain.md §6. */
export const CATEGORY_LABELS: Record<Category, { ru: string; kk: string; en: string }> = {
  roads: { ru: 'Дороги', kk: 'Жолдар', en: 'Roads' },
  sidewalks: {
    ru: 'Тротуары и пешеходные дорожки',
    kk: 'Тротуарлар мен жаяу жүргінші жолдары',
    en: 'Sidewalks & footpaths',
  },
  lighting: { ru: 'Уличное освещение', kk: 'Көше жарығы', en: 'Street lighting' },
  snow_ice: { ru: 'Снег и гололёд', kk: 'Қар және көктайғақ', en: 'Snow & ice' },
  waste: { ru: 'Мусор и ТКО', kk: 'Қоқыс және қатты тұрмыстық қалдықтар', en: 'Waste & litter' },
  yard: {
    ru: 'Благоустройство двора и общественных мест',
    kk: 'Аула мен қоғамдық орындарды абаттандыру',
    en: 'Yards & public spaces',
  },
  greenery: { ru: 'Зелёные насаждения', kk: 'Жасыл желектер', en: 'Trees & green spaces' },
  housing: { ru: 'ЖКХ: содержание дома', kk: 'ТКШ: үйді күтіп ұстау', en: 'Building maintenance' },
  utilities: { ru: 'Коммунальные услуги', kk: 'Коммуналдық қызметтер', en: 'Utilities' },
  transport: { ru: 'Общественный транспорт', kk: 'Қоғамдық көлік', en: 'Public transport' },
  traffic: { ru: 'Организация дорожного движения', kk: 'Жол қозғалысын ұйымдастыру', en: 'Traffic control' },
  environment: { ru: 'Экология и санитария', kk: 'Экология және санитария', en: 'Environment & sanitation' },
  other: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
};

/**
 * Shorter names for the in-feed chip where the taxonomy's name is long, so that the button and its chip fit on one
 * line of a narrow post; the full names stay in the drafts and the "My appeals" page. Names not listed here are
 * short already.
 */
export const CATEGORY_CHIP_LABELS: Partial<Record<Category, Partial<Record<'ru' | 'kk' | 'en', string>>>> = {
  sidewalks: { ru: 'Тротуары', kk: 'Тротуарлар', en: 'Sidewalks' },
  waste: { ru: 'Мусор', kk: 'Қоқыс', en: 'Waste' },
  yard: { ru: 'Благоустройство', kk: 'Абаттандыру' },
  housing: { ru: 'Содержание дома', kk: 'Үйді күтіп ұстау' },
  traffic: { ru: 'Дорожное движение', kk: 'Жол қозғалысы' },
  environment: { ru: 'Экология', kk: 'Экология', en: 'Environment' },
};
