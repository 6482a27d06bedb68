package convention_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

const conduct = "accessing a bank's server without right and copying customer records"

func crim(j convention.Judgement, name, category string) convention.Characterisation {
	return convention.Characterisation{Criminal: j, Name: name, Category: category}
}

func TestCooperationPara2DualCriminality(t *testing.T) {
	waiver := convention.Cite(convention.ArtPreservation, 3)
	tests := []struct {
		name                  string
		requesting, requested convention.Judgement
		waiver                convention.Citation
		want                  convention.Outcome
		cite                  convention.Citation
	}{
		{"Cooperation para. 2: criminal in both under different names", convention.Yes, convention.Yes, convention.Citation{}, convention.Satisfied, convention.Cite(convention.ArtCooperation, 2)},
		{"Cooperation para. 2: not criminal in the requested State", convention.Yes, convention.No, convention.Citation{}, convention.NotSatisfied, convention.Cite(convention.ArtCooperation, 2)},
		{"Cooperation para. 2: not criminal in the requesting State", convention.No, convention.Unassessed, convention.Citation{}, convention.NotSatisfied, convention.Cite(convention.ArtCooperation, 2)},
		{"Cooperation para. 2: requested State has not assessed", convention.Yes, convention.Unassessed, convention.Citation{}, convention.Undetermined, convention.Cite(convention.ArtCooperation, 2)},
		{"Preservation para. 3 waives dual criminality", convention.No, convention.No, waiver, convention.NotRequired, waiver},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := convention.EvaluateDualCriminality(conduct, crim(tt.requesting, "hacking", "computer crime"), crim(tt.requested, "fraude informatique", "property"), tt.waiver)
			assert.Equal(t, tt.want, got.Outcome)
			assert.Equal(t, tt.cite, got.Cite)
		})
	}
}

func TestCooperationPara2UndeterminedSaysWhatEachFactWouldChange(t *testing.T) {
	got := convention.EvaluateDualCriminality(conduct, crim(convention.Yes, "", ""), crim(convention.Unassessed, "", ""), convention.Citation{})
	require.Equal(t, convention.Undetermined, got.Outcome)
	assert.True(t, got.Needed.Has(convention.ClauseCriminalRequested))
	assert.False(t, got.Needed.Has(convention.ClauseCriminalRequesting))
	w, ok := got.WhatIf(convention.ClauseCriminalRequested)
	require.True(t, ok)
	assert.Equal(t, convention.Satisfied, w.IfYes)
	assert.Equal(t, convention.NotSatisfied, w.IfNo)
	e := got.Explain()
	require.Len(t, e.Needed, 1)
	assert.Equal(t, convention.Satisfied, e.Needed[0].IfYes)
	step, ok := e.Step("criminal-in-requested-state")
	require.True(t, ok)
	assert.Contains(t, step.Note, conduct, "the step says which conduct was compared")
}

func TestCooperationPara2RenamingOrRecategorisingNeverChangesTheResult(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Characterisation().Draw(t, "requesting")
		b := conventiontest.Characterisation().Draw(t, "requested")
		a2, b2 := a, b
		a2.Name = rapid.String().Draw(t, "newRequestingName")
		b2.Name = rapid.String().Draw(t, "newRequestedName")
		a2.Category = rapid.String().Draw(t, "newRequestingCategory")
		b2.Category = rapid.String().Draw(t, "newRequestedCategory")
		b2.MaxPenalty = conventiontest.Penalty().Draw(t, "newPenalty")
		x := convention.EvaluateDualCriminality(conduct, a, b, convention.Citation{})
		y := convention.EvaluateDualCriminality(conduct, a2, b2, convention.Citation{})
		assert.Equal(t, x.Result, y.Result)
	})
}

func TestCooperationPara2IsSymmetric(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Characterisation().Draw(t, "a")
		b := conventiontest.Characterisation().Draw(t, "b")
		ab := convention.EvaluateDualCriminality(conduct, a, b, convention.Citation{})
		ba := convention.EvaluateDualCriminality(conduct, b, a, convention.Citation{})
		assert.Equal(t, ab.Outcome, ba.Outcome)
		assert.Equal(t, ab.Needed.Len(), ba.Needed.Len())
	})
}

