package mla

import (
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
)

// Authority names an authority and its functions (para. 16(a), (b)). The
// zero Authority is "not given".
type Authority struct {
	// Name is the authority's name, e.g. "Office of the Prosecutor, Lyon".
	Name string `json:"name"`
	// Functions are its functions, e.g. "investigating magistrate".
	Functions string `json:"functions,omitempty"`
}

// Subject is a person, item or account concerned by a request, with its
// identification, location and nationality "as appropriate" (para. 16(e)).
// The zero Subject is unset.
type Subject struct {
	Kind SubjectKind `json:"kind"`
	// Identity identifies the person, item or account (name, serial
	// number, account number, e-mail address).
	Identity string `json:"identity,omitempty"`
	// Unidentified: the request says that the subject's identity is not
	// yet known (the person who made a payment, the holder of an account
	// still to be traced). Para. 16(e) asks for identification "as
	// appropriate": an identity the request says is not yet known is not
	// demanded, and Identity may then be empty.
	Unidentified bool `json:"unidentified,omitempty"`
	// Role is the capacity in which a person is concerned (suspect,
	// witness, victim, account holder...); only persons have one.
	Role convention.PersonRole `json:"role,omitzero"`
	// Location is where the subject is believed to be, or "".
	Location string `json:"location,omitempty"`
	// Nationality is a person's nationality as an ISO 3166-1 country code
	// (alpha-2 or alpha-3), or "" when unknown or stateless. Only persons
	// have one.
	Nationality string `json:"nationality,omitempty"`
}

// Contents are the contents every request for mutual legal assistance
// shall contain (para. 16). They are usable on their own: the confiscation
// article applies para. 16 mutatis mutandis and embeds Contents in its own
// requests. Validation problems name fields by their promoted path
// ("RequestingAuthority", "Subjects[1].Identity"), which is valid both on
// Contents and on any struct that embeds it.
//
// The zero Contents is empty: every element of para. 16 is missing.
type Contents struct {
	// RequestingAuthority is the identity of the authority making the
	// request (16(a)).
	RequestingAuthority string `json:"requesting_authority"`
	// SubjectMatter is the subject matter of the investigation, prosecution
	// or other proceeding (16(b)).
	SubjectMatter string `json:"subject_matter"`
	// Nature is the nature of that proceeding (16(b)).
	Nature Nature `json:"nature"`
	// Conducting is the name and functions of the authority conducting it
	// (16(b)).
	Conducting Authority `json:"conducting"`
	// Facts is a summary of the relevant facts (16(c)); not required for a
	// request for service of judicial documents only.
	Facts string `json:"facts,omitempty"`
	// Purposes are the purposes of para. 3 the assistance serves: the typed
	// part of the description of the assistance sought (16(d)).
	Purposes Purposes `json:"purposes"`
	// AssistanceSought describes the assistance sought in the request's
	// words (16(d)).
	AssistanceSought string `json:"assistance_sought,omitempty"`
	// Data describes the stored computer data sought, typed: category,
	// identifiers (an IP address with its port and zoned timestamp, an
	// account, an e-mail address), period and provider (16(d), (e)). The
	// description of para. 16(d) is AssistanceSought, Data, or both.
	Data []convention.DataSought `json:"data,omitempty"`
	// Procedure details any particular procedure the requesting State wishes
	// followed (16(d), 18), or "".
	Procedure string `json:"procedure,omitempty"`
	// Subjects are the persons, items or accounts concerned (16(e)).
	Subjects []Subject `json:"subjects,omitempty"`
	// Aim is the purpose for which the evidence, information or other
	// assistance is sought (16(f)); it also fixes the proceedings in which
	// the evidence may be used without consent (para. 20).
	Aim string `json:"aim"`
}

// MaxOffences is the most offences one Request may name; [Request.Validate]
// reports more as invalid input. Decisions keep per-offence answers in
// 64-bit sets ([Offences]), so that deciding allocates nothing.
const MaxOffences = 64

// MaxRelated and MaxTranslations bound the related requests and the
// translations one Request may list; [Request.Validate] reports more as
// invalid input and reads only the first ones, whose duplicates it looks
// for pairwise.
const (
	MaxRelated      = 256
	MaxTranslations = 32
)

