package convention_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// sameLedger requires a and b to answer every query alike: the general
// entry into force and its count, and for every party and date its status,
// its notifications, its participations and the amendments.
func sameLedger(t require.TestingT, a, b convention.Ledger, dates []convention.Date) {
	require.Equal(t, a.Len(), b.Len())
	require.Equal(t, a.Actions(), b.Actions())
	require.Equal(t, a.Parties(), b.Parties())
	ea, oka := a.EntryIntoForce()
	eb, okb := b.EntryIntoForce()
	require.Equal(t, oka, okb)
	require.Equal(t, ea, eb)
	pa, da, oka := a.Fortieth()
	pb, db, okb := b.Fortieth()
	require.Equal(t, []any{pa, da, oka}, []any{pb, db, okb})
	refs := map[convention.AmendmentRef]bool{}
	for _, x := range a.Actions() {
		if x.Amendment != "" {
			refs[x.Amendment] = true
		}
	}
	for ref := range refs {
		p1, d1, ok1 := a.AmendmentProposed(ref)
		p2, d2, ok2 := b.AmendmentProposed(ref)
		require.Equal(t, []any{p1, d1, ok1}, []any{p2, d2, ok2})
		x1, y1, z1 := a.AmendmentAdopted(ref)
		x2, y2, z2 := b.AmendmentAdopted(ref)
		require.Equal(t, []any{x1, y1, z1}, []any{x2, y2, z2})
	}
	for _, p := range a.Parties() {
		id := p.ID
		x, okx := a.PartyEntryIntoForce(id)
		y, oky := b.PartyEntryIntoForce(id)
		require.Equal(t, []any{x, okx}, []any{y, oky}, id.String())
		x, okx = a.Ceases(id)
		y, oky = b.Ceases(id)
		require.Equal(t, []any{x, okx}, []any{y, oky}, id.String())
		x, okx = a.DenouncesProtocols(id)
		y, oky = b.DenouncesProtocols(id)
		require.Equal(t, []any{x, okx}, []any{y, oky}, id.String())
		require.Equal(t, a.Participations(id), b.Participations(id), id.String())
		for ref := range refs {
			x, okx = a.AmendmentEntryIntoForce(id, ref)
			y, oky = b.AmendmentEntryIntoForce(id, ref)
			require.Equal(t, []any{x, okx}, []any{y, oky}, id.String())
		}
		for _, on := range dates {
			require.Equal(t, a.IsParty(id, on), b.IsParty(id, on))
			require.Equal(t, a.Signed(id, on), b.Signed(id, on))
			require.Equal(t, a.Deposited(id, on), b.Deposited(id, on))
			require.Equal(t, a.Reserved(id, on), b.Reserved(id, on))
			require.Equal(t, a.ExtraditionBasis(id, on), b.ExtraditionBasis(id, on))
			require.Equal(t, a.Languages(id, on), b.Languages(id, on))
			x1, y1 := a.CentralAuthority(id, on)
			x2, y2 := b.CentralAuthority(id, on)
			require.Equal(t, []any{x1, y1}, []any{x2, y2})
			x1, y1 = a.Competence(id, on)
			x2, y2 = b.Competence(id, on)
			require.Equal(t, []any{x1, y1}, []any{x2, y2})
			require.Equal(t, a.Status(id, on), b.Status(id, on))
			for ref := range refs {
				require.Equal(t, a.AmendmentInForce(id, ref, on), b.AmendmentInForce(id, ref, on))
			}
		}
	}
	for _, on := range dates {
		require.Equal(t, a.Instruments(on), b.Instruments(on))
		require.Equal(t, a.PartiesOn(on), b.PartiesOn(on))
	}
}

