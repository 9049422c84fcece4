import { EntityManager, EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import { plain } from '../trust/data-export';
import { groupBy } from '../group-by';

/** Where a table's rows go in the consumer's export (GraphQL `DataExport.<field>`). */
export interface ExportPlace {
  field: string;
  /** several tables in one field (credit-history's `creditHistory`): the key of this one */
  part?: string;
  /** the subject has at most one row: the field is that row (or what `present` makes of none) */
  one?: boolean;
}

/**
 * One table that holds rows about a data subject, declared beside the subgraph that
 * owns it: how the export shows it and how erasure removes it. A subgraph's list of
 * them is its data-subject contract; its DataExport fields and its erasure are derived
 * from the list (subgraph-server.ts), so a new table is exported and erased once listed.
 */
export interface SubjectTable<TRow extends ObjectLiteral, TContext> {
  entity: EntityTarget<TRow>;
  /**
   * the property naming the subject; absent for rows that name subjects only inside
   * their content (a furnishing file's lines): such a table must say how to `erase`, and
   * is never exported
   */
  subjectColumn?: keyof TRow & string;
  /** absent: Credence's working data, erased but never exported */
  exportAs?: ExportPlace;
  order?: FindOptionsOrder<TRow>;
  /** storage-only properties the export leaves out */
  omit?: (keyof TRow & string)[];
  /** a row as the export shows it, where dropping `omit` is not enough (a status read from its dates, a sentence) */
  present?: (row: TRow, context: TContext) => unknown;
  /** for `one`: what the field says when the subject has no row (default null) */
  none?: () => unknown;
  /** default: the rows are deleted; otherwise e.g. kept without the subject (pseudonymised) */
  erase?: (manager: EntityManager, subjectId: string, pseudonym: string) => Promise<unknown>;
}

/** A declared table, its row type forgotten so that one list can hold every table of a subgraph. */
export type AnySubjectTable<TContext> = SubjectTable<ObjectLiteral, TContext>;

/** Declares a table with its row type checked; see SubjectTable. */
export const subjectTable = <TRow extends ObjectLiteral, TContext = unknown>(
  table: SubjectTable<TRow, TContext>,
): AnySubjectTable<TContext> => table as unknown as AnySubjectTable<TContext>;

function subjectColumnOf<TContext>(table: AnySubjectTable<TContext>): string {
  if (!table.subjectColumn)
    throw new Error('A table without a subject column is erased by its own erase, never exported.');
  return table.subjectColumn;
}

async function exportTable<TContext>(
  table: AnySubjectTable<TContext>,
  manager: EntityManager,
  subjectId: string,
  context: TContext,
) {
  const rows = await manager
    .getRepository(table.entity)
    .find({ where: { [subjectColumnOf(table)]: subjectId }, order: table.order });
  const present = (row: ObjectLiteral) => (table.present ? table.present(row, context) : plain(row, table.omit ?? []));
  if (table.exportAs?.one) return rows.length ? present(rows[0]) : (table.none?.() ?? null);
  return Promise.all(rows.map(present));
}

/** The DataExport fields a contract fills: one resolver per field, each reading its tables. */
export function exportFieldResolvers<TContext extends { database: { dataSource: { manager: EntityManager } } }>(
  tables: AnySubjectTable<TContext>[],
) {
  const fields = groupBy(
    tables.filter((table) => table.exportAs),
    (table) => table.exportAs!.field,
  );
  return Object.fromEntries(
    [...fields].map(([field, inField]) => [
      field,
      async ({ subjectId }: { subjectId: string }, _args: unknown, context: TContext) => {
        const manager = context.database.dataSource.manager;
        if (inField.length === 1 && !inField[0].exportAs?.part)
          return exportTable(inField[0], manager, subjectId, context);
        const parts = await Promise.all(
          inField.map(
            async (table) => [table.exportAs?.part, await exportTable(table, manager, subjectId, context)] as const,
          ),
        );
        return Object.fromEntries(parts);
      },
    ]),
  );
}

/** Erases the subject's rows in the contract's order (children before parents), inside the caller's transaction. */
export async function eraseSubjectData<TContext>(
  manager: EntityManager,
  tables: AnySubjectTable<TContext>[],
  subjectId: string,
  pseudonym: string,
): Promise<void> {
  for (const table of tables) {
    if (table.erase) await table.erase(manager, subjectId, pseudonym);
    else await manager.getRepository(table.entity).delete({ [subjectColumnOf(table)]: subjectId });
  }
}
