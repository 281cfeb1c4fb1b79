import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { PACK_JSON_SCHEMA_PATH, packJsonSchema } from './pack-json-schema.js';

const schemaFile = join(fileURLToPath(new URL('../..', import.meta.url)), PACK_JSON_SCHEMA_PATH);

async function generated(): Promise<string> {
  const options = (await resolveConfig(schemaFile)) ?? {};
  return format(JSON.stringify(packJsonSchema()), { ...options, parser: 'json' });
}

describe('docs/story-pack.schema.json', () => {
  it('is generated from the zod schema and current', async () => {
    const expected = await generated();
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(schemaFile, expected);
    let committed = '';
    try {
      committed = readFileSync(schemaFile, 'utf8');
    } catch {
      // reported below as stale
    }
    expect(committed, `${PACK_JSON_SCHEMA_PATH} is stale: run UPDATE_SCHEMA=1 npx vitest run src/packs`).toBe(
      expected,
    );
  });

  it('rejects unknown keys and requires the fields of the model', () => {
    const schema = packJsonSchema() as { additionalProperties?: boolean; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schema', 'id', 'title', 'issues', 'actors', 'anchors']);
  });
});
