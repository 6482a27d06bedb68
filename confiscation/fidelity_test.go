package confiscation_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
)

// The tests of this file fix the readings of the article's conditions, each
// on both sides, quoting the words that decide them.

func mustReview(t *testing.T, r confiscation.Request, p confiscation.Profile, f confiscation.Facts, resp confiscation.Response) confiscation.Decision {
	t.Helper()
	dec, err := confiscation.Review(r, p, f, resp)
	require.NoError(t, err)
	return dec
}

func mustAssess(t *testing.T, r confiscation.Request, p confiscation.Profile, f confiscation.Facts) confiscation.Decision {
	t.Helper()
	dec, err := confiscation.Assess(r, p, f)
	require.NoError(t, err)
	return dec
}

// Para. 7: "Cooperation under this article may be refused by a State Party
// if the offence to which the request relates is not an offence established
// under this Convention. Cooperation under this article may also be refused
// or provisional measures lifted if the requested State Party did not
// receive sufficient and timely evidence or if the property is of a de
// minimis value." Each refusal-only ground refuses lawfully and lifts
// unlawfully; each lifting ground does both.
func TestPara7RefusalOnlyGroundsRefuseButNeverLift(t *testing.T) {
	cases := []struct {
		name  string
		g     confiscation.Term
		set   func(r *confiscation.Request, f *confiscation.Facts)
		lifts bool
	}{
		{"not established", confiscation.GroundNotEstablished, func(r *confiscation.Request, _ *confiscation.Facts) { r.Offences[0].Established = "" }, false},
		{"essential interests", confiscation.GroundEssentialInterests, func(_ *confiscation.Request, f *confiscation.Facts) { f.EssentialInterests = y }, false},
		{"disproportionate", confiscation.GroundDisproportionate, func(_ *confiscation.Request, f *confiscation.Facts) { f.Disproportionate = y }, false},
		{"MLA de minimis nature", confiscation.GroundDeMinimis, func(_ *confiscation.Request, f *confiscation.Facts) { f.DeMinimis = y }, false},
		{"no dual criminality", confiscation.GroundDualCriminality, func(_ *confiscation.Request, f *confiscation.Facts) { f.Offences[0].Requested.Criminal = n }, false},
		{"insufficient evidence", confiscation.GroundEvidence, func(_ *confiscation.Request, f *confiscation.Facts) { f.SufficientEvidence = n }, true},
		{"untimely evidence", confiscation.GroundEvidence, func(_ *confiscation.Request, f *confiscation.Facts) { f.TimelyEvidence = n }, true},
		{"de minimis value", confiscation.GroundDeMinimisValue, func(_ *confiscation.Request, f *confiscation.Facts) { f.DeMinimisValue = y }, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			c.set(&r, &f)
			refuse := mustReview(t, r, p, f, refusal(c.g))
			assert.Equal(t, convention.Lawful, refuse.Outcome, "\"may be refused\"\n%s", refuse)
			lift := mustReview(t, r, p, f, lifting(true, c.g))
			if c.lifts {
				assert.Equal(t, convention.Lawful, lift.Outcome, "\"or provisional measures lifted\"\n%s", lift)
				assert.Equal(t, cite(7), lift.Cite)
			} else {
				assert.Equal(t, convention.Unlawful, lift.Outcome, "only \"sufficient and timely evidence\" and \"de minimis value\" lift a measure\n%s", lift)
				assert.True(t, lift.Violations.Has(confiscation.ViolationMeasuresRefused), "%s", lift)
			}
		})
	}
}

// Para. 7: a lifting the review accepts always rests on an available
// ground that allows lifting, whatever the regime of MLA art., para. 9:
// wrongly lifting a freeze lets the assets go.
func TestPara7AcceptedLiftingRestsOnALiftingGround(t *testing.T) {
	lawful := 0
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		if !r.Kinds.Has(confiscation.KindProvisional) {
			r.Kinds = r.Kinds.With(confiscation.KindProvisional)
			r.Actions = "freeze the account"
		}
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		resp.Action, resp.Offences = confiscation.ActionLift, 0
		if rapid.Bool().Draw(t, "onAssessedGrounds") {
			resp.Grounds = assess(t, r, p, f).Available.Intersect(confiscation.RefusalGrounds().Union(confiscation.LiftGrounds()))
		}
		dec := review(t, r, p, f, resp)
		if dec.Outcome != convention.Lawful {
			return
		}
		lawful++
		assert.False(t, resp.Grounds.Intersect(dec.Available).Intersect(confiscation.LiftGrounds()).IsEmpty(),
			"lifted on %v, none a lifting ground available\n%s", resp.Grounds.Slice(), dec)
	})
	assert.Positive(t, lawful, "no lawful lifting was drawn")
}

