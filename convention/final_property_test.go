package convention_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// build is Build keeping the ledger whatever the problems.
func build(t require.TestingT, h conventiontest.History) convention.Ledger {
	l, err := convention.Build(h.Parties, h.Actions)
	if l.Len() == 0 && len(h.Actions) > 0 && err != nil && convention.AsProblems(err) == nil {
		require.NoError(t, err)
	}
	return l
}

// sameAnswers checks that two ledgers give the same answers on the dates
// given, for every party.
func sameAnswers(t *rapid.T, a, b convention.Ledger, dates []convention.Date) {
	ea, oka := a.EntryIntoForce()
	eb, okb := b.EntryIntoForce()
	require.Equal(t, oka, okb)
	require.Equal(t, ea, eb)
	for _, p := range a.Parties() {
		x, _ := a.PartyEntryIntoForce(p.ID)
		y, _ := b.PartyEntryIntoForce(p.ID)
		require.Equal(t, x, y, p.ID.String())
		x, _ = a.Ceases(p.ID)
		y, _ = b.Ceases(p.ID)
		require.Equal(t, x, y, p.ID.String())
		for _, on := range dates {
			require.Equal(t, a.IsParty(p.ID, on), b.IsParty(p.ID, on))
			require.Equal(t, a.Signed(p.ID, on), b.Signed(p.ID, on))
			require.Equal(t, a.Reserved(p.ID, on), b.Reserved(p.ID, on))
		}
	}
}

var window = conventiontest.DateBetween(d("2019-06-01"), d("2036-12-31"))

// TestLedgerAnswersNeverDependOnRecordOrder: the same dated actions, in any
// order, give the same ledger.
func TestLedgerAnswersNeverDependOnRecordOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(60, 3).Draw(t, "History")
		a := build(t, h)
		h.Actions = conventiontest.Shuffle(h.Actions).Draw(t, "Reordered")
		b := build(t, h)
		require.Equal(t, a.Actions(), b.Actions())
		sameAnswers(t, a, b, rapid.SliceOfN(window, 1, 8).Draw(t, "Dates"))
	})
}

// TestLedgerAddInAnyOrderReachesTheSameLedger: adding a lawful record one
// action at a time, in any order, retrying what was refused until nothing
// more is accepted, yields the ledger built at once, except that an
// accession after a denunciation, recorded before the participation it
// follows, blocks that participation (Build of the whole record then gives
// the ledger); in date order every action is accepted at the first attempt.
func TestLedgerAddInAnyOrderReachesTheSameLedger(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(50, 2).Draw(t, "History")
		want := build(t, h)
		lawful := want.Actions()

		inOrder, err := convention.NewLedger(h.Parties)
		require.NoError(t, err)
		for _, a := range lawful {
			inOrder, err = inOrder.Add(a)
			require.NoError(t, err, "in date order: %s", a)
		}
		require.Equal(t, lawful, inOrder.Actions())

		l, _ := convention.NewLedger(h.Parties)
		l, pending := addRetrying(l, conventiontest.Shuffle(lawful).Draw(t, "Order"))
		if len(pending) > 0 {
			// A later instrument of a party recorded before its earlier
			// participation blocks that participation, one action at a
			// time (the earlier instrument would make the later one a
			// second instrument while the first stands). Build of the
			// whole record resolves it.
			deposits := map[convention.PartyID]int{}
			for _, a := range lawful {
				if a.Kind.IsDeposit() {
					deposits[a.Party]++
				}
			}
			require.True(t, slices.ContainsFunc(pending, func(a convention.Action) bool { return deposits[a.Party] > 1 }),
				"stuck without a second instrument: %v", pending)
			again, err := convention.Build(h.Parties, append(l.Actions(), pending...))
			require.NoError(t, err)
			l = again
		}
		require.Equal(t, lawful, l.Actions())
	})
}

// TestLedgerNeverAcceptsAnActionThatBreaksARule adds plausible and random
// actions in random order, and checks the record against the rules of the
// Signature, Entry into force, Amendment, Denunciation and Disputes
// articles, read directly from the recorded actions.
func TestLedgerNeverAcceptsAnActionThatBreaksARule(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(50, 3).Draw(t, "History")
		random := rapid.SliceOfN(conventiontest.ActionFor(h.Parties), 0, 40).Draw(t, "Random")
		l, err := convention.NewLedger(h.Parties)
		require.NoError(t, err)
		for _, a := range conventiontest.Shuffle(append(h.Actions, random...)).Draw(t, "Order") {
			if n, err := l.Add(a); err == nil {
				l = n
			}
		}
		checkRecord(t, l)
		again, err := convention.Build(h.Parties, l.Actions())
		require.NoError(t, err)
		require.Equal(t, l.Actions(), again.Actions())
	})
}

