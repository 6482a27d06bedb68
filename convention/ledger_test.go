package convention_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

var (
	eu  = convention.MustPartyID("EU")
	sig = convention.Cite(convention.ArtSignature, 1)
)

// untoc is a record shaped like UNTOC's: 45 States and an organization
// whose members are the first three; all sign on 12 December 2000; 39
// States deposit in 2001-2002, the organization approves in 2002 (not
// counted), and the fortieth State instrument is deposited on 1 July 2003.
type untoc struct {
	states  []convention.PartyID
	parties []convention.Party
	actions []convention.Action
}

func newUNTOC() untoc {
	u := untoc{states: conventiontest.States(45)}
	for _, s := range u.states {
		u.parties = append(u.parties, convention.Party{ID: s})
		u.actions = append(u.actions, convention.Action{Kind: convention.ActionSignature, Party: s, Date: d("2000-12-12")})
	}
	u.parties = append(u.parties, convention.Party{ID: eu, Name: "European Union", Members: u.states[:3]})
	u.actions = append(u.actions, convention.Action{Kind: convention.ActionSignature, Party: eu, Date: d("2000-12-12")})
	for i := 0; i < 39; i++ {
		u.actions = append(u.actions, convention.Action{Kind: convention.ActionRatification, Party: u.states[i], Date: d("2001-01-01").AddDays(10 * i)})
	}
	u.actions = append(u.actions,
		convention.Action{Kind: convention.ActionApproval, Party: eu, Date: d("2002-06-01"), Competence: "matters of customs"},
		convention.Action{Kind: convention.ActionRatification, Party: u.states[39], Date: d("2003-07-01")},
		convention.Action{Kind: convention.ActionRatification, Party: u.states[40], Date: d("2003-07-02")},
		convention.Action{Kind: convention.ActionAcceptance, Party: u.states[41], Date: d("2003-10-01")},
	)
	return u
}

func (u untoc) ledger(t testing.TB, more ...convention.Action) convention.Ledger {
	t.Helper()
	l, err := convention.Build(u.parties, append(append([]convention.Action(nil), u.actions...), more...))
	require.NoError(t, err)
	return l
}

func TestEntryIntoForcePara1UNTOCHistory(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	eif, ok := l.EntryIntoForce()
	require.True(t, ok)
	assert.Equal(t, d("2003-09-29"), eif, "UNTOC: 40th instrument 1 July 2003, in force 29 September 2003")
	p, on, ok := l.Fortieth()
	require.True(t, ok)
	assert.Equal(t, u.states[39], p)
	assert.Equal(t, d("2003-07-01"), on)
	assert.Equal(t, 39, l.Instruments(d("2003-06-30")), "the organization's approval is not counted")
	assert.Equal(t, 40, l.Instruments(d("2003-07-01")))
	assert.False(t, l.IsParty(u.states[0], d("2003-09-28")))
	assert.True(t, l.IsParty(u.states[0], d("2003-09-29")))
	assert.True(t, l.IsParty(eu, d("2003-09-29")), "an organization depositing before the fortieth: the general date")
}

func TestEntryIntoForcePara2WhicheverIsLater(t *testing.T) {
	l := newUNTOC().ledger(t)
	tests := []struct {
		name  string
		party convention.PartyID
		want  convention.Date
	}{
		{"entry into force para. 1: deposited before the fortieth", conventiontest.States(1)[0], d("2003-09-29")},
		{"entry into force para. 1: the fortieth itself", conventiontest.States(40)[39], d("2003-09-29")},
		{"entry into force para. 2 slip: deposited the day after the fortieth, the general date and not 2003-08-01", conventiontest.States(41)[40], d("2003-09-29")},
		{"entry into force para. 2: thirtieth day after a later deposit", conventiontest.States(42)[41], d("2003-10-31")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := l.PartyEntryIntoForce(tc.party)
			require.True(t, ok)
			assert.Equal(t, tc.want, got)
			assert.False(t, l.IsParty(tc.party, tc.want.AddDays(-1)))
			assert.True(t, l.IsParty(tc.party, tc.want))
		})
	}
	_, ok := l.PartyEntryIntoForce(conventiontest.States(45)[44])
	assert.False(t, ok, "no instrument, no entry into force")
}

