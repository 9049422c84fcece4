import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import { DataExport, Mutation } from './DataExport';
import { CreditScore } from './CreditScore';
import { User } from './User';

export const resolvers = { DateTime: DateTimeScalar, JSON: JSONScalar, User, CreditScore, DataExport, Mutation };
