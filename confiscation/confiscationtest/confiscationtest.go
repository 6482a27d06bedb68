// Package confiscationtest provides rapid generators of the confiscation
// package's inputs for property tests, here and in downstream suites:
// valid requests ([Request]), requests broken in known ways with the
// citations Validate must report ([Broken], [Invalid]), the requested
// State's profile, capacity and judgements, and its responses.
//
// The MLA parts of each input (contents, form, channel and language; the
// MLA profile; the MLA judgements) are drawn by mlatest, whose labels they
// keep. Draw labels equal the field names they fill.
package confiscationtest

import (
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// Invalid is a value broken in known ways, with exactly the citations its
// Validate must report, one per problem, sorted: the library's shared
// conventiontest.Broken. (A type named Broken would clash with the
// generator Broken in this package.)
type Invalid[T any] = conventiontest.Broken[T]

// Kinds generates a non-empty set of the kinds of request.
func Kinds() *rapid.Generator[confiscation.Kinds] {
	return rapid.Custom(func(t *rapid.T) confiscation.Kinds {
		ks := rapid.SliceOfNDistinct(rapid.SampledFrom([]confiscation.Kind{
			confiscation.KindObtainOrder, confiscation.KindEnforceOrder, confiscation.KindProvisional,
		}), 1, 3, rapid.ID[confiscation.Kind]).Draw(t, "Kinds")
		return confiscation.KindsOf(ks...)
	})
}

// Property generates a valid item of property.
func Property() *rapid.Generator[confiscation.Property] {
	return rapid.Custom(func(t *rapid.T) confiscation.Property {
		p := confiscation.Property{
			Category: rapid.SampledFrom([]confiscation.Category{confiscation.CategoryUnknown, confiscation.CategoryProceeds,
				confiscation.CategoryProperty, confiscation.CategoryEquipment, confiscation.CategoryInstrumentality}).Draw(t, "Category"),
			Description: rapid.SampledFrom([]string{"balance of account KE-ACC-001122", "BTC wallet bc1q-demo",
				"command-and-control server, rack 12", "domain botnet-c2.example"}).Draw(t, "Description"),
			Location: rapid.SampledFrom([]string{"", "Nairobi", "data centre, Frankfurt"}).Draw(t, "Location"),
		}
		if rapid.Bool().Draw(t, "HasValue") {
			cur := convention.MustCurrency(rapid.SampledFrom(currencies).Draw(t, "Value.Currency"))
			cents := rapid.Int64Range(1, 1_000_000_000).Draw(t, "Value.Cents")
			p.Value = convention.NewMoney(decimal.New(cents, -2), cur)
		}
		return p
	})
}

// order generates a valid order of the given type issued on or before
// made.
func order(t *rapid.T, label string, typ confiscation.OrderType, made convention.Date) confiscation.Order {
	o := confiscation.Order{
		Type:           typ,
		Authority:      rapid.SampledFrom([]string{"Tribunal correctionnel de Paris", "High Court of Kenya", "Amtsgericht Frankfurt"}).Draw(t, label+".Authority"),
		Court:          true,
		Ref:            convention.CaseRef(rapid.SampledFrom([]string{"", "TC-2026/9981", "HC-MISC-44"}).Draw(t, label+".Ref")),
		AdmissibleCopy: true,
		Final:          typ == confiscation.OrderConfiscation,
	}
	if typ != confiscation.OrderConfiscation {
		o.Court = rapid.Bool().Draw(t, label+".Court")
	}
	if rapid.Bool().Draw(t, label+".IsDated") {
		o.Issued = made.AddDays(-rapid.IntRange(0, 400).Draw(t, label+".Issued"))
	}
	return o
}

// Request generates valid requests: Validate returns nil for each. The MLA
// parts come from mlatest.Request, without its purposes.
func Request() *rapid.Generator[confiscation.Request] {
	return rapid.Custom(func(t *rapid.T) confiscation.Request {
		m := mlatest.Request().Draw(t, "MLA")
		r := confiscation.Request{
			Ref: m.Ref, Case: m.Case, Requesting: m.Requesting, Requested: m.Requested,
			Contents: m.Contents, Offence: m.Offences[0],
			Urgent: m.Urgent(), Channel: m.Channel, Form: m.Form, Language: m.Language.Original,
			Made: m.Made, Confirmed: m.Confirmed, Confidential: m.Confidentiality.Required,
			Deadline: m.Deadline, DeadlineReasons: m.DeadlineReasons,
			Kinds: Kinds().Draw(t, "Kinds"),
			Basis: rapid.SampledFrom([]confiscation.Basis{confiscation.BasisUnknown, confiscation.BasisConviction,
				confiscation.BasisDeath, confiscation.BasisFlight, confiscation.BasisAbsence, confiscation.BasisOther}).Draw(t, "Basis"),
			Statement: rapid.SampledFrom([]string{"The ransom was traced to the account.", "The servers were used to run the botnet."}).Draw(t, "Statement"),
		}
		// A request under this article seeks no MLA purpose; the summary of
		// facts of MLA art., para. 16(c) is then always required.
		r.Purposes = 0
		if r.Facts == "" {
			r.Facts = "Summary of the relevant facts."
		}
		min := 0
		if r.Kinds.Has(confiscation.KindObtainOrder) {
			min = 1
		}
		r.Property = rapid.SliceOfN(Property(), min, 3).Draw(t, "Property")
		if r.Kinds.Has(confiscation.KindEnforceOrder) {
			r.Order = order(t, "Order", confiscation.OrderConfiscation, r.Made)
			r.Extent = rapid.SampledFrom([]string{"the whole balance", "up to EUR 50,000"}).Draw(t, "Extent")
			r.ThirdParties = rapid.SampledFrom([]string{"the holder was notified and heard", "notice published; no claimant"}).Draw(t, "ThirdParties")
		}
		if r.Kinds.Has(confiscation.KindProvisional) {
			r.Actions = rapid.SampledFrom([]string{"freeze the account", "seize the server", "trace the wallet's funds"}).Draw(t, "Actions")
			if rapid.Bool().Draw(t, "HasProvisionalOrder") {
				typ := rapid.SampledFrom([]confiscation.OrderType{confiscation.OrderFreezing, confiscation.OrderSeizure, confiscation.OrderConfiscation}).Draw(t, "ProvisionalOrder.Type")
				r.ProvisionalOrder = order(t, "ProvisionalOrder", typ, r.Made)
			}
		}
		return r
	})
}

// breaker breaks one rule of a request.
type breaker struct {
	cites []convention.Citation
	apply func(r *confiscation.Request)
}

func cite(p int) convention.Citation { return convention.Cite(convention.ArtConfiscation, p) }
func point(p int, x rune) convention.Citation {
	return convention.CitePoint(convention.ArtConfiscation, p, x)
}
func cites(cs ...convention.Citation) []convention.Citation { return cs }

var breakers = []breaker{
	{cites(cite(3)), func(r *confiscation.Request) { r.Kinds |= 1 << 7 }},
	{cites(cite(3)), func(r *confiscation.Request) { r.Purposes = mla.PurposesOf(mla.PurposeEvidence) }},
	{cites(point(3, 'a'), point(3, 'b'), point(3, 'c')), func(r *confiscation.Request) { r.Statement = " " }},
	{cites(point(3, 'a')), func(r *confiscation.Request) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Location: "Nairobi"})
	}},
	{cites(point(3, 'a')), func(r *confiscation.Request) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Description: "car",
			Value: convention.NewMoney(decimal.NewFromInt(-5), convention.MustCurrency("EUR"))})
	}},
	{cites(cite(1)), func(r *confiscation.Request) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Description: "car", Category: 9})
	}},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.Order.AdmissibleCopy = false }},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.Order.Final = false }},
	{cites(point(1, 'b')), func(r *confiscation.Request) { r.Order.Court = false }},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.Order.Type = confiscation.OrderFreezing }},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.Order.Issued = r.Made.AddDays(1) }},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.Extent = "" }},
	{cites(point(3, 'b')), func(r *confiscation.Request) { r.ThirdParties = "" }},
	{cites(point(3, 'c')), func(r *confiscation.Request) { r.Actions = "" }},
	{cites(point(3, 'c')), func(r *confiscation.Request) {
		r.ProvisionalOrder = confiscation.Order{Type: confiscation.OrderFreezing, Authority: "Juge des libertés"}
	}},
	{cites(convention.CitePoint(convention.ArtRecovery, 1, 'c')), func(r *confiscation.Request) { r.Basis = 99 }},
	{cites(convention.CitePoint(convention.ArtMLA, 16, 'a')), func(r *confiscation.Request) { r.RequestingAuthority = "" }},
	{cites(convention.CitePoint(convention.ArtMLA, 16, 'f')), func(r *confiscation.Request) { r.Aim = "" }},
	{cites(convention.Cite(convention.ArtMLA, 15)), func(r *confiscation.Request) { r.Language = language.Und }},
	{cites(convention.Cite(convention.ArtMLA, 32)), func(r *confiscation.Request) { r.Requested = r.Requesting }},
}

