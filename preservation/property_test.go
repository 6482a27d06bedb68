package preservation_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
	pt "github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// draw returns a random valid request, profile and facts.
func draw(t *rapid.T) (preservation.Request, preservation.Profile, preservation.Facts) {
	r := pt.Request().Draw(t, "Request")
	return r, pt.Profile(r.Requested).Draw(t, "Profile"), pt.Facts().Draw(t, "Facts")
}

func assess(t *rapid.T, r preservation.Request, p preservation.Profile, f preservation.Facts) preservation.Decision {
	d, err := preservation.Assess(r, p, f, convention.Date{})
	require.NoError(t, err)
	return d
}

func TestPreservationPara3DualCriminalityNeverBlocksEstablishedOffence(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		r.Offences = append(convention.Offences{{Conduct: "accessing a computer system without right", Established: "illegal-access"}}, r.Offences...)
		d := assess(t, r, p, f)
		// Change everything about dual criminality: the belief of para. 4
		// and both States' characterisations.
		g := f
		g.DualCriminalityFails = pt.Judgement().Draw(t, "DualCriminalityFails2")
		g.Requesting.Criminal = pt.Judgement().Draw(t, "Requesting2")
		g.Requested.Criminal = pt.Judgement().Draw(t, "Requested2")
		e := assess(t, r, p, g)
		assert.Equal(t, d.Outcome, e.Outcome)
		assert.Equal(t, d.Available, e.Available)
		assert.False(t, e.Available.Has(preservation.GroundReservation))
		assert.True(t, e.Barred.Has(preservation.GroundReservation))
		assert.Equal(t, convention.NotRequired, e.Dual.Outcome)
	})
}

func TestPreservationPara3AbsenceOfDualCriminalityAlwaysBarred(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		assert.True(t, d.Barred.Has(preservation.GroundNoDualCriminality))
		assert.True(t, d.Barred.Has(preservation.GroundOther))
		assert.True(t, d.Available.Intersect(d.Barred).IsEmpty())
	})
}

func TestPreservationPara4ReservationOnlyWhereOpenAndBelieved(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		if d.Available.Has(preservation.GroundReservation) {
			assert.True(t, p.RequiresDualCriminality, "only a State requiring dual criminality")
			assert.True(t, p.Reservation, "only a State that declared the reservation")
			assert.False(t, r.Offences.AnyEstablished(), "\"in respect of offenses other than those established under the Convention\": only a request naming no Convention offence")
			assert.Equal(t, yes, f.DualCriminalityFails, "only with reason to believe")
		}
	})
}

// TestPreservationPara5OnlyListedGroundsAvailable: "a request for
// preservation may only be refused if" (para. 5), in addition to the
// reservation (para. 4); above the article, the non-discrimination clause
// lifts the obligation (Cooperation art., para. 3), exactly where the
// requested State holds the belief.
func TestPreservationPara5OnlyListedGroundsAvailable(t *testing.T) {
	allowed := set(preservation.GroundDiscrimination, preservation.GroundReservation, preservation.GroundPoliticalOffence, preservation.GroundEssentialInterests)
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		assert.True(t, d.Available.Minus(allowed).IsEmpty(), "%v", d.Available.Slice())
		assert.Equal(t, f.Discrimination.Belief == yes, d.Available.Has(preservation.GroundDiscrimination),
			"Cooperation art., para. 3 \"has substantial grounds for believing\": the belief alone decides, grounds named %v", f.Discrimination.Grounds)
		switch d.Outcome {
		case convention.MayRefuse:
			assert.False(t, d.Available.IsEmpty(), "MayRefuse needs a ground")
		case convention.Obliged:
			assert.True(t, d.Available.IsEmpty())
			assert.True(t, d.Duties.Has(preservation.DutyPreserve))
			assert.True(t, d.Duties.Has(preservation.DutyPreserveMinimum))
		}
	})
}

