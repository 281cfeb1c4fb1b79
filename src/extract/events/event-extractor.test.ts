import { describe, expect, it } from 'vitest';
import { eventsOf } from './event-test-kit.js';

describe('trigger families', () => {
  const cases: Array<{ text: string; trigger: string; kind: string; status: string }> = [
    {
      text: 'Envoys from both sides held talks in Doha on Monday.',
      trigger: 'talks',
      kind: 'talks',
      status: 'held',
    },
    {
      text: 'Leaders will gather for a summit in Rome next month.',
      trigger: 'summit',
      kind: 'summit',
      status: 'planned',
    },
    {
      text: 'The donor conference was postponed until the autumn.',
      trigger: 'conference',
      kind: 'conference',
      status: 'postponed',
    },
    { text: 'The two ministers met in Vienna on Tuesday.', trigger: 'met', kind: 'meeting', status: 'held' },
    {
      text: 'The presidents held a phone call on Sunday evening.',
      trigger: 'phone call',
      kind: 'call',
      status: 'held',
    },
    { text: 'The chancellor visited Warsaw last week.', trigger: 'visited', kind: 'visit', status: 'held' },
    {
      text: 'The two governments signed a peace agreement in Lusaka.',
      trigger: 'agreement',
      kind: 'agreement',
      status: 'held',
    },
    {
      text: 'A truce was announced by both armies on Friday.',
      trigger: 'truce',
      kind: 'ceasefire',
      status: 'announced',
    },
    {
      text: 'The sides carried out a prisoner exchange at the border.',
      trigger: 'prisoner exchange',
      kind: 'prisoner-exchange',
      status: 'held',
    },
    {
      text: 'The ministry issued an announcement of talks in Doha.',
      trigger: 'announcement',
      kind: 'announcement',
      status: 'announced',
    },
  ];
  it.each(cases)('$kind: "$trigger"', ({ text, trigger, kind, status }) => {
    const event = eventsOf(text).find((e) => e.trigger === trigger);
    expect(event).toMatchObject({ kind, status });
    expect(text.slice(event!.triggerSpan.start, event!.triggerSpan.end)).toBe(trigger);
  });
});

describe('noun phrases the tagger misreads', () => {
  it('reads "their prior meeting" as a held meeting although the tagger calls "meeting" a verb', () => {
    const found = eventsOf('The premier rebuked the envoy during their prior meeting.');
    expect(found.map((e) => [e.trigger, e.kind, e.status])).toEqual([['meeting', 'meeting', 'held']]);
  });
});

describe('status cues', () => {
  const cases: Array<{ text: string; status: string; cue: string | null }> = [
    { text: 'The foreign ministers are set to meet in Ankara.', status: 'planned', cue: 'set to' },
    { text: 'The governor announced talks with the rebel council.', status: 'announced', cue: 'announced' },
    { text: 'Negotiators held talks in Oslo for three days.', status: 'held', cue: 'held' },
    { text: 'The summit in Lima was delayed by a week.', status: 'postponed', cue: 'delayed' },
    { text: 'Organisers called off the summit in Lima.', status: 'cancelled', cue: 'called off' },
    { text: 'The upcoming summit in Lima will focus on trade.', status: 'planned', cue: 'upcoming' },
    {
      text: 'A summit that the mayor had planned to host in Lima next month was called off on Friday.',
      status: 'cancelled',
      cue: 'called off',
    },
    {
      text: 'The meeting of the council after the video call with the mayor will review the plan.',
      status: 'planned',
      cue: 'will',
    },
    {
      text: 'The talks that were announced in March were postponed again.',
      status: 'postponed',
      cue: 'postponed',
    },
  ];
  it.each(cases)('$status: $text', ({ text, status, cue }) => {
    expect(eventsOf(text)[0]).toMatchObject({ status, cue });
  });

  it('a date that starts at the end of a long clause still dates the event', () => {
    const text =
      'Foreign Minister Anders Holm met Russian envoy Pavel Orlov and Ukrainian envoy Olena Marchuk in Oslo on March 2, 2025.';
    expect(eventsOf(text)[0]).toMatchObject({ status: 'held', date: '2025-03-02' });
  });

  it('a held event is not dated after the article: the weekday was resolved the wrong way', () => {
    const [event] = eventsOf('The envoys met in Riga on May 19, 2025.');
    expect(event).toMatchObject({ status: 'held', date: null });
    expect(eventsOf('The envoys met in Riga on May 2, 2025.')[0]).toMatchObject({ date: '2025-05-02' });
  });

  it('a date after the reference date with no cue makes the event planned', () => {
    expect(eventsOf('Talks in Geneva on June 3, 2025 are the main item.')[0]).toMatchObject({
      status: 'planned',
      date: '2025-06-03',
    });
  });
});

describe('rounds, places, participants, hosts, outcomes', () => {
  it('keeps the first and the second round apart', () => {
    const events = eventsOf(
      'The first round of talks was held in Riga in March. The second round of talks will take place in Tallinn.',
    );
    expect(events.map((e) => [e.round, e.status, e.place])).toEqual([
      [1, 'held', 'Riga'],
      [2, 'planned', 'Tallinn'],
    ]);
  });

  it('reads the host after "hosted by" and the place after "in"', () => {
    const [event] = eventsOf('The summit in Nairobi was hosted by President William Ruto on Saturday.');
    expect(event).toMatchObject({ place: 'Nairobi', host: 'William Ruto' });
  });

  it('reads the host before "received"', () => {
    const event = eventsOf(
      'Chancellor Olaf Scholz received Prime Minister Mark Rutte in Berlin for talks.',
    ).find((e) => e.kind === 'talks');
    expect(event).toMatchObject({ host: 'Olaf Scholz', place: 'Berlin' });
  });

  it('reads a place that modifies the trigger', () => {
    expect(eventsOf('During the Vienna summit, the leaders spoke for hours.')[0]).toMatchObject({
      place: 'Vienna',
      status: 'held',
    });
  });

  it('names people as participants', () => {
    const [event] = eventsOf('Angela Merkel met Emmanuel Macron in Paris on Friday.');
    expect(event?.participants).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron']));
  });

  it('reads a stated outcome', () => {
    expect(eventsOf('The talks in Cairo ended without a deal on Sunday.')[0]).toMatchObject({
      outcome: 'ended without a deal',
      status: 'held',
    });
  });
});