// Broken generates requests broken in one or more known ways, each
// independent of the others, with the citations Validate must report: one
// per problem, sorted as Validate sorts them (ties keep their order). The
// request broken seeks all three kinds, so that every rule applies.
func Broken() *rapid.Generator[Invalid[confiscation.Request]] {
	return rapid.Custom(func(t *rapid.T) Invalid[confiscation.Request] {
		r := Request().Draw(t, "Request")
		if !r.Kinds.Has(confiscation.KindObtainOrder) {
			r.Kinds = r.Kinds.With(confiscation.KindObtainOrder)
			r.Property = append(r.Property, Property().Draw(t, "Property"))
		}
		if !r.Kinds.Has(confiscation.KindEnforceOrder) {
			r.Kinds = r.Kinds.With(confiscation.KindEnforceOrder)
			r.Order = order(t, "Order", confiscation.OrderConfiscation, r.Made)
			r.Extent, r.ThirdParties = "the whole", "notified"
		}
		if !r.Kinds.Has(confiscation.KindProvisional) {
			r.Kinds = r.Kinds.With(confiscation.KindProvisional)
			r.Actions = "freeze"
		}
		which := rapid.SliceOfNDistinct(rapid.IntRange(0, len(breakers)-1), 1, 4, rapid.ID[int]).Draw(t, "Breakers")
		slices.Sort(which)
		var want []convention.Citation
		for _, i := range which {
			breakers[i].apply(&r)
			want = append(want, breakers[i].cites...)
		}
		slices.SortStableFunc(want, convention.Citation.Compare)
		return Invalid[confiscation.Request]{Value: r, Want: want}
	})
}

