package preservation_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// hostile returns baseline with n entries in the list named by part.
func hostile(part string, n int) preservation.Request {
	r := baseline()
	for i := range n {
		s := strconv.Itoa(i)
		switch part {
		case "offences":
			r.Offences = append(r.Offences, convention.Offence{Conduct: "conduct " + s})
		case "blank-offences":
			r.Offences = append(r.Offences, convention.Offence{})
		case "data":
			r.Data = append(r.Data, convention.DataSought{Category: convention.DataTraffic, Provider: "Provider " + s,
				Identifiers: []convention.Identifier{{Kind: convention.IdentifierAccount, Value: "account-" + s}}})
		case "persons":
			r.Persons = append(r.Persons, preservation.Person{Name: "Person " + s, Role: convention.PersonWitness})
		case "attachments":
			r.Attachments = append(r.Attachments, convention.Attachment{Kind: convention.AttachmentEvidence, Title: "Exhibit " + s})
		case "related":
			r.Related = append(r.Related, convention.Related{Ref: convention.RequestRef("FR-" + s), Relation: convention.RelationSameCase})
		case "translations":
			r.Language.Original = language.French
			r.Language.Translations = append(r.Language.Translations, language.MustParse("x-t"+s))
		}
	}
	return r
}

// A request of hostile size is an error or is decided in linear time
// (Request's doc says which); at 100,000 entries each case answers at once.
// BenchmarkValidateHostileSizes shows the growth.
func TestHostileSizesAreAnErrorOrLinear(t *testing.T) {
	const n = 100_000
	problem := func(t *testing.T, r preservation.Request, cite convention.Citation, field string) convention.Problems {
		t.Helper()
		ps := convention.AsProblems(r.Validate())
		require.NotEmpty(t, ps)
		i := indexOf(ps, field)
		require.GreaterOrEqual(t, i, 0, "a problem at %s: %v", field, ps)
		assert.Equal(t, cite, ps[i].Cite)
		assert.ErrorIs(t, ps[i], convention.ErrInvalid)
		return ps
	}
	t.Run("offences beyond MaxOffences: an error", func(t *testing.T) {
		ps := problem(t, hostile("offences", n), convention.CitePoint(convention.ArtPreservation, 2, 'b'), "Offences")
		assert.Len(t, ps, 1, "each offence named: one problem, the count")
		// Each offence is still checked for a name: one problem each,
		// found in linear time.
		ps = convention.AsProblems(hostile("blank-offences", n).Validate())
		assert.Len(t, ps, n+1)
	})
	t.Run("related requests beyond MaxRelated: an error", func(t *testing.T) {
		ps := problem(t, hostile("related", n), convention.Cite(convention.ArtPreservation, 0), "Related")
		assert.Len(t, ps, 1)
		assert.NoError(t, hostile("related", preservation.MaxRelated).Validate())
	})
	t.Run("translations beyond MaxTranslations: an error", func(t *testing.T) {
		ps := problem(t, hostile("translations", n), convention.Cite(convention.ArtPreservation, 0), "Language.Translations")
		assert.Len(t, ps, 1)
		assert.NoError(t, hostile("translations", preservation.MaxTranslations).Validate())
	})
	for _, part := range []string{"data", "persons", "attachments"} {
		t.Run(part+": linear, decided", func(t *testing.T) {
			r := hostile(part, n)
			require.NoError(t, r.Validate())
			d, err := preservation.Assess(r, preservation.Profile{}, clear(), day("2026-11-26"))
			require.NoError(t, err)
			assert.Equal(t, convention.Obliged, d.Outcome)
		})
	}
	t.Run("a huge string: linear", func(t *testing.T) {
		r := baseline()
		r.Authority = strings.Repeat("Procureur de la République ", 400_000) // about 10 MB
		require.NoError(t, r.Validate())
		r.Authority = strings.Repeat(" \t\n", 3_000_000)
		ps := convention.AsProblems(r.Validate())
		require.Len(t, ps, 1)
		assert.ErrorIs(t, ps[0], convention.ErrMissing)
	})
	t.Run("deep JSON: a decoding error", func(t *testing.T) {
		for _, depth := range []int{100, 20_000, 1_000_000} {
			deep := `{"offences":` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`
			var r preservation.Request
			assert.Error(t, json.Unmarshal([]byte(deep), &r), "depth %d", depth)
		}
	})
}

func indexOf(ps convention.Problems, field string) int {
	for i, p := range ps {
		if p.Field == field {
			return i
		}
	}
	return -1
}

// BenchmarkValidateHostileSizes: validating grows linearly with each list
// (1k, 10k, 100k entries); lists beyond their guard are rejected without
// checking each entry.
func BenchmarkValidateHostileSizes(b *testing.B) {
	for _, part := range []string{"offences", "data", "persons", "attachments", "related", "translations"} {
		for _, n := range []int{1_000, 10_000, 100_000} {
			r := hostile(part, n)
			b.Run(part+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkErr = r.Validate()
				}
			})
		}
	}
}
