package preservation

import (
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/enum"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// Action is what the requested State proposes to do with a preservation
// request. Its words, in Go, text and JSON: "preserve", "refuse",
// "not-execute"; the zero Action is not given ("" in JSON), which
// Response.Validate reports as missing.
type Action uint8

// The actions.
const (
	ActionUnknown Action = iota
	// ActionPreserve: preserve the data (para. 3) for Response.Period.
	ActionPreserve
	// ActionRefuse: refuse the request on Response.Grounds (paras. 4-5;
	// Cooperation art., para. 3).
	ActionRefuse
	// ActionNotExecute: do not execute the request because the requesting
	// State, informed under para. 6, determined that it should not be
	// executed ("which shall then determine whether the request should
	// nevertheless be executed"). It is not a refusal: the decision is the
	// requesting State's, and it invokes no ground.
	ActionNotExecute
)

var actionEnum = enum.New[Action]("Action", "action", "", "preserve", "refuse", "not-execute")

// IsValid reports whether a is ActionPreserve, ActionRefuse or
// ActionNotExecute.
func (a Action) IsValid() bool { return actionEnum.Set(a) }

// String returns the action's word, "" for ActionUnknown, or Action(n).
func (a Action) String() string { return actionEnum.String(a) }

// GoString returns the value for debugging: preservation.Action("refuse").
func (a Action) GoString() string { return "preservation." + actionEnum.GoString(a) }

// MarshalText returns String's word; an undeclared value is an error.
func (a Action) MarshalText() ([]byte, error) { return actionEnum.Marshal(a) }

// UnmarshalText accepts a word String returns; "" is ActionUnknown. An
// unknown word is an error listing the words accepted.
func (a *Action) UnmarshalText(b []byte) error {
	v, err := actionEnum.Parse(b)
	*a = v
	return err
}

// ActionWords returns the words an Action is written in.
func ActionWords() []string { return actionEnum.Words() }

// Response is the requested State's proposed answer to a preservation
// request, for Review.
//
// The zero Response proposes nothing and fails Validate.
type Response struct {
	// Action is to preserve, to refuse, or not to execute at the requesting
	// State's determination (para. 6).
	Action Action `json:"action"`
	// Grounds are the grounds a refusal invokes: GroundDiscrimination
	// (Cooperation art., para. 3), GroundReservation (para. 4),
	// GroundPoliticalOffence (para. 5(a)), GroundEssentialInterests (para.
	// 5(b)), or the barred GroundNoDualCriminality (para. 3) and GroundOther
	// (any ground para. 5 does not list). Empty unless refusing.
	Grounds convention.Set[Term] `json:"grounds,omitzero"`
	// Period is the proposed period of preservation: Start is the day
	// preservation is effected, End the last day the data is kept (the
	// convention.Period includes both); a zero End means until further
	// notice. Zero unless preserving. Its length, in the days para. 7
	// counts, is Period.Days, both ends included (see MinimumEnd): 1 March
	// to 29 May is ninety days, the shortest lawful period from 1 March, and
	// 1 March to 28 May is eighty-nine.
	Period convention.Period `json:"period,omitzero"`
	// Informed: the requested State has informed, or will promptly inform,
	// the requesting State of a para. 6 belief.
	Informed bool `json:"informed,omitempty"`
}

var groundTerms = convention.SetOf(GroundDiscrimination, GroundNoDualCriminality, GroundReservation, GroundOther, GroundPoliticalOffence, GroundEssentialInterests)

// responseChecks are the rules of a Response.
var responseChecks = []rules.Check[Response]{
	// Paras. 3, 5 and 6: the requested State preserves, refuses, or does
	// not execute at the requesting State's determination.
	{Cite: pcite(3), Field: "Action", Quote: "shall take all appropriate measures to preserve expeditiously",
		Test: func(v Response) (string, error) {
			switch {
			case v.Action == ActionUnknown:
				return "preserve, refuse or not-execute", convention.ErrMissing
			case !v.Action.IsValid():
				return "preserve, refuse or not-execute", convention.ErrInvalid
			}
			return "", nil
		}},
	// Para. 5: "a request for preservation may only be refused if".
	{Cite: pcite(5), Field: "Grounds", Quote: "a request for preservation may only be refused if",
		Test: func(v Response) (string, error) {
			switch {
			case !v.Grounds.Minus(groundTerms).IsEmpty():
				return "only grounds of refusal may be invoked", convention.ErrInvalid
			case v.Action == ActionPreserve && !v.Grounds.IsEmpty():
				return "grounds of refusal given for preserving", convention.ErrInconsistent
			case v.Action == ActionNotExecute && !v.Grounds.IsEmpty():
				return "grounds of refusal given for not executing at the requesting State's determination (para. 6), which is not a refusal", convention.ErrInconsistent
			}
			return "", nil
		}},
	// Para. 7: "Any preservation effected ... shall be for a period".
	{Cite: pcite(7), Field: "Period", Quote: "Any preservation effected in response to the request ... shall be for a period",
		Test: func(v Response) (string, error) {
			switch {
			case v.Action == ActionPreserve && v.Period.Start.IsZero():
				return "the day preservation is effected", convention.ErrMissing
			case !v.Period.Start.IsZero() && MinimumEnd(v.Period.Start).IsZero():
				return beyondDates, convention.ErrInvalid
			case v.Period.Start.IsZero() && !v.Period.End.IsZero():
				return "the period has an end but no start", convention.ErrMissing
			case !v.Period.End.IsZero() && v.Period.End.Before(v.Period.Start):
				return "the period ends before it starts", convention.ErrInconsistent
			case v.Action.IsValid() && v.Action != ActionPreserve && !v.Period.IsZero():
				return "a period of preservation given for not preserving", convention.ErrInconsistent
			}
			return "", nil
		}},
}

// Validate reports every missing or inconsistent element of the proposed
// response: its action (paras. 3 and 6), its grounds (para. 5) and its
// period (para. 7); nil when there is none.
func (v Response) Validate() error {
	ps := rules.Run(v, responseChecks)
	if len(ps) == 0 {
		return nil
	}
	return ps.WithJSONPaths(v)
}

// Review checks a proposed response against the Preservation article.
//
// A refusal is lawful only on the grounds the text allows: the para. 4
// reservation where open and where the requested State has reason to
// believe dual criminality will fail, the two grounds of para. 5, and the
// non-discrimination clause of Cooperation art., para. 3 (which lifts the
// obligation itself, so that para. 5's "may only be refused if" does not
// confine it), each only where the requested State holds the judgement it
// rests on. A refusal for absence of dual criminality (para. 3), on any
// other ground (GroundOther), or on no ground is unlawful. Each ground
// invoked is reviewed: a refusal that also cites a ground the text excludes
// is unlawful as proposed, even if another ground would sustain it; drop
// that ground.
//
// A proposal to preserve is unlawful if its period is shorter than ninety
// days (para. 7), or if the requested State holds a para. 6 belief and does
// not inform the requesting State, or executes the request although the
// requesting State, so informed, determined that it should not be executed
// ("which shall then determine whether the request should nevertheless be
// executed": the decision is the requesting State's); while that State has
// not determined, preserving is Undetermined on its determination. The days
// of a proposed period are its convention.Period.Days, the day of effect
// counted as the first (see MinimumEnd): it is long enough exactly when End
// is on or after MinimumEnd(Start).
//
// Not executing the request (ActionNotExecute) is lawful exactly where the
// requested State holds a para. 6 belief and the requesting State, so
// informed, determined that the request should not be executed; otherwise
// not executing is a refusal without a ground.
//
// A request not made under the Convention, or for data outside the
// requested State's territory, is NotApplicable (para. 1), whatever the
// response.
//
// The error is only the Problems of the inputs, each with its JSON path.
// Review allocates nothing.
func Review(r Request, p Profile, f Facts, v Response) (Decision, error) {
	ps := validateInput(&r, &p, &f)
	if rs := rules.Run(v, responseChecks); len(rs) > 0 {
		ps = append(ps, withPaths(rs.Prefixed("Response."), r)...)
		ps.Sort()
	}
	if len(ps) > 0 {
		return Decision{}, ps
	}
	return decideReview(&r, &p, f, &v), nil
}

// Review decides whether v is a lawful response to the prepared request on
// the judgements f, as Review does; an undeclared judgement in f reads as
// unassessed. The error is only v's Problems.
func (pr Prepared) Review(f Facts, v Response) (Decision, error) {
	if !pr.ok {
		return Decision{}, nil
	}
	if ps := rules.Run(v, responseChecks); len(ps) > 0 {
		return Decision{}, ps.WithJSONPaths(v)
	}
	return decideReview(&pr.r, &pr.p, f, &v), nil
}

// decideReview reviews a response already validated, to a request already
// validated.
func decideReview(r *Request, p *Profile, f Facts, v *Response) Decision {
	f = normalise(f)
	fs := findings(r.Offences, p, &f.PoliticalOffences)
	d := decision(r, p, f, fs)
	d.Action, d.Period = v.Action, v.Period
	d.Result = review(r, p, f, &fs, v)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j convention.Judgement) convention.Outcome {
			g := f.With(t, j)
			gs := findings(r.Offences, p, &g.PoliticalOffences)
			return review(r, p, g, &gs, v).Outcome
		})
	}
	return d
}