// Capacity generates what a requested State's domestic law permits, each
// capacity possibly unassessed.
func Capacity() *rapid.Generator[confiscation.Capacity] { return capacity(mlatest.Judgement()) }

// KnownCapacity generates capacities all assessed.
func KnownCapacity() *rapid.Generator[confiscation.Capacity] { return capacity(mlatest.Known()) }

func capacity(j *rapid.Generator[convention.Judgement]) *rapid.Generator[confiscation.Capacity] {
	return rapid.Custom(func(t *rapid.T) confiscation.Capacity {
		return confiscation.Capacity{
			EnforceForeign:    j.Draw(t, "EnforceForeign"),
			OrderDomestic:     j.Draw(t, "OrderDomestic"),
			WithoutConviction: j.Draw(t, "WithoutConviction"),
			FreezeOnOrder:     j.Draw(t, "FreezeOnOrder"),
			FreezeOnRequest:   j.Draw(t, "FreezeOnRequest"),
			PreserveOther:     j.Draw(t, "PreserveOther"),
		}
	})
}

// Profile generates a requested State's standing position: its MLA
// profile (mlatest.Profile), capacity and treaty condition.
func Profile() *rapid.Generator[confiscation.Profile] { return profile(mlatest.Profile()) }

// ArticleProfile generates profiles under which MLA art., paragraphs 10 to
// 30 govern.
func ArticleProfile() *rapid.Generator[confiscation.Profile] {
	return profile(mlatest.ArticleProfile())
}

// TreatyProfile generates profiles under which an MLA treaty governs.
func TreatyProfile() *rapid.Generator[confiscation.Profile] { return profile(mlatest.TreatyProfile()) }

func profile(m *rapid.Generator[mla.Profile]) *rapid.Generator[confiscation.Profile] {
	return rapid.Custom(func(t *rapid.T) confiscation.Profile {
		return confiscation.Profile{
			Profile:         m.Draw(t, "Profile"),
			Capacity:        Capacity().Draw(t, "Capacity"),
			TreatyCondition: rapid.Bool().Draw(t, "TreatyCondition"),
			DeMinimis:       Threshold().Draw(t, "DeMinimis"),
		}
	})
}

// currencies are those Property draws values in.
var currencies = []string{"EUR", "USD", "KES"}

