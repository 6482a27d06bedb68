package confiscation

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// enumeration is the one name table behind a small enumeration's String,
// MarshalText and UnmarshalText. Index 0 is the zero value's token, "",
// which means "not given".
type enumeration[T ~uint8] struct {
	typ   string
	names []string
}

func (e enumeration[T]) valid(v T) bool { return v > 0 && int(v) < len(e.names) }

func (e enumeration[T]) str(v T) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

func (e enumeration[T]) marshal(v T) ([]byte, error) {
	if int(v) >= len(e.names) {
		return nil, fmt.Errorf("confiscation: marshal %s(%d): %w", e.typ, v, convention.ErrInvalid)
	}
	return []byte(e.names[v]), nil
}

func (e enumeration[T]) unmarshal(v *T, b []byte) error {
	s := string(b)
	for i, n := range e.names {
		if n == s {
			*v = T(i)
			return nil
		}
	}
	return fmt.Errorf("confiscation: unknown %s %s: %w", e.typ, strconv.Quote(s), convention.ErrInvalid)
}

// Kind is what a request under the Confiscation art. asks for: the three
// kinds of request para. 3(a)-(c) distinguishes, each with its own
// contents. The zero Kind is KindUnknown, "not given".
type Kind uint8

// The kinds of request, in the order of the text.
const (
	KindUnknown Kind = iota
	// KindObtainOrder: submit the request to the requested State's
	// competent authorities to obtain an order of confiscation and give
	// effect to it (para. 1(a); contents para. 3(a)).
	KindObtainOrder
	// KindEnforceOrder: submit the requesting State's order of confiscation
	// to the requested State's competent authorities with a view to giving
	// effect to it (para. 1(b); contents para. 3(b)).
	KindEnforceOrder
	// KindProvisional: identify, trace and freeze or seize the property for
	// eventual confiscation (para. 2; contents para. 3(c)).
	KindProvisional
	numKinds
)

var kindEnum = enumeration[Kind]{"Kind", []string{"", "obtain-order", "enforce-order", "provisional-measures"}}

// IsValid reports whether k is a declared kind other than KindUnknown.
func (k Kind) IsValid() bool { return kindEnum.valid(k) }

// String returns the kind's token ("enforce-order"); Kind(n) for an
// undeclared value.
func (k Kind) String() string { return kindEnum.str(k) }

// MarshalText returns String's token.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.marshal(k) }

// UnmarshalText accepts String's tokens; "" is KindUnknown.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.unmarshal(k, b) }

// Cite returns the paragraph the kind of request rests on: para. 1(a),
// 1(b) or 2; the zero Citation for an undeclared value.
func (k Kind) Cite() convention.Citation {
	switch k {
	case KindObtainOrder:
		return point(1, 'a')
	case KindEnforceOrder:
		return point(1, 'b')
	case KindProvisional:
		return para(2)
	}
	return convention.Citation{}
}

// Contents returns the sub-paragraph of para. 3 that lists the contents of
// a request of this kind: 3(a), (b) or (c); the zero Citation for an
// undeclared value.
func (k Kind) Contents() convention.Citation {
	if !k.IsValid() {
		return convention.Citation{}
	}
	return point(3, rune('a'+k-1))
}

// Kinds is a set of kinds, a bit set: one request may pertain to several
// paragraphs, e.g. freezing now (para. 2) and enforcement of the order once
// final (para. 1(b)), and then carries the contents of each (para. 3). The
// zero Kinds is empty. Its JSON form is a list of tokens in the order of
// the text.
type Kinds uint8

// KindsOf returns the set holding ks; undeclared values are ignored.
func KindsOf(ks ...Kind) Kinds {
	var s Kinds
	for _, k := range ks {
		s = s.With(k)
	}
	return s
}

// With returns s with k added; undeclared values are ignored.
func (s Kinds) With(k Kind) Kinds {
	if !k.IsValid() {
		return s
	}
	return s | 1<<k
}

// Without returns s with k removed.
func (s Kinds) Without(k Kind) Kinds {
	if !k.IsValid() {
		return s
	}
	return s &^ (1 << k)
}

// Has reports whether k is in s.
func (s Kinds) Has(k Kind) bool { return k.IsValid() && s&(1<<k) != 0 }

const (
	allKinds   Kinds = (1<<numKinds - 1) &^ 1
	para1Kinds Kinds = 1<<KindObtainOrder | 1<<KindEnforceOrder
)

// IsEmpty reports whether s holds no declared kind.
func (s Kinds) IsEmpty() bool { return s&allKinds == 0 }

// IsValid reports whether s holds declared kinds only.
func (s Kinds) IsValid() bool { return s&^allKinds == 0 }

// Confiscation reports whether s asks for confiscation under para. 1 (1(a)
// or 1(b)).
func (s Kinds) Confiscation() bool { return s&para1Kinds != 0 }

