import { FormEvent, useState } from 'react';
import { Field } from '../ui/Field';
import { bareToken } from '../../../gateway/playground/demo-viewers';
import type { Session } from './session';

/** Where the gateway mints nothing (production): a consumer's token from the deployment's identity provider. */
export function TokenSignIn({ onSignIn }: { onSignIn(session: Session): void }) {
  const [token, setToken] = useState('');

  function signIn(event: FormEvent) {
    event.preventDefault();
    const bare = bareToken(token);
    if (bare) onSignIn({ token: bare });
  }

  return (
    <form onSubmit={signIn}>
      <Field label="Your access token" hint="From your identity provider. It is kept in this page's memory only.">
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </Field>
      <button type="submit">Sign in</button>
    </form>
  );
}
