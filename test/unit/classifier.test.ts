// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, CATEGORY_LABELS } from '../../src/core/classifier/index.ts';
import { extractFeatures } from '../../src/core/classifier/features.ts';
import { normalizedWords, normalizeText } from '../../src/core/classifier/normalize.ts';
import { CATEGORIES, type Classification } from '../../src/core/types.ts';
import { loadCorpus, repoRoot } from '../../scripts/lib/datasets.ts';
import { metricsOf } from '../../scripts/lib/metrics.ts';

function expectValid(text: string, result: Classification): void {
  expect(typeof result.problem).toBe('boolean');
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(1);
  expect(result.problem).toBe(result.score >= 0.5);
  if (result.problem) expect(CATEGORIES).toContain(result.category);
  else expect(result.category).toBeNull();
  expect(result.evidence.length).toBeLessThanOrEqual(5);
  for (const span of result.evidence) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('classify: contract', () => {
  const awkward = {
    empty: '',
    spaces: '   \n\t ',
    emojiOnly: '😡😡🚧🕳️👎',
    huge: 'Яма на дороге. '.repeat(7000),
    hugeNoSpaces: 'ы'.repeat(100_000),
    invisible: 'Ям\u200Bа на\u200D дор\u202Eоге \uFEFFу школы\u2066',
    html: '<div class="x"><script>alert(1)</script><b>Яма</b>&nbsp;на&nbsp;дороге<br/> <a href="https://vk.com/x">ссылка</a></div>',
    mixedScripts: 'Aulada шамдар janbaidy, темно 😱 #жарық',
    loneSurrogate: 'яма \uD83D на дороге \uDE00',
  };

  for (const [name, text] of Object.entries(awkward)) {
    it(`gives a valid answer for ${name} input`, () => {
      expectValid(text, classify(text));
    });
  }

  it('does not throw on a non-string smuggled in from untyped code', () => {
    const result = classify(undefined as unknown as string);
    expect(result).toMatchObject({ problem: false, category: null, evidence: [] });
  });

  it('reads only the head of a 100,000-character post, with evidence inside the text', () => {
    const text = 'Во дворе яма, никто не ремонтирует. '.repeat(2800);
    const whole = classify(text);
    const head = classify(text.slice(0, 5000));
    expect(whole.problem).toBe(true);
    expect(whole).toEqual(head);
    expectValid(text, whole);
    for (const span of whole.evidence) expect(span.end).toBeLessThanOrEqual(5000);
  });

  it('names every category in three languages', () => {
    for (const category of CATEGORIES) {
      const label = CATEGORY_LABELS[category];
      expect(label.ru.length).toBeGreaterThan(2);
      expect(label.kk.length).toBeGreaterThan(2);
      expect(label.en.length).toBeGreaterThan(2);
    }
    expect(CATEGORY_LABELS.lighting.kk).toBe('Көше жарығы');
  });

  it('points the evidence at words of the original post, markup and invisible characters included', () => {
    const text = '<p>Огромная&nbsp;яма на дороге у школы №5, машины бьют подвеску. Когда отремонтируют?</p>';
    const result = classify(text);
    expect(result.problem).toBe(true);
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.evidence.map((e) => e.text).join(' ')).toMatch(/яма|дорог|отремонтир|подвеск/i);
  });
});

describe('classify: emergencies', () => {
  const emergencies = [
    'В подъезде дома 14 по Абая сильно пахнет газом, соседи не открывают!',
    'Подъезде газ иісі шығып тұр, не істеу керек? Тез көмектесіңдер',
    'Na Satpaeva oborvan provod, lezhit pryamo na trotuare, deti hodyat',
    'Оборванный провод лежит на тротуаре возле остановки, искрит',
    'На проезжей части открытый люк без крышки, машины объезжают по встречке',
    'Downed power line across Maple Avenue, sparking near the bus stop',
    'Strong smell of gas outside 12 Oak Street, whole block can smell it',
    'Прорвало трубу, кипяток хлещет на дорогу, затопило двор',
  ];
  for (const text of emergencies) {
    it(`flags «${text.slice(0, 40)}…»`, () => {
      const result = classify(text);
      expect(result.emergency).toBe(true);
      expect(result.problem).toBe(true);
    });
  }

  it('does not flag an ordinary complaint or a chat about cooking', () => {
    expect(classify('Во дворе не вывозят мусор уже неделю').emergency).toBe(false);
    expect(classify('Поставила суп на газ и ушла смотреть сериал, всё выкипело').emergency).toBe(false);
  });
});

