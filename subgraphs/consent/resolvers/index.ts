import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import { DataExport } from './DataExport';
import { ErasureMutation, ErasureQuery } from './Erasure';
import { AccessLogEntry } from './AccessLogEntry';
import { Consent } from './Consent';
import { Mutation } from './Mutation';
import { Partner } from './Partner';
import { Query } from './Query';
import { User } from './User';

export const resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: { ...Query, ...ErasureQuery },
  Mutation: { ...Mutation, ...ErasureMutation },
  Consent,
  User,
  Partner,
  AccessLogEntry,
  DataExport,
};