// All returns the declared members in the order of the text.
func (s Kinds) All() []Kind {
	var out []Kind
	for k := KindObtainOrder; k < numKinds; k++ {
		if s.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// MarshalJSON renders the set as a list of tokens in the order of the text.
func (s Kinds) MarshalJSON() ([]byte, error) {
	toks := make([]string, 0, numKinds)
	for _, k := range s.All() {
		toks = append(toks, k.String())
	}
	return json.Marshal(toks)
}

// UnmarshalJSON reads a list of tokens; an unknown or empty token is an
// error quoting it.
func (s *Kinds) UnmarshalJSON(b []byte) error {
	var toks []string
	if err := json.Unmarshal(b, &toks); err != nil {
		return fmt.Errorf("confiscation: kinds: %w: %v", convention.ErrInvalid, err)
	}
	var out Kinds
	for _, t := range toks {
		var k Kind
		if err := k.UnmarshalText([]byte(t)); err != nil {
			return err
		}
		if k == KindUnknown {
			return fmt.Errorf("confiscation: empty kind: %w", convention.ErrInvalid)
		}
		out = out.With(k)
	}
	*s = out
	return nil
}

// Basis says on what the confiscation sought rests: a criminal conviction,
// or none because the offender cannot be prosecuted by reason of death,
// flight or absence, or in another appropriate case (Recovery art., para.
// 1(c)). The requested State's capacity to obtain an order of its own
// (para. 1(a)) turns on it. The zero Basis is BasisUnknown, "not given".
type Basis uint8

// The bases of confiscation.
const (
	BasisUnknown Basis = iota
	// BasisConviction: confiscation following a criminal conviction.
	BasisConviction
	// BasisDeath: without conviction, the offender having died.
	BasisDeath
	// BasisFlight: without conviction, the offender having fled.
	BasisFlight
	// BasisAbsence: without conviction, the offender being absent.
	BasisAbsence
	// BasisOther: without conviction, in another appropriate case.
	BasisOther
)

var basisEnum = enumeration[Basis]{"Basis", []string{"", "conviction", "death", "flight", "absence", "other"}}

// IsValid reports whether b is a declared basis other than BasisUnknown.
func (b Basis) IsValid() bool { return basisEnum.valid(b) }

// WithoutConviction reports whether confiscation is sought without a
// criminal conviction (Recovery art., para. 1(c)): Yes for death, flight,
// absence and other cases, No for a conviction, Unassessed when not given.
func (b Basis) WithoutConviction() convention.Judgement {
	switch {
	case b == BasisConviction:
		return convention.No
	case b.IsValid():
		return convention.Yes
	}
	return convention.Unassessed
}

// String returns the basis's token ("flight").
func (b Basis) String() string { return basisEnum.str(b) }

// MarshalText returns String's token.
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.marshal(b) }

// UnmarshalText accepts String's tokens; "" is BasisUnknown.
func (b *Basis) UnmarshalText(text []byte) error { return basisEnum.unmarshal(b, text) }

// Category is the category of an item of property under para. 1: "proceeds
// of crime, property, equipment or other instrumentalities referred to in
// article [on confiscation and seizure, paragraph 1]". The zero Category is
// CategoryUnknown, "not stated", which the text allows.
type Category uint8

// The categories, in the order of para. 1.
const (
	CategoryUnknown Category = iota
	// CategoryProceeds: proceeds of crime derived from the offence.
	CategoryProceeds
	// CategoryProperty: other property, such as property whose value
	// corresponds to that of the proceeds, or property used in the offence.
	CategoryProperty
	// CategoryEquipment: equipment used in or destined for use in the
	// offence (servers, computers).
	CategoryEquipment
	// CategoryInstrumentality: other instrumentalities used in or destined
	// for use in the offence (domains, accounts, wallets).
	CategoryInstrumentality
)

var categoryEnum = enumeration[Category]{"Category", []string{"", "proceeds", "property", "equipment", "instrumentality"}}

// IsValid reports whether c is a declared category other than
// CategoryUnknown.
func (c Category) IsValid() bool { return categoryEnum.valid(c) }

// String returns the category's token ("proceeds").
func (c Category) String() string { return categoryEnum.str(c) }

// MarshalText returns String's token.
func (c Category) MarshalText() ([]byte, error) { return categoryEnum.marshal(c) }

// UnmarshalText accepts String's tokens; "" is CategoryUnknown.
func (c *Category) UnmarshalText(b []byte) error { return categoryEnum.unmarshal(c, b) }

// OrderType is the type of an order a request rests on: an order of
// confiscation (para. 1(b), 3(b)) or a freezing or seizure order (para.
// 3(c); Recovery art., para. 2(a)). The zero OrderType is OrderUnknown.
type OrderType uint8

// The types of order.
const (
	OrderUnknown OrderType = iota
	// OrderConfiscation: an order of confiscation.
	OrderConfiscation
	// OrderFreezing: a freezing order.
	OrderFreezing
	// OrderSeizure: a seizure order.
	OrderSeizure
)

var orderTypeEnum = enumeration[OrderType]{"OrderType", []string{"", "confiscation", "freezing", "seizure"}}

// IsValid reports whether o is a declared type other than OrderUnknown.
func (o OrderType) IsValid() bool { return orderTypeEnum.valid(o) }

// String returns the type's token ("freezing").
func (o OrderType) String() string { return orderTypeEnum.str(o) }

// MarshalText returns String's token.
func (o OrderType) MarshalText() ([]byte, error) { return orderTypeEnum.marshal(o) }

// UnmarshalText accepts String's tokens; "" is OrderUnknown.
func (o *OrderType) UnmarshalText(b []byte) error { return orderTypeEnum.unmarshal(o, b) }

// Route is one way the requested State's domestic law opens to act on a
// request (paras. 1, 2 and 4, read with the Recovery art.). A Decision
// lists the routes open; choosing among them is the requested State's
// alone. The zero Route is RouteUnknown.
type Route uint8

// The routes, in the order of the text.
const (
	RouteUnknown Route = iota
	// RouteObtainOrder: submit the request to the competent authorities to
	// obtain a domestic order of confiscation and give effect to it (para.
	// 1(a); Recovery art., para. 1(b), (c)).
	RouteObtainOrder
	// RouteEnforceOrder: submit the requesting State's order to the
	// competent authorities with a view to giving effect to it (para. 1(b);
	// Recovery art., para. 1(a)).
	RouteEnforceOrder
	// RouteIdentifyTrace: identify and trace the property (para. 2).
	RouteIdentifyTrace
	// RouteFreezeOnOrder: freeze or seize upon the requesting State's
	// freezing or seizure order (para. 2; Recovery art., para. 2(a)).
	RouteFreezeOnOrder
	// RouteFreezeOnRequest: freeze or seize upon the request (para. 2;
	// Recovery art., para. 2(b)).
	RouteFreezeOnRequest
	numRoutes
)

var routeEnum = enumeration[Route]{"Route", []string{"", "obtain-order", "enforce-order", "identify-trace", "freeze-on-order", "freeze-on-request"}}

// IsValid reports whether r is a declared route other than RouteUnknown.
func (r Route) IsValid() bool { return routeEnum.valid(r) }

// String returns the route's token ("enforce-order").
func (r Route) String() string { return routeEnum.str(r) }

// MarshalText returns String's token.
func (r Route) MarshalText() ([]byte, error) { return routeEnum.marshal(r) }

// UnmarshalText accepts String's tokens; "" is RouteUnknown.
func (r *Route) UnmarshalText(b []byte) error { return routeEnum.unmarshal(r, b) }

// Routes is a set of routes, a bit set. The zero Routes is empty.
type Routes uint8

// With returns s with r added; undeclared values are ignored.
func (s Routes) With(r Route) Routes {
	if !r.IsValid() {
		return s
	}
	return s | 1<<r
}

// Has reports whether r is in s.
func (s Routes) Has(r Route) bool { return r.IsValid() && s&(1<<r) != 0 }

// IsEmpty reports whether s holds no route.
func (s Routes) IsEmpty() bool { return s == 0 }

// All returns the members in the order of the text.
func (s Routes) All() []Route {
	var out []Route
	for r := RouteObtainOrder; r < numRoutes; r++ {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String lists the members' tokens, comma-separated, in the order of the
// text.
func (s Routes) String() string {
	out := ""
	for i, r := range s.All() {
		if i > 0 {
			out += ", "
		}
		out += r.String()
	}
	return out
}

// Action is the requested State's proposed response to a request, as
// Review checks it. The zero Action is ActionUnknown.
type Action uint8

// The responses.
const (
	ActionUnknown Action = iota
	// ActionObtainOrder: submit the request to obtain a domestic order of
	// confiscation and give effect to it (para. 1(a)).
	ActionObtainOrder
	// ActionEnforceOrder: submit the requesting State's order with a view
	// to giving effect to it (para. 1(b)).
	ActionEnforceOrder
	// ActionFreeze: identify, trace and freeze or seize the property (para.
	// 2).
	ActionFreeze
	// ActionConditions: act subject to terms and conditions (MLA art.,
	// para. 27).
	ActionConditions
	// ActionPostpone: postpone execution (MLA art., para. 26).
	ActionPostpone
	// ActionRefuse: refuse cooperation, in whole or in part, on the grounds
	// given (para. 7; MLA art., para. 22).
	ActionRefuse
	// ActionLift: lift a provisional measure taken under para. 2 (paras. 7,
	// 8).
	ActionLift
	numActions
)

var actionEnum = enumeration[Action]{"Action", []string{"", "obtain-order", "enforce-order", "freeze", "execute-on-conditions", "postpone", "refuse", "lift"}}

// IsValid reports whether a is a declared action other than ActionUnknown.
func (a Action) IsValid() bool { return actionEnum.valid(a) }

// String returns the action's token ("lift").
func (a Action) String() string { return actionEnum.str(a) }

// MarshalText returns String's token.
func (a Action) MarshalText() ([]byte, error) { return actionEnum.marshal(a) }

// UnmarshalText accepts String's tokens; "" is ActionUnknown.
func (a *Action) UnmarshalText(b []byte) error { return actionEnum.unmarshal(a, b) }