func TestPreservationPara5UnlistedGroundNeverMakesRefusalLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		v := pt.Response().Draw(t, "Response")
		v.Action, v.Period = preservation.ActionRefuse, convention.Period{}
		v.Grounds = v.Grounds.With(rapid.SampledFrom([]preservation.Term{preservation.GroundOther, preservation.GroundNoDualCriminality}).Draw(t, "Unlisted"))
		out, err := preservation.Review(r, p, f, v)
		require.NoError(t, err)
		assert.NotEqual(t, convention.Lawful, out.Outcome)
	})
}

func TestPreservationPara5LawfulRefusalRestsOnAvailableGrounds(t *testing.T) {
	exercised := 0
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		v := pt.Response().Draw(t, "Response")
		if rapid.Bool().Draw(t, "onAssessedGrounds") {
			// Half the responses refuse on the grounds the assessment finds
			// available, so that lawful refusals are often drawn.
			v = preservation.Response{Action: preservation.ActionRefuse, Grounds: assess(t, r, p, f).Available}
		}
		out, err := preservation.Review(r, p, f, v)
		require.NoError(t, err)
		if out.Outcome != convention.Lawful || v.Action != preservation.ActionRefuse {
			return
		}
		exercised++
		d := assess(t, r, p, f)
		assert.True(t, v.Grounds.Intersect(set(preservation.GroundOther, preservation.GroundNoDualCriminality)).IsEmpty(),
			"a barred ground never makes a refusal lawful: invoked %v", v.Grounds.Slice())
		if f.Discrimination.Belief != yes {
			assert.False(t, v.Grounds.IsEmpty())
			assert.True(t, v.Grounds.Minus(d.Available).IsEmpty(), "invoked %v, available %v", v.Grounds.Slice(), d.Available.Slice())
		}
		// Where the belief of Cooperation art., para. 3 is held, nothing
		// obliges the State: a refusal on no ground, or on a listed ground
		// it does not hold, breaks nothing.
		// MayRefuse, or NoObligation where the requesting State, informed
		// under para. 6, chose not to proceed: never an obligation.
		assert.Contains(t, []convention.Outcome{convention.MayRefuse, convention.NoObligation}, d.Outcome)
	})
	assert.Positive(t, exercised, "no lawful refusal was drawn: the property was not exercised")
}

func TestPreservationAddingAGroundNeverTurnsRefusalIntoObligation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		before := assess(t, r, p, f)
		g := f
		switch rapid.IntRange(0, 3).Draw(t, "Ground") {
		case 0:
			g = g.With(preservation.FactPoliticalOffence, yes)
		case 1:
			g.EssentialInterests = yes
		case 2:
			g.DualCriminalityFails = yes
		default:
			g.Discrimination.Belief = yes
		}
		after := assess(t, r, p, g)
		if before.Outcome == convention.MayRefuse {
			assert.Equal(t, convention.MayRefuse, after.Outcome)
			assert.True(t, before.Available.Minus(after.Available).IsEmpty())
		}
		assert.False(t, after.Outcome == convention.Obliged && before.Outcome != convention.Obliged,
			"holding a ground never creates an obligation: %s -> %s", before.Outcome, after.Outcome)
	})
}

// TestUndeterminedNamesWhatToAssess: an undetermined decision names the
// facts it needs, and assessing them, one round after another, decides.
func TestUndeterminedNamesWhatToAssess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		for round := 0; d.Outcome == convention.Undetermined; round++ {
			require.Less(t, round, 8, "never decided:\n%s", d)
			require.False(t, d.Needed.IsEmpty(), "undetermined without facts needed:\n%s", d)
			for fact := range d.Needed.All() {
				f = setFact(f, convention.SetOf(fact), pt.Known().Draw(t, "answer "+fact.String()))
			}
			d = assess(t, r, p, f)
		}
		assert.True(t, d.Needed.IsEmpty(), "a determined decision needs nothing")
	})
}

