/** What a consent lets a partner see, in the graph's plain words (scopesInPlainWords). */
export function ScopeWords({ words }: { words: readonly string[] }) {
  return (
    <ul className="consent-scopes">
      {words.map((scope) => (
        <li key={scope}>{scope}</li>
      ))}
    </ul>
  );
}