func TestEntryIntoForcePara1REIONeverCounted(t *testing.T) {
	u := newUNTOC()
	// Drop the fortieth State: 39 States and the organization make 40
	// instruments, which is not enough.
	var acts []convention.Action
	for _, a := range u.actions {
		if a.Party != u.states[39] && a.Party != u.states[40] && a.Party != u.states[41] {
			acts = append(acts, a)
		}
	}
	l, err := convention.Build(u.parties, acts)
	require.NoError(t, err)
	_, ok := l.EntryIntoForce()
	assert.False(t, ok)
	assert.Equal(t, 39, l.Instruments(d("2030-01-01")))
}

func TestDenunciationPara1OneYearAfterReceipt(t *testing.T) {
	u := newUNTOC()
	s := u.states[5]
	tests := []struct {
		name     string
		received convention.Date
		effect   convention.Date
	}{
		{"denunciation para. 1: ordinary day", d("2030-01-10"), d("2031-01-10")},
		{"denunciation para. 1: 29 February received, 28 February effective", d("2028-02-29"), d("2029-02-28")},
		{"denunciation para. 1: 31 December", d("2029-12-31"), d("2030-12-31")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := u.ledger(t, convention.Action{Kind: convention.ActionDenunciation, Party: s, Date: tc.received})
			got, ok := l.Ceases(s)
			require.True(t, ok)
			assert.Equal(t, tc.effect, got)
			assert.True(t, l.IsParty(s, tc.effect.AddDays(-1)))
			assert.False(t, l.IsParty(s, tc.effect))
			p, ok := l.DenouncesProtocols(s)
			require.True(t, ok, "denunciation para. 3")
			assert.Equal(t, tc.effect, p)
		})
	}
}

func TestDenunciationPara2REIOCeasesWhenAllMembersDenounced(t *testing.T) {
	u := newUNTOC()
	a, b, c := u.states[0], u.states[1], u.states[2] // the organization's members; all three deposited
	l := u.ledger(t,
		convention.Action{Kind: convention.ActionDenunciation, Party: a, Date: d("2030-03-01")},
		convention.Action{Kind: convention.ActionDenunciation, Party: b, Date: d("2031-05-01")},
	)
	_, ok := l.Ceases(eu)
	assert.False(t, ok, "a member still bound keeps the organization a Party")
	l2, err := l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: c, Date: d("2030-07-15")})
	require.NoError(t, err)
	got, ok := l2.Ceases(eu)
	require.True(t, ok)
	assert.Equal(t, d("2032-05-01"), got, "the last member's denunciation takes effect")
	assert.True(t, l2.IsParty(eu, d("2032-04-30")))
	assert.False(t, l2.IsParty(eu, d("2032-05-01")))
	_, ok = l2.DenouncesProtocols(eu)
	assert.False(t, ok, "ceasing under para. 2 is not a denunciation under para. 1")
	st := l2.Status(eu, d("2032-05-01"))
	assert.Equal(t, convention.NotInForce, st.Outcome)
	assert.Equal(t, convention.Cite(convention.ArtDenunciation, 2), st.Cite)
}

func TestDenunciationPara2MembersNeverBoundAreNotWaitedFor(t *testing.T) {
	states := conventiontest.States(41)
	var parties []convention.Party
	var acts []convention.Action
	for i, s := range states {
		parties = append(parties, convention.Party{ID: s})
		if i > 0 {
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: s, Date: d("2025-01-01")})
		}
	}
	// The organization has two members: states[1], bound, and states[0],
	// which only deposits after the other's denunciation took effect.
	parties = append(parties, convention.Party{ID: eu, Members: states[:2]})
	acts = append(acts,
		convention.Action{Kind: convention.ActionAccession, Party: eu, Date: d("2025-06-01"), Competence: "customs"},
		convention.Action{Kind: convention.ActionDenunciation, Party: states[1], Date: d("2026-01-01")},
		convention.Action{Kind: convention.ActionAccession, Party: states[0], Date: d("2027-06-01")},
	)
	l, err := convention.Build(parties, acts)
	require.NoError(t, err)
	got, ok := l.Ceases(eu)
	require.True(t, ok)
	assert.Equal(t, d("2027-01-01"), got)
	assert.True(t, l.IsParty(states[0], d("2027-07-01")), "the later member's accession does not revive the organization")
	assert.False(t, l.IsParty(eu, d("2027-07-01")))
}

