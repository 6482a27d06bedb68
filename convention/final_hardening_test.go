package convention_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// The choices of Amendment art., paras. 1 and 2 are for, against and
// abstain; only the first two are votes ("present and voting").
func TestAmendmentChoicesAreDeclaredOnly(t *testing.T) {
	for _, c := range []convention.Choice{convention.ChoiceFor, convention.ChoiceAgainst, convention.ChoiceAbstain} {
		assert.True(t, c.IsValid(), "%s is a declared choice", c)
	}
	for _, c := range []convention.Choice{convention.ChoiceUnknown, convention.ChoiceAbstain + 1, 255} {
		assert.False(t, c.IsValid(), "%d is not a declared choice", c)
		assert.False(t, c.IsVote(), "%d is not a vote", c)
	}
	assert.True(t, convention.ChoiceFor.IsVote())
	assert.True(t, convention.ChoiceAgainst.IsVote())
	assert.False(t, convention.ChoiceAbstain.IsVote(), "abstentions are not votes")
}

func twoBallots(t *testing.T, err error, who convention.PartyID) {
	t.Helper()
	ps := convention.AsProblems(err)
	require.NotEmpty(t, ps, "a second ballot of %s is a problem", who)
	found := false
	for _, p := range ps {
		if p.Field == "Ballots" && errors.Is(p.Err, convention.ErrInconsistent) {
			assert.Contains(t, p.Detail, who.String()+" has two ballots")
			found = true
		}
	}
	assert.True(t, found, "%v", ps)
}

// Amendment art., para. 1: "a two-thirds majority vote of the States
// Parties present and voting": each party present casts one ballot. A
// second ballot of the same party is a Problem wherever it stands in the
// list, and however long the list (a meeting of every State).
func TestAmendmentPara1OneBallotEach(t *testing.T) {
	s := conventiontest.States(conventiontest.MaxStates)
	base := convention.Vote{Amendment: "A1", Body: "Conference", Date: d("2030-01-01"), Consensus: convention.No, EffortsExhausted: convention.Yes}
	vote := func(parties ...convention.PartyID) convention.Vote {
		v := base
		for _, p := range parties {
			v.Ballots = append(v.Ballots, convention.Ballot{Party: p, Choice: convention.ChoiceFor})
		}
		return v
	}
	twoBallots(t, vote(s[0], s[0]).Validate(), s[0])
	twoBallots(t, vote(s[0], s[1], s[0]).Validate(), s[0])
	twoBallots(t, vote(s[0], s[1], s[2], s[1]).Validate(), s[1])
	twoBallots(t, vote(s[2], s[0], s[1], s[3], s[4], s[1]).Validate(), s[1])
	require.NoError(t, vote(s[:20]...).Validate(), "twenty parties, one ballot each")

	// A long list: every State once, then again (over 512 ballots).
	long := append(append(append([]convention.PartyID{}, s...), s...), s...)
	require.Greater(t, len(long), 512)
	twoBallots(t, vote(long...).Validate(), s[0])
	twoBallots(t, vote(append(append(append([]convention.PartyID{}, s...), s[1:]...), s[1:]...)...).Validate(), s[1])
}

// Amendment art., para. 1: the exhaustion of efforts at consensus is the
// body's judgement: yes, no or unassessed, never another value.
func TestAmendmentPara1EffortsExhaustedIsAJudgement(t *testing.T) {
	v := convention.Vote{Amendment: "A1", Body: "Conference", Date: d("2030-01-01"), Consensus: convention.No, EffortsExhausted: convention.Judgement(9)}
	err := v.Validate()
	require.Error(t, err)
	found := false
	for _, p := range convention.AsProblems(err) {
		if p.Field == "EffortsExhausted" {
			found = true
			assert.Equal(t, convention.Cite(convention.ArtAmendment, 1), p.Cite)
		}
	}
	assert.True(t, found)
	v.EffortsExhausted = convention.Unassessed
	assert.NoError(t, v.Validate())
}

// hostileVote is a vote of n ballots cast by one party again and again.
func hostileVote(p convention.PartyID, n int) convention.Vote {
	v := convention.Vote{Amendment: "A1", Body: "Conference", Date: d("2010-01-01"), Consensus: convention.No,
		EffortsExhausted: convention.Yes, WithinREIOCompetence: convention.Yes, Ballots: make([]convention.Ballot, n)}
	for i := range v.Ballots {
		v.Ballots[i] = convention.Ballot{Party: p, Choice: convention.ChoiceFor}
	}
	return v
}

// Hostile sizes: a vote of 100,000 ballots, all an organization's or all
// one State's, is refused (one ballot each) in time linear in the ballots
// (the rule on an organization and its member States both voting once
// took minutes here: it compared every ballot with every other).
func TestAmendmentHostileBallotsAreLinear(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t, convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"})
	for _, p := range []convention.PartyID{eu, u.states[0]} {
		_, err := convention.DecideAmendment(l, hostileVote(p, 100_000))
		twoBallots(t, err, p)
	}
}

