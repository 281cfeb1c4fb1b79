/**
 * A seeded corpus of news-like articles for the near-duplicate check. Every sentence is built from a
 * template with slots filled from word lists, so two articles share only ordinary news phrasing, never a
 * paragraph. Planted on top: syndicated copies, light SEO rewrites, and same-topic pairs written
 * independently (which must not be linked). Same seed and size, same corpus.
 */
import { seeded } from '../seeded-random.js';

/** One generated article; `key` is its index in the corpus. */
export interface GeneratedArticle {
  key: number;
  title: string;
  paragraphs: string[];
  source: string;
  /** ISO timestamp; the copy of a planted pair is published after its original. */
  published: string;
}

/** A planted pair: `copy` (published later) copies or rewrites `original`, or, for `same-topic`, neither. */
export interface PlantedPair {
  kind: 'syndicated' | 'rewrite' | 'same-topic';
  original: number;
  copy: number;
}

/** The corpus and what was planted in it. */
export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  planted: PlantedPair[];
}

const words = (list: string): string[] => list.trim().split(/\s*\|\s*/);

const FIRST =
  words(`Anna | Boris | Carla | Dmitri | Elena | Farid | Greta | Hassan | Ines | Jonas | Katya | Luis |
  Maren | Nikos | Olga | Pavel | Rosa | Stefan | Tamar | Viktor | Wanda | Yusuf | Zora | Emil | Lena | Marco`);
const LAST =
  words(`Adler | Brandt | Castell | Dorn | Eklund | Farrow | Gallo | Haddad | Ivanic | Jansen | Keller |
  Lund | Moreau | Novak | Orlov | Petrov | Quinn | Rossi | Sandor | Taylor | Ulrich | Varga | Weber | Zeller`);
const ROLES = words(`foreign minister | defence minister | chief negotiator | trade envoy | prime minister |
  deputy mayor | union leader | energy minister | special envoy | spokesperson | finance minister | governor`);
const PLACES = words(`Arlen | Bremford | Castavia | Dunmoor | Eastwick | Fallowmere | Greyhaven | Harrowgate |
  Ironbridge | Juniper Bay | Kestrel Point | Lowmarsh | Millbrook | Northcliff | Oakridge | Pinecrest | Queensferry |
  Redwater | Stonehill | Thornbury | Upton Vale | Westmarch | Yarrow | Zellhof`);
const ORGS =
  words(`the port authority | the water board | the railway union | the grain council | the energy agency |
  the border commission | the fisheries office | the health ministry | the customs service | the river trust |
  the teachers association | the mining company | the shipping federation | the farmers league`);
const EVENTS = words(`ferry tariff deal | water sharing accord | rail strike settlement | grain export pact |
  border crossing agreement | fishing quota treaty | pipeline transit contract | hospital funding plan |
  port lease agreement | wage settlement | prisoner release deal | power grid accord | dam repair plan |
  airport expansion | bridge toll dispute | coal phase-out | school closures | housing levy | bus fare freeze |
  harbour dredging | forest concession | refinery sale | tunnel contract | canal treaty | grain levy`);
const VERBS = words(`agreed | rejected | signed | delayed | proposed | welcomed | criticised | approved |
  questioned | defended | postponed | endorsed | blocked | revised | announced | opposed | amended |
  drafted | vetoed | praised | tabled | withdrew | disputed | accepted | shelved | finalised | leaked | reopened`);
const NOUNS = words(`proposal | draft | timetable | budget | framework | clause | compromise | offer | audit |
  report | deadline | schedule | memorandum | estimate | ruling | review | annex | roadmap | ceasefire |
  tariff | levy | quota | subsidy | loan | inquiry | petition | mandate | waiver | charter | census`);
const ADJS = words(`cautious | firm | detailed | narrow | broad | final | revised | provisional | tentative |
  modest | ambitious | limited | surprise | joint | costly | binding | secret | public | interim |
  vague | generous | rushed | belated | fragile | sweeping | partial`);
const DAYS = words(`Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday`);
const MONTHS = words(`January | February | March | April | May | June | July | August | September | October`);
const OUTLETS = words(`Northern Ledger | Coastal Courier | Valley Gazette | Harbour Times | Capital Observer |
  Evening Dispatch | Daily Meridian | Plains Herald | Lakeside Post | Metro Chronicle | Summit Review |
  Riverside Record | Continental Wire | Frontier Journal | Morning Bulletin | Civic Monitor`);
const SEO_SITES = words(`NewsNow Hub | TopStory Digest | Trending Brief | Quick Reads Daily | Headline Zone`);

