/**
 * The file extensions of the documents read when folders are walked (`scan`, Find All References):
 * plain text, Markdown, and the policy-document language's own (package.json).
 */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.policy', '.pdoc'];

/** The same documents as a workspace glob. */
export const DOCUMENT_GLOB = `**/*.{${DOCUMENT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** Whether a file name ends in one of the document extensions, in any case. */
export function hasDocumentExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
