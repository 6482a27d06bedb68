package convention

import (
	"fmt"
	"strconv"
)

// MonthsBeforeICJ: six months after the date of the request for arbitration
// without agreement on its organization, a party may refer the dispute to
// the International Court of Justice (Disputes art., para. 2).
const MonthsBeforeICJ = 6

// Dispute is a dispute between two States Parties concerning the
// interpretation or application of the Convention (Disputes art., paras. 1
// and 2), at the stage the parties have reached. A dispute among more than
// two parties is assessed pair by pair.
//
// The zero Dispute is not valid.
type Dispute struct {
	// Parties are the two parties to the dispute.
	Parties [2]PartyID `json:"parties"`
	// NegotiationFailed: could the dispute not be settled through
	// negotiation within a reasonable time? A judgement of the parties.
	NegotiationFailed Judgement `json:"negotiation_failed"`
	// ArbitrationRequest is the date of one party's request that the
	// dispute be submitted to arbitration, zero if none. A request dated
	// after the date assessed is treated as not yet made; a request made
	// before the Convention was in force between the parties, or while a
	// reservation of either under para. 3 was in force, was not a request
	// under para. 2 and starts no period (see DecideDispute).
	ArbitrationRequest Date `json:"arbitration_request,omitzero"`
	// RequestedBy is the party that requested arbitration.
	RequestedBy PartyID `json:"requested_by,omitzero"`
	// OrganisationAgreed: have the parties agreed on the organization of the
	// arbitration? Meaningful only once arbitration is requested.
	OrganisationAgreed Judgement `json:"organisation_agreed"`
}

// disputeChecks is the table of Dispute.Validate.
var disputeChecks = []check[Dispute]{
	// "Any dispute between two or more States Parties"
	{Cite: Cite(ArtDisputes, 2), Field: "Parties[0]", Quote: "Any dispute between two or more States Parties",
		Test: func(d Dispute) (string, error) {
			if d.Parties[0].IsZero() {
				return "", ErrMissing
			}
			return "", nil
		}},
	{Cite: Cite(ArtDisputes, 2), Field: "Parties[1]", Quote: "Any dispute between two or more States Parties",
		Test: func(d Dispute) (string, error) {
			switch {
			case d.Parties[1].IsZero():
				return "", ErrMissing
			case d.Parties[1] == d.Parties[0]:
				return "a dispute is between two parties", ErrInconsistent
			}
			return "", nil
		}},
	// "that cannot be settled through negotiation within a reasonable time"
	{Cite: Cite(ArtDisputes, 2), Field: "NegotiationFailed", Quote: "that cannot be settled through negotiation within a reasonable time",
		Test: func(d Dispute) (string, error) { return validJudgement(d.NegotiationFailed) }},
	// "shall, at the request of one of those States Parties, be submitted to
	// arbitration"
	{Cite: Cite(ArtDisputes, 2), Field: "RequestedBy", Quote: "at the request of one of those States Parties",
		Test: func(d Dispute) (string, error) {
			switch {
			case d.RequestedBy.IsZero() && !d.ArbitrationRequest.IsZero():
				return "the party that requested arbitration", ErrMissing
			case !d.RequestedBy.IsZero() && d.RequestedBy != d.Parties[0] && d.RequestedBy != d.Parties[1]:
				return d.RequestedBy.String() + " is not a party to the dispute", ErrInconsistent
			}
			return "", nil
		}},
	{Cite: Cite(ArtDisputes, 2), Field: "ArbitrationRequest", Quote: "six months after the date of the request for arbitration",
		Test: func(d Dispute) (string, error) {
			if d.ArbitrationRequest.IsZero() && !d.RequestedBy.IsZero() {
				return "the date of the request for arbitration", ErrMissing
			}
			return "", nil
		}},
	// "those States Parties are unable to agree on the organization of the
	// arbitration"
	{Cite: Cite(ArtDisputes, 2), Field: "OrganisationAgreed", Quote: "unable to agree on the organization of the arbitration",
		Test: func(d Dispute) (string, error) {
			if detail, err := validJudgement(d.OrganisationAgreed); err != nil {
				return detail, err
			}
			if d.OrganisationAgreed.IsKnown() && d.ArbitrationRequest.IsZero() {
				return "no arbitration was requested", ErrInconsistent
			}
			return "", nil
		}},
}

