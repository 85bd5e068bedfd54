/**
 * Word lists the extractor reasons with. Kept in one place so that a reader can see every word the
 * rules know, and so that adding a verb or a title is a one-line change with a test.
 */

const forms = (...lists: string[]) => new Set(lists.flatMap((l) => l.split(/\s+/)).filter(Boolean));

/**
 * Each group's first word is the lemma of all the group's words; a lemma ending in a colon is no
 * word of the group ("label: labelled" — "the label" is a noun far more often than a verb).
 */
const lemmas = (...groups: string[]) =>
  new Map(
    groups.flatMap((group) => {
      const words = group.split(/\s+/).filter(Boolean);
      const lemma = words[0]?.replace(/:$/, "") ?? "";
      return (lemma === words[0] ? words : words.slice(1)).map((w) => [w, lemma] as const);
    }),
  );

/**
 * Verbs that report speech or writing, in all their forms. A sentence whose subject is a speaker and
 * whose verb is one of these reports what the speaker said. Cognition verbs (think, believe, fear,
 * worry, regard) are deliberately absent: "scientists think" is not reported speech.
 */
export const SPEECH_VERBS: ReadonlyMap<string, string> = lemmas(
  "say says said saying",
  "tell tells told telling",
  "add adds added adding",
  "continue continues continued continuing",
  "write writes wrote written writing",
  "ask asks asked asking",
  "insist insists insisted insisting",
  "explain explains explained explaining",
  "note notes noted noting",
  "argue argues argued arguing",
  "warn warns warned warning",
  "claim claims claimed claiming",
  "stress stresses stressed stressing",
  "acknowledge acknowledges acknowledged acknowledging",
  "concede concedes conceded conceding",
  "reply replies replied replying",
  "respond responds responded responding",
  "answer answers answered answering",
  "order orders ordered ordering",
  "recall recalls recalled recalling",
  "remember remembers remembered remembering",
  "confess confesses confessed confessing",
  "beg begs begged begging",
  "apologise apologises apologised apologising apologize apologizes apologized apologizing",
  "suggest suggests suggested suggesting",
  "announce announces announced announcing",
  "declare declares declared declaring",
  "vow vows vowed vowing",
  "issue issues issued issuing",
  "attribute attributes attributed attributing",
  "hint hints hinted hinting",
  "marvel marvels marveled marvelled marveling marvelling",
  "pledge pledges pledged pledging",
  "promise promises promised promising",
  "deny denies denied denying",
  "admit admits admitted admitting",
  "confirm confirms confirmed confirming",
  "estimate estimates estimated estimating",
  "predict predicts predicted predicting",
  "urge urges urged urging",
  "assure assures assured assuring",
  "reassure reassures reassured reassuring",
  "agree agrees agreed agreeing",
  "complain complains complained complaining",
  "joke jokes joked joking",
  "quip quips quipped quipping",
  "sigh sighs sighed sighing",
  "grumble grumbles grumbled grumbling",
  "tweet tweets tweeted tweeting",
  "post posts posted posting",
  "state states stated stating",
  "report reports reported reporting",
  "reveal reveals revealed revealing",
  "contend contends contended contending",
  "maintain maintains maintained maintaining",
  "assert asserts asserted asserting",
  "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
  "accuse accuses accused accusing",
  "blame blames blamed blaming",
  "condemn condemns condemned condemning",
  "criticise criticises criticised criticising criticize criticizes criticized criticizing",
  "praise praises praised praising",
  "echo echoes echoed echoing",
  "list lists listed listing",
  "question questions questioned questioning",
  "demand demands demanded demanding",
  "threaten threatens threatened threatening",
  "allege alleges alleged alleging",
  "testify testifies testified testifying",
  "counter counters countered countering",
  "retort retorts retorted retorting",
  "exclaim exclaims exclaimed exclaiming",
  "boast boasts boasted boasting",
  "observe observes observed observing",
  "remark remarks remarked remarking",
  "comment comments commented commenting",
  "mention mentions mentioned mentioning",
  "describe describes described describing",
  "defend defends defended defending",
  "reject rejects rejected rejecting",
  "shout shouts shouted shouting",
  "chant chants chanted chanting",
  "whisper whispers whispered whispering",
  "conclude concludes concluded concluding",
  "speak speaks spoke spoken speaking",
  "talk talks talked talking",
  "recount recounts recounted recounting",
  "caution cautions cautioned cautioning",
  "propose proposes proposed proposing",
  "advise advises advised advising",
  "repeat repeats repeated repeating",
  "reiterate reiterates reiterated reiterating",
  "hold holds held holding",
  "rule rules ruled ruling",
  "find finds found finding",
  "call calls called calling",
  "walk walks walked walking",
  "sum sums summed summing",
  "hail hails hailed hailing",
  "slam slams slammed slamming",
  "blast blasts blasted blasting",
  "pillory pillories pilloried pillorying",
  "lambaste lambastes lambasted lambasting",
  "decry decries decried decrying",
  "denounce denounces denounced denouncing",
  "applaud applauds applauded applauding",
  "instruct instructs instructed instructing",
  "plead pleads pleaded pled pleading",
  "concur concurs concurred concurring",
  "acknowledge acknowledges acknowledged acknowledging",
  "reckon reckons reckoned reckoning",
  "point points pointed pointing",
  "project projects projected projecting",
  "vouch vouches vouched vouching",
  "weigh weighs weighed weighing",
  "chime chimes chimed chiming",
  "lament laments lamented lamenting",
  "indicate indicates indicated indicating",
  "remind reminds reminded reminding",
  "wonder wonders wondered wondering",
  "voice voices voiced voicing",
  "tout touts touted touting",
  "dispute disputes disputed disputing",
  "cite cites cited citing",
  "liken likens likened likening",
  "challenge challenges challenged challenging",
  "mock mocks mocked mocking",
  "exhort exhorts exhorted exhorting",
  "proclaim proclaims proclaimed proclaiming",
  "divulge divulges divulged divulging",
  "disagree disagrees disagreed disagreeing",
  "blurt blurts blurted blurting",
  "express expresses expressed expressing",
  "show shows showed shown showing",
  "forecast forecasts forecasted forecasting",
  "highlight highlights highlighted highlighting",
  "raise raises raised raising",
  "thank thanks thanked thanking",
  "read reads",
  "refute refutes refuted refuting",
  "rebut rebuts rebutted rebutting",
  // ("labelled the schemes “a pile of pants”": naming with quoted words is saying them.)
  "label: labelled labeled labelling labeling",
  "brand: branded branding",
  "dub: dubbed dubbing",
);

