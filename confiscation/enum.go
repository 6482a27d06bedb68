package confiscation

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/enum"
)

// unmarshal parses b with table t into v, prefixing errors with the
// package name.
func unmarshal[T ~uint8](t enum.Table[T], v *T, b []byte) error {
	x, err := t.Parse(b)
	if err != nil {
		return fmt.Errorf("confiscation: %w", err)
	}
	*v = x
	return nil
}

// marshal returns v's word with table t, prefixing errors with the package
// name.
func marshal[T ~uint8](t enum.Table[T], v T) ([]byte, error) {
	b, err := t.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("confiscation: %w", err)
	}
	return b, nil
}

// Kind is what a request under the Confiscation art. asks for: the three
// kinds of request para. 3(a)-(c) distinguishes, each with its own
// contents. The zero Kind is KindUnknown, "not given".
//
// Words: obtain-order, enforce-order, provisional-measures.
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

var kindEnum = enum.New[Kind]("Kind", "kind of request", "", "obtain-order", "enforce-order", "provisional-measures")

// KindWords returns the words a kind of request is written in, in the
// order of the text.
func KindWords() []string { return kindEnum.Words() }

// IsValid reports whether k is a declared kind other than KindUnknown.
func (k Kind) IsValid() bool { return kindEnum.Set(k) }

// String returns the kind's word ("enforce-order"); Kind(n) for an
// undeclared value.
func (k Kind) String() string { return kindEnum.String(k) }

// GoString returns the value for debugging: confiscation.Kind("enforce-order").
func (k Kind) GoString() string { return "confiscation." + kindEnum.GoString(k) }

// MarshalText returns String's word; an undeclared value is an error.
func (k Kind) MarshalText() ([]byte, error) { return marshal(kindEnum, k) }

// UnmarshalText accepts String's words; "" is KindUnknown. An unknown word
// is an error listing the words accepted.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshal(kindEnum, k, b) }

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
// zero Kinds is empty. Its JSON form is a list of words in the order of
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
	for _, k := range kindEnum.Values() {
		if s.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// String lists the members' words, comma-separated, in the order of the
// text; undeclared bits show as Kinds(0x..).
func (s Kinds) String() string {
	var parts []string
	for _, k := range s.All() {
		parts = append(parts, k.String())
	}
	if !s.IsValid() {
		parts = append(parts, fmt.Sprintf("Kinds(%#x)", uint8(s&^allKinds)))
	}
	return strings.Join(parts, ", ")
}

// GoString returns the set as Go would write it.
func (s Kinds) GoString() string {
	var parts []string
	for _, k := range s.All() {
		parts = append(parts, k.GoString())
	}
	return "confiscation.KindsOf(" + strings.Join(parts, ", ") + ")"
}

// MarshalJSON renders the set as a list of words in the order of the text.
// A set holding undeclared bits is an error, never marshalled silently.
func (s Kinds) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("confiscation: marshal kinds %s: not kinds of request: %w", s, convention.ErrInvalid)
	}
	toks := make([]string, 0, numKinds)
	for _, k := range s.All() {
		toks = append(toks, k.String())
	}
	return json.Marshal(toks)
}

