import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * One client per sign-in, so one consumer's cached data can never be shown to the next:
 * signing out drops the client and its cache. The token travels as a bearer header to
 * the graph on this same origin; it is kept in memory only, never in storage.
 */
export function createGraphClient(token: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache({
      // One list per kind of feed whatever the page: "Show older" (after:) appends, the page's first page replaces;
      // likewise "Show older records".
      typePolicies: {
        Query: { fields: { myNotifications: relayStylePagination(['includePartnerReads']) } },
        User: { fields: { creditRecords: relayStylePagination() } },
      },
    }),
  });
}
