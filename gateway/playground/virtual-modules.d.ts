/** Built by vite.config.ts from docs/examples.md (see readme-examples.ts). */
declare module 'virtual:readme-examples' {
  const examples: { audience: 'consumer' | 'partner' | 'staff'; operations: string }[];
  export default examples;
}
