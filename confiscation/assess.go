package confiscation

import (
	"encoding/json"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/mla"
)

// judgement abbreviates convention.Judgement inside the package.
type judgement = convention.Judgement

const (
	unassessed = convention.Unassessed
	yes        = convention.Yes
	no         = convention.No
)

// Decision is the result of one of the package's decisions: the shared
// convention.Result over [Term] (outcome, citation, tests, grounds
// available and barred, duties, violations, facts needed), plus the regime
// of MLA art., para. 9 and the routes the requested State's domestic law
// opens.
//
// A Decision holds no pointers into its inputs; building one allocates
// nothing. Explain and String render it on demand. The zero Decision has
// OutcomeUnknown: nothing was decided.
type Decision struct {
	convention.Result[Term]
	// Regime is the regime governing the matters of MLA art., paras. 10 to
	// 30 (para. 9); RegimeUnknown when it could not be told.
	Regime mla.Regime
	// Routes are the ways the requested State's domestic law opens to act
	// on the request (paras. 1, 2, 4; Recovery art.). Where both
	// RouteObtainOrder and RouteEnforceOrder are open, the choice between
	// para. 1(a) and 1(b) is the requested State's: the library makes none.
	Routes Routes
	// Kinds are the kinds of cooperation the request seeks.
	Kinds Kinds
	// Conduct is the conduct compared for dual criminality (MLA art., para.
	// 10), kept for the explanation.
	Conduct string
	// Name labels the decision in its explanation ("assessment", "review").
	Name string

	// disc is the requested State's judgement under Cooperation art.,
	// para. 3, kept for the explanation's note on the grounds it names.
	disc convention.DiscriminationFacts
	// value is the comparison of the property's estimated value with the
	// State's de minimis threshold, and judged the State's own judgement
	// (para. 7), kept for the explanation.
	value  valuation
	judged judgement
}

// RefusalGrounds returns the available grounds on which a refusal may rest.
func (d Decision) RefusalGrounds() Set { return d.Available.Intersect(refusalGrounds) }

// LiftGrounds returns the available grounds on which a provisional measure
// may be lifted (paras. 4, 7).
func (d Decision) LiftGrounds() Set { return d.Available.Intersect(liftGrounds) }

// Explain renders the decision as data, with notes on the MLA art. applied
// mutatis mutandis, the regime, the routes open and dual criminality.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = d.Name
	if d.Regime == mla.RegimeTreaty {
		e.Notes = append(e.Notes, "the States are bound by a treaty of mutual legal assistance and have not agreed otherwise: "+
			"the treaty's corresponding provisions govern in place of MLA art., paragraphs 10 to 30, which were not applied (MLA art., para. 9; Confiscation art., para. 4)")
	}
	if !d.Routes.IsEmpty() {
		n := "routes open under the requested State's domestic law: " + d.Routes.String()
		if d.Routes.Has(RouteObtainOrder) && d.Routes.Has(RouteEnforceOrder) {
			n += "; the choice between paragraph 1(a) and paragraph 1(b) is the requested State's"
		}
		e.Notes = append(e.Notes, n)
	}
	if n := d.disc.Note(); n != "" && d.Asked.Has(TestDiscrimination) {
		e.Notes = append(e.Notes, n)
	}
	if d.Kinds.Has(KindProvisional) && !d.RefusalGrounds().Minus(liftGrounds).IsEmpty() {
		e.Notes = append(e.Notes, "the grounds of refusal available are not all grounds for lifting a provisional measure already taken: "+
			"only insufficient or untimely evidence and a de minimis value lift one (Confiscation art., para. 7), "+
			"besides a requirement of domestic law or of a treaty (para. 4), Cooperation art., para. 3 and para. 9")
	}
	if d.Available.Has(GroundDualCriminality) {
		e.Notes = append(e.Notes, "absent dual criminality the requested State may nonetheless cooperate, to the extent it decides at its discretion (MLA art., para. 10)")
	}
	if n := d.deMinimisNote(); n != "" {
		name := TestDeMinimisValue.Describe().Name
		for i := range e.Steps {
			if e.Steps[i].Name == name {
				e.Steps[i].Note = n
			}
		}
	}
	if d.Asked.Has(TestDualCriminality) && d.Conduct != "" {
		name := TestDualCriminality.Describe().Name
		for i := range e.Steps {
			if e.Steps[i].Name == name {
				e.Steps[i].Note = "conduct compared: " + strconv.Quote(d.Conduct) + "; offence names not compared"
			}
		}
	}
	return e
}

