package confiscation_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// exampleRequest asks Kenya to give effect to a final French confiscation
// order over ransom held in Nairobi (para. 1(b)) and to freeze the account
// meanwhile (para. 2).
func exampleRequest() confiscation.Request {
	return confiscation.Request{
		Requesting: convention.MustPartyID("FRA"),
		Requested:  convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureProsecution,
			Conducting:          mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts:               "The ransom was paid into a Nairobi account.",
			AssistanceSought:    "freezing and confiscation of the account balance",
			Aim:                 "enforcement of the confiscation order",
		},
		Offence:  convention.Offence{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"},
		Channel:  mla.ChannelCentralAuthority,
		Form:     mla.FormWriting,
		Language: language.French,
		Made:     convention.MustDate("2026-11-02"),
		Kinds:    confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional),
		Basis:    confiscation.BasisConviction,
		Property: []confiscation.Property{{Category: confiscation.CategoryProceeds,
			Description: "balance of account KE-ACC-001122", Value: convention.MustMoney("EUR 412000")}},
		Statement: "The ransom was traced to account KE-ACC-001122.",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Tribunal correctionnel de Paris",
			Court: true, Issued: convention.MustDate("2026-10-12"), AdmissibleCopy: true, Final: true},
		Extent:       "the whole balance",
		ThirdParties: "the holder and the bank were notified",
		Actions:      "freeze the account pending enforcement",
	}
}

// exampleProfile: no MLA treaty; Kenyan law gives effect to foreign orders
// and freezes on request, but cannot order confiscation itself.
func exampleProfile() confiscation.Profile {
	return confiscation.Profile{
		Profile: mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
			Languages: []language.Tag{language.English, language.French}},
		Capacity: confiscation.Capacity{EnforceForeign: convention.Yes, OrderDomestic: convention.No,
			FreezeOnRequest: convention.Yes, PreserveOther: convention.Yes},
	}
}

// exampleFacts: Kenya's judgements leave no ground available.
func exampleFacts() confiscation.Facts {
	n, y := convention.No, convention.Yes
	return confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}}, DeMinimis: n, OtherProvisions: n,
			Authenticity: y, MoreInformation: n, CanKeepConfidential: y, EssentialInterests: n, DomesticProhibition: n,
			Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n, CostsAgreedOtherwise: n,
			SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, InTerritory: y, SufficientEvidence: y, TimelyEvidence: y,
		DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n, OpportunityPossible: y,
	}
}

func ExampleAssess() {
	dec, err := confiscation.Assess(exampleRequest(), exampleProfile(), exampleFacts())
	if err != nil {
		panic(err)
	}
	fmt.Println(dec.Outcome, "-", dec.Cite)
	fmt.Println("routes:", dec.Routes)
	for _, t := range dec.Duties.Slice() {
		if t.MLA() == mla.TermUnknown {
			fmt.Println("duty:", t.Describe().Cite, t.Describe().Name)
		}
	}
	// Output:
	// obliged - Confiscation art., para. 1
	// routes: enforce-order, identify-trace, freeze-on-request
	// duty: Recovery art., para. 1(b) enable-domestic-confiscation-orders
	// duty: Recovery art., para. 2(c) consider-additional-preservation
	// duty: Confiscation art., para. 1 confiscate-greatest-extent
	// duty: Confiscation art., para. 2 identify-and-trace
	// duty: Confiscation art., para. 2 freeze-or-seize
	// duty: Confiscation art., para. 4 act-under-domestic-law
	// duty: Confiscation art., para. 8 opportunity-before-lifting
}

// A de minimis value is a ground only where the requested State judges
// it so (para. 7); until it has, the assessment says what its answer would
// change.
func ExampleAssess_undetermined() {
	f := exampleFacts()
	f.DeMinimisValue = convention.Unassessed
	dec, _ := confiscation.Assess(exampleRequest(), exampleProfile(), f)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	for _, w := range dec.WhatIfs() {
		fmt.Printf("%s: if yes %s, if no %s\n", w.Fact.Describe().Name, w.IfYes, w.IfNo)
	}
	// Output:
	// undetermined - Confiscation art., para. 7
	// de-minimis-value: if yes may-refuse, if no obliged
}

// Lifting a freezing order for insufficient evidence is allowed (para. 7),
// but not before the requesting State could argue for it (para. 8).
func ExampleReview() {
	f := exampleFacts()
	f.SufficientEvidence = convention.No
	lift := confiscation.Response{Action: confiscation.ActionLift, Grounds: convention.SetOf(confiscation.GroundEvidence)}
	dec, _ := confiscation.Review(exampleRequest(), exampleProfile(), f, lift)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	for _, v := range dec.Violations.Slice() {
		fmt.Println("violation:", v.Describe().Name)
	}
	lift.Opportunity = true
	dec, _ = confiscation.Review(exampleRequest(), exampleProfile(), f, lift)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	// Output:
	// unlawful - Confiscation art., para. 8
	// violation: lifted-without-opportunity
	// lawful - Confiscation art., para. 7
}

