package extradition_test

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// request is France's request to Brazil for the surrender of a Brazilian
// national, found in Brazil, for trial for computer fraud; the request
// also includes the laundering of the proceeds, an offence the article
// does not cover.
func request() extradition.Request {
	return extradition.Request{
		Ref:        "EXT-2026-0042",
		Date:       convention.MustDate("2026-11-26"),
		Requesting: convention.MustPartyID("FRA"),
		Requested:  convention.MustPartyID("BRA"),
		Person:     extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{
			{
				Offence: convention.Offence{
					Conduct:     "accessing a bank's payment servers without right and transferring funds",
					Name:        "escroquerie informatique",
					Established: "computer-fraud",
					MaxPenalty:  convention.Imprisonment(7, 0),
				},
				Requested: convention.Characterisation{Criminal: convention.Yes, Name: "estelionato eletrônico"},
			},
			{
				Offence: convention.Offence{
					Conduct:    "laundering the proceeds through virtual assets",
					Name:       "blanchiment",
					MaxPenalty: convention.Imprisonment(10, 0),
				},
				Requested: convention.Characterisation{Criminal: convention.Yes, Name: "lavagem de dinheiro"},
			},
		},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
}

// profile: Brazil makes extradition conditional on a treaty, has none with
// France, and informed the Secretary-General that it takes the Convention
// as the legal basis.
var profile = extradition.Profile{
	TreatyConditional: convention.Yes,
	Treaty:            convention.No,
	Notification:      extradition.NotifiedConvention,
}

// facts are Brazil's judgements in the case: its law bars the extradition
// of its nationals (para. 7), and no other ground applies.
var facts = extradition.Facts{
	Discrimination:     convention.DiscriminationFacts{Belief: convention.No},
	MinimumPenaltyMet:  convention.Yes,
	DomesticGround:     convention.No,
	NationalityGround:  convention.Yes,
	ConsultAppropriate: convention.Yes,
}

func printResult(r convention.Result[extradition.Term]) {
	fmt.Println(r.Outcome, "-", r.Cite)
	for _, s := range []struct {
		name string
		set  convention.Set[extradition.Term]
	}{{"available", r.Available}, {"barred", r.Barred}, {"duty", r.Duties}, {"violation", r.Violations}, {"needed", r.Needed}} {
		for _, t := range s.set.Slice() {
			fmt.Printf("  %s: %s (%s)\n", s.name, t, t.Describe().Cite)
		}
	}
}

func ExampleAssess() {
	a, err := extradition.Assess(request(), profile, facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	printResult(a.Result)
	fmt.Println("basis:", a.Basis.Basis)
	// Output:
	// may-refuse - Extradition art., para. 7
	//   available: apply-to-other-serious-crimes (Extradition art., para. 2)
	//   available: nationality (Extradition art., para. 7)
	//   duty: submit-for-prosecution (Extradition art., para. 10)
	//   duty: fair-treatment (Extradition art., para. 13)
	//   duty: consult-before-refusing (Extradition art., para. 15)
	// basis: convention
}

// An unassessed judgement leaves the assessment undetermined, with what
// assessing it would change.
func ExampleAssess_undetermined() {
	f := facts
	f.MinimumPenaltyMet = convention.Unassessed
	r := request()
	r.Person.National = convention.No
	a, _ := extradition.Assess(r, profile, f)
	printResult(a.Result)
	for _, w := range a.WhatIfs() {
		fmt.Printf("  if %s: yes gives %s, no gives %s\n", w.Fact, w.IfYes, w.IfNo)
	}
	// Output:
	// undetermined - Extradition art., para. 7
	//   available: apply-to-other-serious-crimes (Extradition art., para. 2)
	//   duty: fair-treatment (Extradition art., para. 13)
	//   needed: minimum-penalty-met (Extradition art., para. 7)
	//   if minimum-penalty-met: yes gives obliged, no gives may-refuse
}

func ExampleReview() {
	// Brazil refuses because J. Doe is its national, without submitting the
	// case for prosecution as France asked, and without consulting France.
	refusal := extradition.Response{Action: extradition.ActionRefuse,
		Grounds: convention.SetOf(extradition.GroundNationality)}
	v, _ := extradition.Review(request(), profile, facts, refusal)
	printResult(v.Result)

	// Refusing and submitting the case, after consultation, is lawful.
	refusal.Action, refusal.Consulted = extradition.ActionRefuseAndSubmit, true
	v, _ = extradition.Review(request(), profile, facts, refusal)
	fmt.Println(v.Outcome)
	// Output:
	// unlawful - Extradition art., para. 10
	//   available: apply-to-other-serious-crimes (Extradition art., para. 2)
	//   available: nationality (Extradition art., para. 7)
	//   duty: submit-for-prosecution (Extradition art., para. 10)
	//   duty: fair-treatment (Extradition art., para. 13)
	//   duty: consult-before-refusing (Extradition art., para. 15)
	//   violation: no-submission-for-prosecution (Extradition art., para. 10)
	//   violation: refusal-without-consultation (Extradition art., para. 15)
	// lawful
}

// Refusing on the ground that the offence also involves fiscal matters,
// and on nothing else, breaks para. 14.
func ExampleReview_fiscal() {
	r := request()
	r.Person.National = convention.No
	r.Offences[0].Fiscal = true
	refusal := extradition.Response{Action: extradition.ActionRefuse, Consulted: true,
		Grounds: convention.SetOf(extradition.GroundFiscal)}
	v, _ := extradition.Review(r, profile, facts, refusal)
	for _, t := range v.Violations.Slice() {
		fmt.Println(t.Describe().Cite, "-", t)
	}
	// Output:
	// Extradition art., para. 7 - refusal-without-ground
	// Extradition art., para. 14 - fiscal-sole-ground
}

func ExampleDecideScope() {
	s, _ := extradition.DecideScope(request(), facts)
	fmt.Println(s.Outcome, "-", s.Cite)
	for i := 0; i < s.Len(); i++ {
		o := s.Offence(i)
		fmt.Printf("offence %d: covered %s, para. 2 power %s, applied %t\n", i, o.Covered, o.Accessory, o.Applied)
	}
	// Output:
	// satisfied - Extradition art., para. 1
	// offence 0: covered yes, para. 2 power no, applied false
	// offence 1: covered no, para. 2 power yes, applied false
}

func ExampleScope_Offence() {
	f := facts
	f.Accessory = convention.Yes // Brazil chooses to apply the article to the laundering too
	s, _ := extradition.DecideScope(request(), f)
	fmt.Printf("%+v\n", s.Offence(1))
	// Output:
	// {Covered:no Accessory:yes Applied:true}
}

func ExampleDecideBasis() {
	for _, p := range []extradition.Profile{
		{TreatyConditional: convention.Yes, Treaty: convention.Yes},
		{TreatyConditional: convention.No},
		profile,
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
	r := request()
	r.Provisional, r.Urgency = extradition.MeasureCustody, convention.Urgency{Urgent: true, Reasons: "the person has booked a flight abroad"}
	f := facts
	f.Warranted, f.Urgent, f.ProvisionalLaw = convention.Yes, convention.Yes, convention.Yes
	p, _ := extradition.DecideProvisional(r, f)
	printResult(p.Result)
	fmt.Println("measure asked:", p.Measure)
	// Output:
	// discretionary - Extradition art., para. 9
	//   available: custody-or-other-measures (Extradition art., para. 9)
	//   duty: fair-treatment (Extradition art., para. 13)
	// measure asked: custody
}

func ExampleRequest_Validate() {
	r := request()
	r.Requested = r.Requesting
	r.Offences[1].Offence.Conduct = ""
	r.Purpose = extradition.PurposeEnforcement
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// Cooperation art., para. 2: Offences[1].Offence.Conduct: missing: dual criminality turns on the conduct, not on the offence's name
	// Extradition art., para. 1: Requested: inconsistent: a State does not request extradition from itself
	// Extradition art., para. 10: SubmitIfRefused: inconsistent: submission for prosecution concerns an alleged offender, not a sentence to enforce (see para. 12)
	// Extradition art., para. 12: Sentence.Imposed: missing: extradition is sought to enforce a sentence
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
	a, _ := extradition.Assess(request(), profile, facts)
	for _, g := range extradition.RefusalGrounds() {
		fmt.Println(g, a.Ground(g))
	}
	// Output:
	// discrimination no
	// no-legal-basis no
	// minimum-penalty no
	// domestic-law-or-treaty no
	// nationality yes
	// fiscal-matters no
}

func ExampleDecision_String() {
	r := request()
	r.Offences = r.Offences[:1]
	refusal := extradition.Response{Action: extradition.ActionExtraditeConditionally}
	f := facts
	f.ConditionalLaw, f.ConditionalAgreed = convention.Yes, convention.Yes
	v, _ := extradition.Review(r, profile, f, refusal)
	fmt.Print(v)
	// Output:
	// review of response: lawful (Extradition art., para. 7)
	//   1. Cooperation art., para. 2: Is the conduct underlying an offence established under the Convention a criminal offence under the laws of the requested State, whatever the category or name it gives the offence? yes (conduct compared: [0] "accessing a bank's payment servers without right and transferring funds"; names not compared)
	//   2. Cooperation art., para. 3: Has the requested State substantial grounds for believing the request was made to prosecute or punish the person on account of sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would prejudice the person's position for one of those reasons? no
	//   3. Cooperation art., para. 3: Does the non-discrimination clause leave the requested State under no obligation to extradite? no
	//   4. Extradition art., para. 1: Is an offence for which extradition is sought established under the Convention? yes
	//   5. Extradition art., para. 1: Is the person who is the subject of the request located in the territory of the requested State? yes
	//   6. Extradition art., para. 1: Is such an offence punishable under the domestic law of both the requesting and the requested State (its underlying conduct criminal under both, Cooperation art., para. 2)? yes
	//   7. Extradition art., para. 1: Does the article apply: an offence established under the Convention, punishable in both States, and the person located in the requested State? yes
	//   8. Extradition art., para. 3: Is an extradition treaty in force between the requesting and the requested State, in which the offences are deemed included as extraditable? no
	//   9. Extradition art., para. 4: Does the requested State make extradition conditional on the existence of a treaty? yes
	//   10. Extradition art., para. 4: Does the requested State consider the Convention the legal basis for extradition in this case? unassessed
	//   11. Extradition art., para. 5(a): Did the requested State inform the Secretary-General that it takes the Convention as the legal basis for cooperation on extradition? yes
	//   12. Extradition art., para. 7: Is the minimum penalty requirement for extradition of the requested State's law or the applicable treaty met? yes
	//   13. Extradition art., para. 7: Does a ground upon which the requested State may refuse extradition under its domestic law or the applicable treaty, other than the person's nationality, apply? no
	//   14. Extradition art., para. 7: Does the requested State's domestic law or the applicable extradition treaty bar the extradition of its nationals, or provide their nationality as a ground upon which it may refuse extradition (a law that permits their surrender only upon condition of return, para. 11, is such a law)? yes
	//   15. Extradition art., para. 10: Is the person sought a national of the requested State? yes
	//   16. Extradition art., para. 10: Is extradition sought to prosecute an alleged offender? yes
	//   17. Extradition art., para. 10: Has the requesting State asked that, if extradition is refused on the ground of nationality, the case be submitted for prosecution? yes
	//   18. Extradition art., para. 10: Does the response decline to extradite solely on the ground that the person is a national of the requested State? no
	//   19. Extradition art., para. 11: Does the requested State's domestic law permit it to surrender a national only on condition that the person be returned to serve the sentence imposed? yes
	//   20. Extradition art., para. 11: Have both States agreed to conditional surrender and to its terms? yes
	//   21. Extradition art., para. 12: Is extradition sought for the purpose of enforcing a sentence? no
	//   22. Extradition art., para. 14: Is an offence also considered to involve fiscal matters? no
	//   23. Extradition art., para. 15: Is it appropriate to consult the requesting State before refusing? yes
	//   grounds available:
	//     - Extradition art., para. 7: the person sought is a national of the requested State, and its domestic law or the applicable extradition treaty bars the extradition of nationals or provides nationality as a ground of refusal (the article makes nationality no ground in itself; paras. 10 to 12 attach duties to such a refusal)
	//     - Extradition art., para. 11: surrender of the national on condition of return to serve the sentence, on terms both States agree, which discharges the obligation of para. 10
	//   duties:
	//     - Extradition art., para. 13: guarantee the person fair treatment at all stages of the proceedings, including all the rights and guarantees of the domestic law of the State where the person is present
	//   values:
	//     - article-applies (Extradition art., para. 1): yes
	//     - offences[0].scope (Extradition art., para. 1): covered
	//     - legal-basis (Extradition art., para. 4): convention
	//     - basis-invoked (Extradition art., para. 4): not-stated
	//     - assessment (Extradition art., para. 7): may-refuse
	//     - response (Extradition art., para. 7): extradite-conditionally
	//   note: response: extradite-conditionally
	//   note: assessment: may-refuse
	//   note: legal basis: convention
	//   note: the request states no legal basis: it is decided as any other, the article applying as para. 1 says and the basis found on paras. 3 to 6
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
