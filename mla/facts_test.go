package mla_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// breakFact sets the field a rule of FactRules names to an undeclared
// value (or, for the list of offences, makes it too long or longer than
// the request's) and reports whether it knew how.
func breakFact(f *mla.Facts, field string) bool {
	switch field {
	case "Offences":
		f.Offences = make([]mla.OffenceFacts, mla.MaxOffences+1)
		return true
	case "Discrimination.Grounds":
		f.Discrimination.Grounds = convention.DiscriminationGrounds(1 << 7)
		return true
	}
	v := reflect.ValueOf(f).Elem()
	if rest, ok := strings.CutPrefix(field, "Offences[]."); ok {
		v = v.FieldByName("Offences").Index(0)
		field = rest
	}
	for _, name := range strings.Split(field, ".") {
		v = v.FieldByName(name)
		if !v.IsValid() {
			return false
		}
	}
	v.SetUint(7)
	return true
}

// Every rule of Facts, broken alone on valid judgements, is reported
// alone, with its citation, its field and its JSON path; every judgement
// field of Facts has a rule.
func TestFactsEveryRuleBreaksAlone(t *testing.T) {
	rules := mla.FactRules()
	seen := map[string]bool{}
	// The last rule relates the judgements to the request: see
	// TestMLAPara1JudgementsAreOnTheRequestsOffences.
	for _, r := range rules[:len(rules)-1] {
		seen[r.Field] = true
		t.Run(r.Cite.String()+" "+r.Field, func(t *testing.T) {
			f := baseFacts()
			require.True(t, breakFact(&f, r.Field), "cannot break %s", r.Field)
			ps := convention.AsProblems(f.Validate())
			require.Len(t, ps, 1, "%v", ps)
			assert.Equal(t, r.Cite, ps[0].Cite)
			assert.Equal(t, strings.ReplaceAll(r.Field, "[]", "[0]"), ps[0].Field)
			assert.NotEmpty(t, ps[0].Path)
			assert.ErrorIs(t, ps[0], convention.ErrInvalid)
		})
	}
	ft := reflect.TypeOf(mla.Facts{})
	for i := range ft.NumField() {
		if ft.Field(i).Type == reflect.TypeOf(convention.Judgement(0)) {
			assert.True(t, seen[ft.Field(i).Name], "no rule for %s", ft.Field(i).Name)
		}
	}
	assert.True(t, seen["Discrimination.Belief"])
	assert.True(t, seen["Offences[].TrafficDataAvailable"])
	assert.True(t, seen["Offences[].Requested.Criminal"])
}

// Para. 1: the judgements per offence are on the request's offences ("at
// the same index as Request.Offences"): judgements on an offence the
// request does not name are inconsistent with it, and every decision
// that knows the request says so; fewer are unassessed, and valid.
func TestMLAPara1JudgementsAreOnTheRequestsOffences(t *testing.T) {
	r, p := fullRequest(), baseProfile() // two offences
	f := baseFacts()
	f.Offences = make([]mla.OffenceFacts, 3)
	require.NoError(t, f.Validate(), "on its own, three offences' judgements are valid")
	want := "MLA art., para. 1: Facts.Offences: inconsistent: judgements on 3 offences; the request names 2"
	pr, err := mla.Prepare(r, p)
	require.NoError(t, err)
	for name, err := range map[string]error{
		"Assess":          second(mla.Assess(r, p, f)),
		"Review":          second(mla.Review(r, p, f, refusal(mla.GroundEssentialInterests))),
		"CheckForm":       second(mla.CheckForm(r, p, f)),
		"Execution":       second(mla.Execution(mla.RegimeArticle, r, f)),
		"Prepared.Assess": second(pr.Assess(f)),
		"Prepared.Review": second(pr.Review(f, refusal(mla.GroundEssentialInterests))),
	} {
		assert.Equal(t, []string{want}, convention.AsProblems(err).Strings(), name)
		assert.Equal(t, "facts.offences", convention.AsProblems(err)[0].Path, name)
	}
	f.Offences = f.Offences[:1]
	_, err = pr.Assess(f)
	assert.NoError(t, err, "judgements on fewer offences leave the others unassessed")
}

