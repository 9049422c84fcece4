import type { UserResolvers } from '../__generated__/resolvers-types';
import { UserProfile } from '../entities/UserProfile';
import { maskEmail, maskPhone } from '../profiles/masking';

function stabilityOf(user: UserProfile) {
  const { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone } = user;
  return { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone };
}

export const User: UserResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.userById.load(id),

  contact: (user, { unmasked }, { viewer }) => {
    // Only the consumer may see their own contact details in clear.
    const reveal = unmasked === true && viewer.kind === 'user' && viewer.userId === user.id;
    return reveal
      ? { email: user.email, phone: user.phone, masked: false }
      : { email: maskEmail(user.email), phone: user.phone && maskPhone(user.phone), masked: true };
  },

  stability: stabilityOf,
  stabilityForScoring: (user) => ({ ...stabilityOf(user), inputsVersion: user.scoringInputsVersion }),
};