func TestCooperationPara2SatisfiedExactlyWhenCriminalInBoth(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Characterisation().Draw(t, "a")
		b := conventiontest.Characterisation().Draw(t, "b")
		got := convention.EvaluateDualCriminality(conduct, a, b, convention.Citation{})
		assert.Equal(t, a.Criminal == convention.Yes && b.Criminal == convention.Yes, got.Outcome == convention.Satisfied)
		// A "no" from either State decides; nothing is then needed.
		if a.Criminal == convention.No || b.Criminal == convention.No {
			assert.Equal(t, convention.NotSatisfied, got.Outcome)
			assert.True(t, got.Needed.IsEmpty())
		}
		// Never guessed: an undetermined result names a missing fact.
		if got.Outcome == convention.Undetermined {
			assert.False(t, got.Needed.IsEmpty())
		}
	})
}

func TestCooperationPara2AWaiverAlwaysMeansNotRequired(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Characterisation().Draw(t, "a")
		b := conventiontest.Characterisation().Draw(t, "b")
		waiver := conventiontest.Citation().Draw(t, "waiver")
		got := convention.EvaluateDualCriminality(conduct, a, b, waiver)
		assert.Equal(t, convention.NotRequired, got.Outcome)
		assert.Equal(t, waiver, got.Cite)
	})
}

func TestCooperationPara3NonDiscrimination(t *testing.T) {
	religion := convention.DiscriminationGrounds(0).Add(convention.GroundReligion)
	tests := []struct {
		name string
		in   convention.DiscriminationFacts
		want convention.Outcome
	}{
		{"Cooperation para. 3: belief held, on account of religion", convention.DiscriminationFacts{Belief: convention.Yes, Grounds: religion}, convention.NoObligation},
		// "has substantial grounds for believing": the State's belief, not
		// the grounds it has named yet, decides.
		{"Cooperation para. 3: belief held, listed ground not yet named", convention.DiscriminationFacts{Belief: convention.Yes}, convention.NoObligation},
		{"Cooperation para. 3: belief not held", convention.DiscriminationFacts{Belief: convention.No}, convention.NotApplicable},
		{"Cooperation para. 3: belief not held though a ground is named", convention.DiscriminationFacts{Belief: convention.No, Grounds: religion}, convention.NotApplicable},
		{"Cooperation para. 3: not yet assessed", convention.DiscriminationFacts{}, convention.Undetermined},
		{"Cooperation para. 3: grounds named, belief not yet assessed", convention.DiscriminationFacts{Grounds: religion}, convention.Undetermined},
		{"Cooperation para. 3: an undeclared answer is no answer", convention.DiscriminationFacts{Belief: 7}, convention.Undetermined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := convention.EvaluateNonDiscrimination(tt.in)
			assert.Equal(t, tt.want, got.Outcome)
			assert.Equal(t, convention.Cite(convention.ArtCooperation, 3), got.Cite)
		})
	}
	got := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{})
	assert.True(t, got.Needed.Has(convention.ClauseBelief))
	w, ok := got.WhatIf(convention.ClauseBelief)
	require.True(t, ok)
	assert.Equal(t, convention.NoObligation, w.IfYes)
	assert.Equal(t, convention.NotApplicable, w.IfNo)
}

// "Nothing in this Convention shall be interpreted as imposing an
// obligation ... if the requested State Party has substantial grounds for
// believing": the State's belief decides, and the grounds it names are
// information that never changes the outcome.
func TestCooperationPara3GroundsNamedNeverChangeTheOutcome(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		belief := conventiontest.Judgement().Draw(t, "Belief")
		var gs convention.DiscriminationGrounds
		for _, g := range rapid.SliceOfN(rapid.IntRange(1, 6), 0, 6).Draw(t, "Grounds") {
			gs = gs.Add(convention.DiscriminationGround(g))
		}
		with := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{Belief: belief, Grounds: gs})
		without := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{Belief: belief})
		assert.Equal(t, without.Outcome, with.Outcome)
		if belief == convention.Yes {
			assert.Equal(t, convention.NoObligation, with.Outcome)
		} else {
			assert.NotEqual(t, convention.NoObligation, with.Outcome)
		}
	})
}

