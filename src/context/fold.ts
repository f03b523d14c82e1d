/**
 * Folds a place name to the key the gazetteer is indexed by: accents stripped (ASCII fold), lower case, apostrophes
 * unified, dots dropped (`U.S.` → `us`), hyphens and runs of spaces made one space, and a leading `the` removed.
 * `"the Gaza Strip"`, `"Gaza-Strip"` and `"GAZA STRIP"` all fold to `gaza strip`.
 */
export function foldName(name: string): string {
  // Plain ASCII words with single spaces (most names): only the case and a leading "the" can change.
  if (PLAIN.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
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

const PLAIN = /^[A-Za-z0-9']+(?: [A-Za-z0-9']+)*$/;
