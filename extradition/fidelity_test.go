package extradition_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// The tests of this file hold each condition of a paragraph on both
// sides; each row's name quotes, or its comment quotes, the words that
// decide it. The Fidelity table of doc.go points here.

// runRows decides each row with decide and checks the result.
func runRows(t *testing.T, rows []row, decide func(in inputs) (convention.Result[T], error)) {
	t.Helper()
	for _, rw := range rows {
		t.Run(rw.name, func(t *testing.T) {
			r, err := decide(mutated(rw))
			require.NoError(t, err)
			check(t, rw, r)
		})
	}
}

func runAssess(t *testing.T, rows []row) {
	t.Helper()
	runRows(t, rows, func(in inputs) (convention.Result[T], error) {
		a, err := in.assess()
		return a.Result, err
	})
}

func runReview(t *testing.T, rows []row) {
	t.Helper()
	runRows(t, rows, func(in inputs) (convention.Result[T], error) {
		v, err := in.review()
		return v.Result, err
	})
}

func all(fs ...func(in *inputs)) func(in *inputs) {
	return func(in *inputs) {
		for _, f := range fs {
			f(in)
		}
	}
}

func refusal(gs ...T) func(in *inputs) {
	return func(in *inputs) {
		in.s = extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(gs...), Consulted: true}
	}
}

func national(law convention.Judgement) func(in *inputs) {
	return func(in *inputs) { in.r.Person.National, in.f.NationalityGround = yes, law }
}

func askSubmission(in *inputs) { in.r.SubmitIfRefused = true }

// TestExtraditionPara7NationalityGroundOnlyWhereLawOrTreatyProvides: para.
// 7 leaves the grounds of refusal to "the domestic law of the requested
// State Party or ... applicable extradition treaties"; para. 10 attaches a
// duty when a State does not extradite "solely on the ground that he or she
// is one of its nationals", and creates no ground. Nationality is a ground
// only where that law or treaty provides it.
func TestExtraditionPara7NationalityGroundOnlyWhereLawOrTreatyProvides(t *testing.T) {
	runAssess(t, []row{
		{name: "national, law or treaty provides the ground: may refuse on it",
			mut:  national(yes),
			want: convention.MayRefuse, cite: cite(7), avail: terms{extradition.GroundNationality}},
		{name: "national, law and treaty do not provide it: obliged, nationality no ground in itself",
			mut:  all(national(no), askSubmission),
			want: convention.Obliged, avail: terms{}, duties: terms{extradition.DutyFairTreatment}},
		{name: "national, what law or treaty provides unassessed: undetermined",
			mut:  national(un),
			want: convention.Undetermined, cite: cite(7), needs: terms{extradition.FactNationalityGround}},
		{name: "not a national, law provides the ground: no ground",
			mut:  func(in *inputs) { in.r.Person.National, in.f.NationalityGround = no, yes },
			want: convention.Obliged, avail: terms{}},
		{name: "not a national, law unassessed: it cannot change the outcome",
			mut:  func(in *inputs) { in.r.Person.National, in.f.NationalityGround = no, un },
			want: convention.Obliged, needs: terms{}},
		{name: "national, law unassessed, another ground available: it cannot change the outcome",
			mut:  all(national(un), func(in *inputs) { in.f.DomesticGround = yes }),
			want: convention.MayRefuse, avail: terms{extradition.GroundDomestic}, needs: terms{}},
		// Para. 11: "permitted under its domestic law to extradite ... one of
		// its nationals only upon the condition that the person will be
		// returned" is a condition of domestic law on the extradition of
		// nationals (para. 7).
		{name: "national, law permits surrender only upon the condition of return: the ground is provided",
			mut:  all(national(un), func(in *inputs) { in.f.ConditionalLaw = yes }),
			want: convention.MayRefuse, avail: terms{extradition.GroundNationality, extradition.CourseConditional}},
	})
	runReview(t, []row{
		{name: "refusal solely on nationality, law provides the ground, submission not asked: lawful",
			mut:  all(national(yes), refusal(extradition.GroundNationality)),
			want: convention.Lawful, violations: terms{}},
		{name: "refusal solely on nationality, law does not provide it: unlawful",
			mut:  all(national(no), refusal(extradition.GroundNationality)),
			want: convention.Unlawful, cite: cite(7),
			violations: terms{extradition.ViolationGroundNotAvailable}},
		{name: "refusal solely on nationality, what law provides unassessed: undetermined",
			mut:  all(national(un), refusal(extradition.GroundNationality)),
			want: convention.Undetermined, needs: terms{extradition.FactNationalityGround}},
		// Para. 10 attaches to the fact that the State "does not extradite
		// ... solely on the ground that he or she is one of its nationals":
		// a refusal the law does not allow is unlawful under para. 7, and
		// does not escape para. 10.
		{name: "refusal on nationality the law does not allow, submission asked and not made: para. 10 too",
			mut:  all(national(no), askSubmission, refusal(extradition.GroundNationality)),
			want: convention.Unlawful,
			violations: terms{extradition.ViolationGroundNotAvailable,
				extradition.ViolationNoSubmission}},
		{name: "refusal on nationality the law does not allow, with submission: still unlawful under para. 7",
			mut: all(national(no), askSubmission, refusal(extradition.GroundNationality),
				func(in *inputs) { in.s.Action = extradition.ActionRefuseAndSubmit }),
			want:       convention.Unlawful,
			violations: terms{extradition.ViolationGroundNotAvailable}},
		{name: "surrender of a national whose extradition the law bars: the article forbids no surrender",
			mut:  national(yes),
			want: convention.Lawful},
	})
}