func TestSignaturePara2REIOSignsOnlyAfterAMember(t *testing.T) {
	states := conventiontest.States(3)
	parties := []convention.Party{{ID: states[0]}, {ID: states[1]}, {ID: states[2]}, {ID: eu, Members: states[:2]}}
	l, err := convention.NewLedger(parties)
	require.NoError(t, err)
	reio := convention.Action{Kind: convention.ActionSignature, Party: eu, Date: d("2025-03-01")}
	_, err = l.Add(reio)
	assertCites(t, err, convention.Cite(convention.ArtSignature, 2))

	// A non-member's signature does not help.
	l, err = l.Add(convention.Action{Kind: convention.ActionSignature, Party: states[2], Date: d("2025-01-01")})
	require.NoError(t, err)
	_, err = l.Add(reio)
	assertCites(t, err, convention.Cite(convention.ArtSignature, 2))

	// A member's signature on the same day counts: States sign first.
	l, err = l.Add(convention.Action{Kind: convention.ActionSignature, Party: states[1], Date: d("2025-03-01")})
	require.NoError(t, err)
	l, err = l.Add(reio)
	require.NoError(t, err)
	assert.True(t, l.Signed(eu, d("2025-03-01")))
	assert.Equal(t, []convention.PartyID{states[1], states[2], eu}, l.Signatories(d("2025-03-01")))
}

func TestSignaturePara3REIODepositsOnlyAfterAMember(t *testing.T) {
	states := conventiontest.States(2)
	parties := []convention.Party{{ID: states[0]}, {ID: states[1]}, {ID: eu, Members: states}}
	base := []convention.Action{
		{Kind: convention.ActionSignature, Party: states[0], Date: d("2025-01-01")},
		{Kind: convention.ActionSignature, Party: eu, Date: d("2025-01-02")},
	}
	ratify := convention.Action{Kind: convention.ActionRatification, Party: eu, Date: d("2025-06-01"), Competence: "customs"}
	_, err := convention.Build(parties, append(base, ratify))
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))

	// The member's instrument dated later than the organization's does not
	// help: preconditions are evaluated by date.
	late := convention.Action{Kind: convention.ActionRatification, Party: states[0], Date: d("2025-06-02")}
	_, err = convention.Build(parties, append(base, late, ratify))
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))

	// An accession by a member counts as "done likewise".
	member := convention.Action{Kind: convention.ActionAccession, Party: states[1], Date: d("2025-05-01")}
	l, err := convention.Build(parties, append(base, ratify, member))
	require.NoError(t, err)
	assert.True(t, l.Deposited(eu, d("2025-06-01")))
	c, ok := l.Competence(eu, d("2025-06-01"))
	assert.True(t, ok)
	assert.Equal(t, "customs", c)
}

func TestSignaturePara4REIOAccedesOnlyIfAMemberIsAParty(t *testing.T) {
	u := newUNTOC()
	parties := append(append([]convention.Party(nil), u.parties...), convention.Party{ID: convention.MustPartyID("AFRICAN-UNION"), Members: u.states[42:44]})
	acts := append([]convention.Action(nil), u.actions...)
	acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: u.states[42], Date: d("2004-01-10")})
	tests := []struct {
		name string
		on   convention.Date
		ok   bool
	}{
		{"signature para. 4: member deposited but not yet a Party", d("2004-02-08"), false},
		{"signature para. 4: member a Party from its thirtieth day", d("2004-02-09"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			accede := convention.Action{Kind: convention.ActionAccession, Party: convention.MustPartyID("AFRICAN-UNION"), Date: tc.on, Competence: "trade"}
			_, err := convention.Build(parties, append(acts, accede))
			if tc.ok {
				assert.NoError(t, err)
			} else {
				assertCites(t, err, convention.Cite(convention.ArtSignature, 4))
			}
		})
	}
}

func TestSignaturePara3DepositOnceEvenWhenRecordedOutOfOrder(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	s := u.states[44]
	l, err := l.Add(convention.Action{Kind: convention.ActionRatification, Party: s, Date: d("2005-05-01")})
	require.NoError(t, err)
	_, err = l.Add(convention.Action{Kind: convention.ActionRatification, Party: s, Date: d("2006-05-01")})
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))

	// An earlier instrument arriving late would make the recorded one a
	// second deposit.
	_, err = l.Add(convention.Action{Kind: convention.ActionAccession, Party: s, Date: d("2005-03-01")})
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Action", ps[0].Field)
	assert.Contains(t, ps[0].Detail, "would make the recorded action")
}

