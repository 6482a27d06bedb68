package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func refuse(gs ...preservation.Term) preservation.Response {
	return preservation.Response{Action: preservation.ActionRefuse, Grounds: set(gs...)}
}

func preserve(start, end string) preservation.Response {
	p := convention.Period{Start: day(start)}
	if end != "" {
		p.End = day(end)
	}
	return preservation.Response{Action: preservation.ActionPreserve, Period: p}
}

func notExecute() preservation.Response {
	return preservation.Response{Action: preservation.ActionNotExecute}
}

// with returns f changed by edit.
func with(f preservation.Facts, edit func(*preservation.Facts)) preservation.Facts {
	edit(&f)
	return f
}

func TestReviewTable(t *testing.T) {
	political := clear()
	political.PoliticalOffences[0] = yes
	essentialUnk := clear()
	essentialUnk.EssentialInterests = unk
	belief := clear()
	belief.DualCriminalityFails = yes
	outside := clear()
	outside.InTerritory = no
	threat := clear()
	threat.ThreatensInvestigation = yes
	locUnk := clear()
	locUnk.InTerritory = unk
	religion := clear()
	religion.Discrimination = convention.DiscriminationFacts{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	discUnk := clear()
	discUnk.Discrimination = convention.DiscriminationFacts{}
	informed := preserve("2026-11-26", "")
	informed.Informed = true
	for _, tc := range []struct {
		name       string
		r          preservation.Request
		p          preservation.Profile
		f          preservation.Facts
		v          preservation.Response
		want       convention.Outcome
		violations terms
		needed     terms
		cite       convention.Citation // checked when set
	}{
		{name: "Preservation para. 5 refusal on an unlisted ground: unlawful", r: baseline(), f: clear(),
			v: refuse(preservation.GroundOther), want: convention.Unlawful, violations: set(preservation.ViolationUnlistedGround)},
		{name: "Preservation para. 3 refusal for absence of dual criminality: unlawful", r: notEstablished(), f: clear(),
			v: refuse(preservation.GroundNoDualCriminality), want: convention.Unlawful, violations: set(preservation.ViolationDualCriminality)},
		{name: "Preservation para. 5 refusal on no ground: unlawful", r: baseline(), f: clear(),
			v: refuse(), want: convention.Unlawful, violations: set(preservation.ViolationNoGround)},
		{name: "Preservation para. 5(a) political offence considered: lawful", r: baseline(), f: political,
			v: refuse(preservation.GroundPoliticalOffence), want: convention.Lawful},
		{name: "Preservation para. 5(a) political offence not considered: unlawful", r: baseline(), f: clear(),
			v: refuse(preservation.GroundPoliticalOffence), want: convention.Unlawful, violations: set(preservation.ViolationPoliticalNotHeld)},
		{name: "Preservation para. 5(b) essential interests not considered prejudiced: unlawful", r: baseline(), f: clear(),
			v: refuse(preservation.GroundEssentialInterests), want: convention.Unlawful, violations: set(preservation.ViolationEssentialNotHeld)},
		{name: "Preservation para. 5(b) essential interests considered prejudiced: lawful", r: baseline(), f: with(clear(), func(f *preservation.Facts) { f.EssentialInterests = yes }),
			v: refuse(preservation.GroundEssentialInterests), want: convention.Lawful},
		{name: "Preservation para. 5(a) political offence unassessed: undetermined", r: baseline(), f: with(clear(), func(f *preservation.Facts) { f.PoliticalOffences[0] = unk }),
			v: refuse(preservation.GroundPoliticalOffence), want: convention.Undetermined, needed: set(preservation.FactPoliticalOffence)},
		{name: "Preservation para. 4 reservation declared by a State not requiring dual criminality: unlawful", r: notEstablished(), p: preservation.Profile{Reservation: true}, f: belief,
			v: refuse(preservation.GroundReservation), want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
		{name: "Preservation para. 4 reservation open, belief unassessed: undetermined", r: notEstablished(), p: reserving(), f: with(clear(), func(f *preservation.Facts) { f.DualCriminalityFails = unk }),
			v: refuse(preservation.GroundReservation), want: convention.Undetermined, needed: set(preservation.FactDualCriminalityFails)},
		{name: "Preservation para. 5(b) essential interests unassessed: undetermined", r: baseline(), f: essentialUnk,
			v: refuse(preservation.GroundEssentialInterests), want: convention.Undetermined, needed: set(preservation.FactEssentialInterests)},
		{name: "Preservation para. 5 lawful ground plus an unlisted one: unlawful as proposed", r: baseline(), f: political,
			v: refuse(preservation.GroundPoliticalOffence, preservation.GroundOther), want: convention.Unlawful, violations: set(preservation.ViolationUnlistedGround)},
		{name: "Preservation para. 4 reservation open and belief held: lawful", r: notEstablished(), p: reserving(), f: belief,
			v: refuse(preservation.GroundReservation), want: convention.Lawful},
		{name: "Preservation para. 4 reservation for an offence established under the Convention: unlawful", r: baseline(), p: reserving(), f: belief,
			v: refuse(preservation.GroundReservation), want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
		{name: "Preservation para. 4 reservation never declared: unlawful", r: notEstablished(), p: preservation.Profile{RequiresDualCriminality: true}, f: belief,
			v: refuse(preservation.GroundReservation), want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
		{name: "Preservation para. 4 reservation without reason to believe: unlawful", r: notEstablished(), p: reserving(), f: clear(),
			v: refuse(preservation.GroundReservation), want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
		// Para. 7: "a period not less than ninety days", the day of effect
		// the first (convention.Period.Days).
		{name: "Preservation para. 7 period of 89 days: unlawful", r: baseline(), f: clear(),
			v: preserve("2026-11-26", "2027-02-22"), want: convention.Unlawful, violations: set(preservation.ViolationPeriodTooShort)},
		{name: "Preservation para. 7 period of exactly 90 days: lawful", r: baseline(), f: clear(),
			v: preserve("2026-11-26", "2027-02-23"), want: convention.Lawful},
		{name: "Preservation para. 7 1 March to 29 May, ninety days counted inclusively: lawful", r: baseline(), f: clear(),
			v: preserve("2027-03-01", "2027-05-29"), want: convention.Lawful},
		{name: "Preservation para. 7 1 March to 28 May, 89 days: unlawful", r: baseline(), f: clear(),
			v: preserve("2027-03-01", "2027-05-28"), want: convention.Unlawful, violations: set(preservation.ViolationPeriodTooShort)},
		{name: "Preservation para. 7 period ending on 29 February: 90 days", r: baseline(), f: clear(),
			v: preserve("2027-12-02", "2028-02-29"), want: convention.Lawful},
		{name: "Preservation para. 7 period ending on 28 February of a leap year: 89 days", r: baseline(), f: clear(),
			v: preserve("2027-12-02", "2028-02-28"), want: convention.Unlawful, violations: set(preservation.ViolationPeriodTooShort)},
		{name: "Preservation para. 7 period over 28 February of a common year: 90 days", r: baseline(), f: clear(),
			v: preserve("2026-12-01", "2027-02-28"), want: convention.Lawful},
		{name: "Preservation para. 7 until further notice: lawful", r: baseline(), f: clear(),
			v: preserve("2026-11-26", ""), want: convention.Lawful},
		{name: "Preservation para. 6 belief held, not informed: unlawful", r: baseline(), f: threat,
			v: preserve("2026-11-26", ""), want: convention.Unlawful, violations: set(preservation.ViolationNotInformed)},
		// Para. 6: "it shall promptly so inform the requesting State Party,
		// which shall then determine whether the request should
		// nevertheless be executed": who decides is the requesting State.
		{name: "Preservation para. 6 belief held, informed, requesting State proceeds: lawful", r: baseline(), f: with(threat, func(f *preservation.Facts) { f.Proceed = yes }),
			v: informed, want: convention.Lawful},
		{name: "Preservation para. 6 belief held, informed, determination awaited: undetermined", r: baseline(), f: threat,
			v: informed, want: convention.Undetermined, needed: set(preservation.FactProceed)},
		{name: "Preservation para. 6 preserving against the requesting State's determination: unlawful", r: baseline(), f: with(threat, func(f *preservation.Facts) { f.Proceed = no }),
			v: informed, want: convention.Unlawful, violations: set(preservation.ViolationExecutedAgainstDetermination)},
		{name: "Preservation para. 6 no belief: preserving needs no determination", r: baseline(), f: with(clear(), func(f *preservation.Facts) { f.Proceed = no }),
			v: preserve("2026-11-26", ""), want: convention.Lawful},
		{name: "Preservation para. 6 beliefs unassessed, not informed, requesting State proceeds: undetermined on the beliefs", r: baseline(),
			f: with(clear(), func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = unk, unk, yes
			}),
			v: preserve("2026-11-26", ""), want: convention.Undetermined, needed: set(preservation.FactNotEnsureAvailability, preservation.FactThreatensInvestigation)},
		{name: "Preservation para. 6 beliefs unassessed, informed, requesting State proceeds: lawful either way", r: baseline(),
			f: with(clear(), func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = unk, unk, yes
			}),
			v: informed, want: convention.Lawful},
		{name: "Preservation para. 6 requesting State determined not to execute: not executing is lawful", r: baseline(), f: with(threat, func(f *preservation.Facts) { f.Proceed = no }),
			v: notExecute(), want: convention.Lawful},
		{name: "Preservation para. 6 requesting State determined to proceed: not executing is unlawful", r: baseline(), f: with(threat, func(f *preservation.Facts) { f.Proceed = yes }),
			v: notExecute(), want: convention.Unlawful, violations: set(preservation.ViolationNotExecutedWithoutDetermination)},
		{name: "Preservation para. 6 determination awaited: not executing is undetermined", r: baseline(), f: threat,
			v: notExecute(), want: convention.Undetermined, needed: set(preservation.FactProceed)},
		{name: "Preservation para. 6 no belief held: not executing is unlawful", r: baseline(), f: with(clear(), func(f *preservation.Facts) { f.Proceed = no }),
			v: notExecute(), want: convention.Unlawful, violations: set(preservation.ViolationNotExecutedWithoutDetermination)},
		{name: "Preservation para. 6 beliefs unassessed, requesting State declined: not executing turns on the beliefs", r: baseline(),
			f: with(clear(), func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = unk, unk, no
			}),
			v: notExecute(), want: convention.Undetermined, needed: set(preservation.FactNotEnsureAvailability, preservation.FactThreatensInvestigation)},
		{name: "Preservation para. 6 one limb held, the other unassessed: the belief is held", r: baseline(),
			f: with(clear(), func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = yes, unk, no
			}),
			v: notExecute(), want: convention.Lawful},
		// Cooperation art., para. 3: "Nothing in this Convention shall be
		// interpreted as imposing an obligation ... to provide assistance if
		// the requested State Party has substantial grounds for believing
		// ...".
		{name: "Cooperation para. 3 refusal of preservation for persecution on account of religion: lawful", r: baseline(), f: religion,
			v: refuse(preservation.GroundDiscrimination), want: convention.Lawful, cite: citeCoop3},
		{name: "Cooperation para. 3 refusal without the belief: unlawful", r: baseline(), f: clear(),
			v: refuse(preservation.GroundDiscrimination), want: convention.Unlawful, violations: set(preservation.ViolationDiscriminationNotBelieved)},
		{name: "Cooperation para. 3 refusal, belief unassessed: undetermined", r: baseline(), f: discUnk,
			v: refuse(preservation.GroundDiscrimination), want: convention.Undetermined, needed: set(preservation.FactDiscriminationBelief)},
		{name: "Cooperation para. 3 belief held, refusal on an unlisted ground: unlawful as proposed", r: baseline(), f: religion,
			v: refuse(preservation.GroundOther), want: convention.Unlawful, violations: set(preservation.ViolationUnlistedGround)},
		{name: "Cooperation para. 3 belief unassessed, refusal on another ground that holds: lawful", r: baseline(), f: func() preservation.Facts {
			f := discUnk
			f.PoliticalOffences[0] = yes
			return f
		}(), v: refuse(preservation.GroundPoliticalOffence), want: convention.Lawful},
		{name: "Preservation para. 1 data not in the territory: not applicable", r: baseline(), f: outside,
			v: refuse(preservation.GroundOther), want: convention.NotApplicable},
		{name: "Preservation para. 1 location unassessed: unlawful only if in the territory", r: baseline(), f: locUnk,
			v: refuse(preservation.GroundOther), want: convention.Undetermined, violations: set(preservation.ViolationUnlistedGround), needed: set(preservation.FactInTerritory)},
		{name: "Preservation para. 1 location unassessed, a violation found: nothing else is needed", r: baseline(),
			f: with(locUnk, func(f *preservation.Facts) { f.Discrimination.Belief, f.PoliticalOffences[0] = unk, unk }),
			v: refuse(preservation.GroundOther, preservation.GroundDiscrimination, preservation.GroundPoliticalOffence), want: convention.Undetermined,
			violations: set(preservation.ViolationUnlistedGround), needed: set(preservation.FactInTerritory)},
		{name: "Preservation para. 6 not informed, beliefs and determination unassessed: only the beliefs matter", r: baseline(),
			f: with(clear(), func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = unk, unk, unk
			}),
			v: preserve("2026-11-26", ""), want: convention.Undetermined, needed: set(preservation.FactNotEnsureAvailability, preservation.FactThreatensInvestigation)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := preservation.Review(tc.r, tc.p, tc.f, tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, v.Outcome, "\n%s", v)
			assert.Equal(t, tc.violations, v.Violations, "violations: %v", v.Violations.Slice())
			assert.Equal(t, tc.needed, v.Needed, "needed: %v", v.Needed.Slice())
			if !tc.cite.IsZero() {
				assert.Equal(t, tc.cite, v.Cite)
			}
			if tc.want == convention.Unlawful {
				assert.Contains(t, v.Summary(), "UNLAWFUL")
			}
		})
	}
}