// Para. 8: "Before lifting any provisional measure taken pursuant to this
// article, the requested State Party shall, wherever possible, give the
// requesting State Party an opportunity to present its reasons in favour
// of continuing the measure." The duty binds whenever giving the
// opportunity is possible, yields where it is not, and is open while the
// State has not said; it binds a lifting that domestic law requires (para.
// 4) as any other.
func TestPara8OpportunityWhereverPossible(t *testing.T) {
	for _, c := range []struct {
		name        string
		possible    convention.Judgement
		opportunity bool
		want        convention.Outcome
	}{
		{"possible, not given", y, false, convention.Unlawful},
		{"possible, given", y, true, convention.Lawful},
		{"not possible, not given", n, false, convention.Lawful},
		{"possibility unassessed, not given", convention.Unassessed, false, convention.Undetermined},
		{"possibility unassessed, given", convention.Unassessed, true, convention.Lawful},
	} {
		for _, g := range []confiscation.Term{confiscation.GroundDeMinimisValue, confiscation.GroundLiftRequired} {
			t.Run(c.name+"/"+g.Describe().Name, func(t *testing.T) {
				r, p, f := baseRequest(), baseProfile(), baseFacts()
				f.DeMinimisValue, f.LiftRequired, f.OpportunityPossible = y, y, c.possible
				dec := mustReview(t, r, p, f, lifting(c.opportunity, g))
				assert.Equal(t, c.want, dec.Outcome, "\"shall, wherever possible, give the requesting State Party an opportunity\"\n%s", dec)
				assert.Equal(t, c.want == convention.Unlawful, dec.Violations.Has(confiscation.ViolationNoOpportunity))
				if c.want == convention.Undetermined {
					assert.Equal(t, convention.SetOf(confiscation.TestOpportunityPossible), dec.Needed)
				}
			})
		}
	}
	// A refusal (no measure lifted) owes no opportunity.
	f := baseFacts()
	f.DeMinimisValue = y
	dec := mustReview(t, baseRequest(), baseProfile(), f, refusal(confiscation.GroundDeMinimisValue))
	assert.Equal(t, convention.Lawful, dec.Outcome, "\"Before lifting\": a refusal lifts nothing\n%s", dec)
}

// Recovery art., para. 2(c): "Consider taking additional measures to permit
// its competent authorities to preserve property for confiscation, such as
// on the basis of a foreign arrest or criminal charge". The duty to
// consider binds on every request under Confiscation art., para. 2 (the
// chapeau: "in order to provide mutual legal assistance upon a request made
// pursuant to [paragraph 2]"), whether freezing is open or closed and
// whether or not the State has already taken such measures; a request
// under para. 1 alone does not engage it.
func TestRecoveryPara2cConsiderAdditionalMeasuresWheneverPara2Applies(t *testing.T) {
	for _, freeze := range []convention.Judgement{y, n, convention.Unassessed} {
		for _, preserve := range []convention.Judgement{y, n, convention.Unassessed} {
			p := baseProfile()
			p.Capacity.FreezeOnOrder, p.Capacity.FreezeOnRequest, p.Capacity.PreserveOther = freeze, freeze, preserve
			dec := mustAssess(t, baseRequest(), p, baseFacts())
			assert.True(t, dec.Duties.Has(confiscation.DutyConsiderPreservation),
				"freeze %v, preserve %v: \"Consider taking additional measures\"\n%s", freeze, preserve, dec)
		}
	}
	r := baseRequest()
	r.Kinds, r.ProvisionalOrder = confiscation.KindsOf(confiscation.KindEnforceOrder), confiscation.Order{}
	dec := mustAssess(t, r, baseProfile(), baseFacts())
	assert.False(t, dec.Duties.Has(confiscation.DutyConsiderPreservation), "no request under paragraph 2\n%s", dec)
}

