package convention_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// voteLedger is the UNTOC-shaped record with amendment A1 proposed on 2009-01-01.
func voteLedger(t testing.TB) (convention.Ledger, []convention.PartyID) {
	u := newUNTOC()
	return u.ledger(t, convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"}), u.states
}

func ballots(c convention.Choice, ids ...convention.PartyID) []convention.Ballot {
	out := make([]convention.Ballot, len(ids))
	for i, id := range ids {
		out[i] = convention.Ballot{Party: id, Choice: c}
	}
	return out
}

func TestDecideAmendmentPara1And2(t *testing.T) {
	l, s := voteLedger(t)
	base := convention.Vote{Amendment: "A1", Body: "Commission on Crime Prevention and Criminal Justice", Date: d("2009-05-20"),
		Consensus: convention.No, EffortsExhausted: convention.Yes}
	with := func(f func(*convention.Vote)) convention.Vote {
		v := base
		f(&v)
		return v
	}
	join := func(bs ...[]convention.Ballot) []convention.Ballot {
		var out []convention.Ballot
		for _, b := range bs {
			out = append(out, b...)
		}
		return out
	}
	tests := []struct {
		name    string
		v       convention.Vote
		want    convention.Outcome
		forV    int
		against int
		needed  []convention.Final
	}{
		{"amendment para. 1: consensus adopts", with(func(v *convention.Vote) { v.Consensus, v.EffortsExhausted = convention.Yes, convention.Unassessed }),
			convention.Adopted, 0, 0, nil},
		{"amendment para. 1: efforts not exhausted, no vote yet", with(func(v *convention.Vote) { v.EffortsExhausted = convention.No }),
			convention.NotAdopted, 0, 0, nil},
		{"amendment para. 1: consensus unassessed", with(func(v *convention.Vote) {
			v.Consensus = convention.Unassessed
			v.EffortsExhausted = convention.Unassessed
		}),
			convention.Undetermined, 0, 0, []convention.Final{convention.FinalConsensus}},
		{"amendment para. 1: exactly two thirds adopts", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:13]...), ballots(convention.ChoiceAgainst, s[13:18]...))
		}), convention.Adopted, 10, 5, nil},
		{"amendment para. 1: just under two thirds fails", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:12]...), ballots(convention.ChoiceAgainst, s[13:18]...))
		}), convention.NotAdopted, 9, 5, nil},
		{"amendment para. 1: abstentions are not votes", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:5]...), ballots(convention.ChoiceAbstain, s[5:40]...))
		}), convention.Adopted, 2, 0, nil},
		{"amendment para. 1: nobody voting adopts nothing", with(func(v *convention.Vote) {
			v.Ballots = ballots(convention.ChoiceAbstain, s[3:9]...)
		}), convention.NotAdopted, 0, 0, nil},
		{"amendment para. 2: the organization votes with its three member States' votes", with(func(v *convention.Vote) {
			v.WithinREIOCompetence = convention.Yes
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:8]...), ballots(convention.ChoiceAgainst, eu))
		}), convention.NotAdopted, 5, 3, nil},
		{"amendment para. 2: outside its competence the organization's ballot is not counted", with(func(v *convention.Vote) {
			v.WithinREIOCompetence = convention.No
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:8]...), ballots(convention.ChoiceAgainst, eu))
		}), convention.Adopted, 5, 0, nil},
		{"amendment para. 2: competence unassessed and decisive", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:8]...), ballots(convention.ChoiceAgainst, eu))
		}), convention.Undetermined, 5, 3, []convention.Final{convention.FinalREIOCompetence}},
		{"amendment para. 2: competence unassessed but not decisive", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[3:20]...), ballots(convention.ChoiceAgainst, eu))
		}), convention.Adopted, 17, 3, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := convention.DecideAmendment(l, tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Outcome, got.String())
			assert.Equal(t, tc.forV, got.For)
			assert.Equal(t, tc.against, got.Against)
			assert.Equal(t, convention.SetOf(tc.needed...), got.Needed)
			for _, c := range got.Citations() {
				assert.True(t, convention.Registered(c), c.String())
			}
		})
	}

	problems := []struct {
		name string
		v    convention.Vote
		cite convention.Citation
	}{
		{"amendment para. 2: organization and member both vote in a matter within its competence", with(func(v *convention.Vote) {
			v.WithinREIOCompetence = convention.Yes
			v.Ballots = join(ballots(convention.ChoiceFor, s[0]), ballots(convention.ChoiceAgainst, eu))
		}), convention.Cite(convention.ArtAmendment, 2)},
		{"amendment para. 2: organization and member both vote, competence unassessed", with(func(v *convention.Vote) {
			v.Ballots = join(ballots(convention.ChoiceFor, s[0]), ballots(convention.ChoiceAgainst, eu))
		}), convention.Cite(convention.ArtAmendment, 2)},
		{"amendment para. 1: a voter not a Party", with(func(v *convention.Vote) {
			v.Ballots = ballots(convention.ChoiceFor, s[44])
		}), convention.Cite(convention.ArtAmendment, 1)},
		{"amendment para. 1: no proposal filed", with(func(v *convention.Vote) { v.Amendment = "A9" }), convention.Cite(convention.ArtAmendment, 1)},
		{"amendment para. 1: vote before the proposal", with(func(v *convention.Vote) { v.Date = d("2008-12-31") }), convention.Cite(convention.ArtAmendment, 1)},
	}
	for _, tc := range problems {
		t.Run(tc.name, func(t *testing.T) {
			_, err := convention.DecideAmendment(l, tc.v)
			assertCites(t, err, tc.cite)
		})
	}

	// Organization abstaining while its members vote is lawful: an
	// abstention is not an exercise of the vote.
	v := with(func(v *convention.Vote) {
		v.Ballots = join(ballots(convention.ChoiceFor, s[0], s[1]), ballots(convention.ChoiceAbstain, eu))
	})
	got, err := convention.DecideAmendment(l, v)
	require.NoError(t, err)
	assert.Equal(t, convention.Adopted, got.Outcome)
}

