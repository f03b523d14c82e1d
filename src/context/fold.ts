/**
 * Folds a place name to the key the gazetteer is indexed by: accents stripped (ASCII fold), lower case, apostrophes
 * unified, dots dropped (`U.S.` → `us`), hyphens and runs of spaces made one space, and a leading `the` removed.
 * `"the Gaza Strip"`, `"Gaza-Strip"` and `"GAZA STRIP"` all fold to `gaza strip`.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
