package convention

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Depositary is the depositary of the Convention (Depositary art., para. 1).
// Instruments, notifications and denunciations are deposited with, or
// addressed to, the Secretary-General; the [Ledger] is the record of them.
const Depositary = "Secretary-General of the United Nations"

// AmendmentRef identifies a proposed amendment, as the depositary's
// notification names it ("C.N.123.2031.TREATIES-XVIII.16"). The library
// does not define its syntax. The empty AmendmentRef means "not given".
type AmendmentRef string

// ActionKind is the kind of an action the depositary records: a signature,
// the deposit of an instrument, a declaration or notification, a
// denunciation, or a step in the life of an amendment.
//
// The zero ActionKind is ActionUnknown.
type ActionKind uint8

// The kinds of depositary action.
const (
	ActionUnknown ActionKind = iota
	// ActionSignature: signature by a State (Signature art., para. 1) or by a
	// REIO at least one member State of which has signed (para. 2).
	ActionSignature
	// ActionRatification, ActionAcceptance and ActionApproval: deposit of an
	// instrument of ratification, acceptance or approval by a signatory
	// (Signature art., para. 3). A REIO's instrument declares the extent of
	// its competence (Action.Competence).
	ActionRatification
	ActionAcceptance
	ActionApproval
	// ActionAccession: deposit of an instrument of accession (Signature art.,
	// para. 4). A REIO's instrument declares the extent of its competence.
	ActionAccession
	// ActionCompetence: a REIO informs the depositary of a modification in
	// the extent of its competence (Signature art., paras. 3 and 4).
	ActionCompetence
	// ActionExtraditionBasis: a State informs the Secretary-General whether
	// it takes the Convention as the legal basis for cooperation on
	// extradition (Extradition art., para. 5(a)); Action.Basis holds the
	// answer.
	ActionExtraditionBasis
	// ActionCentralAuthority: notification of the central authority for
	// mutual legal assistance (MLA art., para. 14); Action.Authority names
	// it.
	ActionCentralAuthority
	// ActionLanguages: notification of the languages acceptable for requests
	// (MLA art., para. 15); Action.Languages lists them.
	ActionLanguages
	// ActionDisputeReservation: declaration that the party does not consider
	// itself bound by Disputes art., para. 2, made at signature or at the
	// deposit of its instrument (para. 3).
	ActionDisputeReservation
	// ActionWithdrawReservation: withdrawal of that reservation by
	// notification to the Secretary-General (Disputes art., para. 4),
	// effective on receipt.
	ActionWithdrawReservation
	// ActionAmendmentProposal: a State Party files a proposed amendment with
	// the Secretary-General (Amendment art., para. 1).
	ActionAmendmentProposal
	// ActionAmendmentAdoption: the body that considered the proposal adopted
	// the amendment (Amendment art., para. 1); Action.Body names the body,
	// Action.Party is empty.
	ActionAmendmentAdoption
	// ActionAmendmentAcceptance: deposit of an instrument of ratification,
	// acceptance or approval of an adopted amendment (Amendment art., paras.
	// 3 and 4).
	ActionAmendmentAcceptance
	// ActionDenunciation: written notification of denunciation, dated on its
	// receipt by the Secretary-General (Denunciation art., para. 1).
	ActionDenunciation
	numActionKinds
)

// actionField is one field of an Action whose presence depends on its kind.
type actionField uint8

const (
	fieldParty actionField = iota
	fieldDate
	fieldAmendment
	fieldBasis
	fieldAuthority
	fieldLanguages
	fieldCompetence
	fieldBody
	numActionFields
)

var actionFieldNames = [numActionFields]string{"Party", "Date", "Amendment", "Basis", "Authority", "Languages", "Competence", "Body"}

func fields(fs ...actionField) uint16 {
	var m uint16
	for _, f := range fs {
		m |= 1 << f
	}
	return m
}

// kindInfo is the one table behind an ActionKind: its token, the paragraph
// it acts under, its rank among same-day actions, the operative words, and
// the fields it carries (reioNeeds: also, when the party is a REIO).
type kindInfo struct {
	name      string
	cite      Citation
	rank      uint8
	quote     string
	needs     uint16
	reioNeeds uint16
}

var (
	partyDate   = fields(fieldParty, fieldDate)
	depositInfo = "Instruments of ratification, acceptance or approval shall be deposited with the Secretary-General of the United Nations. ... In that instrument ..., such organization shall declare the extent of its competence"
)

