import type { Page } from 'playwright-core';

/**
 * When the workbench page drew an opening document, by the page's own clock (performance.now()),
 * as a MutationObserver in the page sees the DOM change: its text in an editor's `.view-lines`,
 * the first code lens with a title (`.codelens-decoration`) and the first decoration of an
 * extension's decoration type (VS Code names their classes `ced-<key>-<n>`) in that editor.
 * And when the page sent the extension host the document and each request for its lenses (the
 * editor's debounce over), as its WebSocket's `send` sees them.
 */
export interface DrawnTimes {
  /** Just before the key press that opens the document. */
  readonly askedAt: number;
  /** The page sent the document's text to the extension host. */
  readonly sentAt?: number;
  /** The page's WebSocket had handed all of it on (`bufferedAmount` back to 0, looked at every few ms). */
  readonly drainedAt?: number;
  /** `performance.timeOrigin`: with it, the times above on the machine's clock. */
  readonly timeOrigin: number;
  /** Each `$provideCodeLenses` request the page sent for the document. */
  readonly lensRequests: readonly number[];
  /** Each answer from the extension host holding lenses (a *Tag claim* title) that arrived after a lens request for the document. */
  readonly lensAnswers: readonly number[];
  /** The page's main thread busy in tasks of 50 ms or more, from showing the document to its lenses drawn: longest and total ms. */
  readonly longestTaskMs: number;
  readonly longTasksMs: number;
  /** Each change event of a lens provider (`onDidChangeCodeLenses`, which starts every editor's wait again) that arrived while watching. */
  readonly lensEvents: readonly number[];
  /** The extension host registered our lens provider (its selector names our language) in this page: on activation, with the session's first document. */
  readonly providerRegisteredAt?: number;
  readonly shownAt?: number;
  readonly lensesAt?: number;
  /** Lenses with a title when they were first drawn. */
  readonly lensCount?: number;
  readonly highlightsAt?: number;
}

/** The page's state: the document being watched for, by a marker word its first line holds. */
interface Watch {
  marker: string;
  askedAt: number;
  file: string;
  sentAt?: number;
  drainedAt?: number;
  lensRequests: number[];
  lensAnswers: number[];
  lensEvents: number[];
  /** [start, duration] of the page's long tasks since the watch began. */
  longTasks: [number, number][];
  editor?: Element;
  shownAt?: number;
  lensesAt?: number;
  lensCount?: number;
  highlightsAt?: number;
}

declare class PerformanceObserver {
  constructor(callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void);
  observe(options: Record<string, unknown>): void;
}
declare const window: { drawnTimesWatch?: Watch; drawnTimesObserved?: boolean; lensProviderRegisteredAt?: number };
interface NativeWebSocket {
  send(data: unknown): void;
  readonly bufferedAmount: number;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
declare let WebSocket: { new (...args: unknown[]): NativeWebSocket; prototype: NativeWebSocket };
declare class TextDecoder {
  constructor(encoding: string);
  decode(bytes: Uint8Array): string;
}
declare const document: { querySelectorAll(selector: string): Iterable<Element>; body: unknown };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: Record<string, unknown>): void;
}
interface Element {
  readonly textContent: string | null;
  readonly className: string | { baseVal: string };
  closest(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

/** Runs in the page: one observer for the page's life, reading whichever watch is current. */
function observeDrawing(): void {
  if (window.drawnTimesObserved) return;
  window.drawnTimesObserved = true;
  const isExtensionDecoration = (element: Element): boolean => {
    const names = typeof element.className === 'string' ? element.className : element.className.baseVal;
    return /(^|\s)ced-/.test(names);
  };
  const check = (): void => {
    const watch = window.drawnTimesWatch;
    if (watch === undefined) return;
    const now = performance.now();
    if (watch.editor === undefined) {
      for (const lines of document.querySelectorAll('.monaco-editor .view-lines')) {
        if (lines.textContent?.includes(watch.marker)) {
          watch.shownAt = now;
          watch.editor = lines.closest('.monaco-editor') ?? undefined;
          break;
        }
      }
      if (watch.editor === undefined) return;
    }
    if (watch.lensesAt === undefined) {
      const titled = [...watch.editor.querySelectorAll('.codelens-decoration')].filter((lens) => (lens.textContent ?? '').trim() !== '');
      if (titled.length > 0) {
        watch.lensesAt = now;
        watch.lensCount = titled.length;
      }
    }
    if (watch.highlightsAt === undefined && [...watch.editor.querySelectorAll('[class*="ced-"]')].some(isExtensionDecoration)) {
      watch.highlightsAt = now;
    }
  };
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) window.drawnTimesWatch?.longTasks.push([startTime, duration]);
  }).observe({ type: 'longtask' });
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
}