// setFact sets each fact in s to j.
func setFact(f preservation.Facts, s terms, j convention.Judgement) preservation.Facts {
	for t := range s.All() {
		switch t {
		case preservation.FactDiscriminationBelief:
			f.Discrimination.Belief = j
		case preservation.FactInTerritory:
			f.InTerritory = j
		case preservation.FactDualCriminalityFails:
			f.DualCriminalityFails = j
		case preservation.FactPoliticalOffence:
			for i := range f.PoliticalOffences {
				f.PoliticalOffences[i] = j
			}
		case preservation.FactEssentialInterests:
			f.EssentialInterests = j
		case preservation.FactNotEnsureAvailability:
			f.NotEnsureAvailability = j
		case preservation.FactThreatensInvestigation:
			f.ThreatensInvestigation = j
		case preservation.FactProceed:
			f.Proceed = j
		}
	}
	return f
}

func TestWhatIfAgreesWithReassessing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		for fact := range d.Needed.All() {
			w, ok := d.WhatIf(fact)
			require.True(t, ok)
			s := convention.SetOf(fact)
			assert.Equal(t, w.IfYes, assess(t, r, p, setFact(f, s, yes)).Outcome, "%s yes", fact)
			assert.Equal(t, w.IfNo, assess(t, r, p, setFact(f, s, no)).Outcome, "%s no", fact)
		}
	})
}

func TestDecisionsDeterministicAndEveryCitationRegistered(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		d := assess(t, r, p, f)
		assert.Equal(t, d, assess(t, r, p, f))
		assert.Equal(t, d.String(), assess(t, r, p, f).String())
		v, err := preservation.Review(r, p, f, pt.Response().Draw(t, "Response"))
		require.NoError(t, err)
		s, err := preservation.Obligation(pt.Events().Draw(t, "Events"), pt.Date().Draw(t, "AsOf"))
		require.NoError(t, err)
		c, err := preservation.CheckContact(pt.Contact().Draw(t, "Contact"))
		require.NoError(t, err)
		a, err := preservation.ContactAssistance(pt.Contact().Draw(t, "Contact2"), r.Offences, f.Discrimination)
		require.NoError(t, err)
		for _, e := range []convention.Explanation{d.Explain(), v.Explain(), s.Explain(), c.Explain(), a.Explain()} {
			assert.True(t, e.Outcome.IsValid())
			assert.True(t, convention.Registered(e.Cite), "%s", e.Cite)
			for _, st := range e.Steps {
				assert.True(t, convention.Registered(st.Cite), "%s", st.Cite)
			}
			for _, xs := range [][]convention.Item{e.Available, e.Barred, e.Duties, e.Violations} {
				for _, x := range xs {
					assert.True(t, convention.Registered(x.Cite), "%s", x.Cite)
				}
			}
			for _, n := range e.Needed {
				assert.True(t, convention.Registered(n.Cite), "%s", n.Cite)
			}
		}
		for _, cs := range [][]convention.Citation{d.Citations(), v.Citations(), s.Citations(), c.Citations(), a.Citations()} {
			for _, c := range cs {
				assert.True(t, convention.Registered(c), "%s", c)
			}
		}
	})
}

// TestPreservationPara7NeverEndsBeforeDay90: from the day preservation is
// effected, the first of the ninety days, through the ninetieth (Started +
// 89 days), whatever else happened, the data must be preserved.
func TestPreservationPara7NeverEndsBeforeDay90(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := pt.Events().Draw(t, "Events")
		n := rapid.IntRange(0, 89).Draw(t, "Day")
		s, err := preservation.Obligation(e, e.Started.AddDays(n))
		require.NoError(t, err)
		assert.Equal(t, convention.Obliged, s.Outcome, "day %d\n%s", n, s)
		assert.True(t, s.Duties.Has(preservation.DutyPreserveMinimum))
		assert.True(t, s.Pending || !s.Until.Before(e.Started.AddDays(89)), "until %s", s.Until)
		assert.True(t, s.Pending || convention.Period{Start: e.Started, End: s.Until}.Days() >= preservation.MinimumDays, "until %s", s.Until)
	})
}

