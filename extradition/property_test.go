package extradition_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/extradition/extraditiontest"
)

// draw draws a valid case: any request (or one the article covers), any
// profile and judgements, and a valid response.
func draw(t *rapid.T, covered bool) inputs {
	g := extraditiontest.Request()
	if covered {
		g = extraditiontest.CoveredRequest()
	}
	r := g.Draw(t, "r")
	return inputs{r: r, p: extraditiontest.Profile().Draw(t, "p"), f: extraditiontest.FactsFor(r).Draw(t, "f"),
		s: extraditiontest.ResponseFor(r).Draw(t, "s")}
}

func mustReview(t *rapid.T, in inputs) extradition.Decision {
	v, err := in.review()
	require.NoError(t, err)
	return v
}

func mustAssess(t *rapid.T, in inputs) extradition.Decision {
	a, err := in.assess()
	require.NoError(t, err)
	return a
}

func withFiscal(in inputs) inputs {
	in.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
	for i := range in.r.Offences {
		in.r.Offences[i].Fiscal = true
	}
	return in
}

// TestExtraditionPara14FiscalElementNeverMakesRefusalLawful: "may not
// refuse ... on the sole ground that the offence is also considered to
// involve fiscal matters". Adding a fiscal element to a request, in any of
// its forms (the offences marked as involving fiscal matters, the refusal
// relying on them, or the ground of domestic law found to be, in
// substance, that the offence involves fiscal matters), never turns a
// refusal that was not lawful into a lawful one, nor an unlawful one into
// one that is not.
func TestExtraditionPara14FiscalElementNeverMakesRefusalLawful(t *testing.T) {
	exercised := 0
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		in.s = extraditiontest.RefusalFor(in.r).Draw(t, "refusal")
		before := mustReview(t, in)
		offences := rapid.Bool().Draw(t, "offences")
		relied := rapid.Bool().Draw(t, "relied")
		substance := rapid.Bool().Draw(t, "substance")
		if offences || !relied && !substance {
			in = withFiscal(in)
		}
		if relied {
			in.s.Grounds = in.s.Grounds.With(extradition.GroundFiscal)
		}
		if substance {
			// The ground rests on fiscal matters only if the offence is
			// considered to involve them.
			in = withFiscal(in)
			in.f.DomesticGroundFiscal = convention.Yes
		}
		after := mustReview(t, in)
		if before.Outcome != convention.Lawful {
			exercised++
			assert.NotEqual(t, convention.Lawful, after.Outcome)
		}
		if before.Outcome == convention.Unlawful {
			assert.Equal(t, convention.Unlawful, after.Outcome)
		}
	})
	assert.Positive(t, exercised, "no refusal that was not lawful was drawn: the property was not exercised")
}

// TestExtraditionPara14FiscalSoleGroundNeverLawful: where the article
// applies, a refusal on the fiscal element alone is unlawful.
func TestExtraditionPara14FiscalSoleGroundNeverLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := withFiscal(draw(t, true))
		in.s = extraditiontest.RefusalFor(in.r).Draw(t, "refusal")
		in.s.Grounds = convention.SetOf(extradition.GroundFiscal)
		v := mustReview(t, in)
		assert.Equal(t, convention.Unlawful, v.Outcome)
		assert.True(t, v.Violations.Has(extradition.ViolationFiscalSole))
	})
}

// TestExtraditionPara14FiscalNeverAvailable: the fiscal element is never an
// available ground, by name or as a ground of domestic law whose substance
// it is; it is barred wherever the article may apply.
func TestExtraditionPara14FiscalNeverAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		a := mustAssess(t, in)
		assert.False(t, a.Available.Has(extradition.GroundFiscal))
		assert.Equal(t, convention.No, a.Ground(extradition.GroundFiscal))
		fiscal := in.f.DomesticGround != convention.No && in.f.DomesticGroundFiscal == convention.Yes
		if fiscal {
			assert.Equal(t, convention.No, a.Ground(extradition.GroundDomestic),
				"a domestic ground whose substance is fiscal matters is the ground para. 14 bars")
		}
		for _, c := range in.r.Offences {
			fiscal = fiscal || c.Fiscal
		}
		assert.Equal(t, fiscal && a.Scope.Applies() != convention.No, a.Barred.Has(extradition.GroundFiscal))
	})
}