/**
 * Runs in the page before the workbench's scripts: notes the messages to the extension host that
 * carry the watched document's text (its marker) or ask for its lenses (its file name), and those
 * from it that register our lens provider, answer with lenses or pass on a lens provider's change
 * event. (VS Code's merge-conflict extension has a lens provider for every file too: its answers
 * hold no *Tag claim*, and it fires no change event unless its settings change.) Only a message's first 64 KB are read: the method and
 * the document's first line come first.
 */
function hookMessages(): void {
  const latin1 = new TextDecoder('latin1');
  const textOf = (data: unknown): string | undefined => {
    if (!(data instanceof ArrayBuffer || ArrayBuffer.isView(data))) return undefined;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return latin1.decode(bytes.subarray(0, 65_536));
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: NativeWebSocket, data: unknown) {
    const watch = window.drawnTimesWatch;
    const text = watch && textOf(data);
    if (watch && text) {
      const now = performance.now();
      if (watch.sentAt === undefined && text.includes(watch.marker)) {
        watch.sentAt = now;
        const drained = (): void => {
          if (this.bufferedAmount === 0) watch.drainedAt = performance.now();
          else setTimeout(drained, 2);
        };
        setTimeout(drained, 0);
      }
      if (text.includes('$provideCodeLenses') && text.includes(watch.file)) watch.lensRequests.push(now);
    }
    send.call(this, data);
  };
  const Native = WebSocket;
  // Listening from the constructor on, ahead of the workbench's own listener.
  WebSocket = class extends Native {
    constructor(...args: unknown[]) {
      super(...args);
      this.addEventListener('message', ({ data }) => {
        if (!(data instanceof Blob)) return;
        // The workbench reads the server's messages as Blobs; the time is when this one arrived.
        const arrived = performance.now();
        const watch = window.drawnTimesWatch;
        void data.slice(0, 65_536).text().then((text) => {
          if (window.lensProviderRegisteredAt === undefined && text.includes('$registerCodeLensSupport') && text.includes('policy-document')) window.lensProviderRegisteredAt = arrived;
          // An answer names no document (the lenses' arguments stay in the host): the ones after a request for this one.
          if (watch && watch.lensRequests.length > 0 && text.includes('Tag claim')) watch.lensAnswers.push(arrived);
          if (watch && text.includes('$emitCodeLensEvent')) watch.lensEvents.push(arrived);
        });
      });
    }
  };
}

/** Before the first page load: the hook on the page's messages to the extension host. */
export async function hookExtensionHostMessages(page: Page): Promise<void> {
  await page.addInitScript(hookMessages);
}

/** Starts watching for the document whose first line holds `marker`; call just before asking to open it. */
export async function watchFor(page: Page, marker: string, file: string): Promise<void> {
  await page.evaluate(observeDrawing);
  await page.evaluate(([word, name]) => {
    window.drawnTimesWatch = { marker: word, file: name, askedAt: performance.now(), lensRequests: [], lensAnswers: [], lensEvents: [], longTasks: [] };
  }, [marker, file]);
}

/** The times drawn so far of the document watched for. */
export async function drawnTimes(page: Page): Promise<DrawnTimes> {
  return page.evaluate(() => {
    const watch: Watch = window.drawnTimesWatch ?? { marker: '', file: '', askedAt: Number.NaN, lensRequests: [], lensAnswers: [], lensEvents: [], longTasks: [] };
    const { askedAt, sentAt, drainedAt, lensRequests, lensAnswers, lensEvents, longTasks, shownAt, lensesAt, lensCount, highlightsAt } = watch;
    const between = longTasks.filter(([start, duration]) => shownAt !== undefined && start + duration > shownAt && (lensesAt === undefined || start < lensesAt)).map(([, duration]) => duration);
    return {
      askedAt, sentAt, drainedAt, timeOrigin: performance.timeOrigin, lensRequests: [...lensRequests], lensAnswers: [...lensAnswers], lensEvents: [...lensEvents], providerRegisteredAt: window.lensProviderRegisteredAt, shownAt, lensesAt, lensCount, highlightsAt,
      longestTaskMs: Math.max(0, ...between), longTasksMs: between.reduce((sum, duration) => sum + duration, 0),
    };
  });
}
