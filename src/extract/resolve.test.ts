import { describe, expect, it } from "vitest";
import { extractFromText } from "./index";

/** Each quotation's speaker, by name, for a small article. */
function speakersOf(...paragraphs: string[]): (string | null)[] {
  const article = extractFromText(["Ferry captain charged", ...paragraphs].join("\n\n"), { id: "t" });
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  return article.quotes.map((q) => (q.speakerId ? (names.get(q.speakerId) ?? null) : null));
}

describe("Resolver: unnamed sources named by a possessive", () => {
  it("lists “her lawyer” by whose lawyer the story says it is, and finds them again", () => {
    expect(
      speakersOf(
        "Ana Ruiz, the captain of the Eastport ferry, was charged on Monday over the collision.",
        "“She has done nothing wrong and will fight this,” said her lawyer.",
        "Her lawyer said the case would collapse.",
      ),
    ).toEqual(["Ana Ruiz’s lawyer", "Ana Ruiz’s lawyer"]);
  });

  it("writes a name ending in s with its apostrophe alone", () => {
    expect(
      speakersOf(
        "Harbour Ferries, which owns the boat, was fined the same day.",
        "“We will appeal,” its lawyer said.",
      ),
    ).toEqual(["Harbour Ferries’ lawyer"]);
  });

  it("keeps the description as printed when the story does not say whose", () => {
    expect(speakersOf("“We will appeal,” her lawyer said.")).toEqual(["Her lawyer"]);
  });
});

describe("Resolver: two people named together", () => {
  it("gives what two people said together to both, as one group, on either side of the verb", () => {
    expect(
      speakersOf(
        "Ana Ruiz and Tom Hale said the ferry deal was dead.",
        "“We tried everything,” said Ana Ruiz and Tom Hale in a joint statement.",
        "The crossing will close in May, according to Ana Ruiz and Tom Hale.",
        "Hale said he would try again.",
      ),
    ).toEqual(["Ana Ruiz and Tom Hale", "Ana Ruiz and Tom Hale", "Ana Ruiz and Tom Hale", "Tom Hale"]);
  });

  it("has two bodies named together speak together, and keeps one body's name with “and” whole", () => {
    expect(speakersOf("Harbour Bank and Eastport Trust said rates would fall.")).toEqual([
      "Harbour Bank and Eastport Trust",
    ]);
    expect(speakersOf("The World Travel and Tourism Council said rates would fall.")).toEqual([
      "World Travel and Tourism Council",
    ]);
  });
});

describe("speaker ids", () => {
  const ids = (...paragraphs: string[]) =>
    extractFromText(["Dam plan draws criticism", ...paragraphs].join("\n\n"), { id: "t" }).speakers.map(
      (s) => s.id,
    );

  it("names a person by their surname, and someone known by a description by the description", () => {
    expect(
      ids(
        "Ana Ruiz said the dam was safe.",
        "The Minister for Energy said the dam would supply half the country's power.",
        "A doctor at a clinic in Eastport said the water was clean.",
      ),
    ).toEqual(["ruiz", "minister-for-energy", "doctor-at-a-clinic-in-eastport"]);
  });
});

describe("Resolver: words that open a sentence", () => {
  it("never takes a word no name starts with for the first word of the name after it", () => {
    const article = extractFromText(
      [
        "New laptop keeps the old keyboard",
        "Whatever Harbour did for the keyboard last year was moved to the new laptop.",
        "And, Harbour tells us that a single key can now be replaced.",
        "Maybe Lindqvist will explain the change, the rival said.",
      ].join("\n\n"),
      { id: "t" },
    );
    const names = article.speakers.map((s) => s.name);
    expect(names).toContain("Harbour");
    expect(names.filter((n) => /^(?:Whatever|Maybe)\s/.test(n))).toEqual([]);
  });
});

