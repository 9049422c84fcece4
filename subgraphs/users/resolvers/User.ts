import type { UserResolvers } from '../__generated__/resolvers-types';
import { UserProfile } from '../entities/UserProfile';
import type { UsersContext } from '../loaders';
import { maskEmail, maskPhone } from '../profiles/masking';

function stabilityOf(user: UserProfile) {
  const { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone } = user;
  return { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone };
}

/**
 * A field answered from the consumer's profile, read only once the field is allowed
 * (the consent directive decides before this runs): a denied read costs no SQL.
 */
const fromProfile =
  <R>(answer: (profile: UserProfile, args: Record<string, unknown>, context: UsersContext) => R) =>
  async ({ id }: { id: string }, args: Record<string, unknown>, context: UsersContext) => {
    const profile = await context.loaders.userById.load(id);
    return profile && answer(profile, args, context);
  };

export const User: UserResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.existingUserById.load(id),

  displayName: fromProfile((user) => user.displayName),
  createdAt: fromProfile((user) => user.createdAt),
  optedInAt: fromProfile((user) => user.optedInAt),
  reference: fromProfile((user) => user.reference),

  contact: fromProfile((user, { unmasked }, { viewer }) => {
    // Only the consumer may see their own contact details in clear.
    const reveal = unmasked === true && viewer.kind === 'user' && viewer.userId === user.id;
    return reveal
      ? { email: user.email, phone: user.phone, masked: false }
      : { email: maskEmail(user.email), phone: user.phone && maskPhone(user.phone), masked: true };
  }),

  stability: fromProfile(stabilityOf),
  stabilityForScoring: fromProfile((user) => ({ ...stabilityOf(user), inputsVersion: user.scoringInputsVersion })),
};