/** A sentence is a lead, an action and a tail, each with slots: A actor, R role, P place, O organisation,
 *  E event, V verb, N noun, J adjective, D day, M month, # number. Thousands of combinations, so two
 *  articles share short runs of ordinary phrasing, as real ones do, but seldom a whole sentence frame. */
const LEADS = words(`{A}, the {R}, | Officials in {P} | {O} | The {R} of {P} | Negotiators for {O} |
  A delegation from {P} | {A} | Lawmakers in {P} | Residents of {P} | Two aides to {A} | The office of {A} |
  Critics of the {E} | Supporters of the {E} | {#} delegates | Mediators from {O} | The {R}`);
const ACTIONS = words(`{V} the {J} {N} | said the {E} was close | told reporters the {N} was {J} |
  met {A} to discuss the {N} | warned that the {E} could collapse | asked for a {J} {N} by {M} |
  {V} a {N} worth {#} million | phoned {A} | called the {N} {J} | {V} {A}'s {N} |
  promised a {J} {N} within {#} days | declined to comment on the {N} | published a {N} on the {E} |
  disputed the {J} {N} | flew to {P} | has {V} every {N} since {M} | {V} {#} clauses |
  argued {P} would gain {#} percent | {V} the {E} | wants a {J} {N} | doubts the {N} | {V} a {J} {N} from {O}`);
const TAILS =
  words(`on {D} | late on {D} | after {#} hours of talks | in {P} | according to {O} | aides said |
  before {M} | a statement said | despite {O} | in {P} on {D} | on {D} morning | by {M} | with {A} present`);

const SYNONYMS: Record<string, string> = Object.fromEntries(
  words(`said:stated | talks:negotiations | officials:authorities | reporters:journalists | cost:total |
  agreed:accepted | rejected:refused | signed:concluded | delayed:held up | proposed:put forward | plan:scheme |
  welcomed:praised | criticised:attacked | approved:backed | postponed:put off | blocked:halted | meeting:gathering |
  announced:unveiled | opposed:resisted | proposal:plan | draft:text | budget:spending plan | offer:bid |
  report:study | deadline:cut-off | cautious:careful | firm:strong | detailed:thorough | narrow:slim |
  broad:wide | final:last | modest:small | ambitious:bold | limited:restricted | morning:forenoon |
  warned:cautioned | residents:locals | jobs:positions | percent:per cent | delegates:members | called:described`).map(
    (pair) => pair.split(':') as [string, string],
  ),
);

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** What an article is about: the same topic gives the same people, place and event. */
interface Topic {
  actors: string[];
  place: string;
  org: string;
  event: string;
}

function newTopic(random: Random): Topic {
  const actor = (): string => `${pick(random, FIRST)} ${pick(random, LAST)}`;
  return {
    actors: [actor(), actor(), actor()],
    place: pick(random, PLACES),
    org: pick(random, ORGS),
    event: pick(random, EVENTS),
  };
}

/** One sentence: a template, its slots filled mostly from the topic and sometimes from the general lists. */
function sentence(random: Random, topic: Topic): string {
  const fill: Record<string, () => string> = {
    A: () => (random() < 0.8 ? pick(random, topic.actors) : `${pick(random, FIRST)} ${pick(random, LAST)}`),
    R: () => pick(random, ROLES),
    P: () => (random() < 0.7 ? topic.place : pick(random, PLACES)),
    O: () => (random() < 0.7 ? topic.org : pick(random, ORGS)),
    E: () => topic.event,
    V: () => pick(random, VERBS),
    N: () => pick(random, NOUNS),
    J: () => pick(random, ADJS),
    D: () => pick(random, DAYS),
    M: () => pick(random, MONTHS),
    '#': () => String(2 + Math.floor(random() * 480)),
  };
  const tail = random() < 0.5 ? pick(random, TAILS) : '';
  const frame =
    `${pick(random, LEADS)} ${pick(random, ACTIONS)}${/ said$/.test(tail) ? ',' : ''} ${tail}`.trim();
  const text = frame
    .replace(/\{(.)\}/g, (_, slot: string) => fill[slot]!())
    .replace(/\ba (?=[aeiou])/g, 'an ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function writeArticle(random: Random, key: number, topic: Topic, published: Date): GeneratedArticle {
  const paragraphs = Array.from({ length: 7 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random, topic)).join(' '),
  );
  const title = `${pick(random, topic.actors)} and the ${topic.event} in ${topic.place}: ${pick(random, ADJS)} ${pick(random, NOUNS)}`;
  return { key, title, paragraphs, source: pick(random, OUTLETS), published: published.toISOString() };
}

const HOUR = 3_600_000;
const BASE = Date.parse('2025-01-06T08:00:00Z');

