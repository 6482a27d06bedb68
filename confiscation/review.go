package confiscation

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/rules"
	"github.com/treatyrules/cybercrime/mla"
)

// Response is the requested State's proposed response to a request, as
// Review checks it.
//
// The zero Response has no Action and is invalid.
type Response struct {
	// Action is what the requested State proposes.
	Action Action `json:"action"`
	// Grounds are the grounds the response invokes: refusal grounds for a
	// refusal, lifting grounds for lifting a provisional measure,
	// GroundPostpone for a postponement. Only terms of kind ground belong
	// here.
	Grounds Set `json:"grounds"`
	// Offences, for a refusal in part, are the offences of the request (by
	// index into Request.Offences) as to which cooperation is refused; empty
	// for a response to the request as a whole. Only a refusal names them.
	Offences mla.OffenceSet `json:"offences,omitzero"`
	// Reasons: reasons are given to the requesting State (MLA art., para.
	// 24).
	Reasons bool `json:"reasons,omitempty"`
	// Consulted: the requested State consulted the requesting State before
	// refusing or postponing (MLA art., para. 27).
	Consulted bool `json:"consulted,omitempty"`
	// Opportunity: before lifting a provisional measure, the requested State
	// gave the requesting State an opportunity to present its reasons in
	// favour of continuing it (para. 8).
	Opportunity bool `json:"opportunity,omitempty"`
	// InformedConfidentiality: the requested State promptly informed the
	// requesting State that it cannot keep the request confidential (MLA
	// art., para. 21).
	InformedConfidentiality bool `json:"informed_confidentiality,omitempty"`
}

var responseChecks = []check[Response]{
	// Para. 4: "The decisions or actions provided for in paragraphs 1 and 2
	// of this article shall be taken by the requested State Party".
	{Cite: para(4), Field: "Action", Quote: "The decisions or actions provided for in paragraphs 1 and 2",
		Test: func(r Response) (string, error) {
			switch {
			case r.Action == ActionUnknown:
				return "", errMissing
			case !r.Action.IsValid():
				return r.Action.String(), errInvalid
			}
			return "", nil
		}},
	// Para. 7: "Cooperation under this article may be refused": the
	// grounds invoked must be grounds.
	{Cite: para(7), Field: "Grounds", Quote: "Cooperation under this article may be refused",
		Test: func(r Response) (string, error) {
			for t := range r.Grounds.All() {
				if t.Describe().Kind != convention.KindGround {
					return "not a ground: " + t.String(), errInvalid
				}
			}
			return "", nil
		}},
}

// exchange is a response with the request it answers.
type exchange struct {
	kinds    Kinds
	offences int
	resp     Response
}

