import { Document, isMap, isNode, isScalar, isSeq, LineCounter, Node } from 'yaml';
import { SidecarPosition } from './types';

export type NodePath = readonly (string | number)[];

/** The node at `path` (map keys and sequence indexes), or undefined where the path leaves the document. */
export function nodeAt(document: Document, path: NodePath): Node | undefined {
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  return isNode(node) ? node : undefined;
}

/** The key node of `key` in the map at `mapPath`. */
export function keyNodeAt(document: Document, mapPath: NodePath, key: string): Node | undefined {
  const map = nodeAt(document, mapPath);
  if (!isMap(map)) {
    return undefined;
  }
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isNode(pair?.key) ? pair.key : undefined;
}

/** Where `node` starts; the first line when there is no node (an empty file). */
export function positionOf(node: Node | undefined, lineCounter: LineCounter): SidecarPosition {
  return positionAtOffset(node?.range?.[0] ?? 0, lineCounter);
}

export function positionAtOffset(offset: number, lineCounter: LineCounter): SidecarPosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The `id` each claim in the file has, if it has a textual one, with the claim's node. */
export function claimNodes(document: Document): { id: string | undefined; node: Node }[] {
  const claims = document.get('claims', true);
  if (!isSeq(claims)) {
    return [];
  }
  return claims.items.filter(isNode).map((node) => {
    const id = isMap(node) ? node.get('id') : undefined;
    return { id: typeof id === 'string' ? id : undefined, node };
  });
}
