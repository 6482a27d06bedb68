package preservation

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
)

// Decision is the requested State's position on a preservation request
// under paras. 1 and 3-6: whether it must preserve, may refuse, need not act,
// or cannot yet tell, with the grounds available and barred, the duties
// triggered and the facts still needed.
//
// Outcomes (Decision.Outcome):
//   - Obliged (para. 3): preserve expeditiously; DutyPreserve and
//     DutyPreserveMinimum are set, and DutyInform where para. 6 applies.
//   - MayRefuse (paras. 4-5; Cooperation art., para. 3): the grounds in
//     Available may be invoked; the State may still preserve, and then must
//     as for Obliged.
//   - NoObligation (para. 6): the requesting State, informed, determined that
//     the request should not be executed: not executing it is lawful
//     (ActionNotExecute in Review), and executing it would go against the
//     determination the text gives to the requesting State.
//   - NotApplicable (para. 1): the data is not within the requested State's
//     territory.
//   - Undetermined: a needed fact is unassessed; Needed and WhatIfs say
//     which, and what each answer would change.
//
// The zero Decision has OutcomeUnknown: nothing was decided.
type Decision struct {
	convention.Result[Term]
	// Dual records dual criminality (Cooperation art., para. 2). Where
	// para. 3 waives it, its outcome is NotRequired, citing para. 3. Where
	// the para. 4 reservation is open, it records whether the conduct is
	// criminal in both States today, from Facts.Requesting and
	// Facts.Requested, as background to the requested State's belief about
	// the time of disclosure; it never decides the outcome.
	Dual convention.DualCriminality
	// AsOf is the day given to Assess, or zero.
	AsOf convention.Date
	// Discrimination is the requested State's judgement under Cooperation
	// art., para. 3, as given to Assess, kept for the explanation's note on
	// the grounds it names.
	Discrimination convention.DiscriminationFacts
	// MinimumEnd is the last day of the ninety-day minimum of para. 7 if
	// preservation is effected on AsOf (MinimumEnd(AsOf)); zero when AsOf is
	// zero or the outcome is neither Obliged nor MayRefuse. Once
	// preservation is effected, Obligation gives the binding dates.
	MinimumEnd convention.Date
}

// Assess decides a preservation request (Preservation art., paras. 1 and
// 3-6) for the requested State described by p, on the facts f. asOf, when
// not zero, is the day preservation would be effected, used only to state
// the end of the ninety-day minimum (para. 7).
//
// Dual criminality is never required (para. 3): absence of dual
// criminality is always a barred ground. The para. 4 reservation is open
// only for an offence not established under the Convention, to a State
// that requires dual criminality for search, seizure or disclosure and has
// declared the reservation, and is available only where that State has
// reason to believe dual criminality cannot be fulfilled at the time of
// disclosure. Para. 5 adds exactly two grounds, (a) and (b). Above the
// article, the non-discrimination clause (Cooperation art., para. 3) lifts
// the obligation to preserve where the requested State has substantial
// grounds for believing the request discriminatory (GroundDiscrimination):
// "may only be refused if" confines the grounds of refusal of an obligation
// the Convention imposes, and para. 3 says that no obligation is imposed.
// Every ground is evaluated; the State chooses whether to invoke one
// (MayRefuse). An unassessed judgement leaves the decision Undetermined
// only where its answer could change the outcome: once a ground is
// available, the others only add to Available.
//
// Para. 6: where the requested State believes preservation will not ensure
// the data's availability or will threaten or prejudice the investigation,
// DutyInform is set, and execution awaits the requesting State's
// determination (Facts.Proceed): Yes gives Obliged, No gives NoObligation,
// unassessed leaves the decision Undetermined.
//
// The error is only the Problems of the request, the facts and the profile
// (the profile's Party must be the requested State); a refusal is an
// outcome, never an error. Assess allocates nothing.
func Assess(r Request, p Profile, f Facts, asOf convention.Date) (Decision, error) {
	if ps := validateInput(r, p, f); len(ps) > 0 {
		return Decision{}, ps
	}
	d := Decision{Result: assess(r, p, f), AsOf: asOf, Discrimination: f.Discrimination}
	if d.Outcome == convention.Undetermined {
		d.ResolveNeeded(func(t Term, j convention.Judgement) convention.Outcome {
			return assess(r, p, f.With(t, j)).Outcome
		})
	}
	waiver := pcite(3)
	if p.ReservationOpen(r.Offence) {
		waiver = convention.Citation{}
	}
	d.Dual = convention.EvaluateDualCriminality(r.Offence.Conduct, f.Requesting, f.Requested, waiver)
	if (d.Outcome == convention.Obliged || d.Outcome == convention.MayRefuse) && !asOf.IsZero() {
		d.MinimumEnd = MinimumEnd(asOf)
	}
	return d, nil
}

