// Throughput of the problem classifier on 500-character posts, one core (issue 4 target: ≥ 20,000 posts/s).
import { classify } from '../../src/core/classifier/index.ts';

const POST_CHARS = 500;
const POSTS = 400;
const TARGET_PER_SECOND = 20_000;

const SEED_TEXTS = [
  'Во дворе дома на улице Абая уже неделю не вывозят мусор, контейнеры переполнены, кругом пакеты и запах. ',
  'Аулада шамдар жанбайды, кешке қараңғы, балалар мектептен қайтқанда қорқады, әкімдік жауап бермейді. ',
  'Huge pothole on Elm Street right by the school crossing, cars swerve into the oncoming lane every morning. ',
  'Кеше достармен жаңа кафеде болдық, тамағы дәмді, бағасы қолайлы, бәріне ұсынамын 😍👍 #кафе ',
  'Ребята, кто знает хорошего мастера по ремонту стиральных машин в нашем районе? Подскажите пожалуйста. ',
];

/** Distinct 500-character posts (so no cache or branch predictor can memorise one input). */
function makePosts(): string[] {
  return Array.from({ length: POSTS }, (_, i) => {
    let text = `${i} `;
    for (let k = i; text.length < POST_CHARS; k++) text += SEED_TEXTS[k % SEED_TEXTS.length];
    return text.slice(0, POST_CHARS);
  });
}

export default async function benchClassifier(): Promise<void> {
  const posts = makePosts();
  for (const post of posts) classify(post); // warm-up: let the JIT compile the hot paths
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    for (const post of posts) classify(post);
    done += posts.length;
  }
  const perSecond = Math.round(done / ((performance.now() - started) / 1000));
  const verdict = perSecond >= TARGET_PER_SECOND ? 'meets' : 'BELOW';
  console.log(`classifier: ${perSecond.toLocaleString('en')} posts/s (${POST_CHARS} chars, one core; ${verdict} the ${TARGET_PER_SECOND.toLocaleString('en')}/s target)`);
}
