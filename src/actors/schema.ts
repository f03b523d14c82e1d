import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const code3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case code');
const sectorCode = z.string().regex(/^([A-Z]{3})+$/, 'one or more three-letter groups, e.g. GOV or GOVMIL');
const actorCode = z.string().regex(/^([A-Z]{3})+$/, 'a CAMEO-style code of three-letter groups, e.g. IGOUNO');

/**
 * The kinds of office a person can hold, most senior first. An article without a date codes a person by the most
 * senior office they ever held.
 */
export const OFFICE_ROLES = [
  'head-of-state',
  'head-of-government',
  'igo-head',
  'vice-head',
  'foreign-minister',
  'defence-minister',
  'minister',
  'military-chief',
  'intelligence-chief',
  'official',
  'legislator',
  'judge',
  'party-leader',
  'opposition-leader',
  'rebel-leader',
  'other',
] as const;

/** One office held by a person over a period. `to` is absent while the office is held. */
export const Office = z
  .object({
    role: z.enum(OFFICE_ROLES),
    /** Free text title as news writes it: "president", "foreign minister". */
    title: z.string().min(1),
    /** Sector code appended to the country (GOV, MIL, LEG, OPP, JUD, SPY, REB ...). */
    sector: sectorCode.optional(),
    /** A full code that replaces country+sector (e.g. IGOUNO for the UN Secretary-General). */
    code: actorCode.optional(),
    /** Country for this office when it differs from the person's. */
    country: code3.optional(),
    from: isoDate,
    to: isoDate.optional(),
  })
  .strict()
  .refine((o) => o.sector || o.code, { message: 'an office needs a sector or a code' });

/** A person who makes news, with the offices they held and when. */
export const Person = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case slug such as vladimir-putin'),
    name: z.string().min(2),
    /** Other ways news writes the name ("Kim Jong-un", "Putin"). A bare surname is only used after a full mention. */
    aliases: z.array(z.string().min(2)).default([]),
    /** ISO 3166 alpha-3 code of the person's country. */
    country: code3,
    offices: z.array(Office).min(1),
  })
  .strict();

/** An organisation: IGO, armed group, NGO, party, media. */
export const Organisation = z
  .object({
    code: actorCode,
    name: z.string().min(2),
    aliases: z.array(z.string().min(1)).default([]),
    /** ISO3 country for domestic organisations, absent for international ones. */
    country: code3.optional(),
    kind: z.enum(['igo', 'armed-group', 'ngo', 'party', 'media', 'business', 'agency', 'other']),
    /** Optional validity period, e.g. for a party in government only for some years. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

/** Extra names for a country that the country data package lacks: abbreviations, metonyms, old names. */
export const CountryExtra = z
  .object({
    country: code3,
    /** Names that mean the state itself ("DPRK", "the Holy See"). */
    names: z.array(z.string()).default([]),
    /** Adjectives and demonyms ("North Korean"). */
    adjectives: z.array(z.string()).default([]),
    /** Seats of government used as metonyms for the government ("the Kremlin", "Pyongyang"): coded country + GOV. */
    seats: z.array(z.string()).default([]),
  })
  .strict();

/** A region as the actor codebook has it ("the West" → WST), with the words that name it. */
export const Region = z
  .object({
    code: code3,
    name: z.string(),
    names: z.array(z.string()).default([]),
    adjectives: z.array(z.string()).default([]),
  })
  .strict();

/** Role words that make a sector code, composing with a country ("Russian troops" → RUSMIL). */
export const Agent = z
  .object({
    sector: sectorCode,
    /** Singular and plural forms, lower case ("troops", "soldier", "soldiers"). */
    words: z.array(z.string().min(2)),
    /** Used without a country: the code stands alone (e.g. "UN peacekeepers" handled by organisations). */
    alone: actorCode.optional(),
  })
  .strict();

export type Office = z.infer<typeof Office>;
export type Person = z.infer<typeof Person>;
export type Organisation = z.infer<typeof Organisation>;
export type CountryExtra = z.infer<typeof CountryExtra>;
export type Region = z.infer<typeof Region>;
export type Agent = z.infer<typeof Agent>;
