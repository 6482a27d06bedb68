package implementation_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/implementation/implementationtest"
)

type decision struct {
	name string
	run  func()
}

var outcome convention.Outcome

func decisions(tb testing.TB) []decision {
	l, s := fixture(tb)
	a := implementation.Assessment{Party: s[0], Has: convention.SetOf(implementationtest.Catalogued()[:20]...)}
	c := baseChecklist(s)
	f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	rev := implementation.CommissionDecision{Ref: "CCPCJ 31/1", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		{By: implementation.Council, Act: implementation.ActApproved, Date: d("2031-07-20")},
		{By: implementation.GeneralAssembly, Act: implementation.ActModified, Date: d("2031-12-10")}}}
	return []decision{
		{"SelfAssess", func() {
			r, _ := implementation.SelfAssess(a)
			outcome = r.Outcome
		}},
		{"AssessChecklist", func() {
			r, _ := implementation.AssessChecklist(l, c, f, d("2025-01-01"))
			outcome = r.Outcome
		}},
		{"ReviewDecision", func() {
			st, _ := implementation.ReviewDecision(rev, d("2032-01-01"))
			if st.Act == implementation.ActModified {
				outcome = convention.Adopted
			}
		}},
	}
}

func BenchmarkDecisions(b *testing.B) {
	for _, dc := range decisions(b) {
		b.Run(dc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dc.run()
			}
		})
	}
}

func TestDecisionsAllocateNothing(t *testing.T) {
	for _, dc := range decisions(t) {
		if n := testing.AllocsPerRun(50, dc.run); n != 0 {
			t.Errorf("%s: %v allocations", dc.name, n)
		}
	}
}

func BenchmarkCalendar(b *testing.B) {
	l, s := fixture(b)
	c := implementation.NewCalendar(l)
	p := convention.Period{Start: d("2003-01-01"), End: d("2053-12-31")}
	b.Run("Due/50-years", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Due(p); err != nil {
				b.Fatal(err)
			}
		}
	})
	filed := []convention.Date{d("2008-06-01"), d("2014-06-01")}
	b.Run("Missed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Missed(s[0], filed, d("2040-01-01")); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// FuzzChecklistJSON decodes hostile checklists and facts and assesses them:
// never a panic; a valid checklist round-trips.
func FuzzChecklistJSON(f *testing.F) {
	l, _ := fixture(f)
	f.Add([]byte(`{"party":"ABW","requests":[{"ref":"R1","kind":"report","made":"2008-01-15","due":"2008-09-28","form":"questionnaire"},{"ref":"R2","kind":"authorities","made":"2003-10-01"}],"furnished":[{"title":"Report","furnished":"2008-06-01","request":"R1","form":"questionnaire"},{"title":"Authorities","furnished":"2003-11-01","request":"R2","authorities":[{"name":"MoJ","address":"x"}]}]}`),
		[]byte(`{"laws_promulgated":"yes","confiscation_laws":"unassessed"}`))
	f.Fuzz(func(t *testing.T, cb, fb []byte) {
		var c implementation.Checklist
		var facts implementation.InformationFacts
		if json.Unmarshal(cb, &c) != nil || json.Unmarshal(fb, &facts) != nil {
			return
		}
		r, err := implementation.AssessChecklist(l, c, facts, d("2020-01-01"))
		if err != nil {
			return
		}
		if !r.Outcome.IsValid() {
			t.Fatalf("no outcome")
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back implementation.Checklist
		if err := json.Unmarshal(out, &back); err != nil || back.Validate() != nil {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// FuzzAssessmentJSON decodes hostile self-assessments: never a panic.
func FuzzAssessmentJSON(f *testing.F) {
	f.Add([]byte(`{"party":"FRA","has":["training-programmes","stricter-measures"],"not_required":["maximize-operational-training"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a implementation.Assessment
		if json.Unmarshal(b, &a) != nil {
			return
		}
		if r, err := implementation.SelfAssess(a); err == nil && !r.Outcome.IsValid() {
			t.Fatal("no outcome")
		}
	})
}

// FuzzDecisionJSON decodes hostile Commission decisions: never a panic.
func FuzzDecisionJSON(f *testing.F) {
	f.Add([]byte(`{"ref":"x","adopted":"2031-05-20","reviews":[{"by":"council","act":"approved","date":"2031-07-20"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var dec implementation.CommissionDecision
		if json.Unmarshal(b, &dec) != nil {
			return
		}
		_, _ = implementation.ReviewDecision(dec, d("2032-01-01"))
	})
}

// FuzzCalendar asks the calendar for hostile periods and filings: never a
// panic.
func FuzzCalendar(f *testing.F) {
	l, s := fixture(f)
	c := implementation.NewCalendar(l)
	f.Add(int32(0), int32(3650), int32(2000), uint8(0))
	f.Fuzz(func(t *testing.T, start, span, filedAt int32, party uint8) {
		from := d("2000-01-01").AddDays(int(start % 40000))
		p := convention.Period{Start: from, End: from.AddDays(int(span % 20000))}
		_, _ = c.Due(p)
		_, _ = c.Missed(s[int(party)%len(s)], []convention.Date{from.AddDays(int(filedAt % 10000))}, p.End)
	})
}

// hostileChecklist is a checklist of n requests, each answered on time.
func hostileChecklist(party convention.PartyID, n int) implementation.Checklist {
	c := implementation.Checklist{Party: party, Requests: make([]implementation.Request, n), Furnished: make([]implementation.Item, n)}
	for i := range n {
		ref := "R-" + strconv.Itoa(i)
		c.Requests[i] = implementation.Request{Ref: ref, Kind: implementation.InfoCases, Made: d("2010-01-01"), Due: d("2010-12-31")}
		c.Furnished[n-1-i] = implementation.Item{Title: "case file", Furnished: d("2010-06-01"), Request: ref}
	}
	return c
}

// BenchmarkAssessChecklistHostile assesses checklists of 1k, 10k and 100k
// requests and answers: linear growth.
func BenchmarkAssessChecklistHostile(b *testing.B) {
	l, s := fixture(b)
	f := implementation.InformationFacts{LawsPromulgated: convention.Yes, ConfiscationLaws: convention.No}
	for _, n := range []int{1_000, 10_000, 100_000} {
		c := hostileChecklist(s[0], n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, _ := implementation.AssessChecklist(l, c, f, d("2011-01-01"))
				outcome = r.Outcome
			}
		})
	}
}
