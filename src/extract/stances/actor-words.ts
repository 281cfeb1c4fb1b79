import { loadCountries } from '../entities/lexicon/countries.js';
import type { DocEntity, Mention } from '../../model/index.js';
import type { EventArgument } from '../../model/event.js';
import type { StanceInput } from './stance-input.js';

let countryNames: ReadonlySet<string> | null = null;

/** Whether a name is a country's preferred name ("Russia", "United Kingdom"), read once. */
export function isCountryName(name: string): boolean {
  countryNames ??= new Set(loadCountries().map((country) => country.name));
  return countryNames.has(name);
}

/** The entity a mention belongs to. */
export function entityOf(input: StanceInput, id: string | null | undefined): DocEntity | undefined {
  return id ? input.entities.find((entity) => entity.id === id) : undefined;
}

/**
 * The entities that can hold a position: persons; places that are countries (a nationality mention stands
 * for its country), not cities or continents; organisations named at least once inside a sentence or
 * known to the pack (a capitalised sentence opener such as "Negotiations" is no organisation).
 */
export function stanceHolders(
  entities: readonly DocEntity[],
  mentions: readonly Mention[],
  sentenceStarts: ReadonlySet<number>,
): Set<string> {
  const inside = new Set(mentions.filter((m) => !sentenceStarts.has(m.span.start)).map((m) => m.entity));
  const holders = new Set<string>();
  for (const entity of entities) {
    if (entity.kind === 'person') holders.add(entity.id);
    else if (entity.kind === 'place' && isCountryName(entity.name)) holders.add(entity.id);
    else if (entity.kind === 'organisation' && (entity.packActor || inside.has(entity.id)))
      holders.add(entity.id);
  }
  return holders;
}

/** Whether an entity of the document can hold a position (see `stanceHolders`). */
export function canHoldStance(input: StanceInput, entity: DocEntity | undefined): entity is DocEntity {
  return entity !== undefined && input.holders.has(entity.id);
}

/** The actor argument for a mention: the words as written, the entity, its full name. */
export function argumentOf(input: StanceInput, mention: Mention): EventArgument | null {
  const entity = entityOf(input, mention.entity);
  if (!canHoldStance(input, entity)) return null;
  return { span: { ...mention.span }, entity: entity.id, name: entity.name };
}

/**
 * The country an official speaks for: the first role of the person whose `of` is a country, with the role's
 * evidence as span. Null for other actors or when no role names a country.
 */
export function countryOf(input: StanceInput, actor: EventArgument): EventArgument | null {
  const entity = entityOf(input, actor.entity);
  if (entity?.kind !== 'person') return null;
  const role = entity.roles.find((r) => r.of !== null && isCountryName(r.of) && !r.relation);
  if (!role?.of) return null;
  const country = input.entities.find((e) => e.kind === 'place' && e.name === role.of);
  return { span: { ...role.evidence }, entity: country?.id ?? null, name: role.of };
}

/** The nearest mention before token `from` (exclusive) down to `floor`, passing the test; with its first token. */
export function mentionBefore(
  input: StanceInput,
  from: number,
  floor: number,
  test: (entity: DocEntity) => boolean,
  after: (end: number) => boolean = () => true,
): { mention: Mention; start: number } | null {
  for (let at = from - 1; at >= floor; at -= 1) {
    const mention = input.mentionOfToken[at];
    const entity = entityOf(input, mention?.entity);
    if (!mention || !canHoldStance(input, entity) || !test(entity) || !after(at + 1)) continue;
    let start = at;
    while (start > floor && input.mentionOfToken[start - 1] === mention) start -= 1;
    return { mention, start };
  }
  return null;
}