func TestPreservationPara7NeverEndsWhileTimelyRequestAwaitsDecision(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := pt.Events().Draw(t, "Events")
		// A timely request: received within the ninety days, the day of
		// effect the first (through Started + 89 days), before any release.
		e.MLAReceived = e.Started.AddDays(rapid.IntRange(0, 89).Draw(t, "Received"))
		if !e.Released.IsZero() && !e.MLAReceived.Before(e.Released) {
			e.Released = convention.Date{}
		}
		if !e.Decided.IsZero() && e.Decided.Before(e.MLAReceived) {
			e.Decided = e.MLAReceived
		}
		asOf := e.MLAReceived.AddDays(rapid.IntRange(0, 2000).Draw(t, "After"))
		if !e.Decided.IsZero() && !asOf.Before(e.Decided) {
			return // decided by then
		}
		s, err := preservation.Obligation(e, asOf)
		require.NoError(t, err)
		assert.Equal(t, convention.Obliged, s.Outcome, "\n%s", s)
		assert.True(t, s.Pending)
		assert.True(t, s.Duties.Has(preservation.DutyPreservePending))
	})
}

// TestPreservationPara7OnlyEventsSoFarCount: the status on a day does not
// depend on events dated after it.
func TestPreservationPara7OnlyEventsSoFarCount(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := pt.Events().Draw(t, "Events")
		asOf := pt.DateBetween(e.Started.AddDays(-10), e.Started.AddDays(400)).Draw(t, "AsOf")
		masked := e
		if masked.Released.After(asOf) {
			masked.Released = convention.Date{}
		}
		if masked.Decided.After(asOf) {
			masked.Decided = convention.Date{}
		}
		if masked.MLAReceived.After(asOf) {
			masked.MLAReceived, masked.MLARef, masked.Decided = convention.Date{}, "", convention.Date{}
		}
		a, err := preservation.Obligation(e, asOf)
		require.NoError(t, err)
		b, err := preservation.Obligation(masked, asOf)
		require.NoError(t, err)
		assert.Equal(t, a.Outcome, b.Outcome)
		assert.Equal(t, a.Until, b.Until)
		assert.Equal(t, a.Pending, b.Pending)
		assert.Equal(t, a.Violations, b.Violations)
	})
}

// TestPreservationPara7ReleaseIsAViolationExactlyWhenObliged: a release on
// day R is flagged exactly when, on the events before R, the data had to be
// preserved on R.
func TestPreservationPara7ReleaseIsAViolationExactlyWhenObliged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := pt.Events().Draw(t, "Events")
		if e.Released.IsZero() {
			e.Released = e.Started.AddDays(rapid.IntRange(1, 300).Draw(t, "Released"))
		}
		before := e
		before.Released = convention.Date{}
		if !before.MLAReceived.IsZero() && !before.MLAReceived.Before(e.Released) {
			before.MLAReceived, before.MLARef, before.Decided = convention.Date{}, "", convention.Date{}
		}
		was, err := preservation.Obligation(before, e.Released)
		require.NoError(t, err)
		after, err := preservation.Obligation(e, e.Released.AddDays(rapid.IntRange(0, 50).Draw(t, "Later")))
		require.NoError(t, err)
		assert.Equal(t, was.Outcome == convention.Obliged, !after.Violations.IsEmpty(), "on release day:\n%s\nlater:\n%s", was, after)
	})
}

func TestPreservationPara7ProposedPeriodUnderNinetyDaysIsAViolation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := pt.Request().Draw(t, "Request")
		r.Basis = convention.LegalBasis{} // decided as under the Convention
		f := pt.Facts().Draw(t, "Facts")
		f.InTerritory = yes
		v := pt.Response().Draw(t, "Response")
		if v.Action != preservation.ActionPreserve {
			return
		}
		out, err := preservation.Review(r, preservation.Profile{}, f, v)
		require.NoError(t, err)
		// "A period not less than ninety days": the days of a proposed
		// period are its Period.Days, the day of effect the first.
		short := !v.Period.End.IsZero() && v.Period.Days() < preservation.MinimumDays
		assert.Equal(t, short, out.Violations.Has(preservation.ViolationPeriodTooShort), "%s", v.Period)
		if short {
			assert.Equal(t, convention.Unlawful, out.Outcome)
		}
	})
}

