import { partnerIdCodec } from '../../../shared/trust/partner-ids';

/**
 * The one place where the subject id a furnisher sends becomes Credence's own id for the
 * consumer: the furnisher's partner-scoped id (partner-ids.ts), in a call or a file line.
 * Returns the internal id of each given id this partner was given; another partner's id,
 * an internal id or noise is simply absent (decoded all the same, the same work), and is
 * then refused like a consumer who never consented.
 */
export function resolveSubjectIds(partnerId: string, givenIds: readonly string[]): Map<string, string> {
  const internal = partnerIdCodec().decodeAll(partnerId, givenIds);
  return new Map(givenIds.flatMap((given, i) => (internal[i] ? [[given, internal[i]] as const] : [])));
}
