/** Groups standard versions (ids "<kommune>/<standard>/<version>") by municipality and standard, versions newest label first. */
export function groupStandards<E extends { id: string; data: { municipality: string; standard: string; version: string } }>(
  entries: readonly E[],
): { municipality: string; standard: string; versions: E[] }[] {
  const groups = new Map<string, E[]>();
  for (const entry of entries) {
    const key = `${entry.data.municipality}/${entry.data.standard}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, versions]) => {
      const [municipality, standard] = key.split('/');
      return { municipality, standard, versions: [...versions].sort((a, b) => b.data.version.localeCompare(a.data.version)) };
    });
}
