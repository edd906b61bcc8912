import * as vscode from 'vscode';

type Node = { readonly type: vscode.FileType.File; data: Uint8Array; mtime: number } | { readonly type: vscode.FileType.Directory; mtime: number };

/**
 * A writable file system held in memory, under a scheme of the test's own (as a virtual workspace's
 * is): nothing of it is on disk, so whatever reads it must go through `workspace.fs`. Folders are
 * made as files are written; a change fires `onDidChangeFile`, which is what file watchers hear.
 */
export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly nodes = new Map<string, Node>([['/', { type: vscode.FileType.Directory, mtime: Date.now() }]]);
  private readonly changeEmitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  public readonly onDidChangeFile = this.changeEmitter.event;
  /** Writes that land just after the next read of their file, by path: as another program's would, while the reader is busy with what it read. */
  private readonly writesAfterRead = new Map<string, string>();
  /** Paths whose stat waits until released, with what to tell when one is asked for. */
  private readonly heldStats = new Map<string, { readonly released: Promise<void>; readonly asked: () => void }>();

  constructor(public readonly scheme: string) {}

  public uri(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: this.scheme, path });
  }

  /** The file's text, or undefined when there is none. */
  public text(path: string): string | undefined {
    const node = this.nodes.get(path);
    return node?.type === vscode.FileType.File ? new TextDecoder().decode(node.data) : undefined;
  }

  /** Writes `text` to the file at `path` as soon as it has next been read, before the reader can do anything with what it read. */
  public writeAfterNextRead(path: string, text: string): void {
    this.writesAfterRead.set(path, text);
  }

  /**
   * Holds every stat of `path` until `release` is called, as a slow disk's or network's would be:
   * `asked` resolves once one was asked for.
   */
  public holdStats(path: string): { readonly asked: Promise<void>; readonly release: () => void } {
    let release!: () => void;
    let asked!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const wasAsked = new Promise<void>((resolve) => (asked = resolve));
    this.heldStats.set(path, { released, asked });
    return {
      asked: wasAsked,
      release: () => {
        this.heldStats.delete(path);
        release();
      },
    };
  }

  public watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  public stat(uri: vscode.Uri): vscode.FileStat | Thenable<vscode.FileStat> {
    const held = this.heldStats.get(uri.path);
    if (held) {
      held.asked();
      return held.released.then(() => this.stat(uri));
    }
    const node = this.node(uri);
    return { type: node.type, ctime: node.mtime, mtime: node.mtime, size: node.type === vscode.FileType.File ? node.data.byteLength : 0 };
  }

  public readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.nodes].filter(([path]) => path !== prefix && path.startsWith(prefix) && !path.slice(prefix.length).includes('/')).map(([path, node]) => [path.slice(prefix.length), node.type]);
  }

  public createDirectory(uri: vscode.Uri): void {
    this.makeFolders(uri.path);
  }

  public readFile(uri: vscode.Uri): Uint8Array {
    const node = this.node(uri);
    if (node.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    const later = this.writesAfterRead.get(uri.path);
    this.writesAfterRead.delete(uri.path);
    if (later !== undefined) this.writeFile(uri, new TextEncoder().encode(later), { create: false, overwrite: true });
    return node.data;
  }

  public writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const existing = this.nodes.get(uri.path);
    if (existing?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.makeFolders(parentOf(uri.path));
    this.nodes.set(uri.path, { type: vscode.FileType.File, data: content, mtime: Date.now() });
    this.changeEmitter.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  public delete(uri: vscode.Uri): void {
    this.node(uri);
    for (const path of [...this.nodes.keys()]) {
      if (path === uri.path || path.startsWith(`${uri.path}/`)) this.nodes.delete(path);
    }
    this.changeEmitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  public rename(from: vscode.Uri, to: vscode.Uri, options: { readonly overwrite: boolean }): void {
    const node = this.node(from);
    if (node.type !== vscode.FileType.File) throw vscode.FileSystemError.NoPermissions('only files are renamed here');
    const existing = this.nodes.get(to.path);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.nodes.delete(from.path);
    this.nodes.set(to.path, { ...node, mtime: Date.now() });
    this.changeEmitter.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri: to }]);
  }

  private node(uri: vscode.Uri): Node {
    const node = this.nodes.get(uri.path);
    if (!node) throw vscode.FileSystemError.FileNotFound(uri);
    return node;
  }

  private makeFolders(path: string): void {
    for (let folder = path; folder !== '/' && !this.nodes.has(folder); folder = parentOf(folder)) {
      this.nodes.set(folder, { type: vscode.FileType.Directory, mtime: Date.now() });
    }
  }
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}
