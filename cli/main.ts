/**
 * `ingest`: an article file (plain text or HTML) in, article JSON out.
 *
 *   npm run --silent ingest -- <file|-> [-o out.json] [--id ID] [--source NAME] [--published DATE] [--url URL]
 *
 * The only code that touches the file system, argv and exit codes. Errors are one line on stderr
 * (a stack trace only with --debug) and a distinct exit code; an output file is written to a
 * temporary name and renamed, so a failed run never leaves one behind.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Article, parseArticle } from "../src/article";
import { IngestError, ingest } from "../src/ingest";
import { decodeInput, MAX_INPUT_BYTES, MAX_INPUT_MB, megabytes } from "../src/ingest/input";

/** Exit codes, one per kind of failure (documented in the README). */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  unreadable: 3,
  badInput: 4,
  noArticle: 5,
  writeFailed: 6,
} as const;

/** Inputs above this size are refused, at once and by their size (src/ingest/input.ts). */
export { MAX_INPUT_BYTES, MAX_INPUT_MB };

class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

interface Options {
  input: string;
  output?: string;
  id?: string;
  source?: string;
  published?: string;
  url?: string;
  format?: "text" | "html";
  debug: boolean;
}

const USAGE = `usage: ingest <file|-> [-o out.json] [--id ID] [--format text|html] [--source NAME] [--published YYYY-MM-DD] [--url URL] [--debug]`;

function parseArgs(argv: readonly string[]): Options {
  const options: Partial<Options> & { debug: boolean } = { debug: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith("-") && v !== "-"))
      throw new CliError(EXIT.usage, `${flag} needs a value. ${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h" || arg === "--help") throw new CliError(EXIT.ok, USAGE);
    else if (arg === "--debug") options.debug = true;
    else if (arg === "-o" || arg === "--output") options.output = value(i++, arg);
    else if (arg === "--id") options.id = value(i++, arg);
    else if (arg === "--source") options.source = value(i++, arg);
    else if (arg === "--published") options.published = value(i++, arg);
    else if (arg === "--url") options.url = value(i++, arg);
    else if (arg === "--format") {
      const f = value(i++, arg);
      if (f !== "text" && f !== "html")
        throw new CliError(EXIT.usage, `--format must be text or html. ${USAGE}`);
      options.format = f;
    } else if (arg.startsWith("-") && arg !== "-")
      throw new CliError(EXIT.usage, `unknown option ${arg}. ${USAGE}`);
    else if (options.input !== undefined) throw new CliError(EXIT.usage, `one input file only. ${USAGE}`);
    else options.input = arg;
  }
  if (options.input === undefined) throw new CliError(EXIT.usage, `no input file given. ${USAGE}`);
  return options as Options;
}

function readInput(input: string): Buffer {
  if (input === "-") {
    try {
      return readFileSync(0);
    } catch (error) {
      throw new CliError(EXIT.unreadable, `cannot read standard input (${(error as Error).message})`);
    }
  }
  let size: number;
  try {
    const stat = statSync(input);
    if (stat.isDirectory()) throw new CliError(EXIT.unreadable, `${input} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      EXIT.unreadable,
      code === "ENOENT" ? `no such file: ${input}` : `cannot read ${input} (${code ?? "error"})`,
    );
  }
  if (size > MAX_INPUT_BYTES)
    throw new CliError(
      EXIT.badInput,
      `${input} is ${megabytes(size)}; the limit is ${MAX_INPUT_MB} MB (news articles are far smaller)`,
    );
  try {
    return readFileSync(input);
  } catch (error) {
    throw new CliError(
      EXIT.unreadable,
      `cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

/** Decodes UTF-8 strictly: a binary file or another encoding is refused, not turned into mojibake. */
function decode(bytes: Buffer, name: string): string {
  const decoded = decodeInput(bytes);
  if ("text" in decoded) return decoded.text;
  throw new CliError(
    EXIT.badInput,
    {
      empty: `${name} is empty`,
      "too-large": `${name} is over the ${MAX_INPUT_MB} MB limit (news articles are far smaller)`,
      binary: `${name} is a binary file, not text or HTML`,
      "not-utf8": `${name} is not valid UTF-8 text`,
    }[decoded.refused],
  );
}

function writeAtomically(path: string, data: string) {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    throw new CliError(
      EXIT.writeFailed,
      `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

async function run(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const name = options.input === "-" ? "standard input" : options.input;
  const text = decode(readInput(options.input), name);
  let article: Article;
  try {
    article = await ingest(text, {
      name: options.input,
      ...(options.format ? { format: options.format } : {}),
      ...(options.id ? { id: options.id } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.published ? { published: options.published } : {}),
      ...(options.url ? { url: options.url } : {}),
    });
  } catch (error) {
    if (error instanceof IngestError)
      throw error.kind === "blank"
        ? new CliError(EXIT.badInput, `${name} has no text`)
        : new CliError(EXIT.noArticle, `${name}: ${error.message}`);
    throw error;
  }
  // The extractor's output must be a valid article; checking here keeps a bug from shipping bad JSON.
  const checked = parseArticle(article);
  if (!checked.ok)
    throw new CliError(
      EXIT.unexpected,
      `internal error: the extracted article is invalid (${checked.problems[0]?.path}: ${checked.problems[0]?.message})`,
    );
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (options.output) writeAtomically(options.output, json);
  else process.stdout.write(json);
}

/** Runs the command line and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    await run(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      (error.exitCode === EXIT.ok ? process.stdout : process.stderr).write(
        `${error.exitCode === EXIT.ok ? "" : "ingest: "}${error.message}\n`,
      );
      return error.exitCode;
    }
    process.stderr.write(
      `ingest: unexpected error: ${(error as Error).message ?? String(error)}${debug ? "" : " (run with --debug for details)"}\n`,
    );
    if (debug) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
    return EXIT.unexpected;
  }
}
