import { SIDECAR_SUFFIX } from '../sidecar/types';

/** The name of the merge driver in git's config (`merge.<id>.driver`) and in `.gitattributes`. */
export const MERGE_DRIVER_ID = 'policy-annotations';
export const MERGE_DRIVER_NAME = 'Policy Annotator: merge annotation sidecars claim by claim';
export const MERGE_ATTRIBUTE_LINE = `*${SIDECAR_SUFFIX} merge=${MERGE_DRIVER_ID}`;

/** The driver command git runs: `%O %A %B` are the base, ours (written back) and theirs; `%P` the sidecar's path, for messages. */
export function mergeDriverCommand(cli: string): string {
  return `${cli} merge %O %A %B %P`;
}

/** `.gitattributes` text that routes sidecars to the driver, or undefined when it already does. */
export function withMergeAttribute(gitattributes: string): string | undefined {
  const present = gitattributes.split(/\r?\n/).some((line) => {
    const [pattern, ...attributes] = line.trim().split(/\s+/);
    return pattern === `*${SIDECAR_SUFFIX}` && attributes.includes(`merge=${MERGE_DRIVER_ID}`);
  });
  if (present) {
    return undefined;
  }
  const separator = gitattributes.length === 0 || gitattributes.endsWith('\n') ? '' : '\n';
  return `${gitattributes}${separator}${MERGE_ATTRIBUTE_LINE}\n`;
}
