package extradition

import "github.com/treatyrules/cybercrime/convention"

// MaxOffences is the most offences one Request may list; [Request.Validate]
// reports more as invalid. Decisions keep per-offence answers in 64-bit
// sets, so that deciding allocates nothing.
const MaxOffences = 64

// MaxListed is the most translations, related requests, bases invoked or
// attachments one Request may list; [Request.Validate] reports a longer
// list as one invalid problem and does not check its entries, so that
// checking a request never costs more than linear time in its size.
const MaxListed = 256

// Request is a request for extradition, incoming or outgoing, as the case
// systems of central authorities and prosecutors hold it: the two States,
// the person sought, the offences and their characterisation by each State,
// the purpose, any sentence, and what the requesting State asks for beyond
// surrender (provisional measures, para. 9; submission for prosecution,
// para. 10; enforcement of the sentence, para. 12).
//
// A Request is a plain value: construct it literally; a zero field means
// "not provided". [Request.Validate] reports every problem at once. The
// zero Request is invalid.
//
// Hostile sizes. A request is checked, decided and explained in time
// linear in its size, or refused:
//   - more than MaxOffences offences (a million, say) is an error: one
//     problem, the first MaxOffences offences checked, in time linear in
//     the request;
//   - more than MaxListed translations, related requests, bases invoked or
//     attachments is an error, one problem per list, its entries unchecked;
//   - a huge string (a name, a conduct of a hundred megabytes) is accepted
//     and costs time linear in its length (the check for the same offence
//     named twice compares at most MaxOffences offences pairwise, so at
//     most MaxOffences times the length);
//   - JSON nested deeper than encoding/json allows (10,000 levels) is a
//     decoding error, never a panic.
type Request struct {
	// Ref is the request's reference in the case system, or "".
	Ref convention.RequestRef `json:"ref,omitempty"`
	// Date is the date of the request, or zero.
	Date convention.Date `json:"date,omitzero"`
	// Requesting is the State Party seeking extradition (para. 1).
	Requesting convention.PartyID `json:"requesting"`
	// Requested is the State Party from which extradition is sought
	// (para. 1).
	Requested convention.PartyID `json:"requested"`
	// Person is the person who is the subject of the request (para. 1).
	Person Person `json:"person"`
	// Offences are the offences for which extradition is sought, each
	// with both States' characterisation of its conduct (paras. 1-2); at
	// least one and at most MaxOffences.
	Offences []Charge `json:"offences"`
	// Purpose is what extradition is sought for (paras. 10-12).
	Purpose Purpose `json:"purpose"`
	// Sentence is the sentence to be enforced, given only when Purpose is
	// PurposeEnforcement (para. 12); zero otherwise.
	Sentence Sentence `json:"sentence,omitzero"`
	// Provisional is the provisional measure the requesting State asks for
	// (para. 9: "at the request of the requesting State Party");
	// MeasureNone when it asks for none.
	Provisional Measure `json:"provisional,omitempty"`
	// Urgency records whether the requesting State presents the
	// circumstances as urgent, and why (para. 9). Whether they are is for
	// the requested State ("upon being satisfied that the circumstances ...
	// are urgent", [Facts.Urgent]); this part is kept for the record and
	// decides nothing.
	Urgency convention.Urgency `json:"urgency,omitzero"`
	// SubmitIfRefused records that the requesting State asks that, if
	// extradition is refused because the person is a national of the
	// requested State, the case be submitted for prosecution (para. 10:
	// "at the request of the State Party seeking extradition"). Only for
	// PurposeProsecution.
	SubmitIfRefused bool `json:"submit_if_refused,omitempty"`
	// EnforceIfRefused records the requesting State's application that, if
	// extradition to enforce the sentence is refused because the person is
	// a national, the requested State enforce the sentence or its remainder
	// (para. 12: "upon application of the requesting Party"). Only for
	// PurposeEnforcement.
	EnforceIfRefused bool `json:"enforce_if_refused,omitempty"`

	// Basis is the legal basis the request invokes: this Convention, an
	// extradition treaty (named), reciprocity or domestic law (paras. 3-6).
	// It does not decide whether the article applies (para. 1 does) nor
	// which basis exists between the States (the requested State's
	// Profile does): see [DecideBasis] and the package's reading notes. The
	// zero LegalBasis states none; such a request is decided as any other,
	// and the explanation says so.
	Basis convention.LegalBasis `json:"basis,omitzero"`
	// Language is the language the request is made in and those of the
	// translations sent with it. The article says nothing of languages:
	// the part is checked for consistency and decides nothing.
	Language convention.Languages `json:"language,omitzero"`
	// Transmission records when and how the request was sent.
	Transmission convention.Transmission `json:"transmission,omitzero"`
	// Contacts are the contact points of the requesting authority and of
	// the authority handling the request, as for the consultation of para.
	// 15.
	Contacts convention.Contacts `json:"contacts,omitzero"`
	// Attachments are the documents sent with the request: the arrest
	// warrant or judgment, the statement of facts, the text of the law,
	// translations (the conditions of domestic law and treaties, para. 7).
	Attachments []convention.Attachment `json:"attachments,omitempty"`
	// Related are earlier requests this one relates to, such as a request
	// for provisional arrest it follows (para. 9).
	Related []convention.Related `json:"related,omitempty"`
}

