package preservation

import (
	"github.com/treatyrules/cybercrime/convention"
)

// MaxOffences is the most offences one Request may name; [Request.Validate]
// reports more as invalid. Decisions keep per-offence answers in 64-bit
// sets ([OffenceSet]) and per-offence judgements in fixed arrays
// ([OffenceJudgements]), so that deciding allocates nothing.
const MaxOffences = 64

// MaxRelated and MaxTranslations are the most related requests and
// translations one Request may carry; Validate reports more as invalid,
// without checking each one. The article says nothing of either: these are
// guards against hostile input, set far above what a request carries, for
// the checks that no request relates the same earlier request twice or
// carries the same translation twice compare each entry with those before it.
const (
	MaxRelated      = 1000
	MaxTranslations = 100
)

// Request is a request for the expedited preservation of stored computer
// data (Preservation art., para. 1), with what para. 2(a)-(f) requires it to
// specify, and the parts practitioners' forms carry beside them (the
// Council of Europe T-CY data preservation template, the 24/7 network's
// forms). It is a plain struct: build it literally; a zero field means "not
// provided", and Validate reports every gap at once.
//
// The zero Request is empty and fails Validate on every rule of Rules that
// asks for an element.
//
// Hostile sizes. Validate, Prepare, Assess and Review take time linear in
// the size of the request, or reject it: more than MaxOffences offences,
// MaxRelated related requests or MaxTranslations translations is a problem
// (the offences are still each checked for a name, in linear time); any
// number of data items, identifiers, persons and attachments, and strings
// of any length, are checked in linear time (TestHostileSizesAreAnErrorOrLinear,
// BenchmarkValidateHostileSizes). JSON nested deeper than encoding/json's
// limit of 10,000 levels is a decoding error, as is any nesting the
// Request's shape does not have.
type Request struct {
	// Ref identifies this preservation request in the case systems of the
	// States concerned. The text requires no reference, so Validate does not
	// check it; the request for mutual legal assistance that follows quotes
	// it (see Link).
	Ref convention.RequestRef `json:"ref,omitempty"`
	// Case is the requesting authority's own case number; optional, carried
	// into Link.
	Case convention.CaseRef `json:"case,omitempty"`
	// Made is the date of the request, or zero; related requests cannot be
	// made after it, nor can it be sent before it.
	Made convention.Date `json:"made,omitzero"`

	// Requesting is the State Party making the request (para. 1).
	Requesting convention.PartyID `json:"requesting"`
	// Requested is the State Party asked to preserve data located in its
	// territory (para. 1); it differs from Requesting.
	Requested convention.PartyID `json:"requested"`
	// Basis is the legal basis the request invokes (para. 1: "A State Party
	// may request another State Party"). A request invoking only another
	// instrument (a treaty such as the Budapest Convention, art. 29,
	// reciprocity, domestic law) is not a request under this article, and
	// is decided as such; a request stating no basis is decided as one
	// under the Convention, and the explanation says so.
	Basis convention.LegalBasis `json:"basis,omitzero"`
	// Language is the language of the request and of its translations. The
	// article says nothing of languages: Validate checks consistency only,
	// and no decision turns on it.
	Language convention.Languages `json:"language,omitzero"`

	// Authority is the authority seeking the preservation (para. 2(a)).
	Authority string `json:"authority"`
	// Contacts are the contact points of the requesting authority and of
	// the authority executing the request.
	Contacts convention.Contacts `json:"contacts,omitzero"`
	// Offences are the offences that are the subject of the criminal
	// investigation or proceedings (para. 2(b)), at least one and at most
	// MaxOffences: each named or described by its conduct; Established says
	// whether it is established under the Convention (para. 4; 24/7 network
	// art., para. 1).
	Offences convention.Offences `json:"offences"`
	// Summary is the brief summary of the related facts (para. 2(b)).
	Summary string `json:"summary"`
	// Persons are the persons concerned (suspect, account holder, victim
	// ...), as the request names them; optional.
	Persons []Person `json:"persons,omitempty"`
	// Data describes the stored computer data to be preserved (para. 2(c)),
	// one entry per item: its category, identifiers (an account, an e-mail
	// address, an IP address with its port and the moment it was used, with
	// its time zone), the period the data covers, the provider holding it
	// (the custodian, para. 2(d)) and free text.
	Data []convention.DataSought `json:"data"`
	// Relationship states the data's relationship to the offences (para.
	// 2(c)).
	Relationship string `json:"relationship"`
	// Location is any available information identifying the location of the
	// computer system (para. 2(d)); the custodian is each Data item's
	// Provider.
	Location string `json:"location,omitempty"`
	// NoneAvailable states expressly that the requesting State has no
	// information identifying the custodian or the location (para. 2(d):
	// "any available information"). It is optional: a request that gives
	// neither a Provider nor a Location and says nothing conforms too, the
	// text asking only for information that is available; a request that
	// gives one and sets NoneAvailable contradicts itself.
	NoneAvailable bool `json:"none_available,omitempty"`
	// Necessity states the necessity of the preservation (para. 2(e)).
	Necessity string `json:"necessity"`
	// Urgency says whether the requesting State asks for urgent handling,
	// and why; optional.
	Urgency convention.Urgency `json:"urgency,omitzero"`
	// IntendsMLA states that the requesting State intends to submit a request
	// for mutual legal assistance for the search or similar access, seizure
	// or similar securing, or disclosure of the data (paras. 1 and 2(f)).
	IntendsMLA bool `json:"intends_mla"`
	// Confidentiality is what the requesting State asks about keeping the
	// request confidential, including that the account holder not be
	// notified, and why. It feeds the requested State's judgement under
	// para. 6 (Facts.ThreatensInvestigation), which stays the State's; the
	// explanation of that step shows it.
	Confidentiality convention.Confidentiality `json:"confidentiality,omitzero"`
	// Related are earlier requests this one relates to: an earlier
	// preservation it extends (convention.RelationExtends), earlier requests
	// in the same case.
	Related []convention.Related `json:"related,omitempty"`
	// Transmission records when and how the request was sent.
	Transmission convention.Transmission `json:"transmission,omitzero"`
	// Attachments are the documents sent with the request.
	Attachments []convention.Attachment `json:"attachments,omitempty"`
}

