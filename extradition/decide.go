package extradition

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/rules"
)

const (
	yes        = convention.Yes
	no         = convention.No
	unassessed = convention.Unassessed
)

var known = convention.Known

// override sets one unassessed fact for a what-if run (see
// convention.Result.ResolveNeeded). For a fact held per offence, it sets
// every offence's unassessed answer.
type override struct {
	term Term
	j    convention.Judgement
}

// inputs are everything a decision reads. Every judgement is read through
// get, so that a what-if run can assess one missing fact.
type inputs struct {
	r Request
	p Profile
	f Facts
	s Response
	o override
}

func (in *inputs) get(t Term, j convention.Judgement) convention.Judgement {
	if t == in.o.term && j == unassessed {
		return in.o.j
	}
	return j
}

// resolve records, for each fact res still needs, what assessing it would
// change, by running the decision again with that fact set.
func resolve(res *convention.Result[Term], in *inputs, again func(inputs) convention.Outcome) {
	if res.Outcome != convention.Undetermined {
		return
	}
	decide.ResolveNeeded(res, func(t Term, j convention.Judgement) convention.Outcome {
		alt := *in
		alt.o = override{term: t, j: j}
		return again(alt)
	})
}

// mergeTests copies the tests src applied, and their answers, into dst.
func mergeTests(dst *convention.Result[Term], src convention.Result[Term]) {
	dst.Asked = dst.Asked.Union(src.Asked)
	dst.Held = dst.Held.Union(src.Held)
	dst.Open = dst.Open.Union(src.Open)
}

// ---- Scope: paras. 1-2 ----

// Scope is the decision whether the article applies to a request (para. 1)
// and, offence by offence, whether it covers the offence or the requested
// State may apply it to the offence as a separate serious crime (para. 2).
//
// Outcome is Satisfied when the article applies to at least one offence,
// NotApplicable when it applies to none, and Undetermined while the
// person's location or the requested State's characterisation of an
// offence's conduct is unassessed. Available holds CourseAccessory when
// para. 2 lets the requested State extend the article to an offence.
//
// Explain adds the values article-applies and offences[i].scope and
// offences[i].fiscal (see [Decision]).
//
// A Scope keeps the request's offences for its explanation: do not modify
// them after deciding. The zero Scope has OutcomeUnknown.
type Scope struct {
	convention.Result[Term]

	offences []Charge
	n        int // min(len(offences), MaxOffences)
	// per-offence answers, bit i for offence i
	covered, coveredOpen     uint64
	accessory, accessoryOpen uint64
	applied                  uint64
	applies                  convention.Judgement
}

// OffenceScope is the scope of the article for one offence. The zero
// OffenceScope is uncovered with everything unassessed.
type OffenceScope struct {
	// Covered: does the article apply to the offence (para. 1)?
	Covered convention.Judgement
	// Accessory: may the requested State apply the article to the offence
	// as one of several separate serious crimes (para. 2)? No when it is
	// covered.
	Accessory convention.Judgement
	// Applied reports that the requested State has applied the article to
	// the offence under para. 2 (Facts.Accessory); never by the library's
	// choice.
	Applied bool
}

func bitJudgement(set, open uint64, i int) convention.Judgement {
	switch {
	case set&(1<<i) != 0:
		return yes
	case open&(1<<i) != 0:
		return unassessed
	}
	return no
}

func setBit(set, open *uint64, i int, j convention.Judgement) {
	switch j {
	case yes:
		*set |= 1 << i
	case unassessed:
		*open |= 1 << i
	}
}

// Len returns the number of offences assessed.
func (s Scope) Len() int { return s.n }

// Applies reports whether the article applies to the request: to at least
// one offence for which extradition is sought (para. 1).
func (s Scope) Applies() convention.Judgement { return s.applies }

// Offence returns the scope of the article for offence i of the request;
// the zero OffenceScope when i is out of range.
func (s Scope) Offence(i int) OffenceScope {
	if i < 0 || i >= s.n {
		return OffenceScope{}
	}
	return OffenceScope{
		Covered:   bitJudgement(s.covered, s.coveredOpen, i),
		Accessory: bitJudgement(s.accessory, s.accessoryOpen, i),
		Applied:   s.applied&(1<<i) != 0,
	}
}

// DecideScope decides whether the article applies to the request (para. 1),
// and where the request includes several separate serious crimes some of
// which the article does not cover, whether the requested State may apply
// the article to those too (para. 2). It reads Facts.Accessory only to
// record the requested State's own choice under para. 2.
//
// Para. 1 reads "offences established under this Convention and the person
// ... is located"; the library reads "where the person ... is located", as
// in UNTOC art. 16(1): the person's presence is a condition of the article
// applying. An offence is covered when it is established under the
// Convention, punishable under the law of both States (its conduct
// criminal under both, whatever the names: Cooperation art., para. 2,
// through convention.EvaluateDualCriminality), and the person is located in
// the requested State.
//
// Para. 2 is available for an offence the article does not cover when the
// request also includes at least one offence it covers (so "several
// separate" crimes, some covered and some not) and the uncovered offence
// is a serious crime under the requesting State's law (UNTOC art. 2(b),
// convention.Offence.Serious). The library reads "serious" as qualifying
// the offences to which the power extends; the covered offences qualify
// through para. 1.
//
// The error is only the inputs' validation Problems.
func DecideScope(r Request, f Facts) (Scope, error) {
	if err := validate(r, Profile{}, f, nil); err != nil {
		return Scope{}, err
	}
	in := inputs{r: r, f: f}
	s := scopeOf(&in)
	resolve(&s.Result, &in, func(in inputs) convention.Outcome { return scopeOf(&in).Outcome })
	return s, nil
}

