import { describe, expect, it } from 'vitest';
import { indirectMatcher } from '../matchers/indirect-matcher.js';
import { markMatcher } from '../matchers/mark-matcher.js';
import type { QuoteCandidate, QuoteInput } from '../quote-input.js';
import { inputOf, REFERENCE_DATE } from '../quote-test-kit.js';
import { addresseeRefiner } from './addressee-refiner.js';
import { attributionRefiner } from './attribution-refiner.js';
import { carryRefiner } from './carry-refiner.js';
import { dateRefiner } from './date-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { reportedSpeechRefiner } from './reported-speech-refiner.js';
import { isTitle, scareQuoteRefiner } from './scare-quote-refiner.js';
import { speakerRefiner } from './speaker-refiner.js';

/** Matchers, then the refiners up to and including `upTo`. */
function run(text: string, refiners: Array<(c: QuoteCandidate[], i: QuoteInput) => QuoteCandidate[]>) {
  const input = inputOf(text);
  let candidates = markMatcher(input, []);
  candidates = candidates.concat(indirectMatcher(input, candidates));
  for (const refiner of refiners) candidates = refiner(candidates, input);
  const slice = (s: { start: number; end: number } | null | undefined) =>
    s ? text.slice(s.start, s.end) : null;
  return { input, candidates, slice };
}

describe('attributionRefiner', () => {
  it('finds the cue and speaker words after the closing mark', () => {
    const { candidates, slice } = run('"We stay," Ada Lind said.', [attributionRefiner]);
    expect([slice(candidates[0]!.cue), slice(candidates[0]!.speakerPhrase)]).toEqual(['said', 'Ada Lind']);
  });
  it('finds them before the opening mark', () => {
    const { candidates, slice } = run('Ada Lind stated, "We stay."', [attributionRefiner]);
    expect([slice(candidates[0]!.cue), slice(candidates[0]!.speakerPhrase)]).toEqual(['stated', 'Ada Lind']);
  });
  it('a cue after "and" with no speaker of its own takes the speaker of the cue before it', () => {
    const { candidates, slice } = run(
      'The port authority said the fares would rise, and thanked the crews for their "patience and goodwill."',
      [attributionRefiner],
    );
    const partial = candidates.find((c) => c.marked !== null)!;
    expect([slice(partial.cue), slice(partial.speakerPhrase)]).toEqual(['thanked', 'The port authority']);
  });
  it('a cue after "and" with its own speaker keeps it', () => {
    const { candidates, slice } = run(
      'Ada Lind said little about the fares, and ferry crews thanked the port for its "patience."',
      [attributionRefiner],
    );
    const partial = candidates.find((c) => c.marked !== null)!;
    expect(slice(partial.speakerPhrase)).toBe('ferry crews');
  });
  it('takes nothing from the next sentence after a quote ending in a stop', () => {
    const { candidates } = run('Ada Lind spoke. "We stay." Meanwhile, in the capital, Ben Ruiz agreed.', [
      attributionRefiner,
    ]);
    expect(candidates[0]!.cue).toBeNull();
  });
});

describe('speakerRefiner', () => {
  it('resolves a title to the person holding it', () => {
    const { candidates, input } = run(
      'Chancellor Olaf Weber met the press. "We hold," the Chancellor said.',
      [attributionRefiner, speakerRefiner],
    );
    const entity = input.entities.find((e) => e.id === candidates[0]!.speaker!.entity);
    expect([entity?.name, candidates[0]!.speaker!.via]).toEqual(['Olaf Weber', 'title']);
  });
  it('resolves a document speaker without an entity', () => {
    const { candidates } = run('The strategy document warns that the alliance could split.', [
      speakerRefiner,
    ]);
    expect(candidates[0]!.speaker).toMatchObject({
      via: 'document',
      entity: null,
      description: 'The strategy document',
    });
  });
  it('resolves a document named before "from" or "by"', () => {
    const { candidates } = run('The fares rose, according to a statement from the port authority.', [
      speakerRefiner,
    ]);
    expect(candidates[0]!.speaker).toMatchObject({
      via: 'document',
      description: 'a statement from the port authority',
    });
  });
  it('resolves the name before "for" in a long source', () => {
    const { candidates, input } = run(
      'The buses crossed back at noon, according to the Baltic Ferry Board for the Protection of Island Routes.',
      [speakerRefiner],
    );
    const entity = input.entities.find((e) => e.id === candidates[0]!.speaker!.entity);
    expect(entity?.name).toBe('Baltic Ferry Board');
  });
  it('with no name before "for", the name at the end speaks', () => {
    const { candidates, input } = run('A spokeswoman for the Baltic Ferry Union said the strike would end.', [
      speakerRefiner,
    ]);
    const entity = input.entities.find((e) => e.id === candidates[0]!.speaker!.entity);
    expect(entity?.name).toBe('Baltic Ferry Union');
  });
  it('a person named before "for" is no document', () => {
    const { candidates } = run('The fares rose, according to a spokesman for the port authority.', [
      speakerRefiner,
    ]);
    expect(candidates[0]!.speaker?.via).not.toBe('document');
  });
  it('leaves an unattributed quote without a speaker', () => {
    const { candidates } = run('"We stay."', [attributionRefiner, speakerRefiner]);
    expect(candidates[0]!.speaker).toBeNull();
  });
});