// Recovery art., para. 1: "with respect to property acquired through or
// involved in the commission of an offence established in accordance with
// this Convention". The duties of the Recovery art. are shown unmet only on
// a request for such an offence; for another offence a missing capacity
// owes nothing (the State may still cooperate, and may refuse under para.
// 7).
func TestRecoveryDutiesOnlyForOffencesEstablishedUnderTheConvention(t *testing.T) {
	p := baseProfile()
	p.Capacity = confiscation.Capacity{EnforceForeign: n, OrderDomestic: n, WithoutConviction: n,
		FreezeOnOrder: n, FreezeOnRequest: n, PreserveOther: n}
	recovery := convention.SetOf(confiscation.DutyEnableEnforcement, confiscation.DutyEnableOrder,
		confiscation.DutyEnableFreezeOnOrder, confiscation.DutyEnableFreezeOnRequest, confiscation.DutyConsiderPreservation)
	dec := mustAssess(t, baseRequest(), p, baseFacts())
	assert.Equal(t, recovery, dec.Duties.Intersect(recovery), "an offence established under the Convention\n%s", dec)
	r := baseRequest()
	r.Offences[0].Established = ""
	dec = mustAssess(t, r, p, baseFacts())
	assert.True(t, dec.Duties.Intersect(recovery).IsEmpty(), "an offence not established under the Convention\n%s", dec)
	assert.True(t, dec.Available.Has(confiscation.GroundNotEstablished))
}

// Cooperation art., para. 3: "Nothing in this Convention shall be
// interpreted as imposing an obligation to extradite or to provide
// assistance if the requested State Party has substantial grounds for
// believing ...". The clause reaches cooperation for confiscation under
// every regime of MLA art., para. 9 (it is not among paragraphs 10 to 30
// that a treaty displaces): the belief held makes refusal available and
// shows in the outcome; the belief not held leaves the duty; the belief
// unassessed leaves the outcome undetermined, with what each answer would
// change.
func TestCoopPara3ReachesConfiscationUnderEveryRegime(t *testing.T) {
	regimes := map[string]func(p *confiscation.Profile){
		"no treaty":        func(p *confiscation.Profile) { p.Treaty = n },
		"treaty governs":   func(p *confiscation.Profile) { p.Treaty, p.ArticleInLieu = y, n },
		"article in lieu":  func(p *confiscation.Profile) { p.Treaty, p.ArticleInLieu = y, y },
		"regime not known": func(p *confiscation.Profile) { p.Treaty = convention.Unassessed },
	}
	for name, set := range regimes {
		t.Run(name, func(t *testing.T) {
			p := baseProfile()
			set(&p)
			f := baseFacts()
			f.Discrimination = convention.DiscriminationFacts{Belief: y}
			dec := mustAssess(t, baseRequest(), p, f)
			assert.Equal(t, convention.MayRefuse, dec.Outcome, "\"has substantial grounds for believing\"\n%s", dec)
			assert.Equal(t, convention.Cite(convention.ArtCooperation, 3), dec.Cite)
			assert.True(t, dec.Available.Has(confiscation.GroundDiscrimination))

			f.Discrimination = convention.DiscriminationFacts{Belief: n}
			dec = mustAssess(t, baseRequest(), p, f)
			assert.False(t, dec.Available.Has(confiscation.GroundDiscrimination))
			without := dec.Outcome

			f.Discrimination = convention.DiscriminationFacts{}
			dec = mustAssess(t, baseRequest(), p, f)
			if without == convention.MayRefuse {
				assert.Equal(t, convention.MayRefuse, dec.Outcome, "the belief cannot change a refusal already available\n%s", dec)
				return
			}
			assert.Equal(t, convention.Undetermined, dec.Outcome, "an unassessed belief could change %v\n%s", without, dec)
			assert.True(t, dec.Needed.Has(confiscation.TestDiscrimination))
			w, ok := dec.WhatIf(confiscation.TestDiscrimination)
			require.True(t, ok)
			assert.Equal(t, convention.MayRefuse, w.IfYes)
			assert.Equal(t, without, w.IfNo)
		})
	}
}

// Cooperation art., para. 3 under an MLA treaty: a refusal on the clause is
// reviewed on its own terms (not displaced by the treaty, MLA art., para.
// 9), lawful where the belief is held, unlawful where it is not, and
// undetermined while the State has not said.
func TestCoopPara3RefusalUnderATreatyIsReviewed(t *testing.T) {
	p := baseProfile()
	p.Treaty, p.ArticleInLieu = y, n
	for _, c := range []struct {
		belief convention.Judgement
		want   convention.Outcome
	}{{y, convention.Lawful}, {n, convention.Unlawful}, {convention.Unassessed, convention.Undetermined}} {
		f := baseFacts()
		f.Discrimination = convention.DiscriminationFacts{Belief: c.belief}
		dec := mustReview(t, baseRequest(), p, f, refusal(confiscation.GroundDiscrimination))
		assert.Equal(t, c.want, dec.Outcome, "belief %v\n%s", c.belief, dec)
	}
}