// Request is a request for mutual legal assistance under the article, as
// request forms carry it (the OAS form, national content-of-request lists):
// the legal basis it invokes, the contents of para. 16, the purposes of
// para. 3, the offences, and the urgency, channel, form, language and
// transmission of paras. 14-15, with the related requests, contacts and
// attachments sent with it.
//
// A zero field means "not provided". The zero Request is invalid: Validate
// reports every missing element.
//
// Hostile sizes. Validation and the decisions are linear in the number of
// subjects, data items (and their identifiers), attachments and in the
// length of strings. More than MaxOffences offences, MaxRelated related
// requests or MaxTranslations translations is an error (one problem), and
// only the first of each are read beyond the count; the decisions read at
// most MaxOffences offences. JSON decoding (encoding/json) is linear and
// rejects nesting deeper than 10,000 levels.
type Request struct {
	// Ref identifies the request; Case is the requesting authority's file.
	Ref  convention.RequestRef `json:"ref,omitempty"`
	Case convention.CaseRef    `json:"case,omitempty"`
	// Requesting and Requested are the two States Parties (para. 32).
	Requesting convention.PartyID `json:"requesting"`
	Requested  convention.PartyID `json:"requested"`
	// Basis is the legal basis the request invokes (paras. 7, 9): the
	// article applies to requests "made pursuant to this article", that is
	// invoking the Convention. A request that invokes only another basis (a
	// treaty, reciprocity, domestic law) is not made pursuant to it; a
	// request silent on its basis is decided as one under the Convention,
	// and the explanation says so.
	Basis convention.LegalBasis `json:"basis,omitzero"`

	Contents

	// Offences are the offences the proceeding concerns, each as the
	// requesting State characterises it (paras. 1, 2, 4, 10): at least one,
	// at most MaxOffences. Decisions report per offence, by index, which
	// bring the request within the article and which a ground reaches.
	Offences convention.Offences `json:"offences"`
	// LegalPersonLiable says whether a legal person may be held liable for
	// the offences established under the Convention in the requesting
	// State, in accordance with the Convention's article on liability of
	// legal persons (para. 2). It counts only for offences established
	// under the Convention: para. 2 reaches "the offences for which a legal
	// person may be held liable in accordance with article [on liability of
	// legal persons] of this Convention", not every offence the requesting
	// State's law makes legal persons liable for. Unassessed by default.
	LegalPersonLiable convention.Judgement `json:"legal_person_liable"`
	// ElectronicEvidence is true when the assistance sought is the
	// collection of evidence in electronic form (paras. 1, 4). Purposes
	// 3(d), (e) and (f) are always such collection, whatever this field says.
	ElectronicEvidence bool `json:"electronic_evidence,omitempty"`
	// Related are earlier requests this one relates to. Those with
	// convention.RelationFollows are the preservation requests whose
	// preserved data the request seeks (para. 3(d); Preservation art.): the
	// purposes must then include PurposeStoredData.
	Related []convention.Related `json:"related,omitempty"`

	// Urgency marks urgent circumstances (paras. 14, 15), with the
	// requesting State's reasons.
	Urgency convention.Urgency `json:"urgency,omitzero"`
	// Channel is the route of transmission (para. 14).
	Channel Channel `json:"channel"`
	// Form is the form of the request (para. 15).
	Form Form `json:"form"`
	// Language is the language of the request as made and of the
	// translations sent with it (para. 15): the request is in a language
	// acceptable to the requested State when the original or a translation
	// is. In JSON a plain tag ("fr") is a request without translations.
	Language convention.Languages `json:"language"`
	// Made is the date the request was made, or zero.
	Made convention.Date `json:"made,omitzero"`
	// Confirmed is the date an oral request was confirmed in writing (para.
	// 15), or zero while it is not.
	Confirmed convention.Date `json:"confirmed,omitzero"`
	// Transmission records when, by what means and under what reference
	// the request was sent; its means must agree with Channel and Form.
	Transmission convention.Transmission `json:"transmission,omitzero"`

	// Confidentiality is what the requesting State requires (para. 21):
	// that the fact and substance of the request be kept confidential, that
	// the person concerned not be notified, and its reasons.
	Confidentiality convention.Confidentiality `json:"confidentiality,omitzero"`
	// GovernmentRecords: the assistance sought includes copies of
	// government records, documents or information in the requested
	// State's possession (para. 30); Facts.RecordsPublic then says whether
	// they are available to the general public. It goes with purpose 3(h)
	// or 3(i).
	GovernmentRecords bool `json:"government_records,omitempty"`
	// Deadline is a deadline the requesting State suggests (para. 25), and
	// DeadlineReasons its reasons; zero and "" when none.
	Deadline        convention.Date `json:"deadline,omitzero"`
	DeadlineReasons string          `json:"deadline_reasons,omitempty"`

	// Contacts are the contact points of the requesting authority and of
	// the authority executing the request.
	Contacts convention.Contacts `json:"contacts,omitzero"`
	// Attachments are the documents sent with the request (orders,
	// warrants, the provisions of law applied, translations).
	Attachments []convention.Attachment `json:"attachments,omitempty"`
}

