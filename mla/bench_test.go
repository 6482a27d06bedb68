package mla_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// decisions lists every decision path, with inputs fixed outside the
// measured call.
func decisions() map[string]func() {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	fg := baseFacts()
	fg.EssentialInterests, fg.Fiscal = convention.Yes, convention.Yes
	fu := baseFacts()
	fu.EssentialInterests, fu.DeMinimis = convention.Unassessed, convention.Unassessed
	pt := baseProfile()
	pt.Treaty, pt.ArticleInLieu = convention.Yes, convention.No
	resp := refusal(mla.GroundEssentialInterests, mla.GroundFiscal)
	stay := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"), Informed: d("2028-02-14"),
		Unable: []convention.Period{{Start: d("2028-02-20"), End: d("2028-02-22")}}}
	on := d("2028-03-10")
	prep, err := mla.Prepare(r, p)
	if err != nil {
		panic(err)
	}
	lacking := baseRequest()
	lacking.Facts, lacking.Aim, lacking.Form = "", "", mla.FormOral
	fd := baseFacts()
	fd.Discrimination = convention.DiscriminationFacts{Belief: convention.Yes}
	pu := baseProfile()
	pu.Treaty = convention.Unassessed
	full := fullRequest()
	prepFull, err := mla.Prepare(full, p)
	if err != nil {
		panic(err)
	}
	ff := baseFacts()
	ff.Offences = append(ff.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: convention.No}})
	ff.RecordsPublic = convention.No
	used := mla.Use{OtherProceedings: true, Disclosure: true, Exculpatory: convention.Yes, InformedWithoutDelay: true}
	return map[string]func(){
		"Prepare":                    func() { _, _ = mla.Prepare(r, p) },
		"PreparedAssess":             func() { _, _ = prep.Assess(fg) },
		"PreparedAssessObliged":      func() { _, _ = prep.Assess(f) },
		"PreparedAssessUndetermined": func() { _, _ = prep.Assess(fu) },
		"PreparedReview":             func() { _, _ = prep.Review(fg, resp) },
		"Assess":                     func() { _, _ = mla.Assess(r, p, fg) },
		"AssessObliged":              func() { _, _ = mla.Assess(r, p, f) },
		"AssessUndetermined":         func() { _, _ = mla.Assess(r, p, fu) },
		"AssessTreaty":               func() { _, _ = mla.Assess(r, pt, fg) },
		"AssessTreatyDiscrimination": func() { _, _ = mla.Assess(r, pt, fd) },
		"AssessNonconforming":        func() { _, _ = mla.Assess(lacking, p, f) },
		"PreparedAssessFullForm":     func() { _, _ = prepFull.Assess(ff) },
		"ReviewRegimeUnknown":        func() { _, _ = mla.Review(r, pu, fg, resp) },
		"ReviewSpontaneousUse":       func() { _ = mla.ReviewSpontaneousUse(mla.Spontaneous{Confidential: true}, used) },
		"ReviewEvidenceUse":          func() { _ = mla.ReviewEvidenceUse(mla.RegimeArticle, used) },
		"Review":                     func() { _, _ = mla.Review(r, p, fg, resp) },
		"Scope":                      func() { _, _ = mla.Scope(r) },
		"CheckForm":                  func() { _, _ = mla.CheckForm(r, p, f) },
		"DecideRegime":               func() { _ = mla.DecideRegime(p) },
		"Execution":                  func() { _, _ = mla.Execution(mla.RegimeArticle, r, f) },
		"SafeConduct":                func() { _, _ = mla.SafeConduct(mla.RegimeArticle, stay, on) },
		"DecideTransfer": func() {
			_ = mla.DecideTransfer(mla.RegimeArticle, mla.Transfer{Detained: true, Purpose: mla.TransferTestimony})
		},
		"SpontaneousUse":          func() { _ = mla.SpontaneousUse(mla.Spontaneous{Confidential: true}, mla.Use{}) },
		"SpontaneousTransmission": func() { _ = mla.SpontaneousTransmission(mla.Spontaneous{}) },
		"EvidenceUse":             func() { _ = mla.EvidenceUse(mla.RegimeArticle, mla.Use{OtherProceedings: true}) },
		"VideoHearing":            func() { _ = mla.VideoHearing(mla.RegimeArticle, mla.Hearing{Role: mla.RoleWitness, InTerritory: true}) },
		"Costs":                   func() { _ = mla.Costs(mla.RegimeArticle, f) },
		"GovernmentRecords":       func() { _ = mla.GovernmentRecords(mla.RegimeArticle, convention.Unassessed) },
		"JointInvestigation":      func() { _ = mla.JointInvestigation(mla.Joint{}) },
		"CreditDays":              func() { _ = mla.CreditDays(convention.Period{Start: on}, on.AddDays(30)) },
	}
}

// The decision paths allocate nothing; rendering an explanation may.
func TestDecisionsAllocateNothing(t *testing.T) {
	ds := decisions()
	for _, name := range slices.Sorted(maps.Keys(ds)) {
		fn := ds[name]
		assert.Zero(t, testing.AllocsPerRun(50, fn), name)
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

// BenchmarkFullForm measures reading a request with every part a form
// carries. Validation allocates the field names of the shared parts'
// consistency checks (package convention); deciding the prepared request
// allocates nothing.
func BenchmarkFullForm(b *testing.B) {
	r, p := fullRequest(), baseProfile()
	f := baseFacts()
	for name, fn := range map[string]func(){
		"Validate": func() { _ = r.Validate() },
		"Assess":   func() { _, _ = mla.Assess(r, p, f) },
	} {
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
	dec, _ := mla.Assess(baseRequest(), baseProfile(), f)
	b.ReportAllocs()
	for b.Loop() {
		_ = dec.String()
	}
}