func TestPreservationPara1LocationWhatIf(t *testing.T) {
	f := clear()
	f.InTerritory = unk
	v, err := preservation.Review(baseline(), preservation.Profile{}, f, refuse(preservation.GroundOther))
	require.NoError(t, err)
	w, ok := v.WhatIf(preservation.FactInTerritory)
	require.True(t, ok)
	assert.Equal(t, convention.Unlawful, w.IfYes)
	assert.Equal(t, convention.NotApplicable, w.IfNo)
}

// TestPreservationPara7FixedEndYieldsToAPendingDecision: "Following receipt
// of such a request, the data shall continue to be preserved pending a
// decision on that request": a lawful fixed end is no licence to release
// while a decision is pending, and the review says so.
func TestPreservationPara7FixedEndYieldsToAPendingDecision(t *testing.T) {
	v, err := preservation.Review(baseline(), preservation.Profile{}, clear(), preserve("2026-11-26", "2027-06-30"))
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, v.Outcome)
	assert.Contains(t, v.Summary(), "Whatever the end proposed (2027-06-30), once a request for search, seizure or disclosure is received while the data is preserved, keep it until a decision on that request")
	v, err = preservation.Review(baseline(), preservation.Profile{}, clear(), preserve("2026-11-26", ""))
	require.NoError(t, err)
	assert.NotContains(t, v.Summary(), "Whatever the end proposed", "until further notice has no end to yield")
}

