// Exact, deterministic solvers for the two linear heads on sparse rows: an L2-regularised squared-hinge SVM by
// dual coordinate descent (the LinearSVC / liblinear algorithm) and an L2-regularised logistic regression by
// L-BFGS (the scikit-learn default). Both optimise a fixed objective, so the result does not depend on epochs or
// a learning rate.

/** One example: the non-zero feature values, indices sorted or not, no index repeated. */
export interface SparseRow {
  index: Int32Array;
  value: Float32Array;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

/** mulberry32: small, fast and reproducible across runs and machines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleInPlace(items: Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
}

function dot(w: Float64Array, row: SparseRow): number {
  let sum = 0;
  const { index, value } = row;
  for (let j = 0; j < index.length; j++) sum += w[index[j]!]! * value[j]!;
  return sum;
}

function addScaled(w: Float64Array, row: SparseRow, scale: number): void {
  const { index, value } = row;
  for (let j = 0; j < index.length; j++) w[index[j]!]! += scale * value[j]!;
}

export interface SvmOptions {
  /** Penalty per example (C times the example's weight); examples with cost 0 are ignored. */
  costs: Float64Array;
  seed: number;
  /** Stop when the projected gradient spread falls below this (liblinear's eps). */
  tolerance: number;
  maxPasses: number;
}

/**
 * min ½‖w‖² + ½b² + Σ cᵢ·max(0, 1 − yᵢ(w·xᵢ + b))², yᵢ = ±1, solved in the dual one example at a time
 * (Hsieh et al. 2008). The bias is an extra feature of value 1, regularised like the others, as in liblinear.
 */
export function squaredHingeSvm(rows: readonly SparseRow[], labels: Int8Array, dim: number, o: SvmOptions): LinearModel {
  const w = new Float64Array(dim);
  let b = 0;
  const n = rows.length;
  const alpha = new Float64Array(n);
  const diag = Float64Array.from(o.costs, (c) => (c > 0 ? 0.5 / c : Infinity));
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let norm = 1;
    for (const v of rows[i]!.value) norm += v * v;
    qd[i] = diag[i]! + norm;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).filter((i) => o.costs[i]! > 0);
  const random = seededRandom(o.seed);
  // Shrinking (as liblinear): an example at its bound whose gradient is beyond last pass's spread leaves the
  // active set; the full set is checked again before stopping.
  let active = order.length;
  let oldMax = Infinity;
  for (let pass = 0; pass < o.maxPasses; pass++) {
    shuffleInPlace(order.subarray(0, active), random);
    let maxGradient = -Infinity;
    let minGradient = Infinity;
    for (let s = 0; s < active; s++) {
      const i = order[s]!;
      const row = rows[i]!;
      const y = labels[i]!;
      const g = y * (dot(w, row) + b) - 1 + diag[i]! * alpha[i]!;
      let projected = g;
      if (alpha[i] === 0) {
        if (g > oldMax) {
          active--;
          order[s] = order[active]!;
          order[active] = i;
          s--;
          continue;
        }
        projected = Math.min(g, 0);
      }
      maxGradient = Math.max(maxGradient, projected);
      minGradient = Math.min(minGradient, projected);
      if (Math.abs(projected) <= 1e-12) continue;
      const old = alpha[i]!;
      alpha[i] = Math.max(old - g / qd[i]!, 0);
      const step = (alpha[i]! - old) * y;
      b += step;
      addScaled(w, row, step);
    }
    if (maxGradient - minGradient <= o.tolerance) {
      if (active === order.length) break;
      active = order.length;
      oldMax = Infinity;
      continue;
    }
    oldMax = maxGradient > 0 ? maxGradient : Infinity;
  }
  return { weights: w, bias: b };
}

export interface LogisticOptions {
  /** Weight of each example's log loss. */
  weights: Float64Array;
  /** Inverse regularisation strength, as scikit-learn's C. */
  c: number;
  /** Stop when the largest gradient component (of the mean loss) falls below this. */
  tolerance: number;
  maxIterations: number;
  /** Only features with mask 1 may take a non-zero weight. */
  mask?: Uint8Array;
}

