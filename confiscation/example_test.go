package confiscation_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// France asks Kenya to give effect to a final French confiscation order
// over ransom held in a Nairobi account (para. 1(b)) and to freeze the
// account meanwhile (para. 2). Kenyan law gives effect to foreign orders
// and freezes on request, but cannot order confiscation itself: the routes
// open say so, and the Recovery art. duty to enable domestic orders is
// reported.
func ExampleAssess() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack on a hospital",
			Nature:     mla.NatureProsecution,
			Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts:      "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing and confiscation of the account balance",
			Aim: "enforcement of the confiscation order",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Made:              convention.MustDate("2026-11-02"),
		Kinds:             confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional),
		ConfiscationBasis: confiscation.BasisConviction,
		Property: []confiscation.Property{{Category: confiscation.CategoryProceeds, Asset: confiscation.AssetBankAccount,
			Description: "balance of account KE-ACC-001122", Value: convention.MustMoney("EUR 412000")}},
		Statement: "The ransom was traced to account KE-ACC-001122.",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Tribunal correctionnel de Paris",
			Court: true, Issued: convention.MustDate("2026-10-12"), AdmissibleCopy: true, Final: true},
		Extent: "the whole balance", ThirdParties: "the holder and the bank were notified",
		Actions: "freeze the account pending enforcement",
	}
	p := confiscation.Profile{
		Profile: mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General",
			Languages: []language.Tag{language.English, language.French}},
		Capacity: confiscation.Capacity{EnforceForeign: y, OrderDomestic: n, FreezeOnRequest: y, PreserveOther: y},
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, EssentialInterests: n,
			DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n,
			CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, InTerritory: y, SufficientEvidence: y, TimelyEvidence: y,
		DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n, OpportunityPossible: y,
	}
	dec, err := confiscation.Assess(r, p, f)
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