// exchangeChecks are the rules a response must meet given its request.
var exchangeChecks = []check[exchange]{
	// Para. 1(a): "Submit the request to its competent authorities for the
	// purpose of obtaining an order of confiscation".
	{Cite: point(1, 'a'), Field: "Action", Quote: "Submit the request to its competent authorities for the purpose of obtaining an order of confiscation",
		Test: func(x exchange) (string, error) {
			if x.resp.Action == ActionObtainOrder && !x.kinds.Confiscation() {
				return "the request does not seek confiscation under paragraph 1", errInconsistent
			}
			return "", nil
		}},
	// Para. 1(b): "Submit ... an order of confiscation issued by a court
	// ... of the requesting State Party".
	{Cite: point(1, 'b'), Field: "Action", Quote: "an order of confiscation issued by a court in the territory of the requesting State Party",
		Test: func(x exchange) (string, error) {
			if x.resp.Action == ActionEnforceOrder && !x.kinds.Has(KindEnforceOrder) {
				return "the request carries no order of confiscation to give effect to (it does not pertain to paragraph 1(b))", errInconsistent
			}
			return "", nil
		}},
	// Para. 2: "take measures to identify, trace and freeze or seize"; para.
	// 8: "any provisional measure taken pursuant to this article".
	{Cite: para(2), Field: "Action", Quote: "take measures to identify, trace and freeze or seize",
		Test: func(x exchange) (string, error) {
			if (x.resp.Action == ActionFreeze || x.resp.Action == ActionLift) && !x.kinds.Has(KindProvisional) {
				return "the request does not seek provisional measures under paragraph 2", errInconsistent
			}
			return "", nil
		}},
	// Para. 7: "Cooperation under this article may be refused": in whole,
	// or as to some of "the offence[s] to which the request relates".
	{Cite: para(7), Field: "Offences", Quote: "if the offence to which the request relates is not an offence established under this Convention",
		Test: func(x exchange) (string, error) {
			o := x.resp.Offences
			switch {
			case o.IsEmpty():
				return "", nil
			case x.resp.Action != ActionRefuse:
				return "only a refusal in part names offences; a " + x.resp.Action.String() + " concerns the request as a whole", errNotApplicable
			case o&^(1<<uint(min(x.offences, MaxOffences))-1) != 0:
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

// Validate reports every defect of the response on its own (an unknown
// action, non-ground terms among the grounds) as convention.Problems, or
// nil. Review also checks it against the request.
func (r Response) Validate() error { return rules.Run(r, responseChecks).Err() }

// groundFacts are, for each ground, the tests whose open answer could make
// it available.
var groundFacts = [numTerms]Set{
	GroundDiscrimination:      convention.SetOf(TestDiscrimination),
	GroundDualCriminality:     convention.SetOf(TestDualCriminality),
	GroundDeMinimis:           convention.SetOf(TestDeMinimis),
	GroundOtherProvisions:     convention.SetOf(TestOtherProvisions),
	GroundMoreInformation:     convention.SetOf(TestMoreInformation),
	GroundNonConformity:       convention.SetOf(TestLanguage, TestAuthenticity),
	GroundEssentialInterests:  convention.SetOf(TestEssentialInterests),
	GroundDomesticProhibition: convention.SetOf(TestDomesticProhibition),
	GroundDisproportionate:    convention.SetOf(TestDisproportionate),
	GroundLegalSystem:         convention.SetOf(TestLegalSystem),
	GroundPostpone:            convention.SetOf(TestInterferes),
	GroundLiftRequired:        convention.SetOf(TestLiftRequired),
	GroundEvidence:            convention.SetOf(TestSufficientEvidence, TestTimelyEvidence),
	GroundDeMinimisValue:      convention.SetOf(TestDeMinimisValue),
	GroundThirdParties:        convention.SetOf(TestThirdPartyRights),
}

// pending returns the open tests on which some ground of gs, not
// available, could become available.
func pending(d Decision, gs Set) Set {
	var out Set
	for g := range gs.Minus(d.Available).All() {
		out = out.Union(groundFacts[g%numTerms].Intersect(d.Open))
	}
	return out
}

var regimeFacts = convention.SetOf(TestTreatyBound, TestArticleInLieu)

// barredViolations are the violations of relying on a barred ground.
var barredViolations = convention.SetOf(ViolationBankSecrecy, ViolationFiscalSole, ViolationNoTreaty)

// reviewer holds the state of one review.
type reviewer struct {
	d            *Decision
	s            summary
	need         Set
	undetermined bool
	treaty       bool
	// valid holds the invoked grounds a refusal or lifting rests on.
	valid Set
}

func (v *reviewer) violate(t Term) { v.d.Violations = v.d.Violations.With(t) }

func (v *reviewer) open(facts Set) {
	v.undetermined = true
	v.need = v.need.Union(facts)
}

// mlaRule records the breach of a rule of MLA art., paras. 10 to 30: a
// violation where those paragraphs govern, an open question while the
// regime is unknown, nothing the library can check where a treaty governs.
func (v *reviewer) mlaRule(t Term) {
	switch v.d.Regime {
	case mla.RegimeArticle:
		v.violate(t)
	case mla.RegimeUnknown:
		v.open(v.d.Needed.Intersect(regimeFacts))
	}
}

// mlaAction reports whether an action of MLA art., paras. 26-27 can be
// reviewed under the article.
func (v *reviewer) mlaAction() bool {
	switch v.d.Regime {
	case mla.RegimeTreaty:
		v.treaty = true
	case mla.RegimeUnknown:
		v.open(v.d.Needed.Intersect(regimeFacts))
	}
	return v.d.Regime == mla.RegimeArticle
}

// route checks that the action proposed is one domestic law provides for
// (para. 4).
func (v *reviewer) route(test Term, facts Set) {
	switch v.d.Answer(test) {
	case no:
		v.violate(ViolationRouteClosed)
	case unassessed:
		v.open(v.d.Needed.Intersect(facts))
	}
}

var (
	obtainFacts  = convention.SetOf(TestWithoutConviction, TestOrderDomestic, TestNonConvictionCapacity)
	enforceFacts = convention.SetOf(TestEnforceForeign)
	freezeFacts  = convention.SetOf(TestFreezeOnOrder, TestFreezeOnRequest)
)

// noGround records the breach of the duty of para. 1 or 2 by a refusal or
// lifting with no available ground.
func (v *reviewer) noGround(action Action) {
	if action == ActionLift || v.s.para2 {
		v.violate(ViolationMeasuresRefused)
	}
	if action != ActionRefuse || !v.s.para1 {
		return
	}
	// Para. 1 binds "to the greatest extent possible within its domestic
	// legal system", for property "situated in its territory".
	switch v.s.terr.And(v.s.confiscate) {
	case yes:
		v.violate(ViolationConfiscationRefused)
	case unassessed:
		v.open(v.d.Needed.Intersect(obtainFacts.Union(enforceFacts).With(TestInTerritory)))
	}
}

// groundless reviews a refusal or lifting that rests on none of the
// grounds it invokes.
func (v *reviewer) groundless(inv Set, action Action, lift bool) {
	d := v.d
	regimeBound := inv.Intersect(mlaRefusal.With(GroundFiscal))
	switch {
	case !lift && d.Regime != mla.RegimeArticle && !regimeBound.IsEmpty():
		// The invoked grounds are those of MLA art., paras. 10 to 30, or
		// a treaty's in their place.
		if d.Regime == mla.RegimeTreaty {
			v.treaty = true
		} else {
			v.open(d.Needed.Intersect(regimeFacts))
		}
	default:
		// MLA art., para. 23: "may not refuse ... on the sole ground
		// that the offence is also considered to involve fiscal
		// matters".
		if inv.Has(GroundFiscal) {
			v.mlaRule(ViolationFiscalSole)
		}
		// A response resting only on barred grounds breaks the rule
		// that bars them; where that rule is not the one that governs
		// (fiscal matters under a treaty, for a lifting that para. 7
		// does not allow on any such ground), the duty of para. 1 or 2
		// is what it breaks.
		if !inv.Minus(barredGrounds).IsEmpty() || d.Violations.Intersect(barredViolations).IsEmpty() {
			v.noGround(action)
		}
	}
}

// decline reviews a refusal or the lifting of a provisional measure.
func (v *reviewer) decline(in *inputs, resp Response) {
	d, inv := v.d, resp.Grounds
	lift := resp.Action == ActionLift
	allowed := refusalGrounds
	if lift {
		// Para. 7: "Cooperation under this article may also be refused or
		// provisional measures lifted if the requested State Party did not
		// receive sufficient and timely evidence or if the property is of a
		// de minimis value". The other grounds refuse; they lift nothing,
		// under whatever regime governs MLA art., paras. 10 to 30.
		allowed = liftGrounds
	} else if d.Regime != mla.RegimeArticle {
		allowed = allowed.Minus(mlaRefusal)
	}
	valid := inv.Intersect(d.Available).Intersect(allowed)
	var partOpen Set
	if part := resp.Offences; !lift && !part.IsEmpty() {
		if inv.Has(GroundNotEstablished) && part&^d.NotEstablished == 0 {
			// Para. 7, offence by offence: a refusal in part, as to offences
			// not established under the Convention, rests on the ground even
			// where the request also relates to an offence established under
			// it.
			valid = valid.With(GroundNotEstablished)
		}
		// MLA art., para. 10, mutatis mutandis, offence by offence: "may
		// decline ... on the ground of absence of dual criminality". A
		// refusal in part, as to offences whose conduct is not criminal in
		// the requested State, rests on the ground even where the conduct
		// of another offence is; where paragraphs 10 to 30 govern.
		if inv.Has(GroundDualCriminality) && d.Regime == mla.RegimeArticle {
			switch {
			case part&^d.WithoutDualCriminality == 0:
				valid = valid.With(GroundDualCriminality)
			case part&^(d.WithoutDualCriminality|d.dualOpen) == 0:
				partOpen = convention.SetOf(TestDualCriminality)
			}
		}
	}
	v.valid = valid
	if valid.IsEmpty() {
		// An invoked ground still open (pending) would, if the State found
		// it, give the response a footing; whether the response stands
		// without it is what the text decides where it is not found. The
		// outcome waits on the open facts only where the two differ.
		open := pending(*d, inv.Intersect(allowed)).Union(partOpen)
		if !open.IsEmpty() {
			w, dd := *v, *d
			w.d = &dd
			w.groundless(inv, resp.Action, lift)
			if w.undetermined || dd.Violations != d.Violations {
				v.open(open)
			} else {
				v.groundless(inv, resp.Action, lift)
			}
		} else {
			v.groundless(inv, resp.Action, lift)
		}
	}
	if resp.Action == ActionRefuse {
		// MLA art., para. 24: "Reasons shall be given for any refusal".
		if !resp.Reasons {
			v.mlaRule(ViolationNoReasons)
		}
		// MLA art., para. 27: "Before refusing a request pursuant to
		// paragraph 22 ... shall consult".
		if !resp.Consulted && !inv.Intersect(para22Grounds).IsEmpty() {
			v.mlaRule(ViolationNoConsultation)
		}
		return
	}
	// Para. 8: "Before lifting any provisional measure ... shall, wherever
	// possible, give the requesting State Party an opportunity to present
	// its reasons in favour of continuing the measure."
	if !resp.Opportunity {
		switch decide.Test(&d.Result, TestOpportunityPossible, in.opportunity) {
		case yes:
			v.violate(ViolationNoOpportunity)
		case unassessed:
			v.open(convention.SetOf(TestOpportunityPossible))
		}
	}
}

var lawfulCite = [numActions]convention.Citation{
	ActionObtainOrder:  point(1, 'a'),
	ActionEnforceOrder: point(1, 'b'),
	ActionFreeze:       para(2),
	ActionConditions:   convention.Cite(convention.ArtMLA, 27),
	ActionPostpone:     convention.Cite(convention.ArtMLA, 26),
	ActionRefuse:       para(7),
	ActionLift:         para(8),
}

// review is Review without validation or what-ifs.
func (in *inputs) review(md *mla.Decision, resp Response) Decision {
	d, s := in.assess(md)
	d.Name = "review"
	if d.Outcome == convention.NotApplicable {
		// Out of scope: the article imposes nothing to review.
		d.Needed = Set{}
		return d
	}
	d.Violations = Set{}
	v := reviewer{d: &d, s: s}
	inv := resp.Grounds
	if resp.Action == ActionRefuse || resp.Action == ActionLift {
		// MLA art., para. 8, under either regime: "shall not decline ... on
		// the ground of bank secrecy".
		if inv.Has(GroundBankSecrecy) {
			v.violate(ViolationBankSecrecy)
		}
		// Para. 6: for a State that "elects to make the taking of the
		// measures ... conditional on the existence of a relevant treaty",
		// the Convention is "the necessary and sufficient treaty basis".
		// For a State that does not, the want of a treaty is simply no
		// ground: the refusal is reviewed as resting on none (paras. 1, 2).
		if inv.Has(GroundNoTreaty) && d.Barred.Has(GroundNoTreaty) {
			v.violate(ViolationNoTreaty)
		}
	}
	switch resp.Action {
	case ActionObtainOrder:
		v.route(TestRouteObtain, obtainFacts)
	case ActionEnforceOrder:
		v.route(TestRouteEnforce, enforceFacts)
	case ActionFreeze:
		v.route(TestRouteFreeze, freezeFacts)
	case ActionRefuse, ActionLift:
		v.decline(in, resp)
	case ActionPostpone:
		// MLA art., para. 26: "on the ground that it interferes with an
		// ongoing investigation, prosecution or other proceeding"; para.
		// 27: "Before ... postponing its execution ... shall consult".
		if v.mlaAction() {
			if !d.Available.Has(GroundPostpone) {
				if d.Open.Has(TestInterferes) {
					v.open(convention.SetOf(TestInterferes))
				} else {
					v.violate(ViolationPostponeNoGround)
				}
			}
			if !resp.Consulted {
				v.violate(ViolationNoConsultation)
			}
		}
	case ActionConditions:
		// MLA art., para. 27: conditions are what a State that could refuse
		// or postpone may offer instead; the requesting State that accepts
		// them "shall comply with the conditions".
		if v.mlaAction() {
			d.Duties = d.Duties.With(DutyComplyConditions)
			gs := refusalGrounds.With(GroundPostpone)
			if d.Available.Intersect(gs).IsEmpty() {
				if open := pending(d, gs); !open.IsEmpty() {
					v.open(open)
				} else {
					v.violate(ViolationConditionsNoGround)
				}
			}
		}
	}
	// MLA art., para. 21: "it shall promptly inform the requesting State
	// Party".
	if d.Duties.Has(DutyInformConfidentiality) && !resp.InformedConfidentiality {
		v.mlaRule(ViolationConfidentiality)
	}
	// Whether the article reaches the case at all.
	if !d.Violations.IsEmpty() && (s.juris == unassessed || s.para1 && !s.para2 && s.terr == unassessed) {
		d.Violations = Set{}
		v.open(d.Needed.Intersect(convention.SetOf(TestJurisdiction, TestJurisdictionMeasures, TestInTerritory)))
	}
	d.Needed = v.need
	switch {
	case !d.Violations.IsEmpty():
		d.Outcome, d.Cite = convention.Unlawful, firstCite(d.Violations)
	case v.undetermined:
		d.Outcome, d.Cite = convention.Undetermined, lawfulCite[resp.Action%numActions]
		if !v.need.IsEmpty() {
			d.Cite = firstCite(v.need)
		}
	case v.treaty:
		d.Outcome, d.Cite = convention.NotApplicable, convention.Cite(convention.ArtMLA, 9)
	case !v.valid.IsEmpty():
		// A refusal or lifting rests on the first ground it invokes that
		// is available (for lifting, one that allows lifting).
		d.Outcome, d.Cite = convention.Lawful, firstCite(v.valid)
	case resp.Action == ActionRefuse && d.Outcome == convention.NoObligation:
		// A refusal where no obligation arises (para. 4: no route open).
		d.Outcome = convention.Lawful
	default:
		d.Outcome, d.Cite = convention.Lawful, lawfulCite[resp.Action%numActions]
	}
	return d
}

// setMLA sets the judgement of the MLA art. that mirrored test t reads, on
// copies of the MLA profile and facts; lang is the request's language. The
// judgements held per offence (MLA art., para. 10) are set by
// Prepared.vary.
func setMLA(p *mla.Profile, f *mla.Facts, lang convention.Languages, t Term, j judgement) {
	switch t {
	case TestDiscrimination:
		f.Discrimination.Belief = j
	case TestTreatyBound:
		p.Treaty = j
	case TestArticleInLieu:
		p.ArticleInLieu = j
	case TestBankSecrecy:
		f.BankSecrecy = j
	case TestDeMinimis:
		f.DeMinimis = j
	case TestOtherProvisions:
		f.OtherProvisions = j
	case TestLanguage:
		p.Languages = notifiedFor(lang, j)
	case TestAuthenticity:
		f.Authenticity = j
	case TestMoreInformation:
		f.MoreInformation = j
	case TestProcedureLawful:
		f.ProcedureLawful = j
	case TestProcedurePossible:
		f.ProcedurePossible = j
	case TestCanKeepConfidential:
		f.CanKeepConfidential = j
	case TestEssentialInterests:
		f.EssentialInterests = j
	case TestDomesticProhibition:
		f.DomesticProhibition = j
	case TestDisproportionate:
		f.Disproportionate = j
	case TestLegalSystem:
		f.ContraryToLegalSystem = j
	case TestFiscal:
		f.Fiscal = j
	case TestInterferes:
		f.InterferesOngoing = j
	case TestCostsAgreed:
		f.CostsAgreedOtherwise = j
	case TestSubstantialCosts:
		f.SubstantialCosts = j
	}
}

// notifiedFor returns a notification of languages under which the request,
// in lang, is acceptable (j yes) or not (j no), for what-ifs on MLA art.,
// para. 15.
func notifiedFor(lang convention.Languages, j judgement) []language.Tag {
	switch j {
	case yes:
		if lang.Original != language.Und {
			return []language.Tag{lang.Original}
		}
		return lang.Translations
	case no:
		for _, other := range []language.Tag{language.English, language.French, language.Japanese} {
			if lang.Acceptable([]language.Tag{other}) == no {
				return []language.Tag{other}
			}
		}
	}
	return nil
}

// Review checks a proposed response to a request against the article and
// the MLA art. applied mutatis mutandis, and reports whether it is lawful,
// with each violation cited:
//
//   - acting by a route the requested State's domestic law does not
//     provide for (para. 4): obtaining an order without the capacity of
//     Recovery art., para. 1(b) or (c), giving effect to the order without
//     that of para. 1(a), freezing or seizing without that of para. 2(a) or
//     (b). Either route of para. 1 that is open is lawful: the library
//     prefers neither;
//   - refusing cooperation with no available ground where the duty of
//     para. 1 (a route open, the property in the territory) or para. 2
//     stands, or lifting a provisional measure with no available ground
//     (paras. 1, 2, 7); declining for want of a treaty (para. 6) or on the
//     ground of bank secrecy (MLA art., para. 8); refusing on the sole
//     ground of fiscal matters (MLA art., para. 23);
//   - lifting a provisional measure without first giving the requesting
//     State, where possible, an opportunity to present its reasons for
//     continuing it (para. 8);
//   - refusing without reasons (MLA art., para. 24), or on a ground of MLA
//     art., para. 22 without prior consultation (para. 27); postponing
//     without interference with ongoing proceedings, or without
//     consultation (paras. 26, 27); conditions with no ground of refusal or
//     postponement (para. 27); not informing that confidentiality cannot be
//     kept (para. 21).
//
// A refusal or lifting is lawful if at least one invoked ground is
// available (for lifting, a ground of refusal or the requirement of
// domestic law, para. 4) and the procedural duties are met.
//
// Outcomes: Lawful; Unlawful with Violations; Undetermined when
// lawfulness turns on an unassessed judgement (Needed then holds just the
// facts it turns on, with what each would change); NotApplicable citing
// para. 1 or 2 when the request is outside the article's scope, or citing
// MLA art., para. 9 when the response rests only on matters (the grounds
// of MLA art., paras. 10 and 22, fiscal matters, postponement, conditions)
// that a treaty governs in place of MLA art., paras. 10 to 30; or citing
// para. 3 when the request is not made pursuant to the article.
//
// A refusal in part (Response.Offences) is lawful on para. 7's first
// ground when every offence it names is one the ground reaches
// (Decision.NotEstablished); a refusal of the request as a whole rests on
// that ground only when no offence of the request is established under
// the Convention. The same holds of absence of dual criminality (MLA art.,
// para. 10, mutatis mutandis, where paragraphs 10 to 30 govern): a refusal
// in part rests on it when every offence it names is one whose conduct is
// not criminal in the requested State (Decision.WithoutDualCriminality); a
// refusal of the whole request rests on it only when that is every
// offence.
//
// The error is only the Problems of Prepare (input the library cannot
// decide on), of f.Validate (fields prefixed "Facts."), of resp.Validate
// and of the response's consistency with the request (fields prefixed
// "Response."): an order given effect that the request does not carry,
// provisional measures the request does not seek, offences it does not
// name.
func Review(r Request, p Profile, f Facts, resp Response) (Decision, error) {
	pr, err := Prepare(r, p)
	ps := f.problems(len(r.Offences)).Prefixed("Facts.")
	ps = append(ps, responseProblems(&r, resp).Prefixed("Response.")...)
	if len(ps) > 0 || err != nil {
		return Decision{}, merge(append(convention.AsProblems(err), ps...), nil).Err()
	}
	return pr.review(&f, resp)
}

// responseProblems checks the response and its consistency with the
// request; fields are relative to the Response.
func responseProblems(r *Request, resp Response) convention.Problems {
	if rules.Passes(resp, responseChecks) && rules.Passes(exchange{r.Kinds, len(r.Offences), resp}, exchangeChecks) {
		return nil
	}
	ps := rules.Run(resp, responseChecks)
	ps = append(ps, rules.Run(exchange{r.Kinds, len(r.Offences), resp}, exchangeChecks)...)
	ps.Sort()
	return ps
}

// Review decides whether resp is a lawful response to the prepared request
// on the judgements f, as [Review] does. The error is only the Problems of
// f (Facts.Validate, and judgements on more offences than the request
// names; fields prefixed "Facts."), of resp.Validate and of the response's
// consistency with the request (fields prefixed "Response.").
func (pr *Prepared) Review(f Facts, resp Response) (Decision, error) {
	ps := f.problems(len(pr.r.Offences)).Prefixed("Facts.")
	if qs := responseProblems(&pr.r, resp); len(qs) > 0 {
		ps = append(ps, qs.Prefixed("Response.")...)
	}
	if len(ps) > 0 {
		return Decision{}, merge(ps, nil).Err()
	}
	if !pr.ok {
		return Decision{}, nil
	}
	return pr.review(&f, resp)
}

// review decides as assess does, on a valid response resp.
func (pr *Prepared) review(f *Facts, resp Response) (Decision, error) {
	md, err := pr.mla.Assess(f.Facts)
	if err != nil {
		return Decision{}, err
	}
	in := pr.inputs(f)
	d := in.review(&md, resp)
	pr.label(&d, f)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome {
			c, md2, ok := pr.vary(in, f, &md, t, j)
			if !ok {
				return convention.Undetermined
			}
			return c.review(&md2, resp).Outcome
		})
	}
	return d, nil
}
