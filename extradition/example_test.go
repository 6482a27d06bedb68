package extradition_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// A request as a central authority receives it: Spain asks Argentina, with
// which it has a bilateral extradition treaty, to surrender a person found
// in Argentina for trial for two offences, one established under the
// Convention (illegal access) and one not (document forgery). The request
// is in Spanish with an English translation and invokes both the treaty and
// the Convention. Nothing of the form is lost: the decision says which
// offence brings the request within the article, on what basis, and what
// the basis invoked changes.
func Example_workedRequest() {
	r := extradition.Request{
		Ref:        "EXT/2026/0318",
		Date:       convention.MustDate("2026-09-14"),
		Requesting: convention.MustPartyID("ESP"),
		Requested:  convention.MustPartyID("ARG"),
		Person: extradition.Person{Name: "R. Gómez", Role: convention.PersonAccused,
			InRequestedState: convention.Yes, National: convention.No},
		Offences: []extradition.Charge{
			{
				Offence: convention.Offence{Conduct: "entering a ministry's e-mail servers without right",
					Name: "acceso ilícito a sistemas de información", Established: "illegal-access",
					MaxPenalty: convention.Imprisonment(3, 0)},
				Requested: convention.Characterisation{Criminal: convention.Yes, Name: "acceso ilegítimo a un sistema informático"},
			},
			{
				Offence: convention.Offence{Conduct: "forging a public document to open the accounts",
					Name: "falsedad documental", MaxPenalty: convention.Imprisonment(3, 0)},
				Requested: convention.Characterisation{Criminal: convention.Yes, Name: "falsificación de documento público"},
			},
		},
		Purpose:  extradition.PurposeProsecution,
		Basis:    convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention}, Treaty: "Tratado de Extradición entre España y Argentina (1987)"},
		Language: convention.In(language.Spanish, language.English),
		Transmission: convention.Transmission{Sent: convention.MustDate("2026-09-15"), Means: convention.MeansDiplomatic,
			Reference: "NV 412/2026"},
		Attachments: []convention.Attachment{
			{Kind: convention.AttachmentWarrant, Title: "Auto de prisión", Language: language.Spanish},
			{Kind: convention.AttachmentTranslation, Title: "Arrest warrant (translation)", Language: language.English},
		},
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.Yes,
		Notification: extradition.NotifiedConvention}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, NationalityGround: convention.No,
		ConsultAppropriate: convention.Yes,
	}
	d, err := extradition.Assess(r, p, f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	e := d.Explain()
	for _, v := range e.Values {
		fmt.Printf("%s = %s\n", v.Name, v.Value)
	}
	fmt.Println("language:", r.Language.Original, "with translations", r.Language.Translations)
	// Output:
	// obliged - Extradition art., para. 3
	// article-applies = yes
	// offences[0].scope = covered
	// offences[1].scope = not-covered
	// legal-basis = treaty
	// basis-invoked = treaty,convention
	// language: es with translations [en]
}

// France asks Brazil, which makes extradition conditional on a treaty, has
// none with France and took the Convention as its legal basis, to surrender
// a Brazilian national for trial; Brazil's law bars the extradition of its
// nationals (para. 7), and France asks that the case be submitted for
// prosecution if extradition is refused (para. 10).
func ExampleAssess() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right and transferring funds", Established: "computer-fraud"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotifiedConvention}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, NationalityGround: convention.Yes,
		ConsultAppropriate: convention.Yes,
	}
	d, err := extradition.Assess(r, p, f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite, "- basis:", d.Basis.Basis)
	for _, g := range d.Available.Slice() {
		fmt.Printf("  may refuse: %s (%s)\n", g, g.Describe().Cite)
	}
	for _, t := range d.Duties.Slice() {
		fmt.Printf("  duty: %s (%s)\n", t, t.Describe().Cite)
	}
	// Output:
	// may-refuse - Extradition art., para. 7 - basis: convention
	//   may refuse: nationality (Extradition art., para. 7)
	//   duty: submit-for-prosecution (Extradition art., para. 10)
	//   duty: fair-treatment (Extradition art., para. 13)
	//   duty: consult-before-refusing (Extradition art., para. 15)
}

// A judgement not yet made leaves the assessment undetermined only where it
// could decide whether the State must extradite; the decision says what
// each answer would change.
func ExampleAssess_undetermined() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.No},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right and transferring funds", Established: "computer-fraud"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose: extradition.PurposeProsecution,
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.Yes}
	f := extradition.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No}, DomesticGround: convention.No}
	d, _ := extradition.Assess(r, p, f)
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, w := range d.WhatIfs() {
		fmt.Printf("if %s: yes gives %s, no gives %s\n", w.Fact, w.IfYes, w.IfNo)
	}
	// Output:
	// undetermined - Extradition art., para. 7
	// if minimum-penalty-met: yes gives obliged, no gives may-refuse
}

