import { intersectIntervals, mergeIntervals, subtractIntervals } from "../../../src/core/time";

const span = (start: number, end: number) => ({ start, end });

describe("intervals", () => {
  it("merges overlapping and touching spans and drops empty ones", () => {
    expect(mergeIntervals([span(5, 7), span(0, 2), span(2, 3), span(6, 9), span(4, 4)])).toEqual([
      span(0, 3),
      span(5, 9),
    ]);
  });

  it("intersects two unions", () => {
    expect(intersectIntervals([span(0, 10)], [span(2, 3), span(8, 12)])).toEqual([span(2, 3), span(8, 10)]);
  });

  it("subtracts holes from a span", () => {
    expect(subtractIntervals([span(0, 10)], [span(2, 3), span(8, 12)])).toEqual([span(0, 2), span(3, 8)]);
  });
});
