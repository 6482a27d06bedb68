package convention_test

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

func ExampleLedger_EntryIntoForce() {
	l, _ := conventiontest.Palermo()
	p, fortieth, _ := l.Fortieth()
	eif, _ := l.EntryIntoForce()
	fmt.Println("fortieth instrument:", p, fortieth)
	fmt.Println("entry into force:", eif)
	// Output:
	// fortieth instrument: CAN 2003-07-01
	// entry into force: 2003-09-29
}

func ExampleLedger_PartyEntryIntoForce() {
	l, s := conventiontest.Palermo()
	early, _ := l.PartyEntryIntoForce(s[0])
	late, _ := l.PartyEntryIntoForce(s[40])
	fmt.Println("deposited 2001-03-01:", early)
	fmt.Println("deposited 2003-10-15:", late)
	// Output:
	// deposited 2001-03-01: 2003-09-29
	// deposited 2003-10-15: 2003-11-14
}

func ExampleBuild() {
	fra, deu, eu := convention.MustPartyID("FRA"), convention.MustPartyID("DEU"), convention.MustPartyID("EU")
	parties := []convention.Party{{ID: fra}, {ID: deu}, {ID: eu, Members: []convention.PartyID{fra, deu}}}
	// Recorded out of order; the organization's signature comes before any
	// member's signature, so it is refused.
	_, err := convention.Build(parties, []convention.Action{
		{Kind: convention.ActionSignature, Party: fra, Date: convention.MustDate("2025-03-02")},
		{Kind: convention.ActionSignature, Party: eu, Date: convention.MustDate("2025-03-01")},
	})
	for _, p := range convention.AsProblems(err) {
		fmt.Println(p)
	}
	// Output:
	// Signature art., para. 2: Actions[1].Party: inconsistent: no member State of EU has signed by 2025-03-01
}

func ExampleLedger_Add() {
	l, s := conventiontest.Palermo()
	l, err := l.Add(convention.Action{Kind: convention.ActionAccession, Party: s[41], Date: convention.MustDate("2024-02-29")})
	fmt.Println(err)
	_, err = l.Add(convention.Action{Kind: convention.ActionAccession, Party: s[41], Date: convention.MustDate("2025-01-01")})
	fmt.Println(err)
	// Output:
	// <nil>
	// Signature art., para. 4: Action.Date: inconsistent: already deposited an instrument of accession on 2024-02-29
}

func ExampleLedger_Ceases() {
	l, s := conventiontest.Palermo()
	l, _ = l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: s[3], Date: convention.MustDate("2028-02-29")})
	c, _ := l.Ceases(s[3])
	fmt.Println("ceases:", c)
	fmt.Println("party on 2029-02-27:", l.IsParty(s[3], convention.MustDate("2029-02-27")))
	fmt.Println("party on 2029-02-28:", l.IsParty(s[3], convention.MustDate("2029-02-28")))
	// Output:
	// ceases: 2029-02-28
	// party on 2029-02-27: true
	// party on 2029-02-28: false
}

func ExampleLedger_InForceBetween() {
	l, s := conventiontest.Palermo()
	fmt.Println(l.InForceBetween(s[0], s[40], convention.MustDate("2003-11-13")))
	fmt.Println(l.InForceBetween(s[0], s[40], convention.MustDate("2003-11-14")))
	// Output:
	// false
	// true
}

func ExampleLedger_Status() {
	l, s := conventiontest.Palermo()
	fmt.Print(l.Status(s[40], convention.MustDate("2003-11-01")))
	// Output:
	// not-in-force (Entry into force art., para. 2), in force for the party from 2003-11-14
	//   1. Signature art., para. 3: Has the party deposited its instrument of ratification, acceptance, approval or accession? yes
	//   2. Entry into force art., para. 1: Have forty instruments been deposited, not counting those of regional economic integration organizations? yes
	//   3. Entry into force art., para. 1: Has the ninetieth day after the deposit of the fortieth instrument come? yes
	//   4. Entry into force art., para. 2: Has the Convention entered into force for the party, on the thirtieth day after its deposit and not before the Convention's own entry into force? no
	//   5. Denunciation art., para. 1: Has a denunciation by the party taken effect, one year after its receipt by the Secretary-General? no
}

func ExampleLedger_ConventionStatus() {
	l, _ := conventiontest.Palermo()
	fmt.Println(l.ConventionStatus(convention.MustDate("2003-09-28")).Outcome)
	fmt.Print(l.ConventionStatus(convention.MustDate("2003-09-29")))
	// Output:
	// not-in-force
	// in-force (Entry into force art., para. 1), the Convention in force from 2003-09-29
	//   1. Entry into force art., para. 1: Have forty instruments been deposited, not counting those of regional economic integration organizations? yes
	//   2. Entry into force art., para. 1: Has the ninetieth day after the deposit of the fortieth instrument come? yes
}

func ExampleAmendmentProposalAdmissible() {
	l, s := conventiontest.Palermo()
	r := convention.AmendmentProposalAdmissible(l, s[0], convention.MustDate("2008-09-28"))
	fmt.Println(r.Outcome, "; first day:", r.Date)
	r = convention.AmendmentProposalAdmissible(l, s[0], convention.MustDate("2008-09-29"))
	fmt.Println(r.Outcome, r.Cite)
	// Output:
	// prohibited ; first day: 2008-09-29
	// permitted Amendment art., para. 1
}

