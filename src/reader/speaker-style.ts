/**
 * How speakers look: a hue each and a short badge of initials. Colour is never the only cue: the
 * initials (and the full name on hover, focus and to screen readers) say who is speaking.
 */
import type { Speaker } from "../article";

/**
 * Hues spread by the golden angle, so that any number of speakers get distinguishable neighbours
 * (forty speakers in a hearing transcript still differ from the ones next to them). Lightness and
 * chroma come from the theme, which keeps every hue's contrast with the text the same.
 */
export function speakerHue(index: number): number {
  return Math.round(200 + index * 137.508) % 360;
}

/**
 * Each speaker's hue. A speaker keeps theirs for the life of the article: it comes from their colour
 * slot (written down when speakers are first corrected, see `applyEdit`), else their position in the
 * list, so merging two recolours nobody else. No two speakers share a slot: a slot already taken (a
 * hand-edited file) moves to the next free one.
 */
export function speakerHues(speakers: readonly Speaker[]): Map<string, number> {
  const taken = new Set<number>();
  const hues = new Map<string, number>();
  speakers.forEach((speaker, i) => {
    let slot = speaker.colour ?? i;
    while (taken.has(slot)) slot++;
    taken.add(slot);
    hues.set(speaker.id, speakerHue(slot));
  });
  return hues;
}

/** Words of a name that are titles rather than the name itself. */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
  "ayatollah",
  "president",
  "prime",
  "minister",
  "senator",
  "sen",
  "rep",
  "gov",
  "governor",
  "secretary",
  "general",
  "gen",
  "judge",
  "professor",
  "prof",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "rev",
  "the",
  "of",
]);

function initialsOf(name: string): string {
  const words = name
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((w) => w && !TITLES.has(w.toLowerCase()));
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return "?";
  const letters = words.length === 1 ? first.slice(0, 2) : `${[...first][0]}${[...last][0]}`;
  return letters.toUpperCase();
}

/** Badge initials per speaker id, made unique within the article by a trailing number. */
export function speakerInitials(speakers: readonly Speaker[]): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Map<string, number>();
  const taken = new Set<string>();
  for (const s of speakers) {
    const base = initialsOf(s.name);
    let n = used.get(base) ?? 0;
    let initials = base;
    while (taken.has(initials)) initials = `${base}${++n + 1}`;
    used.set(base, n);
    taken.add(initials);
    result.set(s.id, initials);
  }
  return result;
}

/** The name and role in one line: "Mohammad Javad Zarif, Foreign Minister of Iran". */
export function speakerLabel(speaker: Speaker | undefined): string {
  if (!speaker) return "Unattributed";
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** Everything the page needs to draw one speaker. */
export interface SpeakerLook {
  speaker: Speaker;
  /** Hue for the speaker's colour (0–359). */
  hue: number;
  /** Badge initials, unique within the article. */
  initials: string;
  /** Name and role, for tooltips and screen readers. */
  label: string;
}

/** The look of every speaker of an article, in the article's speaker order. */
export function speakerLooks(speakers: readonly Speaker[]): Map<string, SpeakerLook> {
  const initials = speakerInitials(speakers);
  const hues = speakerHues(speakers);
  return new Map(
    speakers.map((speaker) => [
      speaker.id,
      {
        speaker,
        hue: hues.get(speaker.id) ?? 0,
        initials: initials.get(speaker.id) ?? "?",
        label: speakerLabel(speaker),
      },
    ]),
  );
}