// Issue 8, item 2: the listed grounds the State names are information, not
// a condition. A belief held without naming its ground is a belief held;
// grounds named with no belief held open nothing. The explanation carries
// the clause's note either way.
func TestCoopPara3GroundsNamedAreInformationNotACondition(t *testing.T) {
	f := baseFacts()
	f.Discrimination = convention.DiscriminationFacts{Belief: y}
	dec := mustAssess(t, baseRequest(), baseProfile(), f)
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	assert.Contains(t, dec.String(), f.Discrimination.Note())
	assert.Contains(t, dec.String(), "has not named the listed ground")

	f.Discrimination = convention.DiscriminationFacts{Belief: n,
		Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	dec = mustAssess(t, baseRequest(), baseProfile(), f)
	assert.Equal(t, convention.Obliged, dec.Outcome, "naming a ground never turns a No into a Yes\n%s", dec)
	assert.Contains(t, dec.String(), "listed grounds named by the requested State: religion")

	lift := mustReview(t, baseRequest(), baseProfile(), f, lifting(true, confiscation.GroundDiscrimination))
	assert.Contains(t, lift.String(), f.Discrimination.Note())

	f.Discrimination = convention.DiscriminationFacts{Belief: n}
	dec = mustAssess(t, baseRequest(), baseProfile(), f)
	assert.NotContains(t, dec.String(), "Cooperation art., para. 3: listed grounds")
}

// An unassessed judgement makes a decision Undetermined only where it could
// change the outcome: if answering it yes and answering it no give the same
// outcome, leaving it unassessed gives that outcome too.
func TestUnassessedJudgementUndeterminedOnlyWhereItMatters(t *testing.T) {
	setters := map[string]func(p *confiscation.Profile, f *confiscation.Facts, j convention.Judgement){
		"discrimination": func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) {
			f.Discrimination.Belief = j
		},
		"de minimis value": func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.DeMinimisValue = j },
		"third parties":    func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.ThirdPartyRights = j },
		"sufficient":       func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.SufficientEvidence = j },
		"essential":        func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.EssentialInterests = j },
		"opportunity": func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) {
			f.OpportunityPossible = j
		},
		"treaty": func(p *confiscation.Profile, _ *confiscation.Facts, j convention.Judgement) {
			p.Treaty, p.ArticleInLieu = j, n
		},
	}
	names := []string{"discrimination", "de minimis value", "third parties", "sufficient", "essential", "opportunity", "treaty"}
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		name := rapid.SampledFrom(names).Draw(t, "fact")
		decide := func(p confiscation.Profile, f confiscation.Facts) convention.Outcome {
			return assess(t, r, p, f).Outcome
		}
		if rapid.Bool().Draw(t, "review") {
			resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
			decide = func(p confiscation.Profile, f confiscation.Facts) convention.Outcome {
				return review(t, r, p, f, resp).Outcome
			}
		}
		outcome := func(j convention.Judgement) convention.Outcome {
			p2, f2 := p, f
			setters[name](&p2, &f2, j)
			return decide(p2, f2)
		}
		if ifYes, ifNo := outcome(convention.Yes), outcome(convention.No); ifYes == ifNo {
			assert.Equal(t, ifYes, outcome(convention.Unassessed), "%s: yes and no both give %v", name, ifYes)
		}
	})
}

// Para. 1: "A State Party that has received a request from another State
// Party having jurisdiction over an offence established under this
// Convention ... situated in its territory shall". Both conditions, on both
// sides: without jurisdiction the article imposes nothing; property outside
// the territory leaves para. 1 (para. 2 still applies, identifying and
// tracing being how property is found); unassessed, the outcome waits.
func TestPara1JurisdictionAndTerritory(t *testing.T) {
	only1 := baseRequest()
	only1.Kinds, only1.ProvisionalOrder = confiscation.KindsOf(confiscation.KindEnforceOrder), confiscation.Order{}
	for _, c := range []struct {
		name        string
		r           confiscation.Request
		juris, terr convention.Judgement
		want        convention.Outcome
		cite        convention.Citation
	}{
		{"jurisdiction, in territory", only1, y, y, convention.Obliged, cite(1)},
		{"no jurisdiction", only1, n, y, convention.NotApplicable, cite(1)},
		{"jurisdiction unassessed", only1, convention.Unassessed, y, convention.Undetermined, cite(1)},
		{"not in territory", only1, y, n, convention.NotApplicable, cite(1)},
		{"territory unassessed", only1, y, convention.Unassessed, convention.Undetermined, cite(1)},
		{"not in territory, para. 2 sought too", baseRequest(), y, n, convention.Obliged, cite(2)},
		{"no jurisdiction, para. 2 sought too", baseRequest(), n, n, convention.NotApplicable, cite(1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := baseFacts()
			f.Jurisdiction, f.InTerritory = c.juris, c.terr
			dec := mustAssess(t, c.r, baseProfile(), f)
			assert.Equal(t, c.want, dec.Outcome, "\"having jurisdiction over an offence established under this Convention\", \"situated in its territory\"\n%s", dec)
			assert.Equal(t, c.cite, dec.Cite)
			if c.juris == n || c.terr != y {
				assert.False(t, dec.Duties.Has(confiscation.DutyConfiscate), "%s", dec)
			}
			if c.juris == y && c.terr == y {
				assert.True(t, dec.Duties.Has(confiscation.DutyConfiscate), "%s", dec)
			}
		})
	}
}

