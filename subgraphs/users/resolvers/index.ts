import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { Partner } from './Partner';
import { PartnerCredentials } from './PartnerCredentials';
import { Query } from './Query';
import { User } from './User';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query,
  Mutation,
  User,
  Partner,
  PartnerCredentials,
};