// Brazil proposes to refuse to surrender its national, without submitting
// the case for prosecution as France asked and without consulting France;
// then to refuse and submit, after consulting.
func ExampleReview() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right and transferring funds", Established: "computer-fraud"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.Yes}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, NationalityGround: convention.Yes,
		ConsultAppropriate: convention.Yes,
	}
	refusal := extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)}
	d, err := extradition.Review(r, p, f, refusal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "- the assessment:", d.Assessed)
	for _, t := range d.Violations.Slice() {
		fmt.Printf("  violation: %s (%s)\n", t, t.Describe().Cite)
	}
	refusal.Action, refusal.Consulted = extradition.ActionRefuseAndSubmit, true
	d, _ = extradition.Review(r, p, f, refusal)
	fmt.Println(d.Outcome)
	// Output:
	// unlawful - the assessment: may-refuse
	//   violation: no-submission-for-prosecution (Extradition art., para. 10)
	//   violation: refusal-without-consultation (Extradition art., para. 15)
	// lawful
}

// Refusing because the offence involves fiscal matters, and on nothing
// else, breaks para. 14, whether the refusal names the fiscal element or a
// ground of domestic law whose substance it is.
func ExampleReview_fiscal() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.No},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "evading customs duties through falsified electronic invoices", Established: "computer-fraud"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
			Fiscal:    true,
		}},
		Purpose: extradition.PurposeProsecution,
	}
	p := extradition.Profile{TreatyConditional: convention.No}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, NationalityGround: convention.No, ConsultAppropriate: convention.Yes,
		// Brazil's law has a fiscal-offence exception, and it applies.
		DomesticGround: convention.Yes, DomesticGroundFiscal: convention.Yes,
	}
	for _, g := range []extradition.Term{extradition.GroundFiscal, extradition.GroundDomestic} {
		refusal := extradition.Response{Action: extradition.ActionRefuse, Consulted: true, Grounds: convention.SetOf(g)}
		d, _ := extradition.Review(r, p, f, refusal)
		fmt.Println("refusal on", g, "->", d.Outcome, d.Violations.Slice())
	}
	// Output:
	// refusal on fiscal-matters -> unlawful [fiscal-sole-ground]
	// refusal on domestic-law-or-treaty -> unlawful [fiscal-sole-ground]
}

// Prepare validates a request once; each new set of judgements, each
// proposed response, is then decided without validating the request again.
func ExamplePrepare() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("DEU"), Requested: convention.MustPartyID("KEN"),
		Person: extradition.Person{Name: "M. Mustermann", InRequestedState: convention.Yes, National: convention.No},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "deploying ransomware against a hospital's systems", Established: "system-interference"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose: extradition.PurposeProsecution,
	}
	p := extradition.Profile{TreatyConditional: convention.No,
		Offences: convention.MustCatalogue("illegal-access", "system-interference", "computer-fraud")}
	pr, err := extradition.Prepare(r, p)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, domestic := range []convention.Judgement{convention.Unassessed, convention.No, convention.Yes} {
		f := extradition.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No},
			MinimumPenaltyMet: convention.Yes, NationalityGround: convention.No, DomesticGround: domestic,
			ConsultAppropriate: convention.Yes}
		d, _ := pr.Assess(f)
		fmt.Println("domestic ground", domestic, "->", d.Outcome)
	}
	// Output:
	// domestic ground unassessed -> undetermined
	// domestic ground no -> obliged
	// domestic ground yes -> may-refuse
}