describe("Resolver: roles as a reader sees them", () => {
  const rolesOf = (...paragraphs: string[]) =>
    Object.fromEntries(
      extractFromText(["Witness questioned", ...paragraphs].join("\n\n"), { id: "t" }).speakers.map((s) => [
        s.name,
        s.role ?? null,
      ]),
    );

  it("gives the role after “of” or “for” when a thing of theirs comes before it", () => {
    expect(
      rolesOf(
        "Lawyers questioned Hale, who had raised doubts about the judgment of another witness, Ana Ruiz, who runs the port.",
        "“I did my job,” Ruiz said.",
        "She sent an email address for Lind’s sister, Maria Fry. “I cannot believe it,” Fry wrote.",
        "The chairman of the committee, Sher Khan, said it would pass.",
      ),
    ).toMatchObject({
      "Ana Ruiz": "Another witness",
      "Maria Fry": "Lind’s sister",
      "Sher Khan": "Chairman of the committee",
    });
  });

  it("leaves no possessive hanging at the end of a role", () => {
    expect(
      rolesOf(
        "Harbour TV’s Ana Ruiz said the interview would air on Sunday.",
        "Edmunds’ Rita Moss said prices would rise.",
        "South Kelso’s Department of Social Services said the claims were false.",
      ),
    ).toMatchObject({
      "Ana Ruiz": "Harbour TV",
      "Rita Moss": "Edmunds",
      "Department of Social Services": "South Kelso",
    });
  });
});