// Person is the person sought. The zero Person is unnamed, with its
// location and nationality unassessed.
type Person struct {
	// Name is the person's name as the request gives it (para. 1: "the
	// person who is the subject of the request").
	Name string `json:"name"`
	// InRequestedState: is the person located in the territory of the
	// requested State (para. 1), present there (para. 9), found there
	// (para. 10)? An outgoing request may not know yet: Unassessed.
	InRequestedState convention.Judgement `json:"in_requested_state"`
	// National: is the person a national of the requested State (paras.
	// 10-12)?
	National convention.Judgement `json:"national"`
	// Role is the capacity in which the person is sought: suspect or
	// accused (extradition for prosecution), or other (a sentenced person);
	// never a witness, victim, expert or account holder. Zero when not
	// given.
	Role convention.PersonRole `json:"role,omitzero"`
}

// Charge is one offence for which extradition is sought: as the requesting
// State characterises it (its conduct, name, the Convention offence it is
// established as, and its maximum penalty), the requested State's
// characterisation of the same conduct, and whether it is also considered
// to involve fiscal matters. For enforcement, it is an offence of which the
// person was convicted.
//
// The zero Charge is invalid: it has no conduct.
type Charge struct {
	// Offence is the offence under the requesting State's law. The request
	// is that State's statement that the conduct is punishable under its
	// law; dual criminality turns on Offence.Conduct, never on the names
	// (Cooperation art., para. 2).
	Offence convention.Offence `json:"offence"`
	// Requested is the requested State's characterisation of the conduct:
	// whether it is criminal under its law (Requested.Criminal), and the
	// name and category it gives the offence (kept for the record).
	Requested convention.Characterisation `json:"requested"`
	// Fiscal records that the offence is also considered to involve fiscal
	// matters (para. 14).
	Fiscal bool `json:"fiscal,omitempty"`
}

// requesting returns the requesting State's characterisation of the
// conduct: criminal, as the request states.
func (c Charge) requesting() convention.Characterisation {
	return convention.Characterisation{Criminal: convention.Yes, Name: c.Offence.Name, MaxPenalty: c.Offence.MaxPenalty}
}

// Sentence is a sentence imposed under the requesting State's law, whose
// enforcement extradition is sought for (para. 12). The zero Sentence means
// none.
type Sentence struct {
	// Imposed is the sentence imposed, e.g. convention.Imprisonment(5, 0).
	Imposed convention.Penalty `json:"imposed"`
	// Remainder is what remains to be served, or zero when it is the whole
	// sentence.
	Remainder convention.Penalty `json:"remainder,omitzero"`
	// ImposedOn is the date of the judgment, or zero.
	ImposedOn convention.Date `json:"imposed_on,omitzero"`
	// Court is the court that imposed it, or "".
	Court string `json:"court,omitempty"`
}

// IsZero reports whether s is the zero Sentence.
func (s Sentence) IsZero() bool { return s == Sentence{} }

// Profile is the requested State's standing position on the legal basis of
// extradition (paras. 3-6), and its treaty relation with the requesting
// State. The zero Profile leaves everything unassessed.
type Profile struct {
	// TreatyConditional: does the requested State make extradition
	// conditional on the existence of a treaty (paras. 4-6)?
	TreatyConditional convention.Judgement `json:"treaty_conditional"`
	// Treaty: is an extradition treaty in force between the requested and
	// the requesting State (paras. 3-4)?
	Treaty convention.Judgement `json:"treaty"`
	// Notification is what the requested State informed the
	// Secretary-General at deposit (para. 5(a)).
	Notification Notification `json:"notification,omitempty"`
	// Offences is the catalogue of offences established under the
	// Convention that the requested State's case system recognises (para.
	// 1): a request naming an offence it does not declare is invalid. The
	// zero Catalogue recognises every name.
	Offences convention.Catalogue `json:"offences_recognised,omitzero"`
}

