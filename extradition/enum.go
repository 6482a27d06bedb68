package extradition

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/enum"
)

// Purpose is what extradition is sought for: to prosecute the person, or to
// enforce a sentence already imposed (paras. 10-12). The paragraphs that
// follow a refusal on the ground of nationality turn on it: para. 10 (submit
// the case for prosecution) for an alleged offender, para. 12 (consider
// enforcing the sentence) for a sentenced person.
//
// The zero Purpose is PurposeUnknown, "not given"; it marshals as "".
//
// Words: prosecution, enforcement.
type Purpose uint8

// The purposes.
const (
	PurposeUnknown Purpose = iota
	// PurposeProsecution: extradition of an alleged offender for trial or
	// other proceedings (paras. 10-11).
	PurposeProsecution
	// PurposeEnforcement: extradition to enforce a sentence imposed under
	// the law of the requesting State (para. 12).
	PurposeEnforcement
)

var purposeEnum = enum.New[Purpose]("Purpose", "purpose", "", "prosecution", "enforcement")

// IsValid reports whether p is a declared purpose other than PurposeUnknown.
func (p Purpose) IsValid() bool { return purposeEnum.Set(p) }

// String returns the purpose's word, "" for PurposeUnknown and Purpose(n)
// out of range.
func (p Purpose) String() string { return purposeEnum.String(p) }

// GoString returns the value for debugging: extradition.Purpose("prosecution").
func (p Purpose) GoString() string { return "extradition." + purposeEnum.GoString(p) }

// MarshalText returns String's word.
func (p Purpose) MarshalText() ([]byte, error) { return purposeEnum.Marshal(p) }

// UnmarshalText accepts a word String returns; "" gives PurposeUnknown.
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := purposeEnum.Parse(b)
	*p = v
	return err
}

// PurposeWords returns the words a purpose is written in.
func PurposeWords() []string { return purposeEnum.Words() }

// Measure is the provisional measure the requesting State asks for under
// para. 9: custody, or other appropriate measures to ensure the person's
// presence at the extradition proceedings.
//
// The zero Measure is MeasureNone: no provisional measure is asked for; it
// marshals as "".
//
// Words: custody, other.
type Measure uint8

// The measures.
const (
	MeasureNone Measure = iota
	// MeasureCustody: that the person be taken into custody.
	MeasureCustody
	// MeasureOther: other appropriate measures to ensure presence.
	MeasureOther
)

var measureEnum = enum.New[Measure]("Measure", "provisional measure", "", "custody", "other")

// IsValid reports whether m is a declared value, MeasureNone included.
func (m Measure) IsValid() bool { return measureEnum.Declared(m) }

// String returns the measure's word, "" for MeasureNone.
func (m Measure) String() string { return measureEnum.String(m) }

// GoString returns the value for debugging: extradition.Measure("custody").
func (m Measure) GoString() string { return "extradition." + measureEnum.GoString(m) }

// MarshalText returns String's word.
func (m Measure) MarshalText() ([]byte, error) { return measureEnum.Marshal(m) }

// UnmarshalText accepts a word String returns; "" gives MeasureNone.
func (m *Measure) UnmarshalText(b []byte) error {
	v, err := measureEnum.Parse(b)
	*m = v
	return err
}

// MeasureWords returns the words a provisional measure is written in.
func MeasureWords() []string { return measureEnum.Words() }

// Notification is what a State that makes extradition conditional on a
// treaty informed the Secretary-General at deposit: whether it takes the
// Convention as the legal basis for cooperation on extradition (para. 5(a)).
//
// The zero Notification is NotificationUnknown: the caller does not say; it
// marshals as "".
//
// Words: takes-convention, does-not-take-convention, none.
type Notification uint8

// The notifications.
const (
	NotificationUnknown Notification = iota
	// NotifiedConvention: it informed that it takes the Convention as the
	// legal basis.
	NotifiedConvention
	// NotifiedNoConvention: it informed that it does not.
	NotifiedNoConvention
	// NotNotified: it has made no notification.
	NotNotified
)

var notificationEnum = enum.New[Notification]("Notification", "notification", "", "takes-convention", "does-not-take-convention", "none")

// IsValid reports whether n is a declared value, NotificationUnknown
// included.
func (n Notification) IsValid() bool { return notificationEnum.Declared(n) }

// String returns the notification's word, "" for NotificationUnknown.
func (n Notification) String() string { return notificationEnum.String(n) }

// GoString returns the value for debugging:
// extradition.Notification("none").
func (n Notification) GoString() string { return "extradition." + notificationEnum.GoString(n) }

// MarshalText returns String's word.
func (n Notification) MarshalText() ([]byte, error) { return notificationEnum.Marshal(n) }

