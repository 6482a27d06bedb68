package convention

import (
	"fmt"
	"strconv"
)

// TextVersion names the one text every citation refers to: the United
// States' proposal of draft provisions on international cooperation,
// technical assistance, preventive measures, the mechanism of implementation
// and the final provisions, submitted to the third session of the Ad Hoc
// Committee to elaborate a UN cybercrime treaty (seed bee29a908304d8b8).
// Changing the text means changing citations and test vectors together.
const TextVersion = "AHC3-US-proposal (seed bee29a908304d8b8)"

// TextTitle describes the text of TextVersion in words, for a reader: what
// a tour, a report or a form prints where TextVersion identifies the text
// to a program.
const TextTitle = "The United States' proposal of draft provisions for the UN convention on cybercrime, " +
	"submitted to the third session of the Ad Hoc Committee, for the chapters on international cooperation, " +
	"technical assistance, preventive measures, the mechanism of implementation and the final provisions"

// Chapter is one of the five chapters of the text.
type Chapter uint8

// The chapters, in the order of the text. The zero Chapter is unknown.
const (
	ChapterUnknown Chapter = iota
	ChapterCooperation
	ChapterTechnicalAssistance
	ChapterPrevention
	ChapterMechanism
	ChapterFinal
)

var chapterNames = [...]string{
	ChapterUnknown:             "",
	ChapterCooperation:         "International Cooperation",
	ChapterTechnicalAssistance: "Technical Assistance",
	ChapterPrevention:          "Preventive Measures",
	ChapterMechanism:           "Mechanism of Implementation",
	ChapterFinal:               "Final Provisions",
}

// String returns the chapter's heading, or Chapter(n) when out of range.
func (c Chapter) String() string {
	if int(c) < len(chapterNames) && c != ChapterUnknown {
		return chapterNames[c]
	}
	return "Chapter(" + strconv.Itoa(int(c)) + ")"
}

// Article identifies one article of the text. The seed numbers none of its
// articles, so each is named after its heading. The zero Article is unknown.
//
// Articles sort in the order of the text.
type Article uint8

// The articles, in the order of the text.
const (
	ArtUnknown Article = iota

	// International Cooperation
	ArtCooperation         // GENERAL PROVISIONS ON INTERNATIONAL COOPERATION
	ArtExtradition         // EXTRADITION
	ArtSentencedPersons    // TRANSFER OF SENTENCED PERSONS
	ArtPreservation        // EXPEDITED PRESERVATION OF STORED COMPUTER DATA
	ArtMLA                 // MUTUAL LEGAL ASSISTANCE
	ArtJointInvestigations // JOINT INVESTIGATIONS
	ArtLawEnforcement      // LAW ENFORCEMENT COOPERATION
	ArtNetwork             // 24/7 NETWORK
	ArtRecovery            // MECHANISMS FOR RECOVERY OF PROPERTY THROUGH INTERNATIONAL COOPERATION IN CONFISCATION
	ArtConfiscation        // INTERNATIONAL COOPERATION FOR THE PURPOSES OF CONFISCATION

	// Technical Assistance
	ArtTraining            // TRAINING AND TECHNICAL ASSISTANCE
	ArtTechnicalAssistance // TECHNICAL ASSISTANCE TO IMPLEMENT THE CONVENTION

	// Preventive Measures
	ArtPrevention    // GENERAL PROVISIONS ON PREVENTION
	ArtSociety       // PARTICIPATION OF SOCIETY
	ArtPrivateSector // COOPERATION BETWEEN NATIONAL AUTHORITIES AND THE PRIVATE SECTOR
	ArtVictims       // PROTECTION AND ASSISTANCE MEASURES FOR VULNERABLE VICTIMS

	// Mechanism of Implementation
	ArtImplementation // IMPLEMENTATION OF THE CONVENTION
	ArtBody           // IMPLEMENTATION BODY
	ArtExpenses       // EXPENSES OF THE COMMISSION
	ArtReview         // REVIEW OF DECISIONS AND RECOMMENDATIONS OF THE COMMISSION
	ArtFunctions      // FUNCTIONS OF THE COMMISSION
	ArtSecretariat    // SECRETARIAT
	ArtInformation    // INFORMATION TO BE FURNISHED BY PARTIES TO THE COMMISSION

	// Final Provisions
	ArtDisputes       // SETTLEMENT OF DISPUTES
	ArtSignature      // SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL AND ACCESSION
	ArtEntryIntoForce // ENTRY INTO FORCE
	ArtAmendment      // AMENDMENT
	ArtDenunciation   // DENUNCIATION
	ArtDepositary     // DEPOSITORY AND LANGUAGES

	numArticles
)

// Instrument is a treaty the text adapts provisions from.
type Instrument uint8

