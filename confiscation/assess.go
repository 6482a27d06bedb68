package confiscation

import (
	"encoding/json"
	"strconv"
	"strings"

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
// available and barred, duties, violations, facts needed), plus what the
// decision computes, in typed fields and, by the names below, in the
// explanation's Values (each with the paragraph it rests on):
//
//   - "legal_basis" (para. 3): the basis the request invokes, or "not
//     stated: decided as a request under the Convention"; Basis.
//   - "regime" (MLA art., para. 9): "article" or "treaty", where it could
//     be told; Regime.
//   - "kinds" (para. 3): the kinds of cooperation sought, as words; Kinds.
//   - "routes" (paras. 1, 2, 4): the routes the requested State's domestic
//     law opens, as words, comma-separated; Routes.
//   - "offences_established" (para. 7): with several offences, the indexes
//     (into Request.Offences, from 0, comma-separated) of those named as
//     established under the Convention; Established.
//   - "offences_not_established" (para. 7): the offences the ground of
//     para. 7's first sentence reaches; NotEstablished.
//   - "offences_without_dual_criminality" (MLA art., para. 10): the
//     offences whose conduct is not criminal in the requested State;
//     WithoutDualCriminality.
//   - "lacking_contents" (para. 3; MLA art., para. 16): the
//     sub-paragraphs whose contents the request lacks ("3(b), 16(c)");
//     Incomplete and Lacking.
//   - "property_value" (para. 3(a)), "de_minimis_threshold" and
//     "de_minimis" (para. 7): the total estimated value compared with the
//     requested State's threshold, the threshold, and the answer to "is the
//     property of a de minimis value" ("yes", "no", "unassessed");
//     "de_minimis_by" says who answered ("judgement": the State's own,
//     "threshold": its threshold); DeMinimis.
//
// A Decision holds no pointers into its inputs but the request's offences,
// kept read-only for the explanation; building one allocates nothing.
// Explain and String render it on demand. The zero Decision has
// OutcomeUnknown: nothing was decided.
type Decision struct {
	convention.Result[Term]
	// Basis is the legal basis the request invokes; its zero value states
	// none, and the request was decided as one under the Convention.
	Basis convention.LegalBasis
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
	// Established holds the offences of the request named as established
	// under the Convention; NotEstablished the others, which the ground of
	// para. 7 ("if the offence to which the request relates is not an
	// offence established under this Convention") reaches. The ground is
	// available for the whole request (Available) only when it reaches
	// every offence; otherwise it reaches a refusal in part
	// (Response.Offences) of those offences alone.
	Established, NotEstablished mla.OffenceSet
	// WithoutDualCriminality holds the offences whose conduct is not a
	// criminal offence in the requested State (MLA art., para. 10, mutatis
	// mutandis). As with NotEstablished, the ground is available for the
	// whole request (Available) only when it reaches every offence;
	// otherwise it reaches a refusal in part (Response.Offences) of those
	// offences alone, and the duties the others create stand.
	WithoutDualCriminality mla.OffenceSet
	// Incomplete holds the kinds of request whose contents under para.
	// 3(a), (b) or (c) the request lacks, by the sub-paragraph the missing
	// element falls under; Lacking the sub-paragraphs of MLA art., para. 16
	// it lacks (bit 0 for (a) to bit 5 for (f)). Either makes the request
	// "not made in conformity with the provisions of this article" (MLA
	// art., para. 22(a), mutatis mutandis) where paragraphs 10 to 30
	// govern.
	Incomplete Kinds
	Lacking    uint8
	// DeMinimis is the comparison of the property's estimated value with
	// the requested State's de minimis threshold (para. 7).
	DeMinimis Valuation
	// Name labels the decision in its explanation ("assessment", "review").
	Name string

	// dualOpen holds the offences whose conduct is not yet characterised
	// in the requested State (MLA art., para. 10).
	dualOpen mla.OffenceSet
	// notPursuant: the request invokes no basis under the Convention.
	notPursuant bool
	// offences are the request's offences, for the explanation.
	offences convention.Offences
	// disc is the requested State's judgement under Cooperation art.,
	// para. 3, kept for the explanation's note on the grounds it names.
	disc convention.DiscriminationFacts
}

// Valuation is the comparison of the total estimated value of the
// property a request concerns with the requested State's de minimis
// threshold (para. 7), as a decision records it. The zero Valuation
// compared nothing.
type Valuation struct {
	// Threshold is the State's threshold; zero when it sets none.
	Threshold convention.Money
	// Total is the total of the values stated, in the threshold's
	// currency; zero when nothing was compared.
	Total convention.Money
	// Valued and Unvalued count the items with and without a stated value.
	Valued, Unvalued int
	// Below is Yes when the total is below the threshold, No when it is
	// not (a total equal to it is not below it), Unassessed when there is
	// no threshold or no value, or items without a value leave it open.
	Below convention.Judgement
	// Judged is the requested State's own judgement (Facts.DeMinimisValue),
	// which prevails over the threshold once assessed.
	Judged convention.Judgement
}

// Answer returns the answer to para. 7's question "is the property of a de
// minimis value": the State's own judgement, once assessed, else its
// threshold's.
func (v Valuation) Answer() convention.Judgement {
	if v.Judged != unassessed {
		return v.Judged
	}
	return v.Below
}

// Explain renders the comparison as a decision on para. 7's question "is
// the property of a de minimis value": Satisfied when it is (the State's
// own judgement, or, while it is unassessed, a total below the threshold),
// NotSatisfied when it is not, Undetermined while neither answers; citing
// para. 7, with the values "de_minimis_threshold", "property_value",
// "de_minimis" and "de_minimis_by" and a note saying how it was answered.
func (v Valuation) Explain() convention.Explanation {
	d := Decision{Name: "de minimis value", DeMinimis: v}
	d.Cite = para(7)
	switch v.Answer() {
	case yes:
		d.Outcome = convention.Satisfied
	case no:
		d.Outcome = convention.NotSatisfied
	default:
		d.Outcome = convention.Undetermined
	}
	decide.Test(&d.Result, TestDeMinimisValue, v.Answer())
	e := d.Result.Explain()
	e.Decision = d.Name
	d.explainValue(&e)
	return e
}

// String renders Explain as a lawyer reads it.
func (v Valuation) String() string { return v.Explain().String() }

// RefusalGrounds returns the available grounds on which a refusal may rest.
func (d Decision) RefusalGrounds() Set { return d.Available.Intersect(refusalGrounds) }

// LiftGrounds returns the available grounds on which a provisional measure
// may be lifted (paras. 4, 7).
func (d Decision) LiftGrounds() Set { return d.Available.Intersect(liftGrounds) }

// LacksContents reports whether the request lacks an element of the
// sub-paragraph c cites: para. 3(a), (b) or (c), or MLA art., para.
// 16(a)-(f).
func (d Decision) LacksContents(c convention.Citation) bool {
	l := c.PointLetter()
	switch {
	case c.Article() == convention.ArtConfiscation && c.Para() == 3 && l >= 'a' && l <= 'c':
		return d.Incomplete.Has(Kind(l - 'a' + 1))
	case c.Article() == convention.ArtMLA && c.Para() == 16 && l >= 'a' && l <= 'f':
		return d.Lacking&(1<<(l-'a')) != 0
	}
	return false
}

// Explain renders the decision as data: the values it computed, and notes
// on the legal basis, the MLA art. applied mutatis mutandis, the regime,
// the routes open, the offences, the contents lacking and dual
// criminality.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = d.Name
	if d.Outcome == convention.OutcomeUnknown {
		return e
	}
	basis := d.Basis.String()
	if !d.Basis.Stated() {
		basis = "not stated: decided as a request under the Convention"
		e.Notes = append(e.Notes, "the request states no legal basis: it is decided as a request made pursuant to the article (Confiscation art., para. 3)")
	}
	e.AddValue("legal_basis", para(3), basis)
	if d.notPursuant {
		n := "the request invokes " + d.Basis.String() + ", not this Convention: it is not one of the \"requests made pursuant to this article\" (Confiscation art., para. 3), and the article does not apply to it"
		if d.Basis.Invokes(convention.BasisTreaty) {
			n += "; the obligations under the treaty invoked are not affected (MLA art., para. 7, applied mutatis mutandis)"
		}
		e.Notes = append(e.Notes, n)
		return e
	}
	if d.Regime.IsValid() {
		e.AddValue("regime", mlaCite(9), d.Regime.String())
	}
	if d.Regime == mla.RegimeTreaty {
		e.Notes = append(e.Notes, "the States are bound by a treaty of mutual legal assistance and have not agreed otherwise: "+
			"the treaty's corresponding provisions govern in place of MLA art., paragraphs 10 to 30, which were not applied (MLA art., para. 9; Confiscation art., para. 4)")
	}
	e.AddValue("kinds", para(3), d.Kinds.String())
	if !d.Routes.IsEmpty() {
		e.AddValue("routes", para(1), d.Routes.String())
		n := "routes open under the requested State's domestic law: " + d.Routes.String()
		if d.Routes.Has(RouteObtainOrder) && d.Routes.Has(RouteEnforceOrder) {
			n += "; the choice between paragraph 1(a) and paragraph 1(b) is the requested State's"
		}
		e.Notes = append(e.Notes, n)
	}
	d.explainOffences(&e)
	d.explainContents(&e)
	if n := d.disc.Note(); n != "" && d.Asked.Has(TestDiscrimination) {
		e.Notes = append(e.Notes, n)
	}
	if d.Kinds.Has(KindProvisional) && !d.RefusalGrounds().Minus(liftGrounds).IsEmpty() {
		e.Notes = append(e.Notes, "the grounds of refusal available are not all grounds for lifting a provisional measure already taken: "+
			"only insufficient or untimely evidence and a de minimis value lift one (Confiscation art., para. 7), "+
			"besides a requirement of domestic law or of a treaty (para. 4), Cooperation art., para. 3 and para. 9")
	}
	if d.Available.Has(GroundDualCriminality) || !d.WithoutDualCriminality.IsEmpty() && d.Regime != mla.RegimeTreaty {
		e.Notes = append(e.Notes, "absent dual criminality the requested State may nonetheless cooperate, to the extent it decides at its discretion (MLA art., para. 10)")
	}
	d.explainValue(&e)
	return e
}

