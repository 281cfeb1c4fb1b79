import { describe, expect, it } from 'vitest';
import { groupStatements } from './quote-lineage.js';

const said = (id: string, doc: string, speaker: string | null, text: string) => ({ id, doc, speaker, text });

describe('groupStatements', () => {
  it('groups one statement reported by three articles, marking each report verbatim, trimmed or paraphrased', () => {
    const [statement, ...rest] = groupStatements([
      said(
        'q1',
        'd1',
        'act_a',
        'We will not trade our land for a pause in the fighting, and everyone knows it.',
      ),
      said('q2', 'd2', 'act_a', 'We will not trade our land for a pause in the fighting'),
      said('q3', 'd3', 'act_a', 'We will never trade our land for a pause in fighting, everyone knows it'),
      said(
        'q4',
        'd4',
        'act_a',
        'We will not trade our land for a pause in the fighting, and everyone knows it.',
      ),
    ]);
    expect(rest).toEqual([]);
    expect(statement?.reports.map((r) => [r.quote, r.form])).toEqual([
      ['q1', 'verbatim'],
      ['q2', 'trimmed'],
      ['q3', 'paraphrased'],
      ['q4', 'verbatim'],
    ]);
  });

  it('keeps different speakers, different words, unnamed speakers and one article apart', () => {
    expect(
      groupStatements([
        said('q1', 'd1', 'act_a', 'The talks were useful and we will meet again soon.'),
        said('q2', 'd2', 'act_b', 'The talks were useful and we will meet again soon.'),
        said('q3', 'd3', 'act_a', 'Nothing was agreed about the ports or the grain corridor.'),
        said('q4', 'd1', 'act_a', 'The talks were useful and we will meet again soon.'),
        said('q5', 'd4', null, 'The talks were useful and we will meet again soon.'),
        said('q6', 'd5', null, 'The talks were useful and we will meet again soon.'),
      ]),
    ).toEqual([]);
  });
});