/** Forms that make a clause finite: "is", "has", "will" …; no verb of saying is followed by one. */
export const FINITE_AUXILIARIES = forms(
  "is are was were has have had will would can could may might must shall should does did",
);

/**
 * The first character and length of every speech verb form, as bits (one word of 32 bits per first
 * character): a word whose pair is not there is no speech verb, told without hashing it. Every word
 * of a text is asked, and a text's words are fresh strings whose hash a look-up computes first.
 */
const SPEECH_VERB_SHAPES = new Uint32Array(128);
for (const form of SPEECH_VERBS.keys()) {
  const c = form.charCodeAt(0);
  if (c < 128) SPEECH_VERB_SHAPES[c] = (SPEECH_VERB_SHAPES[c] as number) | (1 << Math.min(form.length, 31));
}

/** The lemma of a speech verb form in lower case ("said" → "say"), or undefined. */
export function speechVerbLemma(lower: string): string | undefined {
  const c = lower.charCodeAt(0);
  if (c < 128 && ((SPEECH_VERB_SHAPES[c] as number) & (1 << Math.min(lower.length, 31))) === 0)
    return undefined;
  return SPEECH_VERBS.get(lower);
}

/**
 * A word list with values, looked up by any word of the text: without a prototype, so that a word
 * such as "constructor" finds nothing rather than one of Object's own properties.
 */
const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);

/**
 * Cue verbs that report speech only with a particular complement, because their bare sense is
 * something else: "held that" (a court), "found that" (a report), "ruled that" / "ruled out",
 * "called for", "talked about", "spoke of", "posted on".
 */
