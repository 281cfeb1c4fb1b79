import type { Command } from 'commander';
import { recordDecision } from '../../decisions/record-decision.js';
import type { DecisionInput } from '../../decisions/make-decision.js';
import { ParleyError } from '../../model/index.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, resolveDb } from '../cli-context.js';

interface DecideFlags {
  db?: string;
  reason?: string;
  author?: string;
  json?: boolean;
  alias?: string;
  doc?: string[];
}

type Build = (
  args: string[],
  flags: DecideFlags,
  store: Store,
) => Promise<Omit<DecisionInput, 'author' | 'reason'>>;

/** Each `parley decide` subcommand: its arguments, what it does, an example, and how it makes the input. */
const KINDS: Array<{ name: string; args: string; about: string; example: string; build: Build }> = [
  {
    name: 'merge-actors',
    args: '<keep> <other>',
    about: 'make two actors one (ids or exact names); the first keeps its id and name',
    example: 'parley decide merge-actors "United States" Washington --reason "the US government"',
    build: async ([keep = '', other = ''], _flags, store) => {
      const [a, b] = [await actorId(store, keep), await actorId(store, other)];
      return { kind: 'merge-actors', target: `actors:${a}+${b}`, value: { keep: a } };
    },
  },
  {
    name: 'split-actor',
    args: '<actor>',
    about: 'take the entities named --alias (or in --doc articles) off an actor into one of their own',
    example: 'parley decide split-actor "Vladimir Putin" --alias "Putin aide"',
    build: async ([actor = ''], flags, store) => ({
      kind: 'split-actor',
      target: `actor:${await actorId(store, actor)}`,
      value: {
        ...(flags.alias ? { alias: flags.alias } : {}),
        ...(flags.doc?.length ? { docs: flags.doc } : {}),
      },
    }),
  },
  {
    name: 'set-date',
    args: '<event> <day>',
    about: "set an event's date (YYYY-MM-DD); the event id is from `parley events --json`",
    example: 'parley decide set-date ev-doc_1a2b3c4d5e6f7a8b-0 2025-05-16',
    build: async ([event = '', date = '']) => ({ kind: 'set-date', target: event, value: { date } }),
  },
  {
    name: 'reject',
    args: '<target>',
    about:
      'drop a false fact from every report (the export keeps it, marked rejected); an actors: pair keeps two actors apart',
    example: 'parley decide reject quote:doc_1a2b3c4d5e6f7a8b:1204 --reason "misattributed"',
    build: async ([target = '']) => ({ kind: 'reject', target, value: null }),
  },
  {
    name: 'confirm',
    args: '<target>',
    about: 'mark a fact (event:, stance: or quote:) confirmed',
    example: 'parley decide confirm ev-doc_1a2b3c4d5e6f7a8b-0',
    build: async ([target = '']) => ({ kind: 'confirm', target, value: null }),
  },
  {
    name: 'set-stance',
    args: '<stance> <position>',
    about: "set a stance report's position (support, oppose, conditional, neutral); stance:<doc>:<start>",
    example: 'parley decide set-stance stance:doc_1a2b3c4d5e6f7a8b:880 oppose',
    build: async ([stance = '', position = '']) => ({
      kind: 'set-stance',
      target: stance.startsWith('stance:') ? stance : `stance:${stance}`,
      value: { position },
    }),
  },
  {
    name: 'set-speaker',
    args: '<quote> <actor>',
    about:
      "set a quote's speaker to an actor (id or exact name); the quote id is from `parley quotes --json`",
    example: 'parley decide set-speaker doc_1a2b3c4d5e6f7a8b:1204 "Dmitry Peskov"',
    build: async ([quote = '', actor = ''], _flags, store) => {
      const id = await actorId(store, actor);
      const name = (await store.listActors()).find((a) => a.id === id)?.name;
      return {
        kind: 'set-speaker',
        target: quote.startsWith('quote:') ? quote : `quote:${quote}`,
        value: { speaker: id, ...(name ? { name } : {}) },
      };
    },
  },
];

/** `parley decide <kind> …`: records one analyst decision, applied after inference on every read. */
export function registerDecide(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const decide = program
    .command('decide')
    .description('correct the record: merge or split actors, fix a date, reject or confirm a fact')
    .addHelpText(
      'after',
      `\nExamples:\n${KINDS.map((k) => `  ${k.example}`).join('\n')}\n\n` +
        'Decisions are stored, never overwritten by inference, and survive re-ingest; see `parley decisions`.',
    );
  for (const kind of KINDS) {
    decide
      .command(kind.name)
      .description(kind.about)
      .arguments(kind.args)
      .option('--reason <text>', 'why (kept with the decision)')
      .option('--author <name>', 'who decides (default: $USER)')
      .option('--db <file>', 'database file or postgres:// url (default: $PARLEY_DB or ./parley.db)')
      .option('--json', 'print the stored decision as JSON')
      .option('--alias <text>', 'split-actor: the name whose entities leave the actor')
      .option('--doc <id...>', 'split-actor: the articles whose entities leave the actor')
      .addHelpText('after', `\nExample:\n  ${kind.example}`)
      .action(async (...params: unknown[]) => {
        const args = params.slice(0, kind.args.split(' ').length) as string[];
        const flags = params[args.length] as DecideFlags;
        const store = await openStore(resolveDb(flags.db, io.env));
        try {
          const input = await kind.build(args, flags, store);
          const author = flags.author ?? io.env.USER ?? '';
          const decision = await recordDecision(
            store,
            { ...input, author, reason: flags.reason ?? null },
            io.now(),
          );
          io.out(
            flags.json
              ? `${JSON.stringify(decision, null, 2)}\n`
              : `decided ${decision.id}: ${decision.kind} ${decision.target}\n`,
          );
          setExit(EXIT.ok);
        } finally {
          await store.close();
        }
      });
  }
}

/** An actor id from an id or an exact (case-insensitive) name; E_USAGE when none or several fit. */
async function actorId(store: Store, given: string): Promise<string> {
  const actors = await store.listActors();
  if (actors.some((actor) => actor.id === given)) return given;
  const named = actors.filter((actor) => actor.name.toLowerCase() === given.toLowerCase());
  if (named.length === 1) return named[0]!.id;
  throw new ParleyError(
    'E_USAGE',
    named.length === 0 ? `no actor "${given}" in this store` : `${named.length} actors are named "${given}"`,
    { hint: 'give an actor id from `parley who --json`' },
  );
}
