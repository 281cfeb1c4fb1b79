import { wordSet } from '../../segment/lexicon/word-set.js';

/**
 * Words that put the nearest weekday in the future: "will meet on Friday", "is due to", "plans to",
 * "is expected to". wink's tags carry no tense, so tense is read from these word forms.
 */
export const FUTURE_MARKERS = wordSet(`
  will 'll shall wo plans plan planned scheduled expected intends intend hopes hope aims
  upcoming next coming tomorrow
`);

/**
 * Words that mark the future only before "to" ("is due to meet", "is set to sign", "is going to"): "set
 * Friday as the deadline" and "due to the strike" are not future. "next to" (beside) is not either.
 */
export const FUTURE_BEFORE_TO = wordSet(`due set going`);

/** Future markers that mean something else before "to": "next to the embassy". */
export const NOT_FUTURE_BEFORE_TO = wordSet(`next`);

/** Irregular past forms common in news; regular ones are recognised by their `-ed` ending. */
export const PAST_FORMS = wordSet(`
  was were had did said told met held made took gave began saw left spoke sent won lost fell rose came went
  got put ran brought bought thought found kept led paid sold struck wrote stood broke chose drew flew
  fought grew hit hung knew laid quit rang sat shot shut slept spent spun split spread stole stuck swore
  swept swung taught tore threw understood woke wore withdrew arrived ago yesterday
`);

/** Regular past forms that are not verbs of the clause ("need", "speed") are excluded by POS tag. */
export const PAST_SUFFIX = 'ed';
