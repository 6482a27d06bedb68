package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// Every decision that waits on a judgement says what each answer would
// change, as the text decides it: the what-if of the one fact needed gives
// the outcome of the paragraph with that fact answered.
func TestUndeterminedDecisionsSayWhatEachAnswerWouldChange(t *testing.T) {
	u := convention.Unassessed
	elec := baseRequest()
	elec.Offences = convention.Offences{{Conduct: "selling counterfeit medicines online"}}
	elec.Purposes = mla.PurposesOf(mla.PurposeStoredData)
	fa := baseFacts()
	fa.Authenticity = u
	decided := func(d mla.Decision, err error) mla.Decision {
		require.NoError(t, err)
		return d
	}
	status := func(s mla.Status, err error) mla.Decision {
		require.NoError(t, err)
		return s.Decision
	}
	for _, tc := range []struct {
		name        string
		d           mla.Decision
		fact        mla.Term
		ifYes, ifNo convention.Outcome
	}{
		{"joint investigations art., case-by-case agreement", mla.JointInvestigation(mla.Joint{CaseAgreement: u, SovereigntyRespected: y}),
			mla.TestCaseAgreement, convention.Permitted, convention.NotApplicable},
		{"joint investigations art., sovereignty", mla.JointInvestigation(mla.Joint{Agreement: true, SovereigntyRespected: u}),
			mla.TestSovereignty, convention.Permitted, convention.Prohibited},
		{"para. 11(a) consent", mla.DecideTransfer(mla.RegimeArticle, mla.Transfer{Detained: true, Purpose: mla.TransferTestimony,
			Offence: baseRequest().Offences[0], Consent: u, AuthoritiesAgree: y}), mla.TestConsent, convention.Permitted, convention.Prohibited},
		{"para. 11(b) agreement", mla.DecideTransfer(mla.RegimeArticle, mla.Transfer{Detained: true, Purpose: mla.TransferEvidence,
			Offence: baseRequest().Offences[0], Consent: y, AuthoritiesAgree: u}), mla.TestAuthoritiesAgree, convention.Permitted, convention.Prohibited},
		{"para. 19 appearance", mla.VideoHearing(mla.RegimeArticle, mla.Hearing{Role: mla.RoleExpert, InTerritory: true, AskedFor: true,
			AppearanceImpracticable: u, Possible: y}).Decision, mla.TestAppearanceImpracticable, convention.Discretionary, convention.NotApplicable},
		{"para. 19 possible", mla.VideoHearing(mla.RegimeArticle, mla.Hearing{Role: mla.RoleWitness, InTerritory: true, AskedFor: true,
			AppearanceImpracticable: y, Possible: u}).Decision, mla.TestVideoPrinciples, convention.Discretionary, convention.NotApplicable},
		{"para. 29 costs", mla.Costs(mla.RegimeArticle, mla.Facts{CostsAgreedOtherwise: u}), mla.TestCostsAgreed, convention.NoObligation, convention.Obliged},
		{"para. 30 records", mla.GovernmentRecords(mla.RegimeArticle, u), mla.TestPublicRecord, convention.Obliged, convention.Discretionary},
		{"para. 5 belief", mla.SpontaneousTransmission(mla.Spontaneous{CouldAssist: u}), mla.TestMayAssist, convention.Permitted, convention.NotApplicable},
		{"para. 6 restrictions", mla.SpontaneousUse(mla.Spontaneous{Restricted: true}, mla.Use{WithinRestrictions: u}),
			mla.TestWithinRestrictions, convention.Permitted, convention.Prohibited},
		{"para. 6 exculpatory", mla.SpontaneousUse(mla.Spontaneous{Confidential: true}, mla.Use{Disclosure: true, Exculpatory: u, WithinRestrictions: n}),
			mla.TestExculpatory, convention.Permitted, convention.Prohibited},
		{"para. 20 consent", mla.EvidenceUse(mla.RegimeArticle, mla.Use{OtherProceedings: true, Consent: u}),
			mla.TestConsentToUse, convention.Permitted, convention.Prohibited},
		{"para. 20 exceptional case", mla.ReviewEvidenceUse(mla.RegimeArticle, mla.Use{Disclosure: true, Exculpatory: y, AdvanceNoticePossible: u, InformedWithoutDelay: true}),
			mla.TestEvidenceNoticePossible, convention.Unlawful, convention.Lawful},
		{"para. 6 exceptional case", mla.ReviewSpontaneousUse(mla.Spontaneous{Confidential: true}, mla.Use{Disclosure: true, Exculpatory: y, AdvanceNoticePossible: u, InformedWithoutDelay: true}),
			mla.TestAdvanceNoticePossible, convention.Unlawful, convention.Lawful},
		{"para. 28 voluntary return", status(mla.SafeConduct(mla.RegimeArticle, mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"),
			Departed: d("2028-02-10"), Returned: d("2028-02-12"), ReturnVoluntary: u}, d("2028-02-13"))), mla.TestReturnedFreely, convention.Ceased, convention.Protected},
		{"para. 9 treaty", mla.DecideRegime(mla.Profile{Treaty: u, ArticleInLieu: n}), mla.TestTreatyBound, convention.NotApplicable, convention.Satisfied},
		{"para. 15 authenticity", decided(mla.CheckForm(baseRequest(), baseProfile(), fa)), mla.TestAuthenticity, convention.Satisfied, convention.NotSatisfied},
		{"paras. 1, 4 seriousness", decided(mla.Scope(elec)), mla.TestSerious, convention.Obliged, convention.NotApplicable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, convention.Undetermined, tc.d.Outcome, "%v", tc.d)
			assert.True(t, tc.d.Needed.Has(tc.fact), "%v", tc.d)
			w, ok := tc.d.WhatIf(tc.fact)
			require.True(t, ok, "%v", tc.d)
			assert.Equal(t, tc.ifYes, w.IfYes, "if yes")
			assert.Equal(t, tc.ifNo, w.IfNo, "if no")
		})
	}
}
