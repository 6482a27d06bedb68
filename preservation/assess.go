package preservation

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// Decision is the package's one result for a preservation request: the
// assessment of the request (Assess: whether the requested State must
// preserve, may refuse, need not act, or cannot yet tell) or the review of a
// proposed response (Review: whether it is lawful), with the grounds
// available and barred, the duties triggered, the violations found, the
// facts still needed, and the values computed.
//
// Outcomes of an assessment (Action is ActionUnknown):
//   - Obliged (para. 3): preserve expeditiously; DutyPreserve and
//     DutyPreserveMinimum are set, and DutyInform where para. 6 applies.
//   - MayRefuse (paras. 4-5; Cooperation art., para. 3): the grounds in
//     Available may be invoked; the State may still preserve, and then must
//     as for Obliged. The decision rests on the paragraph of the first of
//     the article's own grounds available (para. 4, 5(a), 5(b)), or on
//     Cooperation art., para. 3 where that is the only one.
//   - NoObligation (para. 6): the requesting State, informed, determined that
//     the request should not be executed: not executing it is lawful
//     (ActionNotExecute in Review), and executing it would go against the
//     determination the text gives to the requesting State.
//   - NotApplicable (para. 1): the data is not within the requested State's
//     territory, or the request is not made under the Convention (it
//     invokes only another basis).
//   - Undetermined: a needed fact is unassessed; Needed and WhatIfs say
//     which, and what each answer would change.
//
// Outcomes of a review (Action is the action reviewed): Lawful; Unlawful,
// with Violations naming each breach and its paragraph; NotApplicable as
// above; Undetermined when a fact the review turns on is unassessed.
// Available and Barred then hold the grounds invoked, sorted into those the
// facts support and those the text excludes.
//
// Explain adds, as named values (convention.Value): "basis" (the legal
// basis, or that none is stated and the request is decided as one under
// the Convention), "offences-established", "reservation-reaches",
// "political-offences" and "political-unassessed" (offences by JSON path,
// "offences[0],offences[2]"), and, where computed, "minimum-end" (the last
// of the ninety days if preservation is effected on AsOf), "release-from"
// (the first day the data may be released absent a request for search,
// seizure or disclosure) and "period-days" (the days of the period
// reviewed).
//
// The zero Decision has OutcomeUnknown: nothing was decided.
type Decision struct {
	convention.Result[Term]
	// Action is the response reviewed; ActionUnknown for an assessment.
	Action Action
	// Period is the period of preservation reviewed, if any.
	Period convention.Period
	// Basis is the legal basis the request invokes; UnderConvention reports
	// whether the request is decided as one made under the Convention (it
	// invokes the Convention, or states no basis).
	Basis           convention.LegalBasis
	UnderConvention bool
	// NumOffences is the number of offences the request names (at most
	// MaxOffences). Established holds those established under the
	// Convention; ReservationReaches those the para. 4 reservation reaches
	// (offences "other than those established under the Convention", where
	// the State has declared the reservation); Political those the requested
	// State considers political or connected with a political offence (para.
	// 5(a)), and PoliticalUnassessed those it has not judged.
	NumOffences                                                     int
	Established, ReservationReaches, Political, PoliticalUnassessed OffenceSet
	// Dual records dual criminality (Cooperation art., para. 2) for the
	// conduct of the first offence. Where para. 3 waives it, its outcome is
	// NotRequired, citing para. 3. Where the para. 4 reservation is open, it
	// records whether the conduct is criminal in both States today, from
	// Facts.Requesting and Facts.Requested, as background to the requested
	// State's belief about the time of disclosure; it never decides.
	Dual convention.DualCriminality
	// Discrimination is the requested State's judgement under Cooperation
	// art., para. 3, as given, kept for the explanation's note on the
	// grounds it names.
	Discrimination convention.DiscriminationFacts
	// Confidentiality is what the request asks about confidentiality; the
	// explanation shows it beside the para. 6 belief it informs.
	Confidentiality convention.Confidentiality
	// AsOf is the day given to Assess, or zero.
	AsOf convention.Date
	// MinimumEnd is the last day of the ninety-day minimum of para. 7 if
	// preservation is effected on AsOf (MinimumEnd(AsOf)), and ReleaseFrom
	// the day after it; both zero when AsOf is zero or the outcome is
	// neither Obliged nor MayRefuse. Once preservation is effected,
	// Obligation gives the binding dates.
	MinimumEnd, ReleaseFrom convention.Date
}