// Para. 1: "shall, to the greatest extent possible within its domestic
// legal system: (a) Submit the request ... or (b) Submit ... an order of
// confiscation". The duty is to pursue a route its domestic law opens; the
// choice between (a) and (b) is the State's; with no route open there is
// nothing its legal system makes possible (NoObligation, para. 4), and
// acting by a closed route is outside its domestic law.
func TestPara1GreatestExtentPossibleWithinDomesticLegalSystem(t *testing.T) {
	r := baseRequest()
	r.Kinds, r.ProvisionalOrder = confiscation.KindsOf(confiscation.KindEnforceOrder), confiscation.Order{}
	for _, c := range []struct {
		name             string
		enforce, order   convention.Judgement
		want             convention.Outcome
		obtainOK, giveOK convention.Outcome
	}{
		{"both routes", y, y, convention.Obliged, convention.Lawful, convention.Lawful},
		{"only (b)", y, n, convention.Obliged, convention.Unlawful, convention.Lawful},
		{"only (a)", n, y, convention.Obliged, convention.Lawful, convention.Unlawful},
		{"none", n, n, convention.NoObligation, convention.Unlawful, convention.Unlawful},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := baseProfile()
			p.Capacity.EnforceForeign, p.Capacity.OrderDomestic = c.enforce, c.order
			dec := mustAssess(t, r, p, baseFacts())
			assert.Equal(t, c.want, dec.Outcome, "\"to the greatest extent possible within its domestic legal system\"\n%s", dec)
			obtain := mustReview(t, r, p, baseFacts(), confiscation.Response{Action: confiscation.ActionObtainOrder})
			give := mustReview(t, r, p, baseFacts(), confiscation.Response{Action: confiscation.ActionEnforceOrder})
			assert.Equal(t, c.obtainOK, obtain.Outcome, "(a) \"or\" (b): the State's choice among open routes\n%s", obtain)
			assert.Equal(t, c.giveOK, give.Outcome, "%s", give)
			refuse := mustReview(t, r, p, baseFacts(), refusal())
			if c.want == convention.NoObligation {
				assert.Equal(t, convention.Lawful, refuse.Outcome, "no route: nothing the State could do\n%s", refuse)
			} else {
				assert.True(t, refuse.Violations.Has(confiscation.ViolationConfiscationRefused), "%s", refuse)
			}
		})
	}
}

// Para. 2: "the requested State Party shall take measures to identify,
// trace and freeze or seize". Identifying and tracing are owed whatever
// domestic law says of freezing; freezing or seizure where it opens a
// route (para. 4; Recovery art., para. 2(a) on an order, (b) on a request).
func TestPara2IdentifyTraceAlwaysFreezeWhereDomesticLawAllows(t *testing.T) {
	for _, c := range []struct {
		name            string
		onOrder, onReq  convention.Judgement
		order           bool
		freeze          bool
		route           confiscation.Route
		freezeReviewOut convention.Outcome
	}{
		{"on the order", y, n, true, true, confiscation.RouteFreezeOnOrder, convention.Lawful},
		{"order but no capacity on orders", n, n, true, false, confiscation.RouteUnknown, convention.Unlawful},
		{"no order produced, capacity on orders only", y, n, false, false, confiscation.RouteUnknown, convention.Unlawful},
		{"on the request", n, y, false, true, confiscation.RouteFreezeOnRequest, convention.Lawful},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := baseRequest()
			r.Kinds = confiscation.KindsOf(confiscation.KindProvisional)
			r.Order, r.Extent, r.ThirdParties = confiscation.Order{}, "", ""
			if !c.order {
				r.ProvisionalOrder = confiscation.Order{}
			}
			p := baseProfile()
			p.Capacity.FreezeOnOrder, p.Capacity.FreezeOnRequest = c.onOrder, c.onReq
			dec := mustAssess(t, r, p, baseFacts())
			assert.Equal(t, convention.Obliged, dec.Outcome)
			assert.Equal(t, cite(2), dec.Cite)
			assert.True(t, dec.Duties.Has(confiscation.DutyIdentifyTrace), "\"identify, trace\"")
			assert.True(t, dec.Routes.Has(confiscation.RouteIdentifyTrace))
			assert.Equal(t, c.freeze, dec.Duties.Has(confiscation.DutyFreezeSeize), "\"and freeze or seize\"\n%s", dec)
			if c.route != confiscation.RouteUnknown {
				assert.True(t, dec.Routes.Has(c.route))
			}
			rev := mustReview(t, r, p, baseFacts(), confiscation.Response{Action: confiscation.ActionFreeze})
			assert.Equal(t, c.freezeReviewOut, rev.Outcome, "%s", rev)
			assert.True(t, mustReview(t, r, p, baseFacts(), refusal()).Violations.Has(confiscation.ViolationMeasuresRefused),
				"refusing to identify and trace")
		})
	}
}

