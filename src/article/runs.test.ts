import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightRange, paragraphRuns, type QuoteMark, type QuoteRun, type Run, type TextRun } from "./runs";
import type { QuoteKind } from "./schema";

function mark(quoteId: string, start: number, end: number, extra: Partial<QuoteMark> = {}): QuoteMark {
  return { quoteId, speakerId: "s", kind: "direct", start, end, lead: true, ...extra };
}

const text = (t: string, start: number): TextRun => ({ type: "text", text: t, start });

/** All text in reading order, as a reader would see it. */
function flatten(runs: readonly Run[]): string {
  return runs.map((r) => (r.type === "text" ? r.text : flatten(r.children))).join("");
}

/** Every quote run, depth first, in document order. */
function quoteRuns(runs: readonly Run[]): QuoteRun[] {
  return runs.flatMap((r) => (r.type === "quote" ? [r, ...quoteRuns(r.children)] : []));
}

/** Checks that runs tile [from, to) exactly and that text runs sit at their offsets; returns the end. */
function checkTiling(source: string, runs: readonly Run[], from: number, to: number) {
  let pos = from;
  for (const r of runs) {
    if (r.type === "text") {
      expect(r.start).toBe(pos);
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.text).toBe(source.slice(pos, pos + r.text.length));
      pos += r.text.length;
    } else {
      expect(r.mark.start).toBe(pos);
      expect(r.mark.end).toBeGreaterThan(r.mark.start);
      checkTiling(source, r.children, r.mark.start, r.mark.end);
      pos = r.mark.end;
    }
  }
  expect(pos).toBe(to);
}

describe("highlightRange", () => {
  const sentence = "He said “hello” today";
  const start = sentence.indexOf("hello");
  const end = start + "hello".length;

  it("extends a direct or partial quote over its quotation marks", () => {
    expect(highlightRange(sentence, start, end, "direct")).toEqual([start - 1, end + 1]);
    expect(highlightRange(sentence, start, end, "partial")).toEqual([start - 1, end + 1]);
  });

  it("leaves reported speech as it is, even next to quotation marks", () => {
    expect(highlightRange(sentence, start, end, "indirect")).toEqual([start, end]);
  });

  it.each([
    ['"', '"'],
    ["‘", "’"],
    ["'", "'"],
    ["«", "»"],
    ["„", "“"],
    ["‹", "›"],
    ["‚", "’"],
  ])("recognises %s…%s", (open, close) => {
    const t = `x ${open}word${close} y`;
    expect(highlightRange(t, 3, 7, "direct")).toEqual([2, 8]);
  });

  it("extends only on the side that has a mark", () => {
    const opening = "“words continue";
    expect(highlightRange(opening, 1, 6, "direct")).toEqual([0, 6]);
    const closing = "words end” here";
    expect(highlightRange(closing, 0, 9, "direct")).toEqual([0, 10]);
  });

  it("does not extend over brackets, letters or spaces", () => {
    expect(highlightRange("(hello)", 1, 6, "direct")).toEqual([1, 6]);
    expect(highlightRange("a hello b", 2, 7, "partial")).toEqual([2, 7]);
  });

  it("extends by one mark only, and stays inside the text at its edges", () => {
    expect(highlightRange("““hi””", 2, 4, "direct")).toEqual([1, 5]);
    expect(highlightRange("hi", 0, 2, "direct")).toEqual([0, 2]);
  });

  it("extends a direct quote that opens its paragraph", () => {
    const p2 = "“Even if we ever – impossible as it is – negotiated,” Khamenei said.";
    const close = p2.indexOf("”");
    expect(highlightRange(p2, 1, close, "direct")).toEqual([0, close + 1]);
  });
});

