package mla

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

// Execution applies para. 18: a request is executed in accordance with the
// requested State's domestic law (DutyExecuteDomesticLaw) and, to the
// extent not contrary to that law and where possible, in accordance with
// the procedures specified in the request (DutyFollowProcedure, when the
// request specifies one, Facts.ProcedureLawful and Facts.ProcedurePossible
// are yes).
//
// Outcomes: Obliged (cites para. 18), NotApplicable citing para. 9 where a
// treaty governs, Undetermined (citing para. 9) while the regime is
// unknown. The request "shall be executed" whatever the procedure: while a
// procedure is specified and its lawfulness or possibility is unassessed
// the outcome is still Obliged, and Needed lists those facts, on which only
// DutyFollowProcedure waits. The error is only the Problems that keep the
// library from deciding (see Request.Validate), with those of f
// (Facts.Validate), prefixed "Facts.".
func Execution(reg Regime, r Request, f Facts) (Decision, error) {
	lacking, err := r.receive(convention.Catalogue{})
	if err != nil || !factsFit(&f, len(r.Offences)) {
		return Decision{}, decisionError(err, f, len(r.Offences), nil)
	}
	in := newInputs(r, Profile{}, f, lacking)
	decide := func(c inputs) Decision {
		d, ok := gate("execution", reg)
		if !ok {
			return d
		}
		// Para. 18: "A request shall be executed in accordance with the
		// domestic law of the requested State Party": owed whether or not
		// the specified procedure is followed.
		d.Cite = mla(18)
		d.Outcome = convention.Obliged
		c.execution(&d.Result)
		return d
	}
	d := decide(in)
	in.resolve(&d, decide)
	return d, nil
}

// Hearing describes a proposed hearing of an individual by video conference
// (para. 19). The zero Hearing has no role and is outside para. 19.
type Hearing struct {
	// Role is the capacity in which the individual is to be heard; para. 19
	// covers witnesses and experts.
	Role Role `json:"role"`
	// InTerritory: the individual is in the requested State's territory.
	InTerritory bool `json:"in_territory,omitempty"`
	// AskedFor: the requesting State asked for the hearing by video
	// conference. Para. 19 lets the requested State permit it "at the
	// request of the other".
	AskedFor bool `json:"asked_for,omitempty"`
	// AppearanceImpracticable: it is not possible or not desirable for the
	// individual to appear in person in the requesting State.
	AppearanceImpracticable convention.Judgement `json:"appearance_impracticable"`
	// Possible: a video hearing is possible and consistent with fundamental
	// principles of the requested State's domestic law.
	Possible convention.Judgement `json:"possible"`
	// RequestingConducts: the States agreed that a judicial authority of the
	// requesting State conducts the hearing, attended by one of the
	// requested State.
	RequestingConducts bool `json:"requesting_conducts,omitempty"`
}

// HearingDecision is the result of VideoHearing (para. 19): the Decision
// and who conducts the hearing. The zero HearingDecision has
// OutcomeUnknown and ConductorUnknown.
type HearingDecision struct {
	Decision
	// Conductor is whose judicial authority conducts the hearing when it may
	// take place; ConductorUnknown otherwise.
	Conductor Conductor
}

// Explain renders the decision, with who conducts the hearing as the
// value "conductor" (para. 19) when it may take place.
func (hd HearingDecision) Explain() convention.Explanation {
	e := hd.Decision.Explain()
	if hd.Conductor.IsValid() && hd.Conductor != ConductorUnknown {
		e.AddValue("conductor", mla(19), hd.Conductor.String())
	}
	return e
}

