package mla

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
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
	// Offences, for a refusal in part, are the offences of the request (by
	// index into Request.Offences) as to which assistance is refused; empty
	// for a response to the request as a whole. Only a refusal names them.
	// A ground that reaches some offences only (para. 10, absence of dual
	// criminality; para. 3(e), traffic data) is one a refusal in part as
	// to those offences rests on.
	Offences OffenceSet `json:"offences,omitzero"`
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
		Test: func(r Response) (string, error) {
			switch {
			case r.Action == ActionUnknown:
				return "", errMissing
			case !r.Action.IsValid():
				return r.Action.String(), errInvalid
			}
			return "", nil
		}},
	// Para. 24: "Reasons shall be given for any refusal": the grounds
	// invoked must be grounds.
	{Cite: mla(24), Field: "Grounds", Quote: "Reasons shall be given for any refusal",
		Test: func(r Response) (string, error) {
			for t := range r.Grounds.All() {
				if t.Describe().Kind != convention.KindGround {
					return "not a ground: " + t.String(), errInvalid
				}
			}
			return "", nil
		}},
}

// exchange is a response with the number of offences of the request it
// answers.
type exchange struct {
	offences int
	resp     Response
}

// exchangeChecks are the rules a response must meet given its request.
var exchangeChecks = []check[exchange]{
	// Para. 10: "may decline to render mutual legal assistance ... on the
	// ground of absence of dual criminality", as to the offences of the
	// request the ground reaches: a refusal in part names offences of the
	// request, and only a refusal names them.
	{Cite: mla(10), Field: "Offences", Quote: "States Parties may decline to render mutual legal assistance pursuant to this article",
		Test: func(x exchange) (string, error) {
			o := x.resp.Offences
			switch {
			case o.IsEmpty():
				return "", nil
			case x.resp.Action != ActionRefuse:
				return "only a refusal in part names offences; a " + x.resp.Action.String() + " concerns the request as a whole", convention.ErrNotApplicable
			case o&^(1<<uint(min(max(x.offences, 0), MaxOffences))-1) != 0:
				return "an offence the request does not name (it names " + strconv.Itoa(x.offences) + ")", errInconsistent
			}
			return "", nil
		}},
}

// ResponseRules returns the validation rules of Response, alone and
// against the request it answers, in table order.
func ResponseRules() []convention.RuleInfo {
	return append(rules.Infos(responseChecks), rules.Infos(exchangeChecks)...)
}

// valid reports whether the response passes Validate, without allocating.
func (r Response) valid() bool {
	for i := range responseChecks {
		if _, err := responseChecks[i].Test(r); err != nil {
			return false
		}
	}
	return true
}

// validFor reports whether the response passes Validate and fits a request
// naming the given number of offences, without allocating.
func (r Response) validFor(offences int) bool {
	if !r.valid() {
		return false
	}
	x := exchange{offences, r}
	for i := range exchangeChecks {
		if _, err := exchangeChecks[i].Test(x); err != nil {
			return false
		}
	}
	return true
}

// Validate reports every defect of the response on its own (an unknown
// action, non-ground terms among the grounds, offences named by a response
// other than a refusal) as convention.Problems with their JSON paths, or
// nil. Review also checks it against the request (offences it does not
// name).
func (r Response) Validate() error {
	if r.validFor(MaxOffences) {
		return nil
	}
	ps := rules.Run(r, responseChecks)
	ps = append(ps, rules.Run(exchange{MaxOffences, r}, exchangeChecks)...)
	ps.Sort()
	return ps.WithJSONPaths(r).Err()
}

// partGrounds returns the grounds among inv on which a refusal in part as
// to the offences part rests although they are not available for the
// whole request: para. 10 (absence of dual criminality) and para. 3(e)
// (traffic data), where each offence of part within the article is one
// the ground reaches. The article imposes nothing as to an offence outside
// it (paras. 1, 4), so such an offence named beside them takes nothing
// away. It also returns the grounds on which the refusal in part could yet
// rest, each offence of part being reached or not yet assessed: the
// review waits on them.
func partGrounds(a *Decision, inv Set, part OffenceSet, treaty bool) (valid, pending Set) {
	if part.IsEmpty() {
		return Set{}, Set{}
	}
	part &= a.decided
	for _, c := range [...]struct {
		g, t        Term
		reach, open OffenceSet
	}{
		{GroundDualCriminality, TestDualCriminality, a.WithoutDualCriminality, a.dualOpen},
		{GroundTrafficData, TestTrafficData, a.WithoutTrafficData, a.trafficOpen},
	} {
		if !inv.Has(c.g) || treaty && c.g == GroundDualCriminality {
			continue
		}
		switch {
		case part&^c.reach == 0:
			valid = valid.With(c.g)
		case part&^(c.reach|c.open) == 0:
			pending = pending.With(c.t)
		}
	}
	return valid, pending
}

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
	GroundNonPublic:           TestPublicRecord,
}

