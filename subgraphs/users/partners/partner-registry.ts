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
    createdAt: new Date(),
    registeredBy: staffId,
  });
  return insertUnlessTaken(partners, partner, () => nameTaken(name));
}