// Urgent reports whether the request is made in urgent circumstances
// (paras. 14, 15).
func (r Request) Urgent() bool { return r.Urgency.Urgent }

// electronic reports whether the request seeks evidence in electronic form
// (paras. 1, 4).
func (r Request) electronic() bool {
	return r.ElectronicEvidence || r.Purposes&electronicPurposes != 0
}

// Profile is the requested State's standing position towards the
// requesting State: the treaty relation of para. 9 and what it notified or
// agreed under paras. 14-15. Fields are facts of record, not case
// judgements.
//
// The zero Profile knows nothing: the treaty relation is unassessed, no
// language is notified, no central authority designated, and nothing
// agreed.
type Profile struct {
	// Treaty: are the two States bound by a treaty of mutual legal
	// assistance (para. 9)?
	Treaty convention.Judgement `json:"treaty"`
	// ArticleInLieu: have they agreed to apply paragraphs 10 to 30 in lieu
	// of that treaty (para. 9)?
	ArticleInLieu convention.Judgement `json:"article_in_lieu"`
	// CentralAuthority names the central authority the requested State
	// designated and notified (para. 14), or "" if none.
	CentralAuthority string `json:"central_authority,omitempty"`
	// Diplomatic: the requested State requires requests through diplomatic
	// channels (para. 14).
	Diplomatic bool `json:"diplomatic,omitempty"`
	// Interpol: the requested State agrees to requests through INTERPOL in
	// urgent circumstances (para. 14).
	Interpol bool `json:"interpol,omitempty"`
	// Oral: the requested State agrees to oral requests in urgent
	// circumstances (para. 15).
	Oral bool `json:"oral,omitempty"`
	// Languages are the languages the requested State notified as
	// acceptable (para. 15). A regional variant of a notified language is
	// acceptable; another script is not (convention.LanguageAcceptable).
	Languages []language.Tag `json:"languages,omitempty"`
	// Recognised is the catalogue of offences established under the
	// Convention the requested State's case system recognises: a request
	// naming an established offence it does not hold is input the library
	// cannot decide (an error of Prepare, Assess and Review, cited to para.
	// 1), not silently an offence outside the article. The zero Catalogue
	// recognises every name.
	Recognised convention.Catalogue `json:"offences_recognised,omitzero"`
}

// OffenceFacts are the requested State's judgements on one offence of a
// request.
type OffenceFacts struct {
	// Requested is the requested State's characterisation of the offence's
	// conduct (para. 10; Cooperation art., para. 2): only Requested.Criminal
	// counts.
	Requested convention.Characterisation `json:"requested"`
	// TrafficDataAvailable: real-time collection of traffic data would be
	// available in a similar domestic case of the requested State for this
	// offence (para. 3(e): "with respect to criminal offenses for which
	// real-time collection of traffic data would be available in a similar
	// domestic case"). Asked only when purpose 3(e) is sought.
	TrafficDataAvailable convention.Judgement `json:"traffic_data_available"`
}