func TestNetworkCheckOutcomesConsistent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := pt.Contact().Draw(t, "Contact")
		d, err := preservation.CheckContact(c)
		require.NoError(t, err)
		switch d.Outcome {
		case convention.Satisfied:
			assert.True(t, d.Violations.IsEmpty())
			assert.True(t, d.Needed.IsEmpty())
		case convention.NotSatisfied:
			assert.False(t, d.Violations.IsEmpty())
		case convention.Undetermined:
			assert.True(t, d.Violations.IsEmpty())
			assert.False(t, d.Needed.IsEmpty())
		default:
			t.Fatalf("outcome %s", d.Outcome)
		}
		for v := range d.Violations.All() {
			assert.Equal(t, convention.ArtNetwork, v.Cite().Article())
		}
		// A contact that is not designated never conforms.
		if blankOffice := c.Office == ""; blankOffice {
			assert.Equal(t, convention.NotSatisfied, d.Outcome)
		}
	})
}

func TestNetworkPara2OneModePerMeasure(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := pt.Contact().Draw(t, "Contact")
		a, err := preservation.ContactAssistance(c, pt.Offences().Draw(t, "Offences"), pt.Discrimination().Draw(t, "Discrimination"))
		require.NoError(t, err)
		if a.Outcome != convention.Obliged {
			assert.True(t, a.Duties.IsEmpty())
			return
		}
		assert.NotEqual(t, a.Duties.Has(preservation.DutyCarryOutPreservation), a.Duties.Has(preservation.DutyFacilitatePreservation))
		assert.NotEqual(t, a.Duties.Has(preservation.DutyProvideInformation), a.Duties.Has(preservation.DutyFacilitateInformation))
		assert.Equal(t, c.Preservation == preservation.CapacityCarryOut, a.Preservation == preservation.CapacityCarryOut)
	})
}

func TestRequestJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := pt.Request().Draw(t, "Request")
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back preservation.Request
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, r, back)
		v := pt.Response().Draw(t, "Response")
		b, err = json.Marshal(v)
		require.NoError(t, err)
		var vb preservation.Response
		require.NoError(t, json.Unmarshal(b, &vb))
		assert.Equal(t, v, vb)
	})
}

// TestAssessmentAndReviewNeverDisagree: what the assessment says the
// requested State must, may or need not do, the review of the matching
// response confirms; and the two agree on scope (para. 1). In particular
// (para. 6), where the requesting State "determine[d]" that the request
// should not be executed, not executing it is lawful, and it is lawful
// nowhere else.
func TestAssessmentAndReviewNeverDisagree(t *testing.T) {
	seen := map[convention.Outcome]int{}
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		if rapid.Bool().Draw(t, "Known") {
			f = pt.KnownFacts().Draw(t, "KnownFacts")
		}
		if rapid.Bool().Draw(t, "NoGround") {
			// Half the cases hold no ground, so that obligations are drawn.
			f.Discrimination.Belief, f.DualCriminalityFails, f.PoliticalOffences[0], f.EssentialInterests = no, no, no, no
		}
		d := assess(t, r, p, f)
		seen[d.Outcome]++
		review := func(v preservation.Response) preservation.Decision {
			out, err := preservation.Review(r, p, f, v)
			require.NoError(t, err)
			return out
		}
		notExecuted := review(preservation.Response{Action: preservation.ActionNotExecute})
		preserved := review(preservation.Response{Action: preservation.ActionPreserve, Period: convention.Period{Start: day("2026-11-26")}, Informed: true})
		refused := review(preservation.Response{Action: preservation.ActionRefuse, Grounds: d.Available})
		for _, v := range []preservation.Decision{notExecuted, preserved, refused} {
			assert.Equal(t, d.Outcome == convention.NotApplicable, v.Outcome == convention.NotApplicable, "scope: assessed %s, reviewed %s", d.Outcome, v.Outcome)
		}
		assert.Equal(t, d.Outcome == convention.NoObligation, notExecuted.Outcome == convention.Lawful,
			"para. 6: assessed %s, not executing reviewed %s\n%s", d.Outcome, notExecuted.Outcome, notExecuted)
		switch d.Outcome {
		case convention.Obliged:
			assert.Equal(t, convention.Lawful, preserved.Outcome, "\n%s", preserved)
			assert.Equal(t, convention.Unlawful, notExecuted.Outcome, "\n%s", notExecuted)
			assert.NotEqual(t, convention.Lawful, refused.Outcome, "\n%s", refused)
		case convention.MayRefuse:
			assert.Equal(t, convention.Lawful, refused.Outcome, "\n%s", refused)
		case convention.NoObligation:
			assert.Equal(t, convention.Unlawful, preserved.Outcome, "executing against the determination\n%s", preserved)
		}
	})
	for _, o := range []convention.Outcome{convention.Obliged, convention.MayRefuse, convention.NoObligation, convention.NotApplicable} {
		assert.Positive(t, seen[o], "%s never drawn: the property was not exercised", o)
	}
}

