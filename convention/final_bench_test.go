package convention_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// bigHistory returns a lawful record of the given number of parties (one in
// twenty a REIO) and about n actions: signatures and instruments, ten
// amendments accepted by every State, and notifications of central
// authorities until n is reached.
func bigHistory(parties, n int) ([]convention.Party, []convention.Action) {
	reios := max(1, parties/20)
	ps := conventiontest.Universe(parties-reios, reios, 5)
	states := conventiontest.States(parties - reios)
	start := d("2020-01-01")
	var acts []convention.Action
	for i, s := range states {
		acts = append(acts,
			convention.Action{Kind: convention.ActionSignature, Party: s, Date: start.AddDays(i % 300)},
			convention.Action{Kind: convention.ActionRatification, Party: s, Date: start.AddDays(400 + i*3)},
			convention.Action{Kind: convention.ActionLanguages, Party: s, Date: start.AddDays(400 + i*3), Languages: []language.Tag{language.English, language.French}})
	}
	for _, p := range ps[len(states):] {
		acts = append(acts,
			convention.Action{Kind: convention.ActionSignature, Party: p.ID, Date: start.AddDays(301)},
			convention.Action{Kind: convention.ActionApproval, Party: p.ID, Date: start.AddDays(400 + 3*len(states)), Competence: "customs"})
	}
	for k := 0; k < 10 && len(acts) < n; k++ {
		ref := convention.AmendmentRef(fmt.Sprintf("A%d", k))
		proposed := d("2030-01-01").AddDays(100 * k)
		acts = append(acts,
			convention.Action{Kind: convention.ActionAmendmentProposal, Party: states[k], Date: proposed, Amendment: ref},
			convention.Action{Kind: convention.ActionAmendmentAdoption, Date: proposed.AddDays(60), Amendment: ref, Body: "Commission"})
		for i, s := range states {
			acts = append(acts, convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: s, Date: proposed.AddDays(90 + i), Amendment: ref})
		}
	}
	for j := 0; len(acts) < n; j++ {
		s := states[j%len(states)]
		acts = append(acts, convention.Action{Kind: convention.ActionCentralAuthority, Party: s,
			Date: d("2025-01-01").AddDays(j / len(states)), Authority: fmt.Sprintf("Central authority no. %d", j)})
	}
	return ps, acts[:n]
}

func benchLedger(tb testing.TB, parties, n int) convention.Ledger {
	ps, acts := bigHistory(parties, n)
	l, err := convention.Build(ps, acts)
	require.NoError(tb, err)
	require.Equal(tb, n, l.Len())
	return l
}

func TestBigHistoryIsLawful(t *testing.T) {
	l := benchLedger(t, 200, 10000)
	_, ok := l.EntryIntoForce()
	require.True(t, ok)
}

var sizes = []int{1000, 10000, 100000}

