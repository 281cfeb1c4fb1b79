import { describe, expect, it } from 'vitest';
import { eventsOf } from './event-test-kit.js';

describe('not events', () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: 'a condition', text: 'If talks were held in Oslo, both sides would send envoys.' },
    { name: 'a conditional "would"', text: 'The rebels would hold talks only if the shelling stopped.' },
    { name: 'any future summit', text: 'Any future summit must include the smaller states.' },
    { name: 'a modal after the trigger', text: 'A meeting could take place in the spring.' },
    { name: 'a modal before a verb trigger', text: 'The two leaders could meet in Vienna.' },
    { name: 'a call for talks', text: 'The bishop renewed calls for talks between the parties.' },
    { name: 'negated verb', text: 'The ministers did not meet in Geneva on Monday.' },
    { name: 'negated cue', text: 'The talks were not held on Monday.' },
    { name: 'no talks', text: 'There were no talks in Geneva last week.' },
    { name: 'a topic', text: 'Analysts debated the future of peace talks at length.' },
    { name: 'the peace process', text: 'The peace process has stalled for months.' },
    { name: 'an abstract deal', text: 'A deal remains the goal of both governments.' },
    { name: 'a heading', text: 'Security Talks in Focus\n\nThe weather was cold.' },
    {
      name: 'a table row with no sentence in it',
      text: '| Key Point | Talks in Geneva |\n\nThe weather was cold.',
    },
    { name: 'a verb after a noun, tagged as a verb', text: 'Officials kept meeting in secret.' },
    { name: 'a question', text: 'Will the summit in Rome be held in June?' },
    { name: 'a press conference', text: 'The minister held a press conference on Friday.' },
    { name: 'a call for restraint', text: 'The envoy issued a call for restraint on Monday.' },
    { name: 'plans without a peace modifier', text: 'The city announced plans for a new bridge.' },
    { name: 'a verb of talking', text: 'Russia talks about peace while its army advances.' },
    { name: 'no status cue at all', text: 'The peace talks are a matter of national pride.' },
  ];
  it.each(cases)('$name', ({ text }) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it('an "upcoming" for one trigger does not date the neighbouring one', () => {
    const events = eventsOf('This meeting set the stage for an upcoming summit in Rome.');
    expect(events.map((e) => e.kind)).toEqual(['summit']);
  });

  it('a definite event without place does not borrow the place of an event of another status', () => {
    const events = eventsOf(
      'The first round of talks was held in March. The second round of talks will take place in Tallinn.',
    );
    expect(events[0]?.place).toBeNull();
  });

  it('a length of time ("two days of meetings") neither dates an event nor makes it planned', () => {
    const events = eventsOf('The envoys met in Riga after two days of meetings with the mediators.');
    expect(events.every((e) => e.date === null && e.status !== 'planned')).toBe(true);
  });

  it('an event after which nothing is still to come stays held', () => {
    const events = eventsOf('The summit in Riga took place on Monday, and ministers left after the summit.');
    expect(events.map((e) => e.status)).toContain('held');
    expect(events.map((e) => e.status)).not.toContain('planned');
  });
});
