import { Column } from 'typeorm';
import type { ScoreBand } from '../../../scorecard';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

/** What every kept score records (the stored score in force, each history entry): an entity extends this. */
export abstract class ScoreFigures {
  @Column({ type: 'integer' })
  value: number;

  @EnumColumn()
  band: ScoreBand;

  @Column({ name: 'probability_of_default', type: 'double precision' })
  probabilityOfDefault: number;

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  /** sha-256 of the inputs: a new history entry only when they (or the model) change */
  @Column({ name: 'inputs_digest', type: 'varchar', length: 64 })
  inputsDigest: string;

  /** when a score with these inputs and this model was first computed */
  @TimestampColumn({ name: 'computed_at' })
  computedAt: Date;
}