func TestDecideAmendmentWhatIfs(t *testing.T) {
	l, s := voteLedger(t)
	v := convention.Vote{Amendment: "A1", Body: "Commission", Date: d("2009-05-20"), Consensus: convention.No,
		Ballots: append(ballots(convention.ChoiceFor, s[3:5]...), ballots(convention.ChoiceAgainst, s[5])...)}
	got, err := convention.DecideAmendment(l, v)
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, got.Outcome)
	w, ok := got.WhatIf(convention.FinalEffortsExhausted)
	require.True(t, ok)
	assert.Equal(t, convention.Adopted, w.IfYes)
	assert.Equal(t, convention.NotAdopted, w.IfNo)
}

func TestAmendmentProposalAdmissiblePara1(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	tests := []struct {
		name     string
		proposer convention.PartyID
		filed    convention.Date
		want     convention.Outcome
	}{
		{"amendment para. 1: the day before the fifth anniversary", u.states[0], d("2008-09-28"), convention.Prohibited},
		{"amendment para. 1: the fifth anniversary", u.states[0], d("2008-09-29"), convention.Permitted},
		{"amendment para. 1: not a State Party", u.states[44], d("2010-01-01"), convention.Prohibited},
		{"amendment para. 1: \"a State Party may propose\": an organization that is a Party may not", eu, d("2010-01-01"), convention.Prohibited},
		{"amendment para. 1: before entry into force", u.states[0], d("2003-01-01"), convention.Prohibited},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := convention.AmendmentProposalAdmissible(l, tc.proposer, tc.filed)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, d("2008-09-29"), r.Date)
		})
	}
	// An entry into force on 29 February: the five years expire on 28
	// February.
	states := conventiontest.States(40)
	var parties []convention.Party
	var acts []convention.Action
	for _, s := range states {
		parties = append(parties, convention.Party{ID: s})
		acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: s, Date: d("2027-12-01")})
	}
	leap, err := convention.Build(parties, acts)
	require.NoError(t, err)
	eif, _ := leap.EntryIntoForce()
	require.Equal(t, d("2028-02-29"), eif)
	r := convention.AmendmentProposalAdmissible(leap, states[0], d("2033-02-28"))
	assert.Equal(t, convention.Permitted, r.Outcome)
	assert.Equal(t, d("2033-02-28"), r.Date)
}