// open reports whether some ground in gs could still become available: its
// test is open, or (for non-conformity) a fact it rests on is.
func open(a *Decision, gs Set) bool {
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
	switch {
	case a.scope == no:
		// Out of scope (para. 1): the article imposes nothing to review.
		// Para. 8 too binds only assistance "pursuant to this article".
		r.Outcome, r.Cite = convention.NotApplicable, a.Cite
		return d
	case a.Regime == RegimeUnknown:
		return in.reviewEither(d, resp)
	}
	var undetermined bool
	if a.Regime == RegimeTreaty {
		undetermined = reviewTreaty(&a, r, resp)
	} else {
		undetermined = reviewArticle(&a, r, resp)
	}
	switch {
	case a.scope == unassessed:
		// Whether the article reaches the request at all is open.
		r.Outcome, r.Cite, r.Violations = convention.Undetermined, a.Cite, Set{}
	case !r.Violations.IsEmpty():
		r.Outcome, r.Cite = convention.Unlawful, firstCite(r.Violations)
	case undetermined:
		r.Outcome, r.Cite = convention.Undetermined, a.Cite
	}
	return d
}

// reviewEither reviews resp while the regime of para. 9 is unknown: the
// outcome is the one both regimes give, with the violations both find;
// Undetermined where they differ.
func (in *inputs) reviewEither(d Decision, resp Response) Decision {
	art, tr := *in, *in
	art.treaty, art.inLieu = no, unassessed
	tr.treaty, tr.inLieu = yes, no
	ra, rt := art.review(resp), tr.review(resp)
	r := &d.Result
	r.Violations = ra.Violations.Intersect(rt.Violations)
	switch {
	case ra.Outcome != rt.Outcome || ra.Outcome == convention.Undetermined:
		r.Outcome, r.Cite, r.Violations = convention.Undetermined, mla(9), Set{}
	case ra.Outcome == convention.Unlawful:
		r.Outcome, r.Cite = convention.Unlawful, firstCite(r.Violations)
	default:
		r.Outcome, r.Cite = ra.Outcome, rt.Cite
	}
	return d
}

// reviewTreaty reviews resp where an MLA treaty governs (para. 9): the
// treaty's provisions take the place of paragraphs 10 to 30, and only what
// lies outside them is checked: para. 8, and a refusal resting on a ground
// that holds whatever the regime (Cooperation art., para. 3; para. 3(e),
// (f), (m)). It sets the outcome and reports whether it turns on an
// unassessed judgement.
func reviewTreaty(a *Decision, r *convention.Result[Term], resp Response) (undetermined bool) {
	inv := resp.Grounds
	r.Outcome, r.Cite = convention.NotApplicable, mla(9)
	if resp.Action != ActionRefuse {
		return false
	}
	if inv.Has(GroundBankSecrecy) {
		// Para. 8 applies under either regime.
		r.Violations = r.Violations.With(ViolationBankSecrecy)
	}
	part, wait := partGrounds(a, inv, resp.Offences, true)
	if valid := inv.Intersect(a.Available).Intersect(commonGrounds).Union(part); !valid.IsEmpty() {
		r.Outcome, r.Cite = convention.Lawful, firstCite(valid)
		return false
	}
	r.Needed = r.Needed.Union(wait)
	return open(a, inv.Intersect(commonGrounds)) || !wait.IsEmpty()
}