// grounds evaluates paras. 3-5, and the non-discrimination clause of
// Cooperation art., para. 3, into res: the tests of the reservation, the
// grounds available and barred. It returns whether a ground is available
// (Yes), none is (No), or one turns on an unassessed fact.
func grounds(res *convention.Result[Term], r Request, p Profile, f Facts) (ground convention.Judgement) {
	// Cooperation art., para. 3: "Nothing in this Convention shall be
	// interpreted as imposing an obligation ... to provide assistance if the
	// requested State Party has substantial grounds for believing ...". It
	// reaches preservation whatever para. 5 says: no obligation arises for
	// para. 5 to confine.
	discrimination := res.Test(FactDiscriminationBelief, convention.NoObligationArises(f.Discrimination))

	// Para. 3: "dual criminality shall not be required as a condition to
	// providing such preservation"; para. 5: "may only be refused if".
	res.Barred = res.Barred.With(GroundNoDualCriminality).With(GroundOther)

	// Para. 4, every condition asked.
	established := res.TestBool(TestEstablished, r.Offence.EstablishedUnderConvention())
	requires := res.TestBool(TestRequiresDualCriminality, p.RequiresDualCriminality)
	declared := res.TestBool(TestReservationDeclared, p.Reservation)
	reservation := convention.No
	if !established && requires && declared {
		reservation = res.Test(FactDualCriminalityFails, f.DualCriminalityFails)
	} else {
		res.Barred = res.Barred.With(GroundReservation)
	}
	political := res.Test(FactPoliticalOffence, f.PoliticalOffence)
	essential := res.Test(FactEssentialInterests, f.EssentialInterests)
	for _, g := range [...]struct {
		j convention.Judgement
		t Term
	}{{discrimination, GroundDiscrimination}, {reservation, GroundReservation}, {political, GroundPoliticalOffence}, {essential, GroundEssentialInterests}} {
		if g.j == convention.Yes {
			res.Available = res.Available.With(g.t)
		}
	}
	return discrimination.Or(reservation).Or(political).Or(essential)
}

// para6 evaluates para. 6 into res and returns whether the request is to be
// executed: Yes when no belief is held or the requesting State determined
// to proceed, No when it determined not to, unassessed otherwise. belief is
// the requested State's belief, either limb.
func para6(res *convention.Result[Term], f Facts) (execute, belief convention.Judgement) {
	belief = res.Test(FactNotEnsureAvailability, f.NotEnsureAvailability).
		Or(res.Test(FactThreatensInvestigation, f.ThreatensInvestigation))
	if belief == convention.Yes {
		res.Duties = res.Duties.With(DutyInform)
	}
	proceed := convention.Unassessed
	if belief == convention.Yes || belief == convention.Unassessed && f.Proceed.IsKnown() {
		proceed = res.Test(FactProceed, f.Proceed)
	}
	return belief.Not().Or(proceed), belief
}

func assess(r Request, p Profile, f Facts) convention.Result[Term] {
	res := convention.Result[Term]{Cite: pcite(3)}
	scope := res.Test(FactInTerritory, f.InTerritory)
	ground := grounds(&res, r, p, f)
	execute, belief := para6(&res, f)

	switch {
	case scope == convention.No:
		res.Outcome, res.Cite = convention.NotApplicable, pcite(1)
	case scope == convention.Unassessed:
		res.Outcome = convention.Undetermined
	case execute == convention.No:
		res.Outcome, res.Cite = convention.NoObligation, pcite(6)
	case ground == convention.Yes:
		res.Outcome, res.Cite = convention.MayRefuse, pcite(5)
		if res.Available == convention.SetOf(GroundDiscrimination) {
			res.Cite = citeCoop3
		}
	case ground == convention.Unassessed || execute == convention.Unassessed:
		res.Outcome = convention.Undetermined
	default:
		res.Outcome = convention.Obliged
		res.Duties = res.Duties.With(DutyPreserve).With(DutyPreserveMinimum)
	}
	if res.Outcome != convention.Undetermined {
		return res
	}
	// The facts on which the outcome turns.
	res.Need(FactInTerritory, scope)
	if execute == convention.No {
		return res
	}
	if ground != convention.Yes {
		res.Need(FactDiscriminationBelief, convention.NoObligationArises(f.Discrimination))
		if p.ReservationOpen(r.Offence) {
			res.Need(FactDualCriminalityFails, f.DualCriminalityFails)
		}
		res.Need(FactPoliticalOffence, f.PoliticalOffence)
		res.Need(FactEssentialInterests, f.EssentialInterests)
	}
	if ground != convention.Yes && execute == convention.Unassessed {
		if belief == convention.Yes {
			res.Need(FactProceed, f.Proceed)
		} else {
			res.Need(FactNotEnsureAvailability, f.NotEnsureAvailability)
			res.Need(FactThreatensInvestigation, f.ThreatensInvestigation)
		}
	}
	return res
}

