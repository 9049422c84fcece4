import type { ConsentScope } from '../../../shared/consent/consent-scopes';

/**
 * What a consent lets a partner see, as the consumer should read it before saying yes:
 * served with every consent and consent request, so each client shows the same words.
 */
const SCOPE_WORDS: Record<ConsentScope, string> = {
  PROFILE: 'your name, contact details and where you live and work',
  CREDIT_HISTORY: 'your credit file, accounts and payment records',
  SCORE_VALUE: 'your score and your chance of default',
  SCORE_BAND: 'your score band (such as “Good”), not the number',
  SCORE_FACTORS: 'what makes up your score and the reasons behind it',
  SCORE_THRESHOLD: 'only a yes or no: is your score above a level they choose',
};

export const scopesInPlainWords = (scopes: readonly ConsentScope[]) => scopes.map((scope) => SCOPE_WORDS[scope]);
