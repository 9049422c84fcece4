import { DataSource } from 'typeorm';
import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { Connection, PageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import { UserProfile } from '../entities/UserProfile';
import type { UsersContext } from '../loaders';

/** One page of users, newest first, plus the total: two queries whatever the page size. */
export const pageOfUsers = (dataSource: DataSource, page: PageRequest) =>
  connectionOfQuery(dataSource.getRepository(UserProfile).createQueryBuilder('user'), page, { property: 'createdAt' });

/**
 * A page of whole profiles staff read (a list, a search): each consumer on it is logged in their
 * access log before it is answered, and its rows answer their fields without another query.
 */
export async function loggedProfilePage(
  { viewer, consentGate, loaders }: UsersContext,
  field: 'Query.users' | 'Query.findConsumers',
  page: Connection<UserProfile>,
): Promise<Connection<UserProfile>> {
  const rows = page.edges.map(({ node }) => node);
  await loggedStaffRead(
    viewer,
    consentGate,
    field,
    rows,
    rows.map((user) => user.id),
  );
  rows.forEach((row) => loaders.userById.prime(row.id, row));
  return page;
}
