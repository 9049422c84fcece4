import { FormEvent, useState } from 'react';
import type { ViewerHeaders } from './graph-fetcher';
import { bareToken } from './demo-viewers';
import { Field } from './Field';
import { HeadersSummary } from './HeadersSummary';

/** Whether a token says it is a staff member's (its `kind` claim); read only to ask for a reason, never trusted. */
function isStaffToken(token: string): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return payload?.kind === 'staff';
  } catch {
    return false;
  }
}

/**
 * Where the gateway mints nothing (production): a token from the deployment's
 * identity provider, pasted, and the access reason staff must give (a staff token is
 * not used without one). Kept in memory only.
 */
export function TokenPanel({ onChange }: { onChange(headers: ViewerHeaders): void }) {
  const [token, setToken] = useState('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<ViewerHeaders>({});
  const [error, setError] = useState<string | null>(null);

  function use(event: FormEvent) {
    event.preventDefault();
    const bare = bareToken(token);
    if (bare && isStaffToken(bare) && !reason.trim()) {
      setError('State a reason (a ticket, a case) before acting as staff: the consumer sees it in their access log.');
      return;
    }
    setError(null);
    const headers: ViewerHeaders = {};
    if (bare) headers.authorization = `Bearer ${bare}`;
    if (reason.trim()) headers['x-access-reason'] = reason.trim();
    setSent(headers);
    onChange(headers);
  }

  return (
    <form className="viewer-form" aria-label="Credentials" onSubmit={use}>
      <Field label="Bearer token">
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </Field>
      <Field label="Access reason (staff)">
        <input value={reason} placeholder="ticket 1234" onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit">Use</button>
      <output className="viewer-status" aria-live="polite">
        {error ? <span className="viewer-error">{error}</span> : <HeadersSummary headers={sent} />}
      </output>
    </form>
  );
}