// Person is a person a request names, and the capacity in which the person
// is concerned (suspect, account holder, victim ...). The zero Person is
// not given.
type Person struct {
	Name string                `json:"name"`
	Role convention.PersonRole `json:"role,omitzero"`
}

// Profile is the requested State's standing position under the Preservation
// article and the 24/7 network article: what its law requires and what it
// has declared. It is configured once per State, not per case.
//
// The zero Profile is a State that does not require dual criminality for
// search, seizure or disclosure, has declared no reservation, recognises
// every offence name and has described no 24/7 point of contact: the para.
// 4 reservation is then never open, which is the text's default (a
// reservation exists only if declared).
type Profile struct {
	// Party is the requested State; when set, it must match
	// Request.Requested.
	Party convention.PartyID `json:"party,omitempty"`
	// RequiresDualCriminality: the State requires dual criminality as a
	// condition for responding to a request for mutual legal assistance for
	// the search or similar access, seizure or similar securing, or
	// disclosure of data (Preservation art., para. 4).
	RequiresDualCriminality bool `json:"requires_dual_criminality,omitempty"`
	// Reservation: the State has reserved the right of para. 4 to refuse
	// preservation. It is open only together with RequiresDualCriminality.
	Reservation bool `json:"reservation,omitempty"`
	// Catalogue is the list of offences established under the Convention
	// that the State's case system recognises: a request naming an
	// Established offence it does not hold gets a validation problem (para.
	// 4 turns on the name), instead of silently falling outside the
	// Convention. The zero Catalogue recognises every name.
	Catalogue convention.Catalogue `json:"offences_recognised,omitzero"`
	// Contact is the State's 24/7 point of contact (24/7 network art.).
	Contact Contact `json:"contact,omitzero"`
}

