import { DataSource } from 'typeorm';
import { PageRequest } from '../../../shared/store/pagination';
import { UserProfile } from '../entities/UserProfile';

/** One page of users, newest first, plus the total: two queries whatever the page size. */
export async function pageOfUsers(dataSource: DataSource, page: PageRequest) {
  const query = dataSource
    .getRepository(UserProfile)
    .createQueryBuilder('user')
    .orderBy('user.createdAt', 'DESC')
    .addOrderBy('user.id', 'DESC')
    .take(page.first + 1);
  if (page.after) {
    query.where('(user.createdAt < :at OR (user.createdAt = :at AND user.id < :id))', {
      at: new Date(page.after.sortKey),
      id: page.after.id,
    });
  }
  const [rows, totalCount] = await Promise.all([query.getMany(), dataSource.getRepository(UserProfile).count()]);
  return { rows, totalCount };
}
