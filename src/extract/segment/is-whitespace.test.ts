import { describe, expect, it } from 'vitest';
import { isWhitespace } from './is-whitespace.js';

describe('isWhitespace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhitespace(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
