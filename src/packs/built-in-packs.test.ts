import { describe, expect, it } from 'vitest';
import { nameKey } from './pack-checks.js';
import { isPackDate } from './pack-dates.js';
import { listBuiltInPacks, resolvePack } from './resolve-pack.js';

const ISSUE_IDS = [
  'territorial-concessions',
  'security-guarantees',
  'nato-membership',
  'peacekeepers',
  'ceasefire',
  'sanctions',
  'military-aid',
  'us-peace-plan',
  'resources-deal',
  'elections-and-legitimacy',
  'prisoner-exchange',
  'frozen-assets',
];

describe('built-in packs', () => {
  it.each(listBuiltInPacks())('%s loads, validates and is named after its file', (name) => {
    expect(resolvePack(name).id).toBe(name);
  });

  const pack = resolvePack('ukraine-peace-talks');

  it('has exactly the issue ids of the design, each with a dozen cues', () => {
    expect(pack.issues.map((issue) => issue.id)).toEqual(ISSUE_IDS);
    for (const issue of pack.issues) expect(issue.cues.length).toBeGreaterThanOrEqual(12);
  });

  it('knows the main actors, their spellings and their roles over time', () => {
    const byId = new Map(pack.actors.map((actor) => [actor.id, actor]));
    expect(pack.actors.filter((actor) => actor.kind === 'person').length).toBeGreaterThanOrEqual(40);
    expect(byId.get('volodymyr-zelensky')?.aliases).toEqual(
      expect.arrayContaining(['Zelenskyy', 'Zelenskiy']),
    );
    expect(byId.get('donald-trump')?.roles).toEqual([
      { title: 'President', of: 'United States', from: '2017-01-20', to: '2021-01-20' },
      { title: 'President', of: 'United States', from: '2025-01-20' },
    ]);
    expect(byId.get('jared-kushner')?.roles[0]).toEqual({ title: 'son-in-law', of: 'Donald Trump' });
    expect(byId.get('friedrich-merz')?.roles).toEqual([
      { title: 'Chancellor', of: 'Germany', from: '2025-05-06' },
    ]);
  });

  it('dates its anchors', () => {
    const dates = Object.fromEntries(pack.anchors.map((anchor) => [anchor.id, anchor.date]));
    expect(dates).toMatchObject({
      'full-scale-invasion': '2022-02-24',
      'alaska-summit': '2025-08-15',
      'oval-office-meeting': '2025-02-28',
      'geneva-talks': '2025-11-23',
    });
    for (const anchor of pack.anchors) expect(isPackDate(anchor.date)).toBe(true);
  });

  it('names every role holder "of" something the reader can resolve', () => {
    const names = new Set(pack.actors.flatMap((actor) => [actor.name, ...actor.aliases].map(nameKey)));
    const unknown = pack.actors
      .flatMap((actor) => actor.roles.map((role) => role.of))
      .filter((of): of is string => of !== null && !names.has(nameKey(of)));
    // Countries and regions not listed as actors are fine; the pack lists the ones the talks are about.
    expect(unknown).not.toContain('United States');
    expect(unknown).not.toContain('Russia');
    expect(unknown).not.toContain('Ukraine');
  });
});