func TestDepositaryPara1UnknownPartyAndDuplicates(t *testing.T) {
	l := newUNTOC().ledger(t)
	_, err := l.Add(convention.Action{Kind: convention.ActionSignature, Party: convention.MustPartyID("ZWE"), Date: d("2020-01-01")})
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	_, err = l.Add(convention.Action{Kind: convention.ActionSignature, Party: conventiontest.States(1)[0], Date: d("2000-12-12")})
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	_, err = convention.Ledger{}.Add(convention.Action{Kind: convention.ActionSignature, Party: eu, Date: d("2020-01-01")})
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	assert.Equal(t, 0, convention.Ledger{}.Len())
	assert.False(t, convention.Ledger{}.IsParty(eu, d("2020-01-01")))
}

func TestNotificationsAtDeposit(t *testing.T) {
	u := newUNTOC()
	s := u.states[0]
	l := u.ledger(t,
		convention.Action{Kind: convention.ActionExtraditionBasis, Party: s, Date: d("2001-01-01"), Basis: convention.No},
		convention.Action{Kind: convention.ActionCentralAuthority, Party: s, Date: d("2001-01-01"), Authority: "Ministry of Justice"},
		convention.Action{Kind: convention.ActionLanguages, Party: s, Date: d("2001-01-01"), Languages: []language.Tag{language.English}},
		convention.Action{Kind: convention.ActionCentralAuthority, Party: s, Date: d("2010-01-01"), Authority: "Attorney General"},
		convention.Action{Kind: convention.ActionExtraditionBasis, Party: s, Date: d("2012-01-01"), Basis: convention.Yes},
	)
	assert.Equal(t, convention.No, l.ExtraditionBasis(s, d("2005-01-01")), "extradition para. 5(a)")
	assert.Equal(t, convention.Yes, l.ExtraditionBasis(s, d("2012-01-01")))
	assert.Equal(t, convention.Unassessed, l.ExtraditionBasis(u.states[1], d("2012-01-01")))
	ca, _ := l.CentralAuthority(s, d("2009-12-31"))
	assert.Equal(t, "Ministry of Justice", ca, "MLA para. 14")
	ca, _ = l.CentralAuthority(s, d("2010-01-01"))
	assert.Equal(t, "Attorney General", ca)
	assert.True(t, convention.LanguageAcceptable(l.Languages(s, d("2005-01-01")), language.BritishEnglish), "MLA para. 15")

	_, err := l.Add(convention.Action{Kind: convention.ActionCentralAuthority, Party: u.states[44], Date: d("2005-01-01"), Authority: "X"})
	assertCites(t, err, convention.Cite(convention.ArtMLA, 14))
	_, err = l.Add(convention.Action{Kind: convention.ActionLanguages, Party: eu, Date: d("2005-01-01"), Languages: []language.Tag{language.French}})
	assertCites(t, err, convention.Cite(convention.ArtMLA, 15))
	_, err = l.Add(convention.Action{Kind: convention.ActionExtraditionBasis, Party: u.states[44], Date: d("2005-01-01"), Basis: convention.Yes})
	assertCites(t, err, convention.CitePoint(convention.ArtExtradition, 5, 'a'))
}

func TestDisputesPara3ReservationAtSignatureOrDeposit(t *testing.T) {
	u := newUNTOC()
	s := u.states[7]
	l := u.ledger(t)
	_, err := l.Add(convention.Action{Kind: convention.ActionDisputeReservation, Party: s, Date: d("2005-01-01")})
	assertCites(t, err, convention.Cite(convention.ArtDisputes, 3))
	l, err = l.Add(convention.Action{Kind: convention.ActionDisputeReservation, Party: s, Date: d("2000-12-12")})
	require.NoError(t, err)
	assert.True(t, l.Reserved(s, d("2010-01-01")))
	assert.False(t, l.Reserved(s, d("2000-12-11")))
	// Confirmed at deposit: still one reservation.
	dep := d("2001-01-01").AddDays(70)
	l, err = l.Add(convention.Action{Kind: convention.ActionDisputeReservation, Party: s, Date: dep})
	require.NoError(t, err)
	_, err = l.Add(convention.Action{Kind: convention.ActionWithdrawReservation, Party: u.states[8], Date: d("2012-01-01")})
	assertCites(t, err, convention.Cite(convention.ArtDisputes, 4))
	l, err = l.Add(convention.Action{Kind: convention.ActionWithdrawReservation, Party: s, Date: d("2012-01-01")})
	require.NoError(t, err)
	assert.True(t, l.Reserved(s, d("2011-12-31")))
	assert.False(t, l.Reserved(s, d("2012-01-01")), "disputes para. 4: effective on receipt")
}