func fiscalOffence(in *inputs) { in.r.Offences[0].Fiscal = true }

func domesticGround(substanceFiscal convention.Judgement) func(in *inputs) {
	return func(in *inputs) { in.f.DomesticGround, in.f.DomesticGroundFiscal = yes, substanceFiscal }
}

// TestExtraditionPara14FiscalExceptionIsNoDomesticGround: "States Parties
// may not refuse a request for extradition on the sole ground that the
// offence is also considered to involve fiscal matters". A ground of
// domestic law or treaty whose substance is the fiscal character of the
// offence is that ground, whatever domestic law calls it: calling it a
// domestic ground (para. 7) does not sidestep para. 14.
func TestExtraditionPara14FiscalExceptionIsNoDomesticGround(t *testing.T) {
	runAssess(t, []row{
		{name: "a domestic ground whose substance is fiscal matters: barred, obliged",
			mut:  all(fiscalOffence, domesticGround(yes)),
			want: convention.Obliged, avail: terms{}, barred: terms{extradition.GroundFiscal}},
		{name: "a domestic ground on another matter, the offence also fiscal: may refuse on it",
			mut:  all(fiscalOffence, domesticGround(no)),
			want: convention.MayRefuse, cite: cite(7), avail: terms{extradition.GroundDomestic}, barred: terms{extradition.GroundFiscal}},
		{name: "the offence fiscal, the substance of the domestic ground unassessed: undetermined",
			mut:  all(fiscalOffence, domesticGround(un)),
			want: convention.Undetermined, needs: terms{extradition.FactDomesticGroundFiscal}},
		{name: "no offence considered fiscal, substance unassessed: the ground cannot rest on fiscal matters",
			mut:  domesticGround(un),
			want: convention.MayRefuse, avail: terms{extradition.GroundDomestic}, barred: terms{}},
		{name: "a fiscal domestic ground beside another ground of para. 7: may refuse on the other",
			mut:  all(fiscalOffence, domesticGround(yes), func(in *inputs) { in.f.MinimumPenaltyMet = no }),
			want: convention.MayRefuse, avail: terms{extradition.GroundMinimumPenalty}},
	})
	runReview(t, []row{
		{name: "refusal on a domestic ground whose substance is fiscal matters: the sole ground para. 14 bars",
			mut:  all(fiscalOffence, domesticGround(yes), refusal(extradition.GroundDomestic)),
			want: convention.Unlawful, cite: cite(14),
			violations: terms{extradition.ViolationFiscalSole}},
		{name: "the same where there is no legal basis: para. 14 still bars the sole ground",
			mut: all(fiscalOffence, domesticGround(yes), refusal(extradition.GroundDomestic),
				func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no }),
			want: convention.Unlawful, cite: cite(14), violations: terms{extradition.ViolationFiscalSole}},
		{name: "refusal on a domestic ground on another matter, the offence also fiscal: lawful",
			mut:  all(fiscalOffence, domesticGround(no), refusal(extradition.GroundDomestic)),
			want: convention.Lawful, violations: terms{}},
		{name: "refusal on a fiscal domestic ground beside an available ground: not the sole ground, lawful",
			mut: all(fiscalOffence, domesticGround(yes), func(in *inputs) { in.f.MinimumPenaltyMet = no },
				refusal(extradition.GroundDomestic, extradition.GroundMinimumPenalty)),
			want: convention.Lawful, violations: terms{}},
		{name: "refusal on a domestic ground, its substance unassessed, the offence fiscal: undetermined",
			mut:  all(fiscalOffence, domesticGround(un), refusal(extradition.GroundDomestic)),
			want: convention.Undetermined, needs: terms{extradition.FactDomesticGroundFiscal}},
		{name: "refusal on a domestic ground that does not apply, fiscal in substance: not available",
			mut: all(fiscalOffence, refusal(extradition.GroundDomestic),
				func(in *inputs) { in.f.DomesticGround, in.f.DomesticGroundFiscal = no, yes }),
			want:       convention.Unlawful,
			violations: terms{extradition.ViolationGroundNotAvailable}},
		// Para. 10 "solely on the ground that he or she is one of its
		// nationals": a fiscal domestic ground beside nationality adds no
		// ground, so the refusal is still solely on nationality.
		{name: "nationality and a fiscal domestic ground: solely nationality, submission owed",
			mut: all(national(yes), askSubmission, fiscalOffence, domesticGround(yes),
				refusal(extradition.GroundNationality, extradition.GroundDomestic)),
			want: convention.Unlawful, violations: terms{extradition.ViolationNoSubmission}},
	})
	// "the offence is also considered to involve fiscal matters": a ground
	// resting on fiscal matters where the request marks no offence as
	// involving them is inconsistent input, never silently read.
	in := base()
	domesticGround(yes)(&in)
	_, err := in.assess()
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, cite(14), ps[0].Cite)
	assert.Equal(t, "Facts.DomesticGroundFiscal", ps[0].Field)
	assert.ErrorIs(t, err, convention.ErrInconsistent)
}