// TestLedgerAddAnswersAsBuild: a ledger recorded action by action with Add
// answers every query exactly as Build of the same actions, whether the
// actions come in date order or shuffled; and every ledger on the way still
// answers as Build of the actions it held, after others were derived from
// it.
func TestLedgerAddAnswersAsBuild(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(120, 3).Draw(t, "History")
		want := build(t, h)
		lawful := want.Actions()
		dates := rapid.SliceOfN(window, 1, 6).Draw(t, "Dates")

		l, err := convention.NewLedger(h.Parties)
		require.NoError(t, err)
		var kept []convention.Ledger
		for i, a := range lawful {
			l, err = l.Add(a)
			require.NoError(t, err, "in date order: %s", a)
			if i%97 == 0 {
				kept = append(kept, l)
			}
		}
		sameLedger(t, want, l, dates)
		for _, k := range kept {
			again, err := convention.Build(h.Parties, k.Actions())
			require.NoError(t, err)
			sameLedger(t, again, k, dates[:1])
		}

		// Shuffled: retry what is refused until nothing more is accepted
		// (an accession after a denunciation recorded first can block the
		// participation before it: Build the rest).
		s, _ := convention.NewLedger(h.Parties)
		s, pending := addRetrying(s, conventiontest.Shuffle(lawful).Draw(t, "Order"))
		if len(pending) > 0 {
			s, err = convention.Build(h.Parties, append(s.Actions(), pending...))
			require.NoError(t, err)
		}
		sameLedger(t, want, s, dates)
	})
}

// TestLedgerDerivationsAreIndependent: ledgers derived from one ledger, in
// date order and out of it, from many goroutines at once, each answer as
// Build of their own actions, and the ledger they came from is unchanged.
func TestLedgerDerivationsAreIndependent(t *testing.T) {
	ps, acts := bigHistory(60, 1500)
	base, err := convention.Build(ps, acts[:1200])
	require.NoError(t, err)
	before := base.Actions()
	states := conventiontest.States(50)
	var wg sync.WaitGroup
	results := make([]convention.Ledger, 16)
	extra := make([][]convention.Action, 16)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := base
			for i := range 40 {
				// Alternately after every recorded action and in the middle
				// of the record.
				on := d("2040-01-01").AddDays(g*100 + i)
				if i%5 == 4 {
					on = d("2026-06-01").AddDays(g*40 + i)
				}
				a := convention.Action{Kind: convention.ActionCentralAuthority, Party: states[(g+i)%len(states)], Date: on,
					Authority: "authority " + on.String()}
				n, err := l.Add(a)
				if err != nil {
					continue
				}
				l = n
				extra[g] = append(extra[g], a)
				_ = l.IsParty(a.Party, on)
				_ = base.IsParty(a.Party, on)
			}
			results[g] = l
		}()
	}
	wg.Wait()
	require.Equal(t, before, base.Actions(), "the ledger derived from is unchanged")
	for g, l := range results {
		want, err := convention.Build(ps, append(append([]convention.Action(nil), acts[:1200]...), extra[g]...))
		require.NoError(t, err)
		sameLedger(t, want, l, []convention.Date{d("2026-07-01"), d("2041-01-01")})
	}
}

// TestNewLedgerRefusesExactlyTheInvalidParties: the ledger's check of its
// parties, done without allocating for valid ones, refuses a party exactly
// when Party.Validate does, with the same problems under its index.
func TestNewLedgerRefusesExactlyTheInvalidParties(t *testing.T) {
	ids := append(conventiontest.States(4), conventiontest.REIO(0), conventiontest.REIO(1), convention.PartyID{})
	rapid.Check(t, func(t *rapid.T) {
		p := convention.Party{ID: rapid.SampledFrom(ids[:6]).Draw(t, "ID"),
			Members: rapid.SliceOfN(rapid.SampledFrom(ids), 0, 4).Draw(t, "Members")}
		if rapid.IntRange(0, 9).Draw(t, "NoID") == 0 {
			p.ID = convention.PartyID{}
		}
		parties := []convention.Party{p}
		seen := map[convention.PartyID]bool{p.ID: true}
		for _, m := range p.Members {
			if m.IsState() && !seen[m] {
				seen[m] = true
				parties = append(parties, convention.Party{ID: m})
			}
		}
		_, err := convention.NewLedger(parties)
		want := convention.AsProblems(p.Validate()).Prefixed("Parties[0].")
		require.Equal(t, want, convention.AsProblems(err))
	})
}

// addRetrying adds the actions to l one at a time, retrying those refused
// until no more is accepted, and returns the ledger and those left.
func addRetrying(l convention.Ledger, pending []convention.Action) (convention.Ledger, []convention.Action) {
	for progress := true; progress; {
		progress = false
		var left []convention.Action
		for _, a := range pending {
			if n, err := l.Add(a); err == nil {
				l, progress = n, true
			} else {
				left = append(left, a)
			}
		}
		pending = left
	}
	return l, pending
}