// DisputeRules returns the rules Dispute.Validate applies, in table order.
func DisputeRules() []RuleInfo { return infos(disputeChecks) }

// Validate reports every defect of the dispute's record.
func (d Dispute) Validate() error { return runChecks(d, disputeChecks).Err() }

// DisputeDecision is the assessment of a dispute on a date.
type DisputeDecision struct {
	Result[Final]
	// Request is the date of the request for arbitration taken into
	// account, zero if none.
	Request Date
}

// DecideDispute assesses, on asOf, where the settlement of a dispute stands
// under the Disputes article, and in particular whether a party may refer it
// to the International Court of Justice:
//
//   - the article governs disputes "between two or more States Parties":
//     both must be States (the text names regional economic integration
//     organizations where it gives them a role, and gives them none here;
//     see the ledger's reading of "State Party") and the Convention must be
//     in force between them on asOf, or have been when one requested
//     arbitration (a later denunciation does not undo the procedure the
//     request set going: Vienna Convention on the Law of Treaties, art.
//     70(1)(b)); Outcome NotApplicable otherwise;
//   - the parties shall endeavour to settle through negotiation (para. 1, a
//     duty in every other outcome);
//   - if either party has a reservation under para. 3 in force on asOf,
//     para. 2 does not bind between them (reciprocity: the other party is
//     not bound towards the reserving one): NoObligation, arbitration and
//     referral barred, citing para. 3;
//   - a dispute not settled through negotiation within a reasonable time
//     goes to arbitration at the request of either party (para. 2): before a
//     request, Discretionary with the request available, or Obliged
//     (negotiate) while negotiation has not failed;
//   - a request for arbitration counts only if it was made under para. 2,
//     "at the request of one of those States Parties": made on a day when
//     the Convention was in force between the two (FinalInForceAtRequest)
//     and neither had a reservation under para. 3 in force
//     (FinalReservedAtRequest). A request made earlier was made under no
//     obligation of this Convention; it does not start the six months, not
//     even from the day the Convention entered into force between them,
//     and a new request may be made (the party that made it may simply
//     renew it). The period "six months after the date of the request"
//     runs from a date the text names, the request's; moving it to the
//     entry into force would count from a date the text does not name;
//   - once arbitration is requested, the parties must submit to it (Obliged)
//     while they agree on its organization; until six months after the
//     request the referral is NotDue (Date: the day it opens); from that
//     day, without agreement on the organization, any party may refer the
//     dispute to the Court (Permitted, Date: that day).
//
// "Six months after the date of the request" is MonthsAfter(request, 6),
// clamped to the month's end: a request of 31 August opens the referral on
// 28 February (29 in a leap year).
//
// The judgements (negotiation failed, organization agreed) are the
// parties'; while one the outcome turns on is unassessed the outcome is
// Undetermined. The error is the dispute's Problems, or a Problem for a
// party the ledger does not know. The decision path allocates nothing.
func DecideDispute(l Ledger, d Dispute, asOf Date) (DisputeDecision, error) {
	if err := d.Validate(); err != nil {
		return DisputeDecision{}, err
	}
	var pv [2]partyView
	for i, p := range d.Parties {
		if pv[i] = l.view(p); pv[i].i < 0 {
			var ps Problems
			for j, q := range d.Parties {
				if !l.Knows(q) {
					ps = append(ps, unknownParty("Parties["+strconv.Itoa(j)+"]", q))
				}
			}
			return DisputeDecision{}, ps
		}
	}
	r := decideDispute(l, pv, d, asOf)
	if r.Outcome == Undetermined {
		r.resolveNeeded(func(f Final, j Judgement) Outcome {
			e := d
			switch f {
			case FinalNegotiationFailed:
				e.NegotiationFailed = j
			case FinalOrganisationAgreed:
				e.OrganisationAgreed = j
			}
			return decideDispute(l, pv, e, asOf).Outcome
		})
	}
	return r, nil
}

