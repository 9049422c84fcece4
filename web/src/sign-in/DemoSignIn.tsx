import { FormEvent, useState } from 'react';
import { DemoViewers, mintDemoToken } from '../../../gateway/playground/demo-viewers';
import { Field } from '../ui/Field';
import type { Session } from './session';

/** Development only: a demo consumer, with a token minted by the gateway's development endpoint. */
export function DemoSignIn({ viewers, onSignIn }: { viewers: DemoViewers; onSignIn(session: Session): void }) {
  const [consumer, setConsumer] = useState(String(viewers.consumers[0].number));
  const [error, setError] = useState<string | null>(null);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { token } = await mintDemoToken({ kind: 'user', user: Number(consumer) });
      onSignIn({ token });
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <form onSubmit={signIn}>
      <p>This is a development gateway: sign in as one of the demo consumers.</p>
      <Field label="Demo consumer">
        <select value={consumer} onChange={(e) => setConsumer(e.target.value)}>
          {viewers.consumers.map((c) => (
            <option key={c.number} value={c.number}>
              {c.number}: {c.displayName}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">Sign in</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
