import { z } from 'zod';
import type { StoryPack } from '../model/pack.js';
import { DATE_FORMATS, isMonthOrDayDate, isPackDate } from './pack-dates.js';
import { checkPack } from './pack-checks.js';

/**
 * The zod schema of a story pack (`parley.pack/1`). It is the single source of the format's rules: the
 * loader validates with it, docs/story-pack.schema.json is generated from it, and a type-level check below
 * keeps it equal to `StoryPack` in src/model/pack.ts. Unknown keys are errors, so a typo never passes
 * silently as a field that does nothing.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string()
  .regex(ID_PATTERN, { error: 'is not an id (lower-case letters and digits, joined by single dashes)' })
  .describe('Lower-case letters and digits joined by single dashes: `ukraine-peace-talks`.');

const text = z.string().trim().min(1, { error: 'must not be empty' });

const notADate = (issue: { input: unknown }): string =>
  `${quote(issue.input)} is not a date (${DATE_FORMATS})`;

const packDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: notADate })
  .refine(isPackDate, { error: notADate })
  .describe(`A real calendar date: ${DATE_FORMATS}.`);

const notAMonthDate = (issue: { input: unknown }): string =>
  `${quote(issue.input)} is not a date with a month (YYYY-MM or YYYY-MM-DD)`;

const anchorDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: notAMonthDate })
  .refine(isMonthOrDayDate, { error: notAMonthDate })
  .describe('A real calendar date with at least a month: YYYY-MM or YYYY-MM-DD.');

const cue = z
  .string()
  .regex(/[\p{L}\p{N}]/u, { error: 'must contain a word' })
  .describe('Words that must appear in this order within one sentence, at most six words apart.');

const cues = z.array(cue).min(1, { error: 'needs at least one cue' });

export const packIssueSchema = z.strictObject({ id, label: text, cues }).describe('One issue of the story.');

export const packRoleSchema = z
  .strictObject({
    title: text.describe('The title as written: "Foreign Minister", "special envoy", "son-in-law".'),
    of: text
      .nullable()
      .describe('What the role is of: a country, an organisation, or a person for a relation; null if none.'),
    from: packDate.optional().describe('First day of the role; open when absent.'),
    to: packDate.optional().describe('Last day of the role; open (still held) when absent.'),
  })
  .describe('A role held over a period.');

export const packActorSchema = z
  .strictObject({
    id,
    kind: z.enum(['person', 'organisation', 'place']),
    name: text.describe('The canonical name: "Volodymyr Zelensky".'),
    aliases: z.array(text).describe('Other spellings and short names; no two actors may share one.'),
    roles: z.array(packRoleSchema),
  })
  .describe('A known actor with its spellings and roles over time.');

export const packAnchorSchema = z
  .strictObject({
    id,
    label: text,
    date: anchorDate,
    end: anchorDate.optional().describe('Last day, for an event over several days.'),
    cues,
  })
  .describe('An event with a known date that relative dates can hang on.');

export const packSourceNoteSchema = z
  .strictObject({ name: text, domain: text.optional(), note: text })
  .describe('A note about a source, shown beside its articles.');

export const storyPackSchema = z
  .strictObject({
    schema: z.literal('parley.pack/1'),
    id,
    title: text,
    description: text.optional(),
    issues: z.array(packIssueSchema),
    actors: z.array(packActorSchema),
    anchors: z.array(packAnchorSchema),
    sources: z.array(packSourceNoteSchema).optional(),
  })
  .superRefine(checkPack)
  .meta({
    title: 'Parley story pack',
    description: 'What Parley knows about one story beforehand (docs/story-packs.md).',
  });

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

// The schema and the model type must not drift: this line stops compiling when they differ.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesModel: Equal<z.output<typeof storyPackSchema>, StoryPack> = true;
void schemaMatchesModel;