// deMinimisNote says how para. 7's question on the value was answered:
// by the State's own judgement, or by its threshold; "" with no threshold.
func (d Decision) deMinimisNote() string {
	v := d.value
	if v.threshold.IsZero() {
		return ""
	}
	th := v.threshold.String()
	var n string
	switch {
	case v.valued == 0:
		n = "no estimated value is stated to compare with the de minimis threshold " + th
	case v.below == yes:
		n = "the total estimated value, " + v.total().String() + ", is below the de minimis threshold " + th
	case v.below == no:
		n = "the total estimated value, " + v.total().String() + ", is not below the de minimis threshold " + th + " (a value equal to it is not below it)"
	default:
		n = "the estimated values stated total " + v.total().String() + ", below the de minimis threshold " + th +
			", but " + strconv.Itoa(v.unvalued) + " item(s) have no stated value"
	}
	if d.judged == yes || d.judged == no {
		return "the requested State's own judgement, which prevails over its threshold; " + n
	}
	return "by the requested State's threshold: " + n
}

// String renders Explain as a lawyer reads it.
func (d Decision) String() string { return d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }

// inputs flattens a request, profile and facts into what the article's own
// rules read, so that ResolveNeeded can set any one of them.
type inputs struct {
	kinds                             Kinds
	established, provOrder, condition bool
	juris, terr, ncb                  judgement
	capacity                          Capacity
	sufficient, timely, deMinimis     judgement
	thirdParties, lift, opportunity   judgement
	// disc is the requested State's belief under Cooperation art., para.
	// 3 (convention.NoObligationArises).
	disc judgement
}

// newInputs reads the request, profile and judgements; v is the
// comparison of the property's value with the State's de minimis
// threshold, which answers para. 7's question while the State's own
// judgement is unassessed.
func newInputs(r Request, p Profile, f Facts, v valuation) inputs {
	deMinimis := f.DeMinimisValue
	if deMinimis == unassessed {
		deMinimis = v.below
	}
	return inputs{
		kinds:       r.Kinds,
		established: r.Offence.EstablishedUnderConvention(),
		provOrder:   r.ProvisionalOrder.freezing(),
		condition:   p.TreatyCondition,
		juris:       f.Jurisdiction, terr: f.InTerritory, ncb: r.Basis.WithoutConviction(),
		capacity:   p.Capacity,
		sufficient: f.SufficientEvidence, timely: f.TimelyEvidence, deMinimis: deMinimis,
		thirdParties: f.ThirdPartyRights, lift: f.LiftRequired, opportunity: f.OpportunityPossible,
		disc: convention.NoObligationArises(f.Discrimination),
	}
}

// set overrides the input that test t reads; used to resolve what an
// unassessed fact would change.
func (in *inputs) set(t Term, j judgement) {
	switch t {
	case TestJurisdiction, TestJurisdictionMeasures:
		in.juris = j
	case TestInTerritory:
		in.terr = j
	case TestWithoutConviction:
		in.ncb = j
	case TestEnforceForeign:
		in.capacity.EnforceForeign = j
	case TestOrderDomestic:
		in.capacity.OrderDomestic = j
	case TestNonConvictionCapacity:
		in.capacity.WithoutConviction = j
	case TestFreezeOnOrder:
		in.capacity.FreezeOnOrder = j
	case TestFreezeOnRequest:
		in.capacity.FreezeOnRequest = j
	case TestPreserveOther:
		in.capacity.PreserveOther = j
	case TestSufficientEvidence:
		in.sufficient = j
	case TestTimelyEvidence:
		in.timely = j
	case TestDeMinimisValue:
		in.deMinimis = j
	case TestThirdPartyRights:
		in.thirdParties = j
	case TestLiftRequired:
		in.lift = j
	case TestOpportunityPossible:
		in.opportunity = j
	case TestDiscrimination:
		in.disc = j
	}
}

// summary is what the article's own rules found, as the outcome reads it.
type summary struct {
	para1, para2 bool
	juris, terr  judgement
	// confiscate is whether a route of para. 1 is open.
	confiscate judgement
	// openGround holds the unassessed tests that could make a ground of
	// para. 7 or 9 or of Cooperation art., para. 3 available: grounds that
	// hold under every regime of MLA art., para. 9.
	openGround Set
}

