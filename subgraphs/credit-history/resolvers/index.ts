import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CreditAccount } from './CreditAccount';
import { CreditRecord } from './CreditRecord';
import { Dispute } from './Dispute';
import { FurnishingBatch } from './FurnishingBatch';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  User,
  CreditAccount,
  CreditRecord,
  Dispute,
  FurnishingBatch,
  Query,
  Mutation,
};