// Prepared is a request checked once (Request.Validate, and against the
// requested State's Profile: its party and catalogue of offences) and read
// against the Profile, ready to be decided as often as the requested
// State's judgements come in: each new Facts, each proposed Response, then
// costs only the decision, with no validation and no allocation.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review, with the Facts validated as well.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided).
type Prepared struct {
	r  Request
	p  Profile
	ok bool
}

// Prepare validates r (the rules of Rules) and ties it to the requested
// State's profile p (para. 1: the profile is the requested State's; para.
// 4: the offences named as established are ones p.Catalogue recognises).
// The error is only those Problems, each with its JSON path.
func Prepare(r Request, p Profile) (Prepared, error) {
	ps := append(requestProblems(&r), profileProblems(&r, &p)...)
	if len(ps) > 0 {
		ps.Sort()
		return Prepared{}, withPaths(ps, r)
	}
	return Prepared{r: r, p: p, ok: true}, nil
}

// Request returns the request prepared.
func (pr Prepared) Request() Request { return pr.r }

// Profile returns the profile the request was prepared against.
func (pr Prepared) Profile() Profile { return pr.p }

// normalise reads an undeclared judgement as unassessed, so that a
// prepared decision never misreads input that skipped Facts.Validate.
func normalise(f Facts) Facts {
	if f.inRange() {
		return f
	}
	fix := func(j *convention.Judgement) {
		if !j.IsValid() {
			*j = convention.Unassessed
		}
	}
	for _, j := range []*convention.Judgement{&f.Discrimination.Belief, &f.InTerritory, &f.DualCriminalityFails, &f.EssentialInterests,
		&f.NotEnsureAvailability, &f.ThreatensInvestigation, &f.Proceed, &f.Requesting.Criminal, &f.Requested.Criminal} {
		fix(j)
	}
	for i := range f.PoliticalOffences {
		fix(&f.PoliticalOffences[i])
	}
	return f
}

// Assess decides a preservation request (Preservation art., paras. 1 and
// 3-6, with Cooperation art., para. 3) for the requested State described by
// p, on the facts f. asOf, when not zero, is the day preservation would be
// effected, used only to state the end of the ninety-day minimum (para.
// 7).
//
// Para. 1: a request invoking only another legal basis (a treaty,
// reciprocity, domestic law) is not a request under this article:
// NotApplicable, with the basis in the explanation; a request stating no
// basis is decided as one under the Convention, and the explanation says
// so. Data not located in the requested State's territory is outside the
// article too.
//
// Dual criminality is never required (para. 3): absence of dual
// criminality is always a barred ground. The para. 4 reservation reaches
// "offenses other than those established under the Convention": it is a
// ground for refusing the request only where every offence the request
// names is such an offence, the State requires dual criminality for search,
// seizure or disclosure and has declared the reservation, and it has
// reason to believe dual criminality cannot be fulfilled at the time of
// disclosure; a request that also names a Convention offence cannot be
// refused under it (ReservationReaches says which offences it reaches).
// Para. 5 adds exactly two grounds: (a), where the State considers every
// offence the request names political or connected with a political
// offence (Political says which it does), and (b). Above the article, the
// non-discrimination clause (Cooperation art., para. 3) lifts the
// obligation to preserve where the requested State has substantial grounds
// for believing the request discriminatory (GroundDiscrimination): "may
// only be refused if" confines the grounds of refusal of an obligation the
// Convention imposes, and para. 3 says that no obligation is imposed. Every
// ground is evaluated; the State chooses whether to invoke one (MayRefuse).
// An unassessed judgement leaves the decision Undetermined only where its
// answer could change the outcome: once a ground is available, the others
// only add to Available.
//
// Para. 6: where the requested State believes preservation will not ensure
// the data's availability or will threaten or prejudice the investigation,
// DutyInform is set, and execution awaits the requesting State's
// determination (Facts.Proceed): Yes gives Obliged, No gives NoObligation,
// unassessed leaves the decision Undetermined.
//
// The error is only the Problems of the request, the facts and the profile
// (the profile's Party must be the requested State, its Catalogue must
// recognise the offences named as established), each with its JSON path; a
// refusal is an outcome, never an error. Assess allocates nothing.
func Assess(r Request, p Profile, f Facts, asOf convention.Date) (Decision, error) {
	if ps := validateInput(&r, &p, &f); len(ps) > 0 {
		return Decision{}, ps
	}
	return decideAssess(&r, &p, f, asOf), nil
}

