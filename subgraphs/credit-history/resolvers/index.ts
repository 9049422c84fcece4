import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import { CreditAccount } from './CreditAccount';
import { DataExport, ErasureMutation } from './DataExport';
import { Dispute, UserDisputes } from './Dispute';
import { CreditRecord } from './CreditRecord';
import { DisputeMutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';

export const resolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  User: { ...User, ...UserDisputes },
  CreditAccount,
  CreditRecord,
  DataExport,
  Dispute,
  Query,
  Mutation: { ...ErasureMutation, ...DisputeMutation },
};
