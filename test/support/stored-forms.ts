// Appeal records as earlier releases wrote them, for the upgrade tests: each test fills a database of an older
// version the way that release did, upgrades it, and expects the current form.
import type { Appeal } from '../../src/core/appeal.ts';
import { sourceKey } from '../../src/core/lifecycle/duplicates.ts';

/** An appeal record exactly as the release that knew only database `version` wrote it. */
export function recordOfVersion(appeal: Appeal, version: number): Record<string, unknown> {
  if (version === 1) return { ...appeal };
  if (version === 2) {
    // Version 2 stored the folded search text and the source key next to the appeal.
    const searchText = [appeal.subject, appeal.body, appeal.location.address ?? '', appeal.registrationNumber ?? '']
      .join('\n')
      .toLowerCase()
      .replace(/ё/g, 'е');
    const key = sourceKey(appeal.source);
    return key === null ? { ...appeal, searchText } : { ...appeal, searchText, sourceKey: key };
  }
  throw new Error(`No record form written down for version ${version}: add it here when the stored form changes.`);
}