// BenchmarkBuild builds ledgers of 200 parties at three sizes: linear in the
// record, with an n log n sort.
func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes {
		ps, acts := bigHistory(200, n)
		b.Run(fmt.Sprintf("actions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := convention.Build(ps, acts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNewLedger sets up ledgers of 200 and 2,000 parties with no
// action: the cost of the parties alone.
func BenchmarkNewLedger(b *testing.B) {
	for _, n := range []int{200, 2000} {
		ps := conventiontest.Universe(min(n-10, conventiontest.MaxStates), 10, 5)
		for i := len(ps); i < n; i++ {
			ps = append(ps, convention.Party{ID: convention.MustPartyID(fmt.Sprintf("ORG%04d", i)), Members: []convention.PartyID{ps[0].ID}})
		}
		b.Run(fmt.Sprintf("parties=%d", len(ps)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := convention.NewLedger(ps); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAddInOrder records, on ledgers of three sizes, actions dated
// after every recorded one, each on the ledger the previous one returned:
// the cost does not grow with the record.
func BenchmarkAddInOrder(b *testing.B) {
	states := conventiontest.States(190)
	for _, n := range sizes {
		l := benchLedger(b, 200, n)
		b.Run(fmt.Sprintf("actions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			i, cur := 0, l
			for b.Loop() {
				a := convention.Action{Kind: convention.ActionCentralAuthority, Party: states[i%len(states)],
					Date: d("2040-01-01").AddDays(i / len(states)), Authority: "Central authority " + strconv.Itoa(i)}
				var err error
				if cur, err = cur.Add(a); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkRecordOneByOne records whole histories one action at a time in
// date order, as a depositary does: the cost per history is linear (divide
// by the size for the cost of one action).
func BenchmarkRecordOneByOne(b *testing.B) {
	for _, n := range sizes {
		ps, _ := bigHistory(200, n)
		lawful := benchLedger(b, 200, n).Actions()
		b.Run(fmt.Sprintf("actions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l, _ := convention.NewLedger(ps)
				for _, a := range lawful {
					var err error
					if l, err = l.Add(a); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkAddOutOfOrder adds one action dated before recorded ones, to the
// same ledger each time: near the start of the record (re-evaluating all
// of it, O(n)) and among its last actions (re-evaluating from the last
// checkpoint).
func BenchmarkAddOutOfOrder(b *testing.B) {
	for _, n := range sizes {
		l := benchLedger(b, 200, n)
		last := l.Actions()[n-1]
		for _, at := range []struct {
			name string
			a    convention.Action
		}{
			{"near-start", convention.Action{Kind: convention.ActionCentralAuthority, Party: conventiontest.States(1)[0], Date: d("2021-06-01"), Authority: "New authority"}},
			{"near-end", convention.Action{Kind: convention.ActionCentralAuthority, Party: conventiontest.States(1)[0], Date: last.Date.AddDays(-1), Authority: "New authority"}},
		} {
			b.Run(fmt.Sprintf("actions=%d/%s", n, at.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := l.Add(at.a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func benchVote() convention.Vote {
	s := conventiontest.States(200)
	vote := convention.Vote{Amendment: "A0", Body: "Commission", Date: d("2030-02-15"), Consensus: convention.No, EffortsExhausted: convention.Yes}
	for i, p := range s[:150] {
		c := convention.ChoiceFor
		if i%4 == 0 {
			c = convention.ChoiceAgainst
		}
		vote.Ballots = append(vote.Ballots, convention.Ballot{Party: p, Choice: c})
	}
	return vote
}

type query struct {
	name string
	run  func(l convention.Ledger)
}

var sink convention.Outcome

func queries() []query {
	s := conventiontest.States(200)
	a, b := s[3], s[150]
	on := d("2032-06-01")
	dispute := convention.Dispute{Parties: [2]convention.PartyID{a, b}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: d("2031-08-31"), RequestedBy: a, OrganisationAgreed: convention.No}
	vote := benchVote()
	return []query{
		{"IsParty", func(l convention.Ledger) {
			if l.IsParty(a, on) {
				sink = convention.InForce
			}
		}},
		{"InForceBetween", func(l convention.Ledger) {
			if l.InForceBetween(a, b, on) {
				sink = convention.InForce
			}
		}},
		{"InForceFor", func(l convention.Ledger) {
			if in, err := l.InForceFor(a, on); in && err == nil {
				sink = convention.InForce
			}
		}},
		{"EntryIntoForce", func(l convention.Ledger) { _, _ = l.EntryIntoForce() }},
		{"PartyEntryIntoForce", func(l convention.Ledger) { _, _ = l.PartyEntryIntoForce(b) }},
		{"Reserved", func(l convention.Ledger) { _ = l.Reserved(a, on) }},
		{"AmendmentInForce", func(l convention.Ledger) { _ = l.AmendmentInForce(a, "A3", on) }},
		{"Status", func(l convention.Ledger) { sink = l.Status(a, on).Outcome }},
		{"ConventionStatus", func(l convention.Ledger) { sink = l.ConventionStatus(on).Outcome }},
		{"StatusBetween", func(l convention.Ledger) { sink = l.StatusBetween(a, b, on).Outcome }},
		{"AmendmentBetween", func(l convention.Ledger) { sink = l.AmendmentBetween(a, b, "A3", on).Outcome }},
		{"AmendmentProposalAdmissible", func(l convention.Ledger) { sink = convention.AmendmentProposalAdmissible(l, a, on).Outcome }},
		{"DecideDispute", func(l convention.Ledger) {
			r, _ := convention.DecideDispute(l, dispute, on)
			sink = r.Outcome
		}},
		{"DecideAmendment/150-ballots", func(l convention.Ledger) {
			r, _ := convention.DecideAmendment(l, vote)
			sink = r.Outcome
		}},
	}
}

// BenchmarkQueries answers status queries and decisions on ledgers of 200
// parties and three sizes: the cost does not grow with the record.
func BenchmarkQueries(b *testing.B) {
	for _, n := range sizes {
		l := benchLedger(b, 200, n)
		for _, q := range queries() {
			b.Run(fmt.Sprintf("actions=%d/%s", n, q.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					q.run(l)
				}
			})
		}
	}
}

// TestQueriesAllocateNothing: status queries and decisions allocate
// nothing.
func TestQueriesAllocateNothing(t *testing.T) {
	l := benchLedger(t, 200, 10000)
	s := conventiontest.States(200)
	r, err := convention.DecideDispute(l, convention.Dispute{Parties: [2]convention.PartyID{s[3], s[150]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: d("2031-08-31"), RequestedBy: s[3], OrganisationAgreed: convention.No}, d("2032-06-01"))
	require.NoError(t, err)
	require.Equal(t, convention.Permitted, r.Outcome)
	require.Equal(t, convention.InForce, l.AmendmentBetween(s[3], s[150], "A3", d("2032-06-01")).Outcome)
	v, err := convention.DecideAmendment(l, benchVote())
	require.NoError(t, err)
	require.Equal(t, convention.Adopted, v.Outcome)
	for _, q := range queries() {
		if n := testing.AllocsPerRun(50, func() { q.run(l) }); n != 0 {
			t.Errorf("%s: %v allocations", q.name, n)
		}
	}
}

// BenchmarkDecideAmendmentHostile decides votes of 1k, 10k and 100k
// ballots of one organization: linear growth.
func BenchmarkDecideAmendmentHostile(b *testing.B) {
	u := newUNTOC()
	l := u.ledger(b, convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"})
	for _, n := range []int{1_000, 10_000, 100_000} {
		v := hostileVote(eu, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = convention.DecideAmendment(l, v)
			}
		})
	}
}