export const NEEDS_COMPLEMENT = wordTable<readonly string[]>({
  hold: ["that"],
  // "hinted that the company was pleased", "hinted at a deal"; "marveled at its ability".
  hint: ["that", "at"],
  marvel: ["at", "that"],
  find: ["that"],
  rule: ["that", "out"],
  call: ["for", "on"],
  talk: ["about", "of"],
  speak: ["about", "of", "out", "to", "with"],
  post: ["on", "that", "to", ":", ","],
  state: ["that", ":", ","],
  // "The sign reads, “…”": what a text says.
  read: [",", ":"],
  express: [
    "concern",
    "concerns",
    "sentiment",
    "views",
    "sympathy",
    "condolences",
    "gratitude",
    "interest",
    "reservations",
    "support",
    "opposition",
    "doubt",
    "doubts",
    "frustration",
    "anger",
    "dismay",
    "regret",
    "hope",
    "fears",
    "alarm",
    "outrage",
    "surprise",
    "disappointment",
    "confidence",
  ],
  note: ["that", ",", ".", ":"],
  remind: ["that", "of", ":"],
  assure: ["that"],
  reassure: ["that"],
  maintain: ["that"],
  observe: ["that"],
  report: ["that"],
  point: ["out"],
  // "Economists project that every state will recover"; "project" alone is a plan.
  project: ["that"],
  // "Coach Jim Caldwell vouched for him".
  vouch: ["for"],
  // "Benioff weighed in, telling Cook …", "she chimed in": joining a conversation.
  weigh: ["in"],
  chime: ["in"],
  indicate: ["that", "he", "she", "they", "it", "we", "i"],
  wonder: ["whether", "if", "aloud", "why", "how", "what", "who", "when"],
  voice: [
    "concern",
    "concerns",
    "doubt",
    "doubts",
    "support",
    "opposition",
    "frustration",
    "anger",
    "fears",
    "hope",
    "optimism",
    "scepticism",
    "skepticism",
    "alarm",
    "dismay",
    "regret",
  ],
  // ("he responded quickly.": an answer with nothing reported; ", the firm responded." closes one.)
  respond: ["that", "to", ":", ",", "by", "in", "on"],
  reply: ["that", "to", ":", ",", "by", "in", "on"],
  cite: ["a", "an", "the", "figures", "data", "reports", "studies", "research", "concerns"],
  challenge: ["the", "that", "claims", "assertions"],
  mock: ["the"],
  counter: ["that"],
  question: ["whether", "if", "why", "how", "what"],
  describe: ["as", "how", "what", "why", "a", "an", "the", "it", "them", "this", "his", "her", "their"],
  walk: ["back"],
  sum: ["up"],
  recall: ["that", "how", "when", "being", "seeing", "a", "an", "the", "his", "her", "their"],
  // "remembered that", "remembered how"; "remembered the victims" is a tribute, not words.
  remember: ["that", "how", "when", "being", "seeing"],
  // "confessed to the crime", "confessed that"; not "confessed" alone in a list of deeds.
  confess: ["to", "that", ":", ","],
  show: ["that"],
  forecast: [
    "that",
    "a",
    "an",
    "total",
    "growth",
    "inflation",
    "further",
    "higher",
    "lower",
    "rates",
    "prices",
  ],
  highlight: ["the", "a", "an", "that", "how", "its", "their", "his", "her", "current", "concerns", "risks"],
  raise: ["questions", "concerns", "doubts", "objections", "fears", "alarm", "the", "a"],
  thank: ["them", "him", "her", "us", "you", "the", "his", "their", "everyone", "all"],
  add: ["that", ":", ",", "."],
  // "protesters chanted, “Red for Ed”"; "fans chanted his name" is no speech reported.
  chant: ["that", ":", ","],
  continue: ["that", ":", ",", "."],
  apologise: ["for", "to", "that", "on", ",", "."],
});

/** Words that may stand between a subject and its verb without breaking the link: "has also said". */
export const VERB_PRECURSORS = forms(
  "has have had is are was were be been will would could should can may might must did does do",
  "also then later again further quickly strongly repeatedly previously earlier recently reportedly publicly",
  "privately openly bluntly simply once twice not never only just still already long often flatly",
  "explicitly angrily firmly briefly now meanwhile however too though instead today yesterday",
);

/** Nouns and adjectives in -ly, which are no adverbs: "The family said", "the weekly reported". */
const NOT_ADVERBS = forms(
  "family families assembly monopoly anomaly butterfly quarterly weekly monthly yearly daily supply",
  "reply ally rally bully jelly belly lily holly italy july homily melancholy",
);

/**
 * Whether a word may stand between a subject and its verb: an auxiliary, "also", "not", or any
 * adverb of manner or time in -ly ("Seabrook helpfully describes", "Lind hastily added").
 */