// TestCooperationPara3LawfulRefusalSaysWhy: a refusal resting on the
// non-discrimination clause cites it and says it conforms to it, with the
// note on the grounds named.
func TestCooperationPara3LawfulRefusalSaysWhy(t *testing.T) {
	f := clear()
	f.Discrimination = convention.DiscriminationFacts{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	v, err := preservation.Review(baseline(), preservation.Profile{}, f, refuse(preservation.GroundDiscrimination))
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, v.Outcome)
	assert.Equal(t, citeCoop3, v.Cite)
	assert.Contains(t, v.Summary(), "LAWFUL: the proposed refusal conforms to the Preservation article and to Cooperation art., para. 3.")
	assert.Contains(t, v.String(), f.Discrimination.Note())
}

// A refusal rests on the paragraph that gives its ground: the reservation on
// para. 4 ("may ... reserve the right to refuse the request for
// preservation"), the political offence on para. 5(a), essential interests
// on para. 5(b) ("In addition, a request for preservation may only be
// refused if: a. ... b. ..."), the non-discrimination clause on Cooperation
// art., para. 3 where it is the only ground. Assessment and review cite the
// same paragraph.
func TestPreservationRefusalRestsOnTheParagraphOfItsGround(t *testing.T) {
	both := clear()
	both.Discrimination.Belief, both.EssentialInterests = yes, yes
	for _, tc := range []struct {
		name string
		r    preservation.Request
		p    preservation.Profile
		f    preservation.Facts
		g    []preservation.Term
		want convention.Citation
	}{
		{"para. 4 reservation", notEstablished(), reserving(), with(clear(), func(f *preservation.Facts) { f.DualCriminalityFails = yes }),
			[]preservation.Term{preservation.GroundReservation}, pcite(4)},
		{"para. 5(a) political offence", baseline(), preservation.Profile{}, with(clear(), func(f *preservation.Facts) { f.PoliticalOffences[0] = yes }),
			[]preservation.Term{preservation.GroundPoliticalOffence}, p5('a')},
		{"para. 5(b) essential interests", baseline(), preservation.Profile{}, with(clear(), func(f *preservation.Facts) { f.EssentialInterests = yes }),
			[]preservation.Term{preservation.GroundEssentialInterests}, p5('b')},
		{"Cooperation para. 3 alone", baseline(), preservation.Profile{}, with(clear(), func(f *preservation.Facts) { f.Discrimination.Belief = yes }),
			[]preservation.Term{preservation.GroundDiscrimination}, citeCoop3},
		{"Cooperation para. 3 and para. 5(b): the article's own ground", baseline(), preservation.Profile{}, both,
			[]preservation.Term{preservation.GroundDiscrimination, preservation.GroundEssentialInterests}, p5('b')},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := preservation.Assess(tc.r, tc.p, tc.f, convention.Date{})
			require.NoError(t, err)
			assert.Equal(t, convention.MayRefuse, a.Outcome)
			assert.Equal(t, tc.want, a.Cite, "assessment")
			d, err := preservation.Review(tc.r, tc.p, tc.f, refuse(tc.g...))
			require.NoError(t, err)
			assert.Equal(t, convention.Lawful, d.Outcome)
			assert.Equal(t, tc.want, d.Cite, "review")
		})
	}
	// A refusal invoking no ground rests on para. 5's "may only be refused
	// if".
	d, err := preservation.Review(baseline(), preservation.Profile{}, clear(), refuse())
	require.NoError(t, err)
	assert.Equal(t, pcite(5), d.Cite)
}

