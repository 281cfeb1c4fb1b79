import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParleyError } from '../model/errors.js';
import { BUILT_IN_PACKS_DIR, listBuiltInPacks, resolvePack } from './resolve-pack.js';

describe('resolvePack', () => {
  it('finds the built-in packs at the repository root', () => {
    expect(existsSync(join(BUILT_IN_PACKS_DIR, 'ukraine-peace-talks.yaml'))).toBe(true);
    expect(listBuiltInPacks()).toContain('ukraine-peace-talks');
  });

  it('loads a built-in pack by name', () => {
    expect(resolvePack('ukraine-peace-talks').id).toBe('ukraine-peace-talks');
  });

  it.each([
    'test/fixtures/packs/minimal.yaml',
    'test/fixtures/packs/minimal.json',
    './test/fixtures/packs/minimal.yaml',
  ])('loads a pack by path: %s', (path) => {
    expect(resolvePack(path).id).toBe('harbour-dispute');
  });

  it('lists the built-in packs when the name is unknown', () => {
    try {
      resolvePack('harbour-talks');
      expect.unreachable();
    } catch (error) {
      expect(isParleyError(error, 'E_INPUT_NOT_FOUND')).toBe(true);
      expect((error as Error).message).toBe(
        `no built-in story pack "harbour-talks" (built-in: ${listBuiltInPacks().join(', ')})`,
      );
      expect((error as Error).message).toContain('ukraine-peace-talks');
    }
  });

  it('treats a name with a pack extension as a path', () => {
    expect(() => resolvePack('ukraine-peace-talks.yaml')).toThrow('no such pack file');
  });
});