// Recovery art., para. 2(a), (b): freezing "upon a ... order ... or upon a
// request that provides a reasonable basis for the requested State Party to
// believe that there are sufficient grounds for taking such actions and
// that the property would eventually be subject to an order of
// confiscation". The basis is the requested State's judgement of what it
// received: without it, it "did not receive sufficient ... evidence" and may
// refuse or lift (para. 7); with it, no such ground.
func TestRecoveryPara2ReasonableBasis(t *testing.T) {
	for _, c := range []struct {
		basis convention.Judgement
		want  convention.Outcome
	}{{y, convention.Obliged}, {n, convention.MayRefuse}, {convention.Unassessed, convention.Undetermined}} {
		f := baseFacts()
		f.SufficientEvidence = c.basis
		dec := mustAssess(t, baseRequest(), baseProfile(), f)
		assert.Equal(t, c.want, dec.Outcome, "reasonable basis %v\n%s", c.basis, dec)
		assert.Equal(t, c.basis == n, dec.LiftGrounds().Has(confiscation.GroundEvidence))
	}
}

// Recovery art., para. 1: route (a) rests on the capacity of sub-paragraph
// (b) ("to order the confiscation of such property of foreign origin"), or,
// where confiscation is sought "without a criminal conviction in cases in
// which the offender cannot be prosecuted by reason of death, flight or
// absence or in other appropriate cases", on that of sub-paragraph (c);
// route (b) rests on sub-paragraph (a) ("to give effect to an order of
// confiscation issued by a court of another State Party"). "shall, in
// accordance with its domestic law: Take such measures as may be
// necessary": domestic law gives the measures their form, it does not
// excuse them; a capacity lacking shows its duty unmet, one present owes
// nothing further.
func TestRecoveryPara1RoutesRestOnCapacities(t *testing.T) {
	for _, c := range []struct {
		name                string
		basis               confiscation.Basis
		enforce, order, ncb convention.Judgement
		routes              []confiscation.Route
		duties, notDuties   []confiscation.Term
	}{
		{"conviction, order capacity", confiscation.BasisConviction, n, y, n,
			[]confiscation.Route{confiscation.RouteObtainOrder}, []confiscation.Term{confiscation.DutyEnableEnforcement},
			[]confiscation.Term{confiscation.DutyEnableOrder, confiscation.DutyEnableNonConviction}},
		{"flight, no non-conviction capacity", confiscation.BasisFlight, n, y, n,
			nil, []confiscation.Term{confiscation.DutyEnableEnforcement, confiscation.DutyEnableNonConviction},
			[]confiscation.Term{confiscation.DutyEnableOrder}},
		{"death, non-conviction capacity", confiscation.BasisDeath, y, n, y,
			[]confiscation.Route{confiscation.RouteObtainOrder, confiscation.RouteEnforceOrder}, nil,
			[]confiscation.Term{confiscation.DutyEnableEnforcement, confiscation.DutyEnableOrder, confiscation.DutyEnableNonConviction}},
		{"conviction, enforcement only", confiscation.BasisConviction, y, n, y,
			[]confiscation.Route{confiscation.RouteEnforceOrder}, []confiscation.Term{confiscation.DutyEnableOrder},
			[]confiscation.Term{confiscation.DutyEnableEnforcement}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := baseRequest()
			r.Kinds, r.ProvisionalOrder, r.ConfiscationBasis = confiscation.KindsOf(confiscation.KindEnforceOrder), confiscation.Order{}, c.basis
			p := baseProfile()
			p.Capacity.EnforceForeign, p.Capacity.OrderDomestic, p.Capacity.WithoutConviction = c.enforce, c.order, c.ncb
			dec := mustAssess(t, r, p, baseFacts())
			var want confiscation.Routes
			for _, x := range c.routes {
				want = want.With(x)
			}
			assert.Equal(t, want, dec.Routes, "%s", dec)
			for _, x := range c.duties {
				assert.True(t, dec.Duties.Has(x), "%v owed\n%s", x, dec)
			}
			for _, x := range c.notDuties {
				assert.False(t, dec.Duties.Has(x), "%v not owed\n%s", x, dec)
			}
		})
	}
}

