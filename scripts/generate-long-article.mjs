#!/usr/bin/env node
// A long article for the benchmark: a three-hour hearing with forty speakers, written as plain text
// the ingest command reads like any other article. Deterministic: the same seed gives the same text.
//
//   node scripts/generate-long-article.mjs [--paragraphs 5000] [--speakers 40] [--seed 7] > hearing.txt

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PARAGRAPHS = option("--paragraphs", 5000);
const SPEAKERS = option("--speakers", 40);

// mulberry32: a small, well-distributed PRNG, so the article is the same on every machine.
let state = option("--seed", 7) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const FIRST = [
  "Amara",
  "Bruno",
  "Chiara",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jonah",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quentin",
  "Rosa",
  "Samir",
  "Tessa",
  "Umar",
  "Vera",
  "Wendell",
  "Ximena",
  "Yusuf",
  "Zara",
  "Anders",
  "Beatriz",
  "Conor",
  "Dalia",
  "Emil",
  "Fatima",
  "Gideon",
  "Hana",
  "Ivo",
  "Jana",
  "Kasper",
  "Leila",
  "Marek",
  "Noor",
];
const LAST = [
  "Okafor",
  "Lindqvist",
  "Marchetti",
  "Volkov",
  "Reyes",
  "Haddad",
  "Whitfield",
  "Tanaka",
  "Duarte",
  "Pryce",
  "Mensah",
  "Hartmann",
  "Castillo",
  "Rahimi",
  "Sayegh",
  "Raman",
  "Delacroix",
  "Moreno",
  "Qureshi",
  "Albrecht",
  "Farouk",
  "Novak",
  "Ashby",
  "Cordero",
  "Demir",
  "Idowu",
  "Holm",
  "Esteves",
  "Brennan",
  "Aziz",
  "Lund",
  "Benali",
  "Stern",
  "Kimura",
  "Petrov",
  "Dvorak",
  "Nyberg",
  "Karimi",
  "Zielinski",
  "Aslam",
];
const ROLES = [
  "Senator",
  "Representative",
  "Commissioner",
  "Director",
  "Professor",
  "Inspector General",
  "Chief Economist",
  "Deputy Secretary",
];

const speakers = Array.from({ length: SPEAKERS }, (_, i) => ({
  first: FIRST[i % FIRST.length],
  last: LAST[(i * 7) % LAST.length],
  role: ROLES[i % ROLES.length],
}));

const TOPICS = [
  "the water authority’s budget",
  "the flood barriers",
  "the pension reserve",
  "the rail contract",
  "the hospital merger",
  "the audit findings",
  "the housing fund",
  "the grid upgrade",
  "the port dredging",
  "the school repairs",
];
const OPENERS = [
  "The committee then turned to",
  "Members pressed the witnesses on",
  "The afternoon session returned to",
  "Much of the next hour concerned",
  "Questions moved on to",
  "The chair asked for figures on",
];
const CLAIMS = [
  "the estimates had been revised twice since March",
  "the contractor had missed three deadlines",
  "costs would rise by 14 percent next year",
  "the reserve could cover about eight months of payments",
  "the inspection reports had never reached the board",
  "the plan relied on a grant that had not been approved",
  "the agency would publish the data by the end of the month",
  "nobody had asked the residents before the decision",
];
const QUOTES = [
  "We were told the money was there, and it was not",
  "I have read every page of that report, and it does not say what you say it says",
  "Nobody in this room wants the barriers to fail",
  "The figures changed because the assumptions changed",
  "If we delay again, the costs will land on the people least able to pay them",
  "That is a question for the board, not for me",
  "We warned about this in writing, twice",
  "I would rather give you an honest estimate than a convenient one",
  "The contract gives the city the right to walk away, and we should use it",
  "Every month of delay costs about two million",
];
const PHRASES = [
  "a serious failure of oversight",
  "reckless and avoidable",
  "the best of several bad options",
  "not worth the paper",
  "a matter for the courts",
];

const name = (s) => `${s.first} ${s.last}`;
const lines = [
  "Hearing on the city’s infrastructure finances: forty witnesses, three hours, no agreement",
  "",
];
lines.push(
  "A marathon hearing on Thursday examined how the city plans and pays for its largest projects, with members and witnesses trading figures, warnings and accusations for more than three hours.",
  "",
);
// Introduce every speaker with a full name and role, as a reporter would.
for (const s of speakers) {
  lines.push(`${s.role} ${name(s)} was among those who addressed the committee on ${pick(TOPICS)}.`, "");
}
for (let i = lines.filter((l) => l).length - 1; i < PARAGRAPHS; i++) {
  const s = pick(speakers);
  const r = random();
  // About 2,000 quotes in all: direct quotes interrupted by their attribution (two quotes each),
  // reported speech, and partial quotes inside reported speech; the rest is the reporter's narrative.
  let paragraph;
  if (r < 0.11) paragraph = `“${pick(QUOTES)},” ${s.last} said. “${pick(QUOTES)}.”`;
  else if (r < 0.17) paragraph = `${s.last} said that ${pick(CLAIMS)}.`;
  else if (r < 0.22)
    paragraph = `${s.last} described the arrangement as “${pick(PHRASES)}” and asked for a vote.`;
  else
    paragraph = `${pick(OPENERS)} ${pick(TOPICS)}. The documents showed that ${pick(CLAIMS)}, a point several members disputed.`;
  lines.push(paragraph, "");
}
process.stdout.write(`${lines.join("\n")}\n`);
