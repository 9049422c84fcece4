import { createHash } from 'node:crypto';
import { badUserInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A stable UUID-shaped id derived from a name, so the demo data has the same ids on
 * every machine while real ids stay unguessable in form.
 */
export function deterministicId(name: string): string {
  const hex = createHash('sha256').update(`credence:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isWellFormedId(id: string): boolean {
  return UUID.test(id);
}

/** Rejects malformed ids before they reach a query: a clear BAD_USER_INPUT, not a miss. */
export function requireWellFormedId(id: string, argument = 'id'): string {
  if (!isWellFormedId(id)) throw badUserInput(`"${id}" is not a valid id: expected a lowercase UUID.`, argument);
  return id;
}