// recoveryDuties are the duties of the Recovery art. a request can show
// unmet. They arise "with respect to property acquired through or involved
// in the commission of an offence established in accordance with this
// Convention" (Recovery art., para. 1) and for property "eventually ...
// subject to an order of confiscation for purposes of paragraph 1(a)"
// (para. 2(a), (b)), upon a request under Confiscation art., para. 2 (para.
// 2, chapeau).
var recoveryDuties = convention.SetOf(DutyEnableEnforcement, DutyEnableOrder, DutyEnableNonConviction,
	DutyEnableFreezeOnOrder, DutyEnableFreezeOnRequest, DutyConsiderPreservation)

// scopeDuties are the duties that arise only within the article's scope.
var scopeDuties = convention.SetOf(DutyConfiscate, DutyIdentifyTrace, DutyFreezeSeize, DutyOpportunity).Union(recoveryDuties)

// groundIf records test t answered j and, when j is when, makes ground g
// available; an unassessed answer is needed.
func groundIf(r *convention.Result[Term], t Term, j, when judgement, g Term) judgement {
	if decide.Need(r, t, decide.Test(r, t, j)) == when {
		r.Available = r.Available.With(g)
	}
	return j
}

// capacityTest records a capacity test and, where the capacity is lacking,
// the duty of the Recovery art. to create it.
func capacityTest(r *convention.Result[Term], t Term, j judgement, lacking Term) judgement {
	if decide.Test(r, t, j) == no {
		r.Duties = r.Duties.With(lacking)
	}
	return j
}

// confiscation applies para. 1 with the Recovery art., para. 1: route (a)
// needs the capacity to order confiscation (Recovery 1(b)), or, without a
// conviction, to confiscate without one (Recovery 1(c)); route (b) needs
// an order of the requesting State and the capacity to give effect to it
// (Recovery 1(a)). It returns whether some route is open.
func (in *inputs) confiscation(r *convention.Result[Term], routes *Routes) judgement {
	ncb := decide.Test(r, TestWithoutConviction, in.ncb)
	od, nc := no, no
	if ncb != yes {
		od = capacityTest(r, TestOrderDomestic, in.capacity.OrderDomestic, DutyEnableOrder)
	}
	if ncb != no {
		nc = capacityTest(r, TestNonConvictionCapacity, in.capacity.WithoutConviction, DutyEnableNonConviction)
	}
	a := od
	switch {
	case ncb == yes:
		a = nc
	case ncb == unassessed && od != nc:
		a = unassessed
	}
	if decide.Test(r, TestRouteObtain, a) == unassessed {
		decide.Need(r, TestWithoutConviction, ncb)
		decide.Need(r, TestOrderDomestic, r.Answer(TestOrderDomestic))
		decide.Need(r, TestNonConvictionCapacity, r.Answer(TestNonConvictionCapacity))
	}
	if a == yes {
		*routes = routes.With(RouteObtainOrder)
	}
	b := no
	if in.kinds.Has(KindEnforceOrder) {
		b = decide.Need(r, TestEnforceForeign, capacityTest(r, TestEnforceForeign, in.capacity.EnforceForeign, DutyEnableEnforcement))
		if decide.Test(r, TestRouteEnforce, b) == yes {
			*routes = routes.With(RouteEnforceOrder)
		}
	}
	return a.Or(b)
}

// measures applies para. 2 with the Recovery art., para. 2: identifying and
// tracing are always owed; freezing or seizure needs the capacity to act
// upon the requesting State's order (Recovery 2(a)), where the request
// rests on one, or upon a request (Recovery 2(b)). It returns whether
// freezing or seizure is open.
func (in *inputs) measures(r *convention.Result[Term], routes *Routes) judgement {
	r.Duties = r.Duties.With(DutyIdentifyTrace)
	*routes = routes.With(RouteIdentifyTrace)
	fo := no
	if decide.TestBool(r, TestProvisionalOrder, in.provOrder) {
		fo = capacityTest(r, TestFreezeOnOrder, in.capacity.FreezeOnOrder, DutyEnableFreezeOnOrder)
		if fo == yes {
			*routes = routes.With(RouteFreezeOnOrder)
		}
	}
	fr := capacityTest(r, TestFreezeOnRequest, in.capacity.FreezeOnRequest, DutyEnableFreezeOnRequest)
	if fr == yes {
		*routes = routes.With(RouteFreezeOnRequest)
	}
	freeze := decide.Test(r, TestRouteFreeze, fo.Or(fr))
	switch freeze {
	case yes:
		r.Duties = r.Duties.With(DutyFreezeSeize)
	case unassessed:
		decide.Need(r, TestFreezeOnOrder, r.Answer(TestFreezeOnOrder))
		decide.Need(r, TestFreezeOnRequest, fr)
	}
	// Recovery art., para. 2(c): "Consider taking additional measures to
	// permit its competent authorities to preserve property for
	// confiscation": a duty to consider, owed on every request under para.
	// 2 whatever the freezing routes; the measures the State has taken are
	// recorded.
	decide.Test(r, TestPreserveOther, in.capacity.PreserveOther)
	r.Duties = r.Duties.With(DutyConsiderPreservation)
	if freeze != no {
		r.Duties = r.Duties.With(DutyOpportunity)
	}
	// Para. 4: domestic law may require the measure to be lifted; an
	// optional course, needed only when lifting is reviewed.
	if decide.Test(r, TestLiftRequired, in.lift) == yes {
		r.Available = r.Available.With(GroundLiftRequired)
	}
	return freeze
}