// A prepared request reviews a response as Review does; a response that is
// itself incomplete (no action: paras. 3, 5 and 6 leave three) is an error
// with its JSON path, never a decision; an unprepared request decides
// nothing.
func TestPreparedReviewAgreesWithReview(t *testing.T) {
	pr, err := preservation.Prepare(notEstablished(), reserving())
	require.NoError(t, err)
	f := with(clear(), func(f *preservation.Facts) { f.DualCriminalityFails = yes })
	for _, v := range []preservation.Response{refuse(preservation.GroundReservation), refuse(preservation.GroundOther), preserve("2026-11-26", "2027-02-22"), notExecute()} {
		got, err := pr.Review(f, v)
		require.NoError(t, err)
		want, err := preservation.Review(notEstablished(), reserving(), f, v)
		require.NoError(t, err)
		assert.Equal(t, want, got, "%s", v.Action)
		assert.NotEqual(t, convention.OutcomeUnknown, got.Outcome)
	}
	d, err := pr.Review(f, preservation.Response{})
	require.Error(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, pcite(3), ps[0].Cite)
	assert.Equal(t, "action", ps[0].Path)

	d, err = preservation.Prepared{}.Review(f, refuse(preservation.GroundReservation))
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
}

// The review of a refusal of a request naming several offences says which
// offences a ground reaches where it does not reach them all; the review of
// preservation, and of a request outside the article, does not.
func TestReviewSummarySaysWhichOffencesAGroundReaches(t *testing.T) {
	r := baseline()
	r.Offences = append(r.Offences, insult)
	f := with(clear(), func(f *preservation.Facts) { f.PoliticalOffences[1] = yes })
	const line = "that ground does not reach the request as a whole"
	d, err := preservation.Review(r, preservation.Profile{}, f, refuse(preservation.GroundPoliticalOffence))
	require.NoError(t, err)
	assert.Equal(t, convention.Unlawful, d.Outcome)
	assert.Contains(t, d.Summary(), line)

	d, err = preservation.Review(r, preservation.Profile{}, f, preserve("2026-11-26", ""))
	require.NoError(t, err)
	assert.NotContains(t, d.Summary(), line)

	f.InTerritory = no
	d, err = preservation.Review(r, preservation.Profile{}, f, refuse(preservation.GroundPoliticalOffence))
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, d.Outcome)
	assert.NotContains(t, d.Summary(), line)
}