// ReservationOpen reports whether the para. 4 reservation is open to the
// requested State for the offence: the State requires dual criminality for
// search, seizure or disclosure, has declared the reservation, and the
// offence is not established under the Convention ("in respect of offenses
// other than those established under the Convention"). Whether the State
// may then refuse still turns on its reason to believe that dual
// criminality cannot be fulfilled at the time of disclosure
// (Facts.DualCriminalityFails), and on the request's other offences: see
// Assess.
func (p Profile) ReservationOpen(o convention.Offence) bool {
	return p.RequiresDualCriminality && p.Reservation && !o.EstablishedUnderConvention()
}

// OffenceJudgements holds one judgement per offence of Request.Offences, in
// the same order; the entries after the offences named are not read. Its
// zero value has every entry unassessed, so a literal gives the first
// entries only: OffenceJudgements{convention.No, convention.Yes}.
//
// In JSON it is a list of judgement words ("yes", "no", "unassessed"),
// trailing unassessed entries left out.
type OffenceJudgements [MaxOffences]convention.Judgement

// Facts are the requested State's judgements on one preservation request,
// and the requesting State's determination under para. 6. Each is a
// convention.Judgement: Yes, No, or Unassessed. A decision that turns on an
// unassessed fact, where its answer could change the outcome, is
// Undetermined and says what each answer would change.
//
// The zero Facts has every judgement unassessed.
type Facts struct {
	// Discrimination is the requested State's judgement under the
	// non-discrimination clause (Cooperation art., para. 3), which reaches
	// preservation: "Nothing in this Convention shall be interpreted as
	// imposing an obligation ... to provide assistance if the requested
	// State Party has substantial grounds for believing" the request
	// discriminatory. Its Belief is the one three-valued answer; the grounds
	// it names are information for the explanation, never a condition.
	Discrimination convention.DiscriminationFacts `json:"discrimination"`
	// InTerritory: the data is located within the requested State's
	// territory (para. 1). No takes the request outside the article.
	InTerritory convention.Judgement `json:"in_territory"`
	// DualCriminalityFails: the requested State has reason to believe that
	// at the time of disclosure the condition of dual criminality cannot be
	// fulfilled (para. 4), for the offences the request names. Read only
	// where the reservation is open.
	DualCriminalityFails convention.Judgement `json:"dual_criminality_fails"`
	// PoliticalOffences: for each offence of Request.Offences, in order,
	// whether the requested State considers it a political offence or an
	// offence connected with a political offence (para. 5(a)).
	PoliticalOffences OffenceJudgements `json:"political_offences"`
	// EssentialInterests: the requested State considers that execution is
	// likely to prejudice its sovereignty, security, ordre public or other
	// essential interests (para. 5(b)).
	EssentialInterests convention.Judgement `json:"essential_interests"`
	// NotEnsureAvailability: the requested State believes that preservation
	// will not ensure the future availability of the data (para. 6).
	NotEnsureAvailability convention.Judgement `json:"not_ensure_availability"`
	// ThreatensInvestigation: the requested State believes that
	// preservation will threaten the confidentiality of, or otherwise
	// prejudice, the requesting State's investigation (para. 6). The
	// request's Confidentiality informs this judgement; it does not make it.
	ThreatensInvestigation convention.Judgement `json:"threatens_investigation"`
	// Proceed: the requesting State, informed under para. 6, has determined
	// that the request should nevertheless be executed (Yes) or not (No);
	// Unassessed while it has not determined.
	Proceed convention.Judgement `json:"proceed"`

	// Requesting and Requested are each State's characterisation of the
	// conduct of the first offence, used only to record dual criminality
	// (Cooperation art., para. 2) where the para. 4 reservation is open.
	// They never decide preservation: para. 3 waives dual criminality, and
	// para. 4 turns on the requested State's belief about the time of
	// disclosure.
	Requesting convention.Characterisation `json:"requesting,omitzero"`
	Requested  convention.Characterisation `json:"requested,omitzero"`
}

