import { InvalidArgumentError } from 'commander';

/** The interval a feed gets when none is given: five minutes. */
export const DEFAULT_INTERVAL_SECONDS = 300;

/** Parses `--interval`: a whole number of seconds from 10 to one week (politeness has a floor). */
export function parseIntervalSeconds(value: string): number {
  const seconds = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || seconds < 10 || seconds > 7 * 24 * 3600) {
    throw new InvalidArgumentError('expected a whole number of seconds from 10 to 604800 (one week)');
  }
  return seconds;
}

/** Parses `--host-delay`: whole seconds, 0 (no spacing, for a server of your own) to one hour. */
export function parseHostDelaySeconds(value: string): number {
  const seconds = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || seconds > 3600) {
    throw new InvalidArgumentError('expected a whole number of seconds from 0 to 3600');
  }
  return seconds;
}
