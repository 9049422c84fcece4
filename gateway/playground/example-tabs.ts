import examples from 'virtual:readme-examples';
import type { Audience } from './readme-examples';
import type { DemoViewers } from './demo-viewers';

type Tab = { query: string; variables?: string };

const INTRODUCTIONS: Record<Audience, string> = {
  consumer: "# The docs' examples for consumers: act as a consumer.\n# The run button lists the operations.",
  partner:
    "# The docs' examples for partners: act as a partner.\n# A partner sees a field only with the consumer's consent.",
  staff: "# The docs' examples for staff: act as staff with a role\n# and an access reason.",
};

/**
 * One tab per audience with the operations of docs/examples.md, after a tab for a query given
 * in the address (`/playground?query=…&variables=…`, as links to GraphiQL work).
 * In development the partner tab's `$id` is demo consumer 1, who consented to Spree Bikes
 * (SCORE_THRESHOLD) in the demo data, by Spree Bikes' own id for them (partners' ids are their own).
 */
export function exampleTabs(demo: DemoViewers | null, fromAddress: Tab | null): Tab[] {
  const consumerId = demo ? demo.partners[0].consumerOneId : '<your id for the consumer>';
  const tabs = examples.map(({ audience, operations }) => ({
    query: `${INTRODUCTIONS[audience]}\n\n${operations}\n`,
    variables: audience === 'partner' ? JSON.stringify({ id: consumerId }, null, 2) : undefined,
  }));
  return fromAddress ? [fromAddress, ...tabs] : tabs;
}

export function tabFromAddress(search: string): Tab | null {
  const params = new URLSearchParams(search);
  const query = params.get('query');
  return query ? { query, variables: params.get('variables') ?? undefined } : null;
}
