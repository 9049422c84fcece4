import { DateTimeScalar } from '../../../shared/scalars';
import { CreditScore } from './CreditScore';
import { User } from './User';

export const resolvers = { DateTime: DateTimeScalar, User, CreditScore };
