// Hand-written keyword phrases per category (ru, kk, kk-latn, en), written for this project from the §6 taxonomy
// and its keyword seeds. They train the category head only, as short extra examples, so that thin languages
// (English, Kazakh) get the topical vocabulary the external sets lack.
import type { Category } from '../../src/core/types.ts';

export const SEED_LEXICON: Record<Category, string[]> = {
  roads: [
    'яма на дороге', 'выбоины на проезжей части', 'разбитый асфальт', 'колея на дороге', 'ямочный ремонт',
    'жолдағы шұңқыр', 'жол бұзылған', 'асфальт қалпына келтірілмеген', 'joldagy shunqyr', 'jol buzylgan asfalt',
    'pothole on the road', 'road surface broken', 'potholes on the street', 'cracked asphalt road', 'road repair needed',
    'huge pothole', 'deep pothole in the lane', 'pothole damaged my tyre', 'cars drive around the potholes',
  ],
  sidewalks: [
    'разбитый тротуар', 'нет тротуара', 'плитка на тротуаре', 'пешеходная дорожка разрушена', 'пандус для колясок',
    'тротуар жоқ', 'жаяу жүргінші жолы бұзылған', 'trotuar joq', 'jaiau jurginshi joly',
    'broken sidewalk', 'no sidewalk', 'cracked pavement footpath', 'sidewalk tiles missing', 'curb ramp wheelchair',
  ],
  lighting: [
    'не горит фонарь', 'темно на улице нет освещения', 'уличное освещение не работает', 'фонари мигают',
    'шамдар жанбайды', 'көше жарығы жоқ', 'аулада қараңғы', 'shamdar janbaidy', 'koshe jarygy joq', 'aulada qarangy',
    'streetlight out', 'street lights not working', 'street lamp broken dark street', 'light pole flickering',
  ],
  snow_ice: [
    'не убран снег', 'гололед на тротуаре', 'сосульки на крыше', 'наледь не посыпано', 'снежный накат',
    'қар тазаланбаған', 'көктайғақ', 'мұз', 'qar tazalanbagan', 'koktaigaq muz',
    'snow not plowed', 'icy sidewalk', 'sidewalk not shoveled', 'icicles on the roof', 'snow removal',
  ],
  waste: [
    'не вывозят мусор', 'переполнены контейнеры', 'стихийная свалка', 'мусорка переполнена', 'вывоз ТКО',
    'қоқыс шығарылмайды', 'қоқыс жәшіктері толы', 'қоқыс үйіндісі', 'qoqys shygarylmaidy', 'qoqys jashik toly',
    'trash not collected', 'garbage bins overflowing', 'illegal dumping', 'litter everywhere', 'missed trash pickup',
  ],
  yard: [
    'детская площадка сломана', 'качели сломаны', 'скамейки во дворе', 'благоустройство двора', 'граффити на стене',
    'балалар алаңы сынған', 'аулада орындық жоқ', 'ауланы абаттандыру', 'balalar alany syngan', 'aula abattandyru',
    'broken playground', 'park benches broken', 'graffiti on the wall', 'vandalism in the courtyard', 'yard swings broken',
  ],
  greenery: [
    'аварийное дерево', 'упало дерево', 'сухие деревья', 'покос травы', 'вырубка деревьев', 'обрезка веток',
    'ағаш құлады', 'құрғақ ағаштар', 'шөп шабу', 'agash qulady', 'qurgaq agashtar',
    'fallen tree', 'dead tree branches', 'tree trimming needed', 'overgrown grass', 'trees cut down in the park',
  ],
  housing: [
    'протекает крыша', 'подъезд не убирают', 'не работает лифт', 'подвал затоплен', 'управляющая компания ремонт подъезда',
    'шатыр ағып тұр', 'кіреберіс жиналмайды', 'лифт істемейді', 'жертөледе су', 'lift istemeidi', 'shatyr agyp tur',
    'roof leaking', 'elevator broken', 'stairwell dirty', 'building entrance door broken', 'apartment building maintenance',
  ],
  utilities: [
    'нет воды', 'нет горячей воды', 'батареи холодные', 'нет света', 'отключили электричество', 'прорвало канализацию',
    'су жоқ', 'ыстық су жоқ', 'батареялар суық', 'жарық жоқ', 'электр қуаты жоқ', 'кәріз жарылды',
    'su joq', 'ystyq su joq', 'batareialar suyq', 'jaryq joq', 'no water', 'no heating radiators cold', 'power outage',
    'sewer backup', 'no hot water', 'gas smell',
  ],
  transport: [
    'автобус не ходит', 'автобус по расписанию не приходит', 'нет остановки', 'водитель автобуса хамит', 'маршрутка переполнена',
    'автобус кесте бойынша келмейді', 'аялдама павильоны жоқ', 'avtobus kelmeidi', 'aialdama joq',
    'bus never comes on schedule', 'bus stop shelter missing', 'bus driver rude', 'overcrowded bus route', 'tram delays',
  ],
  traffic: [
    'не работает светофор', 'нет дорожного знака', 'стерлась разметка', 'нужен пешеходный переход', 'лежачий полицейский',
    'парковка на газоне', 'бағдаршам істемейді', 'жол белгісі жоқ', 'bagdarsham istemeidi', 'jol belgisi joq',
    'traffic light not working', 'stop sign missing', 'road markings faded', 'need a crosswalk', 'illegal parking', 'speed bump',
  ],
  environment: [
    'бездомные собаки', 'стая собак', 'неприятный запах', 'выбросы с завода', 'шум ночью', 'загрязнение реки',
    'иесіз иттер', 'өткір иіс', 'жағажайда қоқыс', 'iesiz itter', 'otkir iis',
    'stray dogs', 'bad smell from the factory', 'noise at night', 'river pollution', 'abandoned car', 'dead animal',
  ],
  other: [
    'незаконная реклама', 'незаконная торговля', 'заброшенное здание', 'нет адресной таблички',
    'заңсыз жарнама', 'тасталған ғимарат', 'zansyz jarnama',
    'abandoned building', 'illegal sign', 'missing street name sign',
  ],
};
