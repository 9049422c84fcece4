import { readFileSync } from 'node:fs';
import { parse, visit } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-registry';
import { SUBGRAPHS } from '../../platform/subgraphs';

/**
 * Tables that name a consumer but are not the consumer's data, each with why: erasure
 * keeps them on purpose. Any other entity with a subject column must be in its
 * subgraph's data-subject contract (subject-data.ts), or this test fails.
 */
const KEPT_APART: Record<string, string> = {
  ErasureRequest: 'the record that the consumer asked to be erased, and when: proof the request was honoured',
  ErasureTask: "the erasure's own outbox, one row per subgraph to reach",
  SubjectLock: 'a lock row that serialises grants and erasure for one subject; it holds nothing else',
};

const SUBJECT_COLUMNS = ['userId', 'subjectId'];

/** Entities whose rows name a subject by a userId/subjectId property. */
function entitiesWithSubjectColumn(entities: unknown[]): string[] {
  const columns = getMetadataArgsStorage().columns;
  return entities
    .filter((entity): entity is Function => typeof entity === 'function')
    .filter((entity) =>
      columns.some((column) => column.target === entity && SUBJECT_COLUMNS.includes(column.propertyName)),
    )
    .map((entity) => entity.name);
}

/** DataExport's fields in a subgraph's schema, but for the key and the users subgraph's envelope. */
function exportFields(schemaFile: string): string[] {
  const fields: string[] = [];
  visit(parse(readFileSync(schemaFile, 'utf8')), {
    ObjectTypeDefinition: (node) => {
      if (node.name.value === 'DataExport') fields.push(...(node.fields ?? []).map((field) => field.name.value));
    },
  });
  return fields.filter((field) => !['subjectId', 'generatedAt', 'format'].includes(field));
}

describe.each(SUBGRAPH_NAMES)("the %s subgraph's data-subject contract", (name) => {
  const { definition, database } = SUBGRAPHS[name];
  const declared = definition.subjectData.map((table) => (table.entity as Function).name);

  test('declares every table that names a consumer (or the table is kept apart for a stated reason)', () => {
    const undeclared = entitiesWithSubjectColumn(database.entities as unknown[]).filter(
      (entity) => !declared.includes(entity) && !KEPT_APART[entity],
    );
    expect(undeclared).toEqual([]);
  });

  test('declares only tables of this subgraph', () => {
    const own = (database.entities as Function[]).map((entity) => entity.name);
    expect(declared.filter((entity) => !own.includes(entity))).toEqual([]);
  });

  test('fills every DataExport field of its schema, and only those', () => {
    const filled = [
      ...new Set(definition.subjectData.flatMap((table) => (table.exportAs ? [table.exportAs.field] : []))),
    ];
    expect(filled.sort()).toEqual(exportFields(definition.schemaFile).sort());
  });
});
