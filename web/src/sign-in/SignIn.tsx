import { useEffect, useState } from 'react';
import { DemoViewers, fetchDemoViewers } from '../../../gateway/playground/demo-viewers';
import { DemoSignIn } from './DemoSignIn';
import { TokenSignIn } from './TokenSignIn';
import type { Session } from './session';

/**
 * In development the gateway mints demo tokens (the playground's helper): pick a demo
 * consumer. Elsewhere, paste a token from the deployment's identity provider.
 */
export function SignIn({ onSignIn }: { onSignIn(session: Session): void }) {
  // undefined while asking the gateway; null where it mints nothing
  const [demo, setDemo] = useState<DemoViewers | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    fetchDemoViewers('/app/settings.json').then(setDemo, (error: Error) => setFailure(error.message));
  }, []);

  if (failure) return <p role="alert">The page could not reach the gateway: {failure}</p>;
  if (demo === undefined) return <p role="status">Loading…</p>;
  return (
    <section className="card sign-in" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign in</h2>
      {demo ? <DemoSignIn viewers={demo} onSignIn={onSignIn} /> : <TokenSignIn onSignIn={onSignIn} />}
    </section>
  );
}
