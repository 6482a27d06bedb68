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
	"github.com/treatyrules/cybercrime/mla"
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
	// Three offences, the last not established under the Convention, and a
	// refusal in part as to it (para. 7); a request lacking an element of
	// para. 3(b), decided under MLA art., para. 22(a).
	ro := baseRequest()
	ro.Offences = append(ro.Offences, convention.Offence{Conduct: "extorting the hospital", Established: "computer-fraud"},
		convention.Offence{Conduct: "laundering the ransom"})
	fo := baseFacts()
	fo.Offences = append(fo.Offences, fo.Offences[0], fo.Offences[0])
	part := refusal(confiscation.GroundNotEstablished)
	part.Offences = mla.OffencesOf(2)
	prepOffences, err := confiscation.Prepare(ro, p)
	if err != nil {
		panic(err)
	}
	rn := baseRequest()
	rn.ThirdParties = ""
	prepNonconforming, err := confiscation.Prepare(rn, p)
	if err != nil {
		panic(err)
	}
	return map[string]func(){
		"AssessOffences":              func() { _, _ = confiscation.Assess(ro, p, fo) },
		"PreparedAssessOffences":      func() { _, _ = prepOffences.Assess(fo) },
		"PreparedReviewRefusalInPart": func() { _, _ = prepOffences.Review(fo, part) },
		"PreparedAssessNonconforming": func() { _, _ = prepNonconforming.Assess(f) },
		"Prepare":                     func() { _, _ = confiscation.Prepare(r, p) },
		"PreparedAssess":              func() { _, _ = prep.Assess(fg) },
		"PreparedAssessObliged":       func() { _, _ = prep.Assess(f) },
		"PreparedReviewRefusal":       func() { _, _ = prep.Review(fg, refuse) },
		"Validate":                    func() { _ = r.Validate() },
		"PrepareDeMinimis":            func() { _, _ = confiscation.Prepare(r, pd) },
		"AssessDeMinimis":             func() { _, _ = confiscation.Assess(r, pd, fd) },
		"Assess":                      func() { _, _ = confiscation.Assess(r, p, fg) },
		"AssessObliged":               func() { _, _ = confiscation.Assess(r, p, f) },
		"AssessUndetermined":          func() { _, _ = confiscation.Assess(r, p, fu) },
		"AssessTreaty":                func() { _, _ = confiscation.Assess(r, pt, fg) },
		"ReviewRefusal":               func() { _, _ = confiscation.Review(r, p, fg, refuse) },
		"ReviewEnforce":               func() { _, _ = confiscation.Review(r, p, f, enforce) },
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
		// Preparing a request naming an offence not established under the
		// Convention copies its offences once, to put them to the MLA art.
		// under the article's own scope.
		want := 0.0
		switch {
		case strings.HasPrefix(name, "Prepared"):
		case strings.HasSuffix(name, "DeMinimis"):
			want = 3
		case strings.HasSuffix(name, "Offences"):
			want = 1
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