func checkRecord(t *rapid.T, l convention.Ledger) {
	members := map[convention.PartyID][]convention.PartyID{}
	for _, p := range l.Parties() {
		members[p.ID] = p.Members
	}
	type part struct{ dep, end convention.Date } // end: the day a State's denunciation takes effect
	parts := map[convention.PartyID][]part{}
	signed := map[convention.PartyID]convention.Date{}
	denounced := map[convention.PartyID]bool{}
	proposed := map[convention.AmendmentRef]bool{}
	adopted := map[convention.AmendmentRef]bool{}
	accepted := map[[2]string]bool{}
	// stateBound: a State has an instrument standing on on.
	stateBound := func(p convention.PartyID, on convention.Date) bool {
		for _, x := range parts[p] {
			if !x.dep.After(on) && (x.end.IsZero() || on.Before(x.end)) {
				return true
			}
		}
		return false
	}
	// bound: for a REIO, its latest instrument stands until the first day
	// after it on which a member's denunciation takes effect and no member
	// is bound (denunciation para. 2).
	bound := func(p convention.PartyID, on convention.Date) bool {
		if !p.IsREIO() {
			return stateBound(p, on)
		}
		ps := parts[p]
		if len(ps) == 0 || ps[len(ps)-1].dep.After(on) {
			return false
		}
		dep := ps[len(ps)-1].dep
		if e := ps[len(ps)-1].end; !e.IsZero() && !on.Before(e) {
			return false
		}
		for _, m := range members[p] {
			for _, x := range parts[m] {
				if e := x.end; !e.IsZero() && !e.Before(dep) && !e.After(on) &&
					!slices.ContainsFunc(members[p], func(o convention.PartyID) bool { return stateBound(o, e) }) {
					return false
				}
			}
		}
		return true
	}
	anyMember := func(p convention.PartyID, ok func(m convention.PartyID) bool) bool {
		return slices.ContainsFunc(members[p], ok)
	}
	for _, a := range l.Actions() {
		p, on := a.Party, a.Date
		switch {
		case a.Kind == convention.ActionSignature:
			require.NotContains(t, signed, p, "signature para. 1: signs once")
			require.NotContains(t, parts, p, "signature para. 1: signs before consenting")
			if p.IsREIO() {
				require.True(t, anyMember(p, func(m convention.PartyID) bool { s, ok := signed[m]; return ok && !s.After(on) }),
					"signature para. 2: %s", a)
			}
			signed[p] = on
		case a.Kind.IsDeposit():
			if len(parts[p]) > 0 {
				require.False(t, bound(p, on), "signature paras. 3-4: a second instrument while the first stands: %s", a)
				require.Equal(t, convention.ActionAccession, a.Kind, "signature para. 4: back by accession: %s", a)
			}
			if a.Kind != convention.ActionAccession {
				require.Contains(t, signed, p, "signature para. 3: ratification by a signatory")
				if p.IsREIO() {
					require.True(t, anyMember(p, func(m convention.PartyID) bool { return stateBound(m, on) }), "signature para. 3: %s", a)
				}
			} else if p.IsREIO() {
				require.True(t, anyMember(p, func(m convention.PartyID) bool { return l.IsParty(m, on) }), "signature para. 4: %s", a)
			}
			parts[p] = append(parts[p], part{dep: on})
			denounced[p] = false
			for k := range accepted {
				if k[0] == p.String() {
					delete(accepted, k)
				}
			}
		case a.Kind == convention.ActionDisputeReservation:
			require.True(t, p.IsState(), "disputes para. 3: \"Each State Party may\": %s", a)
			ps := parts[p]
			atDeposit := len(ps) > 0 && ps[len(ps)-1].dep == on
			require.True(t, atDeposit || signed[p] == on && len(ps) == 0, "disputes para. 3: %s", a)
		case a.Kind == convention.ActionExtraditionBasis, a.Kind == convention.ActionCentralAuthority, a.Kind == convention.ActionLanguages:
			require.True(t, p.IsState(), "%s", a)
			require.True(t, stateBound(p, on), "notification at deposit: %s", a)
		case a.Kind == convention.ActionAmendmentProposal:
			eif, ok := l.EntryIntoForce()
			require.True(t, ok)
			require.False(t, on.Before(eif.AddYears(5)), "amendment para. 1: five years: %s", a)
			require.True(t, p.IsState() && l.IsParty(p, on), "amendment para. 1: a State Party: %s", a)
			proposed[a.Amendment] = true
		case a.Kind == convention.ActionAmendmentAdoption:
			require.True(t, proposed[a.Amendment], "amendment para. 1: %s", a)
			adopted[a.Amendment] = true
		case a.Kind == convention.ActionAmendmentAcceptance:
			require.True(t, adopted[a.Amendment], "amendment para. 3: %s", a)
			require.True(t, p.IsState() && l.IsParty(p, on), "amendment para. 3: by States Parties: %s", a)
			k := [2]string{p.String(), string(a.Amendment)}
			require.False(t, accepted[k], "amendment para. 3: once per participation: %s", a)
			accepted[k] = true
		case a.Kind == convention.ActionDenunciation:
			require.False(t, denounced[p], "denunciation para. 1: once per participation")
			require.True(t, p.IsState() && l.IsParty(p, on), "denunciation para. 1: by a State Party: %s", a)
			denounced[p] = true
			ps := parts[p]
			ps[len(ps)-1].end = on.AddYears(1)
		}
	}
}