// TestExtraditionPara1RenamingNeverChangesScope: dual criminality turns on
// the conduct; renaming or recategorising an offence in either State
// changes neither the scope nor the assessment.
func TestExtraditionPara1RenamingNeverChangesScope(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		renamed := in
		renamed.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
		for i := range renamed.r.Offences {
			c := &renamed.r.Offences[i]
			c.Offence.Name = rapid.StringN(0, 12, -1).Draw(t, "Name")
			c.Requested.Name = rapid.StringN(0, 12, -1).Draw(t, "RequestedName")
			c.Requested.Category = rapid.StringN(0, 12, -1).Draw(t, "Category")
		}
		s1, err := extradition.DecideScope(in.r, in.f)
		require.NoError(t, err)
		s2, err := extradition.DecideScope(renamed.r, renamed.f)
		require.NoError(t, err)
		assert.Equal(t, s1.Result, s2.Result)
		for i := 0; i < s1.Len(); i++ {
			assert.Equal(t, s1.Offence(i), s2.Offence(i))
		}
		assert.Equal(t, mustAssess(t, in).Result, mustAssess(t, renamed).Result)
	})
}

// TestExtraditionPara10RefusalSolelyForNationalityNeverLawfulWithoutSubmission:
// where the article applies and the requesting State asked for
// submission, declining to extradite a national solely because of
// nationality is unlawful unless the case is submitted for prosecution or
// surrender is conditional on terms para. 11 accepts.
func TestExtraditionPara10RefusalSolelyForNationalityNeverLawfulWithoutSubmission(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, true)
		in.r.Purpose, in.r.Sentence, in.r.EnforceIfRefused = extradition.PurposeProsecution, extradition.Sentence{}, false
		in.r.SubmitIfRefused, in.r.Person.National = true, convention.Yes
		if rapid.Bool().Draw(t, "conditional") {
			in.s = extradition.Response{Action: extradition.ActionExtraditeConditionally}
			if in.f.ConditionalLaw == convention.Yes && in.f.ConditionalAgreed == convention.Yes {
				in.f.ConditionalAgreed = rapid.SampledFrom([]convention.Judgement{convention.No, convention.Unassessed}).Draw(t, "agreed")
			}
		} else {
			in.s = extradition.Response{Action: extradition.ActionRefuse, Consulted: rapid.Bool().Draw(t, "consulted"),
				Grounds: convention.SetOf(extradition.GroundNationality)}
			if rapid.Bool().Draw(t, "fiscal") {
				in = withFiscal(in)
				in.s.Grounds = in.s.Grounds.With(extradition.GroundFiscal)
			}
		}
		v := mustReview(t, in)
		assert.NotEqual(t, convention.Lawful, v.Outcome)
		if in.s.Action == extradition.ActionRefuse {
			assert.True(t, v.Violations.Has(extradition.ViolationNoSubmission))
		}
	})
}

// TestExtraditionPara15LawfulRefusalConsultedWhereAppropriate: every
// refusal the review accepts, where the article applies and consultation
// was appropriate, followed consultation.
func TestExtraditionPara15LawfulRefusalConsultedWhereAppropriate(t *testing.T) {
	exercised := 0
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, true)
		in.s = extraditiontest.RefusalFor(in.r).Draw(t, "refusal")
		if rapid.Bool().Draw(t, "onAssessedGrounds") {
			// Half the refusals rest on the grounds the assessment finds
			// available, so that lawful refusals are often drawn.
			in.s.Grounds = mustAssess(t, in).Available.Intersect(convention.SetOf(extradition.RefusalGrounds()...))
		}
		v := mustReview(t, in)
		if v.Outcome == convention.Lawful && v.Scope.Applies() == convention.Yes && in.f.ConsultAppropriate == convention.Yes {
			exercised++
			assert.True(t, in.s.Consulted)
		}
	})
	assert.Positive(t, exercised, "no lawful refusal where consultation was appropriate was drawn: the property was not exercised")
}

// TestExtraditionPara2DiscretionNeverExercisedByLibrary: the article is
// extended to an offence it does not cover only by the requested State's
// own choice, and only where para. 2 opens the power; the choice changes
// no outcome.
func TestExtraditionPara2DiscretionNeverExercisedByLibrary(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		s, err := extradition.DecideScope(in.r, in.f)
		require.NoError(t, err)
		for i := 0; i < s.Len(); i++ {
			o := s.Offence(i)
			if o.Applied {
				assert.Equal(t, convention.Yes, in.f.Accessory)
				assert.Equal(t, convention.No, o.Covered)
				assert.Equal(t, convention.Yes, o.Accessory)
			}
			if o.Covered == convention.Yes {
				assert.Equal(t, convention.No, o.Accessory)
			}
		}
		other := in
		other.f.Accessory = rapid.SampledFrom([]convention.Judgement{convention.Yes, convention.No, convention.Unassessed}).Draw(t, "choice")
		assert.Equal(t, mustAssess(t, in).Outcome, mustAssess(t, other).Outcome)
	})
}

