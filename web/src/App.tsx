import { useMemo, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createGraphClient } from './graph-client';
import { ConsumerPage } from './ConsumerPage';
import type { Session } from './sign-in/session';
import { SignIn } from './sign-in/SignIn';
import { TextSizeToggle } from './ui/TextSizeToggle';

/** Signed out: the sign-in form. Signed in: the consumer's page, on a graph client of its own. */
export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const client = useMemo(() => (session ? createGraphClient(session.token) : null), [session]);

  function signOut() {
    client?.stop();
    setSession(null);
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="page-header">
        <div>
          <h1>Credence</h1>
          <p className="tagline">Your credit score, explained — and who may see it.</p>
        </div>
        <div className="header-actions">
          <TextSizeToggle />
          {session && (
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {client ? (
          <ApolloProvider client={client}>
            <ConsumerPage onSignOut={signOut} />
          </ApolloProvider>
        ) : (
          <SignIn onSignIn={setSession} />
        )}
      </main>
    </>
  );
}
