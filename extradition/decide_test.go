package extradition_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

type (
	T     = extradition.Term
	terms = []extradition.Term
)

const (
	yes = convention.Yes
	no  = convention.No
	un  = convention.Unassessed
)

// row is one case of a table: a mutation of the baseline, the outcome and
// citation wanted, and the sets wanted (nil: not checked; empty: none).
type row struct {
	name                                     string
	mut                                      func(in *inputs)
	want                                     convention.Outcome
	cite                                     convention.Citation
	avail, barred, duties, violations, needs terms
}

func check(t *testing.T, rw row, r convention.Result[T]) {
	t.Helper()
	assert.Equal(t, rw.want, r.Outcome, "outcome")
	if !rw.cite.IsZero() {
		assert.Equal(t, rw.cite, r.Cite, "cite")
	}
	for _, c := range []struct {
		name string
		want terms
		got  convention.Set[T]
	}{{"available", rw.avail, r.Available}, {"barred", rw.barred, r.Barred}, {"duties", rw.duties, r.Duties},
		{"violations", rw.violations, r.Violations}, {"needed", rw.needs, r.Needed}} {
		if c.want != nil {
			assert.Equal(t, convention.SetOf(c.want...).Slice(), c.got.Slice(), c.name)
		}
	}
	for _, c := range r.Citations() {
		assert.True(t, convention.Registered(c), "%s", c)
	}
	if r.Outcome == convention.Undetermined {
		assert.False(t, r.Needed.IsEmpty(), "undetermined lists what it needs")
	} else {
		assert.True(t, r.Needed.IsEmpty(), "determined needs nothing")
	}
}

func mutated(rw row) inputs {
	in := base()
	in.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
	if rw.mut != nil {
		rw.mut(&in)
	}
	return in
}

// TestScope: para. 1, "This article shall apply to the offences established
// under this Convention and the person who is the subject of the request
// for extradition is located in the territory of the requested State Party,
// provided that the offence for which extradition is sought is punishable
// under the domestic law of both"; para. 2, "If the request for extradition
// includes several separate serious crimes, some of which are not covered
// by this article, the requested State Party may apply this article also in
// respect of the latter offences".
func TestScope(t *testing.T) {
	rows := []row{
		{name: "para. 1 covered offence, person located: satisfied", want: convention.Satisfied, cite: cite(1), avail: terms{}},
		{name: "para. 1 person not located in the requested State: not applicable",
			mut: func(in *inputs) { in.r.Person.InRequestedState = no }, want: convention.NotApplicable},
		{name: "para. 1 offence not established under the Convention: not applicable",
			mut: func(in *inputs) { in.r.Offences[0].Offence.Established = "" }, want: convention.NotApplicable},
		{name: "para. 1 and Cooperation para. 2 conduct not criminal in the requested State: not applicable",
			mut: func(in *inputs) { in.r.Offences[0].Requested.Criminal = no }, want: convention.NotApplicable},
		{name: "para. 1 location unassessed: undetermined",
			mut: func(in *inputs) { in.r.Person.InRequestedState = un }, want: convention.Undetermined, needs: terms{extradition.FactLocated}},
		{name: "para. 1 requested characterisation unassessed: undetermined",
			mut: func(in *inputs) { in.r.Offences[0].Requested.Criminal = un }, want: convention.Undetermined, needs: terms{extradition.FactCriminalRequested}},
		{name: "para. 1 not located decides whatever the characterisation",
			mut: func(in *inputs) { in.r.Person.InRequestedState = no; in.r.Offences[0].Requested.Criminal = un }, want: convention.NotApplicable},
		{name: "Cooperation para. 2 different names and categories, same conduct: satisfied",
			mut: func(in *inputs) {
				in.r.Offences[0].Requested.Name, in.r.Offences[0].Requested.Category = "fraude", "other"
			}, want: convention.Satisfied},
		{name: "para. 2 separate serious crime not covered, with a covered offence: the State may apply the article",
			mut: func(in *inputs) { in.r.Offences = append(in.r.Offences, laundering()) }, want: convention.Satisfied,
			avail: terms{extradition.CourseAccessory}},
		{name: "para. 2 separate crime not serious: no power",
			mut: func(in *inputs) {
				l := laundering()
				l.Offence.MaxPenalty = convention.Imprisonment(3, 11)
				in.r.Offences = append(in.r.Offences, l)
			}, want: convention.Satisfied, avail: terms{}},
		{name: "para. 2 serious crimes but none covered: not applicable",
			mut: func(in *inputs) {
				in.r.Offences = []extradition.Charge{laundering(), laundering()}
				in.r.Offences[1].Offence.Conduct = "x"
			},
			want: convention.NotApplicable, avail: terms{}},
		{name: "para. 2 serious crime with penalty unknown: power undetermined, outcome not",
			mut: func(in *inputs) {
				l := laundering()
				l.Offence.MaxPenalty = convention.Penalty{}
				in.r.Offences = append(in.r.Offences, l)
			}, want: convention.Satisfied, avail: terms{}},
	}
	for _, rw := range rows {
		t.Run(rw.name, func(t *testing.T) {
			in := mutated(rw)
			s, err := extradition.DecideScope(in.r, in.f)
			require.NoError(t, err)
			check(t, rw, s.Result)
			assert.Equal(t, s.Outcome == convention.Satisfied, s.Applies() == yes)
		})
	}
}