// Assess decides the prepared request on the requested State's judgements
// f, as Assess does; an undeclared judgement in f reads as unassessed.
func (pr Prepared) Assess(f Facts, asOf convention.Date) Decision {
	if !pr.ok {
		return Decision{}
	}
	return decideAssess(&pr.r, &pr.p, f, asOf)
}

// decideAssess decides a request already validated.
func decideAssess(r *Request, p *Profile, f Facts, asOf convention.Date) Decision {
	f = normalise(f)
	fs := findings(r.Offences, p, &f.PoliticalOffences)
	d := decision(r, p, f, fs)
	d.Result = assess(r, p, f, &fs)
	d.AsOf = asOf
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j convention.Judgement) convention.Outcome {
			g := f.With(t, j)
			gs := findings(r.Offences, p, &g.PoliticalOffences)
			return assess(r, p, g, &gs).Outcome
		})
	}
	if (d.Outcome == convention.Obliged || d.Outcome == convention.MayRefuse) && !asOf.IsZero() {
		d.MinimumEnd = MinimumEnd(asOf)
		if !d.MinimumEnd.IsZero() {
			d.ReleaseFrom = d.MinimumEnd.AddDays(1)
		}
	}
	return d
}

// decision returns the Decision's fields that do not depend on the
// outcome: the basis, the per-offence findings, dual criminality, and what
// the explanation shows.
func decision(r *Request, p *Profile, f Facts, fs offenceFindings) Decision {
	d := Decision{
		Basis: r.Basis, UnderConvention: r.Basis.UnderConvention(),
		NumOffences: fs.n, Established: fs.established, ReservationReaches: fs.reaches,
		Political: fs.political, PoliticalUnassessed: fs.politicalOpen,
		Discrimination: f.Discrimination, Confidentiality: r.Confidentiality,
	}
	waiver := pcite(3)
	if reservationOpen(p, &fs) {
		waiver = convention.Citation{}
	}
	var first convention.Offence
	if len(r.Offences) > 0 {
		first = r.Offences[0]
	}
	d.Dual = convention.EvaluateDualCriminality(first.Conduct, f.Requesting, f.Requested, waiver)
	return d
}

// reservationOpen reports whether the para. 4 reservation can be a ground
// for the request: the State requires dual criminality and declared the
// reservation, and the request names only offences other than those
// established under the Convention (a validated request names one at
// least).
func reservationOpen(p *Profile, fs *offenceFindings) bool {
	return p.RequiresDualCriminality && p.Reservation && !fs.anyEstablished
}

// scope evaluates para. 1: the request is made under the Convention, and
// the data is in the requested State's territory.
func scope(res *convention.Result[Term], r *Request, f Facts) convention.Judgement {
	under := decide.TestBool(res, TestUnderConvention, r.Basis.UnderConvention())
	return convention.Known(under).And(decide.Test(res, FactInTerritory, f.InTerritory))
}