// own applies the Recovery and Confiscation arts. and records their tests,
// grounds and duties in r.
func (in *inputs) own(r *convention.Result[Term], routes *Routes) summary {
	s := summary{para1: in.kinds.Confiscation(), para2: in.kinds.Has(KindProvisional), confiscate: no}
	if s.para1 {
		s.juris = decide.Need(r, TestJurisdiction, decide.Test(r, TestJurisdiction, in.juris))
		s.terr = decide.Need(r, TestInTerritory, decide.Test(r, TestInTerritory, in.terr))
		s.confiscate = in.confiscation(r, routes)
		if s.confiscate == yes && s.terr == yes {
			r.Duties = r.Duties.With(DutyConfiscate)
		}
	}
	if s.para2 {
		s.juris = decide.Need(r, TestJurisdictionMeasures, decide.Test(r, TestJurisdictionMeasures, in.juris))
		in.measures(r, routes)
	}
	if s.juris == no {
		// The duties of paras. 1, 2 and 8 arise on a request from a State
		// having jurisdiction over the offence.
		r.Duties = r.Duties.Minus(scopeDuties)
	}
	r.Duties = r.Duties.With(DutyDomesticLaw)
	// Para. 6: "shall consider this Convention the necessary and sufficient
	// treaty basis".
	if decide.TestBool(r, TestTreatyCondition, in.condition) {
		r.Duties = r.Duties.With(DutyTreatyBasis)
		r.Barred = r.Barred.With(GroundNoTreaty)
	}
	// Para. 7: "may be refused ... if the offence ... is not an offence
	// established under this Convention".
	if !decide.TestBool(r, TestEstablished, in.established) {
		r.Available = r.Available.With(GroundNotEstablished)
		// Recovery art., para. 1: "with respect to property acquired
		// through or involved in the commission of an offence established
		// in accordance with this Convention".
		r.Duties = r.Duties.Minus(recoveryDuties)
	}
	// Para. 7: "if the requested State Party did not receive sufficient and
	// timely evidence".
	evidence := decide.Need(r, TestSufficientEvidence, decide.Test(r, TestSufficientEvidence, in.sufficient)).
		And(decide.Need(r, TestTimelyEvidence, decide.Test(r, TestTimelyEvidence, in.timely)))
	if evidence == no {
		r.Available = r.Available.With(GroundEvidence)
	}
	// Para. 7: "if the property is of a de minimis value".
	deMinimis := groundIf(r, TestDeMinimisValue, in.deMinimis, yes, GroundDeMinimisValue)
	// Para. 9: "shall not be construed to prejudice the rights of bona fide
	// third parties".
	third := groundIf(r, TestThirdPartyRights, in.thirdParties, yes, GroundThirdParties)
	// Cooperation art., para. 3, under every regime: "Nothing in this
	// Convention shall be interpreted as imposing an obligation ... to
	// provide assistance if the requested State Party has substantial
	// grounds for believing". The MLA art.'s assessment records the test
	// and the ground; an unassessed belief is open here whatever the
	// regime.
	if evidence == unassessed {
		s.openGround = s.openGround.Union(convention.SetOf(TestSufficientEvidence, TestTimelyEvidence).Intersect(r.Open))
	}
	if deMinimis == unassessed {
		s.openGround = s.openGround.With(TestDeMinimisValue)
	}
	if third == unassessed {
		s.openGround = s.openGround.With(TestThirdPartyRights)
	}
	if in.disc == unassessed {
		s.openGround = s.openGround.With(TestDiscrimination)
		r.Needed = r.Needed.With(TestDiscrimination)
	}
	return s
}

