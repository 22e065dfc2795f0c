// Position comparisons at their edges (a range includes both ends; touching ranges
// overlap) and the two list helpers that memoised analysis relies on.
import { strict as assert } from 'node:assert';
import { comparePositions, containsPosition, rangeKey, rangesOverlap } from '../../server/src/core/text/positions';
import { pushTo, sameElements } from '../../server/src/core/lists';
import type { Range } from '../../server/src/core/types';

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

describe('positions and lists', () => {
  it('comparePositions: the line decides first, then the character; equal positions give 0', () => {
    const at = (line: number, character: number) => ({ line, character });
    assert.deepEqual(
      [
        comparePositions(at(1, 9), at(2, 0)),
        comparePositions(at(2, 0), at(1, 9)),
        comparePositions(at(3, 4), at(3, 7)),
        comparePositions(at(3, 7), at(3, 4)),
        comparePositions(at(3, 4), at(3, 4)),
      ].map(Math.sign),
      [-1, 1, -1, 1, 0],
    );
  });

  it('containsPosition: both ends are inside, one character past either end is not, other lines decide by line', () => {
    const r = range(2, 3, 4, 5);
    const inside = [
      [2, 3],
      [4, 5],
      [3, 0],
      [3, 99],
      [2, 40],
    ];
    const outside = [
      [2, 2],
      [4, 6],
      [1, 3],
      [5, 0],
    ];
    assert.deepEqual(
      inside.map(([line, character]) => containsPosition(r, { line, character })),
      [true, true, true, true, true],
    );
    assert.deepEqual(
      outside.map(([line, character]) => containsPosition(r, { line, character })),
      [false, false, false, false],
    );
  });

  it('rangesOverlap: ranges that share one end overlap, either way round; disjoint ranges do not', () => {
    const a = range(1, 0, 1, 5);
    assert.equal(rangesOverlap(a, range(1, 5, 1, 9)), true);
    assert.equal(rangesOverlap(range(1, 5, 1, 9), a), true);
    assert.equal(rangesOverlap(a, range(0, 0, 1, 0)), true);
    assert.equal(rangesOverlap(a, range(1, 2, 1, 3)), true);
    assert.equal(rangesOverlap(a, range(1, 6, 2, 0)), false);
    assert.equal(rangesOverlap(range(1, 6, 2, 0), a), false);
    assert.equal(rangesOverlap(a, range(0, 0, 0, 9)), false);
  });

  it('rangeKey: start and end as line:character, joined by a hyphen', () => {
    assert.equal(rangeKey(range(3, 0, 3, 12)), '3:0-3:12');
    assert.equal(rangeKey(range(0, 7, 15, 2)), '0:7-15:2');
  });

  it('pushTo: starts a list for a new key and appends to an existing one, in order', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'b', 2);
    pushTo(map, 'a', 3);
    assert.deepEqual(
      [...map],
      [
        ['a', [1, 3]],
        ['b', [2]],
      ],
    );
  });

  it('sameElements: the very same objects in the same order; equal copies, another order or another length are not', () => {
    const x = { id: 1 };
    const y = { id: 2 };
    assert.equal(sameElements([x, y], [x, y]), true);
    assert.equal(sameElements([], []), true);
    assert.equal(sameElements([x, y], [x, { id: 2 }]), false);
    assert.equal(sameElements([x, y], [y, x]), false);
    assert.equal(sameElements([x], [x, y]), false);
    assert.equal(sameElements([x, y], [x]), false);
  });
});