// TestEntryIntoForcePara2NeverBeforeGeneral: a party's own entry into force
// is never before the Convention's, and never before the thirtieth day
// after its deposit.
func TestEntryIntoForcePara2NeverBeforeGeneral(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := build(t, conventiontest.HistoryOf(60, 3).Draw(t, "History"))
		eif, ok := l.EntryIntoForce()
		for _, p := range l.Parties() {
			pe, has := l.PartyEntryIntoForce(p.ID)
			if !has {
				continue
			}
			require.True(t, ok)
			require.False(t, pe.Before(eif), "%s: %s before %s", p.ID, pe, eif)
			for _, a := range l.Actions() {
				if a.Party == p.ID && a.Kind.IsDeposit() {
					require.GreaterOrEqual(t, convention.DaysBetween(a.Date, pe), 30)
				}
			}
		}
	})
}

// TestEntryIntoForcePara1REIOInstrumentsNeverChangeTheCount: taking the
// organizations' instruments out of the record changes neither the count
// nor the date of entry into force.
func TestEntryIntoForcePara1REIOInstrumentsNeverChangeTheCount(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(60, 3).Draw(t, "History")
		with := build(t, h)
		var states conventiontest.History
		states.Parties = h.Parties
		for _, a := range h.Actions {
			if !a.Party.IsREIO() {
				states.Actions = append(states.Actions, a)
			}
		}
		without := build(t, states)
		e1, ok1 := with.EntryIntoForce()
		e2, ok2 := without.EntryIntoForce()
		require.Equal(t, ok1, ok2)
		require.Equal(t, e1, e2)
		on := window.Draw(t, "On")
		require.Equal(t, with.Instruments(on), without.Instruments(on))
	})
}

// TestInForceBetweenMonotonicUntilDenunciation: once in force between two
// parties, the Convention stays in force between them until one ceases to
// be bound, and is never in force for a party from the day it ceases.
func TestInForceBetweenMonotonicUntilDenunciation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := build(t, conventiontest.HistoryOf(60, 3).Draw(t, "History"))
		ps := l.Parties()
		a := rapid.SampledFrom(ps).Draw(t, "A").ID
		b := rapid.SampledFrom(ps).Draw(t, "B").ID
		d1 := window.Draw(t, "D1")
		d2 := d1.AddDays(rapid.IntRange(0, 4000).Draw(t, "Later"))
		end := convention.MustDate("9999-12-31")
		for _, p := range []convention.PartyID{a, b} {
			if c, ok := l.Ceases(p); ok {
				require.False(t, l.IsParty(p, c), "denunciation para. 1: %s ceased on %s", p, c)
				if c.Before(end) {
					end = c
				}
			}
		}
		if l.InForceBetween(a, b, d1) && d2.Before(end) {
			require.True(t, l.InForceBetween(a, b, d2), "%s-%s: in force on %s, not on %s", a, b, d1, d2)
		}
		require.Equal(t, l.InForceBetween(a, b, d1), l.StatusBetween(a, b, d1).Outcome == convention.InForce)
		require.Equal(t, l.IsParty(a, d1), l.Status(a, d1).Outcome == convention.InForce)
	})
}