// A case system talking JSON sends the request, profile and judgements as
// JSON, and stores the decision's JSON form: its explanation, with the
// values it computed.
func ExampleAssess_json() {
	in := []byte(`{
	  "request": {
	    "requesting": "FRA", "requested": "BRA",
	    "person": {"name": "J. Doe", "in_requested_state": "yes", "national": "no", "role": "accused"},
	    "offences": [{"offence": {"conduct": "accessing a bank's payment servers without right", "established": "illegal-access"},
	                  "requested": {"criminal": "yes"}}],
	    "purpose": "prosecution",
	    "basis": {"invoked": ["convention"]},
	    "language": {"original": "fr", "translations": ["pt"]}
	  },
	  "profile": {"treaty_conditional": "yes", "treaty": "no", "notification": "takes-convention"},
	  "facts": {"discrimination": {"belief": "no"}, "minimum_penalty_met": "yes", "domestic_ground": "no",
	            "nationality_ground": "yes", "consult_appropriate": "yes"}
	}`)
	var c struct {
		Request extradition.Request `json:"request"`
		Profile extradition.Profile `json:"profile"`
		Facts   extradition.Facts   `json:"facts"`
	}
	if err := json.Unmarshal(in, &c); err != nil {
		fmt.Println(err)
		return
	}
	d, err := extradition.Assess(c.Request, c.Profile, c.Facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := json.Marshal(d)
	var e struct {
		Outcome string `json:"outcome"`
		Values  []struct {
			Name, Value string
		} `json:"values"`
	}
	_ = json.Unmarshal(out, &e)
	fmt.Println(e.Outcome)
	for _, v := range e.Values {
		fmt.Println(v.Name, "=", v.Value)
	}
	// Output:
	// obliged
	// article-applies = yes
	// offences[0].scope = covered
	// legal-basis = convention
	// basis-invoked = convention
}

func ExampleDecideScope() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes},
		Offences: []extradition.Charge{
			{Offence: convention.Offence{Conduct: "accessing a bank's payment servers without right", Established: "illegal-access"},
				Requested: convention.Characterisation{Criminal: convention.Yes}},
			// A separate serious crime the article does not cover (para. 2).
			{Offence: convention.Offence{Conduct: "laundering the proceeds through virtual assets", MaxPenalty: convention.Imprisonment(10, 0)},
				Requested: convention.Characterisation{Criminal: convention.Yes}},
		},
		Purpose: extradition.PurposeProsecution,
	}
	for _, choice := range []convention.Judgement{convention.Unassessed, convention.Yes} {
		s, _ := extradition.DecideScope(r, extradition.Facts{Accessory: choice})
		fmt.Println(s.Outcome, "- the State's choice under para. 2:", choice)
		for i := 0; i < s.Len(); i++ {
			fmt.Printf("  offence %d: %+v\n", i, s.Offence(i))
		}
	}
	// Output:
	// satisfied - the State's choice under para. 2: unassessed
	//   offence 0: {Covered:yes Accessory:no Applied:false}
	//   offence 1: {Covered:no Accessory:yes Applied:false}
	// satisfied - the State's choice under para. 2: yes
	//   offence 0: {Covered:yes Accessory:no Applied:false}
	//   offence 1: {Covered:no Accessory:yes Applied:true}
}

func ExampleDecideBasis() {
	for _, p := range []extradition.Profile{
		{TreatyConditional: convention.Yes, Treaty: convention.Yes},
		{TreatyConditional: convention.No},
		{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotifiedConvention},
		{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotifiedNoConvention},
		{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotNotified},
	} {
		b, _ := extradition.DecideBasis(p, extradition.Facts{})
		fmt.Printf("%s %q - %s\n", b.Outcome, b.Basis, b.Cite)
	}
	// Output:
	// satisfied "treaty" - Extradition art., para. 3
	// satisfied "domestic-law" - Extradition art., para. 6
	// satisfied "convention" - Extradition art., para. 4
	// not-satisfied "none" - Extradition art., para. 4
	// discretionary "" - Extradition art., para. 4
}

func ExampleDecideProvisional() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right", Established: "illegal-access"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose:     extradition.PurposeProsecution,
		Provisional: extradition.MeasureCustody,
		Urgency:     convention.Urgency{Urgent: true, Reasons: "the person has booked a flight abroad"},
	}
	// The requesting State's word is not the requested State's satisfaction.
	f := extradition.Facts{Warranted: convention.Yes, ProvisionalLaw: convention.Yes}
	p, _ := extradition.DecideProvisional(r, f)
	fmt.Println(p.Outcome, p.Needed.Slice())
	f.Urgent = convention.Yes
	p, _ = extradition.DecideProvisional(r, f)
	fmt.Println(p.Outcome, p.Available.Slice(), p.Duties.Slice())
	// Output:
	// undetermined [circumstances-urgent]
	// discretionary [custody-or-other-measures] [fair-treatment]
}

func ExampleRequest_Validate() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("FRA"),
		Person: extradition.Person{Name: "J. Doe", Role: convention.PersonWitness},
		Offences: []extradition.Charge{{Offence: convention.Offence{Established: "illegal-access"},
			Requested: convention.Characterisation{Criminal: convention.Yes}}},
		Purpose:  extradition.PurposeEnforcement,
		Language: convention.In(language.French, language.French),
	}
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p, "@", p.Path)
	}
	// Output:
	// Cooperation art., para. 2: Offences[0].Offence.Conduct: missing: dual criminality turns on the conduct, not on the offence's name @ offences[0].offence.conduct
	// Extradition art., para. 1: Language.Translations[0]: inconsistent: a translation into the original's own language (fr) @ language.translations[0]
	// Extradition art., para. 1: Person.Role: inconsistent: the person sought for extradition is the alleged offender or the person sentenced (suspect, accused or other), not a witness @ person.role
	// Extradition art., para. 1: Requested: inconsistent: a State does not request extradition from itself @ requested
	// Extradition art., para. 12: Sentence.Imposed: missing: extradition is sought to enforce a sentence @ sentence.imposed
}