export function isVerbPrecursor(lower: string): boolean {
  return (
    VERB_PRECURSORS.has(lower) ||
    (lower.length >= 6 && lower.endsWith("ly") && !NOT_ADVERBS.has(lower) && /^[a-z]+$/.test(lower))
  );
}

/** Titles and role words that come before a name ("President", "Foreign Minister"). */
export const TITLE_WORDS = forms(
  "President Vice Prime Minister Foreign Interior Defence Defense Finance Health Justice Home Secretary",
  "State Supreme Leader Chancellor Senator Sen Sen. Representative Rep Rep. Congressman Congresswoman",
  "Governor Gov Gov. Mayor Ambassador General Gen Gen. Admiral Colonel Col Col. Lieutenant Lt Lt. Captain",
  "Capt Capt. Sergeant Sgt Judge Justice Chief Justice Attorney Commissioner Director Chairman Chairwoman",
  "Chair Speaker Spokesman Spokeswoman Spokesperson King Queen Prince Princess Pope Cardinal Archbishop",
  "Bishop Emperor Sultan Emir Crown Deputy Acting Former Professor Prof Prof. Dr Dr. Coach Manager",
  "Executive Officer CEO Founder Editor Minister-President Premier Chief Commander Inspector Superintendent",
  "Detective Constable Officer Agent Auditor Treasurer Solicitor Counsel Lawyer Analyst Economist",
  "Correspondent Editor-in-chief Press Secretary-General Secretary General Leader Opposition Labour",
  "Assemblyman Assemblywoman Assemblymember Councilman Councilwoman Councillor Councilor Alderman",
  "Alderwoman Delegate Trooper Sheriff Marshal Sen.-elect Gov.-elect Mayor-elect President-elect",
  "Director-General Attorney-General Solicitor-General Surgeon-General Inspector-General Auditor-General",
  "Governor-General Postmaster-General Mom Mum Dad",
);

/** Honorifics that belong with the name ("Ayatollah Ali Khamenei", "Sir Keir Starmer"). */
export const HONORIFICS = forms(
  "Ayatollah Sheikh Sheik Imam Rabbi Sir Dame Lord Lady Rev Rev. Reverend Father Sister",
);

/** Courtesy titles and the gender they tell. */
export const COURTESY = wordTable<"m" | "f" | null>({
  mr: "m",
  "mr.": "m",
  mrs: "f",
  "mrs.": "f",
  ms: "f",
  "ms.": "f",
  miss: "f",
  mx: null,
  "mx.": null,
  dr: null,
  "dr.": null,
});

/** Lower-case nouns naming a job or role: "editor", "ranger", "press secretary". */
export const ROLE_NOUNS = forms(
  "suspect defendant gunman passenger teenager businessman businesswoman defenceman defenseman rookie",
  "editor correspondent reporter journalist columnist analyst official spokesman spokeswoman spokesperson",
  "secretary minister president leader director ranger chief executive manager member founder head chair",
  "chairman chairwoman professor lecturer researcher scientist economist lawyer attorney adviser advisor",
  "aide ambassador envoy diplomat commander officer general captain governor mayor senator lawmaker mp msp mep mla",
  "representative judge prosecutor negotiator candidate whisperer expert elder activist campaigner",
  "organiser organizer coach player owner host presenter author writer historian teacher student",
  "doctor nurse surgeon physician engineer farmer worker resident witness survivor victim mother father",
  "son daughter brother sister wife husband widow friend neighbour neighbor partner colleague boss",
  "commissioner inspector detective constable sheriff official delegate deputy",
  "strategist pollster consultant administrator coordinator coordinater founder co-founder ceo cfo coo",
  "cto investor trader banker producer director-general secretary-general whip source insider",
  "solicitor barrister counsel premier chancellor",
  "programmer coder hacker blogger designer architect pilot driver chef artist musician singer actor",
  "actress novelist poet photographer paramedic firefighter lifeguard fisherman shopkeeper trader",
  "landlord tenant voter protester pastor priest vicar",
  "colonel admiral corporal brigadier imam rabbi cleric nun",
  "employee detainee retiree nominee trainee attendee appointee trustee referee evacuee returnee",
);