func belief(j convention.Judgement) func(in *inputs) {
	return func(in *inputs) { in.f.Discrimination = convention.DiscriminationFacts{Belief: j} }
}

// TestCooperationPara3BeliefLiftsTheObligationToExtradite: "Nothing in
// this Convention shall be interpreted as imposing an obligation to
// extradite ... if the requested State Party has substantial grounds for
// believing ...". The belief is the requested State's one answer; unassessed,
// it leaves the outcome Undetermined only where it could decide whether the
// State must extradite.
func TestCooperationPara3BeliefLiftsTheObligationToExtradite(t *testing.T) {
	runAssess(t, []row{
		{name: "belief held: no obligation", mut: belief(yes),
			want: convention.NoObligation, cite: coop3, avail: terms{extradition.GroundDiscrimination}},
		{name: "belief not held, no other ground: obliged", mut: belief(no),
			want: convention.Obliged, avail: terms{}},
		{name: "belief unassessed, no other ground: undetermined", mut: belief(un),
			want: convention.Undetermined, cite: coop3, needs: terms{extradition.FactDiscriminationBelief}},
		{name: "belief unassessed, a ground of para. 7 available: may refuse either way",
			mut:  all(belief(un), func(in *inputs) { in.f.MinimumPenaltyMet = no }),
			want: convention.MayRefuse, cite: cite(7), avail: terms{extradition.GroundMinimumPenalty}, needs: terms{}},
		{name: "belief unassessed, no legal basis: no obligation either way",
			mut:  all(belief(un), func(in *inputs) { in.p.Treaty, in.f.ConventionBasis = no, no }),
			want: convention.NoObligation, cite: cite(4), needs: terms{}},
		{name: "belief held, legal basis undetermined: no obligation whatever the basis",
			mut:  all(belief(yes), func(in *inputs) { in.p, in.f.ConventionBasis = extradition.Profile{}, un }),
			want: convention.NoObligation, cite: coop3, needs: terms{}},
		{name: "belief not held, legal basis undetermined: undetermined on the basis",
			mut:  all(belief(no), func(in *inputs) { in.p, in.f.ConventionBasis = extradition.Profile{}, un }),
			want: convention.Undetermined, needs: terms{extradition.FactTreaty, extradition.FactTreatyConditional,
				extradition.FactConventionBasis, extradition.TestNotified}},
	})
	runReview(t, []row{
		{name: "refusal stating no ground, belief held: no obligation to extradite, lawful",
			mut: all(belief(yes), refusal()), want: convention.Lawful, violations: terms{}},
		{name: "refusal stating no ground, belief not held: unlawful",
			mut: all(belief(no), refusal()), want: convention.Unlawful, violations: terms{extradition.ViolationNoGround}},
		{name: "refusal stating no ground, belief unassessed: undetermined",
			mut: all(belief(un), refusal()), want: convention.Undetermined, needs: terms{extradition.FactDiscriminationBelief}},
		{name: "refusal on the clause, belief unassessed: undetermined",
			mut:  all(belief(un), refusal(extradition.GroundDiscrimination)),
			want: convention.Undetermined, needs: terms{extradition.FactDiscriminationBelief}},
		{name: "refusal on the clause, belief not held: a ground not available",
			mut:  all(belief(no), refusal(extradition.GroundDiscrimination)),
			want: convention.Unlawful, violations: terms{extradition.ViolationGroundNotAvailable}},
	})
}

