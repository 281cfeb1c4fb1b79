import { describe, expect, it } from 'vitest';
import { timesOf } from './times-of.js';

describe('timeExtractor: hostile input', () => {
  it('survives 100k characters of digits and month names, with every span inside the text', () => {
    const words = [
      '2025',
      'May',
      '12',
      'March',
      '1999',
      '3:00',
      'Friday',
      '2,500',
      '19901990',
      'Q3',
      'recently',
    ];
    let text = '';
    for (let i = 0; text.length < 100_000; i += 1)
      text += words[(i * 7) % words.length] + (i % 13 === 0 ? '. ' : ' ');
    const started = performance.now();
    const times = timesOf(text);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(times.length).toBeGreaterThan(100);
    for (const time of times) {
      expect(time.span.start).toBeLessThan(time.span.end);
      expect(time.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