func ExampleRules() {
	for _, r := range extradition.Rules()[:3] {
		fmt.Printf("%s %s: %q\n", r.Cite, r.Field, r.Quote)
	}
	// Output:
	// Extradition art., para. 1 Requesting: "the requesting State Party"
	// Extradition art., para. 1 Requested: "the requested State Party"
	// Extradition art., para. 1 Requested: "both the requesting State Party and the requested State Party"
}

func ExampleTerm_Describe() {
	d := extradition.GroundFiscal.Describe()
	fmt.Println(d.Kind, d.Cite, d.Name)
	fmt.Println(d.Text)
	// Output:
	// ground Extradition art., para. 14 fiscal-matters
	// the offence is also considered to involve fiscal matters
}

func ExampleDecision_Ground() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right", Established: "illegal-access"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose: extradition.PurposeProsecution,
	}
	f := extradition.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No}
	d, _ := extradition.Assess(r, extradition.Profile{TreatyConditional: convention.No}, f)
	for _, g := range extradition.RefusalGrounds() {
		fmt.Println(g, d.Ground(g))
	}
	// Output:
	// discrimination no
	// no-legal-basis no
	// minimum-penalty no
	// domestic-law-or-treaty no
	// nationality unassessed
	// fiscal-matters no
}

// A review's explanation, as a lawyer reads it: every test applied, in the
// order of the text, the grounds and duties, the values computed and the
// notes.
func ExampleDecision_String() {
	r := extradition.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence:   convention.Offence{Conduct: "accessing a bank's payment servers without right", Established: "illegal-access"},
			Requested: convention.Characterisation{Criminal: convention.Yes},
		}},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
	f := extradition.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, NationalityGround: convention.Yes,
		ConditionalLaw: convention.Yes, ConditionalAgreed: convention.Yes}
	conditional := extradition.Response{Action: extradition.ActionExtraditeConditionally}
	d, _ := extradition.Review(r, extradition.Profile{TreatyConditional: convention.No}, f, conditional)
	s := d.String()
	fmt.Println(s[:strings.Index(s, "\n")])
	fmt.Println(s[strings.Index(s, "  grounds available:"):])
	// Output:
	// review of response: lawful (Extradition art., para. 7)
	//   grounds available:
	//     - Extradition art., para. 7: the person sought is a national of the requested State, and its domestic law or the applicable extradition treaty bars the extradition of nationals or provides nationality as a ground of refusal (the article makes nationality no ground in itself; paras. 10 to 12 attach duties to such a refusal)
	//     - Extradition art., para. 11: surrender of the national on condition of return to serve the sentence, on terms both States agree, which discharges the obligation of para. 10
	//   duties:
	//     - Extradition art., para. 13: guarantee the person fair treatment at all stages of the proceedings, including all the rights and guarantees of the domestic law of the State where the person is present
	//   values:
	//     - article-applies (Extradition art., para. 1): yes
	//     - offences[0].scope (Extradition art., para. 1): covered
	//     - legal-basis (Extradition art., para. 6): domestic-law
	//     - basis-invoked (Extradition art., para. 4): not-stated
	//     - assessment (Extradition art., para. 7): may-refuse
	//     - response (Extradition art., para. 7): extradite-conditionally
	//   note: response: extradite-conditionally
	//   note: assessment: may-refuse
	//   note: legal basis: domestic-law
	//   note: the request states no legal basis: it is decided as any other, the article applying as para. 1 says and the basis found on paras. 3 to 6; the requested State does not make extradition conditional on a treaty: it recognises the offences as extraditable under its law (para. 6), whatever basis is invoked
}

func ExampleResponse_Validate() {
	s := extradition.Response{Action: extradition.ActionExtradite,
		Grounds: convention.SetOf(extradition.GroundNationality), EnforcementConsidered: true}
	for _, p := range convention.AsProblems(s.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// Extradition art., para. 7: Grounds: inconsistent: a surrender relies on no ground of refusal
	// Extradition art., para. 12: EnforcementConsidered: inconsistent: enforcement in the requested State follows only a refusal
}

func ExampleFacts_Validate() {
	f := extradition.Facts{Urgent: 5}
	fmt.Println(f.Validate())
	// Output:
	// Extradition art., para. 9: Urgent: invalid: not a judgement: 5
}