// The source instruments. The zero Instrument is unknown.
const (
	InstrumentUnknown Instrument = iota
	// UNTOC: United Nations Convention against Transnational Organized Crime (2000).
	UNTOC
	// UNCAC: United Nations Convention against Corruption (2003).
	UNCAC
	// SCND: Single Convention on Narcotic Drugs (1961).
	SCND
	// Budapest: Council of Europe Convention on Cybercrime (ETS No. 185, 2001).
	Budapest
	// EGM: the agreed paragraphs of the Open-ended Intergovernmental Expert
	// Group to Conduct a Comprehensive Study on Cybercrime.
	EGM
)

var instrumentNames = [...]string{"", "UNTOC", "UNCAC", "SCND", "Budapest Convention", "Expert Group agreed paragraphs"}

// String returns the instrument's usual abbreviation.
func (i Instrument) String() string {
	if i != InstrumentUnknown && int(i) < len(instrumentNames) {
		return instrumentNames[i]
	}
	return "Instrument(" + strconv.Itoa(int(i)) + ")"
}

// Source is the provision of an earlier instrument that an article was
// adapted from.
type Source struct {
	Instrument Instrument `json:"instrument"`
	// Article is the article number in the instrument, or 0 (EGM).
	Article int `json:"article,omitempty"`
	// Para narrows the source to a paragraph, e.g. "4", or is empty.
	Para string `json:"para,omitempty"`
	// Stated is false where the seed names no source and the library
	// identifies it (the preservation and 24/7 network articles follow the
	// Budapest Convention, arts. 29 and 35, without saying so).
	Stated bool `json:"stated"`
}

// String returns e.g. "UNTOC art. 16(4)".
func (s Source) String() string {
	out := s.Instrument.String()
	if s.Article != 0 {
		out += " art. " + strconv.Itoa(s.Article)
		if s.Para != "" {
			out += "(" + s.Para + ")"
		}
	}
	if !s.Stated {
		out += " (not stated in the text)"
	}
	return out
}

type articleInfo struct {
	heading string
	short   string // lawyer's label, without " art."
	slug    string // eId component
	chapter Chapter
	paras   int // numbered paragraphs; 0 when the article has none
	sources []Source
}

func src(i Instrument, art int, para string) Source {
	return Source{Instrument: i, Article: art, Para: para, Stated: true}
}

var articles = [numArticles]articleInfo{
	ArtCooperation: {"General provisions on international cooperation", "Cooperation", "cooperation", ChapterCooperation, 3,
		[]Source{src(UNCAC, 43, "1"), src(UNCAC, 43, "2"), src(UNTOC, 16, "4"), src(UNCAC, 44, "15")}},
	ArtExtradition:      {"Extradition", "Extradition", "extradition", ChapterCooperation, 16, []Source{src(UNTOC, 16, "")}},
	ArtSentencedPersons: {"Transfer of sentenced persons", "Sentenced persons", "sentenced", ChapterCooperation, 0, []Source{src(UNTOC, 17, "")}},
	ArtPreservation: {"Expedited preservation of stored computer data", "Preservation", "preservation", ChapterCooperation, 7,
		[]Source{{Instrument: Budapest, Article: 29}}},
	ArtMLA:                 {"Mutual legal assistance", "MLA", "mla", ChapterCooperation, 32, []Source{src(UNTOC, 18, "")}},
	ArtJointInvestigations: {"Joint investigations", "Joint investigations", "joint", ChapterCooperation, 0, []Source{src(UNTOC, 19, "")}},
	ArtLawEnforcement:      {"Law enforcement cooperation", "Law enforcement", "enforcement", ChapterCooperation, 3, []Source{src(UNTOC, 27, "")}},
	ArtNetwork:             {"24/7 network", "24/7 network", "network", ChapterCooperation, 6, []Source{{Instrument: Budapest, Article: 35}}},
	ArtRecovery: {"Mechanisms for recovery of property through international cooperation in confiscation", "Recovery", "recovery", ChapterCooperation, 2,
		[]Source{src(UNCAC, 54, "")}},
	ArtConfiscation: {"International cooperation for the purposes of confiscation", "Confiscation", "confiscation", ChapterCooperation, 10,
		[]Source{src(UNTOC, 13, "")}},

	ArtTraining:            {"Training and technical assistance", "Training", "training", ChapterTechnicalAssistance, 4, []Source{src(UNTOC, 29, "")}},
	ArtTechnicalAssistance: {"Technical assistance to implement the Convention", "Technical assistance", "assistance", ChapterTechnicalAssistance, 4, []Source{src(UNTOC, 30, "")}},

	ArtPrevention: {"General provisions on prevention", "Prevention", "prevention", ChapterPrevention, 5,
		[]Source{src(UNTOC, 31, ""), {Instrument: EGM, Stated: true}}},
	ArtSociety: {"Participation of society", "Society", "society", ChapterPrevention, 2,
		[]Source{src(UNCAC, 13, ""), src(UNTOC, 31, ""), {Instrument: EGM, Stated: true}}},
	ArtPrivateSector: {"Cooperation between national authorities and the private sector", "Private sector", "private", ChapterPrevention, 0,
		[]Source{src(UNCAC, 13, ""), {Instrument: EGM, Stated: true}}},
	ArtVictims: {"Protection and assistance measures for vulnerable victims", "Victims", "victims", ChapterPrevention, 3,
		[]Source{{Instrument: UNTOC, Article: 25}}},

	ArtImplementation: {"Implementation of the Convention", "Implementation", "implementation", ChapterMechanism, 2, []Source{src(UNTOC, 34, "")}},
	ArtBody:           {"Implementation body", "Implementation body", "body", ChapterMechanism, 2, []Source{src(SCND, 5, "")}},
	ArtExpenses:       {"Expenses of the Commission", "Expenses", "expenses", ChapterMechanism, 1, []Source{src(SCND, 6, "")}},
	ArtReview:         {"Review of decisions and recommendations of the Commission", "Review", "review", ChapterMechanism, 2, []Source{src(SCND, 7, "")}},
	ArtFunctions:      {"Functions of the Commission", "Functions", "functions", ChapterMechanism, 3, []Source{src(SCND, 8, ""), src(UNTOC, 32, "")}},
	ArtSecretariat:    {"Secretariat", "Secretariat", "secretariat", ChapterMechanism, 2, []Source{src(UNTOC, 33, "")}},
	ArtInformation:    {"Information to be furnished by parties to the Commission", "Information", "information", ChapterMechanism, 2, []Source{src(SCND, 18, "")}},

	ArtDisputes:       {"Settlement of disputes", "Disputes", "disputes", ChapterFinal, 4, []Source{src(UNTOC, 35, "")}},
	ArtSignature:      {"Signature, ratification, acceptance, approval and accession", "Signature", "signature", ChapterFinal, 4, []Source{src(UNTOC, 36, "")}},
	ArtEntryIntoForce: {"Entry into force", "Entry into force", "entry", ChapterFinal, 2, []Source{src(UNTOC, 38, "")}},
	ArtAmendment:      {"Amendment", "Amendment", "amendment", ChapterFinal, 5, []Source{src(UNTOC, 39, "")}},
	ArtDenunciation:   {"Denunciation", "Denunciation", "denunciation", ChapterFinal, 3, []Source{src(UNTOC, 40, "")}},
	ArtDepositary:     {"Depositary and languages", "Depositary", "depositary", ChapterFinal, 2, []Source{src(UNTOC, 41, "")}},
}

