package confiscation

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
	"github.com/treatyrules/cybercrime/mla"
)

type check[T any] = rules.Check[T]

var (
	errMissing       = convention.ErrMissing
	errInvalid       = convention.ErrInvalid
	errInconsistent  = convention.ErrInconsistent
	errNotApplicable = convention.ErrNotApplicable
)

func missing(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errMissing
	}
	return "", nil
}

// view is the part of a Request the article's own rules read. The rules
// run on it rather than on the whole Request, which is several times
// larger and would be copied once for each rule.
type view struct {
	Kinds            Kinds
	Purposes         mla.Purposes
	Basis            Basis
	Made             convention.Date
	Property         []Property
	Statement        string
	Order            Order
	Extent           string
	ThirdParties     string
	Actions          string
	ProvisionalOrder Order
}

func (r *Request) view() view {
	return view{Kinds: r.Kinds, Purposes: r.Purposes, Basis: r.Basis, Made: r.Made, Property: r.Property,
		Statement: r.Statement, Order: r.Order, Extent: r.Extent, ThirdParties: r.ThirdParties,
		Actions: r.Actions, ProvisionalOrder: r.ProvisionalOrder}
}

// producedOrder reports whether a request under para. 1(b) produces the
// order it is based on, whose elements para. 3(b) then checks.
func (r view) producedOrder() bool { return r.Kinds.Has(KindEnforceOrder) && !r.Order.IsZero() }

// missingFor reports s missing when the request is of kind k.
func missingFor(r view, k Kind, s string) (string, error) {
	if !r.Kinds.Has(k) {
		return "", nil
	}
	return missing(s)
}

