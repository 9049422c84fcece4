import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { UserProfile } from '../entities/UserProfile';
import { UsersLoaders } from '../loaders';
import { maskEmail, maskPhone } from '../profiles/masking';

type Context = SubgraphContext<UsersLoaders>;

function stabilityOf(user: UserProfile) {
  const { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone } = user;
  return { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone };
}

export const User = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.userById.load(id),

  contact: (user: UserProfile, { unmasked }: { unmasked?: boolean }, { viewer }: Context) => {
    // Only the consumer may see their own contact details in clear.
    const reveal = unmasked === true && viewer.kind === 'user' && viewer.userId === user.id;
    return reveal
      ? { email: user.email, phone: user.phone, masked: false }
      : { email: maskEmail(user.email), phone: user.phone && maskPhone(user.phone), masked: true };
  },

  stability: stabilityOf,
  stabilityForScoring: stabilityOf,
};