describe('reportedSpeechRefiner', () => {
  it('keeps reported speech with a named speaker', () => {
    const { candidates } = run('Ada Lind said that the bridge would reopen.', [
      speakerRefiner,
      reportedSpeechRefiner,
    ]);
    expect(candidates).toHaveLength(1);
  });
  it('drops reported speech whose subject is not a speaker', () => {
    const { candidates } = run('The figures suggest that the bridge would reopen.', [
      speakerRefiner,
      reportedSpeechRefiner,
    ]);
    expect(candidates).toEqual([]);
  });
});

describe('overlapRefiner', () => {
  it('drops reported speech sharing the cue of a quote in marks', () => {
    const { candidates } = run('Ada Lind said, "We stay for the whole winter."', [
      attributionRefiner,
      speakerRefiner,
      overlapRefiner,
    ]);
    expect(candidates.map((c) => c.kind)).toEqual(['direct']);
  });
  it('keeps a partial inside reported speech', () => {
    const text = 'Ada Lind warned that the pause would be a "breathing space" for the army.';
    const { candidates } = run(text, [attributionRefiner, speakerRefiner, overlapRefiner]);
    expect(candidates.map((c) => c.kind).sort()).toEqual(['indirect', 'partial']);
  });
});

describe('carryRefiner', () => {
  it('carries the speaker to the second half of a split quote', () => {
    const { candidates } = run('"One," Ada Lind said. "Two."', [
      attributionRefiner,
      speakerRefiner,
      carryRefiner,
    ]);
    expect(candidates[1]!.speaker).toMatchObject({ via: 'carried', span: null });
  });
  it('carries the speaker named before a colon ending the paragraph', () => {
    const { candidates } = run('Ada Lind continued:\n\n"We stay for the winter."', [
      attributionRefiner,
      speakerRefiner,
      carryRefiner,
    ]);
    expect(candidates[0]!.speaker).toMatchObject({ via: 'name' });
  });
  it('carries nothing to a quote in a new paragraph after reporter text', () => {
    const text =
      '"One," Ada Lind said.\n\nThe hall was cold and the session ran late into the night.\n\n"Two."';
    const { candidates } = run(text, [attributionRefiner, speakerRefiner, carryRefiner]);
    expect(candidates[1]!.speaker).toBeNull();
  });
});

describe('scareQuoteRefiner', () => {
  it('keeps a partial with a cue and a speaker', () => {
    const { candidates } = run('Ada Lind warned of a "long winter" ahead.', [
      attributionRefiner,
      speakerRefiner,
      scareQuoteRefiner,
    ]);
    expect(candidates.some((c) => c.kind === 'partial')).toBe(true);
  });
  it('drops a scare quote and a title', () => {
    const { candidates } = run('The so-called "reform" was in "The Daily Paper" again.', [
      attributionRefiner,
      speakerRefiner,
      scareQuoteRefiner,
    ]);
    expect(candidates).toEqual([]);
  });
  it.each([
    [['The', 'Long', 'Road'], true],
    [['American', 'Skin'], true],
    [['long', 'winter'], false],
    [['Stay'], false],
  ])('isTitle(%j) is %s', (words, want) => {
    expect(isTitle(words)).toBe(want);
  });
});

describe('addresseeRefiner', () => {
  it('records the person told', () => {
    const { candidates, slice } = run('Ada Lind met Ben Ruiz. "We stay," Lind told Ruiz.', [
      attributionRefiner,
      speakerRefiner,
      addresseeRefiner,
    ]);
    expect(slice(candidates[0]!.addressee?.span)).toBe('Ruiz');
  });
  it('records none for a cue that takes no addressee', () => {
    const { candidates } = run('Ada Lind met Ben Ruiz. "We stay," Lind said.', [
      attributionRefiner,
      speakerRefiner,
      addresseeRefiner,
    ]);
    expect(candidates[0]!.addressee).toBeUndefined();
  });
});

describe('dateRefiner', () => {
  it('dates by the statement day near the cue', () => {
    const { candidates } = run('"We stay," Ada Lind said on Monday.', [attributionRefiner, dateRefiner]);
    expect([candidates[0]!.date, candidates[0]!.dateBasis]).toEqual(['2025-03-03', 'statement']);
  });
  it('ignores a day inside the quote and falls back to the article date', () => {
    const { candidates } = run('"We meet on Monday," Ada Lind said.', [attributionRefiner, dateRefiner]);
    expect([candidates[0]!.date, candidates[0]!.dateBasis]).toEqual([REFERENCE_DATE, 'article']);
  });
});
