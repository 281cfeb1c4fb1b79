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
