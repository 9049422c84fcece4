import type { ConsentScope } from '../../../shared/consent/consent-scopes';

interface ScopeWords {
  /** what the scope lets a partner see, as the consumer should read it before saying yes */
  consent: string;
  /** what a field of the scope is, in the access log's sentences ("Spree Bikes read your score band") */
  noun: string;
}

/**
 * A scope in the consumer's words, declared once per scope: a new scope in
 * consent-scope.graphql fails to compile until it has its words here.
 */
const SCOPE_WORDS: Record<ConsentScope, ScopeWords> = {
  PROFILE: { consent: 'your name, contact details and where you live and work', noun: 'your profile' },
  CREDIT_HISTORY: { consent: 'your credit file, accounts and payment records', noun: 'your credit history' },
  SCORE_VALUE: { consent: 'your score and your chance of default', noun: 'your score' },
  SCORE_BAND: { consent: 'your score band (such as “Good”), not the number', noun: 'your score band' },
  SCORE_FACTORS: {
    consent: 'what makes up your score and the reasons behind it',
    noun: 'the reasons behind your score',
  },
  SCORE_THRESHOLD: {
    consent: 'only a yes or no: is your score above a level they choose',
    noun: 'whether your score reaches a threshold',
  },
  CREDIT_REPORTING: {
    consent: 'to report your accounts and payments with them to your credit history (it changes your score)',
    noun: 'your reported accounts and payments',
  },
};

/** Served with every consent and consent request, so each client shows the same words. */
export const scopesInPlainWords = (scopes: readonly ConsentScope[]) =>
  scopes.map((scope) => SCOPE_WORDS[scope].consent);

/** A field of this scope in the access log's words, where the field declares none of its own. */
export const scopeNoun = (scope: ConsentScope) => SCOPE_WORDS[scope].noun;

/** The scopes in the order a consumer reads about them: profile, credit history, then the score's parts. */
export const SCOPES_IN_READING_ORDER = Object.keys(SCOPE_WORDS) as ConsentScope[];
