import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badUserInput } from '../../../shared/errors';
import { insertUnlessTaken } from '../../../shared/store/unique-violation';
import { Partner, PartnerCategory } from '../entities/Partner';

export const PARTNER_NAME_MIN_LENGTH = 2;
export const PARTNER_NAME_MAX_LENGTH = 120;

export interface PartnerRegistration {
  name: string;
  category: PartnerCategory;
  redirectUri?: string | null;
}

const REDIRECT_URI_MAX_LENGTH = 500;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where consumers return after answering a consent request, as OAuth registers a
 * redirect_uri: absolute, https (http only to this machine, outside production), no
 * fragment and no credentials; state and outcome are appended to its query.
 */
export function validateRedirectUri(
  redirectUri: string | null | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (redirectUri === null || redirectUri === undefined) return null;
  const refuse = () =>
    badUserInput(
      'A redirectUri is an absolute https URL without a fragment (http only for localhost outside production).',
      'redirectUri',
    );
  if (redirectUri.length > REDIRECT_URI_MAX_LENGTH || !URL.canParse(redirectUri)) throw refuse();
  const url = new URL(redirectUri);
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && env.NODE_ENV !== 'production';
  if ((url.protocol !== 'https:' && !loopbackHttp) || url.hash || url.username || url.password) throw refuse();
  return url.toString();
}

/** The signed-in partner's own setting: registered here, never taken from a consent request. */
export async function setRedirectUri(
  dataSource: DataSource,
  partnerId: string,
  redirectUri: string | null | undefined,
): Promise<Partner> {
  const partners = dataSource.getRepository(Partner);
  await partners.update({ id: partnerId }, { redirectUri: validateRedirectUri(redirectUri) });
  return partners.findOneByOrFail({ id: partnerId });
}

const nameTaken = (name: string) => badUserInput(`A partner named "${name}" is already registered.`, 'name');

/**
 * Registers a business that may then ask consumers for consent. Names are unique, so
 * a consumer choosing whom to trust never sees two partners they cannot tell apart;
 * the index decides when two registrations race.
 */
export async function registerPartner(
  dataSource: DataSource,
  staffId: string,
  input: PartnerRegistration,
): Promise<Partner> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < PARTNER_NAME_MIN_LENGTH || name.length > PARTNER_NAME_MAX_LENGTH) {
    throw badUserInput(
      `A partner's name must be ${PARTNER_NAME_MIN_LENGTH} to ${PARTNER_NAME_MAX_LENGTH} characters.`,
      'name',
    );
  }
  const partners = dataSource.getRepository(Partner);
  if (await partners.existsBy({ name })) throw nameTaken(name);
  const partner = Object.assign(new Partner(), {
    id: randomUUID(),
    name,
    category: input.category,
    redirectUri: validateRedirectUri(input.redirectUri),
    createdAt: new Date(),
    registeredBy: staffId,
  });
  return insertUnlessTaken(partners, partner, () => nameTaken(name));
}
