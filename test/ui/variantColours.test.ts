/** A variant's colour stays with it; the default list writes no colour; written colours read back the same. */
import { describe, expect, it } from 'vitest';
import { freeColour, resolveColours, writtenColours } from '../../src/ui/variantColours';

describe('variant colours', () => {
  it('a list without colours is coloured 0, 1, 2, 3 and writes none', () => {
    expect(resolveColours([undefined, undefined, undefined, undefined])).toEqual([0, 1, 2, 3]);
    expect(writtenColours([0, 1, 2, 3])).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('a copy of the second variant takes the first free colour (4); the others keep theirs', () => {
    // [0, 1, 2, 3] → copy of #2 inserted after it: [0, 1, 4, 2, 3]
    const colours = [0, 1, freeColour([0, 1, 2, 3]), 2, 3];
    expect(colours).toEqual([0, 1, 4, 2, 3]);
    // only the copy differs from "first free before it": 2 is free before index 2, 4 is written
    expect(writtenColours(colours)).toEqual([undefined, undefined, 4, undefined, undefined]);
    expect(resolveColours(writtenColours(colours))).toEqual(colours);
  });
  it('removing the first variant leaves 1, 2, 3 (written, since 0 is free again)', () => {
    expect(writtenColours([1, 2, 3])).toEqual([1, 2, 3]);
    expect(resolveColours([1, 2, 3])).toEqual([1, 2, 3]);
  });
  it('a missing colour after written ones is the first not taken before it', () => {
    expect(resolveColours([2, undefined, 0, undefined])).toEqual([2, 0, 0, 1]);
  });
  it('all eight taken: cycles by count', () => {
    expect(freeColour([0, 1, 2, 3, 4, 5, 6, 7])).toBe(0);
    expect(freeColour([0, 1, 2, 3, 4, 5, 6, 7, 0])).toBe(1);
  });
});