/** The words for a firm's legal form that close its name ("Inc.", "Company", "plc"), folded. */
export const LEGAL_FORMS = new Set(
  "inc incorporated corp corporation co company ltd limited llc plc holdings ag sa gmbh nv".split(" "),
);

/** Nouns that name an organisation or a document that can "say" things. */
export const ORGANISATION_WORDS = forms(
  "Department Ministry Office Council Committee Commission Agency Authority Bureau Service Services",
  "Group Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Plc plc Bank Fund Foundation Institute",
  "Institution University College School Hospital Association Union Federation League Party Movement",
  "Organisation Organization Society Trust Network Alliance Coalition Board Court Tribunal Parliament",
  "Congress Senate Assembly Cabinet Government Administration Police Army Navy Force Forces Guard",
  "Centre Center Agency Press Times Post News Journal Herald Telegraph Guardian Reuters Network Channel",
  "Project Campaign Initiative Team Club Church Mission Embassy Consulate Secretariat Directorate Action",
  "Programme Program Watch International Motors Airlines Airways Energy Pharmaceuticals Labs Laboratories",
  "Holdings Partners Capital System Systems Technologies Media Foods Industries Enterprises Solutions Communications",
  "Entertainment Studios Records Games Bancorp Insurance Telecom Railways Rail Logistics Shipping Petroleum Oil",
  "Research Analytics Consulting Consultants Associates Advisors Advisers Strategies Insights Intelligence",
  "Equities Securities Investments Ventures Brokers Brokerage Resources Mining Therapeutics Biotech",
  "Laboratory Observatory Museum Library Zoo Nations Pentagon Kremlin Vatican",
  "Gazette Tribune Chronicle Courier Observer Examiner Inquirer Enquirer Dispatch Bulletin Sentinel Star",
  "Securities Markets Ventures Investments Management Financial Transit Transport Railway Lines Guild Chamber Dept Dept.",
  "Forum Academy Collective Cooperative Co-op Consortium Fellowship Magazine Gazette Tribune Courier Chronicle",
  "Radio Television TV Broadcasting Pictures Publishing Books Software Robotics Therapeutics Healthcare Clinic",
  "Water Gas Power Electric Utilities Airport Council Commission Caucus Lab Institute Unit Squad Brigade Online",
  "Ferries Ferry Cruises Hotels Resorts Stores Supermarkets Brewery Breweries Bakeries Pharmacy Pharmacies",
  "Centers Centres Departments Ministries Agencies Institutes Productions Films Brands Restaurants Electronics Daily Digest",
);

/** A firm by its trade or its size: "the grocer", "the chipmaker", "the tech giant". */
const FIRMS_BY_TRADE =
  "grocer chipmaker drugmaker steelmaker planemaker toymaker phonemaker truckmaker giant conglomerate multinational supplier provider wholesaler distributor";

/** Lower-case heads of a definite description that refers back to an organisation: "the company". */
export const ORGANISATION_HEADS = forms(
  "company firm brokerage lender insurer retailer carrier group department ministry agency organisation organization party government",
  "administration council committee commission court tribunal union association bank fund foundation",
  "institute university hospital police army charity campaign team club network broadcaster newspaper",
  "paper station channel service board authority office regulator watchdog retailer airline carrier",
  "manufacturer maker developer publisher studio startup carmaker automaker insurer supermarket chain operator",
  "magazine website site outlet publication blog tabloid tank think-tank military navy coastguard",
  "utility council ministry prosecutor's city town county province municipality district",
  "trust society federation league alliance coalition school college museum library bureau laboratory",
  "consortium institution exchange cooperative co-op",
  FIRMS_BY_TRADE,
  // Other bodies an aside names: "Harbour Mode, the fashion house,", "a trade body", "the nonprofit".
  "house consultancy nonprofit non-profit not-for-profit body brand platform app clinic gallery brewery",
  "distillery winery bakery restaurant cafe café hotel pub venue theatre theater cinema outfit partnership",
  "lobby franchise practice industry sector force taskforce panel affiliate subsidiary",
);

/** Heads so general that "the company" means the organisation the story is about, not one named "Company". */
export const GENERIC_ORGANISATION_HEADS = forms(
  "company firm group carmaker automaker airline retailer bank insurer supermarket chain operator manufacturer",
  "brokerage lender carrier maker developer publisher studio startup broadcaster newspaper station channel network utility charity club franchise organisation organization body",
  FIRMS_BY_TRADE,
);

