import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CreditScore } from './CreditScore';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { ScoreReview } from './ScoreReview';
import { User } from './User';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  User,
  CreditScore,
  Mutation,
  Query,
  ScoreReview,
};
