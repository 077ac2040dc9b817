import type { InputProblem } from '../errors/formatZodIssues.ts';

/**
 * Why an element cannot be read, in plain words: an unknown kind is named, otherwise the
 * first problem with the field it is in, and how many more there are.
 */
export function unreadableReason(problems: readonly InputProblem[], kind?: string): string {
  if (problems.some((problem) => problem.path === '$.kind')) {
    return kind
      ? `its kind “${kind}” is not one this version of Accord knows`
      : 'it does not say what kind it is';
  }
  const [first, ...rest] = problems;
  if (!first) return 'it is damaged';
  const field = first.path.replace(/^\$\.?/, '');
  const said = field ? `${field}: ${first.message}` : first.message;
  return rest.length > 0 ? `${said} (and ${rest.length} more)` : said;
}
