import { EntityManager, In, MoreThan } from 'typeorm';
import { Viewer } from '../../../shared/trust/viewer';
import { Verdict } from './access-rules';
import { AccessRequestInput } from './access-log';
import { AccessLogEntry } from '../entities/AccessLogEntry';

const WINDOW_MS = 86_400_000;

export function thresholdChecksPerDay(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CONSENT_THRESHOLD_CHECKS_PER_DAY ?? 3);
  if (!Number.isInteger(value) || value < 1) throw new Error('CONSENT_THRESHOLD_CHECKS_PER_DAY must be a whole number, at least 1.');
  return value;
}

/**
 * A yes/no threshold answer is data minimisation only if a partner cannot ask it
 * with ten different thresholds and read the score off the answers. So a partner
 * may ask about a few distinct thresholds per consumer per day; asking again about
 * one it already asked is free.
 */
export async function limitThresholdProbing(
  manager: EntityManager,
  viewer: Viewer,
  requests: AccessRequestInput[],
  verdicts: Verdict[],
  now: Date,
  limit = thresholdChecksPerDay(),
): Promise<Verdict[]> {
  if (viewer.kind !== 'partner' || !requests.some((r) => r.scope === 'SCORE_THRESHOLD')) return verdicts;
  const earlier = await manager.getRepository(AccessLogEntry).find({
    select: { subjectId: true, detail: true },
    where: {
      viewerId: viewer.partnerId,
      scope: 'SCORE_THRESHOLD',
      decision: 'ALLOWED',
      subjectId: In([...new Set(requests.map((r) => r.subjectId))]),
      occurredAt: MoreThan(new Date(now.getTime() - WINDOW_MS)),
    },
  });
  const asked = new Map<string, Set<string | null>>();
  for (const entry of earlier) asked.set(entry.subjectId, (asked.get(entry.subjectId) ?? new Set()).add(entry.detail));
  return verdicts.map((verdict, i) => {
    const request = requests[i];
    const detail = request.detail ?? null;
    if (!verdict.allowed || request.scope !== 'SCORE_THRESHOLD') return verdict;
    const thresholds = asked.get(request.subjectId) ?? new Set();
    if (!thresholds.has(detail) && thresholds.size >= limit) {
      return {
        allowed: false,
        code: 'FORBIDDEN',
        message: `A partner may check at most ${limit} different thresholds per consumer per day.`,
        consentId: verdict.consentId,
        purpose: verdict.purpose,
      };
    }
    asked.set(request.subjectId, thresholds.add(detail));
    return verdict;
  });
}