var actionKinds = [numActionKinds]kindInfo{
	ActionUnknown: {name: "unknown", cite: Cite(ArtDepositary, 1)},
	ActionSignature: {"signature", Cite(ArtSignature, 1), 1,
		"This Convention shall be open to all States for signature", partyDate, 0},
	ActionRatification: {"ratification", Cite(ArtSignature, 3), 2, depositInfo, partyDate, fields(fieldCompetence)},
	ActionAcceptance:   {"acceptance", Cite(ArtSignature, 3), 2, depositInfo, partyDate, fields(fieldCompetence)},
	ActionApproval:     {"approval", Cite(ArtSignature, 3), 2, depositInfo, partyDate, fields(fieldCompetence)},
	ActionAccession: {"accession", Cite(ArtSignature, 4), 2,
		"Instruments of accession shall be deposited with the Secretary-General ... At the time of its accession, a regional economic integration organization shall declare the extent of its competence",
		partyDate, fields(fieldCompetence)},
	ActionCompetence: {"competence", Cite(ArtSignature, 3), 3,
		"Such organization shall also inform the depositary of any relevant modification in the extent of its competence",
		fields(fieldParty, fieldDate, fieldCompetence), 0},
	ActionExtraditionBasis: {"extradition-basis", CitePoint(ArtExtradition, 5, 'a'), 3,
		"inform the Secretary-General of the United Nations whether they will take this Convention as the legal basis for cooperation on extradition",
		fields(fieldParty, fieldDate, fieldBasis), 0},
	ActionCentralAuthority: {"central-authority", Cite(ArtMLA, 14), 3,
		"The Secretary-General of the United Nations shall be notified of the central authority designated for this purpose",
		fields(fieldParty, fieldDate, fieldAuthority), 0},
	ActionLanguages: {"languages", Cite(ArtMLA, 15), 3,
		"The Secretary-General of the United Nations shall be notified of the language or languages acceptable to each State Party",
		fields(fieldParty, fieldDate, fieldLanguages), 0},
	ActionDisputeReservation: {"dispute-reservation", Cite(ArtDisputes, 3), 3,
		"Each State Party may, at the time of signature, ratification, acceptance or approval of or accession to this Convention, declare that it does not consider itself bound by paragraph 2",
		partyDate, 0},
	ActionWithdrawReservation: {"withdraw-reservation", Cite(ArtDisputes, 4), 4,
		"may at any time withdraw that reservation by notification to the Secretary-General of the United Nations",
		partyDate, 0},
	ActionAmendmentProposal: {"amendment-proposal", Cite(ArtAmendment, 1), 5,
		"After the expiry of five years from the entry into force of this Convention, a State Party may propose an amendment and file it with the Secretary-General",
		fields(fieldParty, fieldDate, fieldAmendment), 0},
	ActionAmendmentAdoption: {"amendment-adoption", Cite(ArtAmendment, 1), 6,
		"the amendment shall, as a last resort, require for its adoption a two-thirds majority vote of the States Parties present and voting at the meeting",
		fields(fieldDate, fieldAmendment, fieldBody), 0},
	ActionAmendmentAcceptance: {"amendment-acceptance", Cite(ArtAmendment, 3), 7,
		"An amendment adopted in accordance with paragraph 1 of this article is subject to ratification, acceptance or approval by States Parties",
		fields(fieldParty, fieldDate, fieldAmendment), 0},
	ActionDenunciation: {"denunciation", Cite(ArtDenunciation, 1), 8,
		"A State Party may denounce this Convention by written notification to the Secretary-General of the United Nations",
		partyDate, 0},
}

// IsValid reports whether k is a declared kind other than ActionUnknown.
func (k ActionKind) IsValid() bool { return k > ActionUnknown && k < numActionKinds }

// IsDeposit reports whether k is the deposit of an instrument of
// ratification, acceptance, approval or accession: the instruments counted
// for entry into force.
func (k ActionKind) IsDeposit() bool { return k >= ActionRatification && k <= ActionAccession }

// Cite returns the paragraph under which an action of kind k is taken, or
// the zero Citation for an undeclared kind.
func (k ActionKind) Cite() Citation {
	if !k.IsValid() {
		return Citation{}
	}
	return actionKinds[k].cite
}

// ActionKinds returns every declared kind, in declaration order.
func ActionKinds() []ActionKind {
	out := make([]ActionKind, 0, numActionKinds-1)
	for k := ActionSignature; k < numActionKinds; k++ {
		out = append(out, k)
	}
	return out
}

