/**
 * Where a document came from: the outlet (source) and every location it was seen at. The same text seen
 * under two URLs is one document with two locations, because the content hash is the identity.
 */
export interface Source {
  /** Outlet name as the input states it ("Reuters", a site name), when known. */
  name?: string;
  /** Canonical url of the outlet's page, when known. */
  url?: string;
}

/** One place a document was read from: a file (with line for JSON Lines), a url, or a feed item. */
export interface Location {
  kind: 'file' | 'url';
  /** File path as given on the command line, or the url fetched. */
  ref: string;
  /** 1-based line for JSON Lines records, item number (1-based) for feed items. */
  line?: number;
  item?: number;
}
