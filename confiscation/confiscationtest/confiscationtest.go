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
		items := []confiscation.Property{
			{Asset: confiscation.AssetBankAccount, Identifier: "KE12EQBL0000001122", Holder: "Nairobi Trading Ltd", Description: "balance of account KE-ACC-001122"},
			{Asset: confiscation.AssetCrypto, Identifier: "bc1qdemo0wallet", Description: "BTC wallet bc1q-demo"},
			{Asset: confiscation.AssetDevice, Description: "command-and-control server, rack 12"},
			{Asset: confiscation.AssetDomain, Identifier: "botnet-c2.example", Description: "domain botnet-c2.example"},
			{Description: "the proceeds of the ransom, wherever held"},
		}
		p := rapid.SampledFrom(items).Draw(t, "Item")
		p.Category = rapid.SampledFrom([]confiscation.Category{confiscation.CategoryUnknown, confiscation.CategoryProceeds,
			confiscation.CategoryProperty, confiscation.CategoryEquipment, confiscation.CategoryInstrumentality}).Draw(t, "Category")
		p.Location = rapid.SampledFrom([]string{"", "Nairobi", "data centre, Frankfurt"}).Draw(t, "Location")
		if rapid.Bool().Draw(t, "HasValue") {
			cur := convention.MustCurrency(rapid.SampledFrom(currencies).Draw(t, "Value.Currency"))
			cents := rapid.Int64Range(1, 1_000_000_000).Draw(t, "Value.Cents")
			p.Value = convention.NewMoney(hundredths(cents), cur)
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
// parts come from mlatest.Request (legal basis, contents, offences,
// urgency, channel, form, language and translations, transmission,
// confidentiality, deadline, contacts), without its purposes; the related
// requests are those a request for confiscation may have (supplements,
// confirms, same-case), and the attachments include the copy of an order
// whenever the request lists attachments and produces one.
func Request() *rapid.Generator[confiscation.Request] {
	return rapid.Custom(func(t *rapid.T) confiscation.Request {
		m := mlatest.Request().Draw(t, "MLA")
		r := confiscation.Request{
			Ref: m.Ref, Case: m.Case, Requesting: m.Requesting, Requested: m.Requested, Basis: m.Basis,
			Contents: m.Contents, Offences: m.Offences,
			Urgency: m.Urgency, Channel: m.Channel, Form: m.Form, Language: m.Language,
			Made: m.Made, Confirmed: m.Confirmed, Transmission: m.Transmission, Confidentiality: m.Confidentiality,
			Deadline: m.Deadline, DeadlineReasons: m.DeadlineReasons, Contacts: m.Contacts,
			Kinds: Kinds().Draw(t, "Kinds"),
			ConfiscationBasis: rapid.SampledFrom([]confiscation.Basis{confiscation.BasisUnknown, confiscation.BasisConviction,
				confiscation.BasisDeath, confiscation.BasisFlight, confiscation.BasisAbsence, confiscation.BasisOther}).Draw(t, "ConfiscationBasis"),
			Statement: rapid.SampledFrom([]string{"The ransom was traced to the account.", "The servers were used to run the botnet."}).Draw(t, "Statement"),
		}
		// A request under this article seeks no MLA purpose; the summary of
		// facts of MLA art., para. 16(c) is then always required.
		r.Purposes = 0
		if r.Facts == "" {
			r.Facts = "Summary of the relevant facts."
		}
		if rapid.Bool().Draw(t, "SameCase") {
			r.Related = append(r.Related, convention.Related{Ref: "MLA-0", Relation: convention.RelationSameCase, Made: r.Made.AddDays(-30)})
		}
		if rapid.Bool().Draw(t, "Supplements") {
			r.Related = append(r.Related, convention.Related{Ref: "CONF-1", Relation: convention.RelationSupplements, Made: r.Made.AddDays(-rapid.IntRange(0, 60).Draw(t, "Supplements.Made"))})
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
		r.Attachments = attachments(t, r)
		return r
	})
}

// attachments draws the documents listed with r: none, or some, with the
// copy of each order r produces.
func attachments(t *rapid.T, r confiscation.Request) []convention.Attachment {
	if rapid.Bool().Draw(t, "NoAttachments") {
		return nil
	}
	var out []convention.Attachment
	if !r.Order.IsZero() {
		out = append(out, convention.Attachment{Kind: convention.AttachmentOrder, Title: "Jugement du tribunal correctionnel", Ref: string(r.Order.Ref)})
	}
	if !r.ProvisionalOrder.IsZero() {
		out = append(out, convention.Attachment{Kind: convention.AttachmentOrder, Title: "Ordonnance de saisie"})
	}
	for _, tr := range r.Language.Translations {
		out = append(out, convention.Attachment{Kind: convention.AttachmentTranslation, Title: "Translation", Language: tr})
	}
	if rapid.Bool().Draw(t, "HasLaw") {
		out = append(out, convention.Attachment{Kind: convention.AttachmentLaw, Title: "Code pénal, art. 131-21"})
	}
	return out
}

// breaker breaks one rule of a request. decided marks a break that is the
// request's lack of conformity with the article (an element of para. 3 or
// of MLA art., para. 16 lacking; an order that is not the court's order of
// confiscation; no language), which the decisions decide (MLA art., para.
// 22(a), mutatis mutandis) rather than reject.
type breaker struct {
	cites   []convention.Citation
	decided bool
	apply   func(r *confiscation.Request, applied []bool)
}

func cite(p int) convention.Citation { return convention.Cite(convention.ArtConfiscation, p) }
func point(p int, x rune) convention.Citation {
	return convention.CitePoint(convention.ArtConfiscation, p, x)
}
func cites(cs ...convention.Citation) []convention.Citation { return cs }

const (
	bKinds = iota
	bPurposes
	bStatement
	bDescription
	bValue
	bCategory
	bCopy
	bFinal
	bCourt
	bOrderType
	bIssued
	bExtent
	bThirdParties
	bActions
	bProvisionalOrder
	bConfiscationBasis
	bAuthority
	bAim
	bLanguage
	bSameState
	bConduct
	bNoOffence
	bRelated
	bTranslation
	bAsset
	numBreakers
)

var breakers = [numBreakers]breaker{
	bKinds:     {cites(cite(3)), false, func(r *confiscation.Request, _ []bool) { r.Kinds |= 1 << 7 }},
	bPurposes:  {cites(cite(3)), false, func(r *confiscation.Request, _ []bool) { r.Purposes = mla.PurposesOf(mla.PurposeEvidence) }},
	bStatement: {cites(point(3, 'a'), point(3, 'b'), point(3, 'c')), true, func(r *confiscation.Request, _ []bool) { r.Statement = " " }},
	bDescription: {cites(point(3, 'a')), true, func(r *confiscation.Request, _ []bool) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Location: "Nairobi"})
	}},
	bValue: {cites(point(3, 'a')), false, func(r *confiscation.Request, _ []bool) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Description: "car",
			Value: convention.NewMoney(decimal.NewFromInt(-5), convention.MustCurrency("EUR"))})
	}},
	bCategory: {cites(cite(1)), false, func(r *confiscation.Request, _ []bool) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Description: "car", Category: 9})
	}},
	bCopy:         {cites(point(3, 'b')), true, func(r *confiscation.Request, _ []bool) { r.Order.AdmissibleCopy = false }},
	bFinal:        {cites(point(3, 'b')), true, func(r *confiscation.Request, _ []bool) { r.Order.Final = false }},
	bCourt:        {cites(point(1, 'b')), true, func(r *confiscation.Request, _ []bool) { r.Order.Court = false }},
	bOrderType:    {cites(point(3, 'b')), true, func(r *confiscation.Request, _ []bool) { r.Order.Type = confiscation.OrderFreezing }},
	bIssued:       {cites(point(3, 'b')), false, func(r *confiscation.Request, _ []bool) { r.Order.Issued = r.Made.AddDays(1) }},
	bExtent:       {cites(point(3, 'b')), true, func(r *confiscation.Request, _ []bool) { r.Extent = "" }},
	bThirdParties: {cites(point(3, 'b')), true, func(r *confiscation.Request, _ []bool) { r.ThirdParties = "" }},
	bActions:      {cites(point(3, 'c')), true, func(r *confiscation.Request, _ []bool) { r.Actions = "" }},
	bProvisionalOrder: {cites(point(3, 'c')), true, func(r *confiscation.Request, _ []bool) {
		r.ProvisionalOrder = confiscation.Order{Type: confiscation.OrderFreezing, Authority: "Juge des libertés"}
	}},
	bConfiscationBasis: {cites(convention.CitePoint(convention.ArtRecovery, 1, 'c')), false, func(r *confiscation.Request, _ []bool) { r.ConfiscationBasis = 99 }},
	bAuthority:         {cites(convention.CitePoint(convention.ArtMLA, 16, 'a')), true, func(r *confiscation.Request, _ []bool) { r.RequestingAuthority = "" }},
	bAim:               {cites(convention.CitePoint(convention.ArtMLA, 16, 'f')), true, func(r *confiscation.Request, _ []bool) { r.Aim = "" }},
	bLanguage: {cites(convention.Cite(convention.ArtMLA, 15)), true, func(r *confiscation.Request, _ []bool) {
		r.Language = convention.Languages{}
		r.Attachments = withoutTranslations(r.Attachments)
	}},
	bSameState: {cites(convention.Cite(convention.ArtMLA, 32)), false, func(r *confiscation.Request, _ []bool) { r.Requested = r.Requesting }},
	bNoOffence: {cites(cite(7)), false, func(r *confiscation.Request, applied []bool) {
		if !applied[bConduct] {
			r.Offences = nil
			return
		}
		// Keep bConduct's offence without conduct: name too many offences.
		for len(r.Offences) <= confiscation.MaxOffences {
			r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering proceeds"})
		}
	}},
	bConduct: {cites(convention.CitePoint(convention.ArtMLA, 16, 'b')), true, func(r *confiscation.Request, applied []bool) {
		if !applied[bNoOffence] {
			r.Offences = slices.Clone(r.Offences)
			r.Offences[0].Conduct = ""
		}
	}},
	bRelated: {cites(cite(3)), false, func(r *confiscation.Request, _ []bool) {
		r.Related = append(slices.Clone(r.Related), convention.Related{Ref: "PRES-7", Relation: convention.RelationExtends})
	}},
	bTranslation: {cites(convention.Cite(convention.ArtMLA, 15)), false, func(r *confiscation.Request, applied []bool) {
		if applied[bLanguage] {
			// A translation without its language, and so no original's
			// either: two problems, as bLanguage and this breaker want.
			r.Language = convention.Languages{Translations: []language.Tag{language.Und}}
			return
		}
		r.Language.Translations = []language.Tag{r.Language.Original}
		r.Attachments = withoutTranslations(r.Attachments)
	}},
	bAsset: {cites(point(3, 'a')), false, func(r *confiscation.Request, _ []bool) {
		r.Property = append(slices.Clone(r.Property), confiscation.Property{Description: "car", Asset: 42})
	}},
}