// reviewArticle reviews resp where paragraphs 10 to 30 govern. It sets the
// outcome and violations and reports whether lawfulness turns on an
// unassessed judgement.
func reviewArticle(a *Decision, r *convention.Result[Term], resp Response) (undetermined bool) {
	inv := resp.Grounds
	avail := a.Available
	if resp.Action == ActionRefuse && inv.Has(GroundBankSecrecy) {
		// Para. 8: "shall not decline to render mutual legal assistance
		// pursuant to this article on the ground of bank secrecy".
		r.Violations = r.Violations.With(ViolationBankSecrecy)
	}
	switch resp.Action {
	case ActionConditions:
		// Para. 27: conditions are what a State that could refuse or
		// postpone may offer instead. Para. 30(b): non-public records may be
		// provided "subject to such conditions as it deems appropriate".
		// Para. 29: for substantial or extraordinary expenses the States
		// "consult to determine the terms and conditions under which the
		// request will be executed".
		r.Duties = r.Duties.With(DutyComplyConditions)
		costs := resp.Consulted && a.Duties.Has(DutyConsultCosts)
		if avail.Intersect(refusalGrounds.With(GroundPostpone)).IsEmpty() && !costs {
			if open(a, refusalGrounds.With(GroundPostpone)) || resp.Consulted && a.Open.Has(TestSubstantialCosts) {
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
		// A refusal in part rests on a ground available for the whole
		// request, or on one that reaches each offence it names (para. 10:
		// "may decline ... on the ground of absence of dual criminality").
		// A refusal of the whole request on a ground that reaches only some
		// of its offences rests on no ground: the duty the others create
		// stands (para. 1).
		part, wait := partGrounds(a, inv, resp.Offences, false)
		valid := inv.Intersect(avail).Intersect(refusalGrounds).Union(part)
		if valid.IsEmpty() {
			claimed := inv.Intersect(refusalGrounds)
			switch {
			case !wait.IsEmpty():
				undetermined = true
				r.Needed = r.Needed.Union(wait)
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
	// Para. 21: "If the requested State Party cannot comply with the
	// requirement of confidentiality, it shall promptly inform the
	// requesting State Party". A response that did not inform breaks it
	// only if the State cannot comply: while that is unassessed, its
	// lawfulness waits on it.
	if !resp.InformedConfidentiality {
		switch {
		case a.Duties.Has(DutyInformConfidentiality):
			r.Violations = r.Violations.With(ViolationConfidentiality)
		case a.Open.Has(TestCanKeepConfidential):
			undetermined = true
		}
	}
	r.Outcome, r.Cite = convention.Lawful, actionCite[resp.Action%numActions]
	return undetermined
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
//     regime, within the article's scope);
//   - refusing on the sole ground that the offence also involves fiscal
//     matters, i.e. with no other invoked ground available (para. 23);
//   - refusing with no available ground at all (para. 1);
//   - refusing without reasons (para. 24: "any refusal", including one
//     resting on para. 10, Cooperation art., para. 3 or para. 30(b));
//   - refusing on a para. 22 ground, or postponing, without prior
//     consultation (para. 27). A refusal resting only on para. 10, para. 3,
//     para. 30(b) or Cooperation art., para. 3 grounds needs reasons but,
//     on the words of para. 27 ("pursuant to paragraph 22"), no prior
//     consultation;
//   - postponing without interference with ongoing proceedings (para. 26);
//   - executing on conditions where no ground of refusal or postponement
//     is available (para. 27), the records are public (para. 30(b)) and no
//     consultation on substantial costs took place (para. 29);
//   - not informing promptly that confidentiality cannot be kept (para. 21;
//     a response that did not inform waits on whether it can be kept while
//     that is unassessed).
//
// Declining to provide non-public government records, or providing them on
// conditions, is lawful (para. 30(b): "May, at its discretion, provide ...
// in whole, in part or subject to such conditions as it deems
// appropriate"). Executing on conditions puts the requesting State that
// accepts them under the duty to comply (para. 27, DutyComplyConditions).
//
// A refusal is lawful if at least one invoked ground is available and the
// procedural duties are met; other invoked grounds that are not available
// do not make it unlawful. A refusal in part (Response.Offences) is lawful
// also on para. 10's ground (absence of dual criminality) or para. 3(e)'s
// (traffic data) where every offence it names within the article is one
// the ground reaches (Decision.WithoutDualCriminality,
// WithoutTrafficData), and waits while a named offence is unassessed; a
// refusal of the whole request on such a ground, where it reaches only
// some offences, rests on no ground (para. 1: the duty the others create
// stands). Reasons (para. 24) are owed for a refusal in part too.
//
// Where an MLA treaty governs, the treaty takes the place of paragraphs 10
// to 30: a refusal on the ground of bank secrecy is Unlawful (para. 8); a
// refusal resting on a ground that holds whatever the regime (Cooperation
// art., para. 3; para. 3(e), (f), (m)) is Lawful; anything else is
// NotApplicable citing para. 9. While the regime is unknown the outcome is
// the one both regimes give (a bank-secrecy refusal is Unlawful either
// way), and Undetermined where they differ.
//
// Outcomes: Lawful; Unlawful with Violations; Undetermined when lawfulness
// turns on an unassessed judgement (an invoked ground, the regime or the
// scope; the what-ifs say what each would change); NotApplicable citing
// para. 1 when the request is outside the article's scope (then nothing,
// para. 8 included, is reviewed: review and Assess never disagree on the
// scope), or citing para. 9 as above. The error is the Problems of r that
// keep the library from deciding (see Request.Validate), with those of f
// (Facts.Validate; judgements on more offences than the request names)
// and of resp (Response.Validate), prefixed "Facts." and "Response.".
func Review(r Request, p Profile, f Facts, resp Response) (Decision, error) {
	lacking, err := r.receive(p.Recognised)
	if err != nil || !factsFit(&f, len(r.Offences)) || !resp.validFor(len(r.Offences)) {
		return Decision{}, decisionError(err, f, len(r.Offences), &resp)
	}
	pr := prepared(r, p, lacking)
	return pr.review(f, resp), nil
}