// Para. 6: "If a State Party elects to make the taking of the measures ...
// conditional on the existence of a relevant treaty, that State Party shall
// consider this Convention the necessary and sufficient treaty basis." The
// duty and the bar on the want of a treaty attach to the State that so
// elects; a refusal for want of a treaty is never lawful either way.
func TestPara6ConventionTheNecessaryAndSufficientTreatyBasis(t *testing.T) {
	for _, cond := range []bool{true, false} {
		p := baseProfile()
		p.TreatyCondition = cond
		dec := mustAssess(t, baseRequest(), p, baseFacts())
		assert.Equal(t, cond, dec.Duties.Has(confiscation.DutyTreatyBasis), "\"If a State Party elects\"")
		assert.Equal(t, cond, dec.Barred.Has(confiscation.GroundNoTreaty))
		assert.False(t, dec.Available.Has(confiscation.GroundNoTreaty))
		rev := mustReview(t, baseRequest(), p, baseFacts(), refusal(confiscation.GroundNoTreaty))
		assert.Equal(t, convention.Unlawful, rev.Outcome, "condition %v\n%s", cond, rev)
		// Para. 6 binds the State that "elects to make the taking of the
		// measures ... conditional on the existence of a relevant treaty";
		// another State refusing for want of a treaty refuses on no ground
		// and breaks paras. 1 and 2, not para. 6.
		assert.Equal(t, cond, rev.Violations.Has(confiscation.ViolationNoTreaty), "condition %v", cond)
		assert.Equal(t, !cond, rev.Violations.Has(confiscation.ViolationConfiscationRefused), "condition %v", cond)
	}
}

// Para. 4: "The decisions or actions provided for in paragraphs 1 and 2 ...
// shall be taken ... in accordance with and subject to the provisions of
// its domestic law and its procedural rules or any bilateral or
// multilateral treaty". Where domestic law or a binding treaty requires a
// measure to be lifted, lifting it is lawful (para. 8 still applies); where
// it does not, domestic law is no ground of lifting.
func TestPara4LiftingAsDomesticLawOrTreatyRequires(t *testing.T) {
	for _, c := range []struct {
		required convention.Judgement
		want     convention.Outcome
	}{{y, convention.Lawful}, {n, convention.Unlawful}, {convention.Unassessed, convention.Undetermined}} {
		f := baseFacts()
		f.LiftRequired = c.required
		dec := mustReview(t, baseRequest(), baseProfile(), f, lifting(true, confiscation.GroundLiftRequired))
		assert.Equal(t, c.want, dec.Outcome, "\"in accordance with and subject to\": required %v\n%s", c.required, dec)
	}
	assert.True(t, mustAssess(t, baseRequest(), baseProfile(), baseFacts()).Duties.Has(confiscation.DutyDomesticLaw))
}

// Para. 9: "The provisions of this article shall not be construed to
// prejudice the rights of bona fide third parties." Where the requested
// State judges that acting would prejudice them, no duty of the article
// requires it (a refusal or lifting on that ground is lawful); where it
// judges not, the ground is unavailable; a request under para. 1(b) states
// the measures taken to notify them (para. 3(b)).
func TestPara9BonaFideThirdParties(t *testing.T) {
	for _, c := range []struct {
		prejudice convention.Judgement
		want      convention.Outcome
	}{{y, convention.Lawful}, {n, convention.Unlawful}, {convention.Unassessed, convention.Undetermined}} {
		f := baseFacts()
		f.ThirdPartyRights = c.prejudice
		for _, resp := range []confiscation.Response{refusal(confiscation.GroundThirdParties), lifting(true, confiscation.GroundThirdParties)} {
			dec := mustReview(t, baseRequest(), baseProfile(), f, resp)
			assert.Equal(t, c.want, dec.Outcome, "%v, prejudice %v\n%s", resp.Action, c.prejudice, dec)
		}
	}
	r := baseRequest()
	r.ThirdParties = ""
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, citePoint(3, 'b'), ps[0].Cite, "\"a statement specifying the measures taken ... to provide adequate notification to bona fide third parties\"")
}

