import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import { CreditAccount } from './CreditAccount';
import { CreditRecord } from './CreditRecord';
import { DataExport } from './DataExport';
import { Dispute } from './Dispute';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';

export const resolvers = { JSON: JSONScalar, DateTime: DateTimeScalar, User, CreditAccount, CreditRecord, DataExport, Dispute, Query, Mutation };
