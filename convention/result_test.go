package convention_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
)

func TestSetOperations(t *testing.T) {
	s := convention.SetOf(convention.ClauseCriminalRequested, convention.ClauseDualRequired)
	assert.Equal(t, 2, s.Len())
	assert.True(t, s.Has(convention.ClauseDualRequired))
	assert.False(t, s.Has(convention.ClauseBelief))
	assert.Equal(t, []convention.Clause{convention.ClauseDualRequired, convention.ClauseCriminalRequested}, s.Slice())
	assert.True(t, s.Without(convention.ClauseDualRequired).Without(convention.ClauseCriminalRequested).IsEmpty())
	u := convention.SetOf(convention.ClauseBelief)
	assert.Equal(t, 3, s.Union(u).Len())
	assert.True(t, s.Intersect(u).IsEmpty())
	assert.Equal(t, s, s.Union(u).Minus(u))
	big := convention.SetOf(convention.Clause(100), convention.Clause(127), convention.Clause(200))
	assert.Equal(t, 2, big.Len(), "members from 128 up are ignored")
}

func TestSetJSONUsesTermNames(t *testing.T) {
	s := convention.SetOf(convention.ClauseBelief, convention.ClauseDualRequired)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `["dual-criminality-required","discrimination-belief"]`, string(b))
	var back convention.Set[convention.Clause]
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`["no-such-term"]`), &back), convention.ErrInvalid)
	assert.Error(t, json.Unmarshal([]byte(`{"a":1}`), &back))
}

func TestExplanationJSONIsVersionedAndRoundTrips(t *testing.T) {
	r := convention.EvaluateDualCriminality(conduct, crim(convention.Yes, "hacking", ""), crim(convention.Unassessed, "", ""), convention.Citation{})
	e := r.Explain()
	b, err := json.Marshal(e)
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	assert.EqualValues(t, convention.ExplanationVersion, raw["version"])
	assert.Equal(t, convention.TextVersion, raw["text_version"])
	assert.Equal(t, "undetermined", raw["outcome"])
	assert.Equal(t, map[string]any{"id": "art_cooperation__para_2", "text": "Cooperation art., para. 2"}, raw["cite"])
	var back convention.Explanation
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, e, back)
}

func TestExplanationStringIsStable(t *testing.T) {
	r := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{Belief: convention.No})
	assert.Equal(t, `not-applicable (Cooperation art., para. 3)
  1. Cooperation art., para. 3: Has the requested State substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would cause prejudice to that person's position for any one of these reasons? no
`, r.String())
}

func TestResultEveryCitationIsRegistered(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := convention.DiscriminationFacts{
			Belief:  rapid.SampledFrom([]convention.Judgement{0, 1, 2}).Draw(t, "Belief"),
			Grounds: convention.DiscriminationGrounds(rapid.Uint8().Draw(t, "Grounds")),
		}
		r := convention.EvaluateNonDiscrimination(f)
		for _, c := range r.Citations() {
			assert.True(t, convention.Registered(c), "%s", c)
		}
		assert.True(t, r.Outcome.IsValid())
	})
}

func TestProblemsListEveryProblemAndWorkWithErrorsIs(t *testing.T) {
	ps := convention.Problems{
		{Cite: convention.CitePoint(convention.ArtMLA, 16, 'b'), Field: "B", Err: convention.ErrMissing},
		{Cite: convention.CitePoint(convention.ArtMLA, 16, 'a'), Field: "A", Err: convention.ErrMissing, Detail: "the requesting authority"},
		{Cite: convention.Cite(convention.ArtMLA, 15), Field: "A", Err: convention.ErrInvalid, Detail: "check failed"},
	}
	ps.Sort()
	require.Len(t, ps, 3)
	assert.Equal(t, []convention.Citation{convention.Cite(convention.ArtMLA, 15), convention.CitePoint(convention.ArtMLA, 16, 'a'), convention.CitePoint(convention.ArtMLA, 16, 'b')}, ps.Cites(), "sorted by citation")
	err := ps.Err()
	assert.ErrorIs(t, err, convention.ErrMissing)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	assert.NotErrorIs(t, err, convention.ErrLate)
	assert.Equal(t, "MLA art., para. 15: A: invalid: check failed (and 2 more)", err.Error())
	var p convention.Problem
	require.True(t, errors.As(err, &p))
	assert.Equal(t, "A", p.Field)
	assert.Equal(t, ps, convention.AsProblems(err))
	assert.Equal(t, "MLA art., para. 16(a): A: missing: the requesting authority", ps[1].Error())
	assert.Nil(t, convention.Problems{}.Err(), "Err is nil, not a typed nil")
	b, err := json.Marshal(ps[1:])
	require.NoError(t, err)
	assert.JSONEq(t, `[{"field":"A","cite":{"id":"art_mla__para_16__point_a","text":"MLA art., para. 16(a)"},"kind":"missing","detail":"the requesting authority"},{"field":"B","cite":{"id":"art_mla__para_16__point_b","text":"MLA art., para. 16(b)"},"kind":"missing"}]`, string(b))
}

