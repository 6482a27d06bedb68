package mla

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/enum"
)

// Purpose is one of the purposes for which assistance may be requested
// (para. 3(a)-(m)). The zero Purpose is PurposeUnknown.
//
// Words: evidence, service, search, stored-data, traffic-data,
// content-data, examination, information, records, tracing, appearance,
// transfer-proceedings, other.
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

var purposeEnum = enum.New[Purpose]("Purpose", "purpose", "", "evidence", "service", "search", "stored-data", "traffic-data", "content-data",
	"examination", "information", "records", "tracing", "appearance", "transfer-proceedings", "other")

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

// String returns the purpose's word, e.g. "traffic-data"; Purpose(n) for an
// undeclared value.
func (p Purpose) String() string { return purposeEnum.String(p) }

// GoString returns the value for debugging: mla.Purpose("records").
func (p Purpose) GoString() string { return "mla." + purposeEnum.GoString(p) }

// MarshalText returns String's word; PurposeUnknown and undeclared values
// are errors.
func (p Purpose) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, fmt.Errorf("mla: marshal Purpose(%d): not a purpose of para. 3: %w", p, convention.ErrInvalid)
	}
	return purposeEnum.Marshal(p)
}

// UnmarshalText accepts a word String returns; an unknown word is an error
// listing the words accepted.
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := purposeEnum.Parse(b)
	if err == nil && v == PurposeUnknown {
		err = fmt.Errorf("mla: empty purpose: want one of %s: %w", strings.Join(purposeEnum.Words(), ", "), convention.ErrInvalid)
	}
	*p = v
	if err != nil {
		return fmt.Errorf("mla: %w", err)
	}
	return nil
}

// PurposeWords returns the words a purpose is written in, in the order of
// the text.
func PurposeWords() []string { return purposeEnum.Words() }

// Purposes is a set of the purposes of para. 3, a bit set. The zero value is
// empty. Its JSON form is a list of words in the order of the text.
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
	for p := range numPurposes {
		if s.Has(p) {
			out = append(out, p)
		}
	}
	return out
}

// String lists the purposes' words in the order of the text, in
// brackets: "[stored-data traffic-data]"; undeclared bits show as
// Purposes(n).
func (s Purposes) String() string {
	out := "["
	for i, p := range s.All() {
		if i > 0 {
			out += " "
		}
		out += p.String()
	}
	if !s.IsValid() {
		if len(out) > 1 {
			out += " "
		}
		out += fmt.Sprintf("Purposes(%#x)", uint16(s&^allPurposes))
	}
	return out + "]"
}

// GoString returns the set as Go would write it.
func (s Purposes) GoString() string {
	var ps []string
	for _, p := range s.All() {
		ps = append(ps, p.GoString())
	}
	return "mla.PurposesOf(" + strings.Join(ps, ", ") + ")"
}

// MarshalJSON renders the set as a list of words in the order of the
// text. A set holding undeclared bits is an error, never marshalled
// silently.
func (s Purposes) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("mla: marshal %s: not purposes of para. 3: %w", s, convention.ErrInvalid)
	}
	toks := make([]string, 0, numPurposes)
	for _, p := range s.All() {
		toks = append(toks, p.String())
	}
	return json.Marshal(toks)
}