// withoutTranslations drops the translations among as, which the language
// breakers make inconsistent.
func withoutTranslations(as []convention.Attachment) []convention.Attachment {
	var out []convention.Attachment
	for _, a := range as {
		if a.Kind != convention.AttachmentTranslation {
			out = append(out, a)
		}
	}
	return out
}

// Broken generates requests broken in one or more known ways, each
// independent of the others, with the citations Validate must report: one
// per problem, sorted as Validate sorts them (ties keep their order). The
// request broken seeks all three kinds, so that every rule applies.
func Broken() *rapid.Generator[Invalid[confiscation.Request]] {
	return broken(func(breaker) bool { return true })
}

// Malformed generates requests broken only in ways the library cannot
// decide on (an undeclared value, no offences, the same State twice,
// inconsistent references or dates), with the citations Validate, and
// Prepare, Assess and Review, must report.
func Malformed() *rapid.Generator[Invalid[confiscation.Request]] {
	return broken(func(b breaker) bool { return !b.decided })
}

// Nonconforming generates requests that are not made in conformity with
// the article (an element of para. 3 or of MLA art., para. 16 lacking; an
// order that is not the court's order of confiscation; no language), with
// the citations Validate must report. Prepare, Assess and Review decide
// them: where MLA art., paragraphs 10 to 30 govern, para. 22(a) is
// available (Decision.Incomplete, Decision.Lacking).
func Nonconforming() *rapid.Generator[Invalid[confiscation.Request]] {
	return broken(func(b breaker) bool { return b.decided })
}

