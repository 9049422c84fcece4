import { FormEvent, useState } from 'react';
import { ActAs, DemoViewers, mintDemoToken } from './demo-viewers';
import type { ViewerHeaders } from './graph-fetcher';
import { Field } from './Field';
import { HeadersSummary } from './HeadersSummary';

type Kind = ActAs['kind'] | 'anonymous';

/**
 * Development only: mints a demo token through the gateway for a consumer, a partner
 * or a staff role, and sends it (with the staff member's access reason) with every request.
 * Staff act only with a stated reason, as in production: every read they make is logged
 * under it in the consumer's access log.
 */
export function ActAsPanel({ viewers, onChange }: { viewers: DemoViewers; onChange(headers: ViewerHeaders): void }) {
  const [kind, setKind] = useState<Kind>('user');
  const [user, setUser] = useState('1');
  const [partner, setPartner] = useState(viewers.partners[0].key);
  const [role, setRole] = useState(viewers.staffRoles[0]);
  const [reason, setReason] = useState('');
  const [acting, setActing] = useState<{ viewer: string; headers: ViewerHeaders }>({
    viewer: 'nobody (anonymous)',
    headers: {},
  });
  const [error, setError] = useState<string | null>(null);

  async function actAs(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (kind === 'anonymous') {
      setActing({ viewer: 'nobody (anonymous)', headers: {} });
      onChange({});
      return;
    }
    if (kind === 'staff' && !reason.trim()) {
      setError('State a reason (a ticket, a case) before acting as staff: the consumer sees it in their access log.');
      return;
    }
    const request: ActAs =
      kind === 'user' ? { kind, user: Number(user) } : kind === 'partner' ? { kind, partner } : { kind, role };
    try {
      const { token, viewer } = await mintDemoToken(request);
      const headers: ViewerHeaders = { authorization: `Bearer ${token}` };
      if (kind === 'staff') headers['x-access-reason'] = reason.trim();
      setActing({ viewer, headers });
      onChange(headers);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <form className="viewer-form" aria-label="Who is asking" onSubmit={actAs}>
      <Field label="Act as">
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="user">a consumer</option>
          <option value="partner">a partner</option>
          <option value="staff">staff</option>
          <option value="anonymous">nobody</option>
        </select>
      </Field>
      {kind === 'user' && (
        <Field label={`Demo consumer (1–${viewers.consumerCount})`}>
          <input
            type="number"
            min={1}
            max={viewers.consumerCount}
            value={user}
            list="demo-consumers"
            onChange={(e) => setUser(e.target.value)}
            required
          />
        </Field>
      )}
      <datalist id="demo-consumers">
        {viewers.consumers.map((c) => (
          <option key={c.number} value={c.number} label={c.displayName} />
        ))}
      </datalist>
      {kind === 'partner' && (
        <Field label="Partner">
          <select value={partner} onChange={(e) => setPartner(e.target.value)}>
            {viewers.partners.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === 'staff' && (
        <>
          <Field label="Role">
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              {viewers.staffRoles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Access reason">
            <input
              value={reason}
              placeholder="ticket 1234"
              onChange={(e) => setReason(e.target.value)}
              required
              aria-required="true"
            />
          </Field>
        </>
      )}
      <button type="submit">Act as</button>
      <output className="viewer-status" aria-live="polite">
        {error ? (
          <span className="viewer-error">{error}</span>
        ) : (
          <>
            Acting as {acting.viewer}. <HeadersSummary headers={acting.headers} />
          </>
        )}
      </output>
    </form>
  );
}
