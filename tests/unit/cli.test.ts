/**
 * The ingest command line, run as a user runs it: stdout, stderr, exit codes, and files on disk.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seedInput = join(root, "tests/fixtures/seed/input.txt");
const htmlInput = join(root, "tests/fixtures/html-article/input.html");

function ingest(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [join(root, "cli/ingest.cjs"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-test-"));
  // The first run may build the command's bundle; do it once, outside any one test's time.
  ingest([seedInput]);
}, 60_000);

/** One line, named for the command, no stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ingest: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("ingest", () => {
  it("prints a valid article for a text file", () => {
    const { status, stdout, stderr } = ingest([seedInput]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const parsed = parseArticle(JSON.parse(stdout));
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(JSON.parse(stdout).title).toBe("Iran's Khamenei: No war, no negotiations with Trump");
  });

  it("reads standard input with -", () => {
    const { status, stdout } = ingest(["-"], readFileSync(seedInput));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).speakers.length).toBe(5);
  });

  it("reads HTML by extension, and by sniffing when the name says nothing", () => {
    const byName = ingest([htmlInput]);
    expect(byName.status).toBe(0);
    expect(JSON.parse(byName.stdout).title).toBe("Water company fined over sewage spills");
    const sniffed = ingest(["-"], readFileSync(htmlInput));
    expect(sniffed.status).toBe(0);
    expect(JSON.parse(sniffed.stdout).source.name).toBe("Coastal Times");
  });

  it("reads an article given as an HTML fragment, with no <html> or <body> (as copied from a page)", () => {
    const page = readFileSync(htmlInput, "utf8");
    const article = /<article[\s\S]*<\/article>/.exec(page)?.[0] ?? "";
    expect(article).toMatch(/^<article/);
    const { status, stdout, stderr } = ingest(["-", "--format", "html"], Buffer.from(article));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).paragraphs.length).toBeGreaterThan(3);
  });

  it("reads a page nested thousands of elements deep as it reads the same page unnested", () => {
    const page = readFileSync(htmlInput, "utf8");
    const article = /<article[\s\S]*<\/article>/.exec(page)?.[0] ?? "";
    const deep = `<html><body>${"<div>".repeat(20_000)}${article}${"</div>".repeat(20_000)}</body></html>`;
    const flat = ingest(["-", "--format", "html"], Buffer.from(`<html><body>${article}</body></html>`));
    const nested = ingest(["-", "--format", "html"], Buffer.from(deep));
    expect(nested.stderr).toBe("");
    expect(nested.status).toBe(0);
    expect(JSON.parse(nested.stdout).paragraphs).toEqual(JSON.parse(flat.stdout).paragraphs);
    // (Two commands of about a second each alone; more on a machine busy with the rest of the suite.)
  }, 60_000);

  it("writes -o atomically, leaving no temporary file", () => {
    const out = join(dir, "seed.json");
    const { status, stdout } = ingest([seedInput, "-o", out, "--id", "my-seed", "--published", "2018-08-13"]);
    expect(status).toBe(0);
    expect(stdout).toBe("");
    const article = JSON.parse(readFileSync(out, "utf8"));
    expect(article.id).toBe("my-seed");
    expect(article.source.publishedAt).toBe("2018-08-13");
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it.each([
    ["a missing file", ["no/such/file.txt"], 3, /no such file/],
    ["a directory", ["tests"], 3, /is a directory/],
    ["no input at all", [], 2, /no input file/],
    ["an unknown option", [seedInput, "--frobnicate"], 2, /unknown option --frobnicate/],
    ["an option without its value", [seedInput, "-o"], 2, /-o needs a value/],
  ])("refuses %s with a one-line message and exit code %s", (_, args, code, pattern) => {
    const { status, stderr, stdout } = ingest(args as string[]);
    expect(status).toBe(code);
    expect(stdout).toBe("");
    expectOneLineError(stderr, pattern as RegExp);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), 4, /is empty/],
    ["only blank lines", Buffer.from("\n\n   \n\t\n"), 4, /has no text/],
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]), 4, /binary file/],
    ["invalid UTF-8", Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x20, 0x77]), 4, /not valid UTF-8/],
    [
      "HTML with no article in it",
      Buffer.from("<!doctype html><html><body><nav><a href=/>Home</a></nav></body></html>"),
      5,
      /no article found/,
    ],
    ["a word", Buffer.from("hello\n"), 5, /doesn’t look like an article/],
    [
      "keyboard mash",
      Buffer.from("asdkfj lqwkej\n\nqwlekjr lqkwjer zxcvb\n\nplokij uhygt"),
      5,
      /doesn’t look like an article/,
    ],
  ])("refuses %s with a one-line message and exit code %s, writing nothing", (_, bytes, code, pattern) => {
    const name = `input-${code}-${Math.random().toString(36).slice(2)}${String(pattern).includes("no article") ? ".html" : ".txt"}`;
    const input = join(dir, name);
    writeFileSync(input, bytes as Buffer);
    const out = join(dir, `${name}.json`);
    const { status, stderr } = ingest([input, "-o", out]);
    expect(status).toBe(code);
    expectOneLineError(stderr, pattern as RegExp);
    expect(existsSync(out)).toBe(false);
  });

  it("leaves no output file when the output cannot be written", () => {
    const target = join(dir, "not-a-dir");
    writeFileSync(target, "a file");
    const { status, stderr } = ingest([seedInput, "-o", join(target, "out.json")]);
    expect(status).toBe(6);
    expectOneLineError(stderr, /cannot write/);
  });

  it("refuses a 50 MB file by its size, at once, writing nothing", () => {
    const input = join(dir, "huge.txt");
    // Sparse: 50 MB on paper, nothing on disk; the size alone decides.
    writeFileSync(input, "");
    truncateSync(input, 50 * 1024 * 1024);
    const out = join(dir, "huge.json");
    const { status, stderr } = ingest([input, "-o", out]);
    expect(status).toBe(4);
    expectOneLineError(stderr, /huge\.txt is 50 MB; the limit is 10 MB/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses standard input over the size limit", () => {
    const { status, stderr } = ingest(["-"], Buffer.alloc(11 * 1024 * 1024, "a"));
    expect(status).toBe(4);
    expectOneLineError(stderr, /standard input is over the 10 MB limit/);
  });

  it("handles text with unbalanced and lone quotation marks", () => {
    const input = join(dir, "unbalanced.txt");
    writeFileSync(
      input,
      'Headline “with an open quote\n\n“He said it, and then ” and “ and " and ‘ never closed.\n\n”',
    );
    const { status, stdout } = ingest([input]);
    expect(status).toBe(0);
    expect(parseArticle(JSON.parse(stdout)).ok).toBe(true);
  });

  it("shows a stack trace only with --debug", () => {
    mkdirSync(join(dir, "d"), { recursive: true });
    expect(ingest([join(dir, "d")]).stderr).not.toMatch(/\n\s+at /);
  });
});