// UnmarshalJSON reads a list of words; an unknown word is an error quoting
// it and listing the words accepted.
func (s *Purposes) UnmarshalJSON(b []byte) error {
	var toks []string
	if err := json.Unmarshal(b, &toks); err != nil {
		return fmt.Errorf("mla: purposes: a list of words (%s): %w", strings.Join(purposeEnum.Words(), ", "), convention.ErrInvalid)
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

// unmarshal parses b with table t into v, prefixing errors with the
// package name.
func unmarshal[T ~uint8](t enum.Table[T], v *T, b []byte) error {
	x, err := t.Parse(b)
	*v = x
	if err != nil {
		return fmt.Errorf("mla: %w", err)
	}
	return nil
}

// marshal returns v's word with table t, prefixing errors with the package
// name.
func marshal[T ~uint8](t enum.Table[T], v T) ([]byte, error) {
	b, err := t.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("mla: %w", err)
	}
	return b, nil
}

// Nature is the nature of the proceeding a request relates to (para. 16(b)).
// The zero Nature is NatureUnknown.
//
// Words: investigation, prosecution, other-proceeding.
type Nature uint8

// The natures of proceeding.
const (
	NatureUnknown Nature = iota
	NatureInvestigation
	NatureProsecution
	NatureOtherProceeding
)

var natureEnum = enum.New[Nature]("Nature", "nature of proceeding", "", "investigation", "prosecution", "other-proceeding")

// IsValid reports whether v is a declared value other than NatureUnknown.
func (v Nature) IsValid() bool { return natureEnum.Set(v) }

// String returns the word ("investigation"), or Nature(n) for an undeclared value.
func (v Nature) String() string { return natureEnum.String(v) }

// GoString returns the value for debugging: mla.Nature("investigation").
func (v Nature) GoString() string { return "mla." + natureEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Nature) MarshalText() ([]byte, error) { return marshal(natureEnum, v) }

// UnmarshalText accepts String's words; "" is NatureUnknown. An unknown word is an
// error listing the words accepted.
func (v *Nature) UnmarshalText(b []byte) error { return unmarshal(natureEnum, v, b) }

// NatureWords returns the words a nature of proceeding is written in.
func NatureWords() []string { return natureEnum.Words() }

// SubjectKind says whether a subject of the request is a person, an item or
// an account (para. 16(e)). The zero SubjectKind is SubjectUnknown.
//
// Words: person, item, account.
type SubjectKind uint8

// The kinds of subject.
const (
	SubjectUnknown SubjectKind = iota
	SubjectPerson
	SubjectItem
	SubjectAccount
)

var subjectEnum = enum.New[SubjectKind]("SubjectKind", "subject kind", "", "person", "item", "account")

// IsValid reports whether v is a declared value other than SubjectUnknown.
func (v SubjectKind) IsValid() bool { return subjectEnum.Set(v) }

// String returns the word ("person"), or SubjectKind(n) for an undeclared value.
func (v SubjectKind) String() string { return subjectEnum.String(v) }

// GoString returns the value for debugging: mla.SubjectKind("person").
func (v SubjectKind) GoString() string { return "mla." + subjectEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v SubjectKind) MarshalText() ([]byte, error) { return marshal(subjectEnum, v) }

// UnmarshalText accepts String's words; "" is SubjectUnknown. An unknown word is an
// error listing the words accepted.
func (v *SubjectKind) UnmarshalText(b []byte) error { return unmarshal(subjectEnum, v, b) }

// SubjectKindWords returns the words a subject kind is written in.
func SubjectKindWords() []string { return subjectEnum.Words() }

// Channel is the route by which a request reaches the requested State
// (para. 14). The zero Channel is ChannelUnknown.
//
// Words: central-authority, diplomatic, interpol, other.
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

var channelEnum = enum.New[Channel]("Channel", "channel", "", "central-authority", "diplomatic", "interpol", "other")

// IsValid reports whether v is a declared value other than ChannelUnknown.
func (v Channel) IsValid() bool { return channelEnum.Set(v) }

// String returns the word ("central-authority"), or Channel(n) for an undeclared value.
func (v Channel) String() string { return channelEnum.String(v) }

// GoString returns the value for debugging: mla.Channel("central-authority").
func (v Channel) GoString() string { return "mla." + channelEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Channel) MarshalText() ([]byte, error) { return marshal(channelEnum, v) }

// UnmarshalText accepts String's words; "" is ChannelUnknown. An unknown word is an
// error listing the words accepted.
func (v *Channel) UnmarshalText(b []byte) error { return unmarshal(channelEnum, v, b) }

// ChannelWords returns the words a channel is written in.
func ChannelWords() []string { return channelEnum.Words() }

// Form is the form in which a request is made (para. 15). The zero Form is
// FormUnknown.
//
// Words: writing, written-record, oral.
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

var formEnum = enum.New[Form]("Form", "form", "", "writing", "written-record", "oral")

// IsValid reports whether v is a declared value other than FormUnknown.
func (v Form) IsValid() bool { return formEnum.Set(v) }

// String returns the word ("writing"), or Form(n) for an undeclared value.
func (v Form) String() string { return formEnum.String(v) }

// GoString returns the value for debugging: mla.Form("writing").
func (v Form) GoString() string { return "mla." + formEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Form) MarshalText() ([]byte, error) { return marshal(formEnum, v) }

// UnmarshalText accepts String's words; "" is FormUnknown. An unknown word is an
// error listing the words accepted.
func (v *Form) UnmarshalText(b []byte) error { return unmarshal(formEnum, v, b) }

// FormWords returns the words a form is written in.
func FormWords() []string { return formEnum.Words() }

// Regime says which rules govern a request (para. 9): paragraphs 10 to 30 of
// the article, or the corresponding provisions of an MLA treaty binding the
// States. The zero Regime is RegimeUnknown.
//
// Words: article, treaty.
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

var regimeEnum = enum.New[Regime]("Regime", "regime", "", "article", "treaty")

// IsValid reports whether v is a declared value other than RegimeUnknown.
func (v Regime) IsValid() bool { return regimeEnum.Set(v) }

// String returns the word ("article"), or Regime(n) for an undeclared value.
func (v Regime) String() string { return regimeEnum.String(v) }

// GoString returns the value for debugging: mla.Regime("article").
func (v Regime) GoString() string { return "mla." + regimeEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Regime) MarshalText() ([]byte, error) { return marshal(regimeEnum, v) }

// UnmarshalText accepts String's words; "" is RegimeUnknown. An unknown word is an
// error listing the words accepted.
func (v *Regime) UnmarshalText(b []byte) error { return unmarshal(regimeEnum, v, b) }

// RegimeWords returns the words a regime is written in.
func RegimeWords() []string { return regimeEnum.Words() }

// Action is the requested State's proposed response to a request (paras.
// 22-27). The zero Action is ActionUnknown.
//
// Words: execute, execute-on-conditions, postpone, refuse.
type Action uint8

// The responses.
const (
	ActionUnknown Action = iota
	// ActionExecute: execute the request.
	ActionExecute
	// ActionConditions: execute subject to terms and conditions (paras. 27,
	// 29, 30(b)).
	ActionConditions
	// ActionPostpone: postpone execution (para. 26).
	ActionPostpone
	// ActionRefuse: refuse the request, in whole or in part, on the grounds
	// given.
	ActionRefuse
)

var actionEnum = enum.New[Action]("Action", "action", "", "execute", "execute-on-conditions", "postpone", "refuse")

// IsValid reports whether v is a declared value other than ActionUnknown.
func (v Action) IsValid() bool { return actionEnum.Set(v) }

// String returns the word ("execute"), or Action(n) for an undeclared value.
func (v Action) String() string { return actionEnum.String(v) }

// GoString returns the value for debugging: mla.Action("execute").
func (v Action) GoString() string { return "mla." + actionEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Action) MarshalText() ([]byte, error) { return marshal(actionEnum, v) }

// UnmarshalText accepts String's words; "" is ActionUnknown. An unknown word is an
// error listing the words accepted.
func (v *Action) UnmarshalText(b []byte) error { return unmarshal(actionEnum, v, b) }

// ActionWords returns the words a action is written in.
func ActionWords() []string { return actionEnum.Words() }

// Basis is the provision under which a person present in the requesting
// State is protected: para. 13 (a detained person transferred under paras.
// 11-12) or para. 28 (a witness, expert or other person who consented to
// assist). The zero Basis is BasisUnknown.
//
// Words: transfer, safe-conduct.
type Basis uint8

// The bases of protection.
const (
	BasisUnknown Basis = iota
	// BasisTransfer: a person transferred under paras. 11-12 (para. 13).
	BasisTransfer
	// BasisSafeConduct: a witness, expert or other person (para. 28).
	BasisSafeConduct
)

var basisEnum = enum.New[Basis]("Basis", "basis of protection", "", "transfer", "safe-conduct")

// IsValid reports whether v is a declared value other than BasisUnknown.
func (v Basis) IsValid() bool { return basisEnum.Set(v) }

// String returns the word ("transfer"), or Basis(n) for an undeclared value.
func (v Basis) String() string { return basisEnum.String(v) }

// GoString returns the value for debugging: mla.Basis("transfer").
func (v Basis) GoString() string { return "mla." + basisEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Basis) MarshalText() ([]byte, error) { return marshal(basisEnum, v) }

// UnmarshalText accepts String's words; "" is BasisUnknown. An unknown word is an
// error listing the words accepted.
func (v *Basis) UnmarshalText(b []byte) error { return unmarshal(basisEnum, v, b) }

// BasisWords returns the words a basis of protection is written in.
func BasisWords() []string { return basisEnum.Words() }

// Conductor says whose judicial authority conducts a hearing by video
// conference (para. 19). The zero Conductor is ConductorUnknown (no hearing).
//
// Words: requested-state, requesting-state.
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

var conductorEnum = enum.New[Conductor]("Conductor", "conductor", "", "requested-state", "requesting-state")

// IsValid reports whether v is a declared value other than ConductorUnknown.
func (v Conductor) IsValid() bool { return conductorEnum.Set(v) }

// String returns the word ("requested-state"), or Conductor(n) for an undeclared value.
func (v Conductor) String() string { return conductorEnum.String(v) }

// GoString returns the value for debugging: mla.Conductor("requested-state").
func (v Conductor) GoString() string { return "mla." + conductorEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Conductor) MarshalText() ([]byte, error) { return marshal(conductorEnum, v) }

// UnmarshalText accepts String's words; "" is ConductorUnknown. An unknown word is an
// error listing the words accepted.
func (v *Conductor) UnmarshalText(b []byte) error { return unmarshal(conductorEnum, v, b) }

// ConductorWords returns the words a conductor is written in.
func ConductorWords() []string { return conductorEnum.Words() }

// Role is the capacity in which an individual is to be heard (para. 19).
// The zero Role is RoleUnknown.
//
// Words: witness, expert, other.
type Role uint8

// The roles.
const (
	RoleUnknown Role = iota
	RoleWitness
	RoleExpert
	RoleOther
)

var roleEnum = enum.New[Role]("Role", "role", "", "witness", "expert", "other")

// IsValid reports whether v is a declared value other than RoleUnknown.
func (v Role) IsValid() bool { return roleEnum.Set(v) }

// String returns the word ("witness"), or Role(n) for an undeclared value.
func (v Role) String() string { return roleEnum.String(v) }

// GoString returns the value for debugging: mla.Role("witness").
func (v Role) GoString() string { return "mla." + roleEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v Role) MarshalText() ([]byte, error) { return marshal(roleEnum, v) }

// UnmarshalText accepts String's words; "" is RoleUnknown. An unknown word is an
// error listing the words accepted.
func (v *Role) UnmarshalText(b []byte) error { return unmarshal(roleEnum, v, b) }

// RoleWords returns the words a role is written in.
func RoleWords() []string { return roleEnum.Words() }

// TransferPurpose is why a detained person's presence is requested (para.
// 11). The zero TransferPurpose is TransferPurposeUnknown.
//
// Words: identification, testimony, evidence, other.
type TransferPurpose uint8

// The purposes of a transfer.
const (
	TransferPurposeUnknown TransferPurpose = iota
	// TransferIdentification: identification.
	TransferIdentification
	// TransferTestimony: testimony.
	TransferTestimony
	// TransferEvidence: otherwise providing assistance in obtaining
	// evidence.
	TransferEvidence
	// TransferOther: a purpose para. 11 does not cover (prosecution of the
	// person, for instance).
	TransferOther
)

var transferPurposeEnum = enum.New[TransferPurpose]("TransferPurpose", "transfer purpose", "", "identification", "testimony", "evidence", "other")

// IsValid reports whether v is a declared value other than TransferPurposeUnknown.
func (v TransferPurpose) IsValid() bool { return transferPurposeEnum.Set(v) }

// String returns the word ("identification"), or TransferPurpose(n) for an undeclared value.
func (v TransferPurpose) String() string { return transferPurposeEnum.String(v) }

// GoString returns the value for debugging: mla.TransferPurpose("identification").
func (v TransferPurpose) GoString() string { return "mla." + transferPurposeEnum.GoString(v) }

// MarshalText returns String's word; an undeclared value is an error.
func (v TransferPurpose) MarshalText() ([]byte, error) { return marshal(transferPurposeEnum, v) }

// UnmarshalText accepts String's words; "" is TransferPurposeUnknown. An unknown word is an
// error listing the words accepted.
func (v *TransferPurpose) UnmarshalText(b []byte) error { return unmarshal(transferPurposeEnum, v, b) }

// TransferPurposeWords returns the words a transfer purpose is written in.
func TransferPurposeWords() []string { return transferPurposeEnum.Words() }