func review(r *Request, p *Profile, f Facts, fs *offenceFindings, v *Response) convention.Result[Term] {
	res := convention.Result[Term]{Cite: pcite(3)}
	inScope := scope(&res, r, f)
	var held convention.Judgement // every condition the response relies on holds
	switch v.Action {
	case ActionRefuse:
		res.Cite = refusalCite(v.Grounds)
		held = reviewRefusal(&res, p, f, fs, v.Grounds)
	case ActionNotExecute:
		held = reviewNotExecuted(&res, f)
	default:
		held = reviewPreservation(&res, f, v)
	}
	switch {
	case inScope == convention.No:
		res.Outcome, res.Cite = convention.NotApplicable, pcite(1)
		res.Violations, res.Needed = convention.Set[Term]{}, convention.Set[Term]{}
		return res
	case inScope == convention.Unassessed:
		res.Outcome = convention.Undetermined
		if !res.Violations.IsEmpty() {
			// Unlawful if the data is in the territory, whatever else is
			// unassessed: only the location can change the outcome.
			res.Needed = convention.Set[Term]{}
		}
		decide.Need(&res, FactInTerritory, f.InTerritory)
	case !res.Violations.IsEmpty():
		res.Outcome = convention.Unlawful
		res.Cite = firstCite(res.Violations)
	case held == convention.Unassessed:
		res.Outcome = convention.Undetermined
	default:
		res.Outcome = convention.Lawful
	}
	if res.Outcome != convention.Undetermined {
		res.Needed = convention.Set[Term]{}
	}
	return res
}

