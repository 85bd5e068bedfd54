import { describe, expect, it } from "vitest";
import {
  type ClaimCandidate,
  claimCount,
  claimText,
  pickClaims,
  scoreSentences,
  shortenLead,
  terms,
  tidyClaim,
} from "./claims";
import type { Entity } from "./entities";

const person = (name: string): Entity => ({
  name,
  kind: "person",
  aliases: new Set(),
  order: 0,
  role: undefined,
  gender: undefined,
  evidence: true,
  spoke: true,
  head: undefined,
});
const male = (name: string): Entity => ({ ...person(name), gender: "m" });

/** Candidates from paragraphs of sentences (invented), each sentence `[text, speaker?, direct?]`. */
function article(paragraphs: (string | [string, Entity?, boolean?])[][]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  paragraphs.forEach((sentences, paragraph) => {
    let start = 0;
    for (const s of sentences) {
      const [text, speaker, direct] = typeof s === "string" ? [s] : s;
      out.push({
        sentence: { block: paragraph + 1, start, end: start + text.length },
        text,
        speaker: speaker ?? null,
        speakerWeight: speaker ? 2 : 0,
        direct: direct ?? false,
        blocks: [paragraph + 1],
        paragraph,
        finished: /[.!?”"]$/.test(text),
      });
      start += text.length + 1;
    }
  });
  return out;
}

const frame = { title: "Harbour council votes to raise ferry fares by a fifth", standfirst: "" };

describe("tidyClaim", () => {
  it("drops an opening conjunction and capitalises", () => {
    expect(tidyClaim("But the council voted against the plan on Monday.")).toBe(
      "The council voted against the plan on Monday.",
    );
  });

  it("leaves out a dateline or a wire service's credit opening the lead", () => {
    expect(tidyClaim("KELSO (Wire) — Ferry fares will rise by a fifth, the council said.")).toBe(
      "Ferry fares will rise by a fifth, the council said.",
    );
    expect(tidyClaim("ASHBY BAY - The council voted on Monday.")).toBe("The council voted on Monday.");
    expect(tidyClaim("(CNN) Sometimes the last ferry leaves early.")).toBe(
      "Sometimes the last ferry leaves early.",
    );
    // (Not a name that opens a sentence, nor a dash inside it.)
    expect(tidyClaim("NASA said the launch would go ahead - twice.")).toBe(
      "NASA said the launch would go ahead - twice.",
    );
  });

  it("cuts an aside between subject and verb only where a verb follows it", () => {
    expect(tidyClaim("Lind, who has led the council since 2019, said fares would rise.")).toBe(
      "Lind said fares would rise.",
    );
    // (No verb after the aside: cutting it would leave no sentence.)
    expect(tidyClaim("They met Lind, who has led the council since 2019, in March.")).toBe(
      "They met Lind, who has led the council since 2019, in March.",
    );
    // (A sentence's end between the commas: no aside, whatever follows.)
    const quoted = "“Fares rise. However, who asked us. Mayor Lind, warned voters on Monday.”";
    expect(tidyClaim(quoted)).toBe(quoted);
  });
});

describe("claimText", () => {
  const lind = person("Ada Lind");

  it("takes a sentence of a claim's length", () => {
    expect(claimText("The council voted to raise ferry fares by a fifth from April.", null)).not.toBeNull();
    expect(claimText("Fares rose.", null)).toBeNull();
    expect(claimText(`The council ${"voted again and ".repeat(30)}agreed.`, null)).toBeNull();
  });

  it("keeps a speaker's question, never the reporter's", () => {
    expect(
      claimText("“Who will pay for the new ferries when the grant runs out?” Lind asked.", lind),
    ).not.toBeNull();
    expect(claimText("So who will pay for the new ferries when the grant runs out?", null)).toBeNull();
  });

  it("refuses an introduction to a list, the first person, and a quotation cut short", () => {
    expect(claimText("The council gave three reasons for the rise in fares:", null)).toBeNull();
    expect(claimText("I asked the council three times why fares had to rise so fast.", null)).toBeNull();
    expect(claimText("“We cannot keep the old fares and keep the ferries running.", lind)).toBeNull();
  });
});

describe("shortenLead", () => {
  it("drops a trailing participle clause, leaving a prefix of the sentence", () => {
    const lead =
      "The harbour council voted on Monday to raise ferry fares by a fifth from April, ending a decade in which fares were frozen while fuel and crew costs doubled and the fleet aged.";
    const short = shortenLead(lead, 90);
    expect(short).toBe("The harbour council voted on Monday to raise ferry fares by a fifth from April.");
  });

  it("gives up when no clause can go", () => {
    expect(
      shortenLead("The harbour council voted on Monday to raise ferry fares by a fifth from April.", 40),
    ).toBeNull();
  });
});

describe("terms", () => {
  it("keeps content words, without plurals, possessives or small words", () => {
    expect(terms("The council’s ferries and the ferry fares rose")).toEqual([
      "council",
      "ferrie",
      "ferry",
      "fare",
      "rose",
    ]);
  });
});

describe("scoreSentences", () => {
  const candidates = article([
    ["The harbour council voted on Monday to raise ferry fares by a fifth from April."],
    ["Commuters crowded the public gallery of the old town hall for the vote."],
    ["It was the first rise since 2015."],
    ["The fare rise will cost a daily commuter about £300 a year, the council's figures show."],
    ["The building dates from the 19th century and was restored in 1990."],
    [["Lind echoed the committee's comments in an interview.", person("Ada Lind")]],
    [["“It hurts,” said one.", person("A commuter"), true]],
    ["In the council’s case, this is not deliberate, though."],
    ["After the vote, it was the mayor who spoke first to the commuters outside."],
    ["In 2011, voters had elected a council that promised to freeze the fares for good."],
    ["This rise is the steepest the harbour has seen, the ferry company says."],
    ["This is what the commuters feared most when the plan was first put forward."],
    [["He said the rise would pay for two new ferries and a longer timetable.", person("Ada Lind")]],
    [["She said the rise would pay for two new ferries and a longer timetable.", male("Tom Shaw")]],
    ["These include two new ferries and a longer timetable for the winter months."],
    ["The ferry yard will cut 2000 jobs over the next three years, its owners said."],
  ]);
  const { scores } = scoreSentences(candidates, frame);

  it("ranks earlier paragraphs higher (the inverted pyramid)", () => {
    const positions = scores.map((s) => s.position);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
  });

  it("finds sentences like the headline", () => {
    expect(scores[0]?.headline).toBeGreaterThan(scores[1]?.headline ?? 1);
  });

  it("counts a real quantity, not an ordinal or a year in passing", () => {
    expect(scores[3]?.quantity).toBe(1);
    expect(scores[4]?.quantity).toBe(0);
    // (A year before the clause's subject is no count of voters.)
    expect(scores[9]?.quantity).toBe(0);
  });

  it("penalises an opening that points back, an empty attribution, and a short colour quote", () => {
    expect(scores[2]?.penalty).toBeGreaterThan(0);
    expect(scores[5]?.penalty).toBeGreaterThan(0);
    expect(scores[6]?.penalty).toBeGreaterThan(0);
    expect(scores[0]?.penalty).toBe(0);
    expect(scores[3]?.penalty).toBe(0);
  });

  it("looks past a short opening phrase for a word that points back, but not into a cleft", () => {
    expect(scores[7]?.penalty).toBeGreaterThan(0);
    expect(scores[8]?.penalty).toBe(0);
  });

  it("takes “this” before a noun for what it names, and “this” alone for a word that points back", () => {
    expect(scores[10]?.penalty).toBe(0);
    expect(scores[11]?.penalty).toBeGreaterThan(0);
    expect(scores[14]?.penalty).toBeGreaterThan(0);
  });

  it("counts a number of things that looks like a year when no year is meant", () => {
    expect(scores[15]?.quantity).toBe(1);
  });

  it("penalises less an opening that stands for the speaker named beside the claim", () => {
    expect(scores[12]?.penalty).toBeGreaterThan(0);
    expect(scores[12]?.penalty).toBeLessThan(scores[2]?.penalty ?? 0);
    // ("She" cannot be Tom Shaw.)
    expect(scores[13]?.penalty).toBe(scores[2]?.penalty);
  });
});

describe("pickClaims", () => {
  const lind = person("Ada Lind");
  const shaw = person("Tom Shaw");
  const story = article([
    [
      "The harbour council voted on Monday to raise ferry fares by a fifth from April, the first rise since the fares were frozen in 2015.",
    ],
    [
      "Commuters crowded the public gallery of the old town hall for the vote, which passed by nine votes to four.",
    ],
    [
      [
        "Council leader Ada Lind said the ferries would stop running within two years without the extra money.",
        lind,
      ],
    ],
    [
      [
        "“We had no choice left: the fuel bill alone has doubled since the fares were frozen,” Lind said.",
        lind,
        true,
      ],
    ],
    [
      [
        "Opposition councillor Tom Shaw said the rise would drive commuters back onto the congested coast road.",
        shaw,
      ],
    ],
    ["The fare rise will cost a daily commuter about £300 a year, according to the council's own figures."],
    ["The council voted on Monday to raise ferry fares by a fifth, the first rise since they were frozen."],
    ["The old town hall, which dates from the 19th century, was restored in 1990 after a fire in its roof"],
    [["“It is a tax on people who cannot afford to live in the city,” Shaw said.", shaw, true]],
    ["A consultation on season tickets opens next month and runs until the end of June."],
  ]);
  const claims = pickClaims(story, frame);
  const picked = claims.map((c) => story.findIndex((s) => s.sentence === c.sentence));

  it("keeps the lead, first", () => {
    expect(picked[0]).toBe(0);
  });

  it("lists the rest in article order", () => {
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
  });

  it("gives each main speaker a say and the reporter's figure a place", () => {
    expect(claims.some((c) => c.speaker === lind)).toBe(true);
    expect(claims.some((c) => c.speaker === shaw)).toBe(true);
    expect(picked).toContain(5);
  });

  it("leaves out a caption left in the text", () => {
    expect(picked).not.toContain(7);
  });

  it("leaves out a sentence that repeats what is picked", () => {
    const facts = article([
      [
        "The harbour council voted on Monday to raise ferry fares by a fifth from April, the first rise since the fares were frozen in 2015.",
      ],
      [
        "Commuters crowded the public gallery of the old town hall for the vote, which passed by nine votes to four.",
      ],
      [
        "Council leader Ada Lind said the ferries would stop running within two years without the extra money.",
      ],
      ["We had no choice left: the fuel bill alone has doubled since the fares were frozen, Lind said."],
      [
        "Opposition councillor Tom Shaw said the rise would drive commuters back onto the congested coast road.",
      ],
      ["The fare rise will cost a daily commuter about £300 a year, according to the council's own figures."],
      ["The council voted on Monday to raise ferry fares by a fifth, the first rise since they were frozen."],
      ["A consultation on season tickets opens next month and runs until the end of June."],
      ["The ferry service carries about 4,000 passengers a day on its three routes across the harbour."],
      ["Councillors will review the fares again next year."],
    ]);
    const chosen = pickClaims(facts, frame).map((c) => facts.findIndex((s) => s.sentence === c.sentence));
    expect(chosen).toContain(0);
    expect(chosen).not.toContain(6);
  });

  it("picks the nut graf when the lead opens on a scene", () => {
    const scene = article([
      [
        "From the wheelhouse of his old ferry, skipper Wade Orr watches the morning crowd shuffle aboard the old boat.",
      ],
      [
        "Orr has skippered the old ferry for 31 years, and the old boat’s wheelhouse is where he is happiest.",
      ],
      ["The old ferry’s brass bell and old compass have been in the wheelhouse since the boat was built."],
      [
        "Orr polishes the old brass of the wheelhouse every morning before the first crossing of the old boat.",
      ],
      [
        "The harbour council voted on Monday to raise ferry fares by a fifth from April, its first rise in a decade.",
      ],
      ["The old boat’s engine was rebuilt in 1987 and again in 2009, after a fire in the engine room."],
      ["On the last crossing of the day Orr sounds the old brass bell of the old ferry twice."],
    ]);
    const picks = pickClaims(scene, frame).map((c) => c.sentence);
    expect(picks).toContainEqual(scene[4]?.sentence);
  });

  it("leads with the nut graf when the lead only sets a scene, and leaves the scene out", () => {
    const scene = article([
      ["Gym is Tom Orr’s favourite class, and on Mondays he runs to the ferry to be first in line for it."],
      ["He is eleven, and the crossing takes twenty minutes on a calm morning in the spring."],
      [
        "The harbour council voted on Monday to raise ferry fares by a fifth from April, its first rise in a decade.",
      ],
      ["Families on the island say the rise will cost them more than a hundred pounds a year."],
      ["The council said the ferry had lost money for six years in a row and the rise could not wait."],
      ["On the last crossing of the day the skipper sounds the brass bell twice."],
      ["The ferry company said it would keep the cheaper return ticket for pupils."],
      ["Councillors who voted against the rise said the islanders had not been asked."],
    ]);
    const picks = pickClaims(scene, frame).map((c) => c.sentence);
    expect(picks[0]).toEqual(scene[2]?.sentence);
    // (Down the page from there: the scene is colour, and a claim above the first would break the order.)
    expect(picks).toEqual([...picks].sort((a, b) => a.block - b.block));
    // A lead that says what the story is stays first, whatever follows.
    const news = article([
      ["The harbour council voted to raise ferry fares by a fifth on Monday, after six years of losses."],
      ["Gym is Tom Orr’s favourite class, and on Mondays he runs to the ferry to be first in line."],
      ["The council raised ferry fares by a fifth because the harbour ferry lost money every year."],
      ["Families on the island say the rise will cost them more than a hundred pounds a year."],
    ]);
    expect(pickClaims(news, frame)[0]?.sentence).toEqual(news[0]?.sentence);
  });

  it("spreads the claims over the story rather than around its best sentence", () => {
    const long = article([
      [
        "The harbour council voted on Monday to raise ferry fares by a fifth from April, its first rise in a decade.",
      ],
      ["The ferry fares rise was passed by nine votes to four after a long debate on ferry fares."],
      ["Council leader Ada Lind said the ferry fares rise would keep the ferries running."],
      ["The fares on the ferry will rise again in 2027 unless the fuel price falls, the council said."],
      ["Opposition councillor Tom Shaw said the fare rise on ferries would hurt commuters most."],
      ["Ferry fares were last raised in 2015, when the council put them up by a tenth."],
      ["A season ticket for the ferry will cost £900 a year under the new fares."],
      ["The council’s ferry fares review will be published next month."],
      ["Commuters said the new ferry fares would cost them hundreds of pounds."],
      ["Ferry fares in the harbour are already higher than on the coast routes."],
      ["The council’s fares vote came after a ferry ran aground on the north bank."],
      ["Separately, the council approved a new cycle lane along the sea wall, to open in June."],
      ["Work on the sea wall cycle lane will close the promenade for three weeks in May."],
      ["Cyclists have campaigned for a sea wall route since the promenade was rebuilt in 2012."],
    ]);
    const picks = pickClaims(long, frame).map((c) => long.findIndex((s) => s.sentence === c.sentence));
    expect(picks.some((i) => i >= 11)).toBe(true);
  });

  it("picks as many as the article's length allows", () => {
    expect(claims.length).toBeLessThanOrEqual(claimCount(story.length, 10));
    expect(claims.length).toBeGreaterThanOrEqual(5);
  });

  it("leaves a speaker's quotation right after their paraphrase for another point", () => {
    const lind = person("Ada Lind");
    const shaw = person("Tom Shaw");
    const story = article([
      [
        [
          "Mayor Ada Lind said on Monday that the harbour ferries would keep sailing through the winter.",
          lind,
        ],
      ],
      [
        [
          "“We have found the money for every crossing until the spring, and the crews know it,” Lind said.",
          lind,
          true,
        ],
      ],
      ["Fares went up."],
      ["Boats sail."],
      [["Tom Shaw, who runs the traders' association, said the quay's shops would open for longer.", shaw]],
      ["The quay was busy."],
      ["The old pier at the north end of the harbour will be closed for repairs until the end of April."],
    ]).map((c) => ({ ...c, speakerWeight: 1 }));
    const texts = pickClaims(story, { title: "Winter timetable", standfirst: "" }).map((c) => c.text);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.startsWith("“We have found the money"))).toBe(false);
    expect(texts.some((t) => t.startsWith("The old pier"))).toBe(true);
  });

  it("shortens a long sentence further down the same way, so that its point can still be picked", () => {
    const long = article([
      ["The harbour council voted on Monday to raise ferry fares by a fifth from April."],
      [
        `Ferry use at the harbour fell by a third last winter, according to the harbour trust, with ${"fewer crossings at dawn and fewer at dusk and ".repeat(5)}none at all on some Sundays.`,
      ],
      ["Commuters crowded the public gallery of the old town hall for the vote."],
    ]);
    const texts = pickClaims(long, frame).map((c) => c.text);
    expect(texts).toContain("Ferry use at the harbour fell by a third last winter.");
  });

  it("lets the lead run a little longer than other claims before shortening it", () => {
    const lead = `The harbour council voted on Monday to raise ferry fares by a fifth from April, ${"after a long night of debate in the old town hall ".repeat(4).trim()} and the gallery, according to the minutes.`;
    expect(lead.length).toBeGreaterThan(320);
    expect(lead.length).toBeLessThanOrEqual(340);
    const [first] = pickClaims(
      article([[lead], ["Commuters crowded the public gallery of the old town hall for the vote."]]),
      frame,
    );
    expect(first?.text).toBe(lead);
  });

  it("never makes a question of the writer's a statement by shortening it", () => {
    const question = `Will the harbour council, ${"after a long night of debate in the old town hall ".repeat(5).trim()}, really be able to keep the ferries running, as the company warns of losses?`;
    const story = article([
      ["The harbour council voted on Monday to raise ferry fares by a fifth from April."],
      [question],
      ["Commuters crowded the public gallery of the old town hall for the vote."],
    ]);
    expect(pickClaims(story, frame).some((c) => c.text.startsWith("Will the harbour council"))).toBe(false);
  });

  it("keeps a long lead by shortening it", () => {
    const long = article([
      [
        `The harbour council voted on Monday to raise ferry fares by a fifth from April, ending a decade in which fares were frozen while ${"fuel and crew costs and harbour dues and insurance premiums ".repeat(4)}doubled.`,
      ],
      [
        "Commuters crowded the public gallery of the old town hall for the vote, which passed by nine to four.",
      ],
    ]);
    const [lead] = pickClaims(long, frame);
    expect(lead?.text).toBe(
      "The harbour council voted on Monday to raise ferry fares by a fifth from April.",
    );
  });
});

describe("claimCount", () => {
  it("gives a full article 5–10 claims, a short one fewer", () => {
    expect(claimCount(4, 3)).toBe(3);
    expect(claimCount(12, 6)).toBe(4);
    expect(claimCount(30, 12)).toBe(9);
    expect(claimCount(200, 80)).toBe(10);
  });
});
