/** The text of a zod error setting (zod stores it as a function), when it is a fixed text: the Danish message a schema gives for a field. */
export function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'function') return undefined;
  try {
    const message: unknown = error({ code: 'custom', input: undefined, path: [] });
    return typeof message === 'string' && message.trim() !== '' ? message : undefined;
  } catch {
    return undefined;
  }
}
