import { describe, expect, it } from 'vitest';
import { keptUntilFailed } from '../../src/lib/kept-until-failed';

describe('keptUntilFailed', () => {
  it('makes the promise once, and shares it while pending and after it succeeds', async () => {
    let made = 0;
    const load = keptUntilFailed(async () => ++made);
    const [a, b] = [load(), load()];
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    expect(await load()).toBe(1);
  });

  it('makes it again on the next call after it failed', async () => {
    let made = 0;
    const load = keptUntilFailed(async () => {
      made += 1;
      if (made === 1) throw new Error('offline');
      return made;
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