// requestChecks are the rules of the Confiscation art. on a Request; the
// rules of the MLA art. (paras. 14-16, 25, 32), applied mutatis mutandis,
// are mla.Request's own.
var requestChecks = []check[view]{
	// Para. 3: "requests made pursuant to this article shall contain" the
	// contents of (a), (b) or (c) according to the paragraph the request
	// pertains to.
	{Cite: para(3), Field: "Kinds", Quote: "In the case of a request pertaining to paragraph 1 (a) ... 1 (b) ... 2 of this article",
		Test: func(r view) (string, error) {
			switch {
			case !r.Kinds.IsValid():
				return "a kind outside paragraphs 1(a), 1(b) and 2", errInvalid
			case r.Kinds.IsEmpty():
				return "", errMissing
			}
			return "", nil
		}},
	// Para. 3: "The provisions of article [on mutual legal assistance] ...
	// are applicable, mutatis mutandis, to this article": the measures of
	// paras. 1 and 2 take the place of the purposes of MLA art., para. 3.
	{Cite: para(3), Field: "Purposes", Quote: "applicable, mutatis mutandis, to this article",
		Test: func(r view) (string, error) {
			if r.Purposes != 0 {
				return "a request under this article seeks the measures of paragraphs 1 and 2 (Kinds), not the purposes of MLA art., para. 3; evidence is sought by a separate request", errNotApplicable
			}
			return "", nil
		}},
	// Para. 3(a): "a description of the property to be confiscated".
	{Cite: point(3, 'a'), Field: "Property", Quote: "a description of the property to be confiscated",
		Test: func(r view) (string, error) {
			if r.Kinds.Has(KindObtainOrder) && len(r.Property) == 0 {
				return "", errMissing
			}
			return "", nil
		}},
	// Para. 3(a): "a statement of the facts relied upon by the requesting
	// State Party sufficient to enable the requested State Party to seek
	// the order under its domestic law".
	{Cite: point(3, 'a'), Field: "Statement", Quote: "a statement of the facts relied upon by the requesting State Party",
		Test: func(r view) (string, error) { return missingFor(r, KindObtainOrder, r.Statement) }},
	// Para. 3(b): "a legally admissible copy of an order of confiscation
	// upon which the request is based issued by the requesting State Party".
	{Cite: point(3, 'b'), Field: "Order", Quote: "an order of confiscation upon which the request is based",
		Test: func(r view) (string, error) {
			switch {
			case !r.Kinds.Has(KindEnforceOrder):
				return "", nil
			case r.Order.IsZero():
				return "", errMissing
			case r.Order.Type == OrderUnknown:
				return "the type of the order is not given", errMissing
			case r.Order.Type != OrderConfiscation:
				return "a request under paragraph 1(b) rests on an order of confiscation, not a " + r.Order.Type.String() + " order", errInconsistent
			}
			return "", nil
		}},
	{Cite: point(3, 'b'), Field: "Order.AdmissibleCopy", Quote: "a legally admissible copy of an order of confiscation",
		Test: func(r view) (string, error) {
			if r.producedOrder() && !r.Order.AdmissibleCopy {
				return "", errMissing
			}
			return "", nil
		}},
	{Cite: point(3, 'b'), Field: "Order.Authority", Quote: "issued by the requesting State Party",
		Test: func(r view) (string, error) {
			if r.producedOrder() {
				return missing(r.Order.Authority)
			}
			return "", nil
		}},
	// Para. 1(b): "an order of confiscation issued by a court in the
	// territory of the requesting State Party".
	{Cite: point(1, 'b'), Field: "Order.Court", Quote: "an order of confiscation issued by a court in the territory of the requesting State Party",
		Test: func(r view) (string, error) {
			if r.producedOrder() && !r.Order.Court {
				return "the order was not issued by a court", errInconsistent
			}
			return "", nil
		}},
	// Para. 3(b): "a statement that the confiscation order is final".
	{Cite: point(3, 'b'), Field: "Order.Final", Quote: "a statement that the confiscation order is final",
		Test: func(r view) (string, error) {
			if r.producedOrder() && !r.Order.Final {
				return "", errMissing
			}
			return "", nil
		}},
	// Para. 3(b): "a statement of the facts".
	{Cite: point(3, 'b'), Field: "Statement", Quote: "a statement of the facts",
		Test: func(r view) (string, error) { return missingFor(r, KindEnforceOrder, r.Statement) }},
	// Para. 3(b): "information as to the extent to which execution of the
	// order is requested".
	{Cite: point(3, 'b'), Field: "Extent", Quote: "information as to the extent to which execution of the order is requested",
		Test: func(r view) (string, error) { return missingFor(r, KindEnforceOrder, r.Extent) }},
	// Para. 3(b): "a statement specifying the measures taken by the
	// requesting State Party to provide adequate notification to bona fide
	// third parties and to ensure due process".
	{Cite: point(3, 'b'), Field: "ThirdParties", Quote: "a statement specifying the measures taken ... to provide adequate notification to bona fide third parties and to ensure due process",
		Test: func(r view) (string, error) { return missingFor(r, KindEnforceOrder, r.ThirdParties) }},
	// Para. 3(c): "a statement of the facts relied upon by the requesting
	// State Party".
	{Cite: point(3, 'c'), Field: "Statement", Quote: "a statement of the facts relied upon by the requesting State Party",
		Test: func(r view) (string, error) { return missingFor(r, KindProvisional, r.Statement) }},
	// Para. 3(c): "a description of the actions requested".
	{Cite: point(3, 'c'), Field: "Actions", Quote: "a description of the actions requested",
		Test: func(r view) (string, error) { return missingFor(r, KindProvisional, r.Actions) }},
	// Para. 3(c): "where available, a legally admissible copy of an order on
	// which the request is based".
	{Cite: point(3, 'c'), Field: "ProvisionalOrder", Quote: "where available, a legally admissible copy of an order on which the request is based",
		Test: func(r view) (string, error) {
			o := r.ProvisionalOrder
			switch {
			case o.IsZero():
				return "", nil
			case !r.Kinds.Has(KindProvisional):
				return "an order for provisional measures, but the request does not pertain to paragraph 2", errNotApplicable
			case o.Type == OrderUnknown:
				return "the type of the order is not given", errMissing
			case !o.AdmissibleCopy:
				return "no legally admissible copy of the order", errMissing
			case strings.TrimSpace(o.Authority) == "":
				return "the issuing court or competent authority is not named", errMissing
			}
			return "", nil
		}},
	// Orders precede the request they are produced with.
	{Cite: point(3, 'b'), Field: "Order.Issued", Quote: "an order of confiscation upon which the request is based",
		Test: func(r view) (string, error) { return issuedBefore(r.Order, r.Made) }},
	{Cite: point(3, 'c'), Field: "ProvisionalOrder.Issued", Quote: "an order on which the request is based",
		Test: func(r view) (string, error) { return issuedBefore(r.ProvisionalOrder, r.Made) }},
	// Recovery art., para. 1(c): confiscation "without a criminal
	// conviction in cases in which the offender cannot be prosecuted by
	// reason of death, flight or absence or in other appropriate cases".
	{Cite: recoveryPoint(1, 'c'), Field: "Basis", Quote: "without a criminal conviction in cases in which the offender cannot be prosecuted by reason of death, flight or absence",
		Test: func(r view) (string, error) {
			if r.Basis != BasisUnknown && !r.Basis.IsValid() {
				return r.Basis.String(), errInvalid
			}
			return "", nil
		}},
}

