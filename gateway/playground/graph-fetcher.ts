import type { GraphiQLProps } from 'graphiql';

/** The headers the viewer panel sets: who is asking, and why (staff). */
export type ViewerHeaders = { authorization?: string; 'x-access-reason'?: string };

/**
 * POSTs to the graph on this origin with the viewer's headers. Headers typed in a
 * tab's own headers editor come last, so they win over the panel's.
 */
export function graphFetcher(url: string, viewerHeaders: () => ViewerHeaders): GraphiQLProps['fetcher'] {
  return async (params, options) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...viewerHeaders(),
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`The gateway answered ${response.status} without JSON: ${text.slice(0, 200)}`);
    }
  };
}