// UnmarshalJSON reads a list of words; an unknown or empty word is an error
// quoting it and listing the words accepted.
func (s *Kinds) UnmarshalJSON(b []byte) error {
	var toks []string
	if err := json.Unmarshal(b, &toks); err != nil {
		return fmt.Errorf("confiscation: kinds: a list of words (%s): %w", strings.Join(kindEnum.Words(), ", "), convention.ErrInvalid)
	}
	var out Kinds
	for _, t := range toks {
		var k Kind
		if err := k.UnmarshalText([]byte(t)); err != nil {
			return err
		}
		if k == KindUnknown {
			return fmt.Errorf("confiscation: empty kind: want one of %s: %w", strings.Join(kindEnum.Words(), ", "), convention.ErrInvalid)
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
// (para. 1(a)) turns on it. It is Request.ConfiscationBasis; the legal
// basis the request invokes is Request.Basis, a convention.LegalBasis. The
// zero Basis is BasisUnknown, "not given".
//
// Words: conviction, death, flight, absence, other.
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

var basisEnum = enum.New[Basis]("Basis", "basis of confiscation", "", "conviction", "death", "flight", "absence", "other")

// BasisWords returns the words a basis of confiscation is written in.
func BasisWords() []string { return basisEnum.Words() }

// IsValid reports whether b is a declared basis other than BasisUnknown.
func (b Basis) IsValid() bool { return basisEnum.Set(b) }

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

// String returns the basis's word ("flight").
func (b Basis) String() string { return basisEnum.String(b) }

// GoString returns the value for debugging.
func (b Basis) GoString() string { return "confiscation." + basisEnum.GoString(b) }

// MarshalText returns String's word; an undeclared value is an error.
func (b Basis) MarshalText() ([]byte, error) { return marshal(basisEnum, b) }

// UnmarshalText accepts String's words; "" is BasisUnknown.
func (b *Basis) UnmarshalText(text []byte) error { return unmarshal(basisEnum, b, text) }

// Category is the category of an item of property under para. 1: "proceeds
// of crime, property, equipment or other instrumentalities referred to in
// article [on confiscation and seizure, paragraph 1]". The zero Category is
// CategoryUnknown, "not stated", which the text allows.
//
// Words: proceeds, property, equipment, instrumentality.
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

var categoryEnum = enum.New[Category]("Category", "category of property", "", "proceeds", "property", "equipment", "instrumentality")

// CategoryWords returns the words a category of property is written in.
func CategoryWords() []string { return categoryEnum.Words() }

// IsValid reports whether c is a declared category other than
// CategoryUnknown.
func (c Category) IsValid() bool { return categoryEnum.Set(c) }

// String returns the category's word ("proceeds").
func (c Category) String() string { return categoryEnum.String(c) }

// GoString returns the value for debugging.
func (c Category) GoString() string { return "confiscation." + categoryEnum.GoString(c) }

// MarshalText returns String's word; an undeclared value is an error.
func (c Category) MarshalText() ([]byte, error) { return marshal(categoryEnum, c) }

// UnmarshalText accepts String's words; "" is CategoryUnknown.
func (c *Category) UnmarshalText(b []byte) error { return unmarshal(categoryEnum, c, b) }

// Asset is what an item of property is, as request forms and asset
// registers record it: a typed home for what case systems otherwise keep
// in the description. The article decides nothing on it. The zero Asset is
// AssetUnknown, "not stated".
//
// Words: bank-account, crypto-asset, real-estate, vehicle, domain-name,
// device, cash, securities, other.
type Asset uint8

// The kinds of asset.
const (
	AssetUnknown Asset = iota
	// AssetBankAccount: a balance held in an account with a bank or
	// payment institution (Identifier: the IBAN or account number).
	AssetBankAccount
	// AssetCrypto: a virtual or crypto asset (Identifier: the wallet
	// address or the exchange account).
	AssetCrypto
	// AssetRealEstate: land or buildings (Identifier: the land register
	// entry).
	AssetRealEstate
	// AssetVehicle: a vehicle, vessel or aircraft (Identifier: the
	// registration).
	AssetVehicle
	// AssetDomain: a domain name (Identifier: the name).
	AssetDomain
	// AssetDevice: a server, computer or other device (Identifier: a
	// serial number).
	AssetDevice
	// AssetCash: cash or other bearer instruments.
	AssetCash
	// AssetSecurities: shares, bonds or other securities.
	AssetSecurities
	// AssetOther: any other asset.
	AssetOther
)

var assetEnum = enum.New[Asset]("Asset", "asset", "", "bank-account", "crypto-asset", "real-estate", "vehicle", "domain-name", "device", "cash", "securities", "other")

// AssetWords returns the words an asset is written in.
func AssetWords() []string { return assetEnum.Words() }

// IsValid reports whether a is a declared asset other than AssetUnknown.
func (a Asset) IsValid() bool { return assetEnum.Set(a) }

// String returns the asset's word ("crypto-asset").
func (a Asset) String() string { return assetEnum.String(a) }

// GoString returns the value for debugging.
func (a Asset) GoString() string { return "confiscation." + assetEnum.GoString(a) }

// MarshalText returns String's word; an undeclared value is an error.
func (a Asset) MarshalText() ([]byte, error) { return marshal(assetEnum, a) }

// UnmarshalText accepts String's words; "" is AssetUnknown.
func (a *Asset) UnmarshalText(b []byte) error { return unmarshal(assetEnum, a, b) }

// OrderType is the type of an order a request rests on: an order of
// confiscation (para. 1(b), 3(b)) or a freezing or seizure order (para.
// 3(c); Recovery art., para. 2(a)). The zero OrderType is OrderUnknown.
//
// Words: confiscation, freezing, seizure.
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

var orderTypeEnum = enum.New[OrderType]("OrderType", "type of order", "", "confiscation", "freezing", "seizure")

// OrderTypeWords returns the words a type of order is written in.
func OrderTypeWords() []string { return orderTypeEnum.Words() }

// IsValid reports whether o is a declared type other than OrderUnknown.
func (o OrderType) IsValid() bool { return orderTypeEnum.Set(o) }

// String returns the type's word ("freezing").
func (o OrderType) String() string { return orderTypeEnum.String(o) }

// GoString returns the value for debugging.
func (o OrderType) GoString() string { return "confiscation." + orderTypeEnum.GoString(o) }

// MarshalText returns String's word; an undeclared value is an error.
func (o OrderType) MarshalText() ([]byte, error) { return marshal(orderTypeEnum, o) }

// UnmarshalText accepts String's words; "" is OrderUnknown.
func (o *OrderType) UnmarshalText(b []byte) error { return unmarshal(orderTypeEnum, o, b) }

// Route is one way the requested State's domestic law opens to act on a
// request (paras. 1, 2 and 4, read with the Recovery art.). A Decision
// lists the routes open; choosing among them is the requested State's
// alone. The zero Route is RouteUnknown.
//
// Words: obtain-order, enforce-order, identify-trace, freeze-on-order,
// freeze-on-request.
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

var routeEnum = enum.New[Route]("Route", "route", "", "obtain-order", "enforce-order", "identify-trace", "freeze-on-order", "freeze-on-request")

// RouteWords returns the words a route is written in.
func RouteWords() []string { return routeEnum.Words() }

// IsValid reports whether r is a declared route other than RouteUnknown.
func (r Route) IsValid() bool { return routeEnum.Set(r) }

// String returns the route's word ("enforce-order").
func (r Route) String() string { return routeEnum.String(r) }

// GoString returns the value for debugging.
func (r Route) GoString() string { return "confiscation." + routeEnum.GoString(r) }

// MarshalText returns String's word; an undeclared value is an error.
func (r Route) MarshalText() ([]byte, error) { return marshal(routeEnum, r) }

// UnmarshalText accepts String's words; "" is RouteUnknown.
func (r *Route) UnmarshalText(b []byte) error { return unmarshal(routeEnum, r, b) }

// Routes is a set of routes, a bit set. The zero Routes is empty.
type Routes uint8

const allRoutes Routes = (1<<numRoutes - 1) &^ 1

// RoutesOf returns the set holding rs; undeclared values are ignored.
func RoutesOf(rs ...Route) Routes {
	var s Routes
	for _, r := range rs {
		s = s.With(r)
	}
	return s
}

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
func (s Routes) IsEmpty() bool { return s&allRoutes == 0 }

// IsValid reports whether s holds declared routes only.
func (s Routes) IsValid() bool { return s&^allRoutes == 0 }

// All returns the members in the order of the text.
func (s Routes) All() []Route {
	var out []Route
	for _, r := range routeEnum.Values() {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String lists the members' words, comma-separated, in the order of the
// text; undeclared bits show as Routes(0x..).
func (s Routes) String() string {
	var parts []string
	for _, r := range s.All() {
		parts = append(parts, r.String())
	}
	if !s.IsValid() {
		parts = append(parts, fmt.Sprintf("Routes(%#x)", uint8(s&^allRoutes)))
	}
	return strings.Join(parts, ", ")
}

// GoString returns the set as Go would write it.
func (s Routes) GoString() string {
	var parts []string
	for _, r := range s.All() {
		parts = append(parts, r.GoString())
	}
	return "confiscation.RoutesOf(" + strings.Join(parts, ", ") + ")"
}

// MarshalJSON renders the set as a list of words in the order of the text.
// A set holding undeclared bits is an error, never marshalled silently.
func (s Routes) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("confiscation: marshal routes %s: not routes: %w", s, convention.ErrInvalid)
	}
	toks := make([]string, 0, numRoutes)
	for _, r := range s.All() {
		toks = append(toks, r.String())
	}
	return json.Marshal(toks)
}

// UnmarshalJSON reads a list of words; an unknown or empty word is an error
// quoting it and listing the words accepted.
func (s *Routes) UnmarshalJSON(b []byte) error {
	var toks []string
	if err := json.Unmarshal(b, &toks); err != nil {
		return fmt.Errorf("confiscation: routes: a list of words (%s): %w", strings.Join(routeEnum.Words(), ", "), convention.ErrInvalid)
	}
	var out Routes
	for _, t := range toks {
		var r Route
		if err := r.UnmarshalText([]byte(t)); err != nil {
			return err
		}
		if r == RouteUnknown {
			return fmt.Errorf("confiscation: empty route: want one of %s: %w", strings.Join(routeEnum.Words(), ", "), convention.ErrInvalid)
		}
		out = out.With(r)
	}
	*s = out
	return nil
}

// Action is the requested State's proposed response to a request, as
// Review checks it. The zero Action is ActionUnknown.
//
// Words: obtain-order, enforce-order, freeze, execute-on-conditions,
// postpone, refuse, lift.
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
	// ActionRefuse: refuse cooperation, in whole or, naming the offences,
	// in part, on the grounds given (para. 7; MLA art., para. 22).
	ActionRefuse
	// ActionLift: lift a provisional measure taken under para. 2 (paras. 7,
	// 8).
	ActionLift
	numActions
)

var actionEnum = enum.New[Action]("Action", "action", "", "obtain-order", "enforce-order", "freeze", "execute-on-conditions", "postpone", "refuse", "lift")

// ActionWords returns the words an action is written in.
func ActionWords() []string { return actionEnum.Words() }

// IsValid reports whether a is a declared action other than ActionUnknown.
func (a Action) IsValid() bool { return actionEnum.Set(a) }

// String returns the action's word ("lift").
func (a Action) String() string { return actionEnum.String(a) }

// GoString returns the value for debugging.
func (a Action) GoString() string { return "confiscation." + actionEnum.GoString(a) }

// MarshalText returns String's word; an undeclared value is an error.
func (a Action) MarshalText() ([]byte, error) { return marshal(actionEnum, a) }

// UnmarshalText accepts String's words; "" is ActionUnknown.
func (a *Action) UnmarshalText(b []byte) error { return unmarshal(actionEnum, a, b) }
