/** What an MDX body refers to through the components an editor may write. */

/** Ids used by the MDX components an editor may write in a body: <Example id="..." /> and <TodaysRule laws={["..."]} />. */
export function componentReferencesInBody(body: string): { examples: string[]; laws: string[] } {
  const examples = [...body.matchAll(/<Example\s+id="([^"]*)"/g)].map((m) => m[1]);
  const laws = [...body.matchAll(/<TodaysRule\s+laws=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1].matchAll(/"([^"]*)"/g)].map((q) => q[1]));
  return { examples, laws };
}