/** Documents and records that can report findings: "the report found", "the study said". */
export const DOCUMENT_HEADS = forms(
  "report study survey poll review inquiry audit analysis paper statement memo letter filing ruling indictment complaint lawsuit release",
  "studies surveys polls analyses findings statistics figures",
  "tweet post article editorial sign notice",
  "log changelog documentation manual guide faq transcript minutes document documents email emails website",
);

/**
 * Plural (or collective) nouns for groups that speak as one: "officials said", "local news reports
 * said", "the courts have held". A group speaker is named by the whole noun phrase.
 */
export const GROUP_HEADS = forms(
  "officials politicians lawmakers legislators leaders elders members ministers diplomats sources",
  "reports courts judges analysts experts observers critics activists campaigners protesters protestors",
  "residents witnesses villagers neighbours neighbors locals citizens voters people officers",
  "authorities investigators prosecutors researchers scientists doctors nurses teachers students workers",
  "creators developers makers organisers organizers representatives spokesmen aides advisers advisors",
  "executives employees staff family families relatives survivors victims supporters opponents fans users",
  "economists historians commentators pundits insiders militants rebels authorities regulators",
  "negotiators envoys senators congressmen generals commanders soldiers troops medics rescuers volunteers",
  "passengers customers travellers travelers commuters shoppers parents patients farmers drivers pilots",
  "groups crews unions lawyers attorneys owners landlords tenants homeowners consumers investors shareholders analysts",
  "campaigners demonstrators strikers players coaches athletes clergy priests bishops monks historians",
  "hawks doves republicans democrats conservatives liberals progressives tories socialists greens",
  "programmers engineers designers scholars academics authors writers journalists reporters editors",
  "advocates defenders proponents backers traders merchants shopkeepers retailers vendors fishermen",
  "media press broadcasters newspapers outlets forecasters pollsters anglers islanders bosses chiefs percent",
  "providers physicians clinicians staffers civilians immigrants migrants refugees jurors agents",
  "specialists surgeons psychiatrists psychologists epidemiologists paediatricians pediatricians pharmacists",
  "therapists dentists veterinarians statisticians virologists biologists chemists physicists geologists",
  "inspectors detectives auditors councillors councilors firefighters paramedics planners consultants",
  "contractors managers directors governors mayors coroners",
  "mps msps meps",
);

/** Political parties known by a name that is no one's: "Labour said", "Plaid Cymru said". */
export const PARTY_NAMES = new Set([
  "Labour",
  "Plaid Cymru",
  "SNP",
  "UKIP",
  "Likud",
  "Fatah",
  "Hamas",
  "Hezbollah",
  "Syriza",
  "Podemos",
  "Fidesz",
  "Sinn Fein",
  "Sinn Féin",
  "Fianna Fail",
  "Fianna Fáil",
  "Fine Gael",
  "DUP",
  "SDLP",
]);

/** Personal pronouns that can be the subject of a speech verb. */
export const PRONOUNS = wordTable<"m" | "f" | "it" | "they" | "self" | "you">({
  he: "m",
  she: "f",
  it: "it",
  they: "they",
  i: "self",
  we: "self",
  you: "you",
});

