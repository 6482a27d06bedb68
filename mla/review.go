package mla

import (
	"github.com/treatyrules/cybercrime/convention"
)

// Response is the requested State's proposed response to a request, as
// Review checks it against paras. 8, 21-27 and 1.
//
// The zero Response has no Action and is invalid.
type Response struct {
	// Action is what the requested State proposes: execute, execute on
	// conditions, postpone, or refuse (in whole or in part).
	Action Action `json:"action"`
	// Grounds are the grounds the response invokes: refusal grounds for a
	// refusal, GroundPostpone for a postponement. Only terms of kind
	// ground belong here.
	Grounds Set `json:"grounds"`
	// Reasons: reasons are given to the requesting State (para. 24).
	Reasons bool `json:"reasons,omitempty"`
	// Consulted: the requested State consulted the requesting State before
	// refusing or postponing, on whether assistance may be granted on terms
	// and conditions (para. 27).
	Consulted bool `json:"consulted,omitempty"`
	// InformedConfidentiality: the requested State promptly informed the
	// requesting State that it cannot keep the request confidential (para.
	// 21).
	InformedConfidentiality bool `json:"informed_confidentiality,omitempty"`
}

var responseChecks = []check[Response]{
	// Para. 22: "Mutual legal assistance may be refused"; para. 26: "may be
	// postponed"; para. 27: "subject to such terms and conditions".
	{Cite: mla(22), Field: "Action", Quote: "Mutual legal assistance may be refused",
		Test: func(r Response) (error, string) {
			switch {
			case r.Action == ActionUnknown:
				return errMissing, ""
			case !r.Action.IsValid():
				return errInvalid, r.Action.String()
			}
			return nil, ""
		}},
	// Para. 24: "Reasons shall be given for any refusal": the grounds
	// invoked must be grounds.
	{Cite: mla(24), Field: "Grounds", Quote: "Reasons shall be given for any refusal",
		Test: func(r Response) (error, string) {
			for t := range r.Grounds.All() {
				if t.Describe().Kind != convention.KindGround {
					return errInvalid, "not a ground: " + t.String()
				}
			}
			return nil, ""
		}},
}

// ResponseRules returns the validation rules of Response, in table order.
func ResponseRules() []convention.RuleInfo { return convention.Infos(responseChecks) }

// Validate reports every defect of the response (an unknown action,
// non-ground terms among the grounds) as convention.Problems, or nil.
func (r Response) Validate() error { return convention.RunChecks(r, responseChecks).Err() }

// groundTests maps each ground to the test that makes it available.
var groundTests = [numTerms]Term{
	GroundDiscrimination:      TestDiscrimination,
	GroundTrafficData:         TestTrafficData,
	GroundContentData:         TestContentData,
	GroundOtherAssistance:     TestOtherAssistance,
	GroundDualCriminality:     TestDualCriminality,
	GroundDeMinimis:           TestDeMinimis,
	GroundOtherProvisions:     TestOtherProvisions,
	GroundMoreInformation:     TestMoreInformation,
	GroundNonConformity:       TestConformity,
	GroundEssentialInterests:  TestEssentialInterests,
	GroundDomesticProhibition: TestDomesticProhibition,
	GroundDisproportionate:    TestDisproportionate,
	GroundLegalSystem:         TestLegalSystem,
	GroundPostpone:            TestInterferes,
}

// open reports whether some ground in gs could still become available: its
// test is open, or (for non-conformity) a fact it rests on is.
func open(a Decision, gs Set) bool {
	for g := range gs.All() {
		t := groundTests[g%numTerms]
		if t == TestConformity && a.Answer(TestConformity) == unassessed {
			return true
		}
		if t != TermUnknown && a.Open.Has(t) {
			return true
		}
	}
	return false
}

