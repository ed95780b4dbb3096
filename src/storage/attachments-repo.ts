// Files attached to an appeal. The Blob lives in its own store; the appeal keeps the list (name, type, size), so
// adding or removing one changes both in one transaction, under the appeal's version check.
import type { Appeal, Attachment } from '../core/appeal.ts';
import { newId } from '../core/lifecycle/ids.ts';
import { putChecked } from './appeals-repo.ts';
import { announceChange } from './changes.ts';
import { getDb, write } from './db.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export async function addAttachment(appeal: Appeal, blob: Blob, name: string, now = new Date()): Promise<{ appeal: Appeal; attachment: Attachment }> {
  if (blob.size > MAX_ATTACHMENT_BYTES) throw new RangeError(`The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  const attachment: Attachment = { id: newId(), name: name.slice(0, 255) || 'file', type: blob.type.slice(0, 255), size: blob.size };
  const saved = await write(['appeals', 'attachments'], async (tx) => {
    const updated = await putChecked(tx.objectStore('appeals'), { ...appeal, attachments: [...appeal.attachments, attachment] }, now.toISOString());
    await tx.objectStore('attachments').add({ ...attachment, appealId: appeal.id, blob });
    return updated;
  });
  announceChange([appeal.id]);
  return { appeal: saved, attachment };
}

export async function removeAttachment(appeal: Appeal, attachmentId: string, now = new Date()): Promise<Appeal> {
  const saved = await write(['appeals', 'attachments'], async (tx) => {
    const updated = await putChecked(
      tx.objectStore('appeals'),
      { ...appeal, attachments: appeal.attachments.filter((item) => item.id !== attachmentId) },
      now.toISOString(),
    );
    await tx.objectStore('attachments').delete(attachmentId);
    return updated;
  });
  announceChange([appeal.id]);
  return saved;
}

export async function getAttachmentBlob(id: string): Promise<Blob | null> {
  return (await (await getDb()).get('attachments', id))?.blob ?? null;
}
