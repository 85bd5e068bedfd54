/**
 * One speaker per referent, after attribution: forms the stages before could not join because they
 * only show in the list of speakers as a whole.
 * - a name printed with and without its spaces or with its words cut short ("TimeWarner" and "Time
 *   Warner", "Dallas Police Dept" and "Dallas Police Department");
 * - a peer's title before the surname of someone named in full ("Baroness Boothroyd" after "Betty
 *   Boothroyd");
 * - a bare group beside the one group of that kind the story describes ("Researchers" and
 *   "Researchers at Harbour University", "Critics" and "Critics of the council");
 * - "the task force" after the one speaker introduced as "a U.S. task force";
 * - a research team in so many words ("the researchers", "the study authors", "the research team").
 */
import type { Entity } from "./entities";
import { givenName } from "./given-names";

/**
 * Gives each attribution to the one entity its speaker is, and returns that mapping (for whatever
 * else holds speakers), or null when no two speakers are one.
 */
export function joinSameSpeakers(
  attributions: readonly { speaker: Entity | null }[],
): ((e: Entity | null) => Entity | null) | null {
  const counts = new Map<Entity, number>();
  for (const a of attributions) if (a.speaker) counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
  if (counts.size < 2) return null;
  const speakers = [...counts.keys()];
  const into = new Map<Entity, Entity>();
  for (const e of speakers) {
    const other = sameAs(e, speakers, counts);
    if (other && other !== e && !into.has(other)) into.set(e, other);
  }
  if (into.size === 0) return null;
  const final = (e: Entity): Entity => {
    let f = e;
    for (let n = 0; into.has(f) && n < 4; n++) f = into.get(f) as Entity;
    return f;
  };
  for (const [from] of into) {
    const to = final(from);
    if (to === from) continue;
    to.aliases.add(from.name);
    for (const a of from.aliases) to.aliases.add(a);
    to.role ??= from.role;
    to.gender ??= from.gender;
  }
  for (const a of attributions) if (a.speaker) a.speaker = final(a.speaker);
  return (e) => (e ? final(e) : e);
}

/** The other speaker this one is, if the list shows it. */
function sameAs(
  e: Entity,
  speakers: readonly Entity[],
  counts: ReadonlyMap<Entity, number>,
): Entity | undefined {
  // (Spelling: the one quoted more often, or first, keeps its name.)
  const key = spelling(e.name);
  const spelt = speakers.find(
    (o) =>
      o !== e &&
      spelling(o.name) === key &&
      ((counts.get(o) ?? 0) > (counts.get(e) ?? 0) ||
        ((counts.get(o) ?? 0) === (counts.get(e) ?? 0) && o.order < e.order)),
  );
  if (spelt) return spelt;
  const described = introduced(e, speakers);
  if (described) return described;
  const team = researchTeam(e, speakers);
  if (team) return team;
  if (e.kind === "person") return peer(e, speakers);
  if (e.kind === "group") return describedGroup(e, speakers);
  return undefined;
}

/** A name as letters alone, its short forms written out: "Dallas Police Dept." → "dallaspolicedepartment". */
function spelling(name: string): string {
  let key = spellings.get(name);
  if (key === undefined) {
    key = spelt(name);
    spellings.set(name, key);
  }
  return key;
}
/** Spellings by name (names repeat across articles; the map is bounded by clearing it when large). */
const spellings = new Map<string, string>();
function spelt(name: string): string {
  if (spellings.size > 5000) spellings.clear();
  return name
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .split(/\s+/)
    .map((w) => SHORT_FORMS[w.replace(/\.$/, "")] ?? w)
    .join("")
    .replace(/[^\p{L}\p{N}]/gu, "");
}
const SHORT_FORMS: Record<string, string> = {
  dept: "department",
  depts: "departments",
  univ: "university",
  assn: "association",
  assoc: "association",
  corp: "corporation",
  intl: "international",
  natl: "national",
  govt: "government",
  inst: "institute",
  ctr: "center",
  hosp: "hospital",
};

/**
 * "The task force" after "a U.S. task force": a definite description and the one speaker of the same
 * kind introduced with "a" and the same words.
 */
function introduced(e: Entity, speakers: readonly Entity[]): Entity | undefined {
  const words = /^the\s+(.+)$/i.exec(e.name)?.[1]?.toLowerCase();
  if (!words) return undefined;
  const found = speakers.filter(
    (o) =>
      o !== e && o.kind === e.kind && /^an?\s/i.test(o.name) && o.name.toLowerCase().endsWith(` ${words}`),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** A story's research team in so many words: "the researchers", "the study authors", "the research team". */
const TEAM =
  /^(?:the\s+)?(?:(?:research|study|study['’]s)\s+)?(?:researchers|scientists|authors|investigators|team)$/i;

/**
 * "The research team" beside "the researchers" or "the study authors": one team, under the name of
 * the one research group the story describes ("Researchers at Harbour University"), else of the
 * first of them.
 */
function researchTeam(e: Entity, speakers: readonly Entity[]): Entity | undefined {
  if (!TEAM.test(e.name) || /^team$/i.test(e.name)) return undefined;
  const described = speakers.filter(
    (o) => o.kind === "group" && !TEAM.test(o.name) && !ANOTHER.test(o.name) && RESEARCHERS.test(o.name),
  );
  if (described.length === 1) return described[0];
  if (described.length > 1) return undefined;
  const first = speakers.find((o) => TEAM.test(o.name));
  return first !== e ? first : undefined;
}
/** A group of researchers described: "Researchers at Harbour University", "Harbour University scientists". */
const RESEARCHERS = /\b(?:researchers|scientists|investigators)\b/i;

/** Peers' titles and the gender they are for. */
const PEERS: Record<string, "m" | "f"> = { lord: "m", baron: "m", viscount: "m", baroness: "f", lady: "f" };

/** "Baroness Boothroyd": the one person named in full with that surname and a given name that fits. */
function peer(e: Entity, speakers: readonly Entity[]): Entity | undefined {
  const words = e.name.split(/\s+/);
  const gender = words.length === 2 ? PEERS[(words[0] as string).toLowerCase()] : undefined;
  if (!gender) return undefined;
  const surname = words[1] as string;
  const named = speakers.filter((o) => {
    if (o === e || o.kind !== "person") return false;
    const ws = o.name.split(/\s+/);
    if (ws.length < 2 || ws.at(-1) !== surname || PEERS[(ws[0] as string).toLowerCase()]) return false;
    // (A given name the list does not know is no evidence against.)
    const known = o.gender ?? givenName(ws[0] as string);
    return known === gender || known === undefined || known === "u";
  });
  return named.length === 1 ? named[0] : undefined;
}

/** Words before a group's noun that make it another group ("other researchers", "some critics"). */
const ANOTHER = /^(?:other|some|many|most|several|few|all|two|three|both|more|fellow)\b/i;

/** "Researchers" beside "Researchers at Harbour University": the one group of that noun described. */
function describedGroup(e: Entity, speakers: readonly Entity[]): Entity | undefined {
  if (/\s/.test(e.name.replace(/^the\s+/i, ""))) return undefined;
  const noun = e.name.replace(/^the\s+/i, "").toLowerCase();
  const described = speakers.filter(
    (o) =>
      o !== e &&
      o.kind === "group" &&
      !ANOTHER.test(o.name) &&
      o.name
        .toLowerCase()
        .split(/\s+/)
        .some((w, i) => w === noun && i <= 3),
  );
  return described.length === 1 ? described[0] : undefined;
}