// A request written as a central authority receives it: Germany asks
// Kenya to give effect to a final order of the Landgericht Frankfurt
// confiscating the balance of a Nairobi bank account and the crypto assets
// held for the offender by a Kenyan exchange, and to freeze both meanwhile.
// The request is in German, with an English translation (Kenya notified
// English only), invokes this Convention, and names two offences: the
// unauthorised access, established under the Convention, and the
// laundering of its proceeds, charged under German law alone. Every item
// a decision depends on is entered: the translation makes the request
// conform (MLA art., para. 15); the total value in two currencies is
// compared with Kenya's de minimis threshold at its rate; and para. 7's
// ground reaches the laundering charge alone.
func Example_cryptoAndBankAccount() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Ref: "DE-BfJ-RH-2026-3310", Case: "LG Frankfurt 5/26 KLs 7/26",
		Requesting: convention.MustPartyID("DEU"), Requested: convention.MustPartyID("KEN"),
		Basis: convention.Under(convention.BasisConvention),
		Contents: mla.Contents{
			RequestingAuthority: "Bundesamt für Justiz, Referat Rechtshilfe",
			SubjectMatter:       "intrusion into a logistics company's systems and diversion of its payments",
			Nature:              mla.NatureProsecution,
			Conducting:          mla.Authority{Name: "Staatsanwaltschaft Frankfurt am Main (ZIT)", Functions: "public prosecutor"},
			Facts:               "In 2025 the offender accessed the company's accounting system and diverted EUR 1.9 million to accounts he controlled.",
			AssistanceSought:    "enforcement of the confiscation order; freezing of the account and of the crypto assets pending enforcement",
			Subjects: []mla.Subject{{Kind: mla.SubjectPerson, Identity: "J. Doe", Role: convention.PersonAccused, Nationality: "DE"},
				{Kind: mla.SubjectAccount, Identity: "KE12EQBL0000001122", Role: convention.PersonRoleNotGiven}},
			Aim: "enforcement of the final confiscation order of 14 September 2026",
		},
		Offences: convention.Offences{
			{Conduct: "accessing a company's accounting system without right", Name: "Ausspähen von Daten (§ 202a StGB)",
				Established: "illegal-access", MaxPenalty: convention.Imprisonment(3, 0)},
			{Conduct: "moving the diverted funds through accounts abroad", Name: "Geldwäsche (§ 261 StGB)",
				MaxPenalty: convention.Imprisonment(5, 0)},
		},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting,
		Language:     convention.In(language.German, language.English),
		Made:         convention.MustDate("2026-10-05"),
		Transmission: convention.Transmission{Sent: convention.MustDate("2026-10-06"), Means: convention.MeansElectronic, Reference: "BfJ-2026-77"},
		Confidentiality: convention.Confidentiality{NoNotice: true,
			Reasons: "notice before the freeze would let the holder move the assets"},
		Contacts: convention.Contacts{Requesting: convention.ContactPoint{Name: "Dr. A. Weber", Role: "public prosecutor",
			Email: "a.weber@sta-frankfurt.example", TimeZone: "Europe/Berlin"}},
		Attachments: []convention.Attachment{
			{Kind: convention.AttachmentOrder, Title: "Urteil des Landgerichts Frankfurt am Main", Language: language.German, Ref: "5/26 KLs 7/26"},
			{Kind: convention.AttachmentTranslation, Title: "Judgment of the Frankfurt Regional Court (translation)", Language: language.English},
			{Kind: convention.AttachmentLaw, Title: "§§ 73, 73c StGB"},
		},
		Kinds:             confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional),
		ConfiscationBasis: confiscation.BasisConviction,
		Property: []confiscation.Property{
			{Category: confiscation.CategoryProceeds, Asset: confiscation.AssetBankAccount, Identifier: "KE12EQBL0000001122",
				Holder: "Doe Logistics Ltd", Description: "balance of an account with Equity Bank", Location: "Nairobi",
				Value: convention.MustMoney("KES 98000000")},
			{Category: confiscation.CategoryProceeds, Asset: confiscation.AssetCrypto, Identifier: "exchange account 5521-77",
				Holder: "J. Doe", Description: "12.4 BTC held for the offender by a Kenyan exchange", Location: "Nairobi",
				Value: convention.MustMoney("EUR 760000")},
		},
		Statement: "The diverted payments were traced to the account and to purchases of bitcoin on the exchange.",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Landgericht Frankfurt am Main", Court: true,
			Ref: "5/26 KLs 7/26", Issued: convention.MustDate("2026-09-14"), AdmissibleCopy: true, Final: true},
		Extent:       "the whole balance and all crypto assets, up to EUR 1.9 million",
		ThirdParties: "the holders were served and heard; no third party claimed within the period set by the court",
		Actions:      "freeze the account and the exchange account pending enforcement",
	}
	p := confiscation.Profile{
		Profile: mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.English},
			Recognised: convention.MustCatalogue("illegal-access", "illegal-interference", "computer-fraud")},
		Capacity: confiscation.Capacity{EnforceForeign: y, OrderDomestic: y, FreezeOnOrder: y, FreezeOnRequest: y, PreserveOther: n},
		DeMinimis: confiscation.Threshold{Amount: convention.MustMoney("KES 500000"),
			Rates: []confiscation.Rate{{Currency: convention.MustCurrency("EUR"), Value: decimal.RequireFromString("140.25")}}},
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: y, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}},
			{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, CanKeepConfidential: y,
			EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n,
			InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, InTerritory: y, SufficientEvidence: y, TimelyEvidence: y,
		ThirdPartyRights: n, LiftRequired: n, OpportunityPossible: y,
	}
	dec, err := confiscation.Assess(r, p, f)
	if err != nil {
		panic(err)
	}
	fmt.Println(dec.Outcome, "-", dec.Cite)
	fmt.Println("language acceptable:", dec.Answer(confiscation.TestLanguage))
	fmt.Println("bank secrecy barred:", dec.Barred.Has(confiscation.GroundBankSecrecy))
	fmt.Println("confidentiality kept:", dec.Duties.Has(confiscation.DutyKeepConfidential))
	for _, v := range dec.Explain().Values {
		fmt.Printf("%s: %s\n", v.Name, v.Value)
	}
	// Output:
	// obliged - Confiscation art., para. 1
	// language acceptable: yes
	// bank secrecy barred: true
	// confidentiality kept: true
	// legal_basis: convention
	// regime: article
	// kinds: enforce-order, provisional-measures
	// routes: obtain-order, enforce-order, identify-trace, freeze-on-request
	// offences_established: 0
	// offences_not_established: 1
	// de_minimis_threshold: KES 500000
	// property_value: KES 204590000
	// de_minimis: no
	// de_minimis_by: threshold
}

