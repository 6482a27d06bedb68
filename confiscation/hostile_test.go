package confiscation_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// hostile is the size the tests below use: large enough that a quadratic
// pass would not finish, small enough to keep the tests fast.
const hostile = 100_000

// withProperty returns the baseline request with n items of property of
// EUR 1 each.
func withProperty(n int) confiscation.Request {
	r := baseRequest()
	r.Property = make([]confiscation.Property, n)
	for i := range r.Property {
		r.Property[i] = confiscation.Property{Description: "item " + strconv.Itoa(i), Value: convention.MustMoney("EUR 1")}
	}
	return r
}

// Hostile sizes, as Request's doc says: lists of property, subjects, data
// items and attachments, and long strings, are read in one pass each;
// more than MaxOffences offences, MaxRelated related requests or MaxRates
// rates is an error; deep JSON is encoding/json's error. Nothing panics.
func TestHostileSizesAreLinearOrAnError(t *testing.T) {
	t.Run("property", func(t *testing.T) {
		r := withProperty(hostile)
		require.NoError(t, r.Validate())
		p := baseProfile()
		p.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("EUR 200000")}
		f := baseFacts()
		f.DeMinimisValue = convention.Unassessed
		dec, err := confiscation.Assess(r, p, f)
		require.NoError(t, err)
		assert.Equal(t, "EUR 100000", dec.DeMinimis.Total.String())
		assert.True(t, dec.Available.Has(confiscation.GroundDeMinimisValue), "EUR 100,000 is below the threshold")
	})
	t.Run("subjects, data and attachments", func(t *testing.T) {
		r := baseRequest()
		r.Subjects = make([]mla.Subject, hostile)
		r.Data = make([]convention.DataSought, hostile)
		r.Attachments = make([]convention.Attachment, hostile)
		for i := range hostile {
			r.Subjects[i] = mla.Subject{Kind: mla.SubjectAccount, Identity: "ACC-" + strconv.Itoa(i)}
			r.Data[i] = convention.DataSought{Category: convention.DataSubscriber, Description: "holder of account " + strconv.Itoa(i)}
			r.Attachments[i] = convention.Attachment{Kind: convention.AttachmentOrder, Title: "order " + strconv.Itoa(i)}
		}
		require.NoError(t, r.Validate())
		_, err := confiscation.Assess(r, baseProfile(), baseFacts())
		require.NoError(t, err)
	})
	t.Run("long strings", func(t *testing.T) {
		r := baseRequest()
		r.Statement = strings.Repeat("The ransom was traced. ", hostile*10)
		r.Property[0].Description = strings.Repeat("x", hostile*100)
		require.NoError(t, r.Validate())
		_, err := confiscation.Assess(r, baseProfile(), baseFacts())
		require.NoError(t, err)
	})
	t.Run("offences", func(t *testing.T) {
		r := baseRequest()
		for len(r.Offences) < hostile {
			r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering"})
		}
		ps := convention.AsProblems(r.Validate())
		require.Len(t, ps, 1, "%v", ps.Strings())
		assert.Equal(t, cite(7), ps[0].Cite)
		assert.ErrorIs(t, ps[0], convention.ErrInvalid)
		_, err := confiscation.Prepare(r, baseProfile())
		assert.ErrorIs(t, err, convention.ErrInvalid)
	})
	t.Run("related requests", func(t *testing.T) {
		r := baseRequest()
		r.Related = make([]convention.Related, hostile)
		for i := range r.Related {
			r.Related[i] = convention.Related{Ref: convention.RequestRef("R-" + strconv.Itoa(i)), Relation: convention.RelationSameCase}
		}
		ps := convention.AsProblems(r.Validate())
		require.Len(t, ps, 1, "%v", ps.Strings())
		assert.Equal(t, cite(3), ps[0].Cite)
		assert.Contains(t, ps[0].Detail, "at most 256 related requests")
		r.Related = r.Related[:confiscation.MaxRelated]
		require.NoError(t, r.Validate(), "MaxRelated related requests are read")
	})
	t.Run("rates", func(t *testing.T) {
		p := baseProfile()
		p.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("EUR 1000"), Rates: make([]confiscation.Rate, hostile)}
		ps := convention.AsProblems(p.Validate())
		require.Len(t, ps, 1, "%v", ps.Strings())
		assert.Equal(t, "de_minimis.rates", ps[0].Path)
		assert.Contains(t, ps[0].Detail, "at most 256 rates")
	})
	t.Run("deep JSON", func(t *testing.T) {
		b := []byte(`{"kinds":` + strings.Repeat("[", hostile) + strings.Repeat("]", hostile) + `}`)
		var r confiscation.Request
		assert.Error(t, json.Unmarshal(b, &r))
		b = []byte(`{"property":[{"value":` + strings.Repeat(`{"a":`, hostile) + `1` + strings.Repeat("}", hostile) + `}]}`)
		assert.Error(t, json.Unmarshal(b, &r))
	})
}

// BenchmarkHostileSizes measures validating, preparing and assessing a
// request with 1k, 10k and 100k items of property against a de minimis
// threshold, and 1k, 10k and 100k subjects: the cost grows linearly.
func BenchmarkHostileSizes(b *testing.B) {
	p := baseProfile()
	p.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("EUR 200000")}
	f := baseFacts()
	f.DeMinimisValue = convention.Unassessed
	for _, n := range []int{1_000, 10_000, 100_000} {
		r := withProperty(n)
		b.Run("property-"+strconv.Itoa(n)+"/Validate", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = r.Validate()
			}
		})
		b.Run("property-"+strconv.Itoa(n)+"/Assess", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = confiscation.Assess(r, p, f)
			}
		})
		s := baseRequest()
		s.Subjects = make([]mla.Subject, n)
		for i := range s.Subjects {
			s.Subjects[i] = mla.Subject{Kind: mla.SubjectAccount, Identity: "ACC-" + strconv.Itoa(i)}
		}
		b.Run("subjects-"+strconv.Itoa(n)+"/Prepare", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = confiscation.Prepare(s, p)
			}
		})
	}
}
