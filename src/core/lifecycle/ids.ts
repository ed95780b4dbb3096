// Random ids for appeals, events and attachments: unique across devices, so backups from two browsers can merge.
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