// grounds evaluates paras. 3-5, and the non-discrimination clause of
// Cooperation art., para. 3, into res: the tests of the reservation, the
// grounds available and barred. It returns whether a ground is available
// (Yes), none is (No), or one turns on an unassessed fact.
func grounds(res *convention.Result[Term], p *Profile, f Facts, fs *offenceFindings) (ground convention.Judgement) {
	// Cooperation art., para. 3: "Nothing in this Convention shall be
	// interpreted as imposing an obligation ... to provide assistance if the
	// requested State Party has substantial grounds for believing ...". It
	// reaches preservation whatever para. 5 says: no obligation arises for
	// para. 5 to confine.
	discrimination := decide.Test(res, FactDiscriminationBelief, convention.NoObligationArises(f.Discrimination))

	// Para. 3: "dual criminality shall not be required as a condition to
	// providing such preservation"; para. 5: "may only be refused if".
	res.Barred = res.Barred.With(GroundNoDualCriminality).With(GroundOther)

	// Para. 4, every condition asked: "in respect of offenses other than
	// those established under the Convention" -- a request that also names
	// a Convention offence cannot be refused under the reservation.
	established := decide.TestBool(res, TestEstablished, fs.anyEstablished)
	requires := decide.TestBool(res, TestRequiresDualCriminality, p.RequiresDualCriminality)
	declared := decide.TestBool(res, TestReservationDeclared, p.Reservation)
	reservation := convention.No
	if !established && requires && declared {
		reservation = decide.Test(res, FactDualCriminalityFails, f.DualCriminalityFails)
	} else {
		res.Barred = res.Barred.With(GroundReservation)
	}
	// Para. 5(a): "The request concerns an offence which the requested
	// State Party considers a political offence or an offence connected with
	// a political offence": a ground for the request only where every
	// offence it names is one.
	political := decide.Test(res, FactPoliticalOffence, f.PoliticalOffences.all(fs.n))
	essential := decide.Test(res, FactEssentialInterests, f.EssentialInterests)
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

// refusalCite is the paragraph a refusal on the grounds gs rests on: the
// first of the article's own grounds, in the order of the text (para. 3 for
// the barred absence of dual criminality, the para. 4 reservation, para.
// 5(a), para. 5(b)); Cooperation art., para. 3 where it is the only ground;
// para. 5 ("may only be refused if") where there is none.
func refusalCite(gs convention.Set[Term]) convention.Citation {
	switch own := gs.Without(GroundDiscrimination); {
	case !own.IsEmpty():
		return firstCite(own)
	case gs.Has(GroundDiscrimination):
		return citeCoop3
	}
	return pcite(5)
}

// para6 evaluates para. 6 into res and returns whether the request is to be
// executed: Yes when no belief is held or the requesting State determined
// to proceed, No when it determined not to, unassessed otherwise. belief is
// the requested State's belief, either limb.
func para6(res *convention.Result[Term], f Facts) (execute, belief convention.Judgement) {
	belief = decide.Test(res, FactNotEnsureAvailability, f.NotEnsureAvailability).
		Or(decide.Test(res, FactThreatensInvestigation, f.ThreatensInvestigation))
	if belief == convention.Yes {
		res.Duties = res.Duties.With(DutyInform)
	}
	proceed := convention.Unassessed
	if belief == convention.Yes || belief == convention.Unassessed && f.Proceed.IsKnown() {
		proceed = decide.Test(res, FactProceed, f.Proceed)
	}
	return belief.Not().Or(proceed), belief
}

func assess(r *Request, p *Profile, f Facts, fs *offenceFindings) convention.Result[Term] {
	res := convention.Result[Term]{Cite: pcite(3)}
	inScope := scope(&res, r, f)
	ground := grounds(&res, p, f, fs)
	execute, belief := para6(&res, f)

	switch {
	case inScope == convention.No:
		res.Outcome, res.Cite = convention.NotApplicable, pcite(1)
	case inScope == convention.Unassessed:
		res.Outcome = convention.Undetermined
	case execute == convention.No:
		res.Outcome, res.Cite = convention.NoObligation, pcite(6)
	case ground == convention.Yes:
		res.Outcome, res.Cite = convention.MayRefuse, refusalCite(res.Available)
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
	decide.Need(&res, FactInTerritory, f.InTerritory)
	if execute == convention.No {
		return res
	}
	if ground != convention.Yes {
		decide.Need(&res, FactDiscriminationBelief, convention.NoObligationArises(f.Discrimination))
		if reservationOpen(p, fs) {
			decide.Need(&res, FactDualCriminalityFails, f.DualCriminalityFails)
		}
		decide.Need(&res, FactPoliticalOffence, f.PoliticalOffences.all(fs.n))
		decide.Need(&res, FactEssentialInterests, f.EssentialInterests)
	}
	if ground != convention.Yes && execute == convention.Unassessed {
		if belief == convention.Yes {
			decide.Need(&res, FactProceed, f.Proceed)
		} else {
			decide.Need(&res, FactNotEnsureAvailability, f.NotEnsureAvailability)
			decide.Need(&res, FactThreatensInvestigation, f.ThreatensInvestigation)
		}
	}
	return res
}

// Summary says in plain words what the requested State must or may do, and
// until when, or whether the proposed response is lawful: the first lines
// of String.
func (d Decision) Summary() string {
	if d.Action != ActionUnknown {
		return d.reviewSummary()
	}
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
		b.WriteString(d.outside())
	case convention.Undetermined:
		inform()
		b.WriteString("UNDETERMINED: assess first:\n")
		writeNeeds(&b, d.Result)
	default:
		b.WriteString("NO DECISION.\n")
	}
	if d.Outcome != convention.NotApplicable && d.Outcome != convention.OutcomeUnknown {
		d.writeOffenceLines(&b)
	}
	return b.String()
}

// outside says why the request is outside the article (para. 1).
func (d Decision) outside() string {
	if !d.UnderConvention {
		return fmt.Sprintf("OUTSIDE THE ARTICLE: the request invokes %s, not this Convention (%s: \"A State Party may request another State Party\"); it is decided under that basis, not under the Preservation article.\n", d.Basis, pcite(1))
	}
	return fmt.Sprintf("OUTSIDE THE ARTICLE: the data is not located in the requested State's territory (%s).\n", pcite(1))
}

// writeOffenceLines says, for a request naming several offences, which
// offences a ground reaches where it does not reach them all.
func (d Decision) writeOffenceLines(b *strings.Builder) {
	if d.NumOffences < 2 {
		return
	}
	if !d.ReservationReaches.IsEmpty() && !d.Established.IsEmpty() {
		fmt.Fprintf(b, "The reservation (%s) reaches %s only; the request also concerns offences established under the Convention (%s), so it cannot be refused under the reservation.\n",
			pcite(4), d.ReservationReaches, d.Established)
	}
	if !d.Political.IsEmpty() && d.Political.Len() < d.NumOffences {
		fmt.Fprintf(b, "The requested State considers %s political (%s), not every offence the request names: that ground does not reach the request as a whole.\n",
			d.Political, citeP5a)
	}
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

// Explain renders the decision as data: its Date is MinimumEnd, where
// computed; its steps, with the request's
// confidentiality shown beside the para. 6 belief it informs, its named
// values (see Decision), and notes on the basis, the non-discrimination
// clause, dual criminality and the ninety-day minimum.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	switch d.Action {
	case ActionUnknown:
		e.Decision = "preservation request"
	case ActionPreserve:
		e.Decision = "review of proposed preservation"
	case ActionNotExecute:
		e.Decision = "review of proposed non-execution"
	default:
		e.Decision = "review of proposed refusal"
	}
	if d.Outcome == convention.OutcomeUnknown {
		return e
	}
	if note := confidentialityNote(d.Confidentiality); note != "" {
		for i := range e.Steps {
			if e.Steps[i].Name == FactThreatensInvestigation.String() {
				e.Steps[i].Note = note
			}
		}
	}
	d.addValues(&e)
	if !d.MinimumEnd.IsZero() {
		e.Date, e.DateLabel = d.MinimumEnd, "last of the ninety days"
	}
	if !d.Basis.Stated() {
		e.Notes = append(e.Notes, fmt.Sprintf("legal basis: none stated; decided as a request under the Convention (%s)", pcite(1)))
	}
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

// addValues adds the decision's named values to e.
func (d Decision) addValues(e *convention.Explanation) {
	basis := d.Basis.String()
	if !d.Basis.Stated() {
		basis = "not stated: decided as under the Convention"
	}
	e.AddValue("basis", pcite(1), basis)
	if d.Action == ActionUnknown || d.Action == ActionRefuse {
		e.AddValue("offences-established", pcite(4), d.Established.String())
		e.AddValue("reservation-reaches", pcite(4), d.ReservationReaches.String())
		e.AddValue("political-offences", citeP5a, d.Political.String())
		e.AddValue("political-unassessed", citeP5a, d.PoliticalUnassessed.String())
	}
	if !d.MinimumEnd.IsZero() {
		e.AddValue("minimum-end", pcite(7), d.MinimumEnd.String())
		e.AddValue("release-from", pcite(7), d.ReleaseFrom.String())
	}
	if d.Action == ActionPreserve && !d.Period.End.IsZero() {
		e.AddValue("period-days", pcite(7), strconv.Itoa(d.Period.Days()))
	}
}

// confidentialityNote says what the requesting State asks about
// confidentiality, for the para. 6 step it informs; "" when it asks
// nothing.
func confidentialityNote(c convention.Confidentiality) string {
	if !c.Asked() {
		return ""
	}
	var asks []string
	if c.Required {
		asks = append(asks, "keep the fact and substance of the request confidential")
	}
	if c.NoNotice {
		asks = append(asks, "do not notify the account holder or other person concerned")
	}
	s := "the requesting State asks: " + strings.Join(asks, "; ")
	if r := strings.TrimSpace(c.Reasons); r != "" {
		s += " (reasons: " + r + ")"
	}
	return s + "; the belief remains the requested State's"
}

// String renders Summary, then the explanation: stable text for golden
// files and Example output.
func (d Decision) String() string { return d.Summary() + d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }
