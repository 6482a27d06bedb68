package extradition

import (
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// names is the one name table behind an enumeration's String, MarshalText
// and UnmarshalText. Index 0 is the zero value's token, which marshals as
// "" ("not given").
type names []string

func (t names) name(typ string, v int) string {
	if v >= 0 && v < len(t) {
		return t[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

func (t names) marshal(typ string, v int) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case v > 0 && v < len(t):
		return []byte(t[v]), nil
	}
	return nil, fmt.Errorf("extradition: marshal %s(%d): %w", typ, v, convention.ErrInvalid)
}

func (t names) parse(typ string, b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	s := string(b)
	for i, n := range t {
		if i > 0 && n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("extradition: unknown %s %s: %w", typ, strconv.Quote(s), convention.ErrInvalid)
}

// Purpose is what extradition is sought for: to prosecute the person, or to
// enforce a sentence already imposed (paras. 10-12). The paragraphs that
// follow a refusal on the ground of nationality turn on it: para. 10 (submit
// the case for prosecution) for an alleged offender, para. 12 (consider
// enforcing the sentence) for a sentenced person.
//
// The zero Purpose is PurposeUnknown, "not given"; it marshals as "".
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
	numPurposes
)

var purposeNames = names{"", "prosecution", "enforcement"}

// IsValid reports whether p is a declared purpose other than PurposeUnknown.
func (p Purpose) IsValid() bool { return p > PurposeUnknown && p < numPurposes }

// String returns the purpose's token, "" for PurposeUnknown and Purpose(n)
// out of range.
func (p Purpose) String() string { return purposeNames.name("Purpose", int(p)) }

// MarshalText returns String's token.
func (p Purpose) MarshalText() ([]byte, error) { return purposeNames.marshal("Purpose", int(p)) }

// UnmarshalText accepts a token String returns; "" gives PurposeUnknown.
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := purposeNames.parse("purpose", b)
	*p = Purpose(v)
	return err
}

// Measure is the provisional measure the requesting State asks for under
// para. 9: custody, or other appropriate measures to ensure the person's
// presence at the extradition proceedings.
//
// The zero Measure is MeasureNone: no provisional measure is asked for.
type Measure uint8

// The measures.
const (
	MeasureNone Measure = iota
	// MeasureCustody: that the person be taken into custody.
	MeasureCustody
	// MeasureOther: other appropriate measures to ensure presence.
	MeasureOther
	numMeasures
)

var measureNames = names{"", "custody", "other"}

// IsValid reports whether m is a declared value, MeasureNone included.
func (m Measure) IsValid() bool { return m < numMeasures }

// String returns the measure's token, "" for MeasureNone.
func (m Measure) String() string { return measureNames.name("Measure", int(m)) }

// MarshalText returns String's token.
func (m Measure) MarshalText() ([]byte, error) { return measureNames.marshal("Measure", int(m)) }

// UnmarshalText accepts a token String returns; "" gives MeasureNone.
func (m *Measure) UnmarshalText(b []byte) error {
	v, err := measureNames.parse("measure", b)
	*m = Measure(v)
	return err
}

// Notification is what a State that makes extradition conditional on a
// treaty informed the Secretary-General at deposit: whether it takes the
// Convention as the legal basis for cooperation on extradition (para. 5(a)).
//
// The zero Notification is NotificationUnknown: the caller does not say.
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
	numNotifications
)

var notificationNames = names{"", "takes-convention", "does-not-take-convention", "none"}

// IsValid reports whether n is a declared value, NotificationUnknown
// included.
func (n Notification) IsValid() bool { return n < numNotifications }

// String returns the notification's token, "" for NotificationUnknown.
func (n Notification) String() string { return notificationNames.name("Notification", int(n)) }

// MarshalText returns String's token.
func (n Notification) MarshalText() ([]byte, error) {
	return notificationNames.marshal("Notification", int(n))
}

// UnmarshalText accepts a token String returns; "" gives
// NotificationUnknown.
func (n *Notification) UnmarshalText(b []byte) error {
	v, err := notificationNames.parse("notification", b)
	*n = Notification(v)
	return err
}

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
// choice para. 4 leaves to it.
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

var basisNames = names{"", "treaty", "convention", "domestic-law", "none"}

// IsValid reports whether b is a declared value other than BasisUnknown.
func (b Basis) IsValid() bool { return b > BasisUnknown && b < numBases }

// String returns the basis's token, "" for BasisUnknown.
func (b Basis) String() string { return basisNames.name("Basis", int(b)) }

// MarshalText returns String's token.
func (b Basis) MarshalText() ([]byte, error) { return basisNames.marshal("Basis", int(b)) }

// UnmarshalText accepts a token String returns; "" gives BasisUnknown.
func (b *Basis) UnmarshalText(text []byte) error {
	v, err := basisNames.parse("basis", text)
	*b = Basis(v)
	return err
}

// Action is the requested State's proposed response to a request, which
// [Review] checks against the article.
//
// The zero Action is ActionUnknown, "not given".
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
	numActions
)

var actionNames = names{"", "extradite", "extradite-conditionally", "refuse", "refuse-and-submit"}

// IsValid reports whether a is a declared value other than ActionUnknown.
func (a Action) IsValid() bool { return a > ActionUnknown && a < numActions }

// Refuses reports whether a refuses extradition (ActionRefuse,
// ActionRefuseAndSubmit).
func (a Action) Refuses() bool { return a == ActionRefuse || a == ActionRefuseAndSubmit }

// String returns the action's token, "" for ActionUnknown.
func (a Action) String() string { return actionNames.name("Action", int(a)) }

// MarshalText returns String's token.
func (a Action) MarshalText() ([]byte, error) { return actionNames.marshal("Action", int(a)) }

// UnmarshalText accepts a token String returns; "" gives ActionUnknown.
func (a *Action) UnmarshalText(b []byte) error {
	v, err := actionNames.parse("action", b)
	*a = Action(v)
	return err
}