func TestAmendmentLifecycle(t *testing.T) {
	u := newUNTOC()
	a, b := u.states[0], u.states[1]
	l := u.ledger(t)
	propose := convention.Action{Kind: convention.ActionAmendmentProposal, Party: a, Date: d("2008-09-28"), Amendment: "A1"}
	_, err := l.Add(propose)
	assertCites(t, err, convention.Cite(convention.ArtAmendment, 1))
	propose.Date = d("2008-09-29")
	l, err = l.Add(propose)
	require.NoError(t, err, "amendment para. 1: the first day after the expiry of five years")

	_, err = l.Add(convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: a, Date: d("2009-01-01"), Amendment: "A1"})
	assertCites(t, err, convention.Cite(convention.ArtAmendment, 3))
	l, err = l.Add(convention.Action{Kind: convention.ActionAmendmentAdoption, Date: d("2009-04-20"), Amendment: "A1", Body: "Commission on Crime Prevention and Criminal Justice"})
	require.NoError(t, err)
	l, err = l.Add(convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: a, Date: d("2009-05-01"), Amendment: "A1"})
	require.NoError(t, err)
	l, err = l.Add(convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: b, Date: d("2009-12-31"), Amendment: "A1"})
	require.NoError(t, err)

	e, ok := l.AmendmentEntryIntoForce(a, "A1")
	require.True(t, ok)
	assert.Equal(t, d("2009-07-30"), e, "amendment para. 4: ninety days after deposit")
	assert.False(t, l.AmendmentInForce(a, "A1", d("2009-07-29")))
	assert.True(t, l.AmendmentInForce(a, "A1", d("2009-07-30")))

	tests := []struct {
		name string
		x, y convention.PartyID
		on   convention.Date
		want convention.Outcome
	}{
		{"amendment para. 5: in force for one only, unamended between them", a, b, d("2010-01-01"), convention.NotInForce},
		{"amendment para. 5: in force for both, amended between them", a, b, d("2010-03-31"), convention.InForce},
		{"amendment para. 5: a non-accepting party stays unamended", a, u.states[2], d("2011-01-01"), convention.NotInForce},
		{"entry into force para. 2: not in force between them at all", a, u.states[44], d("2011-01-01"), convention.NotApplicable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := l.AmendmentBetween(tc.x, tc.y, "A1", tc.on)
			assert.Equal(t, tc.want, r.Outcome, r.String())
		})
	}
}

func TestLedgerJSONRoundTrip(t *testing.T) {
	l := newUNTOC().ledger(t)
	b, err := json.Marshal(l)
	require.NoError(t, err)
	var m convention.Ledger
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, l.Actions(), m.Actions())
	assert.Equal(t, l.Parties(), m.Parties())
	b2, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))

	err = json.Unmarshal([]byte(`{"parties":[{"id":"FRA"}],"actions":[{"kind":"ratification","party":"FRA","date":"2020-01-01"}]}`), &m)
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))
	assert.True(t, errors.Is(json.Unmarshal([]byte(`{"parties":[{"id":"xx"}]}`), &m), convention.ErrInvalid))
}

func TestActionKindTextRoundTrip(t *testing.T) {
	for _, k := range convention.ActionKinds() {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var got convention.ActionKind
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, k, got)
		assert.True(t, convention.Registered(k.Cite()), k.String())
	}
	var k convention.ActionKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("coronation")), convention.ErrInvalid)
	_, err := convention.ActionKind(99).MarshalText()
	assert.ErrorIs(t, err, convention.ErrInvalid)
	assert.Equal(t, "ActionKind(99)", convention.ActionKind(99).String())
	for _, c := range []convention.Choice{convention.ChoiceFor, convention.ChoiceAgainst, convention.ChoiceAbstain} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var got convention.Choice
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, c, got)
	}
}

// assertCites checks that err holds Problems with exactly the citations
// want, in order.
func assertCites(t *testing.T, err error, want ...convention.Citation) {
	t.Helper()
	ps := convention.AsProblems(err)
	require.NotEmpty(t, ps, "want problems citing %v", want)
	assert.Equal(t, want, ps.Cites(), ps.Strings())
}