// Summary says in plain words what the requested State must or may do, and
// until when: the first lines of String.
func (d Decision) Summary() string {
	var b strings.Builder
	keep := func() {
		fmt.Fprintf(&b, "PRESERVE the data expeditiously (%s) and keep it for at least ninety days, the day preservation is effected counting as the first (%s)", pcite(3), pcite(7))
		if !d.MinimumEnd.IsZero() {
			fmt.Fprintf(&b, ": if effected on %s, through %s inclusive", d.AsOf, d.MinimumEnd)
		}
		b.WriteString(". Once a request for search, seizure or disclosure is received, keep it until a decision on that request.\n")
	}
	inform := func() {
		if d.Duties.Has(DutyInform) {
			fmt.Fprintf(&b, "INFORM the requesting State promptly (%s): it determines whether the request should nevertheless be executed.\n", pcite(6))
		}
	}
	switch d.Outcome {
	case convention.Obliged:
		keep()
		inform()
	case convention.MayRefuse:
		b.WriteString("MAY REFUSE, on these grounds only:\n")
		writeItems(&b, d.Available)
		b.WriteString("If not refused: ")
		if d.Duties.Has(DutyInform) && d.Answer(FactProceed) != convention.Yes {
			fmt.Fprintf(&b, "INFORM the requesting State promptly (%s), and execute only if it determines that the request should nevertheless be executed.\n", pcite(6))
			break
		}
		keep()
		inform()
	case convention.NoObligation:
		fmt.Fprintf(&b, "DO NOT EXECUTE: the requesting State, informed under %s, determined that the request should not be executed; not executing it is lawful (action not-execute), executing it would go against that determination.\n", pcite(6))
	case convention.NotApplicable:
		fmt.Fprintf(&b, "OUTSIDE THE ARTICLE: the data is not located in the requested State's territory (%s).\n", pcite(1))
	case convention.Undetermined:
		inform()
		b.WriteString("UNDETERMINED: assess first:\n")
		writeNeeds(&b, d.Result)
	default:
		b.WriteString("NO DECISION.\n")
	}
	return b.String()
}

// writeItems lists the members of s, each with its paragraph and text.
func writeItems(b *strings.Builder, s convention.Set[Term]) {
	for _, t := range s.Slice() {
		fmt.Fprintf(b, "  - %s: %s\n", t.Cite(), t.Describe().Text)
	}
}

// writeNeeds lists the facts needed and what each would change.
func writeNeeds(b *strings.Builder, r convention.Result[Term]) {
	for _, t := range r.Needed.Slice() {
		fmt.Fprintf(b, "  - %s: %s", t.Cite(), t.Describe().Text)
		if w, ok := r.WhatIf(t); ok {
			fmt.Fprintf(b, " (if yes: %s; if no: %s)", w.IfYes, w.IfNo)
		}
		b.WriteByte('\n')
	}
}

// Explain renders the decision as data, with notes on dual criminality and
// the ninety-day minimum.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = "preservation request"
	if n := d.Discrimination.Note(); n != "" && d.Asked.Has(FactDiscriminationBelief) {
		e.Notes = append(e.Notes, n)
	}
	switch d.Dual.Outcome {
	case convention.OutcomeUnknown:
	case convention.NotRequired:
		e.Notes = append(e.Notes, fmt.Sprintf("dual criminality: not required (%s)", d.Dual.Cite))
	default:
		e.Notes = append(e.Notes, fmt.Sprintf("dual criminality today (%s), conduct compared %q: %s; recorded as background to the belief of %s about the time of disclosure, which alone decides",
			d.Dual.Cite, d.Dual.Conduct, d.Dual.Outcome, pcite(4)))
	}
	if !d.MinimumEnd.IsZero() {
		e.Notes = append(e.Notes, fmt.Sprintf("if preservation is effected on %s, the ninety days run through %s inclusive (%s)", d.AsOf, d.MinimumEnd, pcite(7)))
	}
	return e
}

// String renders Summary, then the explanation: stable text for golden
// files and Example output.
func (d Decision) String() string { return d.Summary() + d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }
