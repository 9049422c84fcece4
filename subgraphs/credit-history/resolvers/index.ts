import { CreditAccount } from './CreditAccount';
import { CreditRecord } from './CreditRecord';
import { User } from './User';

export const resolvers = { User, CreditAccount, CreditRecord };