// reviewRefusal reviews each ground invoked, recording violations and the
// facts still needed; it returns whether every ground invoked holds.
//
// Cooperation art., para. 3: "Nothing in this Convention shall be
// interpreted as imposing an obligation ... to provide assistance if the
// requested State Party has substantial grounds for believing ...". Where
// the belief is held, no obligation to preserve arises, and there is
// nothing for para. 5's "may only be refused if" to confine: a refusal
// that invokes no ground, or a listed ground whose judgement the State does
// not hold (para. 4's belief, para. 5(a), para. 5(b)), breaks nothing. A
// ground the text excludes (GroundNoDualCriminality, GroundOther, the
// reservation where it is not open) stays a violation as proposed: a
// barred ground never makes a refusal lawful.
func reviewRefusal(res *convention.Result[Term], p *Profile, f Facts, fs *offenceFindings, gs convention.Set[Term]) convention.Judgement {
	free := convention.NoObligationArises(f.Discrimination)
	held := convention.Yes
	freeNeeded, breached := false, false
	var pending convention.Set[Term] // facts of listed grounds still unassessed
	// breach records a violation of the article that holds unless the
	// belief of Cooperation art., para. 3 lifts the obligation.
	breach := func(violation Term) {
		switch free {
		case convention.No:
			res.Violations = res.Violations.With(violation)
		case convention.Unassessed:
			held, freeNeeded, breached = convention.Unassessed, true, true
		}
		decide.Test(res, FactDiscriminationBelief, free)
	}
	if gs.IsEmpty() {
		breach(ViolationNoGround)
	}
	// judge records the fact a ground rests on: held, not held (a
	// violation, unless nothing obliges the State), or still needed (unless
	// nothing obliges the State whatever its answer).
	judge := func(fact, ground, violation Term, j convention.Judgement) {
		switch decide.Test(res, fact, j) {
		case convention.Yes:
			res.Available = res.Available.With(ground)
		case convention.No:
			breach(violation)
		default:
			// Invoked beside the clause, a listed ground decides nothing:
			// the belief held frees the State, not held is a violation.
			if free != convention.Yes && !gs.Has(GroundDiscrimination) {
				pending = pending.With(fact)
				held = convention.Unassessed
				// Not held, it would breach only if the belief is not.
				freeNeeded = freeNeeded || free == convention.Unassessed
			}
		}
	}
	if gs.Has(GroundDiscrimination) {
		// The clause itself: invoked and not held, nothing else frees the
		// State.
		switch decide.Test(res, FactDiscriminationBelief, free) {
		case convention.Yes:
			res.Available = res.Available.With(GroundDiscrimination)
		case convention.No:
			res.Violations = res.Violations.With(ViolationDiscriminationNotBelieved)
		default:
			held, freeNeeded = convention.Unassessed, true
		}
	}
	if gs.Has(GroundNoDualCriminality) {
		res.Barred = res.Barred.With(GroundNoDualCriminality)
		res.Violations = res.Violations.With(ViolationDualCriminality)
	}
	if gs.Has(GroundReservation) {
		// "in respect of offenses other than those established under the
		// Convention": not a request that also names a Convention offence.
		established := decide.TestBool(res, TestEstablished, fs.anyEstablished)
		requires := decide.TestBool(res, TestRequiresDualCriminality, p.RequiresDualCriminality)
		declared := decide.TestBool(res, TestReservationDeclared, p.Reservation)
		if !established && requires && declared {
			judge(FactDualCriminalityFails, GroundReservation, ViolationReservation, f.DualCriminalityFails)
		} else {
			res.Barred = res.Barred.With(GroundReservation)
			res.Violations = res.Violations.With(ViolationReservation)
		}
	}
	if gs.Has(GroundOther) {
		res.Barred = res.Barred.With(GroundOther)
		res.Violations = res.Violations.With(ViolationUnlistedGround)
	}
	if gs.Has(GroundPoliticalOffence) {
		// "The request concerns an offence which the requested State Party
		// considers a political offence": every offence it names.
		judge(FactPoliticalOffence, GroundPoliticalOffence, ViolationPoliticalNotHeld, f.PoliticalOffences.all(fs.n))
	}
	if gs.Has(GroundEssentialInterests) {
		judge(FactEssentialInterests, GroundEssentialInterests, ViolationEssentialNotHeld, f.EssentialInterests)
	}
	if freeNeeded {
		decide.Need(res, FactDiscriminationBelief, free)
	}
	if !breached {
		// A listed ground not held already makes the refusal turn on the
		// belief alone; otherwise the grounds still unassessed decide too.
		res.Needed = res.Needed.Union(pending)
	}
	if free == convention.Yes && res.Available.Without(GroundDiscrimination).IsEmpty() {
		// No ground of the article's own holds: the refusal rests on the
		// clause.
		res.Cite = citeCoop3
	}
	return held
}

