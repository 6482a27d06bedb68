package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// handVerdict is what a hand-written review returns: lawful or not, and
// which of paras. 8, 23, 24, 27 and 22 it breaks, as bits, with no
// citations, duties, explanation or what-ifs.
type handVerdict struct {
	lawful     bool
	violations uint8
}

const (
	handBankSecrecy = 1 << iota
	handFiscalSole
	handNoReasons
	handNoConsultation
	handNoGround
)

// handReview is the baseline the issue measures Prepared.Review against:
// the refusal grounds of para. 22(b)-(e), bank secrecy (para. 8) and
// fiscal matters (para. 23), the reasons of para. 24 and the consultation
// of para. 27, written by hand over the same Facts and Response, for a
// request within the article under the article's own regime with no
// lack of conformity.
func handReview(f *mla.Facts, r *mla.Response) handVerdict {
	var v uint8
	grounded := false
	for _, g := range [...]struct {
		t  mla.Term
		ok bool
	}{
		{mla.GroundEssentialInterests, f.EssentialInterests == convention.Yes},
		{mla.GroundDomesticProhibition, f.DomesticProhibition == convention.Yes},
		{mla.GroundDisproportionate, f.Disproportionate == convention.Yes},
		{mla.GroundLegalSystem, f.ContraryToLegalSystem == convention.Yes},
	} {
		if r.Grounds.Has(g.t) && g.ok {
			grounded = true
		}
	}
	if r.Grounds.Has(mla.GroundBankSecrecy) {
		v |= handBankSecrecy
	}
	if r.Grounds.Has(mla.GroundFiscal) && !grounded {
		v |= handFiscalSole
	}
	if !grounded && v == 0 {
		v |= handNoGround
	}
	if !r.Reasons {
		v |= handNoReasons
	}
	if !r.Consulted {
		v |= handNoConsultation
	}
	return handVerdict{lawful: v == 0, violations: v}
}

// TestHandReviewAgreesWithTheLibrary: the baseline decides the
// benchmark's cases as the library does, so that the comparison is of the
// same rules.
func TestHandReviewAgreesWithTheLibrary(t *testing.T) {
	prep, err := mla.Prepare(baseRequest(), baseProfile())
	assert.NoError(t, err)
	for name, c := range map[string]struct {
		f    func(*mla.Facts)
		resp mla.Response
	}{
		"essential interests and fiscal":    {func(f *mla.Facts) { f.EssentialInterests, f.Fiscal = convention.Yes, convention.Yes }, refusal(mla.GroundEssentialInterests, mla.GroundFiscal)},
		"fiscal alone":                      {func(f *mla.Facts) { f.Fiscal = convention.Yes }, refusal(mla.GroundFiscal)},
		"bank secrecy beside a lawful one":  {func(f *mla.Facts) { f.EssentialInterests, f.BankSecrecy = convention.Yes, convention.Yes }, refusal(mla.GroundEssentialInterests, mla.GroundBankSecrecy)},
		"no reasons":                        {func(f *mla.Facts) { f.Disproportionate = convention.Yes }, mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundDisproportionate), Consulted: true}},
		"not consulted":                     {func(f *mla.Facts) { f.DomesticProhibition = convention.Yes }, mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundDomesticProhibition), Reasons: true}},
		"a ground the State did not find":   {func(*mla.Facts) {}, refusal(mla.GroundLegalSystem)},
		"contrary to its legal system, yes": {func(f *mla.Facts) { f.ContraryToLegalSystem = convention.Yes }, refusal(mla.GroundLegalSystem)},
	} {
		f := baseFacts()
		c.f(&f)
		d, err := prep.Review(f, c.resp)
		assert.NoError(t, err, name)
		assert.Equal(t, d.Outcome == convention.Lawful, handReview(&f, &c.resp).lawful, name)
	}
}

// BenchmarkReviewAgainstHandWritten measures Prepared.Review side by side
// with handReview on the same refusal (essential interests and fiscal
// matters, with reasons, after consultation).
func BenchmarkReviewAgainstHandWritten(b *testing.B) {
	prep, err := mla.Prepare(baseRequest(), baseProfile())
	if err != nil {
		b.Fatal(err)
	}
	f := baseFacts()
	f.EssentialInterests, f.Fiscal = convention.Yes, convention.Yes
	resp := refusal(mla.GroundEssentialInterests, mla.GroundFiscal)
	b.Run("PreparedReview", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = prep.Review(f, resp)
		}
	})
	b.Run("HandWritten", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = handReview(&f, &resp)
		}
	})
}