// TestExtraditionPara4ConventionNeverTakenForTheState: a treaty-conditional
// State without a treaty that made no notification and has not decided
// is never given the Convention as its legal basis.
func TestExtraditionPara4ConventionNeverTakenForTheState(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		in.p = extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotNotified}
		in.f.ConventionBasis = convention.Unassessed
		b, err := extradition.DecideBasis(in.p, in.f)
		require.NoError(t, err)
		assert.Equal(t, convention.Discretionary, b.Outcome)
		assert.NotEqual(t, extradition.BasisConvention, b.Basis)
		a := mustAssess(t, in)
		assert.NotEqual(t, convention.Obliged, a.Outcome)
	})
}

// TestExtraditionMayRefuseRestsOnAvailableGround: MayRefuse always names at
// least one available ground of refusal, and Obliged none.
func TestExtraditionMayRefuseRestsOnAvailableGround(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := mustAssess(t, draw(t, false))
		grounds := a.Available.Intersect(convention.SetOf(extradition.RefusalGrounds()...))
		switch a.Outcome {
		case convention.MayRefuse, convention.NoObligation, convention.Discretionary:
			assert.False(t, grounds.IsEmpty())
		case convention.Obliged:
			assert.True(t, grounds.IsEmpty())
		}
	})
}

// TestExtraditionAddingGroundNeverMakesObliged: a further ground of refusal
// never turns a case in which the State may refuse into one in which it
// is obliged.
func TestExtraditionAddingGroundNeverMakesObliged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		before := mustAssess(t, in)
		// A ground of domestic law on a matter other than fiscal matters
		// (para. 14 bars that one as a sole ground).
		in.f.DomesticGround, in.f.DomesticGroundFiscal = convention.Yes, convention.No
		after := mustAssess(t, in)
		if before.Outcome == convention.MayRefuse {
			assert.Equal(t, convention.MayRefuse, after.Outcome)
		}
		assert.NotEqual(t, convention.Obliged, after.Outcome)
	})
}

// TestCooperationPara3DiscriminationLiftsObligation: where the requested
// State has substantial grounds for believing the request discriminatory
// on a listed ground, it is never obliged to extradite, and refusing on
// that ground breaks no rule of para. 7.
func TestCooperationPara3DiscriminationLiftsObligation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, true)
		in.f.Discrimination.Belief = convention.Yes
		in.f.Discrimination.Grounds = in.f.Discrimination.Grounds.Add(convention.GroundEthnicOrigin)
		a := mustAssess(t, in)
		assert.NotEqual(t, convention.Obliged, a.Outcome)
		assert.True(t, a.Available.Has(extradition.GroundDiscrimination))
		in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundDiscrimination)}
		v := mustReview(t, in)
		assert.False(t, v.Violations.Has(extradition.ViolationNoGround))
		assert.False(t, v.Violations.Has(extradition.ViolationGroundNotAvailable))
	})
}

// TestExtraditionPara7GroundsMatterOnlyWhereExtraditionIsOwed: where
// nothing obliges the requested State to extradite (no legal basis: a
// treaty-conditional State without a treaty that declines the Convention,
// para. 4 "may consider"; or the belief of Cooperation art., para. 3:
// "Nothing in this Convention shall be interpreted as imposing an
// obligation to extradite"), a refusal breaks nothing in para. 7, whatever
// ground it gives: the article's grounds of refusal are "the conditions
// provided for by the domestic law of the requested State Party or by
// applicable extradition treaties" to which an obligation is subject.
// Only the rules that bind any refusal remain (paras. 10, 12, 14, 15).
func TestExtraditionPara7GroundsMatterOnlyWhereExtraditionIsOwed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, true)
		if rapid.Bool().Draw(t, "belief") {
			in.f.Discrimination.Belief = convention.Yes
		} else {
			in.p.TreatyConditional, in.p.Treaty, in.f.ConventionBasis = convention.Yes, convention.No, convention.No
		}
		grounds := rapid.SliceOfNDistinct(rapid.SampledFrom(extradition.RefusalGrounds()), 1, 3, func(g extradition.Term) extradition.Term { return g }).Draw(t, "grounds")
		in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(grounds...), Consulted: true}
		if in.f.DomesticGroundFiscal == convention.Yes && !hasFiscal(in.r) {
			in.f.DomesticGroundFiscal = convention.No
		}
		a := mustAssess(t, in)
		require.NotEqual(t, convention.Obliged, a.Outcome)
		v := mustReview(t, in)
		assert.False(t, v.Violations.Has(extradition.ViolationNoGround), "no obligation, no refusal without ground")
		assert.False(t, v.Violations.Has(extradition.ViolationGroundNotAvailable), "no obligation: the ground given breaks nothing in para. 7")
	})
}