// Facts are the requested State's judgements on one request: what the text
// leaves to it ("considers", "would be prohibited", "disproportionate").
// Each is a convention.Judgement; the zero Facts has every judgement
// unassessed, and a decision that turns on one is Undetermined. Validate
// reports a judgement that is not a declared value.
type Facts struct {
	// Offences are the requested State's judgements on each offence of the
	// request, at the same index as Request.Offences; a missing entry is
	// unassessed. Judgements on more offences than the request names are
	// inconsistent: an error of the decisions (para. 1).
	Offences []OffenceFacts `json:"offences,omitempty"`
	// ContentDataPermitted: the applicable treaties and domestic laws permit
	// collecting or recording content data (para. 3(f)).
	ContentDataPermitted convention.Judgement `json:"content_data_permitted"`
	// OtherAssistanceLawful: the "other type" of assistance is not contrary
	// to domestic law (para. 3(m)).
	OtherAssistanceLawful convention.Judgement `json:"other_assistance_lawful"`
	// BankSecrecy: bank secrecy is at stake (para. 8). It is never a ground.
	BankSecrecy convention.Judgement `json:"bank_secrecy"`
	// DeMinimis: the request involves a matter of a de minimis nature (para. 10).
	DeMinimis convention.Judgement `json:"de_minimis"`
	// OtherProvisions: the assistance is available under other provisions
	// of the Convention (para. 10).
	OtherProvisions convention.Judgement `json:"other_provisions"`
	// Authenticity: the request's form allows the requested State to
	// establish authenticity (para. 15).
	Authenticity convention.Judgement `json:"authenticity"`
	// MoreInformation: additional information appears necessary for, or
	// would facilitate, execution (para. 17).
	MoreInformation convention.Judgement `json:"more_information"`
	// ProcedureLawful: the procedure the request specifies is not contrary
	// to domestic law (para. 18); ProcedurePossible: following it is
	// possible.
	ProcedureLawful   convention.Judgement `json:"procedure_lawful"`
	ProcedurePossible convention.Judgement `json:"procedure_possible"`
	// CanKeepConfidential: the requested State can keep the request
	// confidential as required (para. 21).
	CanKeepConfidential convention.Judgement `json:"can_keep_confidential"`
	// EssentialInterests: the requested State considers execution likely to
	// prejudice its sovereignty, security, ordre public or other essential
	// interests (para. 22(b)).
	EssentialInterests convention.Judgement `json:"essential_interests"`
	// DomesticProhibition: its authorities would be prohibited from the
	// action for any similar domestic offence (para. 22(c)).
	DomesticProhibition convention.Judgement `json:"domestic_prohibition"`
	// Disproportionate: the request is disproportionate to the offence
	// (para. 22(d)).
	Disproportionate convention.Judgement `json:"disproportionate"`
	// ContraryToLegalSystem: granting the request would be contrary to its
	// legal system relating to mutual legal assistance (para. 22(e)).
	ContraryToLegalSystem convention.Judgement `json:"contrary_to_legal_system"`
	// Fiscal: the offence is also considered to involve fiscal matters
	// (para. 23). Never a ground on its own.
	Fiscal convention.Judgement `json:"fiscal"`
	// InterferesOngoing: assistance interferes with an ongoing
	// investigation, prosecution or other proceeding (para. 26).
	InterferesOngoing convention.Judgement `json:"interferes_ongoing"`
	// CostsAgreedOtherwise: the States agreed that the requested State does
	// not bear the ordinary costs (para. 29).
	CostsAgreedOtherwise convention.Judgement `json:"costs_agreed_otherwise"`
	// SubstantialCosts: expenses of a substantial or extraordinary nature
	// are or will be required (para. 29).
	SubstantialCosts convention.Judgement `json:"substantial_costs"`
	// RecordsPublic: the government records, documents or information the
	// request seeks (Request.GovernmentRecords) are available to the
	// general public under the requested State's domestic law (para.
	// 30(a)); No when any of them is not (30(b)). Asked only when the
	// request seeks government records.
	RecordsPublic convention.Judgement `json:"records_public"`
	// Discrimination is the requested State's belief under Cooperation
	// art., para. 3, with the listed grounds it names.
	Discrimination convention.DiscriminationFacts `json:"discrimination"`
}
