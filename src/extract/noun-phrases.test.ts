import { describe, expect, it } from "vitest";
import { eachOne, looksLikeRole, phraseEndingAt, readPhrase } from "./noun-phrases";
import { tokensOf } from "./test-sentence";

describe("looksLikeRole", () => {
  it("takes an aside that names a job or a body", () => {
    expect(looksLikeRole(tokensOf("chief economist at Harbour Bank"))).toBe(true);
    expect(looksLikeRole(tokensOf("an astronomer at Harvard University"))).toBe(true);
    expect(looksLikeRole(tokensOf("senior fellow at the Brookings Institution"))).toBe(true);
    expect(looksLikeRole(tokensOf("also a member of the panel"))).toBe(true);
    expect(looksLikeRole(tokensOf("the auction house"))).toBe(true);
    expect(looksLikeRole(tokensOf("the dealers' trade body"))).toBe(true);
  });

  it("leaves out a clause that only ends at a body", () => {
    expect(looksLikeRole(tokensOf("met the club’s owners at the Grand Hotel on Tuesday"))).toBe(false);
    expect(looksLikeRole(tokensOf("joined the board of Harbour Bank in May"))).toBe(false);
  });

  it("leaves out relative clauses and participles", () => {
    expect(looksLikeRole(tokensOf("who chairs the Harbour Board"))).toBe(false);
    expect(looksLikeRole(tokensOf("speaking for Harbour Bank"))).toBe(false);
  });
});