// mlaGroundTests are the tests of MLA art., paras. 10 and 22 whose open
// answer could make one of their grounds of refusal available.
var mlaGroundTests = convention.SetOf(
	TestDualCriminality, TestDeMinimis, TestOtherProvisions,
	TestConformity, TestLanguage, TestAuthenticity,
	TestEssentialInterests, TestDomesticProhibition, TestDisproportionate, TestLegalSystem,
)

// outcome combines the article's own findings with the grounds available
// and the facts needed (the MLA art.'s among them, as absorbed) into the
// assessment's outcome. The grounds of MLA art., paras. 10 and 22 count
// only where those paragraphs govern (para. 9): where the regime is
// unknown, an available or open MLA ground leaves the outcome undetermined,
// and the regime matters to the outcome only then. An unassessed fact
// makes the outcome Undetermined only where it could change it.
func (s summary) outcome(avail, needed Set, regime mla.Regime) (convention.Outcome, convention.Citation) {
	scope := para(2)
	if s.para1 {
		scope = para(1)
	}
	onlyPara1 := s.para1 && !s.para2
	switch {
	case s.juris == no:
		return convention.NotApplicable, scope
	case onlyPara1 && s.terr == no:
		return convention.NotApplicable, para(1)
	case s.juris == unassessed || onlyPara1 && s.terr == unassessed:
		return convention.Undetermined, scope
	}
	if own := avail.Intersect(ownRefusal); !own.IsEmpty() {
		return convention.MayRefuse, firstCite(own)
	}
	var mlaAvail, mlaOpen Set
	if regime != mla.RegimeTreaty {
		mlaAvail, mlaOpen = avail.Intersect(mlaRefusal), needed.Intersect(mlaGroundTests)
	}
	switch {
	case !mlaAvail.IsEmpty() && regime == mla.RegimeArticle:
		return convention.MayRefuse, firstCite(mlaAvail)
	case !mlaAvail.IsEmpty():
		return convention.Undetermined, convention.Cite(convention.ArtMLA, 9)
	case !s.openGround.IsEmpty():
		return convention.Undetermined, firstCite(s.openGround)
	case !mlaOpen.IsEmpty():
		return convention.Undetermined, firstCite(mlaOpen)
	case s.para1 && s.terr == yes && s.confiscate == yes:
		return convention.Obliged, para(1)
	case s.para2:
		return convention.Obliged, para(2)
	case s.terr == unassessed || s.confiscate == unassessed:
		return convention.Undetermined, para(1)
	}
	return convention.NoObligation, para(4)
}

// firstCite returns the earliest citation among the members of s.
func firstCite(s Set) convention.Citation {
	t, _ := s.First()
	return t.Describe().Cite
}

// translate returns the mirrors of the members of s that the package
// mirrors; the MLA art.'s own scope terms (paras. 1-4) are dropped, the
// article's scope taking their place.
func translate(s mla.Set) Set {
	var out Set
	for m := range s.All() {
		if t := fromMLA[m]; t != TermUnknown {
			out = out.With(t)
		}
	}
	return out
}

// absorb copies the MLA art.'s findings into d.
func absorb(d *Decision, md mla.Decision) {
	r := &d.Result
	r.Asked, r.Held, r.Open = translate(md.Asked), translate(md.Held), translate(md.Open)
	r.Available, r.Barred, r.Duties = translate(md.Available), translate(md.Barred), translate(md.Duties)
	r.Needed = translate(md.Needed)
	d.Regime = md.Regime
}

// assess is Assess without validation or what-ifs; md is the MLA art.'s
// assessment of the request.
func (in *inputs) assess(md mla.Decision) (Decision, summary) {
	d := Decision{Name: "assessment", Kinds: in.kinds}
	absorb(&d, md)
	r := &d.Result
	s := in.own(r, &d.Routes)
	// MLA art., para. 24, mutatis mutandis: reasons for any refusal, on
	// the article's grounds too.
	if d.Regime != mla.RegimeTreaty && !d.RefusalGrounds().IsEmpty() {
		r.Duties = r.Duties.With(DutyReasons)
	}
	r.Outcome, r.Cite = s.outcome(r.Available, r.Needed, d.Regime)
	return d, s
}

