import type { Brief, BriefCell } from './brief-service.js';

/** `doc:start-end` for each citation of a cell, for text formats. */
function cites(cell: BriefCell): string {
  const shown = cell.cites.slice(0, MAX_SHOWN).map((c) => `[${c.doc}:${c.span.start}-${c.span.end}]`);
  const more = cell.cites.length - MAX_SHOWN + (cell.more ?? 0);
  return `${shown.join(' ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

/** Citations shown per cell in text formats; the JSON brief keeps up to MAX_CITES and counts the rest. */
const MAX_SHOWN = 3;

/** A table cell: no line breaks or pipes. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The brief as Markdown: tables whose every row carries its citations. */
export function briefMarkdown(brief: Brief): string {
  const lines: string[] = [
    '# Brief',
    '',
    '## Key points',
    '',
    '| point | what the record says | sources |',
    '|---|---|---|',
  ];
  for (const point of brief.keyPoints) {
    const other = point.otherSide.map((side) => ` **vs** ${flat(side.text)} ${cites(side)}`).join('');
    const mark = point.disputed ? ' (disputed)' : '';
    lines.push(`| ${flat(point.point)}${mark} | ${flat(point.says.text)}${other} | ${cites(point.says)} |`);
  }
  lines.push('', '## Timeline', '', '| date | kind | event | lifecycle | sources |', '|---|---|---|---|---|');
  for (const item of brief.timeline) {
    lines.push(
      `| ${item.date ?? 'undated'} | ${item.kind} | ${flat(item.label)} | ${flat(item.lifecycle.text)} | ${cites(item.lifecycle)} |`,
    );
  }
  lines.push('', "## Who's who", '', '| name | role | sources |', '|---|---|---|');
  for (const actor of brief.who) {
    const cited = actor.role ?? actor.name;
    lines.push(
      `| ${flat(actor.name.text)} | ${actor.role ? flat(actor.role.text) : '-'} | ${cites(cited)} |`,
    );
  }
  lines.push(
    '',
    '## Positions',
    '',
    '| actor | issue | position | date | sources |',
    '|---|---|---|---|---|',
  );
  for (const p of brief.positions) {
    lines.push(
      `| ${flat(p.actor)} | ${p.issue} | ${p.position}${p.moved ? ' (moved)' : ''} | ${p.date ?? 'undated'} | ${cites(p.evidence)} |`,
    );
  }
  lines.push('', '## Open questions', '');
  for (const question of brief.openQuestions) lines.push(`- ${flat(question.text)} ${cites(question)}`);
  lines.push('', '## Sources', '', '| article | outlet | quality | used |', '|---|---|---|---|');
  for (const a of brief.sources.used)
    lines.push(`| ${a.doc} ${flat(a.title ?? '')} | ${flat(a.source)} | ${a.score ?? '-'} | yes |`);
  for (const a of brief.sources.leftOut)
    lines.push(
      `| ${a.doc} ${flat(a.title ?? '')} | ${flat(a.source)} | ${a.score ?? '-'} | left out: ${a.why} |`,
    );
  const unlisted =
    brief.sources.usedCount -
    brief.sources.used.length +
    brief.sources.leftOutCount -
    brief.sources.leftOut.length;
  if (unlisted > 0) {
    lines.push(
      '',
      `${brief.sources.usedCount} articles used, ${brief.sources.leftOutCount} left out; ${unlisted} not listed here (see parley sources).`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The brief as a standalone HTML page: each citation shows the cited words on hover. */
export function briefHtml(brief: Brief): string {
  const chips = (cell: BriefCell): string =>
    cell.cites
      .slice(0, 5)
      .map((c) => `<cite title="${escapeHtml(c.text)}">${c.doc}:${c.span.start}-${c.span.end}</cite>`)
      .join(' ');
  const table = (head: string[], rows: string[][]): string =>
    `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const e = escapeHtml;
  const body = [
    '<h1>Brief</h1><h2>Key points</h2>',
    table(
      ['point', 'what the record says', 'sources'],
      brief.keyPoints.map((p) => [
        e(p.point) + (p.disputed ? ' <strong>(disputed)</strong>' : ''),
        e(p.says.text) + p.otherSide.map((s) => ` <strong>vs</strong> ${e(s.text)} ${chips(s)}`).join(''),
        chips(p.says),
      ]),
    ),
    '<h2>Timeline</h2>',
    table(
      ['date', 'kind', 'event', 'lifecycle', 'sources'],
      brief.timeline.map((t) => [
        e(t.date ?? 'undated'),
        e(t.kind),
        e(t.label),
        e(t.lifecycle.text),
        chips(t.lifecycle),
      ]),
    ),
    "<h2>Who's who</h2>",
    table(
      ['name', 'role', 'sources'],
      brief.who.map((a) => [e(a.name.text), a.role ? e(a.role.text) : '-', chips(a.role ?? a.name)]),
    ),
    '<h2>Positions</h2>',
    table(
      ['actor', 'issue', 'position', 'date', 'sources'],
      brief.positions.map((p) => [
        e(p.actor),
        e(p.issue),
        e(p.position) + (p.moved ? ' (moved)' : ''),
        e(p.date ?? 'undated'),
        chips(p.evidence),
      ]),
    ),
    '<h2>Open questions</h2><ul>',
    ...brief.openQuestions.map((q) => `<li>${e(q.text)} ${chips(q)}</li>`),
    '</ul><h2>Sources</h2>',
    table(
      ['article', 'outlet', 'quality', 'used'],
      [
        ...brief.sources.used.map((a) => [
          e(`${a.doc} ${a.title ?? ''}`),
          e(a.source),
          String(a.score ?? '-'),
          'yes',
        ]),
        ...brief.sources.leftOut.map((a) => [
          e(`${a.doc} ${a.title ?? ''}`),
          e(a.source),
          String(a.score ?? '-'),
          e(`left out: ${a.why}`),
        ]),
      ],
    ),
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Brief</title></head><body>${body.join('\n')}</body></html>\n`;
}