describe("paragraphRuns", () => {
  it("gives one text run for a paragraph without marks, and none for an empty one", () => {
    expect(paragraphRuns("Plain text.", [])).toEqual([text("Plain text.", 0)]);
    expect(paragraphRuns("", [])).toEqual([]);
  });

  it("puts a quote between the text around it", () => {
    const t = "He said “yes” twice.";
    const m = mark("q1", 8, 13);
    expect(paragraphRuns(t, [m])).toEqual([
      text("He said ", 0),
      { type: "quote", mark: m, children: [text("“yes”", 8)] },
      text(" twice.", 13),
    ]);
  });

  it("covers the whole paragraph when a quote is the whole paragraph", () => {
    const m = mark("q1", 0, 5);
    expect(paragraphRuns("Hello", [m])).toEqual([{ type: "quote", mark: m, children: [text("Hello", 0)] }]);
  });

  it("nests a partial quote inside the reported speech around it", () => {
    const t = "She said that it was “a disaster” for all.";
    const indirect = mark("q1", 0, t.length - 1, { kind: "indirect" });
    const partial = mark("q2", t.indexOf("“"), t.indexOf("”") + 1, { kind: "partial" });
    const runs = paragraphRuns(t, [partial, indirect]);
    expect(runs).toEqual([
      {
        type: "quote",
        mark: indirect,
        children: [
          text("She said that it was ", 0),
          { type: "quote", mark: partial, children: [text("“a disaster”", 21)] },
          text(" for all", 33),
        ],
      },
      text(".", t.length - 1),
    ]);
  });

  it("nests by extent, whatever the order of the marks", () => {
    const t = "abcdefghij";
    const outer = mark("outer", 2, 8);
    const inner = mark("inner", 2, 5);
    const expected = paragraphRuns(t, [outer, inner]);
    expect(paragraphRuns(t, [inner, outer])).toEqual(expected);
    const top = expected.find((r): r is QuoteRun => r.type === "quote");
    expect(top?.mark.quoteId).toBe("outer");
    expect(quoteRuns(top?.children ?? []).map((r) => r.mark.quoteId)).toEqual(["inner"]);
  });

  it("nests the second of two marks over the same range inside the first", () => {
    const a = mark("a", 0, 3);
    const b = mark("b", 0, 3);
    expect(paragraphRuns("abc", [a, b])).toEqual([
      { type: "quote", mark: a, children: [{ type: "quote", mark: b, children: [text("abc", 0)] }] },
    ]);
  });

  it("keeps adjacent marks side by side", () => {
    const a = mark("a", 0, 3);
    const b = mark("b", 3, 6);
    expect(paragraphRuns("abcdef", [b, a])).toEqual([
      { type: "quote", mark: a, children: [text("abc", 0)] },
      { type: "quote", mark: b, children: [text("def", 3)] },
    ]);
  });

  it("splits crossing marks: the first part nests, the rest follows without a badge", () => {
    const t = "abcdefghij";
    const a = mark("a", 0, 6);
    const b = mark("b", 4, 10);
    expect(paragraphRuns(t, [a, b])).toEqual([
      {
        type: "quote",
        mark: a,
        children: [text("abcd", 0), { type: "quote", mark: { ...b, end: 6 }, children: [text("ef", 4)] }],
      },
      { type: "quote", mark: { ...b, start: 6, lead: false }, children: [text("ghij", 6)] },
    ]);
    // The caller's marks are left alone.
    expect(b).toEqual(mark("b", 4, 10));
  });

  it("keeps a non-lead mark non-lead on every piece", () => {
    const runs = paragraphRuns("abcdefghij", [mark("a", 0, 6), mark("b", 4, 10, { lead: false })]);
    const pieces = quoteRuns(runs).filter((r) => r.mark.quoteId === "b");
    expect(pieces).toHaveLength(2);
    expect(pieces.every((r) => !r.mark.lead)).toBe(true);
  });

  it("ignores marks outside the paragraph and empty or reversed marks", () => {
    const t = "Hello";
    const runs = paragraphRuns(t, [
      mark("neg", -1, 3),
      mark("long", 2, 6),
      mark("empty", 2, 2),
      mark("reversed", 4, 1),
    ]);
    expect(runs).toEqual([text("Hello", 0)]);
    const withValid = paragraphRuns(t, [mark("long", 2, 6), mark("ok", 1, 4)]);
    expect(quoteRuns(withValid).map((r) => r.mark.quoteId)).toEqual(["ok"]);
  });

  it("keeps text in order and covers the paragraph exactly, for any marks (property)", () => {
    const kinds: QuoteKind[] = ["direct", "partial", "indirect"];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 24 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -3, max: 28 }),
            end: fc.integer({ min: -3, max: 28 }),
            lead: fc.boolean(),
            kind: fc.constantFrom(...kinds),
          }),
          { maxLength: 6 },
        ),
        (source, raw) => {
          const marks = raw.map((m, i) => mark(`q${i}`, m.start, m.end, { lead: m.lead, kind: m.kind }));
          const runs = paragraphRuns(source, marks);
          expect(flatten(runs)).toBe(source);
          checkTiling(source, runs, 0, source.length);
          const pieces = quoteRuns(runs);
          marks.forEach((m) => {
            const valid = m.start < m.end && m.start >= 0 && m.end <= source.length;
            const own = pieces
              .filter((r) => r.mark.quoteId === m.quoteId)
              .map((r) => r.mark)
              .sort((x, y) => x.start - y.start);
            if (!valid) {
              expect(own).toEqual([]);
              return;
            }
            // The pieces of one mark run back to back from its start to its end.
            expect(own[0]?.start).toBe(m.start);
            expect(own.at(-1)?.end).toBe(m.end);
            own.forEach((piece, i) => {
              if (i > 0) expect(piece.start).toBe(own[i - 1]?.end);
              // Only the first piece can carry the badge.
              expect(piece.lead).toBe(i === 0 ? m.lead : false);
              expect(piece.kind).toBe(m.kind);
            });
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