// para6Belief records the requested State's para. 6 belief, either limb,
// and the duty to inform it triggers; it returns the belief and each limb.
func para6Belief(res *convention.Result[Term], f Facts) (belief, availability, threat convention.Judgement) {
	availability = decide.Test(res, FactNotEnsureAvailability, f.NotEnsureAvailability)
	threat = decide.Test(res, FactThreatensInvestigation, f.ThreatensInvestigation)
	belief = availability.Or(threat)
	if belief == convention.Yes {
		res.Duties = res.Duties.With(DutyInform)
	}
	return belief, availability, threat
}

// needBelief records the para. 6 beliefs still needed, where unassessed.
func needBelief(res *convention.Result[Term], belief, availability, threat convention.Judgement) {
	if belief == convention.Unassessed {
		decide.Need(res, FactNotEnsureAvailability, availability)
		decide.Need(res, FactThreatensInvestigation, threat)
	}
}

// reviewPreservation reviews the period (para. 7) and para. 6: where the
// requested State holds the belief, it must inform the requesting State,
// and it executes only if that State determines that the request should
// nevertheless be executed. It returns whether the conditions it relies on
// hold (Yes), fail (No, with the violation recorded) or turn on an
// unassessed fact.
func reviewPreservation(res *convention.Result[Term], f Facts, v *Response) convention.Judgement {
	res.Cite = pcite(3)
	// Para. 7: "a period not less than ninety days", counted as Period.Days
	// counts it, both ends included.
	if !v.Period.End.IsZero() && !decide.TestBool(res, TestPeriodSufficient, v.Period.Days() >= MinimumDays) {
		res.Violations = res.Violations.With(ViolationPeriodTooShort)
	}
	belief, availability, threat := para6Belief(res, f)
	// "it shall promptly so inform the requesting State Party".
	informed := belief.Not().Or(convention.Known(decide.TestBool(res, TestInformed, v.Informed)))
	// "which shall then determine whether the request should nevertheless
	// be executed": executing is for its determination.
	proceed := convention.Unassessed
	if belief != convention.No {
		proceed = decide.Test(res, FactProceed, f.Proceed)
	}
	determined := belief.Not().Or(proceed)
	if informed == convention.No {
		res.Violations = res.Violations.With(ViolationNotInformed)
	}
	if determined == convention.No {
		res.Violations = res.Violations.With(ViolationExecutedAgainstDetermination)
	}
	held := informed.And(determined)
	if held == convention.Unassessed {
		needBelief(res, belief, availability, threat)
		// The determination matters only to a State that informs: one
		// that holds the belief and does not inform breaks para. 6
		// whatever the determination.
		if determined == convention.Unassessed && v.Informed {
			decide.Need(res, FactProceed, proceed)
		}
	}
	return held
}

