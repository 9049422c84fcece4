import { createHash, randomFillSync } from 'node:crypto';
import { badUserInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A stable UUID-shaped id derived from a name, so the demo data has the same ids on
 * every machine while real ids stay unguessable in form.
 */
export function deterministicId(name: string): string {
  return uuidOf(createHash('sha256').update(`credence:${name}`).digest('hex'), '4');
}

/** The first 32 hex digits as a UUID of this version and the RFC 9562 variant (the digits where those go are replaced). */
function uuidOf(hex: string, version: string): string {
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isWellFormedId(id: string): boolean {
  return UUID.test(id);
}

/** Rejects malformed ids before they reach a query: a clear BAD_USER_INPUT, not a miss. */
export function requireWellFormedId(id: string, argument = 'id'): string {
  if (!isWellFormedId(id)) throw badUserInput(`"${id}" is not a valid id: expected a lowercase UUID.`, argument);
  return id;
}

/** Random bytes drawn in blocks: one call to the system's generator for 512 ids, not one each. */
const pool = Buffer.alloc(4096);
let pooled = pool.length;
let lastMs = -1;
let sequence = 0;

/**
 * A new random id that sorts after every id this process made before it: a UUID of
 * version 7 (RFC 9562), the time in milliseconds, then a 12-bit sequence within that
 * millisecond (on overflow the time moves on one), then 62 random bits. A table keyed
 * by such ids takes each new row at the end of its primary key index, not on a random
 * page of it: a furnishing file's records each cost the database less (issue 17). The
 * id tells when it was made, as its row does anyway.
 */
export function timeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  if (pooled + 8 > pool.length) {
    randomFillSync(pool);
    pooled = 0;
  }
  const random = pool.toString('hex', pooled, pooled + 8);
  pooled += 8;
  const time = lastMs.toString(16).padStart(12, '0');
  return uuidOf(`${time}0${sequence.toString(16).padStart(3, '0')}${random}`, '7');
}
