import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../errors';

/** Longer than anything Credence stores (dispute text and notes take 2,000 characters). */
export const MAX_TEXT_LENGTH = 10_000;
const NUL = '\u0000';

/** What is wrong with one piece of text, or null. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_TEXT_LENGTH) return `Text inputs are at most ${MAX_TEXT_LENGTH} characters long`;
  if (text.includes(NUL)) return 'Text must not contain the NUL character (U+0000)';
  return null;
}

/** The first bad string in the variables and where, e.g. `$input.details`; walked without recursion, however deep. */
function problemInVariables(variables: unknown): string | null {
  const pending: [unknown, string][] = [[variables, '$']];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `${problem}: see ${path.replace('$.', '$')}.`;
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) pending.push([inner, `${path}.${key}`]);
    }
  }
  return null;
}

function problemInLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      const problem = textProblem(node.value);
      if (!problem) return undefined;
      found = `${problem}: see the string literal at line ${node.loc?.startToken.line ?? '?'}.`;
      return BREAK;
    },
  });
  return found;
}

/**
 * Every string argument and variable of every operation, checked once in the shell every
 * server shares, before anything is planned or resolved: no NUL (PostgreSQL cannot store
 * it and SQLite would, so the stores would disagree) and no text longer than any field
 * takes (a 900 KB id goes no further than the gateway).
 */
export const checkTextInputs: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const problem = problemInVariables(request.variables ?? {}) ?? problemInLiterals(document);
        if (problem === null) return;
        throw new GraphQLError(problem, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
      },
    };
  },
};
