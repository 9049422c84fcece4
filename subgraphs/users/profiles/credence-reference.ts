import { createHmac } from 'node:crypto';
import { badUserInput } from '../../../shared/errors';
import { internalSecret } from '../../../shared/trust/secrets';

/** Crockford's base32: no I, L, O or U, so a reference read out on the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE = /^CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A consumer's Credence reference, `CR-XXXX-XXXX`: what they quote to support, who find them by
 * it. Derived from their id with a keyed hash (40 bits), so it is the same at every derivation
 * but cannot be computed, nor the id recovered, without Credence's internal secret. `attempt`
 * derives another when one is taken (about once in a million pairs at a million consumers).
 */
export function credenceReference(userId: string, attempt = 0, secret = internalSecret()): string {
  const mac = createHmac('sha256', secret).update(`credence-reference:${attempt}:${userId}`).digest();
  let bits = 0;
  let carried = 0;
  let symbols = '';
  for (const byte of mac) {
    carried = (carried << 8) | byte;
    bits += 8;
    while (bits >= 5 && symbols.length < 8) {
      bits -= 5;
      symbols += ALPHABET[(carried >> bits) & 31];
    }
    carried &= (1 << bits) - 1;
    if (symbols.length === 8) break;
  }
  return `CR-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** References for many new consumers at once, each unlike the others and unlike those `taken`. */
export function distinctReferences(userIds: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return userIds.map((id) => {
    let attempt = 0;
    let reference = credenceReference(id);
    while (used.has(reference)) reference = credenceReference(id, (attempt += 1));
    used.add(reference);
    return reference;
  });
}

/**
 * A reference as a consumer may say or type it: any case, spaces or dashes anywhere, the
 * `CR` prefix optional, O read as 0 and I or L as 1 (Crockford). Anything else is BAD_USER_INPUT.
 */
export function parseCredenceReference(text: string): string {
  const symbols = text.toUpperCase().replace(/[\s-]/g, '').replace(/^CR/, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const reference = `CR-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
  if (symbols.length !== 8 || !REFERENCE.test(reference))
    throw badUserInput('A Credence reference looks like CR-7K3M-Q9TD.', 'reference');
  return reference;
}
