package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

type terms = convention.Set[preservation.Term]

func set(ts ...preservation.Term) terms { return convention.SetOf(ts...) }

func TestAssessTable(t *testing.T) {
	alwaysBarred := set(preservation.GroundNoDualCriminality, preservation.GroundOther)
	withF := func(edit func(*preservation.Facts)) preservation.Facts {
		f := clear()
		edit(&f)
		return f
	}
	for _, tc := range []struct {
		name      string
		r         preservation.Request
		p         preservation.Profile
		f         preservation.Facts
		want      convention.Outcome
		cite      convention.Citation
		available terms
		barred    terms
		duties    terms
		needed    terms
	}{
		{name: "Preservation para. 3 no ground: obliged", r: baseline(), f: clear(),
			want: convention.Obliged, cite: pcite(3), barred: alwaysBarred.With(preservation.GroundReservation),
			duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 3 offence not established, no reservation: obliged", r: notEstablished(), f: clear(),
			want: convention.Obliged, cite: pcite(3), barred: alwaysBarred.With(preservation.GroundReservation),
			duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 4 reservation open, reason to believe: may refuse", r: notEstablished(), p: reserving(),
			f: withF(func(f *preservation.Facts) { f.DualCriminalityFails = yes }), want: convention.MayRefuse, cite: pcite(4),
			available: set(preservation.GroundReservation), barred: alwaysBarred},
		{name: "Preservation para. 4 reservation open, no reason to believe: obliged", r: notEstablished(), p: reserving(), f: clear(),
			want: convention.Obliged, cite: pcite(3), barred: alwaysBarred, duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 4 reservation open, belief unassessed: undetermined", r: notEstablished(), p: reserving(),
			f: withF(func(f *preservation.Facts) { f.DualCriminalityFails = unk }), want: convention.Undetermined, cite: pcite(3),
			barred: alwaysBarred, needed: set(preservation.FactDualCriminalityFails)},
		{name: "Preservation para. 4 offence established under the Convention: reservation barred", r: baseline(), p: reserving(),
			f: withF(func(f *preservation.Facts) { f.DualCriminalityFails = yes }), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 4 reservation not declared: barred", r: notEstablished(), p: preservation.Profile{RequiresDualCriminality: true},
			f: withF(func(f *preservation.Facts) { f.DualCriminalityFails = yes }), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 4 declared by a State not requiring dual criminality: barred", r: notEstablished(), p: preservation.Profile{Reservation: true},
			f: withF(func(f *preservation.Facts) { f.DualCriminalityFails = yes }), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 5(a) political offence: may refuse", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.PoliticalOffences[0] = yes }), want: convention.MayRefuse, cite: p5('a'),
			available: set(preservation.GroundPoliticalOffence), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Preservation para. 5(b) essential interests: may refuse", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.EssentialInterests = yes }), want: convention.MayRefuse, cite: p5('b'),
			available: set(preservation.GroundEssentialInterests), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Preservation paras. 4 and 5 every ground evaluated", r: notEstablished(), p: reserving(),
			f: withF(func(f *preservation.Facts) {
				f.DualCriminalityFails, f.PoliticalOffences[0], f.EssentialInterests = yes, yes, yes
			}),
			want: convention.MayRefuse, cite: pcite(4), barred: alwaysBarred,
			available: set(preservation.GroundReservation, preservation.GroundPoliticalOffence, preservation.GroundEssentialInterests)},
		{name: "Preservation para. 5(a) unassessed: undetermined", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.PoliticalOffences[0] = unk }), want: convention.Undetermined, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), needed: set(preservation.FactPoliticalOffence)},
		{name: "Preservation para. 5 ground held, another unassessed: may refuse", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.PoliticalOffences[0], f.EssentialInterests = yes, unk }), want: convention.MayRefuse, cite: p5('a'),
			available: set(preservation.GroundPoliticalOffence), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Preservation para. 6 availability not ensured, no determination yet: inform, undetermined", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.NotEnsureAvailability = yes }), want: convention.Undetermined, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyInform), needed: set(preservation.FactProceed)},
		{name: "Preservation para. 6 confidentiality threatened, requesting State proceeds: obliged and inform", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.ThreatensInvestigation, f.Proceed = yes, yes }), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyInform, preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Preservation para. 6 requesting State decides not to proceed: no obligation", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.ThreatensInvestigation, f.Proceed = yes, no }), want: convention.NoObligation, cite: pcite(6),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyInform)},
		{name: "Preservation para. 6 and para. 5 ground: may refuse, still inform", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.EssentialInterests, f.NotEnsureAvailability = yes, yes }), want: convention.MayRefuse, cite: p5('b'),
			available: set(preservation.GroundEssentialInterests), barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyInform)},
		{name: "Preservation para. 6 beliefs unassessed: undetermined", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.NotEnsureAvailability, f.ThreatensInvestigation = unk, unk }), want: convention.Undetermined, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), needed: set(preservation.FactNotEnsureAvailability, preservation.FactThreatensInvestigation)},
		{name: "Preservation para. 6 beliefs unassessed but requesting State proceeds anyway: obliged", r: baseline(),
			f: withF(func(f *preservation.Facts) {
				f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed = unk, unk, yes
			}), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		// Cooperation art., para. 3: "Nothing in this Convention shall be
		// interpreted as imposing an obligation ... to provide assistance if
		// the requested State Party has substantial grounds for believing
		// ..."; para. 5's "may only be refused if" confines the grounds of
		// refusal of an obligation, and the clause says none is imposed.
		{name: "Cooperation para. 3 belief on account of religion: may refuse preservation", r: baseline(),
			f: withF(func(f *preservation.Facts) {
				f.Discrimination = convention.DiscriminationFacts{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
			}), want: convention.MayRefuse, cite: citeCoop3,
			available: set(preservation.GroundDiscrimination), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Cooperation para. 3 belief held, listed ground not yet named: may refuse all the same", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.Discrimination = convention.DiscriminationFacts{Belief: yes} }), want: convention.MayRefuse, cite: citeCoop3,
			available: set(preservation.GroundDiscrimination), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Cooperation para. 3 listed ground named, belief not held: obliged", r: baseline(),
			f: withF(func(f *preservation.Facts) {
				f.Discrimination = convention.DiscriminationFacts{Belief: no, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
			}), want: convention.Obliged, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyPreserve, preservation.DutyPreserveMinimum)},
		{name: "Cooperation para. 3 with a para. 5 ground: both available, the article's own ground cited", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.Discrimination.Belief, f.PoliticalOffences[0] = yes, yes }), want: convention.MayRefuse, cite: p5('a'),
			available: set(preservation.GroundDiscrimination, preservation.GroundPoliticalOffence), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Cooperation para. 3 belief unassessed where it decides: undetermined", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.Discrimination = convention.DiscriminationFacts{} }), want: convention.Undetermined, cite: pcite(3),
			barred: alwaysBarred.With(preservation.GroundReservation), needed: set(preservation.FactDiscriminationBelief)},
		{name: "Cooperation para. 3 belief unassessed, para. 5 ground held: may refuse, nothing needed", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.Discrimination.Belief, f.EssentialInterests = unk, yes }), want: convention.MayRefuse, cite: p5('b'),
			available: set(preservation.GroundEssentialInterests), barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Cooperation para. 3 belief unassessed, data not in the territory: not applicable", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.Discrimination.Belief, f.InTerritory = unk, no }), want: convention.NotApplicable, cite: pcite(1),
			barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Cooperation para. 3 belief unassessed, requesting State determined not to execute: no obligation", r: baseline(),
			f: withF(func(f *preservation.Facts) {
				f.Discrimination.Belief, f.ThreatensInvestigation, f.Proceed = unk, yes, no
			}),
			want: convention.NoObligation, cite: pcite(6), barred: alwaysBarred.With(preservation.GroundReservation), duties: set(preservation.DutyInform)},
		{name: "Preservation para. 1 data not in the territory: not applicable", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.InTerritory = no; f.PoliticalOffences[0] = unk }), want: convention.NotApplicable, cite: pcite(1),
			barred: alwaysBarred.With(preservation.GroundReservation)},
		{name: "Preservation para. 1 location unassessed, ground held: undetermined on location only", r: baseline(),
			f: withF(func(f *preservation.Facts) { f.InTerritory, f.PoliticalOffences[0] = unk, yes }), want: convention.Undetermined, cite: pcite(3),
			available: set(preservation.GroundPoliticalOffence), barred: alwaysBarred.With(preservation.GroundReservation), needed: set(preservation.FactInTerritory)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := preservation.Assess(tc.r, tc.p, tc.f, convention.Date{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Outcome, "\n%s", d)
			assert.Equal(t, tc.cite, d.Cite)
			assert.Equal(t, tc.available, d.Available, "available: %v", d.Available.Slice())
			assert.Equal(t, tc.barred, d.Barred, "barred: %v", d.Barred.Slice())
			assert.Equal(t, tc.duties, d.Duties, "duties: %v", d.Duties.Slice())
			assert.Equal(t, tc.needed, d.Needed, "needed: %v", d.Needed.Slice())
			assert.True(t, d.Violations.IsEmpty())
		})
	}
}

func pcite(n int) convention.Citation { return convention.Cite(convention.ArtPreservation, n) }

// p5 cites a sub-paragraph of para. 5.
func p5(point rune) convention.Citation {
	return convention.CitePoint(convention.ArtPreservation, 5, point)
}

func TestCooperationPara3WhatIfAndNote(t *testing.T) {
	f := clear()
	f.Discrimination = convention.DiscriminationFacts{}
	d, err := preservation.Assess(baseline(), preservation.Profile{}, f, convention.Date{})
	require.NoError(t, err)
	w, ok := d.WhatIf(preservation.FactDiscriminationBelief)
	require.True(t, ok)
	assert.Equal(t, convention.MayRefuse, w.IfYes, "no obligation arises: the State may refuse")
	assert.Equal(t, convention.Obliged, w.IfNo)

	for _, g := range []convention.DiscriminationFacts{
		{Belief: yes},
		{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)},
	} {
		f.Discrimination = g
		d, err = preservation.Assess(baseline(), preservation.Profile{}, f, convention.Date{})
		require.NoError(t, err)
		require.NotEmpty(t, g.Note())
		assert.Contains(t, d.String(), g.Note(), "the note on the grounds named, as everywhere the clause applies")
		assert.Contains(t, d.Summary(), "No obligation to preserve or to assist arises")
	}
}