// assessMLA assesses the request under the MLA art., applied mutatis
// mutandis. The article's own scope (paras. 1, 2 and 7) takes the place of
// the MLA art.'s (paras. 1, 2 and 4): the offence is put to the MLA art.
// as one within its scope, and whether it is established under the
// Convention is tested under para. 7.
func assessMLA(r Request, p Profile, f Facts) (mla.Decision, error) {
	pr, err := prepareMLA(r, p)
	if err != nil {
		return mla.Decision{}, err
	}
	return pr.Assess(f.Facts)
}

// prepareMLA validates the request under the MLA art. once (mla.Prepare)
// and reads it with the requested State's MLA profile.
func prepareMLA(r Request, p Profile) (mla.Prepared, error) {
	m := r.mlaRequest()
	if m.Offences[0].Established == "" {
		m.Offences[0].Established = "confiscation-article"
	}
	// mla.Prepare now decides a request that lacks an element of MLA art.,
	// para. 16 (para. 22(a)) instead of rejecting it; this package keeps
	// rejecting it until its owner decides otherwise.
	if err := m.Validate(); err != nil {
		return mla.Prepared{}, err
	}
	// The offence put to the MLA art. is this article's stand-in, which no
	// catalogue of the requested State declares.
	mp := p.Profile
	mp.Recognised = convention.Catalogue{}
	return mla.Prepare(m, mp)
}

// Assess assesses a request in the light of the requested State's profile
// and judgements, evaluating every ground without short-circuit.
//
// It reports, in the Decision:
//   - Scope (paras. 1, 2): a request from a State having jurisdiction over
//     the offence, for property situated in the requested State's
//     territory (para. 1; para. 2 has no such words, identifying and
//     tracing being how the property is found). NotApplicable when the
//     requesting State has no jurisdiction, or when only para. 1 is sought
//     and the property is not in the territory.
//   - Routes (paras. 1, 2, 4 with the Recovery art.): which ways the
//     requested State's domestic law opens, from its Capacity. The duty of
//     para. 1 is to pursue route (a) or route (b) "to the greatest extent
//     possible within its domestic legal system"; the choice between them
//     is the State's and is never made here. Identifying and tracing are
//     always owed under para. 2; freezing or seizure where its law allows
//     it. A capacity found lacking adds the Recovery art. duty to create it.
//   - Available grounds: para. 7 (offence not established under the
//     Convention; insufficient or untimely evidence; property of de minimis
//     value), para. 9 (prejudice to bona fide third parties), Cooperation
//     art., para. 3, and, where MLA art., paras. 10 to 30 govern, MLA art.,
//     paras. 10 and 22 (the MLA art.'s assessment, mla.Assess, applied
//     mutatis mutandis); the optional courses of MLA art., paras. 17 and
//     26, and the lifting of a provisional measure that domestic law
//     requires (para. 4).
//   - Barred grounds: bank secrecy (MLA art., para. 8), fiscal matters
//     (MLA art., para. 23) and, for a State that makes the measures
//     conditional on a treaty, the want of one (para. 6).
//   - Duties: act under domestic law and applicable treaties (para. 4);
//     consider the Convention the treaty basis (para. 6); before lifting a
//     provisional measure, give the requesting State, wherever possible, an
//     opportunity to argue for it (para. 8); reasons for any refusal and
//     consultation before refusing under MLA art., para. 22 (MLA art.,
//     paras. 24, 27); and the MLA art.'s duties of paras. 14-15, 18, 21, 25
//     and 29.
//
// Outcomes: MayRefuse (a refusal ground available; the choice is the
// requested State's), Obliged (to pursue the routes open; cites para. 1,
// or para. 2 for provisional measures only), NoObligation citing para. 4
// (a request under para. 1 that the requested State's domestic law gives
// it no route to act on; the duties of the Recovery art. say what it
// lacks), NotApplicable (out of scope), or Undetermined (jurisdiction,
// territory, the MLA regime, a route or a fact that could make a ground
// available is unassessed; Needed and the what-ifs say which). Where an
// MLA treaty governs, the MLA art.'s grounds are not applied (the
// explanation says so) and the outcome rests on the article's own rules.
// The error is only Prepare's: r.Validate's Problems, p.Validate's, and a
// value the State's de minimis threshold cannot be compared with.
func Assess(r Request, p Profile, f Facts) (Decision, error) {
	pr, err := Prepare(r, p)
	if err != nil {
		return Decision{}, err
	}
	return pr.Assess(f), nil
}
