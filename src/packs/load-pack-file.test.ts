import { describe, expect, it } from 'vitest';
import { isParleyError } from '../model/errors.js';
import { loadPackFile, parsePackText } from './load-pack-file.js';

const dir = 'test/fixtures/packs';

function lineOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isParleyError(error)) return error.toLine().replace(` (${error.hint ?? ''})`, '');
    throw error;
  }
  throw new Error('expected a ParleyError');
}

describe('loadPackFile', () => {
  it('loads the same pack from YAML and from JSON', () => {
    const yaml = loadPackFile(`${dir}/minimal.yaml`);
    const json = loadPackFile(`${dir}/minimal.json`);
    expect(json).toEqual(yaml);
    expect(yaml.actors[0]?.roles[0]).toEqual({
      title: 'Harbour Master',
      of: 'Port Vell',
      from: '2019',
      to: '2024-06',
    });
  });

  it('reads plain YAML scalars as strings, so a bare year is a date', () => {
    const text = 'schema: parley.pack/1\nid: x\ntitle: 1999\nissues: []\nactors: []\nanchors: []\n';
    expect(parsePackText(text, 'yaml', 'inline.yaml').title).toBe('1999');
  });

  it.each([
    [
      'bad-date.yaml',
      `bad-date.yaml:13: E_INPUT_FORMAT actors[0].roles[0].from: "2025-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    ],
    [
      'not-leap-year.yaml',
      `not-leap-year.yaml:9: E_INPUT_FORMAT anchors[0].date: "2023-02-29" is not a date with a month (YYYY-MM or YYYY-MM-DD)`,
    ],
    ['unknown-key.yaml', `unknown-key.yaml:8: E_INPUT_FORMAT issues[0].weight: is not a field of the format`],
    [
      'duplicate-id.yaml',
      `duplicate-id.yaml:8: E_INPUT_FORMAT issues[1].id: issue id "fishing-rights" is already used by issues[0]`,
    ],
    [
      'shared-alias.yaml',
      `shared-alias.yaml:14: E_INPUT_FORMAT actors[1].aliases[1]: "north" is also a name of actors[0] ("ada-north")`,
    ],
    [
      'role-backwards.yaml',
      `role-backwards.yaml:11: E_INPUT_FORMAT actors[0].roles[0].to: "2024-05" is before from "2024-06-01"`,
    ],
    [
      'anchor-ends-early.yaml',
      `anchor-ends-early.yaml:10: E_INPUT_FORMAT anchors[0].end: "2023-05-02" is before date "2023-05-04"`,
    ],
    ['empty-cues.yaml', `empty-cues.yaml:10: E_INPUT_FORMAT anchors[0].cues: needs at least one cue`],
    ['missing-name.yaml', `missing-name.yaml:6: E_INPUT_FORMAT actors[0].name: is required (string)`],
    [
      'bad-id.yaml',
      `bad-id.yaml:5: E_INPUT_FORMAT issues[0].id: "Fishing_Rights" is not an id (lower-case letters and digits, joined by single dashes)`,
    ],
    [
      'wrong-schema.yaml',
      `wrong-schema.yaml:2: E_INPUT_FORMAT schema: expected "parley.pack/1", got "parley.pack/2"`,
    ],
    [
      'bad-kind.json',
      `bad-kind.json:7: E_INPUT_FORMAT actors[0].kind: expected "person" or "organisation" or "place", got "people"`,
    ],
    [
      'bad-syntax.json',
      `bad-syntax.json:5: E_INPUT_FORMAT JSON syntax: Expected ',' or '}' after property value in JSON`,
    ],
    ['notes.txt', `notes.txt: E_INPUT_FORMAT a story pack is a .json, .yaml or .yml file, not ".txt"`],
    ['no-such-pack.yaml', `no-such-pack.yaml: E_INPUT_NOT_FOUND no such pack file`],
  ])('reports %s on one line with file, line and field', (name, expected) => {
    expect(lineOf(() => loadPackFile(`${dir}/${name}`))).toBe(`${dir}/${expected}`);
  });

  it('reports a YAML syntax error at its line', () => {
    expect(lineOf(() => loadPackFile(`${dir}/bad-syntax.yaml`))).toBe(
      `${dir}/bad-syntax.yaml:5: E_INPUT_FORMAT YAML syntax: Block collections are not allowed within flow collections`,
    );
    expect(lineOf(() => parsePackText('id: a\nid: b\n', 'yaml', 'twice.yaml'))).toBe(
      'twice.yaml:2: E_INPUT_FORMAT YAML syntax: Map keys must be unique',
    );
  });

  it('counts the other problems in the hint', () => {
    const text = 'schema: parley.pack/1\nid: X\ntitle: ""\nissues: []\nactors: []\nanchors: []\n';
    try {
      parsePackText(text, 'yaml', 'inline.yaml');
      expect.unreachable();
    } catch (error) {
      expect(isParleyError(error, 'E_INPUT_FORMAT') && error.hint).toBe(
        '1 more problem after this one; see docs/story-packs.md for the format',
      );
    }
  });

  it('says so when the file is empty', () => {
    expect(lineOf(() => parsePackText('# nothing yet\n', 'yaml', 'empty.yaml'))).toBe(
      'empty.yaml: E_INPUT_EMPTY the pack file is empty',
    );
  });

  it('rejects a document that is not an object', () => {
    expect(lineOf(() => parsePackText('- a\n- b\n', 'yaml', 'list.yaml'))).toBe(
      'list.yaml:1: E_INPUT_FORMAT (pack): expected object, got a list',
    );
  });
});
