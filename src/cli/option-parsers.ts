import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Parses a size such as `500kb`, `10mb` or `1048576` for `--max-bytes`. */
export function parseBytes(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new InvalidArgumentError('expected a size such as 500kb or 10mb');
  }
  return Math.floor(Number(match[1]) * unit);
}

/** Parses a positive whole number of milliseconds for `--timeout`. */
export function parseMilliseconds(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) {
    throw new InvalidArgumentError('expected a positive number of milliseconds');
  }
  return Number(value);
}

/** Parses a positive page size for `--limit`. */
export function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0 || Number(value) > 10_000) {
    throw new InvalidArgumentError('expected a whole number between 1 and 10000');
  }
  return Number(value);
}

/** A calendar day `YYYY-MM-DD` that exists. */
export function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  }
  return value;
}