// A de minimis value is a ground only where the requested State judges
// it so (para. 7); until it has, the assessment says what its answer would
// change.
func ExampleAssess_undetermined() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	p := confiscation.Profile{
		Profile:  mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}},
		Capacity: confiscation.Capacity{FreezeOnRequest: y, PreserveOther: y},
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, EssentialInterests: n,
			DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n,
			CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, SufficientEvidence: y, TimelyEvidence: y, ThirdPartyRights: n, LiftRequired: n,
	}
	dec, _ := confiscation.Assess(r, p, f)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	for _, w := range dec.WhatIfs() {
		fmt.Printf("%s: if yes %s, if no %s\n", w.Fact.Describe().Name, w.IfYes, w.IfNo)
	}
	// Output:
	// undetermined - Confiscation art., para. 7
	// de-minimis-value: if yes may-refuse, if no obliged
}

// A case system prepares a request once, when it arrives, and decides it
// again each time the requested State's judgements change: here the
// evidence is first found sufficient, then not (para. 7). Preparing also
// compares the property's value with the State's threshold, once.
func ExamplePrepare() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Property:  []confiscation.Property{{Description: "balance of account KE-ACC-001122", Value: convention.MustMoney("EUR 412000")}},
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	p := confiscation.Profile{
		Profile:   mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}},
		Capacity:  confiscation.Capacity{FreezeOnRequest: y, PreserveOther: y},
		DeMinimis: confiscation.Threshold{Amount: convention.MustMoney("EUR 5000")},
	}
	pr, err := confiscation.Prepare(r, p)
	if err != nil {
		panic(err)
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, EssentialInterests: n,
			DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n,
			CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, SufficientEvidence: y, TimelyEvidence: y, ThirdPartyRights: n, LiftRequired: n,
	}
	for _, sufficient := range []convention.Judgement{y, n} {
		f.SufficientEvidence = sufficient
		dec, err := pr.Assess(f)
		if err != nil {
			panic(err)
		}
		fmt.Println("sufficient evidence", sufficient, "->", dec.Outcome, dec.LiftGrounds().Slice())
	}
	// Output:
	// sufficient evidence yes -> obliged []
	// sufficient evidence no -> may-refuse [ground:insufficient-or-untimely-evidence]
}

// A request read from JSON as a case system sends it, and the decision
// written back as JSON: its outcome, citation and computed values.
func Example_json() {
	in := `{
	  "requesting": "FRA", "requested": "KEN",
	  "requesting_authority": "Ministère de la Justice", "subject_matter": "ransomware attack",
	  "nature": "prosecution", "conducting": {"name": "Parquet national cyber", "functions": "public prosecutor"},
	  "facts": "The ransom was paid into a Nairobi account.", "assistance_sought": "freezing of the account",
	  "aim": "eventual confiscation", "purposes": [],
	  "offences": [{"conduct": "encrypting a hospital's data for ransom", "established": "illegal-interference"}],
	  "channel": "central-authority", "form": "writing", "language": "fr",
	  "kinds": ["provisional-measures"],
	  "statement": "The ransom was traced to account KE-ACC-001122.", "actions": "freeze the account"
	}`
	var r confiscation.Request
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		panic(err)
	}
	var p confiscation.Profile
	if err := json.Unmarshal([]byte(`{"treaty": "no", "central_authority": "Office of the Attorney General",
	  "languages": ["fr"], "capacity": {"freeze_on_request": "yes"}}`), &p); err != nil {
		panic(err)
	}
	var f confiscation.Facts
	if err := json.Unmarshal([]byte(`{"jurisdiction": "yes", "discrimination": {"belief": "no"}, "third_party_rights": "yes"}`), &f); err != nil {
		panic(err)
	}
	dec, err := confiscation.Assess(r, p, f)
	if err != nil {
		panic(err)
	}
	out, err := json.Marshal(dec)
	if err != nil {
		panic(err)
	}
	var e struct {
		Outcome string `json:"outcome"`
		Cite    struct {
			Text string `json:"text"`
		} `json:"cite"`
		Values []convention.Value `json:"values"`
	}
	if err := json.Unmarshal(out, &e); err != nil {
		panic(err)
	}
	fmt.Println(e.Outcome, "-", e.Cite.Text)
	for _, v := range e.Values {
		fmt.Printf("%s: %s\n", v.Name, v.Value)
	}
	// Output:
	// may-refuse - Confiscation art., para. 9
	// legal_basis: not stated: decided as a request under the Convention
	// regime: article
	// kinds: provisional-measures
	// routes: identify-trace, freeze-on-request
	// de_minimis: unassessed
}

