// The appeal model shared by the draft builder, storage, history and export.
// Pure data: plain JSON-compatible objects so they cross messages, IndexedDB and backups unchanged.
import type { Category, Jurisdiction, Lang, Network, PostImage } from './types.ts';

/** eotinish: Kazakhstan's portal; pos: Госуслуги «Решаем вместе»; gospublic: an agency's official VK/OK page;
 * letter: paper or an agency's own web reception. */
export type Channel = 'eotinish' | 'pos' | 'gospublic' | 'letter';

/** KZ (АППК ст. 4) and RU (59-ФЗ ст. 4) appeal types; `message` is also the ПОС «сообщение». */
export type AppealType = 'application' | 'message' | 'complaint' | 'proposal' | 'request' | 'response';

export type AppealStatus =
  | 'draft'
  | 'ready'
  | 'submitted'
  | 'registered'
  | 'redirected'
  | 'in_progress'
  | 'extended'
  | 'answered'
  | 'resolved'
  | 'escalated'
  | 'closed';

export type AnswerRating = 'satisfied' | 'partly' | 'not_satisfied' | 'formal_non_answer';

export interface Recipient {
  /** Directory id, or null when the user typed the recipient by hand. */
  id: string | null;
  name: string;
  /** Where the appeal is filed (portal page, official page) — opened in a new tab by the user, never fetched. */
  url: string | null;
}

export interface Location {
  address: string | null;
  city: string | null;
  region: string | null;
}

export interface SourcePost {
  network: Network | 'selection';
  postId: string | null;
  permalink: string | null;
  authorName: string | null;
  publishedAt: string | null;
  /** The text as captured, untouched (emoji, hashtags, links stay here). */
  text: string;
  images: PostImage[];
  pageUrl: string | null;
  capturedAt: string;
}

export interface Applicant {
  fullName: string;
  iin: string;
  postalAddress: string;
  phone: string;
  email: string;
}

export interface Attachment {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface Appeal {
  id: string;
  jurisdiction: Jurisdiction;
  channel: Channel;
  appealType: AppealType;
  lang: Lang;
  recipient: Recipient;
  category: Category;
  subject: string;
  body: string;
  location: Location;
  /** ISO date (yyyy-mm-dd) or null: when the problem was seen. */
  seenOn: string | null;
  source: SourcePost | null;
  attachments: Attachment[];
  applicant: Applicant;
  status: AppealStatus;
  /** Filled by the history: dates of the lifecycle (ISO yyyy-mm-dd). */
  submittedOn: string | null;
  registeredOn: string | null;
  registrationNumber: string | null;
  dueOn: string | null;
  answer: { text: string; on: string; rating: AnswerRating | null } | null;
  /** The appeal this one escalates, and the one that escalated it. */
  escalates: string | null;
  escalatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: incremented on every save; a save with a stale version is refused. */
  version: number;
}

export type { Category };

/** The lifecycle part of an appeal that has just been drafted: nothing filed, nothing tracked yet. */
export function untracked(now: string): Pick<
  Appeal,
  'attachments' | 'status' | 'submittedOn' | 'registeredOn' | 'registrationNumber' | 'dueOn' | 'answer' | 'escalates' | 'escalatedBy' | 'createdAt' | 'updatedAt' | 'version'
> {
  return {
    attachments: [],
    status: 'draft',
    submittedOn: null,
    registeredOn: null,
    registrationNumber: null,
    dueOn: null,
    answer: null,
    escalates: null,
    escalatedBy: null,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}