// disputeLedger: the UNTOC-shaped record; states[7] reserved at signature and
// withdrew on 2012-01-01; states[8] reserved at signature for good.
func disputeLedger(t testing.TB) (convention.Ledger, []convention.PartyID) {
	u := newUNTOC()
	return u.ledger(t,
		convention.Action{Kind: convention.ActionDisputeReservation, Party: u.states[7], Date: d("2000-12-12")},
		convention.Action{Kind: convention.ActionWithdrawReservation, Party: u.states[7], Date: d("2012-01-01")},
		convention.Action{Kind: convention.ActionDisputeReservation, Party: u.states[8], Date: d("2000-12-12")},
	), u.states
}

func TestDecideDisputeParas1To4(t *testing.T) {
	l, s := disputeLedger(t)
	pair := func(a, b convention.PartyID) [2]convention.PartyID { return [2]convention.PartyID{a, b} }
	req := func(on string, by convention.PartyID, org convention.Judgement) convention.Dispute {
		return convention.Dispute{Parties: pair(s[0], s[1]), NegotiationFailed: convention.Yes, ArbitrationRequest: d(on), RequestedBy: by, OrganisationAgreed: org}
	}
	tests := []struct {
		name      string
		dispute   convention.Dispute
		asOf      convention.Date
		want      convention.Outcome
		cite      convention.Citation
		date      convention.Date
		available []convention.Final
		barred    []convention.Final
	}{
		{"disputes para. 2: not between States Parties", convention.Dispute{Parties: pair(s[0], s[44])}, d("2025-01-01"),
			convention.NotApplicable, convention.Cite(convention.ArtDisputes, 2), convention.Date{}, nil, nil},
		{"disputes para. 1: negotiation continues", convention.Dispute{Parties: pair(s[0], s[1]), NegotiationFailed: convention.No}, d("2025-01-01"),
			convention.Obliged, convention.Cite(convention.ArtDisputes, 1), convention.Date{}, nil, nil},
		{"disputes para. 2: negotiation failed, arbitration may be requested", convention.Dispute{Parties: pair(s[0], s[1]), NegotiationFailed: convention.Yes}, d("2025-01-01"),
			convention.Discretionary, convention.Cite(convention.ArtDisputes, 2), convention.Date{}, []convention.Final{convention.FinalRequestArbitration}, nil},
		{"disputes para. 2: within six months of the request", req("2025-08-31", s[0], convention.No), d("2026-02-27"),
			convention.NotDue, convention.Cite(convention.ArtDisputes, 2), d("2026-02-28"), nil, nil},
		{"disputes para. 2: six months after 31 August is 28 February", req("2025-08-31", s[0], convention.No), d("2026-02-28"),
			convention.Permitted, convention.Cite(convention.ArtDisputes, 2), d("2026-02-28"), []convention.Final{convention.FinalReferICJ}, nil},
		{"disputes para. 2: six months after 31 August is 29 February in a leap year", req("2027-08-31", s[1], convention.No), d("2028-02-29"),
			convention.Permitted, convention.Cite(convention.ArtDisputes, 2), d("2028-02-29"), []convention.Final{convention.FinalReferICJ}, nil},
		{"disputes para. 2: organisation agreed, arbitration proceeds", req("2025-01-15", s[0], convention.Yes), d("2026-01-01"),
			convention.Obliged, convention.Cite(convention.ArtDisputes, 2), convention.Date{}, nil, nil},
		{"disputes para. 3: a reservation in force bars para. 2 both ways", convention.Dispute{Parties: pair(s[8], s[1]), NegotiationFailed: convention.Yes}, d("2025-01-01"),
			convention.NoObligation, convention.Cite(convention.ArtDisputes, 3), convention.Date{}, nil,
			[]convention.Final{convention.FinalRequestArbitration, convention.FinalReferICJ}},
		{"disputes para. 3: reciprocity, the reserving party cannot invoke para. 2 either", convention.Dispute{Parties: pair(s[1], s[8]), NegotiationFailed: convention.Yes,
			ArbitrationRequest: d("2020-01-01"), RequestedBy: s[1], OrganisationAgreed: convention.No}, d("2025-01-01"),
			convention.NoObligation, convention.Cite(convention.ArtDisputes, 3), convention.Date{}, nil,
			[]convention.Final{convention.FinalRequestArbitration, convention.FinalReferICJ}},
		{"disputes para. 4: a request made under a reservation since withdrawn starts no time limit", convention.Dispute{Parties: pair(s[7], s[1]), NegotiationFailed: convention.Yes,
			ArbitrationRequest: d("2011-06-01"), RequestedBy: s[1], OrganisationAgreed: convention.No}, d("2013-01-01"),
			convention.Discretionary, convention.Cite(convention.ArtDisputes, 2), convention.Date{}, []convention.Final{convention.FinalRequestArbitration}, nil},
		{"disputes para. 2: \"between two or more States Parties\": not a dispute with an organization", convention.Dispute{Parties: pair(eu, s[5]), NegotiationFailed: convention.Yes,
			ArbitrationRequest: d("2020-01-01"), RequestedBy: eu, OrganisationAgreed: convention.No}, d("2025-01-01"),
			convention.NotApplicable, convention.Cite(convention.ArtDisputes, 2), convention.Date{}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := convention.DecideDispute(l, tc.dispute, tc.asOf)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Outcome, got.String())
			assert.Equal(t, tc.cite, got.Cite)
			assert.Equal(t, tc.date, got.Date)
			assert.Equal(t, convention.SetOf(tc.available...), got.Available)
			assert.Equal(t, convention.SetOf(tc.barred...), got.Barred)
			for _, c := range got.Citations() {
				assert.True(t, convention.Registered(c), c.String())
			}
		})
	}
}

