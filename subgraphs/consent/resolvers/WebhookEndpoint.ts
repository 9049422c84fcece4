import { shownDeliveryError } from '../webhooks/delivery-errors';
import type { WebhookDeliveryResolvers, WebhookEndpointResolvers } from '../__generated__/resolvers-types';

export const WebhookEndpoint: WebhookEndpointResolvers = {
  partner: (endpoint) => ({ __typename: 'Partner', id: endpoint.partnerId }),
  enabled: (endpoint) => endpoint.disabledAt === null,
  previousSecretExpiresAt: (endpoint) =>
    endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()
      ? endpoint.previousSecretExpiresAt
      : null,
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  status: (delivery) => (delivery.status === 'DONE' ? 'DELIVERED' : 'PENDING'),
  nextAttemptAt: (delivery) => (delivery.status === 'DONE' ? null : delivery.nextAttemptAt),
  lastError: (delivery) => shownDeliveryError(delivery.lastError),
};
