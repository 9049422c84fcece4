import { JSONScalar } from '../../../shared/scalars';
import { CreditAccount } from './CreditAccount';
import { DataExport, ErasureMutation } from './DataExport';
import { CreditRecord } from './CreditRecord';
import { User } from './User';

export const resolvers = { JSON: JSONScalar, User, CreditAccount, CreditRecord, DataExport, Mutation: { ...ErasureMutation } };
