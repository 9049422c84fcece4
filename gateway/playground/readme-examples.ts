/**
 * The example operations of docs/examples.md, grouped by the audience it shows them
 * for, so the playground opens with the same operations the docs show (and a change
 * there reaches the playground at the next build). Pure: read at build time.
 */
export type Audience = 'consumer' | 'partner' | 'staff';

export interface ReadmeExample {
  audience: Audience;
  /** the operations of every ```graphql block shown for that audience, in the document's order */
  operations: string;
}

/** The bold lead-ins the document puts before each audience's examples. */
const LEAD_INS: [RegExp, Audience][] = [
  [/^\*\*Frontend\b/, 'consumer'],
  [/^\*\*Partner\b/, 'partner'],
  [/^\*\*Internal tools\b/, 'staff'],
];

export function readmeExamples(markdown: string): ReadmeExample[] {
  const blocks = new Map<Audience, string[]>();
  let audience: Audience | null = null;
  let block: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (line.startsWith('```')) {
        if (!audience) throw new Error("An example comes before any audience's lead-in in docs/examples.md.");
        blocks.set(audience, [...(blocks.get(audience) ?? []), block.join('\n').trim()]);
        block = null;
      } else {
        block.push(line);
      }
    } else if (line.startsWith('```graphql')) {
      block = [];
    } else {
      audience = LEAD_INS.find(([leadIn]) => leadIn.test(line))?.[1] ?? audience;
    }
  }
  return LEAD_INS.map(([, which]) => {
    const operations = blocks.get(which);
    if (!operations) throw new Error(`docs/examples.md shows no example for the ${which} audience.`);
    return { audience: which, operations: operations.join('\n\n') };
  });
}
