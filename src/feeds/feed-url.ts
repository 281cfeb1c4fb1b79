import { ParleyError } from '../model/index.js';

/**
 * Checks a feed url given on the command line and returns it in the form it is stored under (WHATWG
 * normalisation: lower-case scheme and host, default port dropped), so one feed is not watched twice
 * under two spellings. Anything but http(s) is E_USAGE.
 */
export function normaliseFeedUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new ParleyError('E_USAGE', `"${url}" is not an http or https feed url`, {
      hint: 'give the full address of an RSS or Atom feed, such as https://example.org/feed.xml',
    });
  }
  return parsed.href;
}