// TestCooperationPara3BeliefHeldRefusalBreaksNothingInParas3To5: "Nothing
// in this Convention shall be interpreted as imposing an obligation ... to
// provide assistance if the requested State Party has substantial grounds
// for believing ..." (Cooperation art., para. 3). Where the belief is held,
// no obligation to preserve arises, and para. 5's "may only be refused if"
// has nothing to confine: a refusal on no ground, or on a listed ground the
// State does not hold, breaks nothing. Not held, the same refusal is
// unlawful; unassessed, it turns on the belief. A ground the text excludes
// (para. 3's dual criminality, an unlisted ground, the reservation where it
// is not open) never makes a refusal lawful and stays a violation as
// proposed.
func TestCooperationPara3BeliefHeldRefusalBreaksNothingInParas3To5(t *testing.T) {
	belief := func(j convention.Judgement, edit func(*preservation.Facts)) preservation.Facts {
		return with(clear(), func(f *preservation.Facts) {
			f.Discrimination.Belief = j
			if edit != nil {
				edit(f)
			}
		})
	}
	essentialUnk := func(f *preservation.Facts) { f.EssentialInterests = unk }
	reservationNotBelieved := func(f *preservation.Facts) { f.DualCriminalityFails = no }
	for _, tc := range []struct {
		name       string
		r          preservation.Request
		p          preservation.Profile
		f          preservation.Facts
		v          preservation.Response
		want       convention.Outcome
		cite       convention.Citation
		violations terms
		needed     terms
	}{
		{name: "no ground, belief held: lawful on the clause", r: baseline(), f: belief(yes, nil), v: refuse(),
			want: convention.Lawful, cite: citeCoop3},
		{name: "no ground, belief not held: para. 5 'may only be refused if'", r: baseline(), f: belief(no, nil), v: refuse(),
			want: convention.Unlawful, cite: pcite(5), violations: set(preservation.ViolationNoGround)},
		{name: "no ground, belief unassessed: turns on it", r: baseline(), f: belief(unk, nil), v: refuse(),
			want: convention.Undetermined, needed: set(preservation.FactDiscriminationBelief)},
		{name: "para. 5(a) not considered political, belief held: lawful", r: baseline(), f: belief(yes, nil), v: refuse(preservation.GroundPoliticalOffence),
			want: convention.Lawful, cite: citeCoop3},
		{name: "para. 5(a) not considered political, belief not held: unlawful", r: baseline(), f: belief(no, nil), v: refuse(preservation.GroundPoliticalOffence),
			want: convention.Unlawful, violations: set(preservation.ViolationPoliticalNotHeld)},
		{name: "para. 5(b) unassessed, belief held: lawful, nothing needed", r: baseline(), f: belief(yes, essentialUnk), v: refuse(preservation.GroundEssentialInterests),
			want: convention.Lawful, cite: citeCoop3},
		{name: "para. 5(b) unassessed, belief not held: turns on para. 5(b)", r: baseline(), f: belief(no, essentialUnk), v: refuse(preservation.GroundEssentialInterests),
			want: convention.Undetermined, needed: set(preservation.FactEssentialInterests)},
		{name: "para. 5(b) not held, belief unassessed: turns on the belief alone", r: baseline(), f: belief(unk, nil),
			v:    refuse(preservation.GroundEssentialInterests, preservation.GroundPoliticalOffence),
			want: convention.Undetermined, needed: set(preservation.FactDiscriminationBelief)},
		{name: "para. 4 reservation open, no reason to believe, belief held: lawful", r: notEstablished(), p: reserving(),
			f: belief(yes, reservationNotBelieved), v: refuse(preservation.GroundReservation), want: convention.Lawful, cite: citeCoop3},
		{name: "para. 4 reservation open, no reason to believe, belief not held: unlawful", r: notEstablished(), p: reserving(),
			f: belief(no, reservationNotBelieved), v: refuse(preservation.GroundReservation),
			want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
		{name: "para. 5 unlisted ground, belief held: barred, unlawful as proposed", r: baseline(), f: belief(yes, nil), v: refuse(preservation.GroundOther),
			want: convention.Unlawful, violations: set(preservation.ViolationUnlistedGround)},
		{name: "para. 3 absence of dual criminality, belief held: barred, unlawful as proposed", r: baseline(), f: belief(yes, nil), v: refuse(preservation.GroundNoDualCriminality),
			want: convention.Unlawful, violations: set(preservation.ViolationDualCriminality)},
		{name: "para. 4 reservation not open (a Convention offence), belief held: barred, unlawful as proposed", r: baseline(), p: reserving(),
			f: belief(yes, nil), v: refuse(preservation.GroundReservation),
			want: convention.Unlawful, violations: set(preservation.ViolationReservation)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := preservation.Review(tc.r, tc.p, tc.f, tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Outcome, "\n%s", d)
			assert.Equal(t, tc.violations, d.Violations, "\n%s", d)
			if tc.needed != (terms{}) || tc.want == convention.Undetermined {
				assert.Equal(t, tc.needed, d.Needed, "\n%s", d)
			}
			if tc.cite != (convention.Citation{}) {
				assert.Equal(t, tc.cite, d.Cite)
			}
			a, err := preservation.Assess(tc.r, tc.p, tc.f, convention.Date{})
			require.NoError(t, err)
			if tc.f.Discrimination.Belief == yes {
				// The assessment agrees: the State may refuse.
				assert.Equal(t, convention.MayRefuse, a.Outcome)
			}
		})
	}
	d, err := preservation.Review(baseline(), preservation.Profile{}, belief(yes, nil), refuse())
	require.NoError(t, err)
	assert.Contains(t, d.Summary(), "no obligation to preserve arises")
}