func TestPreservationPara4WhatIfOfTheBelief(t *testing.T) {
	f := clear()
	f.DualCriminalityFails = unk
	d, err := preservation.Assess(notEstablished(), reserving(), f, convention.Date{})
	require.NoError(t, err)
	w, ok := d.WhatIf(preservation.FactDualCriminalityFails)
	require.True(t, ok)
	assert.Equal(t, convention.MayRefuse, w.IfYes)
	assert.Equal(t, convention.Obliged, w.IfNo)
}

func TestPreservationPara3DualCriminalityWaived(t *testing.T) {
	f := clear()
	f.Requested.Criminal = no
	d, err := preservation.Assess(baseline(), reserving(), f, convention.Date{})
	require.NoError(t, err)
	assert.Equal(t, convention.NotRequired, d.Dual.Outcome)
	assert.Equal(t, pcite(3), d.Dual.Cite)
	assert.Equal(t, convention.Obliged, d.Outcome)
	assert.Contains(t, d.String(), "dual criminality: not required (Preservation art., para. 3)")
}

func TestPreservationPara4DualCriminalityRecordedNotDecisive(t *testing.T) {
	f := clear()
	f.Requesting.Criminal, f.Requested.Criminal = yes, no
	d, err := preservation.Assess(notEstablished(), reserving(), f, convention.Date{})
	require.NoError(t, err)
	assert.Equal(t, convention.NotSatisfied, d.Dual.Outcome, "recorded without waiver where para. 4 is open")
	assert.Equal(t, convention.Obliged, d.Outcome, "the belief, assessed no, decides; not today's dual criminality")
	assert.Contains(t, d.String(), "which alone decides")
}

func TestPreservationPara7MinimumEndStatedWhenObliged(t *testing.T) {
	d, err := preservation.Assess(baseline(), preservation.Profile{}, clear(), day("2026-11-26"))
	require.NoError(t, err)
	assert.Equal(t, day("2027-02-23"), d.MinimumEnd, "para. 7: ninety days, 2026-11-26 the first")
	assert.Contains(t, d.Summary(), "if effected on 2026-11-26, through 2027-02-23 inclusive")
	f := clear()
	f.InTerritory = no
	d, err = preservation.Assess(baseline(), preservation.Profile{}, f, day("2026-11-26"))
	require.NoError(t, err)
	assert.True(t, d.MinimumEnd.IsZero())
}
