import { randomUUID } from 'node:crypto';
import { creditHistorySubgraph } from '../../subgraphs/credit-history/subgraph';
import { usersSubgraph } from '../../subgraphs/users/subgraph';
import { ScoringInputsChange } from '../../shared/scoring/scoring-inputs-change';
import { dropSubgraphSchema, openSubgraphDatabase } from '../../shared/store/database';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { testSchemaPrefix } from '../support/store';

const pgUrl = process.env.DATABASE_URL;

/** The store's migrations up to the one that versions scoring inputs, which is what the test upgrades across. */
const beforeScoringInputs = (module: SubgraphModule<unknown>) =>
  module.database.migrations.slice(
    0,
    module.database.migrations.findIndex((migration) => migration.name.startsWith('ScoringInputsOutbox')),
  );

/** A consumer's row as the owner's store held it before scoring inputs were versioned. */
const OLDER_ROWS: [SubgraphModule<unknown>, string][] = [
  [
    creditHistorySubgraph as SubgraphModule<unknown>,
    `INSERT INTO credit_file (user_id, checking_status, savings_status, credit_history, existing_credits, other_installment_plans, other_debtors, updated_at)
     VALUES ($1, 'NO_ACCOUNT', 'BELOW_100', 'PAST_DELAYS', 1, 'NONE', 'NONE', now())`,
  ],
  [
    usersSubgraph as SubgraphModule<unknown>,
    `INSERT INTO user_profile (id, display_name, email, phone, created_at, opted_in_at, employment_since, residence_years, property, housing, job, dependents, has_telephone)
     VALUES ($1, 'Ada', 'ada@example.com', NULL, now(), NULL, 'BELOW_1_YEAR', 2, 'NONE_KNOWN', 'RENT', 'SKILLED', 1, false)`,
  ],
];

describe.each(OLDER_ROWS.map(([module, insert]) => [module.name, module, insert] as const))(
  'upgrading the %s store',
  (_, module, insert) => {
    (pgUrl ? test : test.skip)(
      'announces every consumer already on file once, at version 1, so scores computes the score it now stores',
      async () => {
        const schemaPrefix = testSchemaPrefix();
        const older = await openSubgraphDatabase(
          { kind: 'postgres', url: pgUrl!, schemaPrefix },
          { ...module.database, entities: [], migrations: beforeScoringInputs(module) },
        );
        const userId = randomUUID();
        try {
          await older.dataSource.query(insert, [userId]);
        } finally {
          await older.dataSource.destroy();
        }
        const current = await openSubgraphDatabase({ kind: 'postgres', url: pgUrl!, schemaPrefix }, module.database);
        try {
          const changes = await current.dataSource.getRepository(ScoringInputsChange).findBy({ userId });
          expect(changes).toEqual([
            expect.objectContaining({ inputsVersion: 1, status: 'PENDING', attempts: 0, claimToken: null }),
          ]);
          expect(changes[0].nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
        } finally {
          await dropSubgraphSchema(current);
          await current.dataSource.destroy();
        }
      },
    );
  },
);