describe('classify: clear examples', () => {
  const clear: [string, string][] = [
    ['Во дворе дома 7 на Ленина уже две недели не вывозят мусор, контейнеры переполнены, вонь', 'waste'],
    ['На улице Абая огромные ямы на дороге, асфальт разбит, машины ломают подвеску', 'roads'],
    ['Третий вечер не горят фонари на нашей улице, идти домой страшно, темно', 'lighting'],
    ['Аулада шамдар жанбайды, кешке қараңғы, балалар қорқады. Әкімдік қашан жөндейді?', 'lighting'],
    ['Aulada qoqys jáshikteri toly, qoqys bir aptadan beri shyǵarylmaıdy, kim jaýap beredi?', 'waste'],
    ['The street light outside 42 Elm Street has been out for two weeks, the block is completely dark', 'lighting'],
    ['Huge pothole on Main Street near the school, cars swerve into the other lane to avoid it', 'roads'],
  ];
  for (const [text, category] of clear) {
    it(`reads «${text.slice(0, 40)}…» as ${category}`, () => {
      expect(classify(text)).toMatchObject({ problem: true, category });
    });
  }

  const notProblems = [
    'Продаю детскую коляску, почти новая, 25 000 тг, самовывоз',
    'Спасибо акимату, дорогу на нашей улице наконец-то отремонтировали, очень ровно!',
    'Кеше достармен кафеде отырдық, тамақ өте дәмді болды',
    'Happy birthday to my amazing sister, love you!',
  ];
  for (const text of notProblems) {
    it(`does not read «${text.slice(0, 40)}…» as a problem`, () => {
      expect(classify(text).problem).toBe(false);
    });
  }
});

describe('normalisation', () => {
  it('gives Kazakh Latin, Cyrillic and informal spellings the same features', () => {
    const hashes = (t: string): number[] => {
      const f = extractFeatures(normalizeText(t));
      return Array.from(f.hashes.slice(0, f.count));
    };
    expect(hashes('Qalada su joq')).toEqual(hashes('Қалада су жоқ'));
    expect(hashes('Қалада су жоқ')).toEqual(hashes('калада су жок'));
  });

  it('drops markup, links, mentions and invisible characters', () => {
    expect(normalizedWords('<b>Ям\u200Bа</b> https://vk.com/wall1_2 @akimat ЁЛКА')).toEqual(['яма', 'елка']);
  });

  it('gives callers words that stay valid after the next normalisation', () => {
    const first = normalizedWords('Тёмный двор');
    normalizedWords('совсем другой текст, подлиннее первого');
    expect(first).toEqual(['темный', 'двор']);
  });
});

describe('classify CLI', () => {
  it('classifies each line and reports a bad line without stopping the run', () => {
    const input = [
      JSON.stringify({ id: 'p1', text: 'На улице Ленина огромная яма, машины бьют колёса' }),
      '{"id":"broken", "text": ',
      JSON.stringify({ id: 'n1', text: 'Продаю гараж в хорошем состоянии', network: 'vk' }),
      JSON.stringify({ id: 'x' }),
    ].join('\n');
    const run = spawnSync('npx', ['tsx', path.join(repoRoot, 'scripts/classify.ts')], {
      input,
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const outputs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outputs.map((o) => o.id)).toEqual(['p1', 'n1']);
    expect(Object.keys(outputs[0] ?? {}).sort()).toEqual(['category', 'emergency', 'id', 'problem', 'score']);
    expect(outputs[0]).toMatchObject({ problem: true, category: 'roads', emergency: false });
    expect(outputs[1]).toMatchObject({ problem: false, category: null });
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { id: unknown });
    expect(errors.map((e) => e.id)).toEqual(['broken', 'x']);
  }, 30_000);
});

describe('quality on the held-out project corpus (committed model, no retraining)', () => {
  const heldout = loadCorpus().filter((e) => e.split === 'evaluation');
  const outcomes = heldout.map((e) => {
    const result = classify(e.text);
    return { lang: e.lang, gold: e.problem === true, predicted: result.problem, goldCategory: e.category, predictedCategory: result.category };
  });

  it('has a held-out corpus to measure', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps F1 ≥ 0.90 overall', () => {
    expect(metricsOf(outcomes).f1 ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps F1 ≥ 0.85 for every language with at least 30 held-out posts', () => {
    const languages = [...new Set(outcomes.map((o) => o.lang))];
    for (const lang of languages) {
      const subset = outcomes.filter((o) => o.lang === lang);
      if (subset.length < 30) continue;
      expect(metricsOf(subset).f1 ?? 0, `F1 for ${lang}`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