// Amendment art., para. 2: an organization votes "with a number of votes
// equal to the number of their member States that are Parties", whatever
// its place in the record (here the first party listed, by code).
func TestAmendmentPara2OrganisationVotesWithItsMembersWhereverListed(t *testing.T) {
	u := newUNTOC()
	aa := convention.MustPartyID("AA")
	parties := append(append([]convention.Party{}, u.parties...), convention.Party{ID: aa, Members: u.states[5:8]})
	acts := append(append([]convention.Action{}, u.actions...),
		convention.Action{Kind: convention.ActionSignature, Party: aa, Date: d("2000-12-12")},
		convention.Action{Kind: convention.ActionApproval, Party: aa, Date: d("2002-07-01"), Competence: "trade"},
		convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"})
	l, err := convention.Build(parties, acts)
	require.NoError(t, err)
	require.Equal(t, aa, l.Parties()[0].ID, "the organization is listed first")
	v := convention.Vote{Amendment: "A1", Body: "Conference", Date: d("2010-06-01"), Consensus: convention.No, EffortsExhausted: convention.Yes,
		WithinREIOCompetence: convention.Yes, Ballots: []convention.Ballot{{Party: aa, Choice: convention.ChoiceFor}, {Party: u.states[10], Choice: convention.ChoiceAgainst}}}
	r, err := convention.DecideAmendment(l, v)
	require.NoError(t, err)
	assert.Equal(t, 3, r.For, "three member States that are Parties")
	assert.Equal(t, 1, r.Against)
	assert.Equal(t, convention.Adopted, r.Outcome, "3 of 4 votes")
}

// The explanation of a vote says what two thirds of the votes cast is, so
// a lawyer can check the count: of 6 votes, 4; of 7, 4.67 (Amendment art.,
// para. 1: "a two-thirds majority vote of the States Parties present and
// voting").
func TestAmendmentPara1ExplanationStatesTheThreshold(t *testing.T) {
	u := newUNTOC()
	l := u.ledger(t, convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"})
	vote := func(yes, no, abstain int) convention.Vote {
		v := convention.Vote{Amendment: "A1", Body: "Conference", Date: d("2010-06-01"), Consensus: convention.No, EffortsExhausted: convention.Yes}
		s := u.states[3:]
		for i := range yes + no + abstain {
			c := convention.ChoiceFor
			switch {
			case i >= yes+no:
				c = convention.ChoiceAbstain
			case i >= yes:
				c = convention.ChoiceAgainst
			}
			v.Ballots = append(v.Ballots, convention.Ballot{Party: s[i], Choice: c})
		}
		return v
	}
	for _, tc := range []struct {
		yes, no, abstain int
		want             string
		outcome          convention.Outcome
	}{
		{4, 2, 5, "votes for 4, against 2; 5 abstaining, not counted as votes; two thirds of 6 is 4", convention.Adopted},
		{4, 3, 0, "votes for 4, against 3; 0 abstaining, not counted as votes; two thirds of 7 is 4.67", convention.NotAdopted},
		{2, 1, 30, "votes for 2, against 1; 30 abstaining, not counted as votes; two thirds of 3 is 2", convention.Adopted},
		{10, 5, 0, "votes for 10, against 5; 0 abstaining, not counted as votes; two thirds of 15 is 10", convention.Adopted},
		{6, 4, 0, "votes for 6, against 4; 0 abstaining, not counted as votes; two thirds of 10 is 6.67", convention.NotAdopted},
	} {
		r, err := convention.DecideAmendment(l, vote(tc.yes, tc.no, tc.abstain))
		require.NoError(t, err)
		assert.Equal(t, tc.outcome, r.Outcome, tc.want)
		assert.Contains(t, r.Explain().Notes, tc.want)
	}
}

// The clauses of Cooperation art., paras. 2 and 3 print by name; a value
// the vocabulary does not declare prints as its number.
func TestCooperationClausesPrintByName(t *testing.T) {
	assert.Equal(t, "Clause(0)", convention.ClauseUnknown.String())
	terms := convention.TermsOf[convention.Clause]()
	require.NotEmpty(t, terms)
	last := terms[len(terms)-1]
	assert.Equal(t, last.Describe().Name, last.String())
	assert.Equal(t, terms[0].Describe().Name, terms[0].String())
	assert.Equal(t, "Clause("+strconv.Itoa(int(last)+1)+")", (last + 1).String())
	assert.Equal(t, convention.Description{}, (last + 1).Describe())
}

// Cooperation art., para. 2: "irrespective of whether the laws of the
// requested State Party ... denominate the offence by the same
// terminology": the explanation records that the names were not compared,
// whenever either State named the offence, and says nothing of names when
// neither did.
func TestDualCriminalityPara2NamesRecordedNotCompared(t *testing.T) {
	yes := convention.Characterisation{Criminal: convention.Yes}
	named := func(n string) convention.Characterisation { c := yes; c.Name = n; return c }
	has := func(e convention.Explanation) bool {
		for _, n := range e.Notes {
			if strings.HasPrefix(n, "offence names not compared") {
				return true
			}
		}
		return false
	}
	assert.False(t, has(convention.EvaluateDualCriminality("x", yes, yes, convention.Citation{}).Explain()))
	assert.True(t, has(convention.EvaluateDualCriminality("x", named("fraude informatique"), yes, convention.Citation{}).Explain()))
	assert.True(t, has(convention.EvaluateDualCriminality("x", yes, named("computer misuse"), convention.Citation{}).Explain()))
	e := convention.EvaluateDualCriminality("x", named("a"), named("b"), convention.Citation{}).Explain()
	assert.Contains(t, e.Notes, `offence names not compared (requesting State: "a"; requested State: "b")`)
}

// Cooperation art., para. 3 lists six grounds: "sex, race, religion,
// nationality, ethnic origin or political opinions". Only they are
// members of a set, marshal, or read back; a seventh value never does.
func TestNonDiscriminationPara3ListsSixGrounds(t *testing.T) {
	first, last := convention.GroundSex, convention.GroundPoliticalOpinions
	beyond := last + 1
	for _, g := range []convention.DiscriminationGround{first, last} {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back convention.DiscriminationGround
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, g, back)
		assert.True(t, convention.DiscriminationGrounds(0).Add(g).Has(g))
	}
	for _, g := range []convention.DiscriminationGround{convention.GroundNone, beyond} {
		_, err := g.MarshalText()
		assert.ErrorIs(t, err, convention.ErrInvalid, "%d", g)
		assert.Equal(t, convention.DiscriminationGrounds(0), convention.DiscriminationGrounds(0).Add(g), "%d is not added", g)
		assert.False(t, convention.DiscriminationGrounds(255).Has(g), "%d is never a member", g)
	}
	var g convention.DiscriminationGround
	assert.ErrorIs(t, g.UnmarshalText(nil), convention.ErrInvalid, "an empty ground is an error")
	assert.Equal(t, "sex,race,religion,nationality,ethnic-origin,political-opinions,DiscriminationGrounds(129)", convention.DiscriminationGrounds(255).String())
	all := convention.DiscriminationGrounds(0)
	for g := first; g <= last; g++ {
		all = all.Add(g)
	}
	assert.True(t, all.IsValid())
	var none convention.DiscriminationGrounds = 3
	require.NoError(t, none.UnmarshalText(nil), "no ground named: the empty set")
	assert.True(t, none.IsEmpty())
	require.NoError(t, none.UnmarshalText([]byte("religion, sex")))
	assert.True(t, none.Has(convention.GroundSex) && none.Has(convention.GroundReligion))
	assert.Equal(t, "sex,race,religion,nationality,ethnic-origin,political-opinions", all.String())
}

// The kinds of action the depositary records are the declared ones; the
// zero kind and any value past the last are not valid.
func TestActionKindsAreDeclaredOnly(t *testing.T) {
	kinds := convention.ActionKinds()
	require.NotEmpty(t, kinds)
	for _, k := range kinds {
		assert.True(t, k.IsValid(), "%s", k)
	}
	assert.False(t, convention.ActionUnknown.IsValid())
	assert.False(t, (kinds[len(kinds)-1] + 1).IsValid(), "past the last declared kind")
}

// Disputes art., para. 2: "If, six months after the date of the request
// for arbitration, those States Parties are unable to agree on the
// organization of the arbitration": whether they agreed is asked only once
// arbitration was requested.
func TestDisputePara2OrganisationOnlyAfterARequest(t *testing.T) {
	base := convention.Dispute{Parties: [2]convention.PartyID{convention.MustPartyID("FRA"), convention.MustPartyID("ARG")}, NegotiationFailed: convention.Yes}
	for _, j := range []convention.Judgement{convention.Yes, convention.No} {
		dsp := base
		dsp.OrganisationAgreed = j
		err := dsp.Validate()
		require.Error(t, err, "agreement %s without a request", j)
		found := false
		for _, p := range convention.AsProblems(err) {
			if p.Field == "OrganisationAgreed" && errors.Is(p.Err, convention.ErrInconsistent) {
				found = true
				assert.Equal(t, convention.Cite(convention.ArtDisputes, 2), p.Cite)
			}
		}
		assert.True(t, found)
		dsp.ArbitrationRequest, dsp.RequestedBy = d("2026-08-31"), dsp.Parties[0]
		assert.NoError(t, dsp.Validate(), "agreement %s after a request", j)
	}
	assert.NoError(t, base.Validate(), "no request, agreement unassessed")
}