// TestCooperationPara3NoteInExplanations: the listed grounds the State
// names are information for the record, never a condition; every decision
// applying the clause notes them the same way (convention's Note).
func TestCooperationPara3NoteInExplanations(t *testing.T) {
	for _, d := range []convention.DiscriminationFacts{
		{Belief: yes},
		{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)},
		{Belief: no, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundSex)},
	} {
		in := base()
		in.f.Discrimination = d
		a, err := in.assess()
		require.NoError(t, err)
		assert.Contains(t, a.Explain().Notes, d.Note(), "assessment")
		v, err := in.review()
		require.NoError(t, err)
		assert.Contains(t, v.Explain().Notes, d.Note(), "review")
		in.r.Person.InRequestedState = no
		a, _ = in.assess()
		assert.NotContains(t, a.Explain().Notes, d.Note(), "not where the article does not apply")
	}
	a, _ := base().assess()
	for _, n := range a.Explain().Notes {
		assert.NotContains(t, n, "Cooperation art., para. 3", "nothing to note")
	}
}

func custody(in *inputs) { in.r.Provisional = extradition.MeasureCustody }

// TestExtraditionPara9ProvisionalMeasuresThreeConditions: "Subject to the
// provisions of its domestic law and its extradition treaties, the
// requested State Party may, upon being satisfied that the circumstances
// so warrant and are urgent and at the request of the requesting State
// Party, take a person ... who is present in its territory into custody or
// take other appropriate measures". Each condition on both sides; the
// satisfaction is the requested State's; "may" is a power, never a duty.
func TestExtraditionPara9ProvisionalMeasuresThreeConditions(t *testing.T) {
	rows := []row{
		{name: "all conditions met: the power is open (may), with fair treatment (para. 13)", mut: custody,
			want: convention.Discretionary, cite: cite(9), avail: terms{extradition.CourseProvisional},
			duties: terms{extradition.DutyFairTreatment}},
		{name: "other appropriate measures asked for: the power is open",
			mut:  func(in *inputs) { in.r.Provisional = extradition.MeasureOther },
			want: convention.Discretionary, avail: terms{extradition.CourseProvisional}},
		{name: "\"at the request of the requesting State Party\": no measure asked, no power",
			want: convention.NotApplicable, avail: terms{}, duties: terms{}},
		{name: "\"subject to ... domestic law and its extradition treaties\": not allowed",
			mut: all(custody, func(in *inputs) { in.f.ProvisionalLaw = no }), want: convention.NotApplicable},
		{name: "\"subject to ... domestic law\": unassessed",
			mut:  all(custody, func(in *inputs) { in.f.ProvisionalLaw = un }),
			want: convention.Undetermined, needs: terms{extradition.FactProvisionalLaw}},
		{name: "\"upon being satisfied that the circumstances so warrant\": not satisfied",
			mut: all(custody, func(in *inputs) { in.f.Warranted = no }), want: convention.NotApplicable},
		{name: "\"so warrant\": unassessed",
			mut:  all(custody, func(in *inputs) { in.f.Warranted = un }),
			want: convention.Undetermined, needs: terms{extradition.FactWarranted}},
		{name: "\"and are urgent\": not satisfied", mut: all(custody, func(in *inputs) { in.f.Urgent = no }),
			want: convention.NotApplicable},
		{name: "\"and are urgent\": the requesting State's word does not stand for the requested State's satisfaction",
			mut: all(custody, func(in *inputs) {
				in.r.Urgency, in.f.Urgent = convention.Urgency{Urgent: true, Reasons: "flight risk"}, un
			}),
			want: convention.Undetermined, needs: terms{extradition.FactUrgent}},
		{name: "\"who is present in its territory\": not present",
			mut: all(custody, func(in *inputs) { in.r.Person.InRequestedState = no }), want: convention.NotApplicable},
		{name: "\"who is present in its territory\": unassessed",
			mut:  all(custody, func(in *inputs) { in.r.Person.InRequestedState = un }),
			want: convention.Undetermined, needs: terms{extradition.FactLocated}},
	}
	runRows(t, rows, func(in inputs) (convention.Result[T], error) {
		p, err := extradition.DecideProvisional(in.r, in.f)
		assert.Equal(t, in.r.Provisional, p.Measure, "the measure asked for")
		return p.Result, err
	})
}