func TestLedgerListsAndCopies(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t, convention.Action{Kind: convention.ActionLanguages, Party: u.states[0], Date: d("2001-01-01"), Languages: []language.Tag{language.French}})
	assert.Len(t, l.Signatories(d("2000-12-12")), 46, "signature para. 1: 45 States and the organization")
	assert.Empty(t, l.PartiesOn(d("2003-09-28")))
	assert.Len(t, l.PartiesOn(d("2003-09-29")), 42, "entry into force para. 1: 40 States, the one that deposited a day later, and the organization")
	assert.Len(t, l.PartiesOn(d("2003-11-01")), 43)
	langs := l.Languages(u.states[0], d("2005-01-01"))
	langs[0] = language.German
	assert.Equal(t, []language.Tag{language.French}, l.Languages(u.states[0], d("2005-01-01")), "a fresh slice")
	p, ok := l.Party(eu)
	require.True(t, ok)
	p.Members[0] = convention.MustPartyID("ZWE")
	q, _ := l.Party(eu)
	assert.Equal(t, u.states[0], q.Members[0], "a fresh slice")
	assert.Empty(t, convention.Ledger{}.Signatories(d("2020-01-01")))
	assert.Empty(t, convention.Ledger{}.Actions())
	_, ok = convention.Ledger{}.EntryIntoForce()
	assert.False(t, ok)
}

// TestSignaturePara4AccessionAfterDenunciation fixes the reading of "This
// Convention is open for accession by any State": a State whose
// denunciation has taken effect may accede again, and its new instrument
// brings it back on the thirtieth day after its deposit (Entry into force
// art., para. 2); it is not refused as a second instrument. While its
// denunciation has not taken effect it is still bound, and a new
// instrument would be a second one. It comes back by accession: its
// signature was ratified once ("This Convention is subject to
// ratification").
func TestSignaturePara4AccessionAfterDenunciation(t *testing.T) {
	u := newUNTOC()
	s := u.states[5] // ratified 2001-02-20; a Party from 2003-09-29
	l := u.ledger(t, convention.Action{Kind: convention.ActionDenunciation, Party: s, Date: d("2030-01-10")})
	accede := func(on string) convention.Action {
		return convention.Action{Kind: convention.ActionAccession, Party: s, Date: d(on)}
	}
	_, err := l.Add(accede("2031-01-09"))
	assertCites(t, err, convention.Cite(convention.ArtSignature, 4))
	assert.Contains(t, convention.AsProblems(err)[0].Detail, "takes effect on 2031-01-10", "open again from the day the denunciation takes effect")
	_, err = l.Add(convention.Action{Kind: convention.ActionRatification, Party: s, Date: d("2031-06-01")})
	assertCites(t, err, convention.Cite(convention.ArtSignature, 3))
	assert.Contains(t, convention.AsProblems(err)[0].Detail, "open to it again for accession")

	instruments := l.Instruments(d("2040-01-01"))
	back, err := l.Add(accede("2031-01-10"))
	require.NoError(t, err, "signature para. 4: open for accession by any State, on the day the denunciation takes effect")
	assert.False(t, back.IsParty(s, d("2031-01-10")), "not bound from the day its denunciation took effect")
	assert.False(t, back.IsParty(s, d("2031-02-08")))
	assert.True(t, back.IsParty(s, d("2031-02-09")), "entry into force para. 2: the thirtieth day after the new deposit")
	assert.True(t, back.IsParty(s, d("2030-12-31")), "its first participation is unchanged")
	e, ok := back.PartyEntryIntoForce(s)
	require.True(t, ok)
	assert.Equal(t, d("2031-02-09"), e)
	_, ok = back.Ceases(s)
	assert.False(t, ok, "bound again under its new instrument")
	assert.Equal(t, instruments, back.Instruments(d("2040-01-01")), "entry into force para. 1: a State is counted once")
	p, on, _ := back.Fortieth()
	assert.Equal(t, u.states[39], p)
	assert.Equal(t, d("2003-07-01"), on)
	assert.Equal(t, []convention.Participation{
		{Kind: convention.ActionRatification, Deposited: d("2001-01-01").AddDays(50), InForce: d("2003-09-29"), Denounced: d("2030-01-10"), Ceased: d("2031-01-10")},
		{Kind: convention.ActionAccession, Deposited: d("2031-01-10"), InForce: d("2031-02-09")},
	}, back.Participations(s))

	// Its new participation may end the same way.
	again, err := back.Add(convention.Action{Kind: convention.ActionDenunciation, Party: s, Date: d("2035-03-01")})
	require.NoError(t, err, "denunciation para. 1: a State Party again")
	c, ok := again.Ceases(s)
	require.True(t, ok)
	assert.Equal(t, d("2036-03-01"), c)
}