// Articles returns every article, in the order of the text.
func Articles() []Article {
	out := make([]Article, 0, numArticles-1)
	for a := ArtCooperation; a < numArticles; a++ {
		out = append(out, a)
	}
	return out
}

// IsValid reports whether a is one of the declared articles.
func (a Article) IsValid() bool { return a > ArtUnknown && a < numArticles }

// Heading returns the article's heading as the text gives it, in sentence
// case ("Mutual legal assistance"), or "" for an unknown article.
func (a Article) Heading() string {
	if !a.IsValid() {
		return ""
	}
	return articles[a].heading
}

// Short returns the lawyer's label, "MLA" for the mutual legal assistance
// article; citations print it followed by " art.".
func (a Article) Short() string {
	if !a.IsValid() {
		return ""
	}
	return articles[a].short
}

// Slug returns the article's eId component, "mla" in "art_mla__para_22".
func (a Article) Slug() string {
	if !a.IsValid() {
		return ""
	}
	return articles[a].slug
}

// Chapter returns the chapter the article stands in.
func (a Article) Chapter() Chapter {
	if !a.IsValid() {
		return ChapterUnknown
	}
	return articles[a].chapter
}

// Paragraphs returns the number of numbered paragraphs of the article, 0 for
// an article written as one unnumbered paragraph.
func (a Article) Paragraphs() int {
	if !a.IsValid() {
		return 0
	}
	return articles[a].paras
}

// Sources returns the provisions the article was adapted from, as the text
// states them after the article (a fresh slice).
func (a Article) Sources() []Source {
	if !a.IsValid() {
		return nil
	}
	return append([]Source(nil), articles[a].sources...)
}

// String returns "MLA art." or Article(n) for an undeclared value.
func (a Article) String() string {
	if !a.IsValid() {
		return "Article(" + strconv.Itoa(int(a)) + ")"
	}
	return articles[a].short + " art."
}

// MarshalText returns the article's slug.
func (a Article) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return nil, fmt.Errorf("convention: marshal %s: %w", a, ErrInvalid)
	}
	return []byte(articles[a].slug), nil
}

// UnmarshalText accepts an article's slug ("mla") or its label ("MLA").
func (a *Article) UnmarshalText(b []byte) error {
	s := string(b)
	for x := ArtCooperation; x < numArticles; x++ {
		if s == articles[x].slug || s == articles[x].short {
			*a = x
			return nil
		}
	}
	return fmt.Errorf("convention: unknown article %s: %w", quote(s), ErrInvalid)
}
