/**
 * What an id is: the one pattern for file names, ids and address segments, and the one way to
 * turn a name into an id. Schemas, the content check and the command-line tools all use these.
 */

/** Lower-case words of a-z and 0-9 joined by single hyphens, such as "frit-valg". */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids joined by "/", such as "koebenhavn/social-behandling-stoffer/2023-24". */
export const entryIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Whether `value` is an id (see idPattern). */
export const isId = (value: string): boolean => idPattern.test(value);

/** Danish letters written the way ids write them: æ → ae, ø → oe, å → aa, ß → ss, accents dropped (é → e). */
export function asciiFold(text: string): string {
  return text
    .toLocaleLowerCase('da-DK')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/**
 * A name written as an id: lower case, Danish letters spelt out, every other sign a hyphen, such as
 * "Høje-Taastrup Kommune" → "hoeje-taastrup-kommune". With maxLength, cut at a hyphen to at most
 * that many characters.
 */
export function toId(text: string, maxLength = Infinity): string {
  const id = asciiFold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length <= maxLength) return id;
  const cut = id.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : id.slice(0, maxLength)).replace(/-+$/, '');
}
