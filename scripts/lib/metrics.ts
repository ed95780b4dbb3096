// Binary and category metrics over labelled examples, grouped however the caller likes.
export interface Outcome {
  gold: boolean;
  predicted: boolean;
  goldCategory: string | null;
  predictedCategory: string | null;
}

export interface Metrics {
  n: number;
  positives: number;
  negatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number | null;
  categoryAccuracy: number | null;
  categoryN: number;
}

export function metricsOf(outcomes: readonly Outcome[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let categoryRight = 0;
  let categoryN = 0;
  for (const o of outcomes) {
    if (o.gold && o.predicted) tp++;
    else if (o.gold) fn++;
    else if (o.predicted) fp++;
    else tn++;
    if (o.gold && o.goldCategory !== null) {
      categoryN++;
      if (o.goldCategory === o.predictedCategory) categoryRight++;
    }
  }
  const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision !== null && recall !== null && tp + fp > 0 && tp + fn > 0
      ? precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : 0
      : null;
  return {
    n: outcomes.length,
    positives: tp + fn,
    negatives: fp + tn,
    precision,
    recall,
    f1,
    falsePositiveRate: ratio(fp, fp + tn),
    categoryAccuracy: ratio(categoryRight, categoryN),
    categoryN,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

export function formatNumber(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}
