import type { ViewerHeaders } from './graph-fetcher';

/** Which headers go out with every request, the token shortened to its last characters. */
export function HeadersSummary({ headers }: { headers: ViewerHeaders }) {
  const sent = [
    headers.authorization && `Authorization: Bearer …${headers.authorization.slice(-8)}`,
    headers['x-access-reason'] && `x-access-reason: ${headers['x-access-reason']}`,
  ].filter(Boolean);
  return (
    <span className="viewer-headers">{sent.length ? `Sending ${sent.join(', ')}.` : 'Sending no credentials.'}</span>
  );
}
