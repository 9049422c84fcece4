import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../errors';

const NUL = '\u0000';

/** Where a NUL hides in the variables, e.g. `$input.details`; walked without recursion, however deep the JSON. */
function nulInVariables(variables: unknown): string | null {
  const pending: [unknown, string][] = [[variables, '$']];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path.replace('$.', '$');
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) pending.push([inner, `${path}.${key}`]);
    }
  }
  return null;
}

function nulInLiterals(document: DocumentNode): string | null {
  let where: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      where = `a string literal at line ${node.loc?.startToken.line ?? '?'}`;
      return BREAK;
    },
  });
  return where;
}

/**
 * No text a caller sends may hold U+0000: PostgreSQL cannot store it and SQLite would,
 * so the stores would disagree. Checked once for every string argument and variable of
 * every operation, in the shell every server shares, before anything resolves.
 */
export const rejectNulInText: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const where = nulInVariables(request.variables ?? {}) ?? nulInLiterals(document);
        if (where === null) return;
        throw new GraphQLError(`Text must not contain the NUL character (U+0000): see ${where}.`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
        });
      },
    };
  },
};