// TestAccessionAfterDenunciationStartsAFreshParticipation: what a State
// declared, notified or accepted during a participation that has ended does
// not revive with its new instrument: its reservation under Disputes art.,
// para. 3 (made "at the time of ... accession"), its notifications made "at
// the time it deposits its instrument", and its acceptance of an amendment
// (binding on "those States Parties which have expressed their consent").
func TestAccessionAfterDenunciationStartsAFreshParticipation(t *testing.T) {
	u := newUNTOC()
	s := u.states[7]
	l := u.ledger(t,
		convention.Action{Kind: convention.ActionDisputeReservation, Party: s, Date: d("2000-12-12")},
		convention.Action{Kind: convention.ActionCentralAuthority, Party: s, Date: d("2004-01-01"), Authority: "Ministry of Justice"},
		convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"},
		convention.Action{Kind: convention.ActionAmendmentAdoption, Date: d("2009-04-20"), Amendment: "A1", Body: "Commission"},
		convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: s, Date: d("2009-05-01"), Amendment: "A1"},
		convention.Action{Kind: convention.ActionDenunciation, Party: s, Date: d("2020-01-10")},
		convention.Action{Kind: convention.ActionAccession, Party: s, Date: d("2022-01-10")},
	)
	assert.True(t, l.Reserved(s, d("2020-06-01")), "disputes para. 3: the reservation stands while bound")
	assert.False(t, l.Reserved(s, d("2022-03-01")), "disputes para. 3: it lapsed with the participation")
	ca, ok := l.CentralAuthority(s, d("2022-03-01"))
	assert.False(t, ok, "MLA para. 14: notified at a deposit of an earlier participation: %q", ca)
	assert.True(t, l.AmendmentInForce(s, "A1", d("2015-01-01")))
	assert.False(t, l.AmendmentInForce(s, "A1", d("2023-01-01")), "amendment para. 5: its consent lapsed with its denunciation")

	l, err := l.Add(convention.Action{Kind: convention.ActionDisputeReservation, Party: s, Date: d("2022-01-10")})
	require.NoError(t, err, "disputes para. 3: at the time of accession")
	assert.True(t, l.Reserved(s, d("2022-03-01")))
	l, err = l.Add(convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: s, Date: d("2022-03-01"), Amendment: "A1"})
	require.NoError(t, err, "amendment para. 3: a new instrument of acceptance is not a second one")
	assert.True(t, l.AmendmentInForce(s, "A1", d("2022-05-30")), "amendment para. 4: ninety days after the new deposit")
	assert.False(t, l.AmendmentInForce(s, "A1", d("2022-05-29")))
}

// TestDenunciationPara2REIOAccedesAgainOnlyWithAMemberParty: an
// organization that ceased to be a Party (all its member States having
// denounced) does not come back when a member State accedes again; it may
// itself accede again once "at least one member State is a Party"
// (Signature art., para. 4), and its new participation ends the same way.
func TestDenunciationPara2REIOAccedesAgainOnlyWithAMemberParty(t *testing.T) {
	u := newUNTOC()
	a, b, c := u.states[0], u.states[1], u.states[2]
	l := u.ledger(t,
		convention.Action{Kind: convention.ActionDenunciation, Party: a, Date: d("2030-03-01")},
		convention.Action{Kind: convention.ActionDenunciation, Party: b, Date: d("2030-04-01")},
		convention.Action{Kind: convention.ActionDenunciation, Party: c, Date: d("2030-05-01")},
		convention.Action{Kind: convention.ActionAccession, Party: a, Date: d("2032-01-01")},
	)
	ceased, ok := l.Ceases(eu)
	require.True(t, ok)
	assert.Equal(t, d("2031-05-01"), ceased)
	assert.False(t, l.IsParty(eu, d("2032-06-01")), "a member's new accession does not revive the organization")
	reio := convention.Action{Kind: convention.ActionAccession, Party: eu, Date: d("2032-01-30"), Competence: "customs"}
	_, err := l.Add(reio)
	assertCites(t, err, convention.Cite(convention.ArtSignature, 4))
	reio.Date = d("2032-01-31") // a is a Party from the thirtieth day after its accession
	l, err = l.Add(reio)
	require.NoError(t, err)
	assert.True(t, l.IsParty(eu, d("2032-03-01")))
	assert.Len(t, l.Participations(eu), 2)
	l, err = l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: a, Date: d("2033-01-01")})
	require.NoError(t, err)
	ceased, ok = l.Ceases(eu)
	require.True(t, ok, "denunciation para. 2: all its member States then bound have denounced")
	assert.Equal(t, d("2034-01-01"), ceased)
}

