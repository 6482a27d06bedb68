package confiscation_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
)

// decisions lists every decision path, with inputs fixed outside the
// measured call.
func decisions() map[string]func() {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	fg := baseFacts()
	fg.EssentialInterests, fg.Fiscal, fg.DeMinimisValue = convention.Yes, convention.Yes, convention.Yes
	fu := baseFacts()
	fu.EssentialInterests, fu.DeMinimisValue = convention.Unassessed, convention.Unassessed
	pt := baseProfile()
	pt.Treaty, pt.ArticleInLieu = convention.Yes, convention.No
	fl := baseFacts()
	fl.SufficientEvidence, fl.OpportunityPossible = convention.No, convention.Unassessed
	refuse := refusal(confiscation.GroundEssentialInterests, confiscation.GroundFiscal)
	enforce := confiscation.Response{Action: confiscation.ActionEnforceOrder}
	prep, err := confiscation.Prepare(r, p)
	if err != nil {
		panic(err)
	}
	// A de minimis threshold in another currency, with the rate applied.
	pd := baseProfile()
	pd.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("KES 100000000"),
		Rates: []confiscation.Rate{{Currency: convention.MustCurrency("EUR"), Value: decimal.RequireFromString("140.25")}}}
	fd := baseFacts()
	fd.DeMinimisValue = convention.Unassessed
	return map[string]func(){
		"Prepare":               func() { _, _ = confiscation.Prepare(r, p) },
		"PreparedAssess":        func() { _, _ = prep.Assess(fg) },
		"PreparedAssessObliged": func() { _, _ = prep.Assess(f) },
		"PreparedReviewRefusal": func() { _, _ = prep.Review(fg, refuse) },
		"Validate":              func() { _ = r.Validate() },
		"PrepareDeMinimis":      func() { _, _ = confiscation.Prepare(r, pd) },
		"AssessDeMinimis":       func() { _, _ = confiscation.Assess(r, pd, fd) },
		"Assess":                func() { _, _ = confiscation.Assess(r, p, fg) },
		"AssessObliged":         func() { _, _ = confiscation.Assess(r, p, f) },
		"AssessUndetermined":    func() { _, _ = confiscation.Assess(r, p, fu) },
		"AssessTreaty":          func() { _, _ = confiscation.Assess(r, pt, fg) },
		"ReviewRefusal":         func() { _, _ = confiscation.Review(r, p, fg, refuse) },
		"ReviewEnforce":         func() { _, _ = confiscation.Review(r, p, f, enforce) },
		"ReviewLiftUndetermined": func() {
			_, _ = confiscation.Review(r, p, fl, lifting(false, confiscation.GroundEvidence))
		},
	}
}

// The decision paths allocate nothing; rendering an explanation may.
func TestDecisionsAllocateNothing(t *testing.T) {
	ds := decisions()
	for _, name := range slices.Sorted(maps.Keys(ds)) {
		// Preparing a request against a de minimis threshold records the
		// total value compared as a decimal Money (Decision.DeMinimis):
		// a few allocations, once per request. Deciding allocates nothing.
		want := 0.0
		if strings.HasSuffix(name, "DeMinimis") && !strings.HasPrefix(name, "Prepared") {
			want = 3
		}
		assert.LessOrEqual(t, testing.AllocsPerRun(50, ds[name]), want, name)
	}
}

func BenchmarkDecisions(b *testing.B) {
	ds := decisions()
	for _, name := range slices.Sorted(maps.Keys(ds)) {
		fn := ds[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				fn()
			}
		})
	}
}

func BenchmarkExplain(b *testing.B) {
	f := baseFacts()
	f.EssentialInterests = convention.Yes
	dec, _ := confiscation.Assess(baseRequest(), baseProfile(), f)
	b.ReportAllocs()
	for b.Loop() {
		_ = dec.String()
	}
}