/**
 * min (1/N)·Σ sᵢ·log(1 + exp(−yᵢ(w·xᵢ + b))) + ‖w‖²/(2·C·N), yᵢ = ±1, the bias unregularised: scikit-learn's
 * LogisticRegression objective, minimised by L-BFGS with a backtracking (Armijo) line search.
 */
export function logisticRegression(rows: readonly SparseRow[], labels: Int8Array, dim: number, o: LogisticOptions): LinearModel {
  const n = rows.length;
  const size = dim + 1; // the last coordinate is the bias
  const lambda = 1 / (o.c * n);
  const margins = new Float64Array(n);
  const evaluate = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    const w = theta.subarray(0, dim);
    const gw = gradient.subarray(0, dim);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      const y = labels[i]!;
      const z = y * (dot(w, row) + theta[dim]!);
      margins[i] = z;
      loss += o.weights[i]! * softplus(-z);
      const d = (-o.weights[i]! * y * sigmoid(-z)) / n;
      if (d === 0) continue;
      addScaled(gw, row, d);
      gradient[dim]! += d;
    }
    let penalty = 0;
    for (let j = 0; j < dim; j++) {
      if (o.mask !== undefined && o.mask[j] === 0) {
        gradient[j] = 0;
        continue;
      }
      penalty += theta[j]! * theta[j]!;
      gradient[j]! += lambda * theta[j]!;
    }
    return loss / n + (lambda / 2) * penalty;
  };
  return lbfgs(size, evaluate, o.tolerance, o.maxIterations, dim);
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

const MEMORY = 10;

function lbfgs(
  size: number,
  evaluate: (theta: Float64Array, gradient: Float64Array) => number,
  tolerance: number,
  maxIterations: number,
  dim: number,
): LinearModel {
  let theta = new Float64Array(size);
  let gradient = new Float64Array(size);
  let f = evaluate(theta, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(MEMORY);
  for (let iteration = 0; iteration < maxIterations && maxAbs(gradient) > tolerance; iteration++) {
    // Two-loop recursion: direction = −H·gradient.
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      alphas[k] = rhos[k]! * dotDense(steps[k]!, direction);
      axpy(direction, changes[k]!, -alphas[k]!);
    }
    const last = steps.length - 1;
    const gamma = last >= 0 ? dotDense(steps[last]!, changes[last]!) / dotDense(changes[last]!, changes[last]!) : 1 / Math.sqrt(dotDense(gradient, gradient));
    for (let j = 0; j < size; j++) direction[j]! *= -gamma;
    for (let k = 0; k < steps.length; k++) {
      const beta = rhos[k]! * dotDense(changes[k]!, direction);
      axpy(direction, steps[k]!, -alphas[k]! - beta);
    }
    let slope = dotDense(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      steps.length = changes.length = rhos.length = 0;
      for (let j = 0; j < size; j++) direction[j] = -gradient[j]!;
      slope = dotDense(gradient, direction);
    }
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let t = 1;
    let fNext = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < size; j++) next[j] = theta[j]! + t * direction[j]!;
      fNext = evaluate(next, nextGradient);
      if (fNext <= f + 1e-4 * t * slope) break;
      t /= 2;
    }
    if (!(fNext < f)) break;
    const s = new Float64Array(size);
    const yv = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      s[j] = next[j]! - theta[j]!;
      yv[j] = nextGradient[j]! - gradient[j]!;
    }
    const sy = dotDense(s, yv);
    if (sy > 1e-12) {
      steps.push(s);
      changes.push(yv);
      rhos.push(1 / sy);
      if (steps.length > MEMORY) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    const converged = Math.abs(f - fNext) <= 1e-12 * Math.max(1, Math.abs(f));
    theta = next;
    gradient = nextGradient;
    f = fNext;
    if (converged) break;
  }
  return { weights: theta.slice(0, dim), bias: theta[dim]! };
}

function dotDense(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(target: Float64Array, x: Float64Array, scale: number): void {
  for (let i = 0; i < target.length; i++) target[i]! += scale * x[i]!;
}

function maxAbs(values: Float64Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}
