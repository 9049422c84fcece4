/**
 * The one place where the subject id a partner sends becomes Credence's own id for the
 * consumer. Partners are given Credence's internal ids today, so this is the identity;
 * pairwise ids per partner (issue 19) replace it here and nowhere else. Returns the
 * internal id of each given id it can resolve; an id it cannot is simply absent, and
 * is then refused like a consumer who never consented.
 */
export async function resolveSubjectIds(partnerId: string, givenIds: readonly string[]): Promise<Map<string, string>> {
  void partnerId; // pairwise ids are resolved per partner
  return new Map(givenIds.map((id) => [id, id]));
}