func TestDecideDisputeUndetermined(t *testing.T) {
	l, s := disputeLedger(t)
	got, err := convention.DecideDispute(l, convention.Dispute{Parties: [2]convention.PartyID{s[0], s[1]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: d("2024-01-31"), RequestedBy: s[0]}, d("2025-01-01"))
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, got.Outcome)
	w, ok := got.WhatIf(convention.FinalOrganisationAgreed)
	require.True(t, ok)
	assert.Equal(t, convention.Obliged, w.IfYes)
	assert.Equal(t, convention.Permitted, w.IfNo)
	assert.Contains(t, got.String(), "six months after the request of 2024-01-31: 2024-07-31")

	_, err = convention.DecideDispute(l, convention.Dispute{}, d("2025-01-01"))
	assertCites(t, err, convention.Cite(convention.ArtDisputes, 2), convention.Cite(convention.ArtDisputes, 2))
}

func TestStatusExplains(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	r := l.Status(u.states[41], d("2003-10-30"))
	assert.Equal(t, convention.NotInForce, r.Outcome)
	assert.Equal(t, d("2003-10-31"), r.Date)
	assert.Equal(t, convention.Yes, r.Answer(convention.FinalDeposited))
	assert.Equal(t, convention.Yes, r.Answer(convention.FinalGeneralInForce))
	assert.Equal(t, convention.No, r.Answer(convention.FinalThirtiethDay))
	b := l.StatusBetween(u.states[0], u.states[41], d("2003-10-31"))
	assert.Equal(t, convention.InForce, b.Outcome)
	assert.Equal(t, d("2003-10-31"), b.Date)
	assert.Equal(t, convention.NotInForce, l.Status(u.states[44], d("2010-01-01")).Outcome, "a party the ledger knows, never bound")
}