func hasFiscal(r extradition.Request) bool {
	for _, c := range r.Offences {
		if c.Fiscal {
			return true
		}
	}
	return false
}

// TestExtraditionSurrenderNeverUnlawful: the article forbids no surrender.
func TestExtraditionSurrenderNeverUnlawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		in.s = extradition.Response{Action: extradition.ActionExtradite}
		assert.Equal(t, convention.Lawful, mustReview(t, in).Outcome)
	})
}

// TestExtraditionPara1OutsideTheArticleEveryResponseLawful.
func TestExtraditionPara1OutsideTheArticleEveryResponseLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		in.r.Person.InRequestedState = convention.No
		v := mustReview(t, in)
		assert.Equal(t, convention.Lawful, v.Outcome)
		assert.Equal(t, convention.NotApplicable, v.Assessed)
		assert.True(t, v.Duties.IsEmpty())
	})
}

// TestExtraditionResultsAreWellFormed: every decision is deterministic,
// cites only registered paragraphs, and is Undetermined exactly when it
// lists facts it needs; each fact needed was left unassessed.
func TestExtraditionResultsAreWellFormed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		s1, _ := extradition.DecideScope(in.r, in.f)
		s2, _ := extradition.DecideScope(in.r, in.f)
		b1, _ := extradition.DecideBasis(in.p, in.f)
		b2, _ := extradition.DecideBasis(in.p, in.f)
		p1, _ := extradition.DecideProvisional(in.r, in.f)
		p2, _ := extradition.DecideProvisional(in.r, in.f)
		a1, a2 := mustAssess(t, in), mustAssess(t, in)
		v1, v2 := mustReview(t, in), mustReview(t, in)
		assert.Equal(t, s1, s2)
		assert.Equal(t, b1, b2)
		assert.Equal(t, p1, p2)
		assert.Equal(t, a1, a2)
		assert.Equal(t, v1, v2)
		for _, r := range []convention.Result[extradition.Term]{s1.Result, b1.Result, p1.Result, a1.Result, v1.Result} {
			require.True(t, r.Outcome.IsValid())
			assert.False(t, r.Cite.IsZero())
			for _, c := range r.Citations() {
				assert.True(t, convention.Registered(c), "%s", c)
			}
			assert.Equal(t, r.Outcome == convention.Undetermined, !r.Needed.IsEmpty(), "%s: %v", r.Outcome, r.Needed.Slice())
			for fact := range r.Needed.All() {
				_, ok := set(in, fact, convention.Yes)
				assert.True(t, ok, "needed %s is not unassessed", fact)
			}
		}
		assert.NotEmpty(t, a1.String())
		assert.NotEmpty(t, v1.String())
	})
}

// TestExtraditionWhatIfsAgree: what the result says assessing a missing
// fact would change is what deciding with that fact assessed gives.
func TestExtraditionWhatIfsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		a := mustAssess(t, in)
		v := mustReview(t, in)
		for _, w := range a.WhatIfs() {
			for j, want := range map[convention.Judgement]convention.Outcome{convention.Yes: w.IfYes, convention.No: w.IfNo} {
				alt, ok := set(in, w.Fact, j)
				require.True(t, ok, "%s", w.Fact)
				assert.Equal(t, want, mustAssess(t, alt).Outcome, "assess: %s %s", w.Fact, j)
			}
		}
		for _, w := range v.WhatIfs() {
			for j, want := range map[convention.Judgement]convention.Outcome{convention.Yes: w.IfYes, convention.No: w.IfNo} {
				alt, ok := set(in, w.Fact, j)
				require.True(t, ok, "%s", w.Fact)
				assert.Equal(t, want, mustReview(t, alt).Outcome, "review: %s %s", w.Fact, j)
			}
		}
	})
}