// dual applies dual criminality to one offence: the requesting State's law
// punishes the conduct, as its request states; the requested State's
// characterisation decides.
func (in *inputs) dual(c Charge) convention.Judgement {
	return convention.DualCriminalityMet(c.requesting().Criminal, in.get(FactCriminalRequested, c.Requested.Criminal))
}

func scopeOf(in *inputs) Scope {
	s := Scope{offences: in.r.Offences, n: min(len(in.r.Offences), MaxOffences)}
	s.Cite = cite(1)
	located := decide.Test(&s.Result, FactLocated, in.get(FactLocated, in.r.Person.InRequestedState))
	est, dual, some := no, no, no
	criminalOpen := false
	for i := range s.n {
		c := in.r.Offences[i]
		e := known(c.Offence.EstablishedUnderConvention())
		d := in.dual(c)
		criminalOpen = criminalOpen || e == yes && d == unassessed
		cov := located.And(e).And(d)
		setBit(&s.covered, &s.coveredOpen, i, cov)
		est, dual, some = est.Or(e), dual.Or(e.And(d)), some.Or(cov)
	}
	decide.Test(&s.Result, TestEstablished, est)
	if est == yes {
		// Cooperation art., para. 2: the requesting State's law punishes the
		// conduct, as its request states; the requested State's
		// characterisation of the conduct decides.
		decide.Test(&s.Result, FactCriminalRequested, dual)
	}
	decide.Test(&s.Result, TestDualCriminality, dual)
	s.applies = decide.Test(&s.Result, TestApplies, some)

	// Para. 2: "several separate serious crimes, some of which are not
	// covered by this article".
	if s.n >= 2 {
		uncovered, serious, power := no, no, no
		for i := range s.n {
			out := bitJudgement(s.covered, s.coveredOpen, i).Not()
			ser := out.And(in.r.Offences[i].Offence.Serious())
			av := some.And(ser)
			setBit(&s.accessory, &s.accessoryOpen, i, av)
			uncovered, serious, power = uncovered.Or(out), serious.Or(ser), power.Or(av)
		}
		if decide.Test(&s.Result, TestSeveral, some.And(uncovered)) != no {
			decide.Test(&s.Result, TestSerious, serious)
		}
		if power == yes {
			s.Available = s.Available.With(CourseAccessory)
			if decide.Test(&s.Result, FactAccessory, in.get(FactAccessory, in.f.Accessory)) == yes {
				s.applied = s.accessory
			}
		}
	}

	switch s.applies {
	case yes:
		s.Outcome = convention.Satisfied
	case no:
		s.Outcome = convention.NotApplicable
	default:
		s.Outcome = convention.Undetermined
		decide.Need(&s.Result, FactLocated, located)
		if criminalOpen {
			s.Needed = s.Needed.With(FactCriminalRequested)
		}
	}
	return s
}

// ---- Legal basis: paras. 3-6 ----

// BasisDecision is the decision on the legal basis for extradition
// between the two States for the offences to which the article applies
// (paras. 3-6).
//
// Outcomes, with Basis:
//   - Satisfied: BasisTreaty (para. 3: the offences are deemed included in
//     the treaty), BasisDomesticLaw (para. 6: a State that does not make
//     extradition conditional on a treaty recognizes them as extraditable)
//     or BasisConvention (para. 4: a treaty-conditional State without a
//     treaty takes the Convention as the basis).
//   - NotSatisfied: BasisNone. The requested State is treaty-conditional,
//     has no treaty with the requesting State, and does not take the
//     Convention as the basis; GroundNoBasis is available and para. 5(b)
//     asks it to seek treaties.
//   - Discretionary: BasisUnknown. Para. 4 lets the requested State
//     "consider" the Convention the basis, it made no notification under
//     para. 5(a), and it has not decided (Facts.ConventionBasis
//     unassessed): CourseConventionBasis and GroundNoBasis are both
//     available; the library does not choose.
//   - Undetermined: BasisUnknown, with the facts needed.
//
// A basis that exists whichever way an unassessed fact goes is Satisfied:
// with that Basis when it is the same either way (a State that is not
// treaty-conditional recognizes the offences under para. 6 whether or not
// a treaty exists, and a treaty it has with the requesting State adds to that
// basis), and with BasisUnknown otherwise (a treaty-conditional
// State that takes the Convention as the basis extradites under a treaty
// if there is one, and under the Convention if not).
//
// Duties: DutyRecognise (para. 6) for a State that is not
// treaty-conditional; DutyNotify (para. 5(a)) for a treaty-conditional
// State that made no notification; DutySeekTreaties (para. 5(b)) for a
// treaty-conditional State without a treaty that does not take the
// Convention as the basis.
//
// The zero BasisDecision has OutcomeUnknown and BasisUnknown.
type BasisDecision struct {
	convention.Result[Term]
	// Basis is the legal basis found.
	Basis Basis
}

// DecideBasis decides the legal basis for extradition from the requested
// State's profile and its choice in the case under para. 4
// (Facts.ConventionBasis), which the library takes as given and never makes.
//
// The notification under para. 5(a) is the requested State's standing
// position: while Facts.ConventionBasis is unassessed it stands for the
// State's choice in the case (a State that informed the Secretary-General
// that it takes the Convention as the basis does; one that informed it
// does not, does not). A choice made in the case prevails over the
// notification, because para. 4 leaves the consideration to the State case
// by case.
//
// The error is only the inputs' validation Problems.
func DecideBasis(p Profile, f Facts) (BasisDecision, error) {
	if !passes(p, profileChecks) || !f.valid() {
		return BasisDecision{}, basisProblems(p, f)
	}
	in := inputs{p: p, f: f}
	b := basisOf(&in)
	resolve(&b.Result, &in, func(in inputs) convention.Outcome { return basisOf(&in).Outcome })
	return b, nil
}