func TestExtraditionPara2PerOffence(t *testing.T) {
	in := base()
	in.r.Offences = append(in.r.Offences, laundering())
	in.f.Accessory = un
	s, err := extradition.DecideScope(in.r, in.f)
	require.NoError(t, err)
	assert.Equal(t, extradition.OffenceScope{Covered: yes, Accessory: no}, s.Offence(0))
	assert.Equal(t, extradition.OffenceScope{Covered: no, Accessory: yes}, s.Offence(1))
	assert.Equal(t, extradition.OffenceScope{}, s.Offence(2))
	assert.Equal(t, extradition.OffenceScope{}, s.Offence(-1))
	assert.Equal(t, 2, s.Len())

	in.f.Accessory = yes
	s, err = extradition.DecideScope(in.r, in.f)
	require.NoError(t, err)
	assert.Equal(t, extradition.OffenceScope{Covered: no, Accessory: yes, Applied: true}, s.Offence(1))
	assert.False(t, s.Offence(0).Applied)

	in.r.Offences[1].Offence.MaxPenalty = convention.Penalty{}
	s, err = extradition.DecideScope(in.r, in.f)
	require.NoError(t, err)
	assert.Equal(t, extradition.OffenceScope{Covered: no, Accessory: un}, s.Offence(1))
}

