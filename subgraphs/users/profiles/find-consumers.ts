import { DataSource } from 'typeorm';
import { normalizeEmail } from '../../../shared/email';
import { badUserInput } from '../../../shared/errors';
import { PageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import { UserProfile } from '../entities/UserProfile';
import { parseCredenceReference } from './credence-reference';

export interface ConsumerSearch {
  email?: string | null;
  name?: string | null;
  reference?: string | null;
}

const MAX_NAME = 120;
/** LIKE's wildcards, and its escape character, taken literally in what support typed */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * findConsumers: the consumers matching every criterion given, newest first, in two queries
 * whatever the page (the e-mail and the reference are indexed; a name is a scan of display names).
 */
export function findConsumers(dataSource: DataSource, search: ConsumerSearch, page: PageRequest) {
  const query = dataSource.getRepository(UserProfile).createQueryBuilder('user');
  const email = search.email?.trim();
  const name = search.name?.trim();
  const reference = search.reference?.trim();
  if (!email && !name && !reference)
    throw badUserInput('Give an e-mail, a name or a Credence reference to look for.', 'email');
  if (email) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 254)
      throw badUserInput('"email" is not an e-mail address.', 'email');
    query.andWhere('user.email = :email', { email: normalizeEmail(email) });
  }
  if (name) {
    if (name.length < 2 || name.length > MAX_NAME)
      throw badUserInput(`"name" must be 2 to ${MAX_NAME} characters.`, 'name');
    name
      .toLowerCase()
      .split(/\s+/)
      .forEach((word, index) =>
        query.andWhere(`LOWER(user.displayName) LIKE :word${index} ESCAPE '\\'`, {
          [`word${index}`]: `%${likeLiteral(word)}%`,
        }),
      );
  }
  if (reference) query.andWhere('user.reference = :reference', { reference: parseCredenceReference(reference) });
  return connectionOfQuery(query, page, { property: 'createdAt' });
}