// set assesses the unassessed fact named by term as j; for the requested
// State's characterisation, every offence's. It reports false when the
// fact was not unassessed.
func set(in inputs, term extradition.Term, j convention.Judgement) (inputs, bool) {
	one := func(p *convention.Judgement) bool {
		if *p != convention.Unassessed {
			return false
		}
		*p = j
		return true
	}
	switch term {
	case extradition.FactCriminalRequested:
		in.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
		any := false
		for i := range in.r.Offences {
			any = one(&in.r.Offences[i].Requested.Criminal) || any
		}
		return in, any
	case extradition.TestNotified:
		if in.p.Notification != extradition.NotificationUnknown {
			return in, false
		}
		in.p.Notification = extradition.NotifiedNoConvention
		if j == convention.Yes {
			in.p.Notification = extradition.NotifiedConvention
		}
		return in, true
	}
	fields := map[extradition.Term]*convention.Judgement{
		extradition.FactDiscriminationBelief: &in.f.Discrimination.Belief,
		extradition.FactLocated:              &in.r.Person.InRequestedState,
		extradition.FactAccessory:            &in.f.Accessory,
		extradition.FactTreaty:               &in.p.Treaty,
		extradition.FactTreatyConditional:    &in.p.TreatyConditional,
		extradition.FactConventionBasis:      &in.f.ConventionBasis,
		extradition.FactMinimumPenalty:       &in.f.MinimumPenaltyMet,
		extradition.FactDomesticGround:       &in.f.DomesticGround,
		extradition.FactDomesticGroundFiscal: &in.f.DomesticGroundFiscal,
		extradition.FactNationalityGround:    &in.f.NationalityGround,
		extradition.FactWarranted:            &in.f.Warranted,
		extradition.FactUrgent:               &in.f.Urgent,
		extradition.FactProvisionalLaw:       &in.f.ProvisionalLaw,
		extradition.FactNational:             &in.r.Person.National,
		extradition.FactConditionalLaw:       &in.f.ConditionalLaw,
		extradition.FactConditionalAgreed:    &in.f.ConditionalAgreed,
		extradition.FactEnforcementLaw:       &in.f.EnforcementLaw,
		extradition.FactConsultAppropriate:   &in.f.ConsultAppropriate,
	}
	p, ok := fields[term]
	if !ok {
		return in, false
	}
	return in, one(p)
}

// class is what an assessment tells the requested State: whether the
// article applies, and if it does, whether it must extradite.
func class(o convention.Outcome) string {
	switch o {
	case convention.Obliged:
		return "obliged"
	case convention.MayRefuse, convention.NoObligation, convention.Discretionary:
		return "not obliged"
	}
	return o.String()
}

// judgementTerms are the judgements a decision may need, as set assigns them.
var judgementTerms = func() []extradition.Term {
	var out []extradition.Term
	for _, t := range extradition.Terms() {
		if k := t.Describe().Kind; k == convention.KindFact || t == extradition.TestNotified {
			out = append(out, t)
		}
	}
	return out
}()

// TestExtraditionUnassessedOnlyWhereItCouldChangeTheOutcome: an unassessed
// judgement makes a decision Undetermined only where it could change the
// outcome. So a determined assessment stays in its class (not applicable,
// obliged, not obliged), and a determined review keeps its outcome, however
// any judgement still unassessed is answered. The choice para. 4 leaves to
// the requested State ("may consider this Convention the legal basis") is
// excepted: Discretionary says it is the State's to make, and the
// notification of para. 5(a) stands for it while it is unassessed.
func TestExtraditionUnassessedOnlyWhereItCouldChangeTheOutcome(t *testing.T) {
	exercised := 0
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, rapid.Bool().Draw(t, "covered"))
		a, v := mustAssess(t, in), mustReview(t, in)
		for _, fact := range judgementTerms {
			if fact == extradition.FactConventionBasis {
				continue
			}
			for _, j := range []convention.Judgement{convention.Yes, convention.No} {
				alt, ok := set(in, fact, j)
				if !ok {
					continue
				}
				a2, err := alt.assess()
				if err != nil {
					continue // an answer the other judgements make inconsistent
				}
				if a.Outcome != convention.Undetermined {
					exercised++
					assert.Equal(t, class(a.Outcome), class(a2.Outcome), "assess: %s %s: %s then %s", fact, j, a.Outcome, a2.Outcome)
				}
				if v.Outcome != convention.Undetermined {
					v2, err := alt.review()
					require.NoError(t, err)
					assert.Equal(t, v.Outcome, v2.Outcome, "review: %s %s", fact, j)
				}
			}
		}
	})
	assert.Positive(t, exercised, "no determined assessment with an unassessed judgement was drawn")
}