// TestEntryIntoForceIncrementalEqualsFromFullList: instruments deposited in
// random order; the date computed by the ledger after each deposit equals
// the ninetieth day after the fortieth earliest deposit of the list so far.
func TestEntryIntoForceIncrementalEqualsFromFullList(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		states := conventiontest.States(70)
		parties := make([]convention.Party, len(states))
		for i, s := range states {
			parties[i] = convention.Party{ID: s}
		}
		l, err := convention.NewLedger(parties)
		require.NoError(t, err)
		var model []convention.Date
		done := map[int]bool{}
		t.Repeat(map[string]func(*rapid.T){
			"deposit": func(t *rapid.T) {
				i := rapid.IntRange(0, len(states)-1).Draw(t, "State")
				if done[i] {
					t.Skip("already deposited")
				}
				on := window.Draw(t, "On")
				n, err := l.Add(convention.Action{Kind: convention.ActionAccession, Party: states[i], Date: on})
				require.NoError(t, err)
				l, done[i] = n, true
				model = append(model, on)
			},
			"": func(t *rapid.T) {
				eif, ok := l.EntryIntoForce()
				if len(model) < 40 {
					require.False(t, ok)
					return
				}
				sorted := slices.Clone(model)
				slices.SortFunc(sorted, convention.Date.Compare)
				require.True(t, ok)
				require.Equal(t, sorted[39].AddDays(90), eif)
			},
		})
	})
}

// TestAmendmentTwoThirdsNeverDependsOnAbstentions: adding abstentions to a
// vote never changes whether the amendment is adopted.
func TestAmendmentTwoThirdsNeverDependsOnAbstentions(t *testing.T) {
	l, s := voteLedger(t)
	rapid.Check(t, func(t *rapid.T) {
		voters := conventiontest.Shuffle(s[:42]).Draw(t, "Voters")
		k := rapid.IntRange(0, len(voters)).Draw(t, "Voting")
		v := convention.Vote{Amendment: "A1", Body: "Commission", Date: d("2009-06-01"), Consensus: convention.No, EffortsExhausted: convention.Yes}
		for _, p := range voters[:k] {
			v.Ballots = append(v.Ballots, convention.Ballot{Party: p, Choice: rapid.SampledFrom([]convention.Choice{convention.ChoiceFor, convention.ChoiceAgainst}).Draw(t, "Choice")})
		}
		before, err := convention.DecideAmendment(l, v)
		require.NoError(t, err)
		for _, p := range voters[k:] {
			v.Ballots = append(v.Ballots, convention.Ballot{Party: p, Choice: convention.ChoiceAbstain})
		}
		after, err := convention.DecideAmendment(l, v)
		require.NoError(t, err)
		require.Equal(t, before.Outcome, after.Outcome)
		require.Contains(t, []convention.Outcome{convention.Adopted, convention.NotAdopted}, after.Outcome)
	})
}

// TestDisputeReservationNeverPermitsReferral: while either party has a
// reservation under para. 3 in force, a referral to the Court is never
// permitted; and it is never permitted before six months after the request.
func TestDisputeReservationNeverPermitsReferral(t *testing.T) {
	l, s := disputeLedger(t)
	rapid.Check(t, func(t *rapid.T) {
		dsp := conventiontest.Dispute().Draw(t, "Dispute")
		if rapid.Bool().Draw(t, "WithReserving") {
			dsp.Parties[rapid.IntRange(0, 1).Draw(t, "Which")] = rapid.SampledFrom(s[7:9]).Draw(t, "Reserving")
			if dsp.Parties[0] == dsp.Parties[1] {
				t.Skip("same party")
			}
			if !dsp.RequestedBy.IsZero() {
				dsp.RequestedBy = dsp.Parties[0]
			}
		}
		asOf := window.Draw(t, "AsOf")
		got, err := convention.DecideDispute(l, dsp, asOf)
		require.NoError(t, err)
		if l.Reserved(dsp.Parties[0], asOf) || l.Reserved(dsp.Parties[1], asOf) {
			require.NotEqual(t, convention.Permitted, got.Outcome)
			require.False(t, got.Available.Has(convention.FinalReferICJ))
		}
		if got.Outcome == convention.Permitted {
			require.False(t, asOf.Before(dsp.ArbitrationRequest.AddMonths(6)))
			require.True(t, got.Available.Has(convention.FinalReferICJ))
		}
		if got.Outcome == convention.Undetermined {
			require.False(t, got.Needed.IsEmpty())
		}
	})
}