// Facts are the requested State's judgements in the case: what the text
// leaves to it ("substantial grounds for believing", "upon being satisfied",
// "where appropriate", "if its domestic law so permits") and its findings
// under its own law and treaties (para. 7). Each is a convention.Judgement;
// the library computes their consequences and never guesses one. The zero
// Facts leave everything unassessed.
type Facts struct {
	// Discrimination holds the beliefs of Cooperation art., para. 3.
	Discrimination convention.DiscriminationFacts `json:"discrimination"`
	// Accessory: the requested State decides to apply the article also to
	// the separate serious crimes the article does not cover (para. 2). A
	// choice of the State; the library never makes it.
	Accessory convention.Judgement `json:"accessory"`
	// ConventionBasis: the requested State considers the Convention the
	// legal basis for extradition in this case (para. 4). Unassessed, its
	// notification under para. 5(a) stands for it.
	ConventionBasis convention.Judgement `json:"convention_basis"`
	// MinimumPenaltyMet: the minimum penalty requirement of the requested
	// State's law or the applicable treaty is met (para. 7).
	MinimumPenaltyMet convention.Judgement `json:"minimum_penalty_met"`
	// DomesticGround: a ground upon which the requested State may refuse
	// extradition under its law or the applicable treaty applies (para. 7),
	// other than the nationality of the person, which is NationalityGround
	// (so that paras. 10 to 12 follow a refusal on it).
	DomesticGround convention.Judgement `json:"domestic_ground"`
	// DomesticGroundFiscal: the ground of domestic law or treaty that
	// applies (DomesticGround) is, in substance, that the offence involves
	// fiscal matters (a fiscal-offence exception), and no other ground of
	// that law or treaty applies. Para. 14 bars that ground as the sole
	// ground of refusal, whatever domestic law calls it: "may not refuse ...
	// on the sole ground that the offence is also considered to involve
	// fiscal matters". Yes requires an offence marked as involving fiscal
	// matters (Charge.Fiscal): the ground rests on them only if the offence
	// is considered to involve them. Unassessed, it is needed only where an
	// offence is so marked; where none is, the ground cannot rest on it.
	DomesticGroundFiscal convention.Judgement `json:"domestic_ground_fiscal"`
	// NationalityGround: the requested State's domestic law or the
	// applicable extradition treaty bars the extradition of its nationals,
	// or provides their nationality as a ground upon which it may refuse
	// extradition (para. 7: "the grounds upon which the requested State
	// Party may refuse extradition"). The article itself makes nationality
	// no ground of refusal: it attaches duties (paras. 10 to 12) to a
	// refusal that law or treaty allows. A law that permits the surrender
	// of nationals "only upon the condition" of their return
	// (ConditionalLaw, para. 11) is such a law; NationalityGround No beside
	// ConditionalLaw Yes is inconsistent.
	NationalityGround convention.Judgement `json:"nationality_ground"`
	// Warranted: the requested State is satisfied that the circumstances
	// warrant a provisional measure (para. 9).
	Warranted convention.Judgement `json:"warranted"`
	// Urgent: it is satisfied that they are urgent (para. 9).
	Urgent convention.Judgement `json:"urgent"`
	// ProvisionalLaw: its domestic law and extradition treaties allow the
	// measure (para. 9: "subject to the provisions of its domestic law and
	// its extradition treaties").
	ProvisionalLaw convention.Judgement `json:"provisional_law"`
	// ConditionalLaw: its domestic law permits it to surrender a national
	// only upon the condition that the person be returned to serve the
	// sentence (para. 11).
	ConditionalLaw convention.Judgement `json:"conditional_law"`
	// ConditionalAgreed: both States agree with that option and its terms
	// (para. 11).
	ConditionalAgreed convention.Judgement `json:"conditional_agreed"`
	// EnforcementLaw: its domestic law permits it to enforce a sentence
	// imposed under the requesting State's law (para. 12).
	EnforcementLaw convention.Judgement `json:"enforcement_law"`
	// ConsultAppropriate: consulting the requesting State before refusing
	// is appropriate (para. 15).
	ConsultAppropriate convention.Judgement `json:"consult_appropriate"`
}

// Response is the requested State's proposed response to a request, which
// [Review] checks. The zero Response is invalid: it has no Action.
type Response struct {
	// Action is what the requested State proposes to do.
	Action Action `json:"action"`
	// Grounds are the grounds a refusal relies on, drawn from
	// [RefusalGrounds]; empty for a surrender.
	Grounds convention.Set[Term] `json:"grounds,omitzero"`
	// Consulted records that the requested State consulted the requesting
	// State before refusing (para. 15).
	Consulted bool `json:"consulted,omitempty"`
	// EnforcementConsidered records that the requested State considered
	// enforcing the sentence, or its remainder (para. 12).
	EnforcementConsidered bool `json:"enforcement_considered,omitempty"`
}
