import type { StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { buildCorpusFindings } from './corpus-findings.js';
import type { CorpusFindings } from './corpus-findings.js';
import { duplicateSignal, qualityOf } from './export-service.js';
import { auditDuplicates, loadVersionMarks } from './version-service.js';

/** One article's quality, for the sources listing. */
export interface ArticleQuality {
  id: string;
  title: string | null;
  published: string | null;
  score: number | null;
  /** The signal codes that cost the most, most costly first, with what each took off. */
  top: Array<{ code: string; cost: number }>;
  duplicateOf: string | null;
  /**
   * Versions (issue #10): a later text of the same URL replaced it (`supersededBy`), or it was retracted
   * (`retracted`, by the notice `retractedBy`); either way it is `retired`, its facts out of every report.
   */
  retired?: true;
  supersededBy?: string;
  retracted?: true;
  retractedBy?: string;
}

/** An outlet and its articles; `score` is the mean of its current (not retired) articles' scores. */
export interface SourceQuality {
  name: string;
  score: number | null;
  articles: ArticleQuality[];
}

/**
 * Every outlet with its articles' quality scores and their costliest signals, worst outlets first; articles
 * with no outlet are grouped under "(no source)". Read-only.
 */
export async function buildSourcesReport(
  store: Store,
  pack: StoryPack | null = null,
  findings?: CorpusFindings,
): Promise<SourceQuality[]> {
  const { signals } = findings ?? (await buildCorpusFindings(store, pack));
  const versions = await loadVersionMarks(store);
  const duplicates = await auditDuplicates(store, versions);
  const bySource = new Map<string, ArticleQuality[]>();
  for await (const doc of store.exportAll({ retired: 'include', layers: ['quality'] })) {
    const marks = versions.get(doc.id) ?? {};
    const duplicate = duplicates.get(doc.id);
    const quality = qualityOf(doc, [
      ...(signals.get(doc.id) ?? []),
      ...(duplicate ? [duplicateSignal(duplicate)] : []),
    ]);
    const name = doc.source.name ?? '(no source)';
    const list = bySource.get(name) ?? [];
    list.push({
      id: doc.id,
      title: doc.title?.text ?? null,
      published: doc.published.value,
      score: quality.score,
      top: [...quality.costs]
        .sort((a, b) => b.cost - a.cost)
        .slice(0, 3)
        .map(({ code, cost }) => ({ code, cost })),
      duplicateOf: duplicate?.of ?? null,
      ...(marks.retired ? { retired: true as const } : {}),
      ...(marks.supersededBy ? { supersededBy: marks.supersededBy } : {}),
      ...(marks.retracted ? { retracted: true as const, retractedBy: marks.retractedBy } : {}),
    });
    bySource.set(name, list);
  }
  const sources = [...bySource].map(([name, articles]) => {
    const scores = articles
      .filter((a) => !a.retired)
      .map((a) => a.score)
      .filter((s): s is number => s !== null);
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    return { name, score: mean === null ? null : Math.round(mean * 100) / 100, articles };
  });
  return sources.sort((a, b) => (a.score ?? 2) - (b.score ?? 2) || a.name.localeCompare(b.name));
}
