/**
 * Every disagreement between the extractor and gold labels, for each article of a folder of labelled
 * articles (`<folder>/<case>/input.txt` + `gold.json`): the fixtures by default, or the shared
 * corpus. `npx tsx scripts/gold-report.ts [folder] [--only a,b]`. The corpus scorer gives the
 * figures; this lists the speaker-level problems it does not count (junk, duplicates, kinds).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractFromText } from "../src/extract";
import { type Gold, goldProblems } from "../tests/gold/check";

const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1]?.split(",") : undefined;
const folder = resolve(
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--only") ?? "tests/fixtures",
);
const totals = { articles: 0, listed: 0, junk: 0, kind: 0, twice: 0 };
for (const name of readdirSync(folder).sort()) {
  if (only && !only.includes(name)) continue;
  const dir = join(folder, name);
  if (!existsSync(join(dir, "gold.json")) || !existsSync(join(dir, "input.txt"))) continue;
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Gold;
  const article = extractFromText(readFileSync(join(dir, "input.txt"), "utf8"), { id: "article" });
  const problems = goldProblems(article, gold);
  totals.articles++;
  totals.listed += article.speakers.length;
  totals.junk += problems.speakers.filter((p) => p.startsWith("not a speaker")).length;
  totals.kind += problems.speakers.filter((p) => / not (person|organisation|group)$/.test(p)).length;
  totals.twice += problems.speakers.filter((p) => p.includes(" listed ")).length;
  const lines = Object.entries(problems).flatMap(([kind, list]: [string, string[]]) =>
    list.map((p) => `  ${kind}: ${p}`),
  );
  if (lines.length > 0) console.log(`${name}\n${lines.join("\n")}`);
}
console.log(
  `\n${totals.articles} articles, ${totals.listed} listed speakers: ${totals.junk} not speakers, ${totals.kind} of the wrong kind, ${totals.twice} people listed more than once`,
);