// Lifting a freezing order for insufficient evidence is allowed (para. 7),
// but not before the requesting State could argue for it (para. 8).
func ExampleReview() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	p := confiscation.Profile{
		Profile:  mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}},
		Capacity: confiscation.Capacity{FreezeOnRequest: y, PreserveOther: y},
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, EssentialInterests: n,
			DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n, InterferesOngoing: n,
			CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, SufficientEvidence: n, TimelyEvidence: y, DeMinimisValue: n, ThirdPartyRights: n,
		LiftRequired: n, OpportunityPossible: y,
	}
	lift := confiscation.Response{Action: confiscation.ActionLift, Grounds: convention.SetOf(confiscation.GroundEvidence)}
	dec, _ := confiscation.Review(r, p, f, lift)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	for _, v := range dec.Violations.Slice() {
		fmt.Println("violation:", v.Describe().Name)
	}
	lift.Opportunity = true
	dec, _ = confiscation.Review(r, p, f, lift)
	fmt.Println(dec.Outcome, "-", dec.Cite)
	// Output:
	// unlawful - Confiscation art., para. 8
	// violation: lifted-without-opportunity
	// lawful - Confiscation art., para. 7
}

// A request relating to two offences, one established under the
// Convention and one not: para. 7's ground ("if the offence to which the
// request relates is not an offence established under this Convention")
// reaches the second alone. Refusing the whole request on it breaks the
// duty of para. 2; refusing in part, as to the second offence, is lawful.
func ExampleReview_refusalInPart() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{
			{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"},
			{Conduct: "evading tax on the ransom", Name: "fraude fiscale"},
		},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	p := confiscation.Profile{
		Profile:  mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}},
		Capacity: confiscation.Capacity{FreezeOnRequest: y, PreserveOther: y},
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
			Offences:           []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}, {Requested: convention.Characterisation{Criminal: y}}},
			EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: n,
			InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, SufficientEvidence: y, TimelyEvidence: y, DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n,
	}
	refuse := confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(confiscation.GroundNotEstablished), Reasons: true}
	whole, _ := confiscation.Review(r, p, f, refuse)
	fmt.Println("the whole request:", whole.Outcome, whole.Violations.Slice())
	refuse.Offences = mla.OffencesOf(1)
	part, _ := confiscation.Review(r, p, f, refuse)
	fmt.Println("as to offence 2:", part.Outcome, "-", part.Cite)
	// Output:
	// the whole request: unlawful [violation:measures-refused-without-ground]
	// as to offence 2: lawful - Confiscation art., para. 7
}