// judgementFacts are the facts of Facts that a decision may list as Needed.
var judgementFacts = []preservation.Term{preservation.FactDiscriminationBelief, preservation.FactInTerritory,
	preservation.FactDualCriminalityFails, preservation.FactPoliticalOffence, preservation.FactEssentialInterests,
	preservation.FactNotEnsureAvailability, preservation.FactThreatensInvestigation, preservation.FactProceed}

// answerOf reads the fact t of f.
func answerOf(f preservation.Facts, t preservation.Term) convention.Judgement {
	for _, j := range []convention.Judgement{yes, no} {
		if f.With(t, j) == f {
			return j
		}
	}
	return unk
}

// couldChange reports whether some answers to the other unassessed facts
// make the outcome differ between fact answered yes and answered no.
func couldChange(f preservation.Facts, fact preservation.Term, decide func(preservation.Facts) convention.Outcome) bool {
	var open []preservation.Term
	for _, t := range judgementFacts {
		if t != fact && answerOf(f, t) == unk {
			open = append(open, t)
		}
	}
	for mask := 0; mask < 1<<len(open); mask++ {
		g := f
		for i, t := range open {
			g = g.With(t, convention.Known(mask>>i&1 == 1))
		}
		if decide(g.With(fact, yes)) != decide(g.With(fact, no)) {
			return true
		}
	}
	return false
}

// TestNeededOnlyWhereItCouldChangeTheOutcome: an unassessed judgement is
// listed as needed, and so keeps a decision Undetermined, only where its
// answer could change the outcome (issue 8, item 2): for each fact in
// Needed, some answers to the other unassessed facts make "yes" and "no"
// decide differently.
func TestNeededOnlyWhereItCouldChangeTheOutcome(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		v := pt.Response().Draw(t, "Response")
		d := assess(t, r, p, f)
		for fact := range d.Needed.All() {
			assert.True(t, couldChange(f, fact, func(g preservation.Facts) convention.Outcome { return assess(t, r, p, g).Outcome }),
				"assessment needs %s, whose answer changes nothing\n%s", fact, d)
		}
		out, err := preservation.Review(r, p, f, v)
		require.NoError(t, err)
		for fact := range out.Needed.All() {
			assert.True(t, couldChange(f, fact, func(g preservation.Facts) convention.Outcome {
				o, err := preservation.Review(r, p, g, v)
				require.NoError(t, err)
				return o.Outcome
			}), "review needs %s, whose answer changes nothing\n%s", fact, out)
		}
		a, err := preservation.ContactAssistance(p.Contact, r.Offences, f.Discrimination)
		require.NoError(t, err)
		if a.Needed.Has(preservation.FactDiscriminationBelief) {
			w, ok := a.WhatIf(preservation.FactDiscriminationBelief)
			require.True(t, ok)
			// Alone, or together with the offence's seriousness.
			assert.True(t, w.IfYes != w.IfNo || a.Needed.Has(preservation.TestScopeSerious), "the belief changes the assistance owed\n%s", a)
		}
	})
}