// TestUnknownPartyIsSaidUnknown: a query about a party the depositary's
// record does not list says so, as an error or an explicit answer, and is
// never silently "not in force".
func TestUnknownPartyIsSaidUnknown(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t)
	zwe := convention.MustPartyID("ZWE")
	on := d("2010-01-01")

	assert.True(t, l.Knows(u.states[0]))
	assert.False(t, l.Knows(zwe))
	require.NoError(t, l.Known(u.states[0]))
	assertCites(t, l.Known(zwe), convention.Cite(convention.ArtDepositary, 1))

	in, err := l.InForceFor(u.states[0], on)
	require.NoError(t, err)
	assert.True(t, in)
	_, err = l.InForceFor(zwe, on)
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))

	for name, r := range map[string]convention.Result[convention.Final]{
		"Status":                      l.Status(zwe, on),
		"StatusBetween":               l.StatusBetween(u.states[0], zwe, on),
		"AmendmentBetween":            l.AmendmentBetween(zwe, u.states[0], "A1", on),
		"AmendmentProposalAdmissible": convention.AmendmentProposalAdmissible(l, zwe, on),
	} {
		assert.Equal(t, convention.NotApplicable, r.Outcome, name)
		assert.Equal(t, convention.Cite(convention.ArtDepositary, 1), r.Cite, name)
		assert.Equal(t, convention.No, r.Answer(convention.FinalPartyKnown), name)
	}
	assert.Equal(t, convention.Yes, l.StatusBetween(u.states[0], u.states[1], on).Answer(convention.FinalPartyKnown))

	_, err = convention.DecideDispute(l, convention.Dispute{Parties: [2]convention.PartyID{u.states[0], zwe}, NegotiationFailed: convention.Yes}, on)
	assertCites(t, err, convention.Cite(convention.ArtDepositary, 1))
	assert.Equal(t, "Parties[1]", convention.AsProblems(err)[0].Field)

	vl, s := voteLedger(t)
	_, err = convention.DecideAmendment(vl, convention.Vote{Amendment: "A1", Body: "Commission", Date: d("2009-05-20"), Consensus: convention.No,
		EffortsExhausted: convention.Yes, Ballots: []convention.Ballot{{Party: s[0], Choice: convention.ChoiceFor}, {Party: zwe, Choice: convention.ChoiceFor}}})
	assertCites(t, err, convention.Cite(convention.ArtAmendment, 1))
	assert.Contains(t, convention.AsProblems(err)[0].Detail, "unknown party ZWE")
}

// TestDecideDisputePara2RequestBeforeInForceBetweenThem fixes the reading
// of "shall, at the request of one of those States Parties, be submitted to
// arbitration. If, six months after the date of the request for
// arbitration": the request is one made under para. 2, by a State Party to
// a State Party. A request made before the Convention was in force between
// the two starts no period, not even from the day it entered into force
// between them; a request made on that day does.
func TestDecideDisputePara2RequestBeforeInForceBetweenThem(t *testing.T) {
	l, s := disputeLedger(t)
	// s[0] is a Party from 2003-09-29, s[41] from 2003-10-31.
	dsp := func(on string) convention.Dispute {
		return convention.Dispute{Parties: [2]convention.PartyID{s[0], s[41]}, NegotiationFailed: convention.Yes,
			ArbitrationRequest: d(on), RequestedBy: s[0], OrganisationAgreed: convention.No}
	}
	tests := []struct {
		name      string
		request   string
		want      convention.Outcome
		inForce   convention.Judgement
		counted   convention.Date
		date      convention.Date
		available []convention.Final
	}{
		{"disputes para. 2: a request the day before the Convention is in force between them is not one of \"those States Parties\"",
			"2003-10-30", convention.Discretionary, convention.No, convention.Date{}, convention.Date{}, []convention.Final{convention.FinalRequestArbitration}},
		{"disputes para. 2: a request on the day it enters into force between them starts the six months",
			"2003-10-31", convention.Permitted, convention.Yes, d("2003-10-31"), d("2004-04-30"), []convention.Final{convention.FinalReferICJ}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := convention.DecideDispute(l, dsp(tc.request), d("2004-06-01"))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Outcome, got.String())
			assert.Equal(t, tc.inForce, got.Answer(convention.FinalInForceAtRequest))
			assert.Equal(t, tc.counted, got.Request)
			assert.Equal(t, tc.date, got.Date)
			assert.Equal(t, convention.SetOf(tc.available...), got.Available)
		})
	}
	// The early request does not start the period from the entry into
	// force between them either: six months after 2003-10-31 the referral
	// is still not open on its strength.
	got, err := convention.DecideDispute(l, dsp("2003-10-30"), d("2004-05-01"))
	require.NoError(t, err)
	assert.Equal(t, convention.Discretionary, got.Outcome, got.String())
	assert.False(t, got.Available.Has(convention.FinalReferICJ))
}