describe("Where the rules for firms, bodies, genders and terms stop", () => {
  const read = (...paragraphs: string[]) => {
    const article = extractFromText(["A story", ...paragraphs].join("\n\n"), { id: "t" });
    const byId = new Map(article.speakers.map((s) => [s.id, s]));
    const text = new Map(article.paragraphs.map((p) => [p.id, p.text]));
    return {
      speakers: article.speakers,
      quotes: article.quotes.map((q) => {
        const span = q.spans[0] as { paragraphId: string; start: number; end: number };
        return {
          kind: q.kind,
          text: (text.get(span.paragraphId) ?? "").slice(span.start, span.end),
          speaker: q.speakerId ? byId.get(q.speakerId)?.name : undefined,
        };
      }),
    };
  };

  /** The speaker of the story's first quote. */
  const firstSpeaker = (...paragraphs: string[]) => read(...paragraphs).quotes[0]?.speaker;

  it("keeps a chief executive of “the company” a person, and the company the firm named", () => {
    const { speakers, quotes } = read(
      "Marlow Foods reported a loss on Tuesday.",
      "The chief executive of the company, Ana Ruiz, said sales had slumped.",
      "The company said it would cut 300 jobs.",
    );
    expect(speakers.find((s) => s.name === "Ana Ruiz")?.kind).toBe("person");
    expect(quotes.at(-1)?.speaker).toBe("Marlow Foods");
  });

  it("reads a name before a number as a name unless a model's article stands before it", () => {
    const { quotes } = read(
      "The final count gave Ana Ruiz 812 votes to 640 for Tom Berg.",
      "“The people have spoken,” Ruiz said.",
    );
    expect(quotes[0]?.speaker).toBe("Ana Ruiz");
  });

  it("takes no gender from a pronoun that is the sentence's subject's", () => {
    const { quotes } = read(
      "Ana Ruiz said Jordan Blake had lied to her about the money.",
      "“I never lied to anyone,” Blake said in an interview. “I have the receipts,” he added.",
    );
    expect(quotes.at(-1)?.speaker).toBe("Jordan Blake");
  });

  it("gives “she” to the most recent person whose gender nothing shows", () => {
    const { quotes } = read(
      "Ana Ruiz, the city’s health commissioner, said cases had risen sharply.",
      "The outbreak was first detected by Dr. Adaeze Nwosu, an epidemiologist at Eastport University.",
      "“We saw a spike in late March,” she said.",
    );
    expect(quotes.at(-1)?.speaker).toBe("Adaeze Nwosu");
  });

  it("keeps lawyers for a named person apart from a body named for its people", () => {
    const { speakers, quotes } = read(
      "Tom Berg, 45, was charged on Monday.",
      "Lawyers for Tom Berg said he would plead not guilty.",
      "“I did nothing wrong,” Berg told reporters.",
      "Residents of the Heights said the water was brown.",
    );
    expect(quotes.find((q) => q.text.startsWith("I did"))?.speaker).toBe("Tom Berg");
    expect(speakers.find((s) => s.name === "Residents of the Heights")?.kind).toBe("group");
  });

  it("keeps a firm's possessive name whole in a role, and a street described as a firm a firm", () => {
    const { speakers, quotes } = read(
      "Ana Ruiz, an analyst at Moody’s, said the downgrade was likely.",
      "Pine Street, a trading firm in New York, posted record revenue last year.",
      "The company said bond trading drove the gains.",
    );
    expect(speakers.find((s) => s.name === "Ana Ruiz")?.role).toBe("Analyst at Moody’s");
    expect(quotes.at(-1)?.speaker).toBe("Pine Street");
  });

  it("takes a description after an opening phrase for the subject only when the phrase is all there is", () => {
    const { quotes } = read(
      "On Monday the company’s chief executive, a former banker, said profits would rise.",
      "A lawyer for the driver of the bus involved in the crash said his client was not speeding.",
      "A joint statement of the families said they had been ignored for years.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      "The company’s chief executive",
      "A lawyer",
      "The families",
    ]);
  });

  it("passes over the writer's own asides to the subject before them", () => {
    const { speakers, quotes } = read(
      "The company, as we reported last week, said it would cut 200 jobs.",
      "Tom Berg, our former colleague, said the paper had changed.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["The company", "Tom Berg"]);
    expect(speakers.find((s) => s.name === "Tom Berg")?.role).toBe("Our former colleague");
  });

  it("keeps a verb of saying with an aside after it, and a job after “her” no evidence of gender", () => {
    const { quotes } = read(
      "Ana Ruiz went further, warning, and in unusually blunt terms, that the cuts would cost jobs.",
      "Ana Ruiz paused, adding, and with a smile, “We will be back.”",
      "Mayor Rita Moss on Monday named Jordan Blake, her chief of staff, as the new city manager.",
      "“I am honoured to serve,” he said.",
    );
    expect(quotes.filter((q) => q.kind !== "partial").map((q) => q.speaker)).toEqual([
      "Ana Ruiz",
      "Ana Ruiz",
      "Jordan Blake",
    ]);
  });

  it("keeps capitalised scare quotes after a verb of saying as the speaker's words", () => {
    const { quotes } = read("President Tom Berg said the “Radical Left” mob had lied.");
    expect(quotes.find((q) => q.kind === "partial")?.text).toBe("Radical Left");
  });

  it("keeps a person of a body the speaker, and a body's people a group", () => {
    const { speakers, quotes } = read(
      "Chris Williams of the National Weather Service said the storm would weaken overnight.",
      "Members of the Eastport City Council said they had not seen the report.",
      "Analysts for Brightwater said the deal made sense.",
      "The head of the investigation launched in March said the report was nearly done.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      "Chris Williams",
      "Members of the Eastport City Council",
      "Brightwater",
      "The head of the investigation",
    ]);
    expect(speakers.find((s) => s.name === "Chris Williams")?.kind).toBe("person");
  });

  it("keeps a spokeswoman for a body named in lower-case words her job", () => {
    const { speakers, quotes } = read(
      "A spokeswoman for Meridian Health, Lakshmi Venkataraman, said on Wednesday that the chain would drop the plans.",
      "A spokesman for Harbor Health said the recall was voluntary.",
    );
    expect(speakers.find((s) => s.name === "Lakshmi Venkataraman")?.role).toBe(
      "Spokeswoman for Meridian Health",
    );
    expect(quotes.at(-1)?.speaker).toBe("A spokesman for Harbor Health");
  });

  it("takes no gender from a pronoun in an aside that describes someone by the subject", () => {
    const { quotes } = read(
      "Mayor Tom Berg on Monday named Casey Morgan, his longtime ally, as police commissioner.",
      "“It is a privilege,” Morgan said. “I won’t let the city down,” she added.",
      "Ana Ruiz met Jordan Blake on Monday and found herself agreeing with him.",
      "“We agree on more than we thought,” Blake said. “It was a good meeting,” he added.",
    );
    expect(quotes.filter((q) => q.kind === "direct").map((q) => q.speaker)).toEqual([
      "Casey Morgan",
      "Casey Morgan",
      "Jordan Blake",
      "Jordan Blake",
    ]);
  });

  it("keeps a finding after “concluded”, slogans of a speech, and “the company” the firm in view", () => {
    const { quotes } = read(
      "The coroner concluded the man died of natural causes.",
      "Ruiz repeated lines from her stump speech, including “Eastport First” and “No More Excuses.”",
      "The company, Ashford Mills, was founded in 1920.",
      "Harbour Foods announced on Monday that it would buy a rival.",
      "The company said the deal would close in June.",
    );
    expect(quotes[0]?.speaker).toBe("The coroner");
    expect(quotes.some((q) => q.kind === "partial" && q.text === "No More Excuses.")).toBe(true);
    expect(quotes.at(-1)?.speaker).toBe("Harbour Foods");
  });

  it("keeps words someone called something, and a scare-quoted phrase beside a verb of saying, as theirs", () => {
    const { quotes } = read(
      "Mayor Ana Ruiz announced the plan to tackle what she called the “worst housing crisis in a generation.”",
      "Tom Berg said the “deeply flawed” report should be withdrawn.",
    );
    expect(quotes.filter((q) => q.kind === "partial").map((q) => q.text)).toEqual([
      "worst housing crisis in a generation.",
      "deeply flawed",
    ]);
  });

  it("keeps a body's plural verb, and speech after a joining word or an auxiliary", () => {
    expect(firstSpeaker("After the storm, the Government say schools will reopen on Monday.")).toBe(
      "Government",
    );
    expect(
      firstSpeaker("In a statement on Sunday, the Metropolitan Police say a man has been arrested."),
    ).toBe("Metropolitan Police");
    expect(firstSpeaker("Only on Tuesday did the Pentagon confirm that two soldiers had died.")).toBe(
      "Pentagon",
    );
    expect(firstSpeaker("The memo and the letter say that managers knew of the fault.")).toBeDefined();
    expect(firstSpeaker("The project moved its discussions to the Harbour list last year.")).toBeUndefined();
  });

  it("reads two bodies joined before a closing verb as two, not one name", () => {
    const { speakers } = read(
      "The yard will close in May, Harbour Steel and the Kestrel Workers Union said in a statement.",
    );
    expect(speakers.map((s) => s.name)).not.toContain("Harbour Steel and the Kestrel Workers Union");
    const whole = (paragraph: string) => read(paragraph).speakers.map((s) => s.name);
    expect(whole("The road will reopen, the Office of the Governor of Kestrel said in a statement.")).toEqual(
      ["Office of the Governor of Kestrel"],
    );
    expect(whole("A man was charged, the Office of the Attorney General announced.")).toEqual([
      "Office of the Attorney General",
    ]);
  });

  it("splits an owner's possessive from what a text is about only where the words are not one name", () => {
    expect(firstSpeaker("According to the Harbour Courier’s Stormwave review, the console is slow.")).toBe(
      "Harbour Courier",
    );
    expect(firstSpeaker("A Moody’s Analytics report found that the risk of a recession had risen.")).toBe(
      "Moody’s Analytics",
    );
    expect(firstSpeaker("A Boston Children’s Hospital study found that toddlers slept less.")).toBe(
      "Boston Children’s Hospital",
    );
    expect(firstSpeaker("A McDonald’s Corp statement said sales rose.")).toBe("McDonald’s Corp");
  });

  it("reads ranks, clergy and words in -ee as people, singular or plural, but not as modifiers", () => {
    expect(firstSpeaker("A colonel said the runway had not been damaged.")).toBe("A colonel");
    expect(firstSpeaker("Imams said the mosques would stay open.")).toBe("Imams");
    expect(firstSpeaker("Detainees said they had been beaten.")).toBe("Detainees");
    expect(firstSpeaker("But a refugee family said they had been turned away.")).not.toBe("A refugee");
    expect(firstSpeaker("The nominee list was published on Monday.")).toBeUndefined();
  });

  it("keeps the words before a name that are no role of theirs out of their role and their other names", () => {
    const { speakers } = read(
      "Ana Ruiz, the mayor of Eastport, lost the vote on Tuesday.",
      "Instead, voters handed Ruiz an unambiguous defeat.",
      "One thing Ruiz would change is the count. “It was a fair fight,” she said.",
      "Singer-guitarists Tom Ames and Ed Lowe will tour together. “We are thrilled,” Ames said.",
    );
    const ruiz = speakers.find((s) => s.name === "Ana Ruiz");
    expect(ruiz?.aliases).toEqual(["Ruiz"]);
    expect(ruiz?.role).toBe("Mayor of Eastport");
    expect(speakers.find((s) => s.name === "Tom Ames")?.role).toBe("Singer-guitarist");
    // (Before one name, a plural is what they are part of.)
    expect(read("Rangers Tom Lawrence said the squad was confident.").speakers[0]?.role).toBe("Rangers");
  });

  it("takes the name after a description that ends the sentence only when the description holds no one else", () => {
    expect(
      firstSpeaker("“We had no warning,” said another witness at the inquiry, former deckhand Ana Ruiz."),
    ).toBe("Ana Ruiz");
    expect(
      firstSpeaker("“He was the light of our lives,” said the mother of the victim, Liam Hughes."),
    ).not.toBe("Liam Hughes");
    expect(firstSpeaker("“My client is innocent,” said a lawyer for the former mayor, Tom Hale.")).not.toBe(
      "Tom Hale",
    );
    expect(firstSpeaker("“It is a sad day,” said a farmer from the village, Kington.")).not.toBe("Kington");
    expect(firstSpeaker("“The water came up so fast,” said a resident in Savannah, Georgia.")).not.toBe(
      "Georgia",
    );
    expect(firstSpeaker("“You are a liar,” shouted a protester at the speaker, Ana Ruiz.")).not.toBe(
      "Ana Ruiz",
    );
    expect(
      firstSpeaker("“It failed,” said another witness in the impeachment probe, former adviser Fiona Hill."),
    ).toBe("Fiona Hill");
  });

  it("reads a verb of saying after “was to” as what came after, and people at a name as a body only when they work there", () => {
    expect(firstSpeaker("Tom Hale was to tell friends years later he had never been happier.")).toBe(
      "Tom Hale",
    );
    const { speakers } = read(
      "Boos from supporters at Vinicius Junior were investigated.",
      "“It must stop,” Vinicius said.",
    );
    expect(speakers.find((s) => s.name.startsWith("Vinicius"))?.kind).toBe("person");
  });

  it("gives a workplace joined to the name by a preposition as the role without it", () => {
    const role = (paragraph: string) => read(paragraph).speakers[0]?.role;
    expect(role("“We will appeal,” said Ana Ruiz, of counsel at Pike and Hale.")).toBe(
      "Of counsel at Pike and Hale",
    );
    // (Where someone comes from is no workplace.)
    expect(role("Tom Pike from Leeds said the trains had been late all week.")).toBe("From Leeds");
    expect(role("Dana Pike of the Harbour Courier reports that the mayor will resign.")).toBe(
      "Harbour Courier",
    );
    expect(role("Dana Pike at Harbour Bank said rates would fall.")).toBe("Harbour Bank");
    expect(role("Dana Pike with the Harbour Health Authority says the wards are full.")).toBe(
      "Harbour Health Authority",
    );
  });

  it("cuts an outlet from a beat only where a beat follows it", () => {
    const { speakers, quotes } = read(
      "The club told Herald Sun reporter Tom Hale that the coach would stay.",
      "Herald Sun said the coach had signed a new deal.",
    );
    expect(speakers.map((s) => s.name)).not.toContain("Herald");
    expect(quotes.at(-1)?.speaker).toBe("Herald Sun");
  });
});
