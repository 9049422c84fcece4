import { DateTimeScalar, JSONScalar } from '../../../shared/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { AccessLogEntry } from './AccessLogEntry';
import { Consent } from './Consent';
import { ConsentRequest } from './ConsentRequest';
import { Mutation } from './Mutation';
import { Notification, NotificationConnection } from './Notification';
import { Partner } from './Partner';
import { Query } from './Query';
import { User } from './User';
import { WebhookDelivery, WebhookEndpoint } from './WebhookEndpoint';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query,
  Mutation,
  Consent,
  ConsentRequest,
  User,
  Partner,
  AccessLogEntry,
  WebhookEndpoint,
  WebhookDelivery,
  Notification,
  NotificationConnection,
};