// With returns f with the fact named by t set to j: FactDiscriminationBelief
// (Discrimination.Belief), FactInTerritory, FactDualCriminalityFails,
// FactPoliticalOffence (every entry of PoliticalOffences),
// FactEssentialInterests, FactNotEnsureAvailability,
// FactThreatensInvestigation or FactProceed. Other terms leave f unchanged.
// It serves to answer, one by one, the facts a Decision lists as Needed.
func (f Facts) With(t Term, j convention.Judgement) Facts {
	switch t {
	case FactDiscriminationBelief:
		f.Discrimination.Belief = j
	case FactInTerritory:
		f.InTerritory = j
	case FactDualCriminalityFails:
		f.DualCriminalityFails = j
	case FactPoliticalOffence:
		for i := range f.PoliticalOffences {
			f.PoliticalOffences[i] = j
		}
	case FactEssentialInterests:
		f.EssentialInterests = j
	case FactNotEnsureAvailability:
		f.NotEnsureAvailability = j
	case FactThreatensInvestigation:
		f.ThreatensInvestigation = j
	case FactProceed:
		f.Proceed = j
	}
	return f
}

// Link holds what a request for mutual legal assistance for the search,
// seizure or disclosure of preserved data (MLA art., para. 3(d): "including
// data that has been preserved pursuant to the article [on expedited
// preservation]") needs to connect to the preservation request it follows
// (Preservation art., paras. 1 and 2(f)). Request.Link builds it.
//
// The zero Link connects to nothing.
type Link struct {
	// Cite is MLA art., para. 3(d), the purpose under which the follow-up
	// request is made.
	Cite convention.Citation `json:"cite"`
	// Preservation is the preservation request's reference (Request.Ref).
	Preservation convention.RequestRef `json:"preservation"`
	// Case is the requesting authority's case number (Request.Case).
	Case convention.CaseRef `json:"case,omitempty"`
	// Requesting and Requested are the two States, in the same roles in
	// both requests.
	Requesting convention.PartyID `json:"requesting"`
	Requested  convention.PartyID `json:"requested"`
	// Authority is the authority that sought the preservation.
	Authority string `json:"authority,omitempty"`
	// Offences are the offences under investigation.
	Offences convention.Offences `json:"offences"`
	// Data describes the preserved data, with its custodian (Provider).
	Data []convention.DataSought `json:"data"`
	// Location identifies the computer system, as far as known.
	Location string `json:"location,omitempty"`
}

// Link returns the identifiers and descriptions that connect the request for
// mutual legal assistance the requesting State announced (para. 2(f)) to
// this preservation request: its reference and case number, the two States,
// the authority, the offences, the data with its custodian, and the
// location. The follow-up request is one "for the search or similar
// access, seizure or similar securing, or disclosure" of the data, MLA
// art., para. 3(d). The Link shares the request's slices.
func (r Request) Link() Link {
	return Link{
		Cite:         convention.CitePoint(convention.ArtMLA, 3, 'd'),
		Preservation: r.Ref,
		Case:         r.Case,
		Requesting:   r.Requesting,
		Requested:    r.Requested,
		Authority:    r.Authority,
		Offences:     r.Offences,
		Data:         r.Data,
		Location:     r.Location,
	}
}

// IsZero reports whether l is the zero Link.
func (l Link) IsZero() bool {
	return l.Cite.IsZero() && l.Preservation == "" && l.Case == "" && l.Requesting.IsZero() && l.Requested.IsZero() &&
		l.Authority == "" && len(l.Offences) == 0 && len(l.Data) == 0 && l.Location == ""
}

// Custodian returns the first custodian (Provider) the data names, or "".
func (l Link) Custodian() string {
	for _, d := range l.Data {
		if d.Provider != "" {
			return d.Provider
		}
	}
	return ""
}

// Connects reports whether a follow-up request made between the States of
// l, in the same roles, and quoting ref as the preservation request's
// reference, connects to the preservation request l was built from. An
// empty ref or a Link without a reference connects nothing.
func (l Link) Connects(ref convention.RequestRef, requesting, requested convention.PartyID) bool {
	return l.Preservation != "" && ref == l.Preservation && requesting == l.Requesting && requested == l.Requested
}