// String renders Explain as a lawyer reads it.
func (hd HearingDecision) String() string { return hd.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (hd HearingDecision) MarshalJSON() ([]byte, error) { return jsonMarshal(hd.Explain()) }

// VideoHearing applies para. 19: wherever possible and consistent with
// fundamental principles of domestic law, when an individual in the
// requested State's territory is to be heard as a witness or expert by the
// requesting State's judicial authorities, the requested State may, at the
// requesting State's request (Hearing.AskedFor), permit a hearing by video
// conference if it is not possible or desirable for the individual to
// appear in person.
//
// Who conducts it: the States may agree that a judicial authority of the
// requesting State conducts it, attended by a judicial authority of the
// requested State (ConductorRequesting). Absent that agreement the library
// reads paras. 18 and 19 together: the request is executed under the
// requested State's law, by its judicial authority (ConductorRequested).
//
// Outcomes: Discretionary (the requested State may permit it), NotApplicable
// (not a witness or expert in its territory, not asked for by the
// requesting State, appearance in person possible and desirable, or a video
// hearing not possible or consistent with fundamental principles; or,
// citing para. 9, a treaty governs),
// Undetermined. The result cites para. 19.
func VideoHearing(reg Regime, h Hearing) HearingDecision {
	hd := decideHearing(reg, h)
	if hd.Outcome == convention.Undetermined && reg == RegimeArticle {
		decide.ResolveNeeded(&hd.Result, func(t Term, j judgement) convention.Outcome {
			v := h
			switch t {
			case TestAppearanceImpracticable:
				v.AppearanceImpracticable = j
			case TestVideoPrinciples:
				v.Possible = j
			}
			return decideHearing(reg, v).Outcome
		})
	}
	return hd
}

func decideHearing(reg Regime, h Hearing) HearingDecision {
	d, ok := gate("video hearing", reg)
	hd := HearingDecision{Decision: d}
	if !ok {
		return hd
	}
	r := &hd.Result
	r.Cite = mla(19)
	if !decide.TestBool(r, TestHeardInTerritory, (h.Role == RoleWitness || h.Role == RoleExpert) && h.InTerritory && h.AskedFor) {
		r.Outcome = convention.NotApplicable
		return hd
	}
	a := decide.Need(r, TestAppearanceImpracticable, decide.Test(r, TestAppearanceImpracticable, h.AppearanceImpracticable))
	p := decide.Need(r, TestVideoPrinciples, decide.Test(r, TestVideoPrinciples, h.Possible))
	switch a.And(p) {
	case yes:
		r.Outcome = convention.Discretionary
		hd.Conductor = ConductorRequested
		if decide.TestBool(r, TestRequestingConducts, h.RequestingConducts) {
			hd.Conductor = ConductorRequesting
		}
	case no:
		r.Outcome, r.Needed = convention.NotApplicable, Set{}
	default:
		r.Outcome = convention.Undetermined
	}
	return hd
}

// Costs applies para. 29: the requested State bears the ordinary costs of
// executing a request unless the States agreed otherwise (DutyBearCosts);
// where expenses of a substantial or extraordinary nature are or will be
// required, the States shall consult on the terms and conditions of
// execution, whether it can be executed, and how the costs are borne
// (DutyConsultCosts).
//
// Outcomes: Obliged (the requested State bears the ordinary costs),
// NoObligation (agreed otherwise), Undetermined (the agreement unassessed);
// NotApplicable citing para. 9 where a treaty governs. The result cites
// para. 29; the consultation duty is listed whatever the outcome.
func Costs(reg Regime, f Facts) Decision {
	in := inputs{costsAgreed: f.CostsAgreedOtherwise, substantial: f.SubstantialCosts}
	decide := func(c inputs) Decision {
		d, ok := gate("costs", reg)
		if !ok {
			return d
		}
		d.Cite = mla(29)
		switch c.costs(&d.Result) {
		case yes:
			d.Outcome = convention.Obliged
		case no:
			d.Outcome = convention.NoObligation
		default:
			d.Outcome = convention.Undetermined
		}
		return d
	}
	d := decide(in)
	in.resolve(&d, decide)
	return d
}

// GovernmentRecords applies para. 30 to one government record, document or
// information in the requested State's possession: it shall provide copies
// of those available to the general public under its domestic law (30(a),
// outcome Obliged, DutyProvidePublic); it may, at its discretion, provide
// others in whole, in part or subject to conditions (30(b), outcome
// Discretionary, GroundNonPublic available). Undetermined while public is
// unassessed; NotApplicable citing para. 9 where a treaty governs.
func GovernmentRecords(reg Regime, public convention.Judgement) Decision {
	d, ok := gate("government records", reg)
	if !ok {
		return d
	}
	r := &d.Result
	switch decide.Need(r, TestPublicRecord, decide.Test(r, TestPublicRecord, public)) {
	case yes:
		r.Outcome, r.Cite = convention.Obliged, mlaPoint(30, 'a')
		r.Duties = r.Duties.With(DutyProvidePublic)
	case no:
		r.Outcome, r.Cite = convention.Discretionary, mlaPoint(30, 'b')
		r.Available = r.Available.With(GroundNonPublic)
	default:
		r.Outcome, r.Cite = convention.Undetermined, mla(30)
		decide.ResolveNeeded(r, func(_ Term, j judgement) convention.Outcome { return GovernmentRecords(reg, j).Outcome })
	}
	return d
}
