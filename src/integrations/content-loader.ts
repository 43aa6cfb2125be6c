/**
 * The collections' loader: Astro's glob loader, with each entry's data read by the content
 * check's own reader (src/content-check/yaml-reader.ts) instead of Astro's YAML reader, so the
 * build publishes exactly the data the check accepted. Astro still reads the file for the MDX
 * body; the content check has refused, before any collection loads, what its reader refuses.
 */
import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { formatProblem } from '../content-check/content-errors.ts';
import { splitFrontmatter } from '../content-check/content-files.ts';
import { decodeContentFile } from '../content-check/text-file.ts';
import { parseYamlOnce } from '../content-check/yaml-reader.ts';

/** The data of one content file as the content check reads it: the YAML, or an MDX file's frontmatter. */
export function contentData(filePath: string): unknown {
  const decoded = decodeContentFile(readFileSync(filePath));
  if (decoded.problem !== undefined) throw new Error(`${filePath}: ${decoded.problem}`);
  const isMdx = filePath.endsWith('.mdx');
  const yaml = isMdx ? (splitFrontmatter(decoded.text).frontmatter ?? '') : decoded.text;
  const read = parseYamlOnce(yaml, filePath, isMdx ? 1 : 0);
  if (read.problem) throw new Error(formatProblem(read.problem));
  return read.data;
}

export function contentLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'rusmiddelguiden-content-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: props.filePath ? (contentData(props.filePath) as typeof props.data) : props.data }),
      }),
  };
}
