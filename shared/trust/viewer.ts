/**
 * Who is asking. Parsed once at the gateway from the caller's token and forwarded to
 * the subgraphs inside a signed internal credential; no subgraph trusts anything else.
 */
/** `partners` manages partners (register, suspend, reinstate); it is not a read role, so it sees no consumer data. */
export const STAFF_ROLES = ['support', 'disputes', 'compliance', 'engineer', 'partners'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'staff'; staffId: string; role: StaffRole; reason: string | null };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function viewerId(viewer: Viewer): string | null {
  switch (viewer.kind) {
    case 'user':
      return viewer.userId;
    case 'partner':
      return viewer.partnerId;
    case 'staff':
      return viewer.staffId;
    default:
      return null;
  }
}

function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Rebuilds a viewer from untrusted JSON; anything malformed is an error, never a guess. */
export function parseViewer(value: unknown): Viewer {
  const v = value as Record<string, unknown> | null;
  if (v && typeof v === 'object') {
    if (v.kind === 'anonymous') return ANONYMOUS;
    if (v.kind === 'user' && typeof v.userId === 'string') return { kind: 'user', userId: v.userId };
    if (v.kind === 'partner' && typeof v.partnerId === 'string') return { kind: 'partner', partnerId: v.partnerId };
    if (v.kind === 'staff' && typeof v.staffId === 'string' && isStaffRole(v.role)) {
      const reason = typeof v.reason === 'string' && v.reason.trim() !== '' ? v.reason.trim() : null;
      return { kind: 'staff', staffId: v.staffId, role: v.role, reason };
    }
  }
  throw new Error('malformed viewer');
}

/** Staff roles that may read consumers' credit data (each read logged, with its reason). */
export function staffReadRoles(env: NodeJS.ProcessEnv = process.env): StaffRole[] {
  const roles = (env.CREDENCE_STAFF_READ_ROLES ?? 'support,disputes,compliance').split(',').map((role) => role.trim());
  const unknown = roles.filter((role) => !isStaffRole(role));
  if (unknown.length) throw new Error(`CREDENCE_STAFF_READ_ROLES has unknown roles: ${unknown.join(', ')}`);
  return roles as StaffRole[];
}