func decideDispute(l Ledger, pv [2]partyView, d Dispute, asOf Date) DisputeDecision {
	out := DisputeDecision{Result: Result[Final]{Cite: Cite(ArtDisputes, 2)}}
	r := &out.Result
	a, b := d.Parties[0], d.Parties[1]
	between := func(on Date) bool { return l.d.inForce(pv[0].st, on) && l.d.inForce(pv[1].st, on) }
	reserved := func(on Date) bool { return l.d.reservedAt(pv[0].i, on) || l.d.reservedAt(pv[1].i, on) }
	// "Any dispute between two or more States Parties": the States must be
	// Parties to each other on the date assessed or, where one requested
	// arbitration while they were, a later denunciation does not undo the
	// procedure the request set going (Vienna Convention on the Law of
	// Treaties, art. 70(1)(b): the termination "does not affect any right,
	// obligation or legal situation of the parties created through the
	// execution of the treaty prior to its termination").
	req0 := d.ArbitrationRequest
	begun := !req0.IsZero() && onOrBefore(req0, asOf) && between(req0)
	if !r.testBool(FinalBothStates, a.IsState() && b.IsState()) ||
		!r.testBool(FinalDisputeBetweenParties, between(asOf) || begun) {
		r.Outcome = NotApplicable
		return out
	}
	r.Duties = r.Duties.With(FinalDutyNegotiate)
	if r.testBool(FinalReservedNow, reserved(asOf)) {
		r.Barred = r.Barred.With(FinalRequestArbitration).With(FinalReferICJ)
		r.Outcome, r.Cite = NoObligation, Cite(ArtDisputes, 3)
		return out
	}
	req := d.ArbitrationRequest
	requested := r.testBool(FinalArbitrationRequested, onOrBefore(req, asOf))
	if requested && !r.testBool(FinalInForceAtRequest, between(req)) {
		requested = false
	}
	if requested && r.testBool(FinalReservedAtRequest, reserved(req)) {
		requested = false
	}
	if requested {
		out.Request = req
	}
	failed := r.need(FinalNegotiationFailed, r.test(FinalNegotiationFailed, d.NegotiationFailed))
	switch {
	case failed == Unassessed:
		r.Outcome = Undetermined
		return out
	case failed == No:
		r.Outcome, r.Cite = Obliged, Cite(ArtDisputes, 1)
		return out
	case !requested:
		r.Available = r.Available.With(FinalRequestArbitration)
		r.Outcome = Discretionary
		return out
	}
	r.Duties = r.Duties.With(FinalDutyArbitrate)
	r.Date, r.DateLabel = MonthsAfter(req, MonthsBeforeICJ), "referral to the International Court of Justice possible from"
	org := r.test(FinalOrganisationAgreed, d.OrganisationAgreed)
	six := r.testBool(FinalSixMonths, !asOf.Before(r.Date))
	switch {
	case org == Yes:
		r.Outcome, r.Date = Obliged, Date{}
		return out
	case !six:
		r.Outcome = NotDue
		return out
	case org == Unassessed:
		r.need(FinalOrganisationAgreed, org)
		r.Outcome = Undetermined
		return out
	}
	r.Available = r.Available.With(FinalReferICJ)
	r.Outcome = Permitted
	return out
}

// Explain renders the assessment, noting how the six months were counted.
func (d DisputeDecision) Explain() Explanation {
	e := d.Result.Explain()
	e.Decision = "settlement of disputes"
	if !d.Request.IsZero() {
		six := MonthsAfter(d.Request, MonthsBeforeICJ)
		note := fmt.Sprintf("six months after the request of %s: %s", d.Request, six)
		if _, clamped := d.Request.AddMonthsStrict(MonthsBeforeICJ); clamped {
			note += " (the month is shorter: its last day)"
		}
		for i := range e.Steps {
			if e.Steps[i].Name == finals[FinalSixMonths].Name {
				e.Steps[i].Note = note
			}
		}
	}
	return e
}

// String renders Explain as text.
func (d DisputeDecision) String() string { return d.Explain().String() }