// A refusal on fiscal matters alone is never lawful (MLA art., para. 23,
// applied mutatis mutandis); nor, for a State that makes the measures
// conditional on a treaty, is one for want of a treaty (para. 6: the
// Convention is "the necessary and sufficient treaty basis").
func ExampleReview_barredGrounds() {
	y, n := convention.Yes, convention.No
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	p := confiscation.Profile{
		Profile:         mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}},
		Capacity:        confiscation.Capacity{FreezeOnRequest: y, PreserveOther: y},
		TreatyCondition: true,
	}
	f := confiscation.Facts{
		Facts: mla.Facts{BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, EssentialInterests: n,
			DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n, Fiscal: y, InterferesOngoing: n,
			CostsAgreedOtherwise: n, SubstantialCosts: n, Discrimination: convention.DiscriminationFacts{Belief: n}},
		Jurisdiction: y, SufficientEvidence: y, TimelyEvidence: y, DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n,
	}
	for _, g := range []confiscation.Term{confiscation.GroundFiscal, confiscation.GroundNoTreaty} {
		resp := confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(g), Reasons: true}
		dec, _ := confiscation.Review(r, p, f, resp)
		fmt.Println(g.Describe().Name, "->", dec.Outcome, dec.Violations.Slice())
	}
	// Output:
	// fiscal-matters -> unlawful [violation:refused-on-fiscal-ground-alone]
	// no-treaty -> unlawful [violation:refused-for-want-of-treaty]
}

// Validate lists every problem at once, each with its paragraph and JSON
// path; those that are the request's lack of conformity are decided by
// Prepare, Assess and Review, not rejected.
func ExampleRequest_Validate() {
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "enforcement of the order", Aim: "confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindEnforceOrder),
		Statement: "The ransom was traced to account KE-ACC-001122.", ThirdParties: "the holder was notified",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Tribunal correctionnel de Paris",
			Court: true, AdmissibleCopy: true},
	}
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p, "at", p.Path)
	}
	// Output:
	// MLA art., para. 16(a): RequestingAuthority: missing at requesting_authority
	// Confiscation art., para. 3(b): Extent: missing at extent
	// Confiscation art., para. 3(b): Order.Final: missing at order.final
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
		fmt.Printf("%q %s\n", b, b.WithoutConviction())
	}
	// Output:
	// "conviction" no
	// "flight" yes
	// "" unassessed
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
	for _, r := range confiscation.Rules() {
		if strings.HasPrefix(r.Cite.String(), "Confiscation art., para. 3(b)") {
			fmt.Println(r.Cite, r.Field)
		}
	}
	// Output:
	// Confiscation art., para. 3(b) Order
	// Confiscation art., para. 3(b) Order.AdmissibleCopy
	// Confiscation art., para. 3(b) Order.Authority
	// Confiscation art., para. 3(b) Order.Final
	// Confiscation art., para. 3(b) Statement
	// Confiscation art., para. 3(b) Extent
	// Confiscation art., para. 3(b) ThirdParties
	// Confiscation art., para. 3(b) Order.Issued
}

// A request invoking only a bilateral treaty is not one of the "requests
// made pursuant to this article" (para. 3): the article does not apply,
// and the explanation says why.
func ExampleDecision_Explain() {
	r := confiscation.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Basis: convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: "France-Kenya MLA treaty"},
		Contents: mla.Contents{RequestingAuthority: "Ministère de la Justice", SubjectMatter: "ransomware attack",
			Nature: mla.NatureProsecution, Conducting: mla.Authority{Name: "Parquet national cyber", Functions: "public prosecutor"},
			Facts: "The ransom was paid into a Nairobi account.", AssistanceSought: "freezing of the account", Aim: "eventual confiscation"},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
		Kinds:     confiscation.KindsOf(confiscation.KindProvisional),
		Statement: "The ransom was traced to account KE-ACC-001122.", Actions: "freeze the account",
	}
	dec, _ := confiscation.Assess(r, confiscation.Profile{}, confiscation.Facts{})
	e := dec.Explain()
	fmt.Println(e.Decision, e.Outcome, e.Cite)
	v, _ := e.Value("legal_basis")
	fmt.Println("legal basis:", v)
	fmt.Println(e.Notes[0])
	// Output:
	// assessment not-applicable Confiscation art., para. 3
	// legal basis: treaty (France-Kenya MLA treaty)
	// the request invokes treaty (France-Kenya MLA treaty), not this Convention: it is not one of the "requests made pursuant to this article" (Confiscation art., para. 3), and the article does not apply to it; the obligations under the treaty invoked are not affected (MLA art., para. 7, applied mutatis mutandis)
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
