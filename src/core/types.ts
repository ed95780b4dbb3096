// Shared vocabulary of the pure core. Nothing here may touch browser or Node APIs.

export type Network = 'vk' | 'ok' | 'facebook' | 'instagram';

/** The appeal taxonomy of ../shared/docs/appeals-domain.md §6 (level 1). */
export const CATEGORIES = [
  'roads',
  'sidewalks',
  'lighting',
  'snow_ice',
  'waste',
  'yard',
  'greenery',
  'housing',
  'utilities',
  'transport',
  'traffic',
  'environment',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PostImage {
  url: string;
  alt: string | null;
}

/** What a site adapter reads from one feed post. Every part it cannot find is null. */
export interface PostSnapshot {
  network: Network;
  /** Stable identity on the network: VK `owner_post`, OK `data-feed-id`, FB permalink id, IG shortcode. */
  postId: string | null;
  permalink: string | null;
  authorName: string | null;
  authorUrl: string | null;
  /** ISO 8601 when the page gives a machine-readable time, otherwise the visible text (e.g. «вчера в 10:15»). */
  publishedAt: string | null;
  text: string;
  images: PostImage[];
  pageUrl: string;
  /** ISO 8601. */
  capturedAt: string;
}

/** A span of the input text that made the classifier decide. Offsets are UTF-16 indices into the text. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

export interface Classification {
  problem: boolean;
  /** 0..1, calibrated so that 0.5 is the decision threshold. */
  score: number;
  /** null when `problem` is false. */
  category: Category | null;
  emergency: boolean;
  evidence: EvidenceSpan[];
}

export type Jurisdiction = 'KZ' | 'RU';
export type Lang = 'ru' | 'kk' | 'en';
