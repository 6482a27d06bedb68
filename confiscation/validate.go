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
	Offences         int
	Property         []Property
	Statement        string
	Order            Order
	Extent           string
	ThirdParties     string
	Actions          string
	ProvisionalOrder Order
	Related          []convention.Related
	Attachments      []convention.Attachment
}

func (r *Request) view() view {
	return view{Kinds: r.Kinds, Purposes: r.Purposes, Basis: r.ConfiscationBasis, Made: r.Made, Offences: len(r.Offences),
		Property: r.Property, Statement: r.Statement, Order: r.Order, Extent: r.Extent, ThirdParties: r.ThirdParties,
		Actions: r.Actions, ProvisionalOrder: r.ProvisionalOrder, Related: r.Related, Attachments: r.Attachments}
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
// rules of the MLA art. (paras. 14-16, 21, 25, 32), applied mutatis
// mutandis, are mla.Request's own.
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
				return "write one or more of " + strings.Join(KindWords(), ", "), errMissing
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
	// Para. 3: the earlier requests a request for confiscation relates to.
	// "extends" (a preservation) and "follows" (the request for mutual
	// legal assistance that follows a preservation, MLA art., para. 3(d))
	// are relations of other articles.
	{Cite: para(3), Field: "Related", Quote: "requests made pursuant to this article",
		Test: func(r view) (string, error) {
			if len(r.Related) > MaxRelated {
				return "at most " + strconv.Itoa(MaxRelated) + " related requests, not " + strconv.Itoa(len(r.Related)), errInvalid
			}
			for i, x := range r.Related {
				if x.Relation == convention.RelationExtends || x.Relation == convention.RelationFollows {
					return "Related[" + strconv.Itoa(i) + "]: a request for confiscation does not " + x.Relation.String() +
						" an earlier request; write supplements, confirms or same-case", errInconsistent
				}
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
			case !r.Order.Type.IsValid():
				return r.Order.Type.String(), errInvalid
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
			case !o.Type.IsValid() && o.Type != OrderUnknown:
				return o.Type.String(), errInvalid
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
	// Para. 3(b), (c): "a legally admissible copy of an order": where the
	// request lists the documents sent with it, the copy is among them.
	{Cite: para(3), Field: "Attachments", Quote: "a legally admissible copy of an order",
		Test: func(r view) (string, error) {
			if len(r.Attachments) == 0 || !r.Order.AdmissibleCopy && !r.ProvisionalOrder.AdmissibleCopy {
				return "", nil
			}
			for _, a := range r.Attachments {
				if a.Kind == convention.AttachmentOrder {
					return "", nil
				}
			}
			return "a copy of an order is said to be included, but no attachment is an order", errInconsistent
		}},
	// Para. 7: "the offence to which the request relates".
	{Cite: para(7), Field: "Offences", Quote: "if the offence to which the request relates is not an offence established under this Convention",
		Test: func(r view) (string, error) {
			switch {
			case r.Offences == 0:
				return "name the offences to which the request relates", errMissing
			case r.Offences > MaxOffences:
				return "at most " + strconv.Itoa(MaxOffences) + " offences, not " + strconv.Itoa(r.Offences), errInvalid
			}
			return "", nil
		}},
	// Recovery art., para. 1(c): confiscation "without a criminal
	// conviction in cases in which the offender cannot be prosecuted by
	// reason of death, flight or absence or in other appropriate cases".
	{Cite: recoveryPoint(1, 'c'), Field: "ConfiscationBasis", Quote: "without a criminal conviction in cases in which the offender cannot be prosecuted by reason of death, flight or absence",
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
	{Cite: point(3, 'a'), Field: "Asset", Quote: "a description of the property",
		Test: func(p Property) (string, error) {
			if p.Asset != AssetUnknown && !p.Asset.IsValid() {
				return p.Asset.String(), errInvalid
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

// conformity reports whether a problem a rule of the article found (its
// citation, field and sentinel) is the request's lack of conformity with
// the article, which the requested State decides on (MLA art., para.
// 22(a), applied mutatis mutandis: "not made in conformity with the
// provisions of this article"), and for which kind: what para. 3(a), (b)
// or (c) says a request "shall contain" is lacking, or the order para.
// 1(b) and 3(b) require is not one. Undeclared values, inconsistent dates
// and references, and a request the library cannot read are malformed
// input instead (KindUnknown).
func conformity(c convention.Citation, field string, err error) Kind {
	switch {
	case err != errMissing && err != errInconsistent,
		strings.HasSuffix(field, ".Issued"):
		return KindUnknown
	case c == point(1, 'b'):
		return KindEnforceOrder
	case c.Article() != convention.ArtConfiscation || c.Para() != 3:
		return KindUnknown
	}
	switch c.PointLetter() {
	case 'a':
		return KindObtainOrder
	case 'b':
		return KindEnforceOrder
	case 'c':
		return KindProvisional
	}
	return KindUnknown
}

// Rules returns every validation rule of the Confiscation art. on a
// Request, in table order (read-only copies); rules on each item of
// property name their field "Property[].Field". The MLA art.'s rules,
// applied mutatis mutandis, are mla.Rules (those on Contents, the form,
// channel and language, the offences' conduct, the parties and the shared
// parts), its para. 1 on the offences excepted (para. 7's rule takes its
// place).
func Rules() []convention.RuleInfo {
	out := rules.Infos(requestChecks)
	for _, r := range rules.Infos(propertyChecks) {
		r.Field = "Property[]." + r.Field
		out = append(out, r)
	}
	return out
}

// ownProblems returns the problems of the rules of the Confiscation art.,
// with those of the related requests (cited to para. 3) and, where cat
// declares offences, of offences it does not recognise (para. 7).
func (r *Request) ownProblems(cat convention.Catalogue) convention.Problems {
	ps := rules.Run(r.view(), requestChecks)
	for i := range r.Property {
		if qs := rules.Run(r.Property[i], propertyChecks); len(qs) > 0 {
			ps = append(ps, qs.Prefixed("Property["+strconv.Itoa(i)+"].")...)
		}
	}
	if len(r.Related) <= MaxRelated {
		if qs := convention.RelatedProblems(r.Related, r.Made, para(3)); len(qs) > 0 {
			ps = append(ps, qs.Prefixed("Related")...)
		}
	}
	if !cat.IsZero() {
		if qs := cat.Problems(r.Offences, para(7)); len(qs) > 0 {
			ps = append(ps, qs.Prefixed("Offences")...)
		}
	}
	return ps
}

// ownPasses is the fast path of ownProblems: true when there is nothing to
// report; it allocates nothing.
func (r *Request) ownPasses(cat convention.Catalogue) bool {
	if !rules.Passes(r.view(), requestChecks) {
		return false
	}
	for i := range r.Property {
		if !rules.Passes(r.Property[i], propertyChecks) {
			return false
		}
	}
	if len(r.Related) > MaxRelated {
		return false
	}
	for i, x := range r.Related {
		if strings.TrimSpace(string(x.Ref)) == "" || !x.Relation.IsValid() || !r.Made.IsZero() && x.Made.After(r.Made) {
			return false
		}
		for _, y := range r.Related[:i] {
			if y.Ref == x.Ref && y.Relation == x.Relation {
				return false
			}
		}
	}
	for _, o := range r.Offences {
		if !cat.Recognises(o.Established) {
			return false
		}
	}
	return true
}

// replaced reports whether a problem the MLA art. found is one the
// article's own rules replace, mutatis mutandis: its para. 1 on the
// offences named (para. 7's rule takes its place).
func replaced(p convention.Problem) bool {
	return p.Cite == convention.Cite(convention.ArtMLA, 1) && p.Field == "Offences"
}

// merge appends the MLA art.'s problems to the article's own, without
// those the article replaces, sorted, with their JSON paths on Request.
func merge(own convention.Problems, mlaErr error) convention.Problems {
	ps := own
	for _, p := range convention.AsProblems(mlaErr) {
		if !replaced(p) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps.WithJSONPaths(problemRoot{})
}

// problemRoot is the shape the decisions report their problems against,
// for their JSON paths: the request's fields at the root ("order.final"),
// the other inputs under their names ("profile.de_minimis.amount",
// "facts.jurisdiction", "response.offences").
type problemRoot struct {
	Request
	Profile  Profile  `json:"profile"`
	Facts    Facts    `json:"facts"`
	Response Response `json:"response"`
}

// Validate reports every missing or inconsistent element of r at once,
// each with its citation and JSON path, as convention.Problems sorted by
// citation; nil when r is complete. It applies:
//
//   - the contents of para. 3(a), (b) and (c) for each kind in Kinds (a
//     request pertaining to several paragraphs carries the contents of
//     each), para. 1(b) (an order issued by a court), para. 1 (the
//     category of property), para. 7 (at least one offence, at most
//     MaxOffences) and para. 3 (the related requests; the copy of an order
//     among the attachments listed);
//   - MLA art., para. 16 (through mla.Contents) and paras. 9, 14, 15, 21,
//     25 and 32 (through mla.Request), applied mutatis mutandis by para.
//     3. The text of para. 3 refers to "paragraph 15" of the MLA article;
//     the contents are in its paragraph 16 (see the registry's drafting
//     note), whose citations the problems carry.
//
// Fields are named by their Go path on Request ("Order.Final",
// "Property[0].Description", "RequestingAuthority"). It checks presence
// and consistency, not the requested State's profile or judgements: see
// Prepare for the catalogue of offences (Profile.Recognised) and the de
// minimis threshold. It never panics.
//
// Validate lists two kinds of problem. Some are the request's lack of
// conformity with the article, which the requested State decides on and
// the decisions (Prepare, Assess, Review) decide rather than reject: an
// element para. 3(a), (b) or (c) or MLA art., para. 16 says the request
// "shall contain" lacking, an order that is not the court's order of
// confiscation para. 1(b) requires, an oral request or a request through
// INTERPOL without urgency, a language not given. The others are input the
// library cannot decide on (an undeclared value, no States or offences,
// inconsistent dates or references) and stay errors everywhere.
func (r Request) Validate() error {
	m := r.mlaRequest()
	return merge(r.ownProblems(convention.Catalogue{}), m.Validate()).Err()
}

// receive reads r as the requested State received it, with the catalogue
// of offences cat it recognises: incomplete holds the kinds whose contents
// (para. 3) the request lacks; err is the Problems that keep the library
// from deciding among the article's own rules (nil when none), sorted and
// with their JSON paths. It allocates nothing for a request without
// problems.
func (r *Request) receive(cat convention.Catalogue) (incomplete Kinds, err error) {
	if r.ownPasses(cat) {
		return 0, nil
	}
	var bad convention.Problems
	for _, p := range r.ownProblems(cat) {
		if k := conformity(p.Cite, p.Field, p.Err); k != KindUnknown {
			incomplete = incomplete.With(k)
		} else {
			bad = append(bad, p)
		}
	}
	return incomplete, merge(bad, nil).Err()
}

// factFields are the judgements of Facts, in the order judgements returns
// them, with the paragraph each serves.
var factFields = [...]struct {
	cite  convention.Citation
	field string
}{
	{convention.Cite(convention.ArtCooperation, 3), "Discrimination.Belief"},
	{mlaPoint(3, 'f'), "ContentDataPermitted"},
	{mlaPoint(3, 'm'), "OtherAssistanceLawful"},
	{mlaCite(8), "BankSecrecy"},
	{mlaCite(10), "DeMinimis"},
	{mlaCite(10), "OtherProvisions"},
	{mlaCite(15), "Authenticity"},
	{mlaCite(17), "MoreInformation"},
	{mlaCite(18), "ProcedureLawful"},
	{mlaCite(18), "ProcedurePossible"},
	{mlaCite(21), "CanKeepConfidential"},
	{mlaPoint(22, 'b'), "EssentialInterests"},
	{mlaPoint(22, 'c'), "DomesticProhibition"},
	{mlaPoint(22, 'd'), "Disproportionate"},
	{mlaPoint(22, 'e'), "ContraryToLegalSystem"},
	{mlaCite(23), "Fiscal"},
	{mlaCite(26), "InterferesOngoing"},
	{mlaCite(29), "CostsAgreedOtherwise"},
	{mlaCite(29), "SubstantialCosts"},
	{mlaPoint(30, 'a'), "RecordsPublic"},
	{para(1), "Jurisdiction"},
	{para(1), "InTerritory"},
	{para(4), "LiftRequired"},
	{para(7), "SufficientEvidence"},
	{para(7), "TimelyEvidence"},
	{para(7), "DeMinimisValue"},
	{para(8), "OpportunityPossible"},
	{para(9), "ThirdPartyRights"},
}

// judgements returns the judgements of f in the order of factFields.
func (f *Facts) judgements() [len(factFields)]convention.Judgement {
	return [...]convention.Judgement{f.Discrimination.Belief, f.ContentDataPermitted, f.OtherAssistanceLawful, f.BankSecrecy,
		f.DeMinimis, f.OtherProvisions, f.Authenticity, f.MoreInformation, f.ProcedureLawful, f.ProcedurePossible,
		f.CanKeepConfidential, f.EssentialInterests, f.DomesticProhibition, f.Disproportionate, f.ContraryToLegalSystem,
		f.Fiscal, f.InterferesOngoing, f.CostsAgreedOtherwise, f.SubstantialCosts, f.RecordsPublic,
		f.Jurisdiction, f.InTerritory, f.LiftRequired, f.SufficientEvidence, f.TimelyEvidence, f.DeMinimisValue,
		f.OpportunityPossible, f.ThirdPartyRights}
}

// valid reports whether every judgement of f is a declared value and the
// grounds named under Cooperation art., para. 3 are listed ones; it
// allocates nothing.
func (f *Facts) valid() bool {
	for _, j := range f.judgements() {
		if !j.IsValid() {
			return false
		}
	}
	for _, o := range f.Offences {
		if !o.Requested.Criminal.IsValid() || !o.TrafficDataAvailable.IsValid() {
			return false
		}
	}
	return f.Discrimination.Grounds.IsValid()
}

// Validate reports every judgement of f that is not a declared value (yes,
// no or unassessed), each cited to the paragraph it serves, and grounds
// named under Cooperation art., para. 3 that it does not list, as
// convention.Problems with their JSON paths; nil when there are none. The
// judgements' consistency with a request (one entry per offence at most)
// is checked by Prepared.Assess and Prepared.Review.
func (f Facts) Validate() error { return f.problems(-1).Err() }

// problems returns f's problems; offences, when not negative, is the
// number of offences of the request f answers.
func (f *Facts) problems(offences int) convention.Problems {
	if f.valid() && (offences < 0 || len(f.Offences) <= offences) {
		return nil
	}
	var ps convention.Problems
	for i, j := range f.judgements() {
		if !j.IsValid() {
			ps = append(ps, convention.Problem{Field: factFields[i].field, Cite: factFields[i].cite, Err: errInvalid, Detail: j.String() + "; write yes, no or unassessed"})
		}
	}
	for i, o := range f.Offences {
		at := "Offences[" + strconv.Itoa(i) + "]."
		if !o.Requested.Criminal.IsValid() {
			ps = append(ps, convention.Problem{Field: at + "Requested.Criminal", Cite: mlaCite(10), Err: errInvalid, Detail: o.Requested.Criminal.String()})
		}
		if !o.TrafficDataAvailable.IsValid() {
			ps = append(ps, convention.Problem{Field: at + "TrafficDataAvailable", Cite: mlaPoint(3, 'e'), Err: errInvalid, Detail: o.TrafficDataAvailable.String()})
		}
	}
	if !f.Discrimination.Grounds.IsValid() {
		ps = append(ps, convention.Problem{Field: "Discrimination.Grounds", Cite: convention.Cite(convention.ArtCooperation, 3), Err: errInvalid,
			Detail: "not a listed ground: " + f.Discrimination.Grounds.String()})
	}
	if offences >= 0 && len(f.Offences) > offences {
		ps = append(ps, convention.Problem{Field: "Offences", Cite: mlaCite(10), Err: errInconsistent,
			Detail: "judgements on " + strconv.Itoa(len(f.Offences)) + " offences; the request names " + strconv.Itoa(offences)})
	}
	ps.Sort()
	return ps.WithJSONPaths(Facts{})
}

// profileChecks are the rules of a Profile beyond its threshold: its
// judgements are declared values.
var profileChecks = func() []check[Profile] {
	judged := func(get func(Profile) convention.Judgement) func(Profile) (string, error) {
		return func(p Profile) (string, error) {
			if j := get(p); !j.IsValid() {
				return j.String() + "; write yes, no or unassessed", errInvalid
			}
			return "", nil
		}
	}
	return []check[Profile]{
		{Cite: mlaCite(9), Field: "Treaty", Quote: "bound by a treaty of mutual legal assistance", Test: judged(func(p Profile) convention.Judgement { return p.Treaty })},
		{Cite: mlaCite(9), Field: "ArticleInLieu", Quote: "unless the States Parties agree to apply paragraphs 10 to 30 of this article in lieu thereof", Test: judged(func(p Profile) convention.Judgement { return p.ArticleInLieu })},
		{Cite: recoveryPoint(1, 'a'), Field: "Capacity.EnforceForeign", Quote: "to give effect to an order of confiscation issued by a court of another State Party", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.EnforceForeign })},
		{Cite: recoveryPoint(1, 'b'), Field: "Capacity.OrderDomestic", Quote: "to order the confiscation of such property of foreign origin", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.OrderDomestic })},
		{Cite: recoveryPoint(1, 'c'), Field: "Capacity.WithoutConviction", Quote: "to allow confiscation of such property without a criminal conviction", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.WithoutConviction })},
		{Cite: recoveryPoint(2, 'a'), Field: "Capacity.FreezeOnOrder", Quote: "to freeze or seize property upon a freezing or seizure order", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.FreezeOnOrder })},
		{Cite: recoveryPoint(2, 'b'), Field: "Capacity.FreezeOnRequest", Quote: "to freeze or seize property upon a request", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.FreezeOnRequest })},
		{Cite: recoveryPoint(2, 'c'), Field: "Capacity.PreserveOther", Quote: "Consider taking additional measures to permit its competent authorities to preserve property for confiscation", Test: judged(func(p Profile) convention.Judgement { return p.Capacity.PreserveOther })},
	}
}()

// ProfileRules returns the validation rules of Profile, in table order:
// its judgements, and its de minimis threshold (fields "DeMinimis.").
func ProfileRules() []convention.RuleInfo {
	out := rules.Infos(profileChecks)
	for _, r := range rules.Infos(thresholdChecks) {
		r.Field = "DeMinimis." + r.Field
		out = append(out, r)
	}
	return out
}
