package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

var (
	sinkDecision    preservation.Decision
	sinkReview      preservation.Decision
	sinkStatus      preservation.Status
	sinkDesignation preservation.Designation
	sinkAssistance  preservation.Assistance
	sinkErr         error
)

// fraud is a matter whose offence's penalty is not known.
var fraud = convention.Offences{{Conduct: "fraud"}}

func undeterminedFacts() preservation.Facts {
	f := clear()
	f.DualCriminalityFails, f.NotEnsureAvailability = unk, unk
	return f
}

func pendingEvents() preservation.Events {
	return preservation.Events{Started: day("2026-11-26"), MLAReceived: day("2027-01-10"), Decided: day("2027-06-01")}
}

func partialContact() preservation.Contact {
	c := conforming()
	c.PartOfAuthority, c.Coordinates, c.Personnel = unk, unk, unk
	return c
}

// TestDecisionPathAllocatesNothing: deciding allocates nothing, whether
// the decision is determined or turns on facts still needed.
func TestDecisionPathAllocatesNothing(t *testing.T) {
	r, nr, asOf := baseline(), notEstablished(), day("2026-11-26")
	prepared, err := preservation.Prepare(nr, reserving())
	if err != nil {
		t.Fatal(err)
	}
	several := baseline()
	several.Offences = convention.Offences{insult, r.Offences[0], insult}
	for name, fn := range map[string]func(){
		"Assess obliged":      func() { sinkDecision, sinkErr = preservation.Assess(r, preservation.Profile{}, clear(), asOf) },
		"Assess undetermined": func() { sinkDecision, sinkErr = preservation.Assess(nr, reserving(), undeterminedFacts(), asOf) },
		"Review refusal": func() {
			sinkReview, sinkErr = preservation.Review(r, preservation.Profile{}, clear(), refuse(preservation.GroundOther, preservation.GroundPoliticalOffence))
		},
		"Review undetermined": func() {
			sinkReview, sinkErr = preservation.Review(nr, reserving(), undeterminedFacts(), refuse(preservation.GroundReservation))
		},
		"Review preservation": func() {
			sinkReview, sinkErr = preservation.Review(r, preservation.Profile{}, clear(), preserve("2026-11-26", "2027-01-01"))
		},
		"Review not-execute": func() {
			sinkReview, sinkErr = preservation.Review(r, preservation.Profile{}, undeterminedFacts(), preservation.Response{Action: preservation.ActionNotExecute})
		},
		"Assess Cooperation para. 3": func() {
			f := clear()
			f.Discrimination = convention.DiscriminationFacts{Belief: convention.Yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
			sinkDecision, sinkErr = preservation.Assess(r, preservation.Profile{}, f, asOf)
		},
		"ContactAssistance undetermined": func() {
			sinkAssistance, sinkErr = preservation.ContactAssistance(conforming(), fraud, convention.DiscriminationFacts{})
		},
		"Prepared.Assess": func() { sinkDecision = prepared.Assess(undeterminedFacts(), asOf) },
		"Prepared.Review": func() {
			sinkDecision, sinkErr = prepared.Review(clear(), refuse(preservation.GroundReservation, preservation.GroundPoliticalOffence))
		},
		"Assess several offences":   func() { sinkDecision, sinkErr = preservation.Assess(several, reserving(), clear(), asOf) },
		"Obligation":                func() { sinkStatus, sinkErr = preservation.Obligation(pendingEvents(), day("2027-03-01")) },
		"CheckContact":              func() { sinkDesignation, sinkErr = preservation.CheckContact(conforming()) },
		"CheckContact undetermined": func() { sinkDesignation, sinkErr = preservation.CheckContact(partialContact()) },
		"ContactAssistance": func() {
			sinkAssistance, sinkErr = preservation.ContactAssistance(conforming(), r.Offences, noDiscrimination)
		},
		"Validate": func() { sinkErr = r.Validate() },
	} {
		assert.Zero(t, testing.AllocsPerRun(200, fn), name)
	}
}

func BenchmarkAssess(b *testing.B) {
	r, p, f, asOf := baseline(), preservation.Profile{}, clear(), day("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision, sinkErr = preservation.Assess(r, p, f, asOf)
	}
}

func BenchmarkAssessUndetermined(b *testing.B) {
	r, p, f, asOf := notEstablished(), reserving(), undeterminedFacts(), day("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision, sinkErr = preservation.Assess(r, p, f, asOf)
	}
}

func BenchmarkReview(b *testing.B) {
	r, p, f, v := baseline(), preservation.Profile{}, clear(), refuse(preservation.GroundOther, preservation.GroundPoliticalOffence)
	b.ReportAllocs()
	for b.Loop() {
		sinkReview, sinkErr = preservation.Review(r, p, f, v)
	}
}

func BenchmarkObligation(b *testing.B) {
	e, asOf := pendingEvents(), day("2027-03-01")
	b.ReportAllocs()
	for b.Loop() {
		sinkStatus, sinkErr = preservation.Obligation(e, asOf)
	}
}

func BenchmarkMinimumEnd(b *testing.B) {
	d := day("2027-12-02")
	var out convention.Date
	b.ReportAllocs()
	for b.Loop() {
		out = preservation.MinimumEnd(d)
	}
	_ = out
}

func BenchmarkCheckContact(b *testing.B) {
	c := conforming()
	b.ReportAllocs()
	for b.Loop() {
		sinkDesignation, sinkErr = preservation.CheckContact(c)
	}
}

func BenchmarkContactAssistance(b *testing.B) {
	c, o := conforming(), baseline().Offences
	b.ReportAllocs()
	for b.Loop() {
		sinkAssistance, sinkErr = preservation.ContactAssistance(c, o, noDiscrimination)
	}
}

func BenchmarkValidate(b *testing.B) {
	r := baseline()
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = r.Validate()
	}
}

func BenchmarkPreparedAssess(b *testing.B) {
	pr, err := preservation.Prepare(baseline(), preservation.Profile{})
	if err != nil {
		b.Fatal(err)
	}
	f, asOf := clear(), day("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision = pr.Assess(f, asOf)
	}
}

func BenchmarkAssessSeveralOffences(b *testing.B) {
	r := baseline()
	r.Offences = convention.Offences{insult, r.Offences[0], insult, insult}
	p, f, asOf := reserving(), clear(), day("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		sinkDecision, sinkErr = preservation.Assess(r, p, f, asOf)
	}
}
