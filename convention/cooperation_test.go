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
		{"Cooperation para. 3: purpose of punishing on account of religion", convention.DiscriminationFacts{Purpose: convention.Yes, Grounds: religion}, convention.NoObligation},
		{"Cooperation para. 3: prejudice to position on account of religion", convention.DiscriminationFacts{Purpose: convention.No, Prejudice: convention.Yes, Grounds: religion}, convention.NoObligation},
		{"Cooperation para. 3: neither belief held", convention.DiscriminationFacts{Purpose: convention.No, Prejudice: convention.No}, convention.NotApplicable},
		{"Cooperation para. 3: belief on no listed ground", convention.DiscriminationFacts{Purpose: convention.Yes}, convention.NotApplicable},
		{"Cooperation para. 3: not yet assessed", convention.DiscriminationFacts{Purpose: convention.No}, convention.Undetermined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := convention.EvaluateNonDiscrimination(tt.in)
			assert.Equal(t, tt.want, got.Outcome)
			assert.Equal(t, convention.Cite(convention.ArtCooperation, 3), got.Cite)
		})
	}
	got := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{Purpose: convention.No})
	w, ok := got.WhatIf(convention.ClausePrejudice)
	require.True(t, ok)
	assert.Equal(t, convention.NotApplicable, w.IfYes, "a belief without a listed ground does not lift the obligation")
	assert.Equal(t, convention.NotApplicable, w.IfNo)
}

func TestCooperationPara3ABeliefOnAListedGroundAlwaysLiftsTheObligation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var gs convention.DiscriminationGrounds
		for _, g := range rapid.SliceOfN(rapid.IntRange(1, 6), 1, 6).Draw(t, "Grounds") {
			gs = gs.Add(convention.DiscriminationGround(g))
		}
		f := convention.DiscriminationFacts{Purpose: conventiontest.Judgement().Draw(t, "Purpose"), Prejudice: conventiontest.Judgement().Draw(t, "Prejudice"), Grounds: gs}
		got := convention.EvaluateNonDiscrimination(f)
		if f.Purpose == convention.Yes || f.Prejudice == convention.Yes {
			assert.Equal(t, convention.NoObligation, got.Outcome)
		} else {
			assert.NotEqual(t, convention.NoObligation, got.Outcome)
		}
	})
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
	f := convention.DiscriminationFacts{Purpose: convention.Yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = convention.EvaluateNonDiscrimination(f)
	}
}

func TestDecisionsDoNotAllocate(t *testing.T) {
	req, rqd := crim(convention.Yes, "hacking", ""), crim(convention.Unassessed, "intrusion", "")
	f := convention.DiscriminationFacts{Purpose: convention.Unassessed}
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
			Purpose:   conventiontest.Judgement().Draw(t, "Purpose"),
			Prejudice: conventiontest.Judgement().Draw(t, "Prejudice"),
			Grounds:   convention.DiscriminationGrounds(rapid.Uint8().Draw(t, "Grounds")),
		}
		nd := map[convention.Outcome]convention.Judgement{convention.NoObligation: convention.Yes, convention.NotApplicable: convention.No, convention.Undetermined: convention.Unassessed}
		assert.Equal(t, nd[convention.EvaluateNonDiscrimination(f).Outcome], convention.NoObligationArises(f))
	})
}
