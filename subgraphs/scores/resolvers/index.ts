import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import { CreditScore } from './CreditScore';
import { DataExport } from './DataExport';
import { Mutation } from './Mutation';
import { User } from './User';

export const resolvers = { DateTime: DateTimeScalar, JSON: JSONScalar, User, CreditScore, DataExport, Mutation };