func TestCooperationPara3NoteNamesTheGrounds(t *testing.T) {
	religion := convention.DiscriminationGrounds(0).Add(convention.GroundReligion)
	assert.Contains(t, convention.DiscriminationFacts{Belief: convention.Yes, Grounds: religion}.Note(), "religion")
	assert.Contains(t, convention.DiscriminationFacts{Belief: convention.Yes}.Note(), "has not named the listed ground")
	assert.Empty(t, convention.DiscriminationFacts{Belief: convention.No}.Note())
	assert.Empty(t, convention.DiscriminationFacts{}.Note())
}

func TestDiscriminationGroundsText(t *testing.T) {
	gs := convention.DiscriminationGrounds(0).Add(convention.GroundSex).Add(convention.GroundPoliticalOpinions)
	b, err := gs.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "sex,political-opinions", string(b))
	var back convention.DiscriminationGrounds
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, gs, back)
	assert.Error(t, back.UnmarshalText([]byte("sex,language")), "language is not a listed ground")
	assert.True(t, convention.DiscriminationGrounds(1).IsEmpty(), "bit 0 is not a ground")
	assert.Equal(t, gs, gs.Add(convention.DiscriminationGround(99)))
	bad := convention.DiscriminationGrounds(1 << 7)
	assert.False(t, bad.IsValid())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, convention.ErrInvalid, "a set with undeclared bits never marshals silently")
}

func BenchmarkEvaluateDualCriminality(b *testing.B) {
	req, rqd := crim(convention.Yes, "hacking", ""), crim(convention.Yes, "intrusion", "")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = convention.EvaluateDualCriminality(conduct, req, rqd, convention.Citation{})
	}
}

func BenchmarkEvaluateDualCriminalityUndetermined(b *testing.B) {
	req, rqd := crim(convention.Yes, "hacking", ""), crim(convention.Unassessed, "intrusion", "")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = convention.EvaluateDualCriminality(conduct, req, rqd, convention.Citation{})
	}
}

func BenchmarkEvaluateNonDiscrimination(b *testing.B) {
	f := convention.DiscriminationFacts{Belief: convention.Yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = convention.EvaluateNonDiscrimination(f)
	}
}

func TestDecisionsDoNotAllocate(t *testing.T) {
	req, rqd := crim(convention.Yes, "hacking", ""), crim(convention.Unassessed, "intrusion", "")
	f := convention.DiscriminationFacts{Belief: convention.Unassessed}
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = convention.EvaluateDualCriminality(conduct, req, rqd, convention.Citation{})
		_ = convention.EvaluateNonDiscrimination(f)
	}))
}

// The explanation-free forms give the same answers as the explained ones.
func TestCooperationParas2And3ShortFormsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Characterisation().Draw(t, "a")
		b := conventiontest.Characterisation().Draw(t, "b")
		want := map[convention.Outcome]convention.Judgement{convention.Satisfied: convention.Yes, convention.NotSatisfied: convention.No, convention.Undetermined: convention.Unassessed}
		got := convention.EvaluateDualCriminality(conduct, a, b, convention.Citation{}).Outcome
		assert.Equal(t, want[got], convention.DualCriminalityMet(a.Criminal, b.Criminal))

		f := convention.DiscriminationFacts{
			Belief:  conventiontest.Judgement().Draw(t, "Belief"),
			Grounds: convention.DiscriminationGrounds(rapid.Uint8().Draw(t, "Grounds")),
		}
		nd := map[convention.Outcome]convention.Judgement{convention.NoObligation: convention.Yes, convention.NotApplicable: convention.No, convention.Undetermined: convention.Unassessed}
		assert.Equal(t, nd[convention.EvaluateNonDiscrimination(f).Outcome], convention.NoObligationArises(f))
	})
}