// Threshold generates a requested State's de minimis threshold (para. 7):
// the zero Threshold half the time, otherwise an amount in one of the
// currencies Property uses, with a rate for each of the others, so that
// every request Request draws can be compared with it.
func Threshold() *rapid.Generator[confiscation.Threshold] {
	return rapid.Custom(func(t *rapid.T) confiscation.Threshold {
		if rapid.Bool().Draw(t, "None") {
			return confiscation.Threshold{}
		}
		cur := rapid.SampledFrom(currencies).Draw(t, "Amount.Currency")
		th := confiscation.Threshold{Amount: convention.NewMoney(
			decimal.New(rapid.Int64Range(1, 100_000_000_000).Draw(t, "Amount.Cents"), -2), convention.MustCurrency(cur))}
		for _, c := range currencies {
			if c != cur {
				th.Rates = append(th.Rates, confiscation.Rate{Currency: convention.MustCurrency(c),
					Value: decimal.New(rapid.Int64Range(1, 2_000_000).Draw(t, "Rate."+c), -4)})
			}
		}
		return th
	})
}

// Facts generates the requested State's judgements, any of them possibly
// unassessed.
func Facts() *rapid.Generator[confiscation.Facts] { return facts(mlatest.Facts(), mlatest.Judgement()) }

// KnownFacts generates judgements all assessed (yes or no).
func KnownFacts() *rapid.Generator[confiscation.Facts] {
	return facts(mlatest.KnownFacts(), mlatest.Known())
}

func facts(m *rapid.Generator[mla.Facts], j *rapid.Generator[convention.Judgement]) *rapid.Generator[confiscation.Facts] {
	return rapid.Custom(func(t *rapid.T) confiscation.Facts {
		return confiscation.Facts{
			Facts:               m.Draw(t, "Facts"),
			Jurisdiction:        j.Draw(t, "Jurisdiction"),
			InTerritory:         j.Draw(t, "InTerritory"),
			SufficientEvidence:  j.Draw(t, "SufficientEvidence"),
			TimelyEvidence:      j.Draw(t, "TimelyEvidence"),
			DeMinimisValue:      j.Draw(t, "DeMinimisValue"),
			ThirdPartyRights:    j.Draw(t, "ThirdPartyRights"),
			LiftRequired:        j.Draw(t, "LiftRequired"),
			OpportunityPossible: j.Draw(t, "OpportunityPossible"),
		}
	})
}

// Grounds generates a set of grounds drawn from every ground of the
// vocabulary, barred ones and optional courses included.
func Grounds() *rapid.Generator[confiscation.Set] {
	var all []confiscation.Term
	for _, x := range confiscation.Terms() {
		if x.Describe().Kind == convention.KindGround {
			all = append(all, x)
		}
	}
	return rapid.Custom(func(t *rapid.T) confiscation.Set {
		return convention.SetOf(rapid.SliceOfN(rapid.SampledFrom(all), 0, 4).Draw(t, "Grounds")...)
	})
}

var actions = []confiscation.Action{
	confiscation.ActionObtainOrder, confiscation.ActionEnforceOrder, confiscation.ActionFreeze,
	confiscation.ActionConditions, confiscation.ActionPostpone, confiscation.ActionRefuse, confiscation.ActionLift,
}

// Response generates valid responses, on their own (Response.Validate).
func Response() *rapid.Generator[confiscation.Response] { return response(actions) }

// ResponseTo generates valid responses consistent with r: an action r's
// kinds allow (Review accepts them).
func ResponseTo(r confiscation.Request) *rapid.Generator[confiscation.Response] {
	acts := []confiscation.Action{confiscation.ActionConditions, confiscation.ActionPostpone, confiscation.ActionRefuse}
	if r.Kinds.Confiscation() {
		acts = append(acts, confiscation.ActionObtainOrder)
	}
	if r.Kinds.Has(confiscation.KindEnforceOrder) {
		acts = append(acts, confiscation.ActionEnforceOrder)
	}
	if r.Kinds.Has(confiscation.KindProvisional) {
		acts = append(acts, confiscation.ActionFreeze, confiscation.ActionLift)
	}
	return response(acts)
}

func response(acts []confiscation.Action) *rapid.Generator[confiscation.Response] {
	return rapid.Custom(func(t *rapid.T) confiscation.Response {
		return confiscation.Response{
			Action:                  rapid.SampledFrom(acts).Draw(t, "Action"),
			Grounds:                 Grounds().Draw(t, "Grounds"),
			Reasons:                 rapid.Bool().Draw(t, "Reasons"),
			Consulted:               rapid.Bool().Draw(t, "Consulted"),
			Opportunity:             rapid.Bool().Draw(t, "Opportunity"),
			InformedConfidentiality: rapid.Bool().Draw(t, "InformedConfidentiality"),
		}
	})
}
