package mla_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// hostile returns baseRequest with n of one kind of list entry: "subjects",
// "offences", "related", "translations", "data" or "attachments".
func hostile(kind string, n int) mla.Request {
	r := baseRequest()
	switch kind {
	case "subjects":
		for i := range n {
			r.Subjects = append(r.Subjects, mla.Subject{Kind: mla.SubjectAccount, Identity: "ACC-" + strconv.Itoa(i)})
		}
	case "offences":
		for i := range n {
			r.Offences = append(r.Offences, convention.Offence{Conduct: "fraud " + strconv.Itoa(i)})
		}
	case "related":
		for i := range n {
			r.Related = append(r.Related, convention.Related{Ref: convention.RequestRef("R-" + strconv.Itoa(i)), Relation: convention.RelationSameCase})
		}
	case "translations":
		// Distinct tags: their duplicates are looked for pairwise.
		for i := range n {
			r.Language.Translations = append(r.Language.Translations, language.MustParse("en-x-t"+strconv.Itoa(i)))
		}
	case "data":
		for i := range n {
			r.Data = append(r.Data, convention.DataSought{Category: convention.DataSubscriber, Provider: "P" + strconv.Itoa(i)})
		}
	case "attachments":
		for i := range n {
			r.Attachments = append(r.Attachments, convention.Attachment{Kind: convention.AttachmentOrder, Title: "order " + strconv.Itoa(i)})
		}
	}
	return r
}

// Hostile sizes (see Request): many subjects, data items or attachments are
// read in linear time; more offences, related requests or translations than
// the limits is one problem, found without reading the rest pairwise.
func TestRequestHostileSizes(t *testing.T) {
	const n = 100_000
	for _, tc := range []struct {
		kind  string
		field string // the one problem expected, or "" for a valid request
	}{
		{"subjects", ""},
		{"data", ""},
		{"attachments", ""},
		{"offences", "Offences"},
		{"related", "Related"},
		{"translations", "Language.Translations"},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			r := hostile(tc.kind, n)
			start := time.Now()
			err := r.Validate()
			_, aerr := mla.Assess(r, baseProfile(), baseFacts())
			assert.Less(t, time.Since(start), 5*time.Second, "linear, not quadratic")
			if tc.field == "" {
				assert.NoError(t, err)
				assert.NoError(t, aerr)
				return
			}
			assert.Equal(t, []string{tc.field}, fields(err))
			assert.Equal(t, []string{tc.field}, fields(aerr))
			assert.ErrorIs(t, err, convention.ErrInvalid)
		})
	}
}

// A huge string is read in linear time; deeply nested JSON is a decoding
// error.
func TestRequestHugeStringAndDeepJSON(t *testing.T) {
	r := baseRequest()
	r.Facts = strings.Repeat("the servers were encrypted; ", 1<<20)
	start := time.Now()
	require.NoError(t, r.Validate())
	d, err := mla.Assess(r, baseProfile(), baseFacts())
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, d.Outcome)
	assert.Less(t, time.Since(start), 5*time.Second)

	deep := `{"subjects":` + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + `}`
	var back mla.Request
	assert.Error(t, json.Unmarshal([]byte(deep), &back))
}

// Para. 28: a stay with many days on which leaving was not possible is
// computed in O(n log n); the order and repetition of those days never
// changes the protection.
func TestMLAPara28ManyInterruptions(t *testing.T) {
	s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-01-01"), Informed: d("2028-01-10")}
	// Every other day unable to leave, for 100,000 periods, given in
	// reverse order: no run of fifteen days until the last one ends.
	last := d("2028-01-11")
	for i := 100_000 - 1; i >= 0; i-- {
		day := d("2028-01-11").AddDays(2 * i)
		s.Unable = append(s.Unable, convention.Period{Start: day, End: day})
		if day.After(last) {
			last = day
		}
	}
	start := time.Now()
	st, err := mla.SafeConduct(mla.RegimeArticle, s, last.AddDays(16))
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Equal(t, convention.Ceased, st.Outcome)
	assert.Equal(t, last.AddDays(16), st.Ceased, "fifteen days of opportunity after the last day without it")
}

func BenchmarkHostileSizes(b *testing.B) {
	for _, kind := range []string{"subjects", "offences", "related", "translations"} {
		for _, n := range []int{1_000, 10_000, 100_000} {
			r := hostile(kind, n)
			b.Run(fmt.Sprintf("Validate/%s/%d", kind, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = r.Validate()
				}
			})
		}
	}
	for _, n := range []int{1_000, 10_000, 100_000} {
		s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-01-01"), Informed: d("2028-01-10")}
		for i := n - 1; i >= 0; i-- {
			day := d("2028-01-11").AddDays(2 * i)
			s.Unable = append(s.Unable, convention.Period{Start: day, End: day})
		}
		on := d("2028-01-11").AddDays(2*n + 20)
		b.Run(fmt.Sprintf("SafeConduct/unable/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = mla.SafeConduct(mla.RegimeArticle, s, on)
			}
		})
	}
}

// The limits on translations and related requests are inclusive.
func TestRequestListLimitsAreInclusive(t *testing.T) {
	for _, tc := range []struct {
		kind string
		max  int
	}{{"related", mla.MaxRelated}, {"translations", mla.MaxTranslations}, {"offences", mla.MaxOffences - 1}} {
		assert.NoError(t, hostile(tc.kind, tc.max).Validate(), tc.kind)
		assert.Error(t, hostile(tc.kind, tc.max+1).Validate(), tc.kind)
	}
}