// String returns the kind's token, e.g. "ratification", or ActionKind(n).
func (k ActionKind) String() string {
	if k.IsValid() {
		return actionKinds[k].name
	}
	return fmt.Sprintf("ActionKind(%d)", uint8(k))
}

// MarshalText returns String's token; an undeclared kind is an error.
func (k ActionKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("convention: marshal %s: %w", k, ErrInvalid)
	}
	return []byte(actionKinds[k].name), nil
}

// UnmarshalText accepts a token String returns.
func (k *ActionKind) UnmarshalText(b []byte) error {
	s := string(b)
	for x := ActionSignature; x < numActionKinds; x++ {
		if actionKinds[x].name == s {
			*k = x
			return nil
		}
	}
	return fmt.Errorf("convention: unknown action kind %s: %w", quote(s), ErrInvalid)
}

// Action is one action recorded by the depositary: who did what, on which
// date. Date is the date of signature, of deposit of the instrument, or of
// receipt of the notification by the Secretary-General. The other fields
// are carried only by the kinds that need them (see [ActionRules]).
//
// The zero Action is not a valid action.
type Action struct {
	Kind ActionKind `json:"kind"`
	// Party is the State or REIO acting; empty for ActionAmendmentAdoption.
	Party PartyID `json:"party,omitzero"`
	Date  Date    `json:"date"`
	// Amendment names the amendment proposed, adopted or accepted.
	Amendment AmendmentRef `json:"amendment,omitempty"`
	// Basis is, for ActionExtraditionBasis, whether the State takes the
	// Convention as the legal basis for cooperation on extradition (Yes or
	// No).
	Basis Judgement `json:"basis,omitzero"`
	// Authority names the central authority and its address
	// (ActionCentralAuthority).
	Authority string `json:"authority,omitempty"`
	// Languages are the languages acceptable for requests (ActionLanguages).
	Languages []language.Tag `json:"languages,omitempty"`
	// Competence is a REIO's declaration of the extent of its competence,
	// required in its instrument and in ActionCompetence.
	Competence string `json:"competence,omitempty"`
	// Body names the body that adopted an amendment
	// (ActionAmendmentAdoption). The text gives adoption to a Conference of
	// the Parties that it never establishes; the caller names the body.
	Body string `json:"body,omitempty"`
}

func (a Action) has(f actionField) bool {
	switch f {
	case fieldParty:
		return !a.Party.IsZero()
	case fieldDate:
		return !a.Date.IsZero()
	case fieldAmendment:
		return a.Amendment != ""
	case fieldBasis:
		return a.Basis != Unassessed
	case fieldAuthority:
		return a.Authority != ""
	case fieldLanguages:
		return len(a.Languages) > 0
	case fieldCompetence:
		return a.Competence != ""
	case fieldBody:
		return a.Body != ""
	}
	return false
}

// needs reports whether an action of kind k by party p carries field f.
func (k ActionKind) needs(f actionField, p PartyID) bool {
	if !k.IsValid() {
		return false
	}
	i := actionKinds[k]
	return i.needs&(1<<f) != 0 || p.IsREIO() && i.reioNeeds&(1<<f) != 0
}

// actionChecks is the table of Action.Validate: for each kind and field, the
// field is present exactly when the kind carries it; and the general checks
// on the kind, the languages and the extradition answer. It is built once
// and never changed.
var actionChecks, actionChecksByKind = buildActionChecks()