/** Swaps words that have a synonym, each with probability `share`. */
function swapWords(random: Random, text: string, share: number): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const other = SYNONYMS[word.toLowerCase()];
    return other !== undefined && random() < share ? other : word;
  });
}

/** A syndicated copy: new headline, one paragraph dropped, a few words changed, an outlet credit line. */
function syndicate(random: Random, key: number, original: GeneratedArticle): GeneratedArticle {
  const dropped = 1 + Math.floor(random() * 4);
  const paragraphs = original.paragraphs.filter((_, i) => i !== dropped);
  const changed = 1 + Math.floor(random() * (paragraphs.length - 1));
  const [first, ...rest] = paragraphs[changed]!.split(/(?<=\.) /);
  paragraphs[changed] = [swapWords(random, first!, 0.5), ...rest].join(' ');
  const source = pick(
    random,
    OUTLETS.filter((outlet) => outlet !== original.source),
  );
  paragraphs.push(
    `This story was first published by ${original.source} and is republished by ${source} under licence.`,
  );
  const title = `${original.title.split(':')[0]!}, reports say`;
  const published = new Date(Date.parse(original.published) + (1 + random() * 11) * HOUR).toISOString();
  return { key, title, paragraphs, source, published };
}

/** A light SEO rewrite: sentences reordered, synonyms swapped in, keyword-stuffing sentences added. */
function rewrite(random: Random, key: number, original: GeneratedArticle, topic: Topic): GeneratedArticle {
  const sentences = original.paragraphs.flatMap((p) => p.split(/(?<=\.) /));
  for (let i = sentences.length - 1; i > 0; i -= 1) {
    const j = Math.max(0, i - 1 - Math.floor(random() * 3));
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  const swapped = sentences.map((s) => swapWords(random, s, 0.6));
  const keywords = `${topic.event} ${topic.place}`;
  const stuffing = [
    `Everything you need to know about the ${keywords} news, ${keywords} updates and ${topic.actors[0]!}.`,
    `Stay with us for the latest ${keywords} coverage as the ${topic.event} story develops.`,
    `Why does the ${topic.event} matter? Read our ${keywords} explainer below.`,
  ];
  const paragraphs: string[] = [stuffing[0]!];
  for (let i = 0; i < swapped.length; i += 3) paragraphs.push(swapped.slice(i, i + 3).join(' '));
  paragraphs.splice(3, 0, stuffing[1]!);
  paragraphs.push(stuffing[2]!);
  const title = `${topic.event} in ${topic.place}: what ${topic.actors[0]!} said and why it matters`;
  const published = new Date(Date.parse(original.published) + (2 + random() * 46) * HOUR).toISOString();
  return { key, title, paragraphs, source: pick(random, SEO_SITES), published };
}

/** How many of each planted kind for a corpus of `count`: 50, 50 and 20 at 10,000, at least 3 each. */
function plantCounts(count: number): Record<PlantedPair['kind'], number> {
  const scaled = (per10k: number): number => Math.max(3, Math.round((count * per10k) / 10_000));
  return { syndicated: scaled(50), rewrite: scaled(50), 'same-topic': scaled(20) };
}

/**
 * Generates `count` articles (planted copies included), shuffled into ingest order so that about half the
 * copies arrive before their original, and the list of planted pairs.
 */
export function generateNearDuplicateCorpus(count: number, seed = 20250): GeneratedCorpus {
  const random = seeded(seed);
  const plants = plantCounts(count);
  const originals = count - plants.syndicated - plants.rewrite - plants['same-topic'];
  const topics: Topic[] = [];
  const articles: GeneratedArticle[] = [];
  for (let key = 0; key < originals; key += 1) {
    topics.push(newTopic(random));
    articles.push(writeArticle(random, key, topics[key]!, new Date(BASE + random() * 8000 * HOUR)));
  }
  const planted: PlantedPair[] = [];
  const spacing = Math.floor(originals / (count - originals));
  let next = 0;
  for (const kind of ['syndicated', 'rewrite', 'same-topic'] as const) {
    for (let n = 0; n < plants[kind]; n += 1, next += 1) {
      const original = next * spacing + Math.floor(random() * spacing);
      const source = articles[original]!;
      const key = articles.length;
      if (kind === 'syndicated') articles.push(syndicate(random, key, source));
      else if (kind === 'rewrite') articles.push(rewrite(random, key, source, topics[original]!));
      else {
        const later = new Date(Date.parse(source.published) + (0.5 + random() * 20) * HOUR);
        articles.push(writeArticle(seeded(seed + key), key, topics[original]!, later));
      }
      planted.push({ kind, original, copy: key });
    }
  }
  for (let i = articles.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [articles[i], articles[j]] = [articles[j]!, articles[i]!];
  }
  return { articles, planted };
}
