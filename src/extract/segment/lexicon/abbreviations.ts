import { wordSet } from './word-set.js';

/*
 * Abbreviations that end in a full stop, as news text writes them. Language data only: the abbreviation
 * refiner reads these sets, so a missing abbreviation is fixed here, never in code. Two kinds, because
 * they behave differently at a sentence boundary: a title or label is always followed by a name or a
 * number, so it never ends a sentence; any other abbreviation can end one.
 */

/**
 * Titles, ranks and labels written before a name or a number ("Gen. Smith", "No. 10", "Lt. Col. Vindman").
 * They never end a sentence, so a boundary after one is always wrong.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  Mr. Mrs. Ms. Mx. Messrs. Mmes. Mme. Mlle. Dr. Drs. Prof. Rev. Fr. Msgr. Hon. Rt. Pres. Gov. Sen. Sens.
  Rep. Reps. Amb. Sec. Gen. Gens. Lt. Col. Maj. Capt. Cmdr. Cdr. Adm. Brig. Sgt. Cpl. Pvt. Pte. Supt.
  Insp. Det. Atty. Lt.-Gen. Maj.-Gen. Lt.-Col. Gov.-Gen. Sgt.-Maj. St. Mt. Ft. No. Nos. Art. Fig. Vol.
  Para. Ch. Sect. Ph. vs. Vs. v.
`);

/**
 * Abbreviations that may end a sentence: months, weekdays, times, company suffixes, Latin and street
 * forms. A boundary after one stands only when the next sentence opens with a capitalised function word.
 */
export const ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
  Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.
  a.m. p.m. etc. e.g. i.e. cf. al. approx. ca. c. est. viz. ibid.
  Inc. Corp. Co. Ltd. Bros. Assn. Dept. Univ. Govt. Min. Jr. Sr. Esq.
  Ave. Av. Blvd. Rd. Sq. Pl.
`);

/**
 * Dotted initialisms ("U.S.", "U.K.", "E.U.", "Ph.D.") and single initials ("John F. Kennedy"), matched
 * by shape rather than listed, since any few letters can form one. They may end a sentence.
 */
export const DOTTED_INITIALISM = /^(?:\p{L}\.){1,5}$/u;
