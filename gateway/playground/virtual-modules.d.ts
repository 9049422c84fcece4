/** Built by vite.config.ts from the README (see readme-examples.ts). */
declare module 'virtual:readme-examples' {
  const examples: { audience: 'consumer' | 'partner' | 'staff'; operations: string }[];
  export default examples;
}