func broken(keep func(breaker) bool) *rapid.Generator[Invalid[confiscation.Request]] {
	var pool []int
	for i, b := range breakers {
		if keep(b) {
			pool = append(pool, i)
		}
	}
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
		r.Attachments = attachments(t, r)
		which := rapid.SliceOfNDistinct(rapid.SampledFrom(pool), 1, 4, rapid.ID[int]).Draw(t, "Breakers")
		slices.Sort(which)
		applied := make([]bool, numBreakers)
		var want []convention.Citation
		for _, i := range which {
			breakers[i].apply(&r, applied)
			applied[i] = true
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

// hundredths returns c hundredths: an amount in cents, a rate to four
// places from its hundredths.
func hundredths(c int64) decimal.Decimal {
	return decimal.NewFromInt(c).Div(decimal.NewFromInt(100)).Truncate(2)
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
			hundredths(rapid.Int64Range(1, 100_000_000_000).Draw(t, "Amount.Cents")), convention.MustCurrency(cur))}
		for _, c := range currencies {
			if c != cur {
				th.Rates = append(th.Rates, confiscation.Rate{Currency: convention.MustCurrency(c),
					Value: hundredths(rapid.Int64Range(1, 2_000_000).Draw(t, "Rate."+c)).Div(decimal.NewFromInt(100)).Truncate(4)})
			}
		}
		return th
	})
}