func basisProblems(p Profile, f Facts) error {
	ps := rules.Run(p, profileChecks).Prefixed("Profile.")
	ps = append(ps, rules.Run(f, factsChecks).Prefixed("Facts.")...)
	ps.Sort()
	return ps.Err()
}

// basisKind is the legal basis for known answers: a treaty (para. 3),
// else domestic law for a State that is not treaty-conditional (para. 6),
// else the Convention if the State takes it as the basis (para. 4), else
// none.
func basisKind(treaty, conditional, convention bool) Basis {
	switch {
	case treaty:
		return BasisTreaty
	case !conditional:
		return BasisDomesticLaw
	case convention:
		return BasisConvention
	}
	return BasisNone
}

// completions returns the boolean values j may take, as a set: bit 0 for
// false, bit 1 for true; one when it is known, both when it is unassessed.
func completions(j convention.Judgement) uint8 {
	switch j {
	case yes:
		return 0b10
	case no:
		return 0b01
	}
	return 0b11
}

func basisOf(in *inputs) BasisDecision {
	var b BasisDecision
	treaty := decide.Test(&b.Result, FactTreaty, in.get(FactTreaty, in.p.Treaty))
	cond := decide.Test(&b.Result, FactTreatyConditional, in.get(FactTreatyConditional, in.p.TreatyConditional))
	n := in.p.Notification
	if cond == yes && n == NotNotified {
		b.Duties = b.Duties.With(DutyNotify)
	}
	conv, choice, notified := no, no, no
	if treaty != yes && cond != no {
		// Paras. 4-5: the Convention as the legal basis.
		switch n {
		case NotificationUnknown:
			notified = in.get(TestNotified, unassessed)
			if notified == no {
				n = NotifiedNoConvention
			} else if notified == yes {
				n = NotifiedConvention
			}
		case NotNotified:
			notified = no
		default:
			notified = n.takes()
		}
		decide.Test(&b.Result, TestNotified, notified)
		choice = decide.Test(&b.Result, FactConventionBasis, in.get(FactConventionBasis, in.f.ConventionBasis))
		conv = choice
		if conv == unassessed {
			conv = n.takes()
		}
		if cond == yes && treaty == no && conv == no {
			b.Duties = b.Duties.With(DutySeekTreaties)
		}
	}
	if cond == no {
		b.Duties = b.Duties.With(DutyRecognise)
	}

	// The bases the unassessed facts leave possible.
	var seen [numBases]bool
	ts, cs, vs := completions(treaty), completions(cond), completions(conv)
	for t := range 2 {
		for c := range 2 {
			for v := range 2 {
				if ts&(1<<t) != 0 && cs&(1<<c) != 0 && vs&(1<<v) != 0 {
					seen[basisKind(t == 1, c == 1, v == 1)] = true
				}
			}
		}
	}
	kinds := 0
	for k, ok := range seen {
		if ok {
			kinds++
			b.Basis = Basis(k)
		}
	}
	b.Cite = cite(4)
	switch {
	case !seen[BasisNone]:
		b.Outcome = convention.Satisfied
		switch {
		case cond == no && treaty != yes:
			// Para. 6 applies whether or not there is a treaty.
			b.Basis, b.Cite = BasisDomesticLaw, cite(6)
		case kinds > 1:
			b.Basis = BasisUnknown
		case b.Basis == BasisTreaty:
			b.Cite = cite(3)
		}
	case kinds == 1:
		b.Outcome = convention.NotSatisfied
		b.Available = b.Available.With(GroundNoBasis)
	case treaty == no && cond == yes && n == NotNotified:
		// Only the State's choice under para. 4 is open.
		b.Outcome, b.Basis = convention.Discretionary, BasisUnknown
		b.Available = b.Available.With(CourseConventionBasis).With(GroundNoBasis)
	default:
		b.Outcome, b.Basis = convention.Undetermined, BasisUnknown
		decide.Need(&b.Result, FactTreaty, treaty)
		decide.Need(&b.Result, FactTreatyConditional, cond)
		if conv == unassessed {
			decide.Need(&b.Result, FactConventionBasis, choice)
			decide.Need(&b.Result, TestNotified, notified)
		}
	}
	return b
}

// ---- Decision: the whole article on a request, and a proposed response ----

