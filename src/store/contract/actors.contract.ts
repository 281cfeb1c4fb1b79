import { describe, expect, it } from 'vitest';
import type { ActorChange, ActorRecord } from '../../model/index.js';
import type { ContractContext } from '../store.contract.js';
import { TEST_TEXTS, makeTestDocument } from '../test-documents.js';

/** Actor resolution state: actors with their keys, links from document entities, atomic and idempotent. */
export function describeActorsContract(context: ContractContext): void {
  describe('actors', () => {
    const envoy: ActorRecord = {
      id: 'act_a',
      kind: 'person',
      name: 'Anna Berg',
      packActor: null,
      keys: ['person:berg'],
    };

    it('reads back only the actors answering to the asked keys, with every key', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocument(doc);
      const other: ActorRecord = {
        id: 'act_b',
        kind: 'place',
        name: 'Riga',
        packActor: null,
        keys: ['place:riga'],
      };
      await context.store.updateActors([], () => ({
        actors: [envoy, other],
        links: [{ docId: doc.id, entityId: 'e1', actorId: 'act_a' }],
      }));
      let seen: ActorRecord[] = [];
      await context.store.updateActors(['person:berg', 'person:nobody'], (known) => {
        seen = known;
        return { actors: [{ ...envoy, keys: ['person:berg', 'pack:anna-berg'] }], links: [] };
      });
      expect(seen).toEqual([envoy]);
      expect(await context.store.listActors()).toEqual([
        { ...envoy, keys: ['pack:anna-berg', 'person:berg'] },
        other,
      ]);
      expect(await context.store.listActorLinks([doc.id])).toEqual([
        { docId: doc.id, entityId: 'e1', actorId: 'act_a' },
      ]);
    });

    it('keeps the first link of an entity when a step is run twice', async () => {
      const doc = makeTestDocument(TEST_TEXTS.energy);
      await context.store.putDocument(doc);
      const second: ActorRecord = { ...envoy, id: 'act_c' };
      const change = (actorId: string): ActorChange => ({
        actors: [actorId === 'act_a' ? envoy : second],
        links: [{ docId: doc.id, entityId: 'e1', actorId }],
      });
      await context.store.updateActors([], () => change('act_a'));
      await context.store.updateActors([], () => change('act_c'));
      expect(await context.store.listActorLinks()).toEqual([
        { docId: doc.id, entityId: 'e1', actorId: 'act_a' },
      ]);
    });

    it('writes nothing when the resolver throws', async () => {
      await expect(
        context.store.updateActors([], () => {
          throw new Error('resolver failed');
        }),
      ).rejects.toThrow(/resolver failed/);
      expect(await context.store.listActors()).toEqual([]);
    });

    it('rejects a link to a document that is not stored, and keeps none of that step', async () => {
      await expect(
        context.store.updateActors([], () => ({
          actors: [envoy],
          links: [{ docId: 'doc_missing', entityId: 'e1', actorId: 'act_a' }],
        })),
      ).rejects.toThrow();
      expect(await context.store.listActors()).toEqual([]);
    });
  });
}