// TestBasis: para. 3, "deemed to be included as an extraditable offence in
// any extradition treaty existing between States Parties"; para. 4, "may
// consider this Convention the legal basis for extradition"; para. 5(a),
// "inform the Secretary-General ... whether they will take this Convention
// as the legal basis"; para. 5(b), "If they do not take this Convention as
// the legal basis ..., seek, where appropriate, to conclude treaties"; para.
// 6, "States Parties that do not make extradition conditional on the
// existence of a treaty shall recognize offences ... as extraditable".
func TestBasis(t *testing.T) {
	rows := []row{
		{name: "para. 3 treaty between the States: satisfied, treaty", want: convention.Satisfied, cite: cite(3), duties: terms{}},
		{name: "para. 6 not treaty-conditional: domestic law, duty to recognise",
			mut:  func(in *inputs) { in.p = extradition.Profile{TreatyConditional: no, Treaty: no} },
			want: convention.Satisfied, cite: cite(6), duties: terms{extradition.DutyRecognise}},
		{name: "paras. 3 and 6 not treaty-conditional, with a treaty: the treaty",
			mut:  func(in *inputs) { in.p = extradition.Profile{TreatyConditional: no, Treaty: yes} },
			want: convention.Satisfied, cite: cite(3), duties: terms{extradition.DutyRecognise}},
		{name: "para. 6 not treaty-conditional, treaty unassessed: domestic law either way",
			mut:  func(in *inputs) { in.p = extradition.Profile{TreatyConditional: no} },
			want: convention.Satisfied, cite: cite(6), duties: terms{extradition.DutyRecognise}},
		{name: "para. 4 treaty-conditional, no treaty, notified it takes the Convention: convention",
			mut:  func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, un },
			want: convention.Satisfied, cite: cite(4), duties: terms{}},
		{name: "para. 5(b) notified it does not take the Convention: no basis, seek treaties",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = no, extradition.NotifiedNoConvention, un
			}, want: convention.NotSatisfied, avail: terms{extradition.GroundNoBasis}, duties: terms{extradition.DutySeekTreaties}},
		{name: "para. 4 and 5(a) no notification, undecided: discretionary, duty to notify",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = no, extradition.NotNotified, un
			},
			want: convention.Discretionary, avail: terms{extradition.CourseConventionBasis, extradition.GroundNoBasis},
			duties: terms{extradition.DutyNotify}},
		{name: "para. 4 no notification, the State decides to consider the Convention: convention",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = no, extradition.NotNotified, yes
			},
			want: convention.Satisfied, cite: cite(4), duties: terms{extradition.DutyNotify}},
		{name: "para. 4 the State's choice in the case prevails over its notification",
			mut:  func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no },
			want: convention.NotSatisfied, duties: terms{extradition.DutySeekTreaties}},
		{name: "paras. 3-4 treaty unassessed, the Convention taken: satisfied either way",
			mut:  func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = un, un },
			want: convention.Satisfied, cite: cite(4)},
		{name: "para. 5(a) notification unknown, no choice: undetermined",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = no, extradition.NotificationUnknown, un
			}, want: convention.Undetermined, needs: terms{extradition.FactConventionBasis, extradition.TestNotified}},
		{name: "paras. 3-6 nothing known: undetermined",
			mut:  func(in *inputs) { in.p, in.f.ConventionBasis = extradition.Profile{}, un },
			want: convention.Undetermined,
			needs: terms{extradition.FactTreaty, extradition.FactTreatyConditional, extradition.FactConventionBasis,
				extradition.TestNotified}},
		{name: "para. 3 treaty unassessed, not notified, undecided: undetermined",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = un, extradition.NotNotified, un
			}, want: convention.Undetermined, needs: terms{extradition.FactTreaty, extradition.FactConventionBasis}},
	}
	for _, rw := range rows {
		t.Run(rw.name, func(t *testing.T) {
			in := mutated(rw)
			b, err := extradition.DecideBasis(in.p, in.f)
			require.NoError(t, err)
			check(t, rw, b.Result)
		})
	}
}

func TestBasisKinds(t *testing.T) {
	in := base()
	b, _ := extradition.DecideBasis(in.p, in.f)
	assert.Equal(t, extradition.BasisTreaty, b.Basis)
	in.p.Treaty = un
	b, _ = extradition.DecideBasis(in.p, in.f)
	assert.Equal(t, extradition.BasisUnknown, b.Basis, "treaty or Convention: which one is not known")
	in.p.Treaty = no
	b, _ = extradition.DecideBasis(in.p, in.f)
	assert.Equal(t, extradition.BasisConvention, b.Basis)
	in.p.TreatyConditional = no
	b, _ = extradition.DecideBasis(in.p, in.f)
	assert.Equal(t, extradition.BasisDomesticLaw, b.Basis)
	in.p.TreatyConditional, in.f.ConventionBasis = yes, no
	b, _ = extradition.DecideBasis(in.p, in.f)
	assert.Equal(t, extradition.BasisNone, b.Basis)
	_, err := extradition.DecideBasis(extradition.Profile{Treaty: 7}, extradition.Facts{Urgent: 7})
	assert.Len(t, convention.AsProblems(err), 2)
}

