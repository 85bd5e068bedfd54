/**
 * The extractor against hand-written gold labels, as relations a reader checks: each labelled quote
 * is marked and given to its speaker; each sentence of reported speech is found with its speaker;
 * nothing else is marked; every listed speaker is someone the article quotes, once, and of the right
 * kind. One folder per class of error (`tests/fixtures/<case>/gold.json`, in the shared corpus's
 * format), written from invented sentences of the shape the class has in real news.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFromText } from "../../src/extract";
import { type Gold, goldProblems } from "../gold/check";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const cases = readdirSync(fixtures).filter(
  (name) => existsSync(join(fixtures, name, "gold.json")) && existsSync(join(fixtures, name, "input.txt")),
);

describe.each(cases)("gold labels of %s", (name) => {
  const gold = JSON.parse(readFileSync(join(fixtures, name, "gold.json"), "utf8")) as Gold;
  const article = extractFromText(readFileSync(join(fixtures, name, "input.txt"), "utf8"), { id: name });
  const problems = goldProblems(article, gold);

  it("marks every labelled quote and gives it to its speaker", () => expect(problems.quotes).toEqual([]));
  it("marks nothing else as a quote", () => expect(problems.extraQuotes).toEqual([]));
  it("finds every sentence of reported speech with its speaker", () => expect(problems.indirect).toEqual([]));
  it("reports no speech that is not there", () => expect(problems.extraIndirect).toEqual([]));
  it("lists each speaker once, of the right kind, and no one who is not a speaker", () =>
    expect(problems.speakers).toEqual([]));
});
