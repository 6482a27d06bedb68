package extradition

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// TestFastPathAgreesWithRules checks that the fast path of validation
// accepts exactly what the rule tables accept, on hostile values.
func TestFastPathAgreesWithRules(t *testing.T) {
	j := func(t *rapid.T, label string) convention.Judgement {
		return convention.Judgement(rapid.IntRange(0, 3).Draw(t, label))
	}
	rapid.Check(t, func(t *rapid.T) {
		f := Facts{
			Discrimination: convention.DiscriminationFacts{Belief: j(t, "Belief"),
				Grounds: convention.DiscriminationGrounds(rapid.Uint8().Draw(t, "Grounds"))},
			Accessory: j(t, "Accessory"), ConventionBasis: j(t, "ConventionBasis"), MinimumPenaltyMet: j(t, "MinimumPenaltyMet"),
			DomesticGround: j(t, "DomesticGround"), DomesticGroundFiscal: j(t, "DomesticGroundFiscal"), NationalityGround: j(t, "NationalityGround"), Warranted: j(t, "Warranted"), Urgent: j(t, "Urgent"),
			ProvisionalLaw: j(t, "ProvisionalLaw"), ConditionalLaw: j(t, "ConditionalLaw"),
			ConditionalAgreed: j(t, "ConditionalAgreed"), EnforcementLaw: j(t, "EnforcementLaw"),
			ConsultAppropriate: j(t, "ConsultAppropriate"),
		}
		if f.valid() != (len(rules.Run(f, factsChecks)) == 0) {
			t.Fatalf("Facts fast path disagrees: %+v", f)
		}
		r := Request{
			Requesting: convention.MustPartyID(rapid.SampledFrom([]string{"FRA", "BRA", "EU"}).Draw(t, "Requesting")),
			Requested:  convention.MustPartyID(rapid.SampledFrom([]string{"FRA", "BRA", "EU"}).Draw(t, "Requested")),
			Person:     Person{Name: rapid.SampledFrom([]string{"", "J. Doe"}).Draw(t, "Name"), InRequestedState: j(t, "In"), National: j(t, "National")},
			Purpose:    Purpose(rapid.IntRange(0, 3).Draw(t, "Purpose")),
			Sentence: Sentence{Imposed: rapid.SampledFrom([]convention.Penalty{{}, convention.Imprisonment(1, 0)}).Draw(t, "Imposed"),
				Remainder: rapid.SampledFrom([]convention.Penalty{{}, convention.Imprisonment(2, 0)}).Draw(t, "Remainder")},
			Provisional:      Measure(rapid.IntRange(0, 3).Draw(t, "Provisional")),
			SubmitIfRefused:  rapid.Bool().Draw(t, "Submit"),
			EnforceIfRefused: rapid.Bool().Draw(t, "Enforce"),
		}
		for i := rapid.IntRange(0, 3).Draw(t, "Offences"); i > 0; i-- {
			r.Offences = append(r.Offences, Charge{
				Offence:   convention.Offence{Conduct: rapid.SampledFrom([]string{"", "a", "b"}).Draw(t, "Conduct")},
				Requested: convention.Characterisation{Criminal: j(t, "Criminal")},
				Fiscal:    rapid.Bool().Draw(t, "Fiscal"),
			})
		}
		if r.valid() != (len(r.problems()) == 0) {
			t.Fatalf("Request fast path disagrees: %+v: %v", r, r.problems())
		}
		s := Response{Action: Action(rapid.IntRange(0, 5).Draw(t, "Action")),
			Grounds:               convention.SetOf(Term(rapid.IntRange(0, int(numTerms)).Draw(t, "Ground"))),
			EnforcementConsidered: rapid.Bool().Draw(t, "EnforcementConsidered")}
		if passes(s, responseChecks) != (len(rules.Run(s, responseChecks)) == 0) {
			t.Fatalf("Response fast path disagrees: %+v", s)
		}
		fast := validate(r, Profile{}, f, &s) == nil
		slow := len(r.problems())+len(rules.Run(f, factsChecks))+len(rules.Run(caseInput{r.view(), f}, caseChecks))+
			len(rules.Run(s, responseChecks))+
			len(rules.Run(reviewInput{r.view(), s}, reviewChecks)) == 0
		if fast != slow {
			t.Fatalf("validate disagrees: fast %v, slow %v", fast, slow)
		}
	})
}

// TestPassesTreatsPanicAsFailure checks the fast path's safety net.
func TestPassesTreatsPanicAsFailure(t *testing.T) {
	checks := []rules.Check[int]{{Test: func(int) (string, error) { panic("boom") }}}
	if passes(0, checks) {
		t.Fatal("a panicking check passed")
	}
	if ps := rules.Run(0, checks); len(ps) != 1 {
		t.Fatalf("RunChecks: %v", ps)
	}
}