/** Words that begin a sentence or clause but are never part of a name. */
export const FUNCTION_WORDS = forms(
  "A An The But And Or So Yet However Meanwhile Still Also Then Now In On At By For From With Without",
  "Despite After Before During Since Until While When Where Why How What Who Whom Whose Which That This",
  "These Those There Here It Its He She They We I You His Her Their Our My Your Although Though If",
  "Because As Of To Into Over Under About Against Between Through Across Among Around Behind Beyond",
  "Unlike Like Earlier Later Last Next Recently Separately Asked Speaking Writing Addressing Instead",
  "Indeed Nonetheless Nevertheless Moreover Furthermore Additionally Finally First Second Third",
  "Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday Analysis Update",
  "Read Watch Listen Photo Video Credit Image Picture Caption Source Editing Reporting Additional",
  "Look Take Consider Remember Make Keep Get Go Leave Put Try Think Imagine Check Let Find Use See Stop",
  "Start Do Be Have Give Bring Avoid Compare Develop Choose Pick Buy Sell Click Join Learn Discover Enjoy",
  "Anyway Another Given Needless Once Whenever Whether Unless Upon Within Throughout Amid Amidst Along Even Perhaps Only Just Almost",
  "Soon Nearly Not Yes Overall Ultimately Eventually Currently Previously Initially Originally Typically",
  "Generally Usually Often Sometimes Thus Hence Therefore Otherwise Regardless Besides Notably Clearly",
  "Obviously Certainly Surely Sadly Unfortunately Fortunately Luckily Hopefully Ironically Toward Towards",
  "Whatever Whichever Wherever Whoever Maybe Possibly Probably Apparently Presumably Arguably Admittedly",
  "Evidently Interestingly Importantly Similarly Likewise Alternatively Specifically Essentially Basically",
  "Honestly Actually Naturally",
  "Including Regarding Concerning Considering Except Near Outside Inside Beneath Via Per Aren’t Aren't Isn’t",
  "Isn't Wasn’t Wasn't Don’t Don't Doesn’t Doesn't Didn’t Didn't Can’t Can't Won’t Won't We’re We're They’re",
  "They're You’re You're It’s It's That’s That's There’s There's Here’s Here's What’s What's Let’s Let's",
);

/** Adjectives of nationality that precede titles ("Iranian President", "Tunisian Prime Minister"). */
export function isNationality(word: string): boolean {
  return (
    /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch|sh)$/.test(word) &&
    !/^(?:Christian|Brian|Ian|Adrian|Julian|Vivian|Damian|Fabian|Lillian)$/.test(word)
  );
}

/** Words before a quotation that make it a mention of a term or a name, not speech. */
export const TERM_MARKERS =
  /(?:\bso-called|\bknown as|\bdubbed|\bnicknamed|\bnamed|\btitled|\bentitled|\bthe (?:term|word|words|phrase|name|label|slogan|motto|definition of)|\bdefinition of|\bbranded|\blabell?ed|\bcalled|\bsigns? (?:reading|saying)|\bas if to say|\b(?:known as|nicknamed) (?:the|a|an))\s*$/i;

/** Last words of place names: a "Ninety Mile Beach" is never a person. */
export const PLACE_WORDS = forms(
  "Beach Island Islands River Street City County State States Province Region Mountain Mountains Lake Sea",
  "Ocean Bay Coast Harbour Harbor Museum House Hall Park Airport Station Square Bridge Road Avenue Valley",
  "Desert Gulf Strait Peninsula Kingdom Republic Emirates Africa America Asia Europe East West North South",
  "Zealand Arabia Korea Carolina Dakota Virginia Jersey York Mexico Angeles Francisco Delhi Town Village",
  "Pacific Atlantic Arctic Mediterranean Caribbean Baltic Sound Channel Basin Plains Heights Hills Falls",
  // Countries that are nobody's surname ("Wired Italy", "Vogue Italia" are editions, not people).
  "Italy Italia France Germany Deutschland Spain España Portugal India China Japan Russia Brazil Canada",
  "Australia Britain Iran Iraq Egypt Turkey Greece Poland Ukraine Nigeria Kenya Pakistan Afghanistan",
  "Syria Libya Tunisia Argentina Colombia Venezuela Indonesia Malaysia Singapore Thailand Vietnam",
  "Philippines Sweden Norway Denmark Finland Austria Switzerland Belgium Netherlands Hungary Romania",
  "Bulgaria Serbia Croatia Morocco Algeria Ethiopia Ghana Uganda Tanzania Zimbabwe Bangladesh Taiwan",
  "Qatar Kuwait Yemen Lebanon Iceland Scotland",
);

/** Those who speak for someone else: what they say is said for whom they speak for. */
export const SPOKESPEOPLE = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "spokespeople",
  "spokesmen",
]);

/** Words that go on to say which people a group is: "experts on …", "people familiar with …". */
export const GROUP_QUALIFIERS = new Set(
  "on in near across from with familiar close opposed briefed involved knowledgeable".split(" "),
);

/** "I", "I'm", "me", "my", "myself": words only a person says of themselves. */
export const FIRST_PERSON_SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b(?!['’])/;

/** A source the story does not name, never a named person's role: "the source", "a senior political source". */
export const UNNAMED_SOURCE =
  /^(?:(?:the|a|an|one|another|two|three|several)\s+)?(?:[\p{Ll}-]+\s+){0,3}sources?$/u;