// TestExtraditionPara10SubmissionAtRequestAndSolelyOnNationality: "if it
// does not extradite such person ... solely on the ground that he or she is
// one of its nationals, shall, at the request of the State Party seeking
// extradition, be obliged to submit the case without undue delay to its
// competent authorities for the purpose of prosecution". Each condition on
// both sides.
func TestExtraditionPara10SubmissionAtRequestAndSolelyOnNationality(t *testing.T) {
	runReview(t, []row{
		{name: "solely on nationality, \"at the request\": not submitted, unlawful",
			mut:  all(national(yes), askSubmission, refusal(extradition.GroundNationality)),
			want: convention.Unlawful, cite: cite(10), violations: terms{extradition.ViolationNoSubmission}},
		{name: "solely on nationality, no request for submission: lawful, no duty",
			mut:  all(national(yes), refusal(extradition.GroundNationality)),
			want: convention.Lawful, violations: terms{}, duties: terms{extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "solely on nationality, at the request, submitted: lawful",
			mut: all(national(yes), askSubmission, refusal(extradition.GroundNationality),
				func(in *inputs) { in.s.Action = extradition.ActionRefuseAndSubmit }),
			want: convention.Lawful, duties: terms{extradition.DutySubmit, extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "not solely: nationality and another available ground, at the request: lawful",
			mut: all(national(yes), askSubmission, func(in *inputs) { in.f.MinimumPenaltyMet = no },
				refusal(extradition.GroundNationality, extradition.GroundMinimumPenalty)),
			want: convention.Lawful, violations: terms{}},
		{name: "not a national: no refusal on nationality to attach the duty to",
			mut:  all(func(in *inputs) { in.r.Person.National = no }, askSubmission, refusal(extradition.GroundNationality)),
			want: convention.Unlawful, violations: terms{extradition.ViolationGroundNotAvailable}},
		{name: "the person extradited: no duty to submit",
			mut:  all(national(yes), askSubmission),
			want: convention.Lawful, duties: terms{extradition.DutyFairTreatment}},
		{name: "\"in respect of an offence to which this article applies\": outside it, no duty",
			mut: all(national(yes), askSubmission, refusal(extradition.GroundNationality),
				func(in *inputs) { in.r.Offences[0].Requested.Criminal = no }),
			want: convention.Lawful, cite: cite(1), duties: terms{}},
		// "an alleged offender ... for the purpose of prosecution": a
		// sentenced person's case is para. 12's, not para. 10's.
		{name: "extradition sought to enforce a sentence: para. 10 does not apply",
			mut: all(national(yes), refusal(extradition.GroundNationality), func(in *inputs) {
				in.r.Purpose, in.r.Sentence = extradition.PurposeEnforcement, extradition.Sentence{Imposed: convention.Imprisonment(4, 0)}
			}),
			want: convention.Lawful, violations: terms{}},
	})
	runAssess(t, []row{
		{name: "assessment: the duty is listed where a refusal on nationality is open and submission was asked",
			mut:  all(national(yes), askSubmission),
			want: convention.MayRefuse, duties: terms{extradition.DutySubmit, extradition.DutyFairTreatment, extradition.DutyConsult}},
		{name: "assessment: not listed where submission was not asked",
			mut:  national(yes),
			want: convention.MayRefuse, duties: terms{extradition.DutyFairTreatment, extradition.DutyConsult}},
	})
}

func conditionalSurrender(law, agreed convention.Judgement) func(in *inputs) {
	return func(in *inputs) {
		in.f.ConditionalLaw, in.f.ConditionalAgreed = law, agreed
		in.s = extradition.Response{Action: extradition.ActionExtraditeConditionally}
	}
}

// TestExtraditionPara11ConditionalSurrenderDischargesPara10: "Whenever a
// State Party is permitted under its domestic law to extradite ... one of
// its nationals only upon the condition that the person will be returned
// ... and that State Party and the State Party seeking the extradition of
// the person agree with this option ..., such conditional extradition or
// surrender shall be sufficient to discharge the obligation set forth in
// paragraph 10". Both conditions, on both sides.
func TestExtraditionPara11ConditionalSurrenderDischargesPara10(t *testing.T) {
	runReview(t, []row{
		{name: "law permits only conditional surrender, both agree: para. 10 discharged",
			mut:  all(national(yes), askSubmission, conditionalSurrender(yes, yes)),
			want: convention.Lawful, violations: terms{}},
		{name: "\"agree with this option\": the requesting State does not: not discharged",
			mut:  all(national(yes), askSubmission, conditionalSurrender(yes, no)),
			want: convention.Unlawful, cite: cite(10), violations: terms{extradition.ViolationNoSubmission}},
		{name: "\"only upon the condition\": the law does not so limit surrender: para. 11 does not discharge para. 10",
			mut:  all(national(yes), askSubmission, conditionalSurrender(no, yes)),
			want: convention.Unlawful, violations: terms{extradition.ViolationNoSubmission}},
		{name: "the law unassessed: undetermined",
			mut:  all(national(yes), askSubmission, conditionalSurrender(un, yes)),
			want: convention.Undetermined, needs: terms{extradition.FactConditionalLaw}},
		{name: "the agreement unassessed: undetermined",
			mut:  all(national(yes), askSubmission, conditionalSurrender(yes, un)),
			want: convention.Undetermined, needs: terms{extradition.FactConditionalAgreed}},
		{name: "no request for submission: no para. 10 obligation to discharge",
			mut:  all(national(yes), conditionalSurrender(no, no)),
			want: convention.Lawful, violations: terms{}},
		{name: "not a national: para. 11 concerns nationals",
			mut:  all(func(in *inputs) { in.r.Person.National = no }, askSubmission, conditionalSurrender(no, no)),
			want: convention.Lawful, violations: terms{}},
	})
	runAssess(t, []row{
		{name: "the course is open where the law permits surrender of nationals only on condition",
			mut:  all(national(yes), func(in *inputs) { in.f.ConditionalLaw = yes }),
			want: convention.MayRefuse, avail: terms{extradition.GroundNationality, extradition.CourseConditional}},
		{name: "not where it does not",
			mut:  national(yes),
			want: convention.MayRefuse, avail: terms{extradition.GroundNationality}},
	})
}

func enforcement(in *inputs) {
	in.r.Purpose, in.r.Sentence = extradition.PurposeEnforcement, extradition.Sentence{Imposed: convention.Imprisonment(4, 0)}
	in.r.Person.National, in.r.EnforceIfRefused = yes, true
}

// TestExtraditionPara12ConsiderEnforcementOfTheSentence: "If extradition,
// sought for purposes of enforcing a sentence, is refused because the
// person sought is a national of the requested State Party, the requested
// Party shall, if its domestic law so permits and in conformity with the
// requirements of such law, upon application of the requesting Party,
// consider the enforcement of the sentence". Each condition on both sides;
// the duty is to "consider", not to enforce.
func TestExtraditionPara12ConsiderEnforcementOfTheSentence(t *testing.T) {
	runReview(t, []row{
		{name: "all conditions met, not considered: unlawful",
			mut:  all(enforcement, refusal(extradition.GroundNationality)),
			want: convention.Unlawful, cite: cite(12), violations: terms{extradition.ViolationEnforcementNotConsidered},
			duties: terms{extradition.DutyConsiderEnforcement, extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "\"consider\": considered, whatever the decision: lawful",
			mut:  all(enforcement, refusal(extradition.GroundNationality), func(in *inputs) { in.s.EnforcementConsidered = true }),
			want: convention.Lawful},
		{name: "\"upon application of the requesting Party\": no application, no duty",
			mut:  all(enforcement, func(in *inputs) { in.r.EnforceIfRefused = false }, refusal(extradition.GroundNationality)),
			want: convention.Lawful, duties: terms{extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "\"if its domestic law so permits\": it does not, no duty",
			mut:  all(enforcement, func(in *inputs) { in.f.EnforcementLaw = no }, refusal(extradition.GroundNationality)),
			want: convention.Lawful},
		{name: "\"if its domestic law so permits\": unassessed",
			mut:  all(enforcement, func(in *inputs) { in.f.EnforcementLaw = un }, refusal(extradition.GroundNationality)),
			want: convention.Undetermined, needs: terms{extradition.FactEnforcementLaw}},
		{name: "\"refused because the person sought is a national\": refused on another ground, no duty",
			mut: all(enforcement, func(in *inputs) { in.f.MinimumPenaltyMet = no },
				refusal(extradition.GroundMinimumPenalty)),
			want: convention.Lawful, violations: terms{}},
		// "because", not "solely because": nationality among the grounds
		// suffices.
		{name: "\"because\" the person is a national, beside another ground: the duty applies",
			mut: all(enforcement, func(in *inputs) { in.f.MinimumPenaltyMet = no },
				refusal(extradition.GroundNationality, extradition.GroundMinimumPenalty)),
			want: convention.Unlawful, violations: terms{extradition.ViolationEnforcementNotConsidered}},
		{name: "\"is refused\": extradited, no duty",
			mut:  enforcement,
			want: convention.Lawful, duties: terms{extradition.DutyFairTreatment}},
		{name: "sought for prosecution: para. 12 does not apply",
			mut:  all(national(yes), refusal(extradition.GroundNationality)),
			want: convention.Lawful, violations: terms{}},
	})
}

// TestExtraditionPara13FairTreatmentAtAllStages: "Any person regarding whom
// proceedings are being carried out in connection with any of the offences
// to which this article applies shall be guaranteed fair treatment at all
// stages of the proceedings".
func TestExtraditionPara13FairTreatmentAtAllStages(t *testing.T) {
	runAssess(t, []row{
		{name: "the article applies: the guarantee", want: convention.Obliged, duties: terms{extradition.DutyFairTreatment}},
		{name: "an offence to which the article does not apply: none",
			mut:  func(in *inputs) { in.r.Offences[0].Offence.Established = "" },
			want: convention.NotApplicable, duties: terms{}},
	})
}

// TestExtraditionPara15ConsultWhereAppropriate: "Before refusing
// extradition, the requested State Party shall, where appropriate, consult
// with the requesting State Party". "Where appropriate" is not left to the
// requested State's own view (contrast para. 9, "upon being satisfied"):
// the library takes it as an input, and never presumes it not appropriate.
func TestExtraditionPara15ConsultWhereAppropriate(t *testing.T) {
	refuseUnconsulted := all(func(in *inputs) { in.f.MinimumPenaltyMet = no }, refusal(extradition.GroundMinimumPenalty),
		func(in *inputs) { in.s.Consulted = false })
	runReview(t, []row{
		{name: "appropriate, not consulted: unlawful", mut: refuseUnconsulted,
			want: convention.Unlawful, cite: cite(15), violations: terms{extradition.ViolationNoConsultation}},
		{name: "appropriate, consulted: lawful",
			mut:  all(refuseUnconsulted, func(in *inputs) { in.s.Consulted = true }),
			want: convention.Lawful, duties: terms{extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "not appropriate, not consulted: lawful",
			mut:  all(refuseUnconsulted, func(in *inputs) { in.f.ConsultAppropriate = no }),
			want: convention.Lawful, duties: terms{extradition.DutyFairTreatment}},
		{name: "appropriateness unassessed, not consulted: undetermined, never presumed",
			mut:  all(refuseUnconsulted, func(in *inputs) { in.f.ConsultAppropriate = un }),
			want: convention.Undetermined, needs: terms{extradition.FactConsultAppropriate}},
		{name: "appropriateness unassessed, consulted: lawful, nothing needed",
			mut:  all(refuseUnconsulted, func(in *inputs) { in.f.ConsultAppropriate, in.s.Consulted = un, true }),
			want: convention.Lawful, needs: terms{}},
		{name: "\"before refusing\": a surrender needs no consultation",
			mut:  func(in *inputs) { in.f.MinimumPenaltyMet = no },
			want: convention.Lawful, duties: terms{extradition.DutyFairTreatment}},
		{name: "a refusal with submission is a refusal: consultation due",
			mut: all(national(yes), askSubmission, refusal(extradition.GroundNationality),
				func(in *inputs) { in.s.Action, in.s.Consulted = extradition.ActionRefuseAndSubmit, false }),
			want: convention.Unlawful, violations: terms{extradition.ViolationNoConsultation}},
	})
	runAssess(t, []row{
		{name: "assessment: the duty listed where a refusal is open",
			mut:  func(in *inputs) { in.f.MinimumPenaltyMet = no },
			want: convention.MayRefuse, duties: terms{extradition.DutyConsult, extradition.DutyFairTreatment}},
		{name: "assessment: not listed where consultation is not appropriate",
			mut:  func(in *inputs) { in.f.MinimumPenaltyMet, in.f.ConsultAppropriate = no, no },
			want: convention.MayRefuse, duties: terms{extradition.DutyFairTreatment}},
		{name: "assessment: not listed where no refusal is open",
			want: convention.Obliged, duties: terms{extradition.DutyFairTreatment}},
	})
}