// Para. 9 with para. 1: a refusal invoking only the third parties' ground,
// while the requested State has not judged whether their rights would be
// prejudiced, waits on that judgement only where it could change the
// answer. Para. 1 binds "to the greatest extent possible within its
// domestic legal system": where domestic law opens neither route, the
// refusal breaks no duty whatever the judgement, and is lawful now; where
// a route is open, the refusal stands or falls on the judgement.
func TestPara9OpenThirdPartiesWaitOnlyWhereTheyDecide(t *testing.T) {
	f := baseFacts()
	f.ThirdPartyRights = convention.Unassessed
	r := baseRequest()
	r.Kinds, r.ProvisionalOrder = confiscation.KindsOf(confiscation.KindEnforceOrder), confiscation.Order{}
	closed := baseProfile()
	closed.Capacity.EnforceForeign, closed.Capacity.OrderDomestic = n, n
	for _, c := range []struct {
		p    confiscation.Profile
		want convention.Outcome
	}{{closed, convention.Lawful}, {baseProfile(), convention.Undetermined}} {
		dec := mustReview(t, r, c.p, f, refusal(confiscation.GroundThirdParties))
		assert.Equal(t, c.want, dec.Outcome, "enforce-foreign %v\n%s", c.p.Capacity.EnforceForeign, dec)
		for _, j := range []convention.Judgement{y, n} {
			f2 := f
			f2.ThirdPartyRights = j
			d2 := mustReview(t, r, c.p, f2, refusal(confiscation.GroundThirdParties))
			if c.want == convention.Lawful {
				assert.Equal(t, convention.Lawful, d2.Outcome, "whatever the judgement (%v)", j)
			}
		}
	}
}

// Para. 3(a): "a description of the property to be confiscated, including,
// to the extent possible, the location, and where relevant, the estimated
// value"; para. 3(c): "where available, a legally admissible copy of an
// order". What is qualified is not demanded; what is given is checked.
func TestPara3QualifiedContentsNotDemanded(t *testing.T) {
	r := baseRequest()
	r.Kinds = confiscation.KindsOf(confiscation.KindObtainOrder, confiscation.KindProvisional)
	r.Order, r.Extent, r.ThirdParties = confiscation.Order{}, "", ""
	r.Property = []confiscation.Property{{Description: "BTC wallet bc1q-demo"}}
	r.ProvisionalOrder = confiscation.Order{}
	require.NoError(t, r.Validate(), "no location, no value, no order: \"to the extent possible\", \"where relevant\", \"where available\"")
	r.Property[0].Value = convention.NewMoney(decimal.NewFromInt(-3), convention.MustCurrency("EUR"))
	r.ProvisionalOrder = confiscation.Order{Type: confiscation.OrderFreezing, Authority: "Juge"}
	ps := convention.AsProblems(r.Validate())
	assert.Equal(t, []convention.Citation{citePoint(3, 'a'), citePoint(3, 'c')}, ps.Cites(), "%v", ps.Strings())
}

// Review and assessment never disagree on scope: a request the assessment
// finds outside the article is reviewed as outside it, whatever the
// response and the regime (MLA art., para. 8's bar included).
func TestReviewAndAssessmentAgreeOnScope(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		a, v := assess(t, r, p, f), review(t, r, p, f, resp)
		outside := a.Outcome == convention.NotApplicable
		assert.Equal(t, outside, v.Outcome == convention.NotApplicable && v.Cite != mlaCite(9), "assessment %v (%v), review %v (%v)", a.Outcome, a.Cite, v.Outcome, v.Cite)
	})
}

// Recovery art., para. 2(a): "freeze or seize property upon a freezing or
// seizure order issued by a court or competent authority of a requesting
// State Party". Only such an order opens freezing on the order; a request
// resting on another order is frozen, if at all, upon the request (2(b)).
func TestRecoveryPara2aUponAFreezingOrSeizureOrder(t *testing.T) {
	for _, c := range []struct {
		typ  confiscation.OrderType
		open bool
	}{{confiscation.OrderFreezing, true}, {confiscation.OrderSeizure, true}, {confiscation.OrderConfiscation, false}} {
		r := baseRequest()
		r.ProvisionalOrder.Type = c.typ
		p := baseProfile()
		p.Capacity.FreezeOnRequest = n
		dec := mustAssess(t, r, p, baseFacts())
		assert.Equal(t, c.open, dec.Routes.Has(confiscation.RouteFreezeOnOrder), "%v order\n%s", c.typ, dec)
		assert.Equal(t, c.open, dec.Duties.Has(confiscation.DutyFreezeSeize), "%v order", c.typ)
	}
}