// TestAssess: the whole article; para. 7, "Extradition shall be subject to
// the conditions provided for by the domestic law of the requested State
// Party or by applicable extradition treaties, including ... the minimum
// penalty requirement ... and the grounds upon which the requested State
// Party may refuse extradition".
func TestAssess(t *testing.T) {
	rows := []row{
		{name: "para. 7 treaty basis, every ground assessed, none available: obliged",
			want: convention.Obliged, cite: cite(3), avail: terms{}, barred: terms{},
			duties: terms{extradition.DutyFairTreatment}},
		{name: "para. 7 minimum penalty requirement not met: may refuse",
			mut: func(in *inputs) { in.f.MinimumPenaltyMet = no }, want: convention.MayRefuse, cite: cite(7),
			avail: terms{extradition.GroundMinimumPenalty}, duties: terms{extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 7 a ground of domestic law applies: may refuse",
			mut: func(in *inputs) { in.f.DomesticGround = yes }, want: convention.MayRefuse, cite: cite(7),
			avail: terms{extradition.GroundDomestic}},
		{name: "para. 7 minimum penalty unassessed: undetermined",
			mut: func(in *inputs) { in.f.MinimumPenaltyMet = un }, want: convention.Undetermined, cite: cite(7),
			needs: terms{extradition.FactMinimumPenalty}},
		{name: "para. 7 an unassessed ground does not matter once another is available",
			mut: func(in *inputs) { in.f.MinimumPenaltyMet, in.f.DomesticGround = un, yes }, want: convention.MayRefuse,
			avail: terms{extradition.GroundDomestic}},
		{name: "Cooperation para. 3 discriminatory purpose on a listed ground: no obligation",
			mut: func(in *inputs) {
				in.f.Discrimination = convention.DiscriminationFacts{Belief: yes,
					Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundPoliticalOpinions)}
			}, want: convention.NoObligation, cite: coop3, avail: terms{extradition.GroundDiscrimination}},
		// "Nothing in this Convention shall be interpreted as imposing an
		// obligation to extradite ... if": the belief lifts the obligation.
		// Where a ground of para. 7 already leaves the State free to refuse,
		// the belief, unassessed, cannot change whether it must extradite:
		// the outcome is MayRefuse, not Undetermined.
		{name: "Cooperation para. 3 belief unassessed where a ground is available: may refuse either way",
			mut: func(in *inputs) {
				in.f.Discrimination = convention.DiscriminationFacts{}
				in.f.DomesticGround = yes
			}, want: convention.MayRefuse, cite: cite(7), avail: terms{extradition.GroundDomestic}, needs: terms{}},
		{name: "Cooperation para. 3 with no legal basis: no obligation either way",
			mut: func(in *inputs) {
				in.f.Discrimination = convention.DiscriminationFacts{}
				in.p.Treaty, in.f.ConventionBasis = no, no
			}, want: convention.NoObligation, cite: cite(4)},
		{name: "Cooperation para. 3 belief not held: obliged",
			mut:  func(in *inputs) { in.f.Discrimination = convention.DiscriminationFacts{Belief: no} },
			want: convention.Obliged, avail: terms{}},
		// "has substantial grounds for believing": a State that holds the
		// belief and has not yet named the listed ground is not treated as
		// naming none.
		{name: "Cooperation para. 3 belief held, listed ground not yet named: no obligation",
			mut:  func(in *inputs) { in.f.Discrimination = convention.DiscriminationFacts{Belief: yes} },
			want: convention.NoObligation, cite: coop3, avail: terms{extradition.GroundDiscrimination}},
		{name: "Cooperation para. 3 beliefs unassessed: undetermined",
			mut:  func(in *inputs) { in.f.Discrimination = convention.DiscriminationFacts{} },
			want: convention.Undetermined, needs: terms{extradition.FactDiscriminationBelief}},
		{name: "para. 10 national, submission asked: may refuse, duty to submit",
			mut:  func(in *inputs) { in.r.Person.National, in.r.SubmitIfRefused = yes, true },
			want: convention.MayRefuse, cite: cite(7), avail: terms{extradition.GroundNationality},
			duties: terms{extradition.DutySubmit, extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 10 national, submission not asked: no duty to submit",
			mut:  func(in *inputs) { in.r.Person.National = yes },
			want: convention.MayRefuse, duties: terms{extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 11 national, law allows conditional surrender: course open",
			mut:  func(in *inputs) { in.r.Person.National, in.f.ConditionalLaw = yes, yes },
			want: convention.MayRefuse, avail: terms{extradition.GroundNationality, extradition.CourseConditional}},
		{name: "para. 12 enforcement, national, applied for, law permits: duty to consider enforcement",
			mut: func(in *inputs) {
				in.r.Purpose, in.r.Sentence = extradition.PurposeEnforcement, extradition.Sentence{Imposed: convention.Imprisonment(4, 0)}
				in.r.Person.National, in.r.EnforceIfRefused = yes, true
			}, want: convention.MayRefuse,
			duties: terms{extradition.DutyConsiderEnforcement, extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 12 enforcement, law does not permit: no duty",
			mut: func(in *inputs) {
				in.r.Purpose, in.r.Sentence = extradition.PurposeEnforcement, extradition.Sentence{Imposed: convention.Imprisonment(4, 0)}
				in.r.Person.National, in.r.EnforceIfRefused, in.f.EnforcementLaw = yes, true, no
			}, want: convention.MayRefuse, duties: terms{extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 14 fiscal element: barred, never available; still obliged",
			mut:  func(in *inputs) { in.r.Offences[0].Fiscal = true },
			want: convention.Obliged, avail: terms{}, barred: terms{extradition.GroundFiscal}},
		{name: "para. 4 no legal basis: no obligation, seek treaties",
			mut:  func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no },
			want: convention.NoObligation, cite: cite(4), avail: terms{extradition.GroundNoBasis},
			duties: terms{extradition.DutySeekTreaties, extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "para. 4 discretion of the requested State: discretionary",
			mut: func(in *inputs) {
				in.p.Treaty, in.p.Notification, in.f.ConventionBasis = no, extradition.NotNotified, un
			},
			want: convention.Discretionary, avail: terms{extradition.CourseConventionBasis, extradition.GroundNoBasis}},
		{name: "paras. 3-6 basis undetermined: undetermined",
			mut:  func(in *inputs) { in.p = extradition.Profile{}; in.f.ConventionBasis = un },
			want: convention.Undetermined},
		{name: "para. 1 not applicable: no grounds, no duties",
			mut: func(in *inputs) {
				in.r.Person.InRequestedState = no
				in.f.DomesticGround = yes
				in.r.Offences[0].Fiscal = true
			},
			want: convention.NotApplicable, cite: cite(1), avail: terms{}, barred: terms{}, duties: terms{}},
		{name: "para. 1 scope undetermined: undetermined",
			mut:  func(in *inputs) { in.r.Person.InRequestedState = un },
			want: convention.Undetermined, cite: cite(1), needs: terms{extradition.FactLocated}},
		{name: "para. 2 accessory power among the courses available",
			mut:  func(in *inputs) { in.r.Offences = append(in.r.Offences, laundering()) },
			want: convention.Obliged, avail: terms{extradition.CourseAccessory}},
		{name: "para. 13 fair treatment whenever the article applies",
			mut: func(in *inputs) { in.f.DomesticGround = yes }, want: convention.MayRefuse,
			duties: terms{extradition.DutyFairTreatment, extradition.DutyConsult}},
	}
	for _, rw := range rows {
		t.Run(rw.name, func(t *testing.T) {
			a, err := mutated(rw).assess()
			require.NoError(t, err)
			check(t, rw, a.Result)
		})
	}
}

func TestAssessmentGround(t *testing.T) {
	in := base()
	in.r.Person.National, in.f.DomesticGround, in.f.MinimumPenaltyMet = yes, un, no
	in.r.Offences[0].Fiscal = true
	a, err := in.assess()
	require.NoError(t, err)
	assert.Equal(t, yes, a.Ground(extradition.GroundNationality))
	assert.Equal(t, un, a.Ground(extradition.GroundDomestic))
	assert.Equal(t, yes, a.Ground(extradition.GroundMinimumPenalty))
	assert.Equal(t, no, a.Ground(extradition.GroundNoBasis))
	assert.Equal(t, no, a.Ground(extradition.GroundFiscal))
	assert.Equal(t, no, a.Ground(extradition.DutyConsult))
	in.r.Person.InRequestedState = no
	a, _ = in.assess()
	assert.Equal(t, no, a.Ground(extradition.GroundNationality), "no ground where the article does not apply")
}

func TestAssessWhatIf(t *testing.T) {
	in := base()
	in.f.MinimumPenaltyMet = un
	a, err := in.assess()
	require.NoError(t, err)
	w, ok := a.WhatIf(extradition.FactMinimumPenalty)
	require.True(t, ok)
	assert.Equal(t, convention.Obliged, w.IfYes)
	assert.Equal(t, convention.MayRefuse, w.IfNo)
}

func TestReview(t *testing.T) {
	refuse := func(gs ...T) func(in *inputs) {
		return func(in *inputs) {
			in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(gs...), Consulted: true}
		}
	}
	and := func(fs ...func(in *inputs)) func(in *inputs) {
		return func(in *inputs) {
			for _, f := range fs {
				f(in)
			}
		}
	}
	national := func(in *inputs) { in.r.Person.National, in.r.SubmitIfRefused = yes, true }
	rows := []row{
		{name: "para. 7 extradition: lawful", want: convention.Lawful, cite: cite(7), violations: terms{},
			duties: terms{extradition.DutyFairTreatment}},
		{name: "para. 7 refusal on an available ground after consultation: lawful",
			mut:  and(func(in *inputs) { in.f.DomesticGround = yes }, refuse(extradition.GroundDomestic)),
			want: convention.Lawful, violations: terms{}, duties: terms{extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "para. 7 refusal on a ground not available: unlawful",
			mut:  refuse(extradition.GroundDomestic),
			want: convention.Unlawful, cite: cite(7), violations: terms{extradition.ViolationGroundNotAvailable}},
		{name: "para. 7 refusal with no ground where extradition is owed: unlawful",
			mut:  refuse(),
			want: convention.Unlawful, violations: terms{extradition.ViolationNoGround}},
		{name: "para. 7 refusal with no ground where there is no legal basis: lawful",
			mut:  and(func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no }, refuse()),
			want: convention.Lawful, violations: terms{}},
		{name: "para. 7 refusal on the want of a legal basis: lawful",
			mut:  and(func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no }, refuse(extradition.GroundNoBasis)),
			want: convention.Lawful},
		{name: "para. 7 refusal on a ground still unassessed: undetermined",
			mut:  and(func(in *inputs) { in.f.DomesticGround = un }, refuse(extradition.GroundDomestic)),
			want: convention.Undetermined, needs: terms{extradition.FactDomesticGround}},
		{name: "para. 14 refusal on the fiscal element alone: unlawful",
			mut:  and(func(in *inputs) { in.r.Offences[0].Fiscal = true }, refuse(extradition.GroundFiscal)),
			want: convention.Unlawful, violations: terms{extradition.ViolationFiscalSole}},
		{name: "para. 14 refusal on the fiscal element alone, no legal basis: still unlawful",
			mut: and(func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no; in.r.Offences[0].Fiscal = true },
				refuse(extradition.GroundFiscal)),
			want: convention.Unlawful, cite: cite(14), violations: terms{extradition.ViolationFiscalSole}},
		{name: "para. 14 fiscal element beside an available ground: lawful",
			mut: and(func(in *inputs) { in.f.DomesticGround = yes; in.r.Offences[0].Fiscal = true },
				refuse(extradition.GroundDomestic, extradition.GroundFiscal)),
			want: convention.Lawful},
		{name: "para. 10 nationality and an unavailable ground: solely nationality, unlawful",
			mut:  and(national, refuse(extradition.GroundNationality, extradition.GroundDomestic)),
			want: convention.Unlawful, violations: terms{extradition.ViolationGroundNotAvailable, extradition.ViolationNoSubmission}},
		{name: "para. 7 no legal basis (para. 4 'may consider', declined): a ground not available breaks nothing",
			mut: and(func(in *inputs) {
				in.p.Treaty, in.f.ConventionBasis, in.f.NationalityGround, in.r.Person.National = no, no, no, yes
			}, refuse(extradition.GroundNationality)),
			want: convention.Lawful, violations: terms{}},
		{name: "para. 10 no legal basis, a national refused on nationality alone, submission asked: para. 10 still binds",
			mut: and(func(in *inputs) { in.p.Treaty, in.f.ConventionBasis, in.f.NationalityGround = no, no, no }, national,
				refuse(extradition.GroundNationality)),
			want: convention.Unlawful, violations: terms{extradition.ViolationNoSubmission}},
		{name: "Cooperation para. 3 'Nothing in this Convention shall be interpreted as imposing an obligation to extradite': a ground not available breaks nothing",
			mut:  and(func(in *inputs) { in.f.Discrimination.Belief = yes }, refuse(extradition.GroundDomestic)),
			want: convention.Lawful, violations: terms{}},
		{name: "para. 7 the obligation unassessed: a ground not available waits on it",
			mut:  and(func(in *inputs) { in.f.Discrimination.Belief = un }, refuse(extradition.GroundDomestic)),
			want: convention.Undetermined, needs: terms{extradition.FactDiscriminationBelief}},
		{name: "para. 15 'where appropriate' unassessed, no legal basis, the ground relied on unassessed: only the appropriateness is needed (no obligation, so the ground decides nothing in para. 7)",
			mut: and(func(in *inputs) {
				in.p.Treaty, in.f.ConventionBasis, in.f.DomesticGround, in.f.ConsultAppropriate = no, no, un, un
			}, refuse(extradition.GroundDomestic), func(in *inputs) { in.s.Consulted = false }),
			want: convention.Undetermined, cite: cite(15), needs: terms{extradition.FactConsultAppropriate}},
		{name: "para. 7 extradition owed, the ground relied on unassessed: the ground is needed",
			mut:  and(func(in *inputs) { in.f.DomesticGround = un }, refuse(extradition.GroundDomestic)),
			want: convention.Undetermined, cite: cite(7), needs: terms{extradition.FactDomesticGround}},
		{name: "para. 15 'where appropriate' unassessed, the belief unassessed, the refusal resting on an available ground: the obligation decides nothing, only the appropriateness is needed",
			mut: and(func(in *inputs) {
				in.f.MinimumPenaltyMet, in.f.Discrimination.Belief, in.f.ConsultAppropriate = no, un, un
			},
				refuse(extradition.GroundMinimumPenalty), func(in *inputs) { in.s.Consulted = false }),
			want: convention.Undetermined, cite: cite(15), needs: terms{extradition.FactConsultAppropriate}},
		{name: "para. 7 a ground not available beside an available one, the belief unassessed: whether extradition is owed decides",
			mut: and(func(in *inputs) { in.f.MinimumPenaltyMet, in.f.Discrimination.Belief = no, un },
				refuse(extradition.GroundMinimumPenalty, extradition.GroundDomestic)),
			want: convention.Undetermined, cite: cite(7), needs: terms{extradition.FactDiscriminationBelief}},
		{name: "para. 10 nationality unassessed: undetermined",
			mut:  and(national, func(in *inputs) { in.r.Person.National = un }, refuse(extradition.GroundNationality)),
			want: convention.Undetermined, needs: terms{extradition.FactNational}},
		{name: "para. 1 the article does not apply: any refusal lawful",
			mut: and(func(in *inputs) { in.r.Person.InRequestedState = no; in.r.Offences[0].Fiscal = true },
				refuse(extradition.GroundFiscal), func(in *inputs) { in.s.Consulted = false }),
			want: convention.Lawful, cite: cite(1), duties: terms{}},
		{name: "Cooperation para. 3 refusal on discrimination: lawful",
			mut: and(func(in *inputs) {
				in.f.Discrimination = convention.DiscriminationFacts{Belief: yes,
					Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
			}, refuse(extradition.GroundDiscrimination)),
			want: convention.Lawful},
	}
	for _, rw := range rows {
		t.Run(rw.name, func(t *testing.T) {
			v, err := mutated(rw).review()
			require.NoError(t, err)
			check(t, rw, v.Result)
		})
	}
}
