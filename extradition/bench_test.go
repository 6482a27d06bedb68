package extradition_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// undetermined is base with judgements left unassessed, so that the
// decisions compute what each missing fact would change.
func undetermined() inputs {
	in := base()
	in.r.Person.National = convention.Unassessed
	in.r.Offences = append(in.r.Offences, laundering())
	in.r.Offences[0].Requested.Criminal = convention.Unassessed
	in.p.Treaty = convention.Unassessed
	in.f.MinimumPenaltyMet = convention.Unassessed
	in.f.ConsultAppropriate = convention.Unassessed
	in.f.Urgent = convention.Unassessed
	in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)}
	return in
}

func BenchmarkValidate(b *testing.B) {
	r := base().r
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Validate()
	}
}

func BenchmarkDecideScope(b *testing.B) {
	in := base()
	in.r.Offences = append(in.r.Offences, laundering())
	b.ReportAllocs()
	for b.Loop() {
		_, _ = extradition.DecideScope(in.r, in.f)
	}
}

func BenchmarkDecideBasis(b *testing.B) {
	in := base()
	in.p.Treaty = convention.No
	b.ReportAllocs()
	for b.Loop() {
		_, _ = extradition.DecideBasis(in.p, in.f)
	}
}

func BenchmarkAssess(b *testing.B) {
	in := base()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = in.assess()
	}
}

func BenchmarkAssessUndetermined(b *testing.B) {
	in := undetermined()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = in.assess()
	}
}

func BenchmarkDecideProvisional(b *testing.B) {
	in := base()
	in.r.Provisional = extradition.MeasureCustody
	b.ReportAllocs()
	for b.Loop() {
		_, _ = extradition.DecideProvisional(in.r, in.f)
	}
}

func BenchmarkReview(b *testing.B) {
	in := base()
	in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundFiscal), Consulted: true}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = in.review()
	}
}

func BenchmarkReviewUndetermined(b *testing.B) {
	in := undetermined()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = in.review()
	}
}

func BenchmarkPreparedAssess(b *testing.B) {
	in := base()
	pr, err := extradition.Prepare(in.r, in.p)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = pr.Assess(in.f)
	}
}

func BenchmarkPreparedReview(b *testing.B) {
	in := base()
	in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundFiscal), Consulted: true}
	pr, err := extradition.Prepare(in.r, in.p)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = pr.Review(in.f, in.s)
	}
}

func BenchmarkDecisionString(b *testing.B) {
	a, _ := base().assess()
	b.ReportAllocs()
	for b.Loop() {
		_ = a.String()
	}
}

// withParts is base sent as practitioners send it: in French with a
// Portuguese translation, invoking a named treaty and the Convention,
// transmitted through diplomatic channels, with its warrant and statement
// of facts attached, following a request for provisional arrest.
func withParts() inputs {
	in := base()
	in.r.Language = convention.In(language.French, language.Portuguese)
	in.r.Basis = convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention},
		Treaty: "Accord d'extradition entre la France et le Brésil (1996)"}
	in.r.Transmission = convention.Transmission{Sent: in.r.Date, Means: convention.MeansDiplomatic}
	in.r.Urgency = convention.Urgency{Urgent: true, Reasons: "the person is about to leave Brazil"}
	in.r.Attachments = []convention.Attachment{
		{Kind: convention.AttachmentWarrant, Title: "Mandat d'arrêt", Ref: "MA-2026-17", Language: language.French},
		{Kind: convention.AttachmentStatement, Title: "Exposé des faits", Language: language.Portuguese}}
	in.r.Related = []convention.Related{{Ref: "PA-2026-001", Relation: convention.RelationFollows, Made: convention.MustDate("2026-11-20")}}
	return in
}

// TestDecisionsAllocateNothing asserts the decision path allocates
// nothing, for determined and undetermined cases alike.
func TestDecisionsAllocateNothing(t *testing.T) {
	for name, in := range map[string]inputs{"determined": base(), "undetermined": undetermined()} {
		in.r.Provisional = extradition.MeasureCustody
		in.p.Offences = convention.MustCatalogue("computer-fraud", "illegal-access")
		pr, err := extradition.Prepare(in.r, in.p)
		if err != nil {
			t.Fatal(err)
		}
		checks := map[string]func(){
			"Validate":          func() { _ = in.r.Validate() },
			"DecideScope":       func() { _, _ = extradition.DecideScope(in.r, in.f) },
			"DecideBasis":       func() { _, _ = extradition.DecideBasis(in.p, in.f) },
			"Assess":            func() { _, _ = in.assess() },
			"DecideProvisional": func() { _, _ = extradition.DecideProvisional(in.r, in.f) },
			"Review":            func() { _, _ = in.review() },
			"Prepare":           func() { _, _ = extradition.Prepare(in.r, in.p) },
			"Prepared.Assess":   func() { _, _ = pr.Assess(in.f) },
			"Prepared.Review":   func() { _, _ = pr.Review(in.f, in.s) },
		}
		for fn, f := range checks {
			assert.Zero(t, testing.AllocsPerRun(100, f), "%s %s", fn, name)
		}
	}
	// A request with the parts of a real request, prepared once, is decided
	// without allocating. (Validating its translations and the bases it
	// invokes allocates in convention, which names each entry's field
	// before finding a problem: Languages.Problems, LegalBasis.Problems.)
	in := withParts()
	pr, err := extradition.Prepare(in.r, in.p)
	if err != nil {
		t.Fatal(err)
	}
	in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)}
	for fn, f := range map[string]func(){
		"Prepared.Assess": func() { _, _ = pr.Assess(in.f) },
		"Prepared.Review": func() { _, _ = pr.Review(in.f, in.s) },
		"DecideBasis":     func() { _, _ = extradition.DecideBasis(in.p, in.f) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), "%s with the parts of a real request", fn)
	}
}