// reviewNotExecuted reviews not executing the request (para. 6): lawful
// exactly where the requested State held the belief and the requesting
// State, so informed, determined that the request should not be executed.
func reviewNotExecuted(res *convention.Result[Term], f Facts) convention.Judgement {
	res.Cite = pcite(6)
	belief, availability, threat := para6Belief(res, f)
	proceed := convention.Unassessed
	if belief != convention.No {
		proceed = decide.Test(res, FactProceed, f.Proceed)
	}
	held := belief.And(proceed.Not())
	switch held {
	case convention.No:
		res.Violations = res.Violations.With(ViolationNotExecutedWithoutDetermination)
	case convention.Unassessed:
		needBelief(res, belief, availability, threat)
		decide.Need(res, FactProceed, proceed)
	}
	return held
}

// reviewSummary says in plain words whether the proposed response is
// lawful, and what to change if not.
func (d Decision) reviewSummary() string {
	var b strings.Builder
	what := "refusal"
	switch d.Action {
	case ActionPreserve:
		what = "preservation"
	case ActionNotExecute:
		what = "non-execution"
	}
	switch d.Outcome {
	case convention.Lawful:
		fmt.Fprintf(&b, "LAWFUL: the proposed %s conforms to the Preservation article", what)
		if d.Available.Has(GroundDiscrimination) {
			fmt.Fprintf(&b, " and to %s", citeCoop3)
		} else if d.Action == ActionRefuse && d.Cite == citeCoop3 {
			fmt.Fprintf(&b, ": the requested State has substantial grounds for believing the request discriminatory, so no obligation to preserve arises (%s) and the refusal breaks nothing in paras. 3-5", citeCoop3)
		}
		b.WriteString(".\n")
	case convention.Unlawful:
		fmt.Fprintf(&b, "UNLAWFUL: the proposed %s breaks the Preservation article:\n", what)
		writeItems(&b, d.Violations)
	case convention.NotApplicable:
		b.WriteString(d.outside())
	case convention.Undetermined:
		fmt.Fprintf(&b, "UNDETERMINED: the proposed %s turns on:\n", what)
		writeNeeds(&b, d.Result)
	default:
		b.WriteString("NO REVIEW.\n")
	}
	if d.Duties.Has(DutyInform) {
		fmt.Fprintf(&b, "INFORM the requesting State promptly (%s).\n", pcite(6))
	}
	if d.Action == ActionPreserve && !d.Period.End.IsZero() && d.Outcome != convention.NotApplicable {
		fmt.Fprintf(&b, "Whatever the end proposed (%s), once a request for search, seizure or disclosure is received while the data is preserved, keep it until a decision on that request (%s).\n", d.Period.End, pcite(7))
	}
	if d.Action == ActionRefuse && d.Outcome != convention.NotApplicable {
		d.writeOffenceLines(&b)
	}
	return b.String()
}
