import { Document, isMap, isScalar, isSeq, Node } from 'yaml';

/**
 * Copies the comments (and blank lines) a person wrote in `from` onto the matching nodes of `to`:
 * map entries match by key, list items by their `id` (claims) or their value (tags). Comments on
 * things that no longer exist go with them.
 */
export function carryComments(from: Document, to: Document): void {
  to.commentBefore = from.commentBefore;
  to.comment = from.comment;
  if (isCommentable(from.contents) && isCommentable(to.contents)) {
    carryNode(from.contents, to.contents);
  }
}

type CommentableNode = Node & { commentBefore?: string | null; comment?: string | null; spaceBefore?: boolean };

function isCommentable(node: unknown): node is Node {
  return isMap(node) || isSeq(node) || isScalar(node);
}

function carryNode(from: CommentableNode, to: CommentableNode, leadingComment?: string | null): void {
  to.commentBefore = joinComments(leadingComment, from.commentBefore);
  to.comment = from.comment;
  to.spaceBefore = from.spaceBefore;
  if (isMap(from) && isMap(to)) {
    for (const pair of to.items) {
      const match = from.items.find((candidate) => isScalar(candidate.key) && isScalar(pair.key) && candidate.key.value === pair.key.value);
      if (match && isCommentable(match.key) && isCommentable(pair.key)) {
        carryNode(match.key, pair.key);
      }
      if (match && isCommentable(match.value) && isCommentable(pair.value)) {
        carryNode(match.value, pair.value);
      }
    }
  } else if (isSeq(from) && isSeq(to)) {
    // The parser hangs a comment above the first item on the list itself; it belongs to that item.
    to.commentBefore = null;
    const firstFrom = from.items[0];
    const fromByIdentity = new Map<unknown, unknown>();
    for (const candidate of [...from.items].reverse()) {
      fromByIdentity.set(identityOf(candidate), candidate);
    }
    for (const item of to.items) {
      const match = fromByIdentity.get(identityOf(item));
      if (match && isCommentable(match) && isCommentable(item)) {
        carryNode(match, item, match === firstFrom ? from.commentBefore : undefined);
      }
    }
  }
}

function identityOf(item: unknown): unknown {
  if (isMap(item)) {
    return item.get('id');
  }
  return isScalar(item) ? item.value : undefined;
}

function joinComments(first: string | null | undefined, second: string | null | undefined): string | null | undefined {
  return first && second ? `${first}\n${second}` : first || second;
}
