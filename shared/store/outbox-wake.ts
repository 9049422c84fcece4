import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

type Listener = () => void;
const listeners = new WeakMap<DataSource, Map<unknown, Set<Listener>>>();

function listenersOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): Set<Listener> {
  const byEntity = listeners.get(dataSource) ?? new Map<unknown, Set<Listener>>();
  listeners.set(dataSource, byEntity);
  const own = byEntity.get(entity) ?? new Set<Listener>();
  byEntity.set(entity, own);
  return own;
}

/**
 * Tells this process's pollers of an outbox that rows just committed, so they claim
 * them now rather than at their next poll: the delay between a change and its
 * delivery becomes one claim instead of up to a poll interval. Only a hint: call it
 * after the commit (before, the claim would not see the rows); other replicas, and
 * rows whose writer died before waking anyone, are still found by polling.
 */
export function wakeOutbox(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): void {
  for (const listener of listenersOf(dataSource, entity)) listener();
}

/** Calls `listener` on each wakeOutbox of this outbox; answers how to stop. */
export function onOutboxWake(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  listener: Listener,
): () => void {
  const own = listenersOf(dataSource, entity);
  own.add(listener);
  return () => own.delete(listener);
}
