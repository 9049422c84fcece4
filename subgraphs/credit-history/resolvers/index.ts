import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CreditAccount } from './CreditAccount';
import { CreditRecord } from './CreditRecord';
import { DataExport } from './DataExport';
import { Dispute } from './Dispute';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';

export const resolvers: Resolvers = { JSON: JSONScalar, DateTime: DateTimeScalar, User, CreditAccount, CreditRecord, DataExport, Dispute, Query, Mutation };
