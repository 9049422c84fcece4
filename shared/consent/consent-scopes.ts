import { ConsentScope } from './__generated__/consent-scope';

/**
 * What a consent can cover, as consent-scope.graphql declares it (generated from it by
 * `npm run codegen`): the schema is the one source, TypeScript follows.
 */
export { ConsentScope };
export const CONSENT_SCOPES: readonly ConsentScope[] = Object.values(ConsentScope);
