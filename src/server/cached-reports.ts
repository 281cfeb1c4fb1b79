import { buildBrief } from '../service/brief-service.js';
import { buildContradictions } from '../service/corpus-findings.js';
import { buildActorReport } from '../service/corpus-service.js';
import { buildEventReport } from '../service/event-service.js';
import { buildQuoteReport } from '../service/quote-service.js';
import { buildSourcesReport } from '../service/sources-service.js';
import { buildStanceOverview } from '../service/stance-service.js';
import { buildTimeline } from '../service/timeline-service.js';
import type { ApiContext } from './app.js';

/**
 * The whole-record reports the routes serve, each built once per store state and kept in the context's
 * cache. Routes filter and page what these return; nothing here depends on a request's parameters except
 * the brief's quality threshold.
 */
export function cachedReports({ store, pack, cache }: Pick<ApiContext, 'store' | 'pack' | 'cache'>) {
  return {
    actors: () => cache.get('actors', () => buildActorReport(store, pack)),
    events: () => cache.get('events', () => buildEventReport(store)),
    quotes: () => cache.get('quotes', () => buildQuoteReport(store, pack)),
    stances: () => cache.get('stances', () => buildStanceOverview(store)),
    contradictions: () => cache.get('contradictions', () => buildContradictions(store, pack)),
    sources: () => cache.get('sources', () => buildSourcesReport(store, pack)),
    timeline: () => cache.get('timeline', () => buildTimeline(store)),
    brief: (minQuality: number) =>
      cache.get(`brief:${minQuality}`, () => buildBrief(store, { pack, minQuality })),
  };
}

/**
 * Builds the reports a first visit asks for (the brief, the timeline, then the listings search reads),
 * one after another, so they are kept before anyone waits for them. Failures go to `onError`; the
 * request that needs the report then tries again.
 */
export async function warmReports(context: ApiContext): Promise<void> {
  const reports = cachedReports(context);
  const steps = [
    () => reports.brief(0),
    reports.timeline,
    reports.events,
    reports.actors,
    reports.stances,
    reports.quotes,
    reports.sources,
    reports.contradictions,
  ];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      context.onError?.(error);
    }
  }
}

/** The source and quality filters every listing of facts takes. */
export interface SourceFilter {
  source?: string | undefined;
  minQuality?: number | undefined;
}

/**
 * A test on document ids for `source` (the outlet's name contains it, case folded) and `minQuality` (the
 * article's quality score is at least this; an unscored article passes), or null when neither is given.
 */
export async function documentFilter(
  context: Pick<ApiContext, 'store' | 'pack' | 'cache'>,
  filter: SourceFilter,
): Promise<((docId: string) => boolean) | null> {
  if (!filter.source && filter.minQuality === undefined) return null;
  const sources = await cachedReports(context).sources();
  const needle = filter.source?.toLowerCase();
  const kept = new Set<string>();
  for (const source of sources) {
    if (needle && !source.name.toLowerCase().includes(needle)) continue;
    for (const article of source.articles) {
      if (filter.minQuality !== undefined && article.score !== null && article.score < filter.minQuality)
        continue;
      kept.add(article.id);
    }
  }
  return (docId) => kept.has(docId);
}