// Decision is the result of [Assess] and [Review]: the shared
// convention.Result over [Term] (outcome, citation, tests, grounds
// available and barred, duties, violations, facts needed), with the
// decisions it rests on in typed fields: the scope offence by offence
// (paras. 1-2) and the legal basis (paras. 3-6); for a review, the
// assessment's outcome and the response reviewed.
//
// An assessment says whether the article applies, on what legal basis, the
// grounds of refusal available and barred, the other courses the text
// leaves open, and the duties the case triggers. A review says whether a
// proposed response is lawful under the article (see [Review]); its
// Available and Barred are the assessment's, its Duties those the response
// carries with it.
//
// An assessment's outcome answers the requested State's question: must it
// extradite? It is the first that the facts assessed establish, in the
// order of the text:
//   - NotApplicable (para. 1): the article applies to no offence; the
//     Convention imposes nothing, and domestic law and treaties govern.
//   - NoObligation: the article applies, but there is no legal basis
//     (para. 4, BasisNone), or the requested State has substantial grounds
//     for believing the request discriminatory on a listed ground, and
//     nothing in the Convention obliges it to extradite (Cooperation art.,
//     para. 3; GroundDiscrimination is then available), whatever the basis.
//   - Discretionary (para. 4): the requested State may consider the
//     Convention the legal basis and has not decided.
//   - MayRefuse: at least one ground of refusal is available (Available): a
//     condition or ground of domestic law or treaty (para. 7), nationality
//     among them where that law or treaty provides it (Facts.NationalityGround;
//     the article makes nationality no ground in itself).
//   - Obliged: there is a basis, the belief of Cooperation art., para. 3 is
//     not held, and every ground is assessed and none is available.
//   - Undetermined: whether the State must extradite turns on the facts in
//     Needed.
//
// An unassessed judgement makes the outcome Undetermined only where it
// could decide whether the State must extradite. NoObligation, MayRefuse
// and Discretionary all leave it free to refuse; once one is established,
// a judgement still unassessed (the belief of Cooperation art., para. 3,
// another ground, the basis) could only add a reason, listed or not in
// Available, and does not make the outcome Undetermined.
//
// GroundFiscal is Barred whenever an offence involves fiscal matters (para.
// 14): never a ground on its own. A ground of domestic law or treaty whose
// substance is that the offence involves fiscal matters
// (Facts.DomesticGroundFiscal) is that ground: GroundDomestic is then not
// available. Duties, listed when the article applies:
// fair treatment (para. 13); consultation before any refusal, where
// appropriate (para. 15); and, where a refusal on nationality is available
// and should the State so refuse, submission for prosecution when the
// requesting State asked for it (para. 10) or consideration of the
// sentence's enforcement when it applied for it and domestic law permits
// (para. 12); with the duties of the legal basis (paras. 5-6).
//
// Explain adds the values the decision computed, by name, each with the
// paragraph it rests on: article-applies (yes, no, unassessed);
// offences[i].scope, offence by offence (covered, not-covered, undetermined,
// may-apply: the requested State may apply the article under para. 2,
// applied: it has); offences[i].fiscal (yes, where the offence also
// involves fiscal matters, para. 14); legal-basis (a [Basis] word, absent
// while unknown); basis-invoked (not-stated, or the words of the bases the
// request invokes, comma-separated); discrimination-grounds (the listed
// grounds the requested State named under Cooperation art., para. 3,
// comma-separated: information, never a condition); and for a review:
// assessment (the
// assessment's outcome), response (the action) and grounds-relied-on (the
// grounds' words, comma-separated).
//
// A Decision holds no pointer into its inputs but the request's offences,
// kept for the explanation; building one allocates nothing. Explain and
// String render it on demand. The zero Decision has OutcomeUnknown: nothing
// was decided.
type Decision struct {
	convention.Result[Term]
	// Name labels the decision in its explanation: "extradition
	// assessment" or "review of response".
	Name string
	// Scope is the decision under paras. 1-2, offence by offence.
	Scope Scope
	// Basis is the decision under paras. 3-6.
	Basis BasisDecision
	// Invoked is the legal basis the request invokes (Request.Basis). It
	// decides neither whether the article applies (para. 1) nor which basis
	// exists (the Profile and paras. 3-6 do); the explanation compares it
	// with the basis found.
	Invoked convention.LegalBasis
	// Assessed is the outcome of the assessment of the request: for an
	// assessment its own Outcome, for a review the assessment's.
	Assessed convention.Outcome
	// Response is the response reviewed; the zero Response for an
	// assessment.
	Response Response

	assessedCite convention.Citation // the assessment's citation

	disc, national, natLaw, nat, minFail, noBasis, obliged convention.Judgement
	// domesticFact is Facts.DomesticGround; domFiscal whether that ground
	// rests on fiscal matters only (para. 14); domestic whether it is
	// available.
	domesticFact, domFiscal, domestic convention.Judgement
	// discrimination is the judgement of Cooperation art., para. 3, kept
	// for the explanation's note on the listed grounds named.
	discrimination convention.DiscriminationFacts
}

// Assess assesses a request under the article (paras. 1-15), with
// Cooperation art., paras. 2-3, given the requested State's profile and its
// judgements. Every ground is evaluated, so the sets are complete; the
// library chooses nothing the text leaves to the requested State.
//
// The error is only the inputs' validation Problems.
func Assess(r Request, p Profile, f Facts) (Decision, error) {
	pr, err := Prepare(r, p)
	if err != nil {
		return Decision{}, validate(r, p, f, nil)
	}
	return pr.Assess(f)
}

// Ground reports whether the ground of refusal g is available: Yes, No,
// or Unassessed while a fact it turns on (or the article's application) is
// unassessed. It is No for GroundFiscal, never a ground on its own (para.
// 14), for every ground when the article does not apply, and for terms
// that are not grounds of refusal.
func (a Decision) Ground(g Term) convention.Judgement {
	return a.Scope.applies.And(a.ground(g))
}

func (a *Decision) ground(g Term) convention.Judgement {
	switch g {
	case GroundDiscrimination:
		return a.disc
	case GroundNationality:
		return a.nat
	case GroundMinimumPenalty:
		return a.minFail
	case GroundDomestic:
		return a.domestic
	case GroundNoBasis:
		return a.noBasis
	}
	return no
}

// discrimination evaluates Cooperation art., para. 3.
func (in *inputs) discrimination() convention.Judgement {
	d := in.f.Discrimination
	d.Belief = in.get(FactDiscriminationBelief, d.Belief)
	return convention.NoObligationArises(d)
}

// natLaw reads para. 7 on nationality: does the requested State's law or
// the applicable treaty bar the extradition of its nationals, or let it
// refuse on that ground? A law that permits their surrender "only upon the
// condition" of return (para. 11) is such a law.
func (in *inputs) natLaw() convention.Judgement {
	n := in.get(FactNationalityGround, in.f.NationalityGround)
	if n != unassessed {
		return n
	}
	if in.get(FactConditionalLaw, in.f.ConditionalLaw) == yes {
		return yes
	}
	return unassessed
}

