package mla

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// names is the one name table behind an enumeration's String, MarshalText
// and UnmarshalText. Index 0 is the zero value's token.
type names []string

func (n names) str(typ string, v uint8) string {
	if int(v) < len(n) {
		return n[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

func (n names) marshal(typ string, v uint8) ([]byte, error) {
	if int(v) >= len(n) {
		return nil, fmt.Errorf("mla: marshal %s(%d): %w", typ, v, convention.ErrInvalid)
	}
	return []byte(n[v]), nil
}

func (n names) parse(typ string, b []byte) (uint8, error) {
	s := string(b)
	for i, x := range n {
		if x == s {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("mla: unknown %s %s: %w", typ, strconv.Quote(s), convention.ErrInvalid)
}

// Purpose is one of the purposes for which assistance may be requested
// (para. 3(a)-(m)). The zero Purpose is PurposeUnknown.
type Purpose uint8

// The purposes of para. 3, in the order of the text.
const (
	PurposeUnknown Purpose = iota
	// PurposeEvidence: taking evidence or statements from persons (3(a)).
	PurposeEvidence
	// PurposeService: effecting service of judicial documents (3(b)).
	PurposeService
	// PurposeSearch: executing searches and seizures, and freezing assets (3(c)).
	PurposeSearch
	// PurposeStoredData: searching or similarly accessing, seizing or
	// similarly securing, and disclosing stored computer data, including
	// preserved data (3(d)).
	PurposeStoredData
	// PurposeTrafficData: collecting real-time traffic data of specified
	// communications (3(e)).
	PurposeTrafficData
	// PurposeContentData: collecting or recording content data of specified
	// communications (3(f)).
	PurposeContentData
	// PurposeExamination: examining objects and sites (3(g)).
	PurposeExamination
	// PurposeInformation: providing information, evidentiary items and
	// expert evaluations (3(h)).
	PurposeInformation
	// PurposeRecords: providing originals or certified copies of documents
	// and records, including government, bank, financial, corporate or
	// business records (3(i)).
	PurposeRecords
	// PurposeTracing: identifying or tracing proceeds of crime, property,
	// instrumentalities or other things for evidentiary purposes (3(j)).
	PurposeTracing
	// PurposeAppearance: facilitating the voluntary appearance of persons in
	// the requesting State (3(k)).
	PurposeAppearance
	// PurposeTransferProceedings: transferring proceedings for prosecution
	// (3(l)).
	PurposeTransferProceedings
	// PurposeOther: any other type of assistance not contrary to the
	// requested State's domestic law (3(m)).
	PurposeOther
	numPurposes
)

var purposeNames = names{"", "evidence", "service", "search", "stored-data", "traffic-data", "content-data",
	"examination", "information", "records", "tracing", "appearance", "transfer-proceedings", "other"}

// IsValid reports whether p is one of the thirteen purposes.
func (p Purpose) IsValid() bool { return p > PurposeUnknown && p < numPurposes }

// Cite returns the sub-paragraph of para. 3 that lists p, or the zero
// Citation for an undeclared value.
func (p Purpose) Cite() convention.Citation {
	if !p.IsValid() {
		return convention.Citation{}
	}
	return mlaPoint(3, rune('a'+p-1))
}

// String returns the purpose's token, e.g. "traffic-data"; Purpose(n) for an
// undeclared value.
func (p Purpose) String() string { return purposeNames.str("Purpose", uint8(p)) }

// MarshalText returns String's token.
func (p Purpose) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, fmt.Errorf("mla: marshal Purpose(%d): %w", p, convention.ErrInvalid)
	}
	return purposeNames.marshal("Purpose", uint8(p))
}

// UnmarshalText accepts a token String returns.
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := purposeNames.parse("purpose", b)
	if err == nil && v == 0 {
		err = fmt.Errorf("mla: empty purpose: %w", convention.ErrInvalid)
	}
	*p = Purpose(v)
	return err
}

// Purposes is a set of the purposes of para. 3, a bit set. The zero value is
// empty. Its JSON form is a list of tokens in the order of the text.
type Purposes uint16

// PurposesOf returns the set holding ps; undeclared values are ignored.
func PurposesOf(ps ...Purpose) Purposes {
	var s Purposes
	for _, p := range ps {
		s = s.With(p)
	}
	return s
}

// With returns s with p added; undeclared values are ignored.
func (s Purposes) With(p Purpose) Purposes {
	if !p.IsValid() {
		return s
	}
	return s | 1<<p
}

// Without returns s with p removed.
func (s Purposes) Without(p Purpose) Purposes {
	if !p.IsValid() {
		return s
	}
	return s &^ (1 << p)
}

// Has reports whether p is in s.
func (s Purposes) Has(p Purpose) bool { return p.IsValid() && s&(1<<p) != 0 }

// IsEmpty reports whether s holds no declared purpose.
func (s Purposes) IsEmpty() bool { return s&allPurposes == 0 }

// IsValid reports whether s holds declared purposes only.
func (s Purposes) IsValid() bool { return s&^allPurposes == 0 }

const allPurposes Purposes = (1<<numPurposes - 1) &^ 1

// electronicPurposes are the purposes that are by nature the collection of
// evidence in electronic form (3(d), (e), (f)).
const electronicPurposes = Purposes(1<<PurposeStoredData | 1<<PurposeTrafficData | 1<<PurposeContentData)

// personPurposes concern a person, who must then be identified (16(e)).
const personPurposes = Purposes(1<<PurposeEvidence | 1<<PurposeService | 1<<PurposeAppearance)

// communicationPurposes concern specified communications (3(e), (f)).
const communicationPurposes = Purposes(1<<PurposeTrafficData | 1<<PurposeContentData)

// ServiceOnly reports whether s is exactly {PurposeService}: a request for
// the purpose of service of judicial documents only, which needs no summary
// of facts (para. 16(c)).
func (s Purposes) ServiceOnly() bool { return s == 1<<PurposeService }

// All returns the declared members in the order of the text.
func (s Purposes) All() []Purpose {
	var out []Purpose
	for p := PurposeEvidence; p < numPurposes; p++ {
		if s.Has(p) {
			out = append(out, p)
		}
	}
	return out
}

// String lists the purposes' tokens in the order of the text, in
// brackets: "[stored-data traffic-data]".
func (s Purposes) String() string {
	out := "["
	for i, p := range s.All() {
		if i > 0 {
			out += " "
		}
		out += p.String()
	}
	return out + "]"
}

// MarshalJSON renders the set as a list of tokens in the order of the
// text.
func (s Purposes) MarshalJSON() ([]byte, error) {
	toks := make([]string, 0, numPurposes)
	for _, p := range s.All() {
		toks = append(toks, p.String())
	}
	return json.Marshal(toks)
}

// UnmarshalJSON reads a list of tokens; an unknown token is an error quoting
// it.
func (s *Purposes) UnmarshalJSON(b []byte) error {
	var toks []string
	if err := json.Unmarshal(b, &toks); err != nil {
		return fmt.Errorf("mla: purposes: %w: %v", convention.ErrInvalid, err)
	}
	var out Purposes
	for _, t := range toks {
		var p Purpose
		if err := p.UnmarshalText([]byte(t)); err != nil {
			return err
		}
		out = out.With(p)
	}
	*s = out
	return nil
}

// enumeration generates the String/MarshalText/UnmarshalText trio of a
// small enumeration; each type below delegates to it.
type enumeration[T ~uint8] struct {
	typ   string
	names names
}

func (e enumeration[T]) str(v T) string { return e.names.str(e.typ, uint8(v)) }

func (e enumeration[T]) marshal(v T) ([]byte, error) { return e.names.marshal(e.typ, uint8(v)) }

func (e enumeration[T]) unmarshal(v *T, b []byte) error {
	if len(b) == 0 {
		*v = 0
		return nil
	}
	x, err := e.names.parse(e.typ, b)
	*v = T(x)
	return err
}

func (e enumeration[T]) valid(v T) bool { return v > 0 && int(v) < len(e.names) }

// Nature is the nature of the proceeding a request relates to (para. 16(b)).
// The zero Nature is NatureUnknown.
type Nature uint8

// The natures of proceeding.
const (
	NatureUnknown Nature = iota
	NatureInvestigation
	NatureProsecution
	NatureOtherProceeding
)

var natureEnum = enumeration[Nature]{"Nature", names{"", "investigation", "prosecution", "other-proceeding"}}

// IsValid reports whether n is a declared value other than NatureUnknown.
func (n Nature) IsValid() bool { return natureEnum.valid(n) }

// String returns the token ("investigation").
func (n Nature) String() string { return natureEnum.str(n) }

// MarshalText returns String's token.
func (n Nature) MarshalText() ([]byte, error) { return natureEnum.marshal(n) }

// UnmarshalText accepts String's tokens; "" is NatureUnknown.
func (n *Nature) UnmarshalText(b []byte) error { return natureEnum.unmarshal(n, b) }

// SubjectKind says whether a subject of the request is a person, an item or
// an account (para. 16(e)). The zero SubjectKind is SubjectUnknown.
type SubjectKind uint8

// The kinds of subject.
const (
	SubjectUnknown SubjectKind = iota
	SubjectPerson
	SubjectItem
	SubjectAccount
)

var subjectEnum = enumeration[SubjectKind]{"SubjectKind", names{"", "person", "item", "account"}}

// IsValid reports whether k is a declared value other than SubjectUnknown.
func (k SubjectKind) IsValid() bool { return subjectEnum.valid(k) }

// String returns the token ("person").
func (k SubjectKind) String() string { return subjectEnum.str(k) }

// MarshalText returns String's token.
func (k SubjectKind) MarshalText() ([]byte, error) { return subjectEnum.marshal(k) }

// UnmarshalText accepts String's tokens; "" is SubjectUnknown.
func (k *SubjectKind) UnmarshalText(b []byte) error { return subjectEnum.unmarshal(k, b) }

// Channel is the route by which a request reaches the requested State
// (para. 14). The zero Channel is ChannelUnknown.
type Channel uint8

// The channels.
const (
	ChannelUnknown Channel = iota
	// ChannelCentralAuthority: transmitted to the requested State's central
	// authority.
	ChannelCentralAuthority
	// ChannelDiplomatic: addressed through diplomatic channels.
	ChannelDiplomatic
	// ChannelInterpol: through the International Criminal Police
	// Organization, in urgent circumstances.
	ChannelInterpol
	// ChannelOther: any other route, e.g. directly to a court or a service
	// provider.
	ChannelOther
)

var channelEnum = enumeration[Channel]{"Channel", names{"", "central-authority", "diplomatic", "interpol", "other"}}

// IsValid reports whether c is a declared value other than ChannelUnknown.
func (c Channel) IsValid() bool { return channelEnum.valid(c) }

// String returns the token ("central-authority").
func (c Channel) String() string { return channelEnum.str(c) }

// MarshalText returns String's token.
func (c Channel) MarshalText() ([]byte, error) { return channelEnum.marshal(c) }

// UnmarshalText accepts String's tokens; "" is ChannelUnknown.
func (c *Channel) UnmarshalText(b []byte) error { return channelEnum.unmarshal(c, b) }

// Form is the form in which a request is made (para. 15). The zero Form is
// FormUnknown.
type Form uint8

// The forms.
const (
	FormUnknown Form = iota
	// FormWriting: in writing.
	FormWriting
	// FormRecord: by a means capable of producing a written record (e-mail,
	// an electronic platform, fax).
	FormRecord
	// FormOral: orally, allowed only in urgent circumstances where the States
	// agree, and to be confirmed in writing forthwith.
	FormOral
)

var formEnum = enumeration[Form]{"Form", names{"", "writing", "written-record", "oral"}}

// IsValid reports whether f is a declared value other than FormUnknown.
func (f Form) IsValid() bool { return formEnum.valid(f) }

// String returns the token ("writing").
func (f Form) String() string { return formEnum.str(f) }

// MarshalText returns String's token.
func (f Form) MarshalText() ([]byte, error) { return formEnum.marshal(f) }

// UnmarshalText accepts String's tokens; "" is FormUnknown.
func (f *Form) UnmarshalText(b []byte) error { return formEnum.unmarshal(f, b) }

// Regime says which rules govern a request (para. 9): paragraphs 10 to 30 of
// the article, or the corresponding provisions of an MLA treaty binding the
// States. The zero Regime is RegimeUnknown.
type Regime uint8

// The regimes.
const (
	RegimeUnknown Regime = iota
	// RegimeArticle: paragraphs 10 to 30 apply (no MLA treaty, or the States
	// agreed to apply them in lieu of it).
	RegimeArticle
	// RegimeTreaty: the MLA treaty binding the States governs the matters of
	// paragraphs 10 to 30.
	RegimeTreaty
)

var regimeEnum = enumeration[Regime]{"Regime", names{"", "article", "treaty"}}

// IsValid reports whether g is a declared value other than RegimeUnknown.
func (g Regime) IsValid() bool { return regimeEnum.valid(g) }

// String returns the token ("article", "treaty").
func (g Regime) String() string { return regimeEnum.str(g) }

// MarshalText returns String's token.
func (g Regime) MarshalText() ([]byte, error) { return regimeEnum.marshal(g) }

// UnmarshalText accepts String's tokens; "" is RegimeUnknown.
func (g *Regime) UnmarshalText(b []byte) error { return regimeEnum.unmarshal(g, b) }

// Action is the requested State's proposed response to a request (paras.
// 22-27). The zero Action is ActionUnknown.
type Action uint8

// The responses.
const (
	ActionUnknown Action = iota
	// ActionExecute: execute the request.
	ActionExecute
	// ActionConditions: execute subject to terms and conditions (para. 27).
	ActionConditions
	// ActionPostpone: postpone execution (para. 26).
	ActionPostpone
	// ActionRefuse: refuse the request, in whole or in part, on the grounds
	// given.
	ActionRefuse
)

var actionEnum = enumeration[Action]{"Action", names{"", "execute", "execute-on-conditions", "postpone", "refuse"}}

// IsValid reports whether a is a declared value other than ActionUnknown.
func (a Action) IsValid() bool { return actionEnum.valid(a) }

// String returns the token ("refuse").
func (a Action) String() string { return actionEnum.str(a) }

// MarshalText returns String's token.
func (a Action) MarshalText() ([]byte, error) { return actionEnum.marshal(a) }

// UnmarshalText accepts String's tokens; "" is ActionUnknown.
func (a *Action) UnmarshalText(b []byte) error { return actionEnum.unmarshal(a, b) }

// Basis is the provision under which a person present in the requesting
// State is protected: para. 13 (a detained person transferred under paras.
// 11-12) or para. 28 (a witness, expert or other person who consented to
// assist). The zero Basis is BasisUnknown.
type Basis uint8

// The bases of protection.
const (
	BasisUnknown Basis = iota
	// BasisTransfer: a person transferred under paras. 11-12 (para. 13).
	BasisTransfer
	// BasisSafeConduct: a witness, expert or other person (para. 28).
	BasisSafeConduct
)

var basisEnum = enumeration[Basis]{"Basis", names{"", "transfer", "safe-conduct"}}

// IsValid reports whether b is a declared value other than BasisUnknown.
func (b Basis) IsValid() bool { return basisEnum.valid(b) }

// String returns the token.
func (b Basis) String() string { return basisEnum.str(b) }

// MarshalText returns String's token.
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.marshal(b) }

// UnmarshalText accepts String's tokens; "" is BasisUnknown.
func (b *Basis) UnmarshalText(text []byte) error { return basisEnum.unmarshal(b, text) }

// Conductor says whose judicial authority conducts a hearing by video
// conference (para. 19). The zero Conductor is ConductorUnknown (no hearing).
type Conductor uint8

// The conductors.
const (
	ConductorUnknown Conductor = iota
	// ConductorRequested: the requested State's judicial authority, executing
	// the request under its domestic law (paras. 18-19), absent agreement.
	ConductorRequested
	// ConductorRequesting: a judicial authority of the requesting State,
	// attended by one of the requested State, as the States agreed.
	ConductorRequesting
)

var conductorEnum = enumeration[Conductor]{"Conductor", names{"", "requested-state", "requesting-state"}}

// String returns the token.
func (c Conductor) String() string { return conductorEnum.str(c) }

// MarshalText returns String's token.
func (c Conductor) MarshalText() ([]byte, error) { return conductorEnum.marshal(c) }

// UnmarshalText accepts String's tokens; "" is ConductorUnknown.
func (c *Conductor) UnmarshalText(b []byte) error { return conductorEnum.unmarshal(c, b) }

// Role is the capacity in which an individual is to be heard (para. 19).
// The zero Role is RoleUnknown.
type Role uint8

// The roles.
const (
	RoleUnknown Role = iota
	RoleWitness
	RoleExpert
	RoleOther
)

var roleEnum = enumeration[Role]{"Role", names{"", "witness", "expert", "other"}}

// String returns the token.
func (r Role) String() string { return roleEnum.str(r) }

// MarshalText returns String's token.
func (r Role) MarshalText() ([]byte, error) { return roleEnum.marshal(r) }

// UnmarshalText accepts String's tokens; "" is RoleUnknown.
func (r *Role) UnmarshalText(b []byte) error { return roleEnum.unmarshal(r, b) }
