import { DateTimeScalar } from '../../../shared/scalars';
import { Partner } from './Partner';
import { Query } from './Query';
import { User } from './User';

export const resolvers = { DateTime: DateTimeScalar, Query, User, Partner };
