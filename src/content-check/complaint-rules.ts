/**
 * The complaint-path wizard's rules: reading content/rules/complaint-routes.yaml and resolving a
 * citizen's answers to where and by when to complain. The graph walking, the resolver and the date
 * arithmetic are in ./complaint-flow.ts (no dependencies, safe for the browser); this module adds
 * the YAML reading and the schema validation.
 */
import { parseYaml } from './yaml-reader.ts';
import { complaintRoutesSchema, type ComplaintRules } from '../schemas/complaint-routes.ts';
import { complaintRulesProblems } from '../domain/complaints/flow.ts';
import { describePath, expectationErrorMap, formatProblem, problemsFromIssues, type ContentProblem } from './content-errors.ts';

export { addPeriod } from '../domain/dates.ts';
export {
  factsFromPath,
  calculateDate,
  describeOutcome,
  followPath,
  nodeById,
  resolveComplaint,
  startNode,
  walkAllPaths,
  type CaseFacts,
  type ComplaintInput,
  type ComplaintResult,
  type FlowNode,
  type FlowPath,
  type PathStep,
} from '../domain/complaints/flow.ts';
export type { ComplaintRules } from '../schemas/complaint-routes.ts';

/**
 * Parses the text of a complaint-routes YAML file and validates it: the schema, then the checks
 * that need the whole file (every "next" exists, no loops, every question reachable). Throws an
 * Error with one line per problem, each naming the field and what was expected, such as
 * `complaint-routes.yaml: feltet »outcomes → nr. 2 → title« mangler: skal være slutsidens overskrift på letforståeligt dansk`.
 * Law and source ids are checked by the content check, which knows content/law/ and content/sources/.
 */
export function parseComplaintRules(yamlText: string, file = 'complaint-routes.yaml'): ComplaintRules {
  const read = parseYaml(yamlText, file);
  if (read.problem) throw new Error(formatProblem(read.problem));
  const data: unknown = read.data;
  const result = complaintRoutesSchema().safeParse(data, { error: expectationErrorMap });
  const problems: ContentProblem[] = result.success
    ? complaintRulesProblems(result.data).map((p) => ({ file, field: describePath(p.path), message: p.message }))
    : problemsFromIssues(file, result.error.issues, data);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return result.data as ComplaintRules;
}
