/**
 * Holidays of US news with a fixed rule, as `[month, weekday, nth]` (the nth such weekday of the month,
 * weekday 0 = Sunday) or `[month, day]`. Movable feasts computed from the moon (Easter) are left out.
 */
export const HOLIDAYS: Readonly<
  Record<string, readonly [number, number] | readonly [number, number, number]>
> = {
  thanksgiving: [11, 4, 4],
  'thanksgiving day': [11, 4, 4],
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  'the fourth of july': [7, 4],
  halloween: [10, 31],
  // the Tuesday after the first Monday of November: the first Tuesday from the 2nd
  'election day': [11, 2, 0],
};