// UnmarshalText accepts a word String returns; "" gives
// NotificationUnknown.
func (n *Notification) UnmarshalText(b []byte) error {
	v, err := notificationEnum.Parse(b)
	*n = v
	return err
}

// NotificationWords returns the words a notification is written in.
func NotificationWords() []string { return notificationEnum.Words() }

// takes returns the notification as an answer to "did it inform that it
// takes the Convention as the legal basis?": Yes, No, or Unassessed when
// nothing is known or nothing was notified.
func (n Notification) takes() convention.Judgement {
	switch n {
	case NotifiedConvention:
		return convention.Yes
	case NotifiedNoConvention:
		return convention.No
	}
	return convention.Unassessed
}

// Basis is the legal basis on which the requested State may extradite for
// the offences to which the article applies (paras. 3-6).
//
// The zero Basis is BasisUnknown: no basis is established yet, because a
// fact is missing or because the requested State has not exercised the
// choice para. 4 leaves to it. It marshals as "".
//
// Words: treaty, convention, domestic-law, none.
type Basis uint8

// The bases.
const (
	BasisUnknown Basis = iota
	// BasisTreaty: an extradition treaty between the two States, in which
	// the offences are deemed included (para. 3).
	BasisTreaty
	// BasisConvention: the Convention itself, which a State that makes
	// extradition conditional on a treaty may consider the legal basis
	// (para. 4) and may have said it takes as such (para. 5(a)).
	BasisConvention
	// BasisDomesticLaw: the requested State's law, under which it shall
	// recognize the offences as extraditable (para. 6).
	BasisDomesticLaw
	// BasisNone: no legal basis: the requested State makes extradition
	// conditional on a treaty, has none with the requesting State, and
	// does not take the Convention as the basis (paras. 4, 5(b)).
	BasisNone
	numBases
)

var basisEnum = enum.New[Basis]("Basis", "legal basis", "", "treaty", "convention", "domestic-law", "none")

// IsValid reports whether b is a declared value other than BasisUnknown.
func (b Basis) IsValid() bool { return basisEnum.Set(b) }

// String returns the basis's word, "" for BasisUnknown.
func (b Basis) String() string { return basisEnum.String(b) }

// GoString returns the value for debugging: extradition.Basis("treaty").
func (b Basis) GoString() string { return "extradition." + basisEnum.GoString(b) }

// MarshalText returns String's word.
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.Marshal(b) }

// UnmarshalText accepts a word String returns; "" gives BasisUnknown.
func (b *Basis) UnmarshalText(text []byte) error {
	v, err := basisEnum.Parse(text)
	*b = v
	return err
}

// BasisWords returns the words a legal basis found is written in.
func BasisWords() []string { return basisEnum.Words() }

// Action is the requested State's proposed response to a request, which
// [Review] checks against the article.
//
// The zero Action is ActionUnknown, "not given"; it marshals as "".
//
// Words: extradite, extradite-conditionally, refuse, refuse-and-submit.
type Action uint8

// The actions.
const (
	ActionUnknown Action = iota
	// ActionExtradite: surrender the person.
	ActionExtradite
	// ActionExtraditeConditionally: surrender a national on condition that
	// the person be returned to serve the sentence imposed, on terms both
	// States agree (para. 11).
	ActionExtraditeConditionally
	// ActionRefuse: refuse extradition on the grounds given.
	ActionRefuse
	// ActionRefuseAndSubmit: refuse extradition and submit the case
	// without undue delay to the competent authorities for prosecution
	// (para. 10).
	ActionRefuseAndSubmit
)

var actionEnum = enum.New[Action]("Action", "action", "", "extradite", "extradite-conditionally", "refuse", "refuse-and-submit")

// IsValid reports whether a is a declared value other than ActionUnknown.
func (a Action) IsValid() bool { return actionEnum.Set(a) }

// Refuses reports whether a refuses extradition (ActionRefuse,
// ActionRefuseAndSubmit).
func (a Action) Refuses() bool { return a == ActionRefuse || a == ActionRefuseAndSubmit }

// String returns the action's word, "" for ActionUnknown.
func (a Action) String() string { return actionEnum.String(a) }

// GoString returns the value for debugging: extradition.Action("refuse").
func (a Action) GoString() string { return "extradition." + actionEnum.GoString(a) }

// MarshalText returns String's word.
func (a Action) MarshalText() ([]byte, error) { return actionEnum.Marshal(a) }

// UnmarshalText accepts a word String returns; "" gives ActionUnknown.
func (a *Action) UnmarshalText(b []byte) error {
	v, err := actionEnum.Parse(b)
	*a = v
	return err
}

// ActionWords returns the words an action is written in.
func ActionWords() []string { return actionEnum.Words() }
