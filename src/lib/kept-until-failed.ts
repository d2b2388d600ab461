/**
 * A promise made once and kept, unless it fails: a load or a count that
 * failed (offline, a dropped connection) is made again on the next call
 * instead of failing forever. Calls while it is pending share it.
 */
export function keptUntilFailed<A extends unknown[], T>(make: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let kept: Promise<T> | null = null;
  return (...args) => {
    if (!kept) {
      const made = make(...args);
      kept = made;
      made.catch(() => {
        if (kept === made) kept = null;
      });
    }
    return kept;
  };
}