// review is Review without validation or what-ifs.
func (in *inputs) review(resp Response) Decision {
	a := in.assess()
	d := a
	d.Name = "review"
	r := &d.Result
	r.Violations = Set{}
	inv := resp.Grounds
	undetermined := false

	if resp.Action == ActionRefuse && inv.Has(GroundBankSecrecy) {
		// Para. 8 applies under either regime.
		r.Violations = r.Violations.With(ViolationBankSecrecy)
	}
	switch {
	case a.Outcome == convention.NotApplicable && a.Regime != RegimeTreaty:
		// out of scope (para. 1): the article imposes nothing to review.
		r.Outcome, r.Cite = convention.NotApplicable, a.Cite
		r.Violations = Set{}
		return d
	case a.Regime == RegimeTreaty:
		r.Outcome, r.Cite = convention.NotApplicable, mla(9)
		if !r.Violations.IsEmpty() {
			r.Outcome, r.Cite = convention.Unlawful, mla(8)
		}
		return d
	}

	avail := a.Available
	switch resp.Action {
	case ActionConditions:
		// Para. 27: conditions are what a State that could refuse or postpone
		// may offer instead.
		if avail.Intersect(refusalGrounds.With(GroundPostpone)).IsEmpty() {
			if open(a, refusalGrounds.With(GroundPostpone)) {
				undetermined = true
			} else {
				r.Violations = r.Violations.With(ViolationConditionsNoGround)
			}
		}
	case ActionPostpone:
		// Para. 26: "on the ground that it interferes with an ongoing
		// investigation, prosecution or other proceeding".
		if !avail.Has(GroundPostpone) {
			if a.Open.Has(TestInterferes) {
				undetermined = true
			} else {
				r.Violations = r.Violations.With(ViolationPostponeNoGround)
			}
		}
		// Para. 27: "Before ... postponing its execution ... shall consult".
		if !resp.Consulted {
			r.Violations = r.Violations.With(ViolationNoConsultation)
		}
	case ActionRefuse:
		valid := inv.Intersect(avail).Intersect(refusalGrounds)
		if valid.IsEmpty() {
			claimed := inv.Intersect(refusalGrounds)
			switch {
			case open(a, claimed):
				undetermined = true
			default:
				// Para. 23: "may not refuse ... on the sole ground that the
				// offence is also considered to involve fiscal matters".
				if inv.Has(GroundFiscal) {
					r.Violations = r.Violations.With(ViolationFiscalSole)
				}
				// Para. 1: without an available ground the duty to assist
				// stands.
				if !inv.Minus(barredGrounds).IsEmpty() || inv.IsEmpty() {
					r.Violations = r.Violations.With(ViolationNoGround)
				}
			}
		}
		// Para. 24: "Reasons shall be given for any refusal".
		if !resp.Reasons {
			r.Violations = r.Violations.With(ViolationNoReasons)
		}
		// Para. 27: "Before refusing a request pursuant to paragraph 22 ...
		// shall consult".
		if !resp.Consulted && !inv.Intersect(para22Grounds).IsEmpty() {
			r.Violations = r.Violations.With(ViolationNoConsultation)
		}
	}
	// Para. 21: "it shall promptly inform the requesting State Party".
	if a.Duties.Has(DutyInformConfidentiality) && !resp.InformedConfidentiality {
		r.Violations = r.Violations.With(ViolationConfidentiality)
	}

	if a.Regime == RegimeUnknown {
		// Paragraphs 10 to 30 may not govern: only para. 8 decides.
		r.Violations = r.Violations.Intersect(convention.SetOf(ViolationBankSecrecy))
		undetermined = true
	}
	switch {
	case !r.Violations.IsEmpty():
		r.Outcome = convention.Unlawful
		r.Cite = firstCite(r.Violations)
	case undetermined || a.scope == unassessed:
		r.Outcome, r.Cite = convention.Undetermined, a.Cite
	default:
		r.Outcome = convention.Lawful
		r.Cite = actionCite[resp.Action%numActions]
	}
	return d
}

const numActions = ActionRefuse + 1

var actionCite = [numActions]convention.Citation{
	ActionExecute:    mla(18),
	ActionConditions: mla(27),
	ActionPostpone:   mla(26),
	ActionRefuse:     mla(24),
}

// Review checks a proposed response to a request against the article and
// reports whether it is lawful, with each violation cited:
//
//   - declining on the ground of bank secrecy (para. 8; under either
//     regime);
//   - refusing on the sole ground that the offence also involves fiscal
//     matters, i.e. with no other invoked ground available (para. 23);
//   - refusing with no available ground at all (para. 1);
//   - refusing without reasons (para. 24);
//   - refusing on a para. 22 ground, or postponing, without prior
//     consultation (para. 27). A refusal resting only on para. 10, para. 3
//     or Cooperation art., para. 3 grounds needs reasons but, on the words
//     of para. 27 ("pursuant to paragraph 22"), no prior consultation;
//   - postponing without interference with ongoing proceedings (para. 26);
//   - executing on conditions where no ground of refusal or postponement is
//     available (para. 27);
//   - not informing promptly that confidentiality cannot be kept (para. 21).
//
// A refusal is lawful if at least one invoked ground is available and the
// procedural duties are met; other invoked grounds that are not available
// do not make it unlawful.
//
// Outcomes: Lawful; Unlawful with Violations; Undetermined when lawfulness
// turns on an unassessed judgement (an invoked ground, the regime or the
// scope; while the regime is unknown only para. 8 can make a response
// Unlawful, and the what-ifs say what the regime would change); NotApplicable citing para. 1 when the request is outside the
// article's scope, or citing para. 9 when an MLA treaty governs (then only
// para. 8 is checked, and a bank-secrecy refusal is Unlawful). The error
// is only the Problems of r.Validate and resp.Validate.
func Review(r Request, p Profile, f Facts, resp Response) (Decision, error) {
	ps := append(r.problems(), convention.RunChecks(resp, responseChecks)...)
	if len(ps) > 0 {
		ps.Sort()
		return Decision{}, ps
	}
	return prepared(r, p).review(f, resp), nil
}