// Entry into force art., para. 1: "This Convention shall enter into force
// on the ninetieth day after the date of deposit of the fortieth
// instrument"; an organization's instrument is "not ... counted as
// additional". ConventionStatus answers for the Convention itself, on both
// sides of the ninetieth day and of the fortieth instrument.
func TestConventionStatusPara1(t *testing.T) {
	l := newUNTOC().ledger(t)
	para1 := convention.Cite(convention.ArtEntryIntoForce, 1)
	tests := []struct {
		name       string
		asOf       string
		want       convention.Outcome
		forty, eif convention.Judgement
	}{
		{"para. 1: 39 instruments counted on 30 June 2003, the organization's approval not among them", "2003-06-30", convention.NotInForce, convention.No, convention.No},
		{"para. 1: the fortieth on 1 July 2003, the ninetieth day not yet come", "2003-07-01", convention.NotInForce, convention.Yes, convention.No},
		{"para. 1: the eighty-ninth day", "2003-09-28", convention.NotInForce, convention.Yes, convention.No},
		{"para. 1: the ninetieth day after the fortieth", "2003-09-29", convention.InForce, convention.Yes, convention.Yes},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := l.ConventionStatus(d(tc.asOf))
			assert.Equal(t, tc.want, r.Outcome)
			assert.Equal(t, para1, r.Cite)
			assert.Equal(t, d("2003-09-29"), r.Date, "the date is known once forty instruments are recorded")
			assert.Equal(t, tc.forty, r.Answer(convention.FinalFortyInstruments))
			assert.Equal(t, tc.eif, r.Answer(convention.FinalGeneralInForce))
		})
	}
	var zero convention.Ledger
	r := zero.ConventionStatus(d("2030-01-01"))
	assert.Equal(t, convention.NotInForce, r.Outcome, "the zero ledger records no instrument")
	assert.True(t, r.Date.IsZero())
	few, err := convention.Build(newUNTOC().parties, newUNTOC().actions[:60])
	require.NoError(t, err)
	r = few.ConventionStatus(d("2030-01-01"))
	assert.Equal(t, convention.NotInForce, r.Outcome, "fewer than forty instruments: never in force")
	assert.True(t, r.Date.IsZero(), "no date while fewer than forty instruments are recorded")
	assert.Equal(t, convention.No, r.Answer(convention.FinalFortyInstruments))
}

// Entry into force art., para. 2 speaks of a State or organization
// "ratifying, accepting, approving or acceding ... after the deposit of the
// fortieth instrument"; an instrument deposited on or before the day of the
// fortieth takes effect under para. 1. Status cites the paragraph that
// governs the party's entry into force.
func TestStatusCitesTheParagraphThatGoverns(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	para1, para2 := convention.Cite(convention.ArtEntryIntoForce, 1), convention.Cite(convention.ArtEntryIntoForce, 2)
	tests := []struct {
		name  string
		party convention.PartyID
		asOf  string
		want  convention.Citation
	}{
		{"para. 1: deposited before the fortieth", u.states[0], "2003-09-29", para1},
		{"para. 1: the fortieth itself, not the thirtieth day after its deposit", u.states[39], "2003-09-29", para1},
		{"para. 1: an organization depositing before the fortieth", eu, "2003-09-29", para1},
		{"para. 1: deposited while fewer than forty are recorded", u.states[0], "2002-01-01", para1},
		{"para. 2: deposited the day after the fortieth", u.states[40], "2003-09-29", para2},
		{"para. 2: deposited after the general entry into force", u.states[41], "2003-10-31", para2},
		{"para. 2: no instrument deposited", u.states[44], "2010-01-01", para2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, l.Status(tc.party, d(tc.asOf)).Cite)
		})
	}
	den := u.ledger(t, convention.Action{Kind: convention.ActionDenunciation, Party: u.states[0], Date: d("2010-01-01")})
	assert.Equal(t, convention.Cite(convention.ArtDenunciation, 1), den.Status(u.states[0], d("2011-01-01")).Cite, "a denunciation in effect governs")
}