// domFiscal reads para. 14 on the ground of domestic law: is it, in
// substance, that the offence involves fiscal matters? Where no offence is
// considered to involve fiscal matters, it cannot be.
func (in *inputs) domFiscal(fiscalOffence bool) convention.Judgement {
	j := in.f.DomesticGroundFiscal
	if j == unassessed && !fiscalOffence {
		return no
	}
	return in.get(FactDomesticGroundFiscal, j)
}

// conditionalLaw reads para. 11: does the requested State's law permit it
// to surrender a national only upon the condition of return? Not where its
// law and treaties restrict the extradition of nationals in no way.
func (in *inputs) conditionalLaw() convention.Judgement {
	if in.get(FactNationalityGround, in.f.NationalityGround) == no {
		return no
	}
	return in.get(FactConditionalLaw, in.f.ConditionalLaw)
}

func fiscal(offences []Charge) bool {
	for _, c := range offences {
		if c.Fiscal {
			return true
		}
	}
	return false
}

// needGround records the facts ground g turns on, where unassessed.
func (in *inputs) needGround(r *convention.Result[Term], a *Decision, g Term) {
	if a.ground(g) != unassessed {
		return
	}
	switch g {
	case GroundDiscrimination:
		decide.Need(r, FactDiscriminationBelief, in.get(FactDiscriminationBelief, in.f.Discrimination.Belief))
	case GroundNationality:
		decide.Need(r, FactNational, a.national)
		if a.natLaw == unassessed {
			decide.Need(r, FactNationalityGround, in.get(FactNationalityGround, in.f.NationalityGround))
		}
	case GroundMinimumPenalty:
		decide.Need(r, FactMinimumPenalty, a.minFail)
	case GroundDomestic:
		decide.Need(r, FactDomesticGround, a.domesticFact)
		if a.domesticFact != no {
			decide.Need(r, FactDomesticGroundFiscal, a.domFiscal)
		}
	case GroundNoBasis:
		r.Needed = r.Needed.Union(a.Basis.Needed)
	}
}

// groundsInOrder are the grounds of refusal other than the fiscal element,
// in the order of the text.
var groundsInOrder = [...]Term{GroundDiscrimination, GroundNoBasis, GroundMinimumPenalty, GroundDomestic, GroundNationality}

func assessOf(in *inputs) Decision {
	a := Decision{Name: "extradition assessment", Invoked: in.r.Basis}
	a.Scope = scopeOf(in)
	a.Basis = basisOf(in)
	r := &a.Result
	mergeTests(r, a.Scope.Result)
	mergeTests(r, a.Basis.Result)
	applies := a.Scope.applies

	// Every ground, without short-circuit.
	decide.Test(r, FactDiscriminationBelief, in.get(FactDiscriminationBelief, in.f.Discrimination.Belief))
	a.disc = decide.Test(r, TestDiscrimination, in.discrimination())
	a.discrimination = in.f.Discrimination
	a.minFail = decide.Test(r, FactMinimumPenalty, in.get(FactMinimumPenalty, in.f.MinimumPenaltyMet)).Not()
	a.domesticFact = decide.Test(r, FactDomesticGround, in.get(FactDomesticGround, in.f.DomesticGround))
	// Para. 7: nationality is a ground only where the requested State's law
	// or the applicable treaty provides it; para. 10 attaches a duty to
	// such a refusal, it does not create the ground.
	a.natLaw = decide.Test(r, FactNationalityGround, in.natLaw())
	a.national = decide.Test(r, FactNational, in.get(FactNational, in.r.Person.National))
	a.nat = a.national.And(a.natLaw)
	// Para. 14: a ground of domestic law whose substance is that the offence
	// involves fiscal matters is the ground para. 14 bars, whatever domestic
	// law calls it; it is no ground of refusal on its own.
	fiscalOffence := fiscal(in.r.Offences)
	a.domFiscal = in.domFiscal(fiscalOffence)
	if a.domesticFact != no && (fiscalOffence || a.domFiscal != no) {
		decide.Test(r, FactDomesticGroundFiscal, a.domFiscal)
	}
	a.domestic = a.domesticFact.And(a.domFiscal.Not())
	isFiscal := decide.TestBool(r, TestFiscal, fiscalOffence)
	// The obligation to extradite: a legal basis (paras. 3-6), and no belief
	// under Cooperation art., para. 3 ("Nothing in this Convention shall be
	// interpreted as imposing an obligation to extradite ... if").
	basisObliged := unassessed
	switch a.Basis.Outcome {
	case convention.Satisfied:
		basisObliged, a.noBasis = yes, no
	case convention.NotSatisfied, convention.Discretionary:
		basisObliged, a.noBasis = no, yes
	default:
		a.noBasis = unassessed
	}
	a.obliged = basisObliged.And(a.disc.Not())
	// The grounds of refusal of para. 7, nationality among them where law
	// or treaty provides it (the non-discrimination clause lifts the
	// obligation itself).
	refusal := a.minFail.Or(a.domestic).Or(a.nat)

	if applies != no {
		for _, g := range groundsInOrder {
			if a.ground(g) == yes {
				r.Available = r.Available.With(g)
			}
		}
		r.Available = r.Available.Union(a.Scope.Available).Union(a.Basis.Available)
		if isFiscal {
			r.Barred = r.Barred.With(GroundFiscal)
		}
	}
	if applies == yes {
		a.duties(in, r)
	}

	// The outcome answers whether the requested State is obliged to
	// extradite. An unassessed judgement leaves it Undetermined only where
	// it could make that difference: once the State is found not obliged on
	// the facts assessed (no basis, the para. 4 choice open, the belief of
	// Cooperation art., para. 3, or a ground of refusal available), a fact
	// still unassessed could only add a reason, and the outcome names the
	// first reason found, in the order of the text.
	r.Outcome = convention.Undetermined
	switch {
	case applies == no:
		r.Outcome, r.Cite = convention.NotApplicable, cite(1)
	case applies == unassessed:
		r.Cite = cite(1)
		r.Needed = r.Needed.Union(a.Scope.Needed)
	case a.Basis.Outcome == convention.NotSatisfied:
		r.Outcome, r.Cite = convention.NoObligation, a.Basis.Cite
	case a.Basis.Outcome == convention.Discretionary:
		r.Outcome, r.Cite = convention.Discretionary, a.Basis.Cite
	case a.disc == yes:
		r.Outcome, r.Cite = convention.NoObligation, coop3
	case refusal == yes:
		r.Outcome, r.Cite = convention.MayRefuse, cite(7)
	case a.obliged == yes && refusal == no:
		r.Outcome, r.Cite = convention.Obliged, a.Basis.Cite
	default:
		// Undetermined: what the outcome turns on.
		r.Cite = cite(7)
		if a.disc == unassessed {
			r.Cite = coop3
		}
		if basisObliged == unassessed {
			r.Cite = a.Basis.Cite
			r.Needed = r.Needed.Union(a.Basis.Needed)
		}
		in.needGround(r, &a, GroundDiscrimination)
		for _, g := range groundsInOrder[2:] {
			in.needGround(r, &a, g)
		}
	}
	a.Assessed, a.assessedCite = r.Outcome, r.Cite
	return a
}