// A refusal on fiscal matters alone is never lawful (MLA art., para. 23,
// applied mutatis mutandis); nor is one for want of a treaty (para. 6).
func ExampleReview_barredGrounds() {
	f := exampleFacts()
	f.Fiscal = convention.Yes
	for _, g := range []confiscation.Term{confiscation.GroundFiscal, confiscation.GroundNoTreaty} {
		resp := confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(g), Reasons: true}
		dec, _ := confiscation.Review(exampleRequest(), exampleProfile(), f, resp)
		fmt.Println(g.Describe().Name, "->", dec.Outcome, dec.Violations.Slice())
	}
	// Output:
	// fiscal-matters -> unlawful [violation:refused-on-fiscal-ground-alone]
	// no-treaty -> unlawful [violation:refused-for-want-of-treaty]
}

func ExampleRequest_Validate() {
	r := exampleRequest()
	r.Order.Final = false
	r.Extent = ""
	r.RequestingAuthority = ""
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// MLA art., para. 16(a): RequestingAuthority: missing
	// Confiscation art., para. 3(b): Extent: missing
	// Confiscation art., para. 3(b): Order.Final: missing
}

func ExampleKinds() {
	k := confiscation.KindsOf(confiscation.KindProvisional, confiscation.KindEnforceOrder)
	for _, x := range k.All() {
		fmt.Println(x, "rests on", x.Cite(), "with the contents of", x.Contents())
	}
	// Output:
	// enforce-order rests on Confiscation art., para. 1(b) with the contents of Confiscation art., para. 3(b)
	// provisional-measures rests on Confiscation art., para. 2 with the contents of Confiscation art., para. 3(c)
}

func ExampleBasis_WithoutConviction() {
	for _, b := range []confiscation.Basis{confiscation.BasisConviction, confiscation.BasisFlight, confiscation.BasisUnknown} {
		fmt.Println(b, b.WithoutConviction())
	}
	// Output:
	// conviction no
	// flight yes
	//  unassessed
}

func ExampleTerm_MLA() {
	fmt.Println(confiscation.GroundEssentialInterests.MLA() == mla.GroundEssentialInterests, confiscation.GroundEssentialInterests.Describe().Cite)
	fmt.Println(confiscation.GroundDeMinimisValue.MLA() == mla.TermUnknown, confiscation.GroundDeMinimisValue.Describe().Cite)
	// Output:
	// true MLA art., para. 22(b)
	// true Confiscation art., para. 7
}

func ExampleRefusalGrounds() {
	for _, g := range confiscation.RefusalGrounds().Slice() {
		fmt.Println(g.Describe().Cite, g.Describe().Name)
	}
	fmt.Println("barred:", confiscation.BarredGrounds().Slice())
	// Output:
	// Cooperation art., para. 3 discrimination
	// MLA art., para. 10 no-dual-criminality
	// MLA art., para. 10 de-minimis
	// MLA art., para. 10 available-otherwise
	// MLA art., para. 22(a) non-conformity
	// MLA art., para. 22(b) essential-interests
	// MLA art., para. 22(c) domestic-prohibition
	// MLA art., para. 22(d) disproportionate
	// MLA art., para. 22(e) contrary-to-legal-system
	// Confiscation art., para. 7 offence-not-established
	// Confiscation art., para. 7 insufficient-or-untimely-evidence
	// Confiscation art., para. 7 property-de-minimis
	// Confiscation art., para. 9 bona-fide-third-parties
	// barred: [ground:bank-secrecy ground:fiscal-matters ground:no-treaty]
}

func ExampleRules() {
	for _, r := range confiscation.Rules()[:4] {
		fmt.Println(r.Cite, r.Field)
	}
	// Output:
	// Confiscation art., para. 3 Kinds
	// Confiscation art., para. 3 Purposes
	// Confiscation art., para. 3(a) Property
	// Confiscation art., para. 3(a) Statement
}

func ExampleDecision_Explain() {
	p := exampleProfile()
	p.Treaty, p.ArticleInLieu = convention.Yes, convention.No
	dec, _ := confiscation.Assess(exampleRequest(), p, exampleFacts())
	e := dec.Explain()
	fmt.Println(e.Decision, e.Outcome, len(e.Notes))
	fmt.Println(e.Notes[0][:60])
	// Output:
	// assessment obliged 2
	// the States are bound by a treaty of mutual legal assistance
}

func ExampleResponse_Validate() {
	resp := confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(confiscation.DutyReasons)}
	fmt.Println(resp.Validate())
	// Output:
	// Confiscation art., para. 7: Grounds: invalid: not a ground: duty:give-reasons
}

// A State's own de minimis threshold (para. 7): property below it is of a
// de minimis value; a value equal to it is not; a value in another
// currency is converted at the State's rate, never compared without one.
func ExampleThreshold_DeMinimis() {
	th := confiscation.Threshold{Amount: convention.MustMoney("EUR 1000"),
		Rates: []confiscation.Rate{{Currency: convention.MustCurrency("USD"), Value: decimal.RequireFromString("0.92")}}}
	for _, v := range []string{"EUR 999.99", "EUR 1000.00", "USD 1000", "KES 5000"} {
		j, err := th.DeMinimis([]confiscation.Property{{Description: "account balance", Value: convention.MustMoney(v)}})
		fmt.Println(v, "->", j, err)
	}
	// Output:
	// EUR 999.99 -> yes <nil>
	// EUR 1000.00 -> no <nil>
	// USD 1000 -> yes <nil>
	// KES 5000 -> unassessed Confiscation art., para. 7: Property[0].Value: inconsistent: an estimated value in KES cannot be compared with the de minimis threshold in EUR: the threshold gives no rate for KES
}
