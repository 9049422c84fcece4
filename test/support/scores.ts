import { ScoringCharacteristics } from '../../shared/data/german-credit';
import { ScoringInputsAnnouncement } from '../../shared/scoring/scoring-inputs-change';
import { SubgraphDatabase } from '../../shared/store/database';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { recomputeScores, RecomputeOptions } from '../../subgraphs/scores/current/recompute-scores';
import { VersionedInputs } from '../../subgraphs/scores/current/scoring-inputs';

/**
 * Stand-in owners of the scorecard inputs for a scores store tested alone: what each
 * consumer's inputs are now, at which versions, and every batch they were asked for.
 */
export class FakeInputOwners {
  readonly held = new Map<string, VersionedInputs>();
  readonly asked: string[][] = [];

  set(
    userId: string,
    characteristics: ScoringCharacteristics,
    creditInputsVersion = 1,
    profileInputsVersion = 1,
  ): void {
    this.held.set(userId, { characteristics, creditInputsVersion, profileInputsVersion });
  }

  readonly fetchInputs = async (_: SubgraphUrls, userIds: readonly string[]) => {
    this.asked.push([...userIds]);
    return new Map(userIds.map((id) => [id, this.held.get(id) ?? null]));
  };

  /** Announces the consumers' inputs as changed (at the versions held) to the scores store, as the outboxes would. */
  recompute(database: SubgraphDatabase, userIds: string[], options: RecomputeOptions = {}) {
    const changes: ScoringInputsAnnouncement[] = userIds.map((subjectId) => ({
      subjectId,
      source: 'CREDIT_FILE',
      version: this.held.get(subjectId)?.creditInputsVersion ?? 0,
    }));
    return recomputeScores(database, {} as SubgraphUrls, changes, { fetchInputs: this.fetchInputs, ...options });
  }
}
