/**
 * Articles that change after publication (issue #10): the same URL read again with different text. The new
 * text is a new document (identity stays the content hash) and the next version of the earlier one. A
 * document that is superseded or retracted is **retired**: its facts leave every report but stay stored and
 * in the export, marked.
 */
export interface DocumentVersion {
  docId: string;
  /** The article's URL (a url location, or a feed item's link); null for a retraction notice read from a file. */
  url: string | null;
  /** 1 for the first text seen at `url`, then 2, 3… */
  version: number;
  /** The version this one replaced; null for the first. */
  supersedes: string | null;
  /** The version that replaced this one; null while it is the current text of its URL. */
  supersededBy: string | null;
  /** The retraction notice that retracted this document (its own id when it is the notice); else null. */
  retractedBy: string | null;
}

/** One document to record under its URL, and whether its text is a retraction notice. */
export interface VersionEntry {
  docId: string;
  url: string | null;
  retraction: boolean;
}

/**
 * What recording one entry did: its version row as stored now, whether the row was created now (false for
 * a document already recorded), and the documents this entry newly marked retracted.
 */
export interface RecordedVersion {
  version: DocumentVersion;
  created: boolean;
  retracted: string[];
}

/**
 * Which documents a read sees: `exclude` (the default) only current ones, `include` every document, `only`
 * the retired ones (superseded or retracted).
 */
export type RetiredFilter = 'exclude' | 'include' | 'only';

/** The option the document, event and duplicate listings take. */
export interface RetiredOption {
  retired?: RetiredFilter;
}

/** True when `version` is retired: superseded by a later text of its URL, or retracted. */
export function isRetired(version: Pick<DocumentVersion, 'supersededBy' | 'retractedBy'>): boolean {
  return version.supersededBy !== null || version.retractedBy !== null;
}
