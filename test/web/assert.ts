// The web worker host has no node:assert; these few checks are all the web suites need.

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) {
    throw new AssertionError(message);
  }
}

export function strictEqual<T>(actual: T, expected: T, message = 'values differ'): void {
  if (actual !== expected) {
    throw new AssertionError(`${message}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

/** Equal as JSON: for plain data (spans, lists of strings). */
export function deepStrictEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  strictEqual(JSON.stringify(actual), JSON.stringify(expected), message);
}

export function match(actual: string, pattern: RegExp, message = 'text does not match'): void {
  if (!pattern.test(actual)) {
    throw new AssertionError(`${message}\n  pattern: ${pattern}\n  actual:  ${JSON.stringify(actual)}`);
  }
}
