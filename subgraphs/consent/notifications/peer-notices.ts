import { DataSource, EntityManager, In } from 'typeorm';
import { forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { ErasureRequest } from '../entities/ErasureRequest';
import { Notification } from '../entities/Notification';
import { addFeedLines, Notice } from '../feed/feed-lines';
import { withSubjectLocked, withSubjectsLocked } from '../subject-lock';

/** Only the subgraph that owns an event may tell a consumer's feed of it; the gateway never forwards these fields. */
export function requireNoticeSender(caller: string, sender: string, what: string): void {
  if (caller !== sender) throw forbidden(`Only the ${sender} subgraph records ${what}.`);
}

/**
 * Adds another subgraph's notice to its consumer's feed, once per notice whatever its
 * outbox retries (the notice id is the source key, looked up under the lock before
 * anything is written); `alsoOnce` writes what else the notice causes (a partner's
 * webhook, say) in the same transaction, once too. A notice that arrives after the
 * consumer deleted their account is dropped: there is no feed to add it to. The check
 * and the writes hold the subject's lock, as erasure does, so an erasure either deletes
 * this line with the rest of the feed or is seen here.
 */
export async function recordPeerNotice(
  dataSource: DataSource,
  noticeId: string,
  line: Omit<Notice, 'sourceKey'> & { sourcePrefix: string },
  alsoOnce?: (manager: EntityManager) => Promise<void>,
): Promise<void> {
  const subjectId = requireWellFormedId(line.subjectId, 'subjectId');
  const { sourcePrefix, ...rest } = line;
  const sourceKey = `${sourcePrefix}:${requireWellFormedId(noticeId)}`;
  await withSubjectLocked(dataSource, subjectId, async (manager) => {
    if (await manager.getRepository(ErasureRequest).existsBy({ subjectId })) return;
    if (await manager.getRepository(Notification).existsBy({ sourceKey })) return;
    await addFeedLines(manager, [{ ...rest, subjectId, sourceKey }]);
    await alsoOnce?.(manager);
  });
}

/**
 * Adds other subgraphs' notices to their consumers' feeds, a batch in one transaction
 * whatever its size: once per notice (the insert ignores a source key already in the
 * feed), and none for a consumer who deleted their account. The check and the insert
 * hold the subjects' locks, as erasure does, so an erasure either deletes these lines
 * with the rest of the feed or is seen here.
 */
export async function recordLiveSubjectsFeedLines(dataSource: DataSource, lines: Notice[]): Promise<void> {
  if (!lines.length) return;
  const subjectIds = lines.map((line) => requireWellFormedId(line.subjectId, 'subjectId'));
  await withSubjectsLocked(dataSource, subjectIds, async (manager) => {
    const erased = new Set(
      (await manager.getRepository(ErasureRequest).findBy({ subjectId: In(subjectIds) })).map((r) => r.subjectId),
    );
    await addFeedLines(
      manager,
      lines.filter((line) => !erased.has(line.subjectId)),
    );
  });
}
