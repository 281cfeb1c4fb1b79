import { wordSet } from '../../segment/lexicon/word-set.js';

/**
 * Words that put the nearest weekday in the future: "will meet on Friday", "is due to", "plans to",
 * "is expected to". wink's tags carry no tense, so tense is read from these word forms.
 */
export const FUTURE_MARKERS = wordSet(`
  will 'll shall wo going due plans plan planned scheduled expected set intends intend hopes hope aims
  upcoming next coming tomorrow
`);

/** Irregular past forms common in news; regular ones are recognised by their `-ed` ending. */
export const PAST_FORMS = wordSet(`
  was were had did said told met held made took gave began saw left spoke sent won lost fell rose came went
  got put ran brought bought thought found kept led paid sold struck wrote stood broke chose drew flew
  fought grew hit hung knew laid quit rang sat shot shut slept spent spun split spread stole stuck swore
  swept swung taught tore threw understood woke wore withdrew arrived ago yesterday
`);

/** Regular past forms that are not verbs of the clause ("need", "speed") are excluded by POS tag. */
export const PAST_SUFFIX = 'ed';