func issuedBefore(o Order, made convention.Date) (string, error) {
	if !o.Issued.IsZero() && !made.IsZero() && o.Issued.After(made) {
		return "the order is dated after the request", errInconsistent
	}
	return "", nil
}

// propertyChecks apply to each element of Request.Property; their Field is
// relative to the element.
var propertyChecks = []check[Property]{
	// Para. 1: "proceeds of crime, property, equipment or other
	// instrumentalities".
	{Cite: para(1), Field: "Category", Quote: "proceeds of crime, property, equipment or other instrumentalities",
		Test: func(p Property) (string, error) {
			if p.Category != CategoryUnknown && !p.Category.IsValid() {
				return p.Category.String(), errInvalid
			}
			return "", nil
		}},
	// Para. 3(a): "a description of the property".
	{Cite: point(3, 'a'), Field: "Description", Quote: "a description of the property",
		Test: func(p Property) (string, error) { return missing(p.Description) }},
	// Para. 3(a): "where relevant, the estimated value of the property".
	{Cite: point(3, 'a'), Field: "Value", Quote: "where relevant, the estimated value of the property",
		Test: func(p Property) (string, error) {
			switch {
			case p.Value.IsZero():
				return "", nil
			case p.Value.Currency().IsZero():
				return "an estimated value without a currency", errInvalid
			case p.Value.Amount().Cmp(decimal.Zero) <= 0:
				return "an estimated value that is not positive: " + p.Value.String(), errInvalid
			}
			return "", nil
		}},
}

// Rules returns every validation rule of the Confiscation art. on a
// Request, in table order (read-only copies); rules on each item of
// property name their field "Property[].Field". The MLA art.'s rules,
// applied mutatis mutandis, are mla.Rules (those on Contents, the form,
// channel and language, and the parties).
func Rules() []convention.RuleInfo {
	out := rules.Infos(requestChecks)
	for _, r := range rules.Infos(propertyChecks) {
		r.Field = "Property[]." + r.Field
		out = append(out, r)
	}
	return out
}

// ownProblems returns the problems of the rules of the Confiscation art.
func (r Request) ownProblems() convention.Problems {
	ps := rules.Run(r.view(), requestChecks)
	for i, p := range r.Property {
		if qs := rules.Run(p, propertyChecks); len(qs) > 0 {
			ps = append(ps, qs.Prefixed("Property["+strconv.Itoa(i)+"].")...)
		}
	}
	ps.Sort()
	return ps
}

// merge appends the MLA art.'s problems to the article's own, sorted.
func merge(own convention.Problems, mlaErr error) convention.Problems {
	ps := append(own, convention.AsProblems(mlaErr)...)
	ps.Sort()
	return ps
}

// Validate reports every missing or inconsistent element of r at once,
// each with its citation, as convention.Problems sorted by citation; nil
// when r is complete. It applies:
//
//   - the contents of para. 3(a), (b) and (c) for each kind in Kinds (a
//     request pertaining to several paragraphs carries the contents of
//     each), para. 1(b) (an order issued by a court) and para. 1 (the
//     category of property);
//   - MLA art., para. 16 (through mla.Contents) and paras. 14, 15, 25 and
//     32 (through mla.Request), applied mutatis mutandis by para. 3. The
//     text of para. 3 refers to "paragraph 15" of the MLA article; the
//     contents are in its paragraph 16 (see the registry's drafting note),
//     whose citations the problems carry.
//
// Fields are named by their Go path on Request ("Order.Final",
// "Property[0].Description", "RequestingAuthority"). It checks presence
// and consistency, not the requested State's profile or judgements. It
// never panics.
func (r Request) Validate() error {
	return merge(r.ownProblems(), r.mlaRequest().Validate()).Err()
}