func buildActionChecks() ([]check[Action], [numActionKinds][]check[Action]) {
	general := []check[Action]{
		{Cite: Cite(ArtDepositary, 1), Field: "Kind",
			Quote: "The Secretary-General of the United Nations is designated depositary of this Convention",
			Test: func(a Action) (string, error) {
				if !a.Kind.IsValid() {
					return "not an action the depositary records: " + a.Kind.String(), ErrInvalid
				}
				return "", nil
			}},
		// "in a language acceptable to the requested State Party"
		{Cite: Cite(ArtMLA, 15), Field: "Languages",
			Quote: "the language or languages acceptable to each State Party",
			Test: func(a Action) (string, error) {
				for i, t := range a.Languages {
					if t == language.Und {
						return fmt.Sprintf("language %d is undetermined", i), ErrInvalid
					}
					if slices.Contains(a.Languages[:i], t) {
						return "language " + t.String() + " listed twice", ErrInconsistent
					}
				}
				return "", nil
			}},
		// "inform ... whether they will take this Convention as the legal basis"
		{Cite: CitePoint(ArtExtradition, 5, 'a'), Field: "Basis",
			Quote: "whether they will take this Convention as the legal basis for cooperation on extradition",
			Test: func(a Action) (string, error) {
				if !a.Basis.IsValid() {
					return "an answer is yes or no", ErrInvalid
				}
				return "", nil
			}},
	}
	all := slices.Clone(general)
	var byKind [numActionKinds][]check[Action]
	byKind[ActionUnknown] = general
	for k := ActionSignature; k < numActionKinds; k++ {
		byKind[k] = slices.Clone(general)
		info := actionKinds[k]
		for f := fieldParty; f < numActionFields; f++ {
			quote := info.quote
			switch {
			case info.needs&(1<<f) != 0:
			case info.reioNeeds&(1<<f) != 0:
				quote = info.quote + " (a State's instrument carries no declaration of competence)"
			default:
				quote = "an action of kind " + info.name + " carries no " + strings.ToLower(actionFieldNames[f])
			}
			c := check[Action]{Cite: info.cite, Field: actionFieldNames[f], Quote: quote,
				Test: func(a Action) (string, error) {
					if a.Kind != k {
						return "", nil
					}
					want, got := k.needs(f, a.Party), a.has(f)
					switch {
					case want && !got:
						return "", ErrMissing
					case got && !want:
						return "not part of a " + info.name, ErrNotApplicable
					}
					return "", nil
				}}
			byKind[k] = append(byKind[k], c)
			all = append(all, c)
		}
	}
	return all, byKind
}

// ActionRules returns the rules Action.Validate applies, in table order:
// three general rules, then for each kind and field the rule that the field
// is present exactly when the kind carries it.
func ActionRules() []RuleInfo { return infos(actionChecks) }

// Validate reports every defect of the action taken alone: an unknown kind,
// a field its kind requires missing, a field its kind does not carry
// present, an undetermined or repeated language, an extradition answer
// other than yes or no. Whether the action is allowed given the other
// actions recorded is the Ledger's business (see [LedgerRules]).
func (a Action) Validate() error {
	k := a.Kind
	if !k.IsValid() {
		k = ActionUnknown
	}
	return runChecks(a, actionChecksByKind[k]).Err()
}

// String returns a one-line description: "2003-07-01 FRA ratification".
func (a Action) String() string {
	var b strings.Builder
	b.WriteString(a.Date.String())
	if !a.Party.IsZero() {
		b.WriteByte(' ')
		b.WriteString(a.Party.String())
	}
	b.WriteByte(' ')
	b.WriteString(a.Kind.String())
	if a.Amendment != "" {
		fmt.Fprintf(&b, " %q", string(a.Amendment))
	}
	return b.String()
}

// Compare orders actions as the ledger records and evaluates them: by date;
// on the same day by rank (signatures, then deposits, then declarations and
// notifications, then withdrawals of reservations, amendment proposals,
// adoptions and acceptances, and denunciations last); then States before
// REIOs, so that a member State's same-day signature or deposit counts for
// its organization; then by party code and by kind; then by the remaining
// fields. Two actions compare equal only if all their fields are equal.
func (a Action) Compare(b Action) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := cmpInt(int(a.Kind.rank()), int(b.Kind.rank())); c != 0 {
		return c
	}
	if a.Party.IsREIO() != b.Party.IsREIO() {
		if a.Party.IsREIO() {
			return 1
		}
		return -1
	}
	if c := a.Party.Compare(b.Party); c != 0 {
		return c
	}
	if c := cmpInt(int(a.Kind), int(b.Kind)); c != 0 {
		return c
	}
	for _, c := range [...]int{
		strings.Compare(string(a.Amendment), string(b.Amendment)),
		cmpInt(int(a.Basis), int(b.Basis)),
		strings.Compare(a.Authority, b.Authority),
		strings.Compare(a.Competence, b.Competence),
		strings.Compare(a.Body, b.Body),
		cmpInt(len(a.Languages), len(b.Languages)),
	} {
		if c != 0 {
			return c
		}
	}
	for i := range a.Languages {
		if c := strings.Compare(a.Languages[i].String(), b.Languages[i].String()); c != 0 {
			return c
		}
	}
	return 0
}

func (k ActionKind) rank() uint8 {
	if !k.IsValid() {
		return 0
	}
	return actionKinds[k].rank
}

// clone returns a with its own copy of Languages.
func (a Action) clone() Action {
	a.Languages = slices.Clone(a.Languages)
	return a
}
