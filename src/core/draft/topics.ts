// Which problem categories a text talks about, by keyword stems (ru, kk, en; appeals-domain.md §6 seeds).
// Used only for the "one problem per appeal" hint; the category itself comes from the classifier.
import type { Category } from '../types.ts';

const STEMS: Partial<Record<Category, RegExp>> = {
  roads: /(?<!\p{L})(?:ям[аыуе]|выбоин|асфальт|шұңқыр|pothole)/iu,
  lighting: /(?<!\p{L})(?:фонар|освещени|шамдар|көше жарығ|streetlight|street light)/iu,
  snow_ice: /(?<!\p{L})(?:снег|сугроб|гололёд|гололед|наледь|сосульк|көктайғақ|snow|icicle)/iu,
  waste: /(?<!\p{L})(?:мусор|свалк|контейнер|қоқыс|garbage|trash|rubbish)/iu,
  utilities: /(?<!\p{L})(?:отоплени|батаре|горяч\p{L}* вод|холодн\p{L}* вод|нет воды|канализац|электричеств|жылу|су жоқ|кәріз|heating|hot water)/iu,
  housing: /(?<!\p{L})(?:лифт|подъезд|кровл|крыш|подвал|жертөле|elevator|stairwell)/iu,
  transport: /(?<!\p{L})(?:автобус|маршрутк|троллейбус|аялдама|bus)/iu,
  traffic: /(?<!\p{L})(?:светофор|разметк|дорожн\p{L}* знак|пешеходн\p{L}* переход|бағдаршам|traffic light|crosswalk)/iu,
  greenery: /(?<!\p{L})(?:дерев|ветк|газон|покос|ағаш|tree)/iu,
  environment: /(?<!\p{L})(?:запах|вонь|выброс|бездомн\p{L}* собак|иіс|smell|stray dog)/iu,
  yard: /(?<!\p{L})(?:детск\p{L}* площадк|скамейк|качел|балалар алаң|playground)/iu,
  sidewalks: /(?<!\p{L})(?:тротуар|плитк|тротуар|sidewalk|pavement)/iu,
};

export function mentionedCategories(text: string): Category[] {
  return (Object.keys(STEMS) as Category[]).filter((category) => STEMS[category]?.test(text));
}