func ExampleDecideAmendment() {
	l, s := conventiontest.Palermo()
	l, _ = l.Add(convention.Action{Kind: convention.ActionAmendmentProposal, Party: s[0], Date: convention.MustDate("2010-01-04"), Amendment: "C.N.1.2010"})
	v := convention.Vote{Amendment: "C.N.1.2010", Body: "Commission on Crime Prevention and Criminal Justice",
		Date: convention.MustDate("2010-05-20"), Consensus: convention.No, EffortsExhausted: convention.Yes}
	for i, p := range s[:30] {
		c := convention.ChoiceFor
		switch {
		case i < 10:
			c = convention.ChoiceAgainst
		case i >= 26:
			c = convention.ChoiceAbstain
		}
		v.Ballots = append(v.Ballots, convention.Ballot{Party: p, Choice: c})
	}
	r, err := convention.DecideAmendment(l, v)
	fmt.Println(err)
	fmt.Print(r)
	// Output:
	// <nil>
	// amendment: not-adopted (Amendment art., para. 1), vote of 2010-05-20
	//   1. Amendment art., para. 1: Was consensus on the amendment reached? no
	//   2. Amendment art., para. 1: Have all efforts at consensus been exhausted without agreement? yes
	//   3. Amendment art., para. 1: Did two thirds of the States Parties present and voting vote for the amendment? no
	//   note: body: Commission on Crime Prevention and Criminal Justice (the text's Conference of the Parties is never established)
	//   note: votes for 16, against 10; 4 abstaining, not counted as votes; two thirds of 26 is 17.33
}

func ExampleDecideDispute() {
	l, s := conventiontest.Palermo()
	dispute := convention.Dispute{Parties: [2]convention.PartyID{s[0], s[1]}, NegotiationFailed: convention.Yes,
		ArbitrationRequest: convention.MustDate("2025-08-31"), RequestedBy: s[0], OrganisationAgreed: convention.No}
	r, _ := convention.DecideDispute(l, dispute, convention.MustDate("2026-02-27"))
	fmt.Println(r.Outcome, r.Date)
	r, _ = convention.DecideDispute(l, dispute, convention.MustDate("2026-02-28"))
	fmt.Print(r)
	// Output:
	// not-due 2026-02-28
	// settlement of disputes: permitted (Disputes art., para. 2), referral to the International Court of Justice possible from 2026-02-28
	//   1. Disputes art., para. 2: Are both parties to the dispute States, as "a dispute between two or more States Parties" requires? yes
	//   2. Disputes art., para. 2: Is the dispute between States Parties, the Convention being in force for each? yes
	//   3. Disputes art., para. 2: Could the dispute not be settled through negotiation within a reasonable time? yes
	//   4. Disputes art., para. 2: Has one of the parties requested arbitration? yes
	//   5. Disputes art., para. 2: Was the Convention in force between the parties on the date of the request for arbitration? yes
	//   6. Disputes art., para. 2: Have the parties agreed on the organization of the arbitration? no
	//   7. Disputes art., para. 2: Have six months passed since the date of the request for arbitration? yes (six months after the request of 2025-08-31: 2026-02-28 (the month is shorter: its last day))
	//   8. Disputes art., para. 3: Had either party a reservation under paragraph 3 in force on the date of the request for arbitration? no
	//   9. Disputes art., para. 3: Has either party a reservation under paragraph 3 in force on the date assessed? no
	//   grounds available:
	//     - Disputes art., para. 2: Any party may refer the dispute to the International Court of Justice by request in accordance with the Statute of the Court.
	//   duties:
	//     - Disputes art., para. 1: Endeavour to settle the dispute through negotiation.
	//     - Disputes art., para. 2: Submit the dispute to arbitration, as one of the parties requested.
}

func ExampleLedger_AmendmentBetween() {
	l, s := conventiontest.Palermo()
	for _, a := range []convention.Action{
		{Kind: convention.ActionAmendmentProposal, Party: s[0], Date: convention.MustDate("2010-01-04"), Amendment: "A1"},
		{Kind: convention.ActionAmendmentAdoption, Date: convention.MustDate("2010-05-20"), Amendment: "A1", Body: "Commission"},
		{Kind: convention.ActionAmendmentAcceptance, Party: s[0], Date: convention.MustDate("2010-06-01"), Amendment: "A1"},
		{Kind: convention.ActionAmendmentAcceptance, Party: s[1], Date: convention.MustDate("2011-01-10"), Amendment: "A1"},
	} {
		l, _ = l.Add(a)
	}
	// The second party's instrument of 2011-01-10 takes effect on the
	// ninetieth day, 2011-04-10: until then the Convention applies
	// unamended between the two.
	fmt.Println(l.AmendmentBetween(s[0], s[1], "A1", convention.MustDate("2011-04-09")).Outcome)
	fmt.Println(l.AmendmentBetween(s[0], s[1], "A1", convention.MustDate("2011-04-10")).Outcome)
	// A party that never accepted stays bound by the unamended text.
	fmt.Println(l.AmendmentBetween(s[0], s[2], "A1", convention.MustDate("2012-01-01")).Outcome)
	// Output:
	// not-in-force
	// in-force
	// not-in-force
}

func ExampleAction_Validate() {
	a := convention.Action{Kind: convention.ActionLanguages, Party: convention.MustPartyID("FRA"), Date: convention.MustDate("2025-01-01")}
	fmt.Println(a.Validate())
	// Output:
	// MLA art., para. 15: Languages: missing
}
