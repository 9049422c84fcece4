import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from '../errors';
import { AccountStanding, requireLiveAccount } from './account-standing';
import { STAFF_ROLES, StaffRole, staffReadRoles, Viewer } from './viewer';

export const VIEWER_DIRECTIVE = 'requiresViewer';

const KINDS = { CONSUMER: 'user', PARTNER: 'partner', STAFF: 'staff' } as const;
const READ_ROLES = 'READ_ROLES';

/** A field's viewer rule, as its @requiresViewer declares it. */
export interface ViewerRule {
  kinds: Viewer['kind'][];
  /** null: any staff role; READ_ROLES is read from the environment when asked, as elsewhere */
  roles: (StaffRole | typeof READ_ROLES)[] | null;
  reason: boolean;
  self: boolean;
  /** a consumer's or partner's token must name a live account: one lookup per request, whatever asks */
  live: boolean;
  refusal: string;
  signIn?: string;
}

/** The directive's arguments, checked when the schema is built: a misspelt kind or role stops the start. */
export function viewerRuleOf(args: Record<string, unknown>, coordinate: string): ViewerRule {
  const kinds = (args.kinds as string[]).map((kind) => {
    if (!(kind in KINDS))
      throw new Error(`${coordinate}: @requiresViewer kind ${kind} is not one of ${Object.keys(KINDS).join(', ')}.`);
    return KINDS[kind as keyof typeof KINDS];
  });
  const roles = (args.roles as string[] | undefined) ?? null;
  for (const role of roles ?? []) {
    if (role !== READ_ROLES && !(STAFF_ROLES as readonly string[]).includes(role))
      throw new Error(`${coordinate}: @requiresViewer role ${role} is unknown.`);
  }
  if (roles && !kinds.includes('staff')) throw new Error(`${coordinate}: @requiresViewer names roles but not STAFF.`);
  return {
    kinds,
    roles: roles as ViewerRule['roles'],
    reason: args.reason === true,
    self: args.self === true,
    live: args.live === true,
    refusal: args.refusal as string,
    signIn: args.signIn as string | undefined,
  };
}

/** The subject of the field's parent: a User's own id, or the userId any other type carries. */
const subjectOf = (source: Record<string, unknown> | null, typeName: string) =>
  typeName === 'User' ? source?.id : source?.userId;

/** Applies a rule to a viewer; throws the coded refusal the rule declares. */
export function enforceViewerRule(rule: ViewerRule, viewer: Viewer, subjectId?: unknown): void {
  if (viewer.kind === 'anonymous') throw unauthenticated(rule.signIn);
  if (!rule.kinds.includes(viewer.kind)) throw forbidden(rule.refusal);
  if (viewer.kind === 'user' && rule.self && viewer.userId !== subjectId) throw forbidden(rule.refusal);
  if (viewer.kind === 'staff') {
    const roles = rule.roles?.flatMap((role) => (role === READ_ROLES ? staffReadRoles() : [role]));
    if (roles && !roles.includes(viewer.role)) throw forbidden(rule.refusal);
    if (rule.reason && !viewer.reason) throw forbidden('Staff must state a reason (x-access-reason header) for this.');
  }
}

/**
 * The one place viewer rules are enforced: every field marked @requiresViewer checks
 * its viewer before its resolver (and any consent check) runs, so resolvers hold no
 * access checks of their own.
 */
export function viewerDirectiveTransformer(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const directive = getDirective(schema, field, VIEWER_DIRECTIVE)?.[0];
      if (!directive) return field;
      const rule = viewerRuleOf(directive, `${typeName}.${fieldName}`);
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args, context: { viewer: Viewer; accountStanding: AccountStanding }, info) => {
          enforceViewerRule(
            rule,
            context.viewer,
            rule.self ? subjectOf(source as Record<string, unknown>, typeName) : undefined,
          );
          const { kind } = context.viewer;
          if (!rule.live || (kind !== 'user' && kind !== 'partner')) return resolve(source, args, context, info);
          // Nothing is read or written for a token that names no live account.
          return requireLiveAccount(context.accountStanding).then(() => resolve(source, args, context, info));
        },
      };
    },
  });
}

/** The signed-in viewer's own id, for a field whose @requiresViewer admits only that kind. */
export function viewerIdOf(viewer: Viewer, kind: 'user'): string;
export function viewerIdOf(viewer: Viewer, kind: 'partner'): string;
export function viewerIdOf(viewer: Viewer, kind: 'staff'): string;
export function viewerIdOf(viewer: Viewer, kind: 'user' | 'partner' | 'staff'): string {
  // Unreachable behind the directive; a field that forgot it fails closed.
  if (viewer.kind !== kind) throw forbidden('This field is not for you.');
  return viewer.kind === 'user' ? viewer.userId : viewer.kind === 'partner' ? viewer.partnerId : viewer.staffId;
}
