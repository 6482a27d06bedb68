package casebook

import (
	"slices"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

type (
	dateFacts struct {
		Date convention.Date `json:"date"`
		N    int             `json:"n"`
	}
	dualFacts struct {
		Conduct    string                      `json:"conduct"`
		Requesting convention.Characterisation `json:"requesting"`
		Requested  convention.Characterisation `json:"requested"`
		Waiver     convention.Citation         `json:"waiver,omitzero"`
	}
	// ledgerRecord is a depositary's record, in the form
	// convention.DecodeLedger reads: the parties (a State by its code, a
	// regional economic integration organization with its members) and
	// every dated action. Its JSON is checked field by field when the case
	// is read; the rules of the final provisions are applied when the case
	// is run, and an action that breaks one is a problem of the answer.
	ledgerRecord struct {
		Parties []convention.Party  `json:"parties"`
		Actions []convention.Action `json:"actions"`
	}
	ledgerFacts struct {
		Ledger ledgerRecord       `json:"ledger"`
		Party  convention.PartyID `json:"party,omitzero"`
		AsOf   convention.Date    `json:"as_of,omitzero"`
	}
	betweenFacts struct {
		Ledger    ledgerRecord            `json:"ledger"`
		Parties   [2]convention.PartyID   `json:"parties"`
		Amendment convention.AmendmentRef `json:"amendment,omitempty"`
		AsOf      convention.Date         `json:"as_of"`
	}
	proposalFacts struct {
		Ledger   ledgerRecord       `json:"ledger"`
		Proposer convention.PartyID `json:"proposer"`
		Filed    convention.Date    `json:"filed"`
	}
	voteFacts struct {
		Ledger ledgerRecord    `json:"ledger"`
		Vote   convention.Vote `json:"vote"`
	}
	amendmentForFacts struct {
		Ledger    ledgerRecord            `json:"ledger"`
		Party     convention.PartyID      `json:"party"`
		Amendment convention.AmendmentRef `json:"amendment"`
	}
	disputeFacts struct {
		Ledger  ledgerRecord       `json:"ledger"`
		Dispute convention.Dispute `json:"dispute"`
		AsOf    convention.Date    `json:"as_of"`
	}
)

// build builds the record as the depositary's ledger; the error is the
// Problems of the actions that break a rule.
func (r ledgerRecord) build() (convention.Ledger, error) {
	return convention.Build(r.Parties, r.Actions)
}

// withLedger runs decide on the record's ledger, or answers with the
// record's problems.
func withLedger(r ledgerRecord, decide func(l convention.Ledger) Answer) Answer {
	l, err := r.build()
	if err != nil {
		return valid(err)
	}
	return decide(l)
}

var conventionQuestions = map[string]question{
	"dates.nth-day-after": ask("The Nth day after a date (\"the ninetieth day after\"): facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.NthDayAfter(f.Date, f.N), "the nth day after", convention.Citation{})
		}),
	"dates.months-after": ask("N months after a date, clamped to the month's end: facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.MonthsAfter(f.Date, f.N), "months after", convention.Citation{})
		}),
	"dates.years-after": ask("N years after a date: facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.YearsAfter(f.Date, f.N), "years after", convention.Citation{})
		}),
	"cooperation.dual-criminality": ask("Dual criminality on the underlying conduct (Cooperation art., para. 2): facts conduct, requesting, requested (each {criminal, name, category}), waiver.",
		func(f dualFacts) Answer {
			if !f.Waiver.IsZero() && !slices.Contains(convention.DualCriminalityWaivers(), f.Waiver) {
				return Answer{Problems: convention.Problems{{Field: "waiver", Path: "waiver", Cite: convention.Cite(convention.ArtCooperation, 2),
					Err: convention.ErrInvalid, Detail: f.Waiver.String() + " does not waive dual criminality; the text waives it in Preservation art., para. 3 and MLA art., para. 10"}}}
			}
			return Answer{Explanation: ptr(convention.EvaluateDualCriminality(f.Conduct, f.Requesting, f.Requested, f.Waiver).Explain())}
		}),
	"cooperation.non-discrimination": ask("The non-discrimination clause (Cooperation art., para. 3): facts belief, grounds.",
		func(f convention.DiscriminationFacts) Answer {
			e := convention.EvaluateNonDiscrimination(f).Explain()
			if n := f.Note(); n != "" {
				e.Notes = append(e.Notes, n)
			}
			return Answer{Explanation: &e}
		}),
	"ledger.validate": ask("Whether a depositary's record breaks no rule of the final provisions (Signature art.; Disputes art., paras. 3-4; Amendment art.; Denunciation art.; Depositary art., para. 1): facts ledger {parties, actions}.",
		func(f ledgerFacts) Answer {
			_, err := f.Ledger.build()
			return valid(err)
		}),
	"ledger.entry-into-force": ask("Whether the Convention itself is in force on a date, and from when (Entry into force art., para. 1): facts ledger, as_of. Values: instruments (counted by as_of), fortieth (the party whose instrument was the fortieth), fortieth-deposited.",
		func(f ledgerFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				e := l.ConventionStatus(f.AsOf).Explain()
				c := convention.Cite(convention.ArtEntryIntoForce, 1)
				e.AddValue("instruments", c, strconv.Itoa(l.Instruments(f.AsOf)))
				if p, d, ok := l.Fortieth(); ok {
					e.AddValue("fortieth", c, p.String())
					e.AddValue("fortieth-deposited", c, d.String())
				}
				return Answer{Explanation: &e}
			})
		}),
	"ledger.status": ask("Whether the Convention is in force for a party on a date, and from when (Entry into force art., para. 2; Denunciation art., paras. 1-2): facts ledger, party, as_of. Values: participations (how many times the party became bound), ceases (the first day it is no longer bound, once it denounced or, for an organization, once all its member States did).",
		func(f ledgerFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				e := l.Status(f.Party, f.AsOf).Explain()
				if l.Knows(f.Party) {
					c := convention.Cite(convention.ArtSignature, 4)
					e.AddValue("participations", c, strconv.Itoa(len(l.Participations(f.Party))))
					if d, ok := l.Ceases(f.Party); ok {
						dc := convention.Cite(convention.ArtDenunciation, 1)
						if p, _ := l.Party(f.Party); p.IsREIO() {
							dc = convention.Cite(convention.ArtDenunciation, 2)
						}
						e.AddValue("ceases", dc, d.String())
					}
					if d, ok := l.DenouncesProtocols(f.Party); ok {
						e.AddValue("protocols-denounced", convention.Cite(convention.ArtDenunciation, 3), d.String())
					}
				}
				return Answer{Explanation: &e}
			})
		}),
	"ledger.in-force-between": ask("Whether the Convention is in force between two parties on a date, and from when (Entry into force art., para. 2): facts ledger, parties [a, b], as_of.",
		func(f betweenFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				return Answer{Explanation: ptr(l.StatusBetween(f.Parties[0], f.Parties[1], f.AsOf).Explain())}
			})
		}),
	"amendment.proposal": ask("Whether a party may propose an amendment on a date (Amendment art., para. 1: after the expiry of five years, by a State Party): facts ledger, proposer, filed.",
		func(f proposalFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				return Answer{Explanation: ptr(convention.AmendmentProposalAdmissible(l, f.Proposer, f.Filed).Explain())}
			})
		}),
	"amendment.vote": ask("Whether the meeting adopted a proposed amendment (Amendment art., paras. 1-2: consensus, or two thirds of the States Parties present and voting; an organization's votes): facts ledger, vote {amendment, body, date, consensus, efforts_exhausted, within_reio_competence, ballots [{party, choice}]}. Values: for, against, abstaining (weighted).",
		func(f voteFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				d, err := convention.DecideAmendment(l, f.Vote)
				if err != nil {
					return valid(err)
				}
				e := d.Explain()
				c := convention.Cite(convention.ArtAmendment, 1)
				e.AddValue("for", c, strconv.Itoa(d.For))
				e.AddValue("against", c, strconv.Itoa(d.Against))
				e.AddValue("abstaining", c, strconv.Itoa(d.Abstaining))
				return Answer{Explanation: &e}
			})
		}),
	"amendment.in-force-for": ask("The day an amendment enters into force for a party: the ninetieth day after the deposit of its instrument (Amendment art., para. 4): facts ledger, party, amendment.",
		func(f amendmentForFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				if err := l.Known(f.Party); err != nil {
					return valid(err)
				}
				d, _ := l.AmendmentEntryIntoForce(f.Party, f.Amendment)
				return dateAnswer(d, "the amendment in force for the party from", convention.Cite(convention.ArtAmendment, 4))
			})
		}),
	"amendment.between": ask("Which text binds two parties on a date as regards an amendment, the Convention as amended or unamended (Amendment art., para. 5): facts ledger, parties [a, b], amendment, as_of.",
		func(f betweenFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				return Answer{Explanation: ptr(l.AmendmentBetween(f.Parties[0], f.Parties[1], f.Amendment, f.AsOf).Explain())}
			})
		}),
	"disputes.assess": ask("Where the settlement of a dispute between two States Parties stands on a date, and whether it may be referred to the International Court of Justice (Disputes art., paras. 1-4): facts ledger, dispute {parties, negotiation_failed, arbitration_request, requested_by, organisation_agreed}, as_of. Values: request (the request for arbitration counted).",
		func(f disputeFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				d, err := convention.DecideDispute(l, f.Dispute, f.AsOf)
				if err != nil {
					return valid(err)
				}
				e := d.Explain()
				if !d.Request.IsZero() {
					e.AddValue("request", convention.Cite(convention.ArtDisputes, 2), d.Request.String())
				}
				return Answer{Explanation: &e}
			})
		}),
}