// duties lists the duties the case triggers once the article applies.
func (a *Decision) duties(in *inputs, r *convention.Result[Term]) {
	r.Duties = r.Duties.With(DutyFairTreatment).Union(a.Basis.Duties)
	// Para. 15: "Before refusing extradition, the requested State Party
	// shall, where appropriate, consult": listed where a refusal is open,
	// unless consultation is found not appropriate.
	if !r.Available.Intersect(refusalGrounds).IsEmpty() &&
		decide.Test(r, FactConsultAppropriate, in.get(FactConsultAppropriate, in.f.ConsultAppropriate)) != no {
		r.Duties = r.Duties.With(DutyConsult)
	}
	// Paras. 10 to 12 follow a refusal on nationality, which is open only
	// where the ground is available (para. 7).
	if a.nat == no {
		return
	}
	if decide.TestBool(r, TestProsecution, in.r.Purpose == PurposeProsecution) {
		asked := decide.TestBool(r, TestSubmissionRequested, in.r.SubmitIfRefused)
		law := decide.Test(r, FactConditionalLaw, in.conditionalLaw())
		if a.nat == yes && asked {
			r.Duties = r.Duties.With(DutySubmit)
		}
		if a.nat == yes && law == yes {
			r.Available = r.Available.With(CourseConditional)
		}
	}
	if decide.TestBool(r, TestEnforcement, in.r.Purpose == PurposeEnforcement) {
		applied := decide.TestBool(r, TestEnforcementApplied, in.r.EnforceIfRefused)
		if applied && decide.Test(r, FactEnforcementLaw, in.get(FactEnforcementLaw, in.f.EnforcementLaw)) == yes && a.nat == yes {
			r.Duties = r.Duties.With(DutyConsiderEnforcement)
		}
	}
}

// ---- Provisional measures: para. 9 ----

// Provisional is the decision whether the requested State may take the
// person into custody or take other appropriate measures to ensure his or
// her presence at the extradition proceedings (para. 9).
//
// Outcome is Discretionary, with CourseProvisional available, when the
// power is open to the requested State: the requesting State asked for a
// measure, the article applies (the person, sought for an offence to which
// it applies, is present in the requested State), the requested State is
// satisfied that the circumstances warrant the measure and are urgent, and
// its domestic law and extradition treaties allow it. Whether to use the
// power remains the requested State's choice; a measure taken carries the
// guarantee of fair treatment (para. 13, DutyFairTreatment). NotApplicable
// when any of these fails; Undetermined while one is unassessed. The three
// conditions of para. 9 are cumulative ("subject to ... domestic law and
// its extradition treaties", "upon being satisfied that the circumstances
// so warrant and are urgent", "at the request of the requesting State
// Party"), and the satisfaction is the requested State's own: the
// requesting State's word (Request.Urgency) does not stand for it.
//
// Explain adds the values of the scope (see [Decision]) and measure (the
// measure asked for, a [Measure] word).
//
// The zero Provisional has OutcomeUnknown.
type Provisional struct {
	convention.Result[Term]
	// Measure is the measure the requesting State asked for.
	Measure Measure
	// Scope is the decision under paras. 1-2.
	Scope Scope
}

// DecideProvisional decides whether para. 9's power is available. The
// requested State's satisfaction as to the circumstances (Facts.Warranted,
// Facts.Urgent) is its own; Request.Urgency, the requesting State's word,
// does not stand for it.
//
// The error is only the inputs' validation Problems.
func DecideProvisional(r Request, f Facts) (Provisional, error) {
	if err := validate(r, Profile{}, f, nil); err != nil {
		return Provisional{}, err
	}
	in := inputs{r: r, f: f}
	p := provisionalOf(&in)
	resolve(&p.Result, &in, func(in inputs) convention.Outcome { return provisionalOf(&in).Outcome })
	return p, nil
}