// TestDecideAmendmentPara2BallotOutsideCompetence fixes the reading of
// "Regional economic integration organizations, in matters within their
// competence, shall exercise their right to vote ... Such organizations
// shall not exercise their right to vote if their member States exercise
// theirs": outside its competence an organization has no vote, so its
// ballot is not counted and cannot bar its member States' ballots; within
// it, the two may not both vote.
func TestDecideAmendmentPara2BallotOutsideCompetence(t *testing.T) {
	l, s := voteLedger(t)
	// The organization's members are s[0], s[1] and s[2].
	v := convention.Vote{Amendment: "A1", Body: "Commission", Date: d("2009-05-20"), Consensus: convention.No, EffortsExhausted: convention.Yes,
		WithinREIOCompetence: convention.No,
		Ballots: append(append(ballots(convention.ChoiceFor, s[0], s[1], s[2]), ballots(convention.ChoiceAgainst, s[3])...),
			ballots(convention.ChoiceAgainst, eu)...)}
	got, err := convention.DecideAmendment(l, v)
	require.NoError(t, err, "amendment para. 2: outside its competence the organization's ballot does not block its members'")
	assert.Equal(t, convention.Adopted, got.Outcome, got.String())
	assert.Equal(t, 3, got.For, "the member States' ballots are counted")
	assert.Equal(t, 1, got.Against, "the organization's ballot is not")
	assert.Equal(t, convention.No, got.Answer(convention.FinalREIOCompetence))

	v.WithinREIOCompetence = convention.Yes
	_, err = convention.DecideAmendment(l, v)
	assertCites(t, err, convention.Cite(convention.ArtAmendment, 2))
	assert.Contains(t, convention.AsProblems(err)[0].Detail, "within the organization's competence")
}

// Disputes art., para. 2, "Any dispute between two or more States
// Parties", with a denunciation (Denunciation art., para. 1): a request for
// arbitration made while both were Parties sets the procedure going, and the
// respondent's later denunciation does not undo it (Vienna Convention on the
// Law of Treaties, art. 70(1)(b)); a request made after the denunciation
// took effect is no request between States Parties.
func TestDecideDisputePara2SurvivesALaterDenunciation(t *testing.T) {
	l, s := conventiontest.Palermo()
	l, err := l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: s[1], Date: convention.MustDate("2027-01-01")})
	require.NoError(t, err)
	d := convention.Dispute{Parties: [2]convention.PartyID{s[0], s[1]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: convention.MustDate("2027-02-01"), RequestedBy: s[0], OrganisationAgreed: convention.No}
	r, err := convention.DecideDispute(l, d, convention.MustDate("2028-03-01"))
	require.NoError(t, err)
	assert.Equal(t, convention.Permitted, r.Outcome, "requested while both were Parties\n%s", r.Explain())
	d.ArbitrationRequest = convention.MustDate("2028-02-01")
	r, err = convention.DecideDispute(l, d, convention.MustDate("2028-09-01"))
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, r.Outcome, "requested after the denunciation took effect on 2028-01-01")
}
