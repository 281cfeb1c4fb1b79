import type { DuplicateLink } from '../model/index.js';
import type { DocumentVersion, ExportOptions, Store } from '../store/store.js';

/**
 * How the export and the sources report mark a document that has versions (issue #10). `retired` is true
 * when a later text of its URL replaced it or it was retracted: its facts are left out of every report
 * (the store's reads leave it out) and appear in the export only marked `retired`.
 */
export interface VersionMarks {
  version?: number;
  supersedes?: string;
  supersededBy?: string;
  retired?: true;
  retracted?: true;
  retractedBy?: string;
}

/** The marks of one version row; empty for a document with none. */
export function versionMarks(version: DocumentVersion | undefined): VersionMarks {
  if (!version) return {};
  return {
    ...(version.url !== null ? { version: version.version } : {}),
    ...(version.supersedes ? { supersedes: version.supersedes } : {}),
    ...(version.supersededBy ? { supersededBy: version.supersededBy } : {}),
    ...(version.supersededBy || version.retractedBy ? { retired: true as const } : {}),
    ...(version.retractedBy ? { retracted: true as const, retractedBy: version.retractedBy } : {}),
  };
}

/** Every document's version marks, by document id. */
export async function loadVersionMarks(store: Store): Promise<Map<string, VersionMarks>> {
  return new Map((await store.listVersions()).map((version) => [version.docId, versionMarks(version)]));
}

/** Whether any stored document is retired, so a caller can skip building the retired facts at all. */
export function anyRetired(marks: ReadonlyMap<string, VersionMarks>): boolean {
  for (const mark of marks.values()) if (mark.retired) return true;
  return false;
}

/**
 * The duplicate links the export and the sources report show: every link of a retired document (the audit
 * trail), and those of current documents unless they point to a retired one (a new version is no copy of
 * the text it replaced), as the reports see them.
 */
export async function auditDuplicates(
  store: Store,
  marks: ReadonlyMap<string, VersionMarks>,
): Promise<Map<string, DuplicateLink>> {
  const links = await store.listDuplicates({ retired: 'include' });
  const kept = links.filter((link) => marks.get(link.doc)?.retired || !marks.get(link.of)?.retired);
  return new Map(kept.map((link) => [link.doc, link]));
}

/**
 * The store as seen by the audit trail: its document, event and duplicate reads give only the retired
 * documents (`retired: 'only'`), so any report builder run on it gives the retired facts, to be listed in
 * the export marked `retired`. Everything else goes to the store unchanged.
 */
export function retiredView(store: Store): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'exportAll')
        return (options: ExportOptions = {}) => target.exportAll({ ...options, retired: 'only' });
      if (property === 'listEventRecords') return () => target.listEventRecords({ retired: 'only' });
      if (property === 'listDuplicates') return () => target.listDuplicates({ retired: 'only' });
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