// Facts generates the requested State's judgements, any of them possibly
// unassessed, with judgements on one offence at most, so that they answer
// any request (every request names one offence at least); FactsFor draws
// judgements on each offence of a request.
func Facts() *rapid.Generator[confiscation.Facts] {
	return facts(mlatest.Facts(), mlatest.Judgement(), 1)
}

// KnownFacts generates judgements all assessed (yes or no), with
// judgements on one offence at most.
func KnownFacts() *rapid.Generator[confiscation.Facts] {
	return facts(mlatest.KnownFacts(), mlatest.Known(), 1)
}

// FactsFor generates judgements, any of them possibly unassessed, with
// judgements on as many offences of r as it draws (never more than r
// names).
func FactsFor(r confiscation.Request) *rapid.Generator[confiscation.Facts] {
	return facts(mlatest.Facts(), mlatest.Judgement(), len(r.Offences))
}

// KnownFactsFor generates judgements all assessed, one per offence of r.
func KnownFactsFor(r confiscation.Request) *rapid.Generator[confiscation.Facts] {
	return rapid.Custom(func(t *rapid.T) confiscation.Facts {
		f := facts(mlatest.KnownFacts(), mlatest.Known(), len(r.Offences)).Draw(t, "Facts")
		for len(f.Offences) < min(len(r.Offences), confiscation.MaxOffences) {
			f.Offences = append(f.Offences, mla.OffenceFacts{
				Requested:            convention.Characterisation{Criminal: mlatest.Known().Draw(t, "Requested.Criminal")},
				TrafficDataAvailable: mlatest.Known().Draw(t, "TrafficDataAvailable")})
		}
		return f
	})
}

func facts(m *rapid.Generator[mla.Facts], j *rapid.Generator[convention.Judgement], offences int) *rapid.Generator[confiscation.Facts] {
	return rapid.Custom(func(t *rapid.T) confiscation.Facts {
		mf := m.Draw(t, "Facts")
		mf.Offences = mf.Offences[:min(len(mf.Offences), offences)]
		return confiscation.Facts{
			Facts:               mf,
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
// kinds allow (Review accepts them), and for a refusal, sometimes a
// refusal in part naming some of r's offences.
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
	return rapid.Custom(func(t *rapid.T) confiscation.Response {
		resp := response(acts).Draw(t, "Response")
		if resp.Action == confiscation.ActionRefuse && rapid.Bool().Draw(t, "InPart") {
			n := min(len(r.Offences), confiscation.MaxOffences)
			resp.Offences = mla.OffencesOf(rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), 1, n, rapid.ID[int]).Draw(t, "Offences")...)
		}
		return resp
	})
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