func provisionalOf(in *inputs) Provisional {
	p := Provisional{Measure: in.r.Provisional, Scope: scopeOf(in)}
	r := &p.Result
	mergeTests(r, p.Scope.Result)
	r.Cite = cite(9)
	asked := known(decide.TestBool(r, TestProvisionalRequested, in.r.Provisional != MeasureNone))
	warranted := decide.Test(r, FactWarranted, in.get(FactWarranted, in.f.Warranted))
	urgent := decide.Test(r, FactUrgent, in.get(FactUrgent, in.f.Urgent))
	law := decide.Test(r, FactProvisionalLaw, in.get(FactProvisionalLaw, in.f.ProvisionalLaw))
	switch asked.And(p.Scope.applies).And(warranted).And(urgent).And(law) {
	case yes:
		r.Outcome = convention.Discretionary
		r.Available = r.Available.With(CourseProvisional)
		// Para. 13: fair treatment "at all stages of the proceedings",
		// custody pending extradition among them.
		r.Duties = r.Duties.With(DutyFairTreatment)
	case no:
		r.Outcome = convention.NotApplicable
	default:
		r.Outcome = convention.Undetermined
		if p.Scope.applies == unassessed {
			r.Needed = r.Needed.Union(p.Scope.Needed)
		}
		decide.Need(r, FactWarranted, warranted)
		decide.Need(r, FactUrgent, urgent)
		decide.Need(r, FactProvisionalLaw, law)
	}
	return p
}

// ---- Review of a proposed response ----

// Review checks a proposed response against the article. The article
// obliges States to extradite and restricts refusals; it forbids no
// surrender, so ActionExtradite is always Lawful under it (whether a
// condition of domestic law bars surrender is for that law, para. 7).
// Where the article does not apply, every response is Lawful under it.
// Otherwise a response is Unlawful when:
//   - extradition is owed on the legal basis found and a refusal relies on
//     a ground that is not available (para. 7,
//     ViolationGroundNotAvailable), nationality included where neither the
//     requested State's law nor the applicable treaty provides it; where
//     nothing obliges the State to extradite (no basis; the belief of
//     Cooperation art., para. 3), the ground it gives breaks nothing in
//     para. 7;
//   - extradition is owed on the legal basis found and the refusal rests on
//     no available ground and relies on none that is unavailable or
//     barred (para. 7, ViolationNoGround: a refusal relying only on grounds
//     not available breaks para. 7 by ViolationGroundNotAvailable, one
//     relying only on the fiscal element para. 14, each counted once);
//   - a refusal rests on the fiscal element alone (para. 14,
//     ViolationFiscalSole), relied on by name (GroundFiscal) or as a ground
//     of domestic law whose substance it is (GroundDomestic with
//     Facts.DomesticGroundFiscal): calling the fiscal exception a domestic
//     ground does not sidestep para. 14;
//   - a refusal follows no consultation where consultation was appropriate
//     (para. 15, ViolationNoConsultation);
//   - extradition of a national sought for prosecution is declined solely
//     because of nationality, the requesting State asked for submission,
//     and the case is not submitted for prosecution (para. 10,
//     ViolationNoSubmission). The duty attaches to the refusal as made: a
//     refusal on nationality that law or treaty does not allow breaks para.
//     7 and does not escape para. 10. Conditional surrender discharges the duty
//     only where the requested State's law allows surrender of nationals
//     only on that condition and both States agree (para. 11); otherwise
//     it is treated as declining to extradite because of nationality;
//   - extradition to enforce a sentence is refused because the person is
//     a national, the requesting State applied for enforcement, domestic
//     law permits it, and enforcement is not considered (para. 12,
//     ViolationEnforcementNotConsidered).
//
// Para. 10 speaks of an "alleged offender" and submission "for the purpose
// of prosecution", and para. 12 of a sentence already imposed; the library
// applies para. 10 to extradition sought for prosecution and para. 12 to
// extradition sought for enforcement, as UNTOC art. 16(10) and (12) are
// read.
//
// The error is only the inputs' validation Problems.
func Review(r Request, p Profile, f Facts, s Response) (Decision, error) {
	pr, err := Prepare(r, p)
	if err != nil {
		return Decision{}, validate(r, p, f, &s)
	}
	return pr.Review(f, s)
}

// violationsInOrder are the violations, in the order of the text.
var violationsInOrder = [...]Term{ViolationNoGround, ViolationGroundNotAvailable, ViolationNoSubmission,
	ViolationEnforcementNotConsidered, ViolationFiscalSole, ViolationNoConsultation}