func TestJudgementLogic(t *testing.T) {
	u, y, n := convention.Unassessed, convention.Yes, convention.No
	assert.Equal(t, n, u.And(n))
	assert.Equal(t, u, u.And(y))
	assert.Equal(t, y, y.And(y))
	assert.Equal(t, y, u.Or(y))
	assert.Equal(t, u, u.Or(n))
	assert.Equal(t, n, n.Or(n))
	assert.Equal(t, n, y.Not())
	assert.Equal(t, u, u.Not())
	assert.False(t, u.IsKnown())
}

// Every enumeration's text form round-trips, and an unknown token is an
// error that quotes it.
func TestEnumerationsRoundTripThroughText(t *testing.T) {
	type textEnum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	check := func(v textEnum, back func([]byte) (textEnum, error)) {
		b, err := v.MarshalText()
		require.NoError(t, err, v.String())
		got, err := back(b)
		require.NoError(t, err, v.String())
		assert.Equal(t, v, got)
	}
	for _, o := range convention.Outcomes() {
		check(o, func(b []byte) (textEnum, error) { var x convention.Outcome; err := x.UnmarshalText(b); return x, err })
	}
	for _, j := range []convention.Judgement{convention.Unassessed, convention.Yes, convention.No} {
		check(j, func(b []byte) (textEnum, error) { var x convention.Judgement; err := x.UnmarshalText(b); return x, err })
	}
	for k := convention.KindTest; k <= convention.KindViolation; k++ {
		check(k, func(b []byte) (textEnum, error) { var x convention.Kind; err := x.UnmarshalText(b); return x, err })
	}
	for s := convention.Shall; s <= convention.Declaratory; s++ {
		check(s, func(b []byte) (textEnum, error) { var x convention.Strength; err := x.UnmarshalText(b); return x, err })
	}
	for g := convention.GroundSex; g <= convention.GroundPoliticalOpinions; g++ {
		check(g, func(b []byte) (textEnum, error) {
			var x convention.DiscriminationGround
			err := x.UnmarshalText(b)
			return x, err
		})
	}
	var o convention.Outcome
	err := o.UnmarshalText([]byte("perhaps"))
	assert.ErrorContains(t, err, `"perhaps"`)
	assert.Equal(t, "Outcome(200)", convention.Outcome(200).String())
	_, err = convention.Outcome(200).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Judgement(9)", convention.Judgement(9).String())
	assert.False(t, convention.Judgement(9).IsValid())
	assert.True(t, slices.IsSorted(convention.Outcomes()))
}

func TestTermNamesAreUniqueAndDescribed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range convention.TermsOf[convention.Clause]() {
		d := c.Describe()
		assert.False(t, seen[d.Name], d.Name)
		seen[d.Name] = true
		assert.NotEmpty(t, d.Text)
		got, ok := convention.TermNamed[convention.Clause](d.Name)
		assert.True(t, ok)
		assert.Equal(t, c, got)
	}
	assert.Equal(t, convention.Description{}, convention.Clause(250).Describe())
	assert.Equal(t, "Clause(250)", convention.Clause(250).String())
}

func TestSetReadsAsWordsAndNeverMarshalsAnUndeclaredMember(t *testing.T) {
	s := convention.SetOf(convention.ClauseBelief, convention.ClauseDualRequired)
	assert.Equal(t, "dual-criminality-required,discrimination-belief", s.String())
	assert.Equal(t, "{dual-criminality-required,discrimination-belief}", fmt.Sprintf("%#v", s))
	bad := s.With(convention.Clause(99))
	assert.Contains(t, bad.String(), "#99")
	_, err := json.Marshal(bad)
	assert.ErrorIs(t, err, convention.ErrInvalid)
}
