import { DateTimeScalar } from '../../../shared/scalars';
import { AccessLogEntry } from './AccessLogEntry';
import { Consent } from './Consent';
import { Mutation } from './Mutation';
import { Partner } from './Partner';
import { Query } from './Query';
import { User } from './User';

export const resolvers = { DateTime: DateTimeScalar, Query, Mutation, Consent, User, Partner, AccessLogEntry };