func reviewOf(in *inputs) Decision {
	assessed := assessOf(in)
	a := &assessed
	v := assessed
	v.Result = convention.Result[Term]{}
	v.Name, v.Response = "review of response", in.s
	r := &v.Result
	mergeTests(r, a.Result)
	r.Available, r.Barred = a.Available, a.Barred
	s := in.s
	applies := a.Scope.applies
	refusing := known(s.Action.Refuses())

	// Para. 7: the grounds relied on. Para. 14: relying on the fiscal
	// element, by name or as a ground of domestic law whose substance it
	// is, adds no ground.
	effective, unavailable, otherThanNationality := no, no, no
	fiscalRelied := known(s.Grounds.Has(GroundFiscal))
	for _, g := range groundsInOrder {
		if !s.Grounds.Has(g) {
			continue
		}
		av := a.ground(g)
		na := av.Not()
		if g == GroundDomestic {
			// A ground of domestic law that applies and rests on fiscal
			// matters only is the fiscal element, not a ground unavailable.
			na = a.domesticFact.Not()
			fiscalRelied = fiscalRelied.Or(a.domesticFact.And(a.domFiscal))
		}
		effective, unavailable = effective.Or(av), unavailable.Or(na)
		if g != GroundNationality {
			otherThanNationality = otherThanNationality.Or(av)
		}
	}
	var j [len(violationsInOrder)]convention.Judgement
	// Para. 7: the grounds of refusal matter where extradition is owed.
	// Where nothing obliges the State to extradite (no legal basis, para.
	// 4; the belief of Cooperation art., para. 3: "Nothing in this
	// Convention shall be interpreted as imposing an obligation to
	// extradite"), the ground it gives breaks nothing in para. 7.
	j[1] = applies.And(refusing).And(a.obliged).And(unavailable)
	// Para. 14.
	j[4] = applies.And(refusing).And(fiscalRelied).And(effective.Not())
	// A refusal that rests on no available ground breaks para. 7 as such
	// only where it relies on nothing the text names otherwise: a ground
	// not available breaks para. 7 as relied on (j[1]), the fiscal element
	// para. 14 (j[4]); the same defect is not counted twice.
	j[0] = applies.And(refusing).And(a.obliged).And(effective.Not()).And(unavailable.Not()).And(fiscalRelied.Not())

	// Para. 15.
	appropriate := no
	if s.Action.Refuses() && applies != no {
		appropriate = decide.Test(r, FactConsultAppropriate, in.get(FactConsultAppropriate, in.f.ConsultAppropriate))
		if appropriate == yes && applies == yes {
			r.Duties = r.Duties.With(DutyConsult)
		}
	}
	j[5] = applies.And(refusing).And(known(!s.Consulted)).And(appropriate)

	// Paras. 10-11.
	solely, law, agreed := no, unassessed, unassessed
	switch s.Action {
	case ActionRefuse, ActionRefuseAndSubmit:
		solely = known(s.Grounds.Has(GroundNationality)).And(a.national).And(otherThanNationality.Not())
	case ActionExtraditeConditionally:
		law = decide.Test(r, FactConditionalLaw, in.conditionalLaw())
		agreed = decide.Test(r, FactConditionalAgreed, in.get(FactConditionalAgreed, in.f.ConditionalAgreed))
		solely = a.national.And(law.And(agreed).Not())
	}
	prosecution := in.r.Purpose == PurposeProsecution
	if s.Action != ActionExtradite && prosecution && applies != no {
		decide.Test(r, TestSolelyNationality, solely)
	}
	submit := applies.And(known(prosecution && in.r.SubmitIfRefused)).And(solely)
	j[2] = submit.And(known(s.Action != ActionRefuseAndSubmit))
	if submit == yes || s.Action == ActionRefuseAndSubmit && applies == yes {
		r.Duties = r.Duties.With(DutySubmit)
	}

	// Para. 12.
	enforce := applies.And(refusing).And(known(in.r.Purpose == PurposeEnforcement && in.r.EnforceIfRefused)).
		And(known(s.Grounds.Has(GroundNationality))).And(a.national)
	enfLaw := unassessed
	if enforce != no {
		enfLaw = decide.Test(r, FactEnforcementLaw, in.get(FactEnforcementLaw, in.f.EnforcementLaw))
	}
	enforce = enforce.And(enfLaw)
	if enforce == yes {
		r.Duties = r.Duties.With(DutyConsiderEnforcement)
	}
	j[3] = enforce.And(known(!s.EnforcementConsidered))

	// Para. 13.
	if applies == yes {
		r.Duties = r.Duties.With(DutyFairTreatment)
	}

	open := false
	for i, t := range violationsInOrder {
		switch j[i] {
		case yes:
			if r.Violations.IsEmpty() {
				r.Cite = t.Describe().Cite
			}
			r.Violations = r.Violations.With(t)
		case unassessed:
			open = true
		}
	}
	switch {
	case !r.Violations.IsEmpty():
		r.Outcome = convention.Unlawful
	case open:
		r.Outcome = convention.Undetermined
	case applies == no:
		r.Outcome, r.Cite = convention.Lawful, cite(1)
	default:
		r.Outcome, r.Cite = convention.Lawful, cite(7)
	}
	if r.Outcome != convention.Undetermined {
		return v
	}

	// What each open violation turns on.
	for i, t := range violationsInOrder {
		if j[i] == unassessed {
			r.Cite = t.Describe().Cite
			break
		}
	}
	if applies == unassessed {
		r.Needed = r.Needed.Union(a.Scope.Needed)
	}
	if j[0] == unassessed || j[1] == unassessed || j[4] == unassessed || j[2] == unassessed {
		for _, g := range groundsInOrder {
			if s.Grounds.Has(g) {
				in.needGround(r, a, g)
			}
		}
		if s.Grounds.Has(GroundDomestic) {
			// A ground of domestic law relied on matters even where it would
			// rest on fiscal matters only: whether it applies decides
			// between a ground not available and the fiscal element.
			decide.Need(r, FactDomesticGround, a.domesticFact)
		}
	}
	if j[0] == unassessed || j[1] == unassessed {
		// Whether extradition is owed: with the obligation known, the basis
		// and the belief need nothing.
		r.Needed = r.Needed.Union(a.Basis.Needed)
		in.needGround(r, a, GroundDiscrimination)
	}
	if j[5] == unassessed {
		decide.Need(r, FactConsultAppropriate, appropriate)
	}
	if j[2] == unassessed {
		decide.Need(r, FactNational, a.national)
		if s.Action == ActionExtraditeConditionally {
			decide.Need(r, FactConditionalLaw, law)
			decide.Need(r, FactConditionalAgreed, agreed)
		}
	}
	if j[3] == unassessed {
		decide.Need(r, FactNational, a.national)
		decide.Need(r, FactEnforcementLaw, enfLaw)
	}
	return v
}