describe("readPhrase: names that hold a title word", () => {
  const read = (text: string) => {
    const phrase = readPhrase(tokensOf(text));
    return phrase && { name: phrase.name, role: phrase.role };
  };

  it("keeps a title word inside a body's name", () => {
    expect(read("the World Health Organization")).toEqual({
      name: "World Health Organization",
      role: undefined,
    });
    expect(read("the British Foreign Office")).toEqual({ name: "British Foreign Office", role: undefined });
    expect(read("the Supreme Court")).toEqual({ name: "Supreme Court", role: undefined });
    expect(read("Home Depot")).toEqual({ name: "Home Depot", role: undefined });
  });

  it("keeps a title before a person's name as their role", () => {
    expect(read("Health Minister Ann Toll")).toEqual({ name: "Ann Toll", role: "Health Minister" });
    expect(read("Foreign Secretary Tom Hale")).toEqual({ name: "Tom Hale", role: "Foreign Secretary" });
    expect(read("State Sen. Ray Cole")).toMatchObject({ name: "Ray Cole" });
  });

  it("reads a job with its field capitalised before a person's name as their role", () => {
    expect(read("Chief of Police Dan Moro")).toEqual({ name: "Dan Moro", role: "Chief of Police" });
    expect(read("Director of National Intelligence Tom Berg")).toEqual({
      name: "Tom Berg",
      role: "Director of National Intelligence",
    });
  });

  it("reads a job's title with its field and no name as a role, not as a body's name", () => {
    const phrase = readPhrase(tokensOf("The Secretary of State for Culture"));
    expect(phrase).toMatchObject({ type: "role", role: "Secretary of State for Culture", head: "secretary" });
    expect(readPhrase(tokensOf("Minister of Energy"))).toMatchObject({ type: "role", head: "minister" });
    expect(read("Minister for Europe Lena Marsh")).toEqual({
      name: "Lena Marsh",
      role: "Minister for Europe",
    });
    expect(read("Secretary for Health and Communities Alan Pryor")).toEqual({
      name: "Alan Pryor",
      role: "Secretary for Health and Communities",
    });
    // (Bodies named for their people stay bodies.)
    expect(readPhrase(tokensOf("Friends of the Earth"))).toMatchObject({ type: "name" });
  });

  it("starts a name at its given name after a job's list of fields", () => {
    expect(read("Sport and Families Helen Dray")).toMatchObject({ name: "Helen Dray" });
    expect(read("Health and Communities Alan Pryor")).toMatchObject({ name: "Alan Pryor" });
    expect(read("Kwame Anthony Appiah")).toMatchObject({ name: "Kwame Anthony Appiah" });
  });

  it("keeps a joining word capitalised inside a body's name", () => {
    expect(read("the League Against Blood Sports")).toEqual({
      name: "League Against Blood Sports",
      role: undefined,
    });
  });

  it("keeps a possessive that is part of a publication's name", () => {
    expect(read("the People’s Daily")).toEqual({ name: "People’s Daily", role: undefined });
    expect(read("the Reader’s Digest")).toEqual({ name: "Reader’s Digest", role: undefined });
  });

  it("opens no role with a relative word", () => {
    expect(read("what host Ada Lind")).toEqual({ name: "Ada Lind", role: "host" });
  });

  it("reads a capitalised word of work before a given name as the role, one person's in the singular", () => {
    expect(read("Geologist Dana Pike")).toEqual({ name: "Dana Pike", role: "Geologist" });
    expect(read("Singer-guitarist Dana Pike")).toEqual({ name: "Dana Pike", role: "Singer-guitarist" });
    // (Singular for each of a pair only: see `eachOne`.)
    expect(read("Singer-guitarists Tom Ames")).toEqual({ name: "Tom Ames", role: "Singer-guitarists" });
    expect(eachOne("Singer-guitarists")).toBe("Singer-guitarist");
    expect(eachOne("Pianists")).toBe("Pianist");
    expect(eachOne("Reuters")).toBe("Reuters");
    // (No given name after it: the words may all be a name.)
    expect(read("Harbour Center")).toMatchObject({ name: "Harbour Center" });
  });

  it("keeps a first name shaped like a word of work, and a plural surname, in the name", () => {
    expect(read("Carter Lee Smith")).toMatchObject({ name: "Carter Lee Smith" });
    expect(read("Mansoor Ali Khan")).toMatchObject({ name: "Mansoor Ali Khan" });
    expect(read("Chambers Dana Pike")).toMatchObject({ name: "Chambers Dana Pike" });
    expect(read("Innocent Emmanuel Kalu")).toMatchObject({ name: "Innocent Emmanuel Kalu" });
  });

  it("takes no role from a verb, a clause's head noun or a passing adjective before a name", () => {
    expect(read("voters handed Ana Ruiz")).toEqual({ name: "Ana Ruiz", role: undefined });
    expect(read("One thing Pike")).toEqual({ name: "Pike", role: undefined });
    expect(read("the embattled Ana Ruiz")).toEqual({ name: "Ana Ruiz", role: undefined });
    expect(read("the retired engineer Dana Pike")).toEqual({ name: "Dana Pike", role: "retired engineer" });
    expect(read("world number one Aryna Sabalenka")).toEqual({
      name: "Aryna Sabalenka",
      role: "world number one",
    });
  });
});

describe("phraseEndingAt: where a speaker's phrase begins", () => {
  const phraseBeforeWord = (text: string, word: string) => {
    const tokens = tokensOf(text);
    return phraseEndingAt(
      tokens,
      tokens.findIndex((t) => t.text === word),
    )
      .map((t) => t.text)
      .join(" ");
  };

  it("stops at a verb or a preposition", () => {
    expect(phraseBeforeWord("Vane Lines are among firms that said prices would rise.", "that")).toBe("firms");
    expect(phraseBeforeWord("a close race against singer Ada Lind, who said", ",")).toBe("singer Ada Lind");
  });

  it("keeps the modifiers of a job or a group", () => {
    expect(phraseBeforeWord("the White House press secretary said", "said")).toBe(
      "the White House press secretary",
    );
    expect(phraseBeforeWord("local fishing crews said", "said")).toBe("local fishing crews");
  });

  it("reads past a title in quotation marks between the article and its noun", () => {
    // (The quotation is one masked token, printed empty.)
    expect(phraseBeforeWord("“We were lucky,” the “Harbour Nights” actor said.", "said")).toBe("the actor");
  });
});