func second[T any](_ T, err error) error { return err }

// Judgements drawn for a request are valid and consistent with it; with
// one undeclared value more, Validate and every decision report exactly
// that value.
func TestFactsValidateAgreesWithTheDecisions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "r")
		f := mlatest.FactsFor(r).Draw(t, "f")
		require.NoError(t, f.Validate())
		a, err := mla.Assess(r, mla.Profile{}, f)
		require.NoError(t, err)
		assert.True(t, a.Outcome.IsValid(), "valid judgements are decided")
		pr, err := mla.Prepare(r, mla.Profile{})
		require.NoError(t, err)
		pa, err := pr.Assess(f)
		require.NoError(t, err)
		assert.True(t, pa.Outcome.IsValid(), "valid judgements are decided")
		f.Fiscal = convention.Judgement(rapid.IntRange(3, 255).Draw(t, "bad"))
		assert.Equal(t, []convention.Citation{mlaCite(23)}, convention.AsProblems(f.Validate()).Cites())
		_, err = mla.Assess(r, mla.Profile{}, f)
		assert.Equal(t, []string{"Facts.Fiscal"}, fields(err))
	})
}

func fields(err error) []string {
	var out []string
	for _, p := range convention.AsProblems(err) {
		out = append(out, p.Field)
	}
	return out
}

// Hostile sizes: judgements on a million offences are one problem, found in
// linear time; the per-offence rules read only the first MaxOffences.
func TestFactsHostileSizeIsOneProblem(t *testing.T) {
	f := baseFacts()
	f.Offences = make([]mla.OffenceFacts, 1_000_000)
	for i := range f.Offences {
		f.Offences[i].TrafficDataAvailable = convention.Judgement(9)
	}
	start := time.Now()
	ps := convention.AsProblems(f.Validate())
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Len(t, ps, 1+mla.MaxOffences, "the count, and the first MaxOffences entries")
	assert.Equal(t, "judgements on at most 64 offences, not 1000000", ps[0].Detail)
	_, err := mla.Assess(baseRequest(), baseProfile(), f)
	assert.Len(t, convention.AsProblems(err), 1+mla.MaxOffences, "the same problems: the count is not checked against the request twice")
}

func BenchmarkFactsValidate(b *testing.B) {
	f := baseFacts()
	b.ReportAllocs()
	for b.Loop() {
		_ = f.Validate()
	}
}

// The limits are inclusive: judgements on MaxOffences offences are valid on
// their own, and judgements on as many offences as the request names are
// consistent with it.
func TestFactsLimitsAreInclusive(t *testing.T) {
	f := baseFacts()
	f.Offences = make([]mla.OffenceFacts, mla.MaxOffences)
	assert.NoError(t, f.Validate())
	r := baseRequest()
	for len(r.Offences) < mla.MaxOffences {
		r.Offences = append(r.Offences, convention.Offence{Conduct: "fraud"})
	}
	d, err := mla.Assess(r, baseProfile(), f)
	assert.NoError(t, err)
	assert.True(t, d.Outcome.IsValid(), "decided")
	_, err = mla.Assess(baseRequest(), baseProfile(), f)
	assert.Equal(t, []string{"MLA art., para. 1: Facts.Offences: inconsistent: judgements on 64 offences; the request names 1"},
		convention.AsProblems(err).Strings())
	f.Offences = append(f.Offences, mla.OffenceFacts{})
	_, err = mla.Assess(r, baseProfile(), f)
	assert.Equal(t, []string{"Facts.Offences"}, fields(err), "one problem: too many for any request, and the request's count is not checked twice")
}
