import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlList } from '../load-data.js';

/** One entry of `data/places/aliases.yaml`: a place news names differently from the city list, or a region or site. */
export const PlaceAlias = z
  .object({
    name: z.string().min(1).describe('Canonical name, as it is written in output records'),
    kind: z.enum(['site', 'city', 'region', 'country']),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/, 'country must be an ISO 3166 alpha-3 code such as PSE')
      .nullable()
      .optional(),
    admin1: z.string().nullable().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    city: z.string().optional().describe('For a site: the city it stands in, looked up in the gazetteer'),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((a) => a.kind === 'site' || a.country !== undefined, { message: 'a city, region or country needs a country' })
  .refine((a) => a.kind === 'site' || (a.lat !== undefined && a.lon !== undefined), {
    message: 'a city, region or country needs lat and lon',
  })
  .refine((a) => a.kind !== 'site' || a.city !== undefined || a.lat !== undefined, {
    message: 'a site needs the city it stands in (city:) or its own lat and lon',
  });
export type PlaceAlias = z.infer<typeof PlaceAlias>;

/** The default data directory, `data/places/` at the package root (works from `src/` and from `dist/`). */
export const PLACES_DIR = fileURLToPath(new URL('../../data/places/', import.meta.url));

/**
 * Reads the alias table (`aliases.yaml`) and the list of capitalised words that are never places (`not-places.yaml`).
 *
 * @throws DataFileError naming the file and line of a bad entry.
 */
export function loadPlaceAliases(dir: string = PLACES_DIR): { aliases: PlaceAlias[]; notPlaces: string[] } {
  return {
    aliases: readYamlList(`${dir}aliases.yaml`, PlaceAlias),
    notPlaces: readYamlList(`${dir}not-places.yaml`, z.string().min(1)),
  };
}
