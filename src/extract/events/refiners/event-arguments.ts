import type { EventArgument } from '../../../model/event.js';
import type { Mention } from '../../../model/index.js';
import type { EventInput } from '../event-input.js';

/** The mentions starting inside tokens [from, to), each once, with the token it starts at. */
export function mentionsIn(
  input: EventInput,
  from: number,
  to: number,
): Array<{ mention: Mention; at: number }> {
  const out: Array<{ mention: Mention; at: number }> = [];
  for (let at = from; at < to; at += 1) {
    const mention = input.mentionOfToken[at];
    if (mention && mention !== input.mentionOfToken[at - 1]) out.push({ mention, at });
  }
  return out;
}

/** The argument a mention stands for: its words, entity id and the entity's full name. */
export function argumentOf(input: EventInput, mention: Mention): EventArgument {
  const name =
    input.entities.get(mention.entity)?.name ?? input.text.slice(mention.span.start, mention.span.end);
  return { span: { ...mention.span }, entity: mention.entity, name };
}

/**
 * Entities that are countries: those a nationality word resolves to ("Russian" → Russia). A place that is
 * a country names a party to talks when it modifies the trigger ("Ukraine talks"), not where they are.
 */
export function countryEntities(input: EventInput): ReadonlySet<string> {
  const names = new Set(
    input.mentions.filter((m) => m.kind === 'nationality').map((m) => input.entities.get(m.entity)?.name),
  );
  return new Set(
    input.mentions.filter((m) => names.has(input.entities.get(m.entity)?.name)).map((m) => m.entity),
  );
}
