import { OFFICE_ROLES, type Office, type Person } from './schema.js';

/** Ranks offices: lower is more senior. */
const seniority = (o: Office) => OFFICE_ROLES.indexOf(o.role);

/**
 * The office a person held on `date` (YYYY-MM-DD). Without a date, the most senior office they ever held.
 * Returns `former` when the date falls after all their offices, `null` when before any.
 */
export function officeOn(person: Person, date: string | undefined): { office: Office; former: boolean } | null {
  if (!date) {
    const best = [...person.offices].sort((a, b) => seniority(a) - seniority(b) || b.from.localeCompare(a.from))[0];
    return { office: best, former: false };
  }
  const held = person.offices.filter((o) => o.from <= date && (!o.to || date <= o.to));
  if (held.length) return { office: held.sort((a, b) => seniority(a) - seniority(b))[0], former: false };
  const before = person.offices.filter((o) => o.to && o.to < date).sort((a, b) => b.to!.localeCompare(a.to!));
  if (before.length) return { office: before[0], former: true };
  return null;
}

/** The actor code of a person on a date: the office's own code, or country + sector; former officials are ELI. */
export function personCode(
  person: Person,
  date: string | undefined,
): { code: string; country: string | null; sector: string | null } {
  const at = officeOn(person, date);
  if (!at) return { code: person.country, country: person.country, sector: null };
  const { office, former } = at;
  if (former) return { code: person.country + 'ELI', country: person.country, sector: 'ELI' };
  if (office.code) {
    const c =
      /^[A-Z]{3}$/.test(office.code.slice(0, 3)) && !/^(IGO|NGO|NGM|IMG|MNC|INT|UIS)/.test(office.code)
        ? office.code.slice(0, 3)
        : null;
    return { code: office.code, country: c, sector: c ? office.code.slice(3) || null : null };
  }
  const country = office.country ?? person.country;
  return { code: country + (office.sector ?? ''), country, sector: office.sector ?? null };
}

/** True when the person held some office on the date (any office when no date). */
export function inOffice(person: Person, date: string | undefined): boolean {
  if (!date) return true;
  return person.offices.some((o) => o.from <= date && (!o.to || date <= o.to));
}
