import { GermanCreditApplicant, loadGermanCredit } from '../data/german-credit';
import { deterministicId } from '../ids';
import { integerBetween, pick, seededRandom } from '../random';
import { DAY_MS } from '../time';

/**
 * The demo population: the 1,000 real applicants of the German Credit data set, each
 * given a made-up identity. Every subgraph seeds its own tables from this one list,
 * so the same person has the same id everywhere without any subgraph reading
 * another's tables.
 */
export const DEMO_SEED = process.env.CREDENCE_DEMO_SEED ?? 'credence-demo-v1';

/** Demo dates are fixed, not "now", so the demo and the tests never drift. */
export const DEMO_REFERENCE_DATE = new Date('2026-06-30T12:00:00Z');

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Felix',
  'Greta',
  'Hannes',
  'Ida',
  'Jonas',
  'Katrin',
  'Lukas',
  'Mila',
  'Noah',
  'Olga',
  'Paul',
  'Rosa',
  'Simon',
  'Tara',
  'Umut',
  'Vera',
  'Wim',
  'Yara',
  'Zeno',
];
const LAST_NAMES = [
  'Albers',
  'Brandt',
  'Celik',
  'Dietrich',
  'Engel',
  'Fischer',
  'Graf',
  'Hoffmann',
  'Jansen',
  'Keller',
  'Lorenz',
  'Meyer',
  'Nowak',
  'Otto',
  'Peters',
  'Roth',
  'Schulz',
  'Thomsen',
  'Vogel',
  'Weber',
  'Yilmaz',
  'Ziegler',
];

export interface DemoUser {
  id: string;
  applicant: GermanCreditApplicant;
  displayName: string;
  email: string;
  phone: string;
  createdAt: Date;
  optedInAt: Date | null;
}

export function demoUserId(index: number): string {
  return deterministicId(`${DEMO_SEED}:user:${index}`);
}

export function demoUsers(limit?: number): DemoUser[] {
  const applicants = loadGermanCredit().slice(0, limit);
  return applicants.map((applicant) => {
    const random = seededRandom(`${DEMO_SEED}:identity:${applicant.index}`);
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const createdAt = new Date(DEMO_REFERENCE_DATE.getTime() - integerBetween(random, 30, 1500) * DAY_MS);
    const optedIn = random() < 0.9;
    return {
      id: demoUserId(applicant.index),
      applicant,
      displayName: `${first} ${last}`,
      email: `${first}.${last}.${applicant.index}@example.com`.toLowerCase(),
      phone: `+49 30 ${String(integerBetween(random, 1_000_000, 9_999_999))}`,
      createdAt,
      optedInAt: optedIn ? new Date(createdAt.getTime() + integerBetween(random, 0, 20) * DAY_MS) : null,
    };
  });
}

export interface DemoPartner {
  id: string;
  name: string;
  category: 'BIKE_SHARING' | 'TRAVEL' | 'LENDING' | 'TELECOM' | 'RETAIL';
}

export const DEMO_PARTNERS: DemoPartner[] = [
  { id: deterministicId(`${DEMO_SEED}:partner:bikes`), name: 'Spree Bikes', category: 'BIKE_SHARING' },
  { id: deterministicId(`${DEMO_SEED}:partner:travel`), name: 'Nordlicht Travel', category: 'TRAVEL' },
  { id: deterministicId(`${DEMO_SEED}:partner:lending`), name: 'Hanse Kredit', category: 'LENDING' },
  { id: deterministicId(`${DEMO_SEED}:partner:telecom`), name: 'Elbe Mobil', category: 'TELECOM' },
  { id: deterministicId(`${DEMO_SEED}:partner:retail`), name: 'Alster Home', category: 'RETAIL' },
];
