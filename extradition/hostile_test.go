package extradition_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// hostile is base's request with n of one kind of list entry: offences,
// attachments, related requests, translations or bases invoked.
func hostile(kind string, n int) extradition.Request {
	r := base().r
	switch kind {
	case "offences":
		r.Offences = make([]extradition.Charge, n)
		for i := range r.Offences {
			c := offence()
			c.Offence.Conduct += " #" + strconv.Itoa(i)
			r.Offences[i] = c
		}
	case "attachments":
		r.Attachments = make([]convention.Attachment, n)
		for i := range r.Attachments {
			r.Attachments[i] = convention.Attachment{Kind: convention.AttachmentEvidence, Ref: "E-" + strconv.Itoa(i)}
		}
	case "related":
		r.Related = make([]convention.Related, n)
		for i := range r.Related {
			r.Related[i] = convention.Related{Ref: convention.RequestRef("R-" + strconv.Itoa(i)), Relation: convention.RelationSameCase}
		}
	case "translations":
		r.Language = convention.Languages{Original: language.French, Translations: make([]language.Tag, n)}
		for i := range r.Language.Translations {
			r.Language.Translations[i] = language.Portuguese
		}
	case "bases":
		r.Basis = convention.LegalBasis{Invoked: make([]convention.LegalBasisKind, n)}
		for i := range r.Basis.Invoked {
			r.Basis.Invoked[i] = convention.BasisConvention
		}
	}
	return r
}

// TestExtraditionHostileSizesAreOneError: a request listing 100,000
// offences, attachments, related requests, translations or bases invoked
// is refused with one problem naming the list, in linear time (a quadratic
// check of 100,000 entries would not finish within the test's time).
func TestExtraditionHostileSizesAreOneError(t *testing.T) {
	const n = 100_000
	for _, tc := range []struct {
		kind, field string
		cite        convention.Citation
	}{
		{"offences", "Offences", cite(1)},
		{"attachments", "Attachments", cite(7)},
		{"related", "Related", cite(1)},
		{"translations", "Language.Translations", cite(1)},
		{"bases", "Basis.Invoked", cite(4)},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			r := hostile(tc.kind, n)
			ps := convention.AsProblems(r.Validate())
			require.Len(t, ps, 1, "%v", ps)
			assert.Equal(t, tc.field, ps[0].Field)
			assert.Equal(t, tc.cite, ps[0].Cite)
			assert.ErrorIs(t, ps[0], convention.ErrInvalid)
			_, err := extradition.Assess(r, extradition.Profile{}, extradition.Facts{})
			assert.Error(t, err)
			_, err = extradition.Prepare(r, extradition.Profile{})
			assert.Error(t, err)
		})
	}
}

// TestExtraditionListsAtTheLimitAreChecked: at MaxListed entries a list
// is still checked entry by entry (one attachment without a title is
// reported), and MaxOffences offences are decided.
func TestExtraditionListsAtTheLimitAreChecked(t *testing.T) {
	r := hostile("attachments", extradition.MaxListed)
	r.Attachments[extradition.MaxListed-1] = convention.Attachment{Kind: convention.AttachmentEvidence}
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, "Attachments["+strconv.Itoa(extradition.MaxListed-1)+"].Title", ps[0].Field)

	r = hostile("offences", extradition.MaxOffences)
	require.NoError(t, r.Validate())
	in := base()
	in.r = r
	a, err := in.assess()
	require.NoError(t, err)
	assert.Equal(t, extradition.MaxOffences, a.Scope.Len())
	assert.Equal(t, convention.Yes, a.Scope.Offence(extradition.MaxOffences-1).Covered)
}

// TestExtraditionListsOfMaxListedAreValid: "at most MaxListed": a list of
// exactly MaxListed valid entries passes, and one of MaxListed entries is
// checked entry by entry, never refused for its length; a valid request of
// MaxListed attachments validates without allocating.
func TestExtraditionListsOfMaxListedAreValid(t *testing.T) {
	const n = extradition.MaxListed
	for _, kind := range []string{"attachments", "related", "translations"} {
		r := hostile(kind, n)
		if kind == "translations" {
			for i := range r.Language.Translations {
				r.Language.Translations[i] = language.MustParse("pt-x-t" + strconv.Itoa(1000+i))
			}
		}
		assert.NoError(t, r.Validate(), "%d %s", n, kind)
		r = hostile(kind, n+1)
		assert.Error(t, r.Validate(), "%d %s", n+1, kind)
	}
	// Bases invoked: four kinds, so MaxListed are repeats, each reported.
	ps := convention.AsProblems(hostile("bases", n).Validate())
	assert.Len(t, ps, n-1, "each repeat reported, not the length")
	r := hostile("attachments", n)
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = r.Validate() }))
}

// TestExtraditionHugeStringsAreLinear: a person's name and every offence's
// conduct of a megabyte are accepted, decided and explained; the
// explanation quotes each conduct once, so its length grows with theirs.
func TestExtraditionHugeStringsAreLinear(t *testing.T) {
	const size = 1 << 20
	in := base()
	in.r.Person.Name = strings.Repeat("N", size)
	in.r.Offences = []extradition.Charge{offence(), offence()}
	in.r.Offences[0].Offence.Conduct = strings.Repeat("a", size)
	in.r.Offences[1].Offence.Conduct = strings.Repeat("a", size-1) + "b"
	require.NoError(t, in.r.Validate())
	a, err := in.assess()
	require.NoError(t, err)
	s := a.String()
	assert.Greater(t, len(s), 2*size)
	assert.Less(t, len(s), 8*size, "the explanation repeats no conduct more than a few times")
}

// TestExtraditionDeepJSONIsAnError: JSON nested beyond encoding/json's
// limit is a decoding error, never a panic nor a hang.
func TestExtraditionDeepJSONIsAnError(t *testing.T) {
	const depth = 100_000
	deep := `{"offences":` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`
	var r extradition.Request
	assert.Error(t, json.Unmarshal([]byte(deep), &r))
	deep = `{"person":` + strings.Repeat(`{"name":`, depth) + `"x"` + strings.Repeat("}", depth) + `}`
	assert.Error(t, json.Unmarshal([]byte(deep), &r))
}

// BenchmarkValidateHostile shows validation's cost growing linearly, or
// not at all, with the size of a list: 1k, 10k and 100k entries.
func BenchmarkValidateHostile(b *testing.B) {
	for _, kind := range []string{"offences", "attachments", "related", "translations", "bases"} {
		for _, n := range []int{1_000, 10_000, 100_000} {
			r := hostile(kind, n)
			b.Run(kind+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = r.Validate()
				}
			})
		}
	}
}

// BenchmarkAssessHugeStrings shows assessing and explaining a request
// whose conduct is 1k, 10k and 100k bytes long: linear in the length.
func BenchmarkAssessHugeStrings(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		in := base()
		in.r.Offences = []extradition.Charge{offence()}
		in.r.Offences[0].Offence.Conduct = strings.Repeat("a", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a, _ := in.assess()
				_ = a.String()
			}
		})
	}
}