// step returns the step of e that applies test t, or nil.
func step(e *convention.Explanation, t Term) *convention.Step {
	name := t.Describe().Name
	for i := range e.Steps {
		if e.Steps[i].Name == name {
			return &e.Steps[i]
		}
	}
	return nil
}

// lawyer names the offences of s for an explanation: "offence 1
// (extorsion), offence 3". Every index of s is an offence of os (the sets
// are built from the request's offences).
func lawyer(s mla.OffenceSet, os convention.Offences) string {
	var parts []string
	for _, i := range s.Indexes() {
		p := "offence " + strconv.Itoa(i+1)
		switch o := os[i]; {
		case o.Name != "":
			p += " (" + o.Name + ")"
		case o.Conduct != "":
			p += " (" + strconv.Quote(o.Conduct) + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// indexes writes s as an explanation value: the indexes, comma-separated.
func indexes(s mla.OffenceSet) string {
	return strings.ReplaceAll(strings.Trim(s.String(), "[]"), " ", ",")
}

func (d Decision) explainOffences(e *convention.Explanation) {
	n := min(len(d.offences), MaxOffences)
	if n > 1 && d.Asked.Has(TestEstablished) {
		e.AddValue("offences_established", para(7), indexes(d.Established))
	}
	if !d.NotEstablished.IsEmpty() {
		e.AddValue("offences_not_established", para(7), indexes(d.NotEstablished))
		if !d.Established.IsEmpty() {
			e.Notes = append(e.Notes, "the ground that the offence is not established under the Convention reaches "+lawyer(d.NotEstablished, d.offences)+
				" alone: the requested State may refuse cooperation as to the offences it reaches, not the request as a whole, which relates to "+
				lawyer(d.Established, d.offences)+", established under the Convention (Confiscation art., para. 7)")
		}
	}
	if !d.WithoutDualCriminality.IsEmpty() {
		e.AddValue("offences_without_dual_criminality", mlaCite(10), indexes(d.WithoutDualCriminality))
		if n > 1 {
			e.Notes = append(e.Notes, d.dualCriminalityNote())
		}
	}
	if s := step(e, TestDualCriminality); s != nil {
		var cs []string
		for _, o := range d.offences[:n] {
			cs = append(cs, strconv.Quote(o.Conduct))
		}
		s.Note = "conduct compared: " + strings.Join(cs, ", ") + "; offence names not compared"
	}
}

// dualCriminalityNote says which offences the ground of MLA art., para.
// 10 reaches and whether it reaches the request as a whole.
func (d Decision) dualCriminalityNote() string {
	reach := lawyer(d.WithoutDualCriminality, d.offences)
	switch {
	case d.Available.Has(GroundDualCriminality):
		return "absence of dual criminality reaches " + reach + ": every offence, and so the request as a whole (MLA art., para. 10)"
	case d.Open.Has(TestDualCriminality):
		return "absence of dual criminality reaches " + reach + ": the requested State may refuse cooperation as to those offences (a refusal in part); " +
			"whether it reaches the request as a whole waits on the conduct of the other offences (MLA art., para. 10)"
	}
	return "absence of dual criminality reaches " + reach + " alone: the requested State may refuse cooperation as to those offences (a refusal in part), " +
		"not the request as a whole, for the conduct of another offence is a criminal offence in the requested State and the duty it creates stands (MLA art., para. 10)"
}

// lackingText names the elements of MLA art., para. 16(a)-(f).
var lackingText = [...]string{
	"the identity of the authority making the request",
	"the subject matter and nature of the proceeding and the name and functions of the authority conducting it",
	"a summary of the relevant facts",
	"a description of the assistance sought",
	"the identification of the persons, items or accounts concerned",
	"the purpose for which the assistance is sought",
}

// incompleteText names what para. 3(a), (b), (c) require.
var incompleteText = [...]string{
	"a description of the property to be confiscated and a statement of the facts",
	"a legally admissible copy of a final order of confiscation of a court, a statement of the facts, the extent of execution requested and a statement on notice to bona fide third parties and due process",
	"a statement of the facts and a description of the actions requested, with a legally admissible copy of any order on which the request is based",
}

func (d Decision) explainContents(e *convention.Explanation) {
	if d.Incomplete.IsEmpty() && d.Lacking == 0 {
		return
	}
	var ps, vs []string
	for _, k := range d.Incomplete.All() {
		c := k.Contents()
		ps = append(ps, c.String()+" ("+incompleteText[k-1]+")")
		vs = append(vs, "3("+string(rune('a'+k-1))+")")
	}
	for i, what := range lackingText {
		if d.Lacking&(1<<i) != 0 {
			ps = append(ps, mlaPoint(16, rune('a'+i)).String()+" ("+what+")")
			vs = append(vs, "16("+string(rune('a'+i))+")")
		}
	}
	e.AddValue("lacking_contents", para(3), strings.Join(vs, ", "))
	n := "the request lacks what it shall contain: " + strings.Join(ps, "; ") + "; it is not made in conformity with the article"
	if d.Regime == mla.RegimeTreaty {
		n += ", and the treaty's provisions govern what follows (MLA art., para. 9)"
	} else {
		n += " (MLA art., para. 22(a), applied mutatis mutandis), and the requested State may ask for the information (para. 17)"
	}
	e.Notes = append(e.Notes, n)
}

// explainValue records the de minimis comparison and says how para. 7's
// question on the value was answered: by the State's own judgement, or by
// its threshold.
func (d Decision) explainValue(e *convention.Explanation) {
	v := d.DeMinimis
	if !d.Asked.Has(TestDeMinimisValue) {
		return
	}
	if !v.Threshold.IsZero() {
		e.AddValue("de_minimis_threshold", para(7), v.Threshold.String())
		if v.Valued > 0 {
			e.AddValue("property_value", point(3, 'a'), v.Total.String())
		}
	}
	by := "judgement"
	if v.Judged == unassessed {
		if v.Threshold.IsZero() {
			by = ""
		} else {
			by = "threshold"
		}
	}
	e.AddValue("de_minimis", para(7), v.Answer().String())
	e.AddValue("de_minimis_by", para(7), by)
	if v.Threshold.IsZero() {
		return
	}
	th := v.Threshold.String()
	var n string
	switch {
	case v.Valued == 0:
		n = "no estimated value is stated to compare with the de minimis threshold " + th
	case v.Below == yes:
		n = "the total estimated value, " + v.Total.String() + ", is below the de minimis threshold " + th
	case v.Below == no:
		n = "the total estimated value, " + v.Total.String() + ", is not below the de minimis threshold " + th + " (a value equal to it is not below it)"
	default:
		n = "the estimated values stated total " + v.Total.String() + ", below the de minimis threshold " + th +
			", but " + strconv.Itoa(v.Unvalued) + " item(s) have no stated value"
	}
	if v.Judged != unassessed {
		n = "the requested State's own judgement, which prevails over its threshold; " + n
	} else {
		n = "by the requested State's threshold: " + n
	}
	if s := step(e, TestDeMinimisValue); s != nil {
		s.Note = n
	}
}

// String renders Explain as a lawyer reads it.
func (d Decision) String() string { return d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }

// inputs flattens a request, profile and facts into what the article's own
// rules read, so that ResolveNeeded can set any one of them.
type inputs struct {
	kinds Kinds
	// pursuant: the request invokes this Convention or no basis (para. 3:
	// "requests made pursuant to this article").
	pursuant bool
	// all holds the offences decided on; established those named as
	// established under the Convention (para. 7).
	all, established   mla.OffenceSet
	incomplete         Kinds
	provOrder          bool
	condition          bool
	juris, terr, ncb   judgement
	capacity           Capacity
	sufficient, timely judgement
	deMinimis          judgement
	thirdParties, lift judgement
	opportunity        judgement
	// disc is the requested State's belief under Cooperation art., para.
	// 3 (convention.NoObligationArises).
	disc judgement
}

// requestInputs reads the request and the requested State's profile, the
// part of the inputs that does not change as the State makes its
// judgements; incomplete holds the kinds whose contents (para. 3) the
// request lacks.
func requestInputs(r *Request, p *Profile, incomplete Kinds) inputs {
	in := inputs{
		kinds:      r.Kinds,
		pursuant:   r.Basis.UnderConvention(),
		incomplete: incomplete,
		provOrder:  r.ProvisionalOrder.freezing(),
		condition:  p.TreatyCondition,
		ncb:        r.ConfiscationBasis.WithoutConviction(),
		capacity:   p.Capacity,
	}
	for i, o := range r.Offences {
		if i == MaxOffences {
			break
		}
		in.all = in.all.With(i)
		if o.EstablishedUnderConvention() {
			in.established = in.established.With(i)
		}
	}
	return in
}

// withFacts sets the requested State's judgements f; v is the comparison
// of the property's value with the State's de minimis threshold, which
// answers para. 7's question while the State's own judgement is
// unassessed.
func (in *inputs) withFacts(f *Facts, v *Valuation) {
	in.juris, in.terr = f.Jurisdiction, f.InTerritory
	in.sufficient, in.timely = f.SufficientEvidence, f.TimelyEvidence
	in.deMinimis = f.DeMinimisValue
	if in.deMinimis == unassessed {
		in.deMinimis = v.Below
	}
	in.thirdParties, in.lift, in.opportunity = f.ThirdPartyRights, f.LiftRequired, f.OpportunityPossible
	in.disc = convention.NoObligationArises(f.Discrimination)
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
	// Para. 7: "may be refused ... if the offence to which the request
	// relates is not an offence established under this Convention". The
	// ground reaches each offence not established; it bears on the request
	// as a whole only when the request relates to no offence established
	// under the Convention.
	if !decide.TestBool(r, TestEstablished, !in.established.IsEmpty()) {
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
func absorb(d *Decision, md *mla.Decision) {
	r := &d.Result
	r.Asked, r.Held, r.Open = translate(md.Asked), translate(md.Held), translate(md.Open)
	r.Available, r.Barred, r.Duties = translate(md.Available), translate(md.Barred), translate(md.Duties)
	r.Needed = translate(md.Needed)
	d.Regime = md.Regime
	d.WithoutDualCriminality, d.Lacking = md.WithoutDualCriminality, md.Lacking
	d.dualOpen = md.DualCriminalityUnassessed()
}

// contents applies para. 3(a)-(c) with MLA art., paras. 17 and 22(a),
// mutatis mutandis: a request lacking what para. 3 says it "shall contain"
// is "not made in conformity with the provisions of this article", and
// what it lacks can facilitate execution, so the requested State may ask
// for it. Both are paragraphs 10 to 30 of the MLA art.: where an MLA
// treaty governs, they are not applied (para. 9).
func (in *inputs) contents(d *Decision) {
	r := &d.Result
	d.Incomplete = in.incomplete
	if decide.TestBool(r, TestRequestContents, in.incomplete.IsEmpty()) || d.Regime == mla.RegimeTreaty {
		return
	}
	r.Asked = r.Asked.With(TestConformity).With(TestMoreInformation)
	r.Held = r.Held.Without(TestConformity).With(TestMoreInformation)
	r.Open = r.Open.Without(TestConformity).Without(TestMoreInformation)
	r.Needed = r.Needed.Without(TestMoreInformation)
	r.Available = r.Available.With(GroundNonConformity).With(GroundMoreInformation)
}

// assess is Assess without validation or what-ifs; md is the MLA art.'s
// assessment of the request.
func (in *inputs) assess(md *mla.Decision) (Decision, summary) {
	d := Decision{Name: "assessment", Kinds: in.kinds}
	if !in.pursuant {
		// Para. 3: "requests made pursuant to this article"; MLA art., paras.
		// 7 and 9, mutatis mutandis.
		d.notPursuant = true
		d.Outcome, d.Cite = convention.NotApplicable, para(3)
		return d, summary{juris: no}
	}
	absorb(&d, md)
	r := &d.Result
	s := in.own(r, &d.Routes)
	in.contents(&d)
	d.Established, d.NotEstablished = in.established, in.all&^in.established
	if d.Regime != mla.RegimeTreaty {
		// MLA art., para. 24, mutatis mutandis: reasons for any refusal, on
		// the article's grounds too; para. 27: consultation before refusing
		// under para. 22.
		if !d.RefusalGrounds().IsEmpty() {
			r.Duties = r.Duties.With(DutyReasons)
		}
		if !d.RefusalGrounds().Intersect(para22Grounds).IsEmpty() {
			r.Duties = r.Duties.With(DutyConsult)
		}
	}
	r.Outcome, r.Cite = s.outcome(r.Available, r.Needed, d.Regime)
	if r.Outcome == convention.NotApplicable {
		// Outside paras. 1 and 2 the article imposes nothing, and nothing
		// of the MLA art. applies through it: no duty, no ground, nothing
		// needed (as the MLA art. decides a request outside its scope).
		r.Duties, r.Available, r.Barred, r.Needed = Set{}, Set{}, Set{}, Set{}
	}
	return d, s
}

// prepareMLA reads the request under the MLA art., applied mutatis
// mutandis (mla.Prepare), with the requested State's MLA profile. The
// article's own scope (paras. 1, 2 and 7) takes the place of the MLA
// art.'s (paras. 1, 2 and 4): every offence is put to the MLA art. as one
// within its scope (see standIn), whether it is established under the
// Convention being tested under para. 7, and the requested State's
// catalogue of offences is checked against the request's own offences
// (Prepare), not the stand-in. The error is the MLA art.'s Problems that
// keep the library from deciding; a request not in conformity with it is
// prepared and decided.
func prepareMLA(r *Request, p *Profile) (mla.Prepared, error) {
	mp := p.Profile
	mp.Recognised = convention.Catalogue{}
	return mla.Prepare(r.mlaRequest(), mp)
}

// Assess assesses a request in the light of the requested State's profile
// and judgements, evaluating every ground without short-circuit.
//
// It reports, in the Decision:
//   - The legal basis (para. 3: "requests made pursuant to this article";
//     MLA art., paras. 7 and 9, mutatis mutandis): a request invoking
//     this Convention, alone or with a treaty, or silent on its basis, is
//     decided under the article (a silent one as one under the Convention,
//     as the explanation says); one invoking only another treaty,
//     reciprocity or domestic law is NotApplicable citing para. 3.
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
//   - Offences, one by one: which are established under the Convention
//     (Established) and which para. 7's first ground reaches
//     (NotEstablished). The ground is available for the request as a whole
//     only when no offence is established; otherwise it reaches a refusal
//     in part, and the duties the established offences create stand.
//   - Available grounds: para. 7 (offence not established under the
//     Convention; insufficient or untimely evidence; property of de minimis
//     value), para. 9 (prejudice to bona fide third parties), Cooperation
//     art., para. 3, and, where MLA art., paras. 10 to 30 govern, MLA art.,
//     paras. 10 and 22 (the MLA art.'s assessment, mla.Assess, applied
//     mutatis mutandis; 22(a) also where the request lacks what para. 3
//     requires); the optional courses of MLA art., paras. 17 and 26, and
//     the lifting of a provisional measure that domestic law requires
//     (para. 4).
//   - Barred grounds: bank secrecy (MLA art., para. 8), fiscal matters
//     (MLA art., para. 23) and, for a State that makes the measures
//     conditional on a treaty, the want of one (para. 6).
//   - Duties: act under domestic law and applicable treaties (para. 4);
//     consider the Convention the treaty basis (para. 6); before lifting a
//     provisional measure, give the requesting State, wherever possible, an
//     opportunity to argue for it (para. 8); reasons for any refusal and
//     consultation before refusing under MLA art., para. 22 (MLA art.,
//     paras. 24, 27); and the MLA art.'s duties of paras. 14-15, 18, 21, 25
//     and 29, those of the requesting State included (confirming an oral
//     request, para. 15; informing when the cooperation is no longer
//     required, para. 25).
//
// Outcomes: MayRefuse (a refusal ground available; the choice is the
// requested State's), Obliged (to pursue the routes open; cites para. 1,
// or para. 2 for provisional measures only), NoObligation citing para. 4
// (a request under para. 1 that the requested State's domestic law gives
// it no route to act on; the duties of the Recovery art. say what it
// lacks), NotApplicable (out of scope, or not made pursuant to the
// article), or Undetermined (jurisdiction, territory, the MLA regime, a
// route or a fact that could make a ground available is unassessed; Needed
// and the what-ifs say which). Where an MLA treaty governs, the MLA art.'s
// grounds are not applied (the explanation says so) and the outcome rests
// on the article's own rules. The error is only the Problems of Prepare
// (input the library cannot decide on) and of f (f.Validate, and
// judgements on more offences than the request names; fields prefixed
// "Facts.").
func Assess(r Request, p Profile, f Facts) (Decision, error) {
	pr, err := Prepare(r, p)
	ps := f.problems(len(r.Offences)).Prefixed("Facts.")
	if err != nil || len(ps) > 0 {
		return Decision{}, merge(append(convention.AsProblems(err), ps...), nil).Err()
	}
	return pr.assess(&f)
}
