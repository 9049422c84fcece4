import { FormEvent, useState } from 'react';
import type { ViewerHeaders } from './graph-fetcher';
import { bareToken } from './demo-viewers';
import { Field } from './Field';
import { HeadersSummary } from './HeadersSummary';

/**
 * Where the gateway mints nothing (production): a token from the deployment's
 * identity provider, pasted, and the access reason staff must give. Kept in memory only.
 */
export function TokenPanel({ onChange }: { onChange(headers: ViewerHeaders): void }) {
  const [token, setToken] = useState('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<ViewerHeaders>({});

  function use(event: FormEvent) {
    event.preventDefault();
    const bare = bareToken(token);
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
        <HeadersSummary headers={sent} />
      </output>
    </form>
  );
}
