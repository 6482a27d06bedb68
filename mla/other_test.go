package mla_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func TestMLAPara5SpontaneousTransmission(t *testing.T) {
	assert.Equal(t, convention.Permitted, mla.SpontaneousTransmission(mla.Spontaneous{CouldAssist: y}).Outcome)
	assert.Equal(t, convention.NotApplicable, mla.SpontaneousTransmission(mla.Spontaneous{CouldAssist: n}).Outcome)
	dec := mla.SpontaneousTransmission(mla.Spontaneous{})
	assert.Equal(t, convention.Undetermined, dec.Outcome)
	w, ok := dec.WhatIf(mla.TestMayAssist)
	require.True(t, ok)
	assert.Equal(t, convention.Permitted, w.IfYes)
	assert.Equal(t, mlaCite(5), dec.Cite)
}

func TestMLAPara6SpontaneousUse(t *testing.T) {
	restricted := mla.Spontaneous{CouldAssist: y, Confidential: true}
	for _, tc := range []struct {
		name   string
		s      mla.Spontaneous
		u      mla.Use
		want   convention.Outcome
		duties []mla.Term
	}{
		{"para. 6 no confidentiality or restriction asked", mla.Spontaneous{CouldAssist: y}, mla.Use{Disclosure: true}, convention.Permitted, nil},
		{"para. 6 use within the restrictions", restricted, mla.Use{WithinRestrictions: y}, convention.Permitted,
			[]mla.Term{mla.DutyRespectRestrictions}},
		{"para. 6 use outside the restrictions", restricted, mla.Use{WithinRestrictions: n, Exculpatory: n}, convention.Prohibited,
			[]mla.Term{mla.DutyRespectRestrictions}},
		{"para. 6 exculpatory disclosure, advance notice", restricted, mla.Use{Disclosure: true, Exculpatory: y, WithinRestrictions: n},
			convention.Permitted, []mla.Term{mla.DutyRespectRestrictions, mla.DutyNotifyDisclosure}},
		{"para. 6 exculpatory disclosure, notice impossible in an exceptional case", restricted,
			mla.Use{Disclosure: true, Exculpatory: y, AdvanceNoticePossible: n},
			convention.Permitted, []mla.Term{mla.DutyRespectRestrictions, mla.DutyInformDisclosure}},
		{"para. 6 exculpatory information used but not disclosed", mla.Spontaneous{Restricted: true}, mla.Use{Exculpatory: y, WithinRestrictions: n},
			convention.Prohibited, []mla.Term{mla.DutyRespectRestrictions}},
		{"para. 6 within restrictions unassessed", restricted, mla.Use{}, convention.Undetermined, []mla.Term{mla.DutyRespectRestrictions}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.SpontaneousUse(tc.s, tc.u)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.duties...), dec.Duties)
			assert.Equal(t, mlaCite(6), dec.Cite)
		})
	}
}

func TestMLAPara20EvidenceUse(t *testing.T) {
	for _, tc := range []struct {
		name   string
		u      mla.Use
		want   convention.Outcome
		duties []mla.Term
	}{
		{"para. 20 use in the proceedings stated", mla.Use{}, convention.Permitted, nil},
		{"para. 20 other proceedings with prior consent", mla.Use{OtherProceedings: true, Consent: y}, convention.Permitted, nil},
		{"para. 20 other proceedings without consent", mla.Use{OtherProceedings: true, Consent: n}, convention.Prohibited, nil},
		{"para. 20 other proceedings, consent unassessed", mla.Use{OtherProceedings: true}, convention.Undetermined, nil},
		{"para. 20 exculpatory disclosure: prior notice", mla.Use{OtherProceedings: true, Disclosure: true, Exculpatory: y, Consent: n},
			convention.Permitted, []mla.Term{mla.DutyNotifyEvidence}},
		{"para. 20 exculpatory disclosure: notice and consultation requested",
			mla.Use{Disclosure: true, Exculpatory: y, ConsultationRequested: true},
			convention.Permitted, []mla.Term{mla.DutyNotifyEvidence, mla.DutyConsultEvidence}},
		{"para. 20 exceptional case: inform without delay", mla.Use{Disclosure: true, Exculpatory: y, AdvanceNoticePossible: n},
			convention.Permitted, []mla.Term{mla.DutyInformEvidence}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.EvidenceUse(mla.RegimeArticle, tc.u)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.duties...), dec.Duties)
			assert.Equal(t, mlaCite(20), dec.Cite)
		})
	}
	dec := mla.EvidenceUse(mla.RegimeArticle, mla.Use{OtherProceedings: true})
	w, ok := dec.WhatIf(mla.TestConsentToUse)
	require.True(t, ok)
	assert.Equal(t, convention.Permitted, w.IfYes)
	assert.Equal(t, convention.Prohibited, w.IfNo, "not a disclosure, so not exculpatory")
	assert.Equal(t, convention.NotApplicable, mla.EvidenceUse(mla.RegimeTreaty, mla.Use{}).Outcome)
}

func TestMLAPara18Execution(t *testing.T) {
	r := baseRequest()
	dec, err := mla.Execution(mla.RegimeArticle, r, baseFacts())
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Equal(t, convention.SetOf(mla.DutyExecuteDomesticLaw), dec.Duties)
	r.Procedure = "hearing under oath"
	dec, _ = mla.Execution(mla.RegimeArticle, r, baseFacts())
	assert.Equal(t, convention.SetOf(mla.DutyExecuteDomesticLaw, mla.DutyFollowProcedure), dec.Duties)
	f := baseFacts()
	f.ProcedurePossible = convention.Unassessed
	dec, _ = mla.Execution(mla.RegimeArticle, r, f)
	assert.Equal(t, convention.Obliged, dec.Outcome, "para. 18: \"shall be executed\" whether or not the procedure can be followed")
	assert.True(t, dec.Needed.Has(mla.TestProcedurePossible), "the duty to follow the procedure waits on it")
	assert.False(t, dec.Duties.Has(mla.DutyFollowProcedure))
	f.ProcedureLawful = n
	dec, _ = mla.Execution(mla.RegimeArticle, r, f)
	assert.Equal(t, convention.Obliged, dec.Outcome, "para. 18: a procedure contrary to domestic law is not followed")
	assert.False(t, dec.Duties.Has(mla.DutyFollowProcedure))
	_, err = mla.Execution(mla.RegimeArticle, mla.Request{}, f)
	assert.Error(t, err)
}

func TestMLAPara19VideoHearing(t *testing.T) {
	h := mla.Hearing{Role: mla.RoleWitness, InTerritory: true, AskedFor: true, AppearanceImpracticable: y, Possible: y}
	dec := mla.VideoHearing(mla.RegimeArticle, h)
	assert.Equal(t, convention.Discretionary, dec.Outcome, "\"the first State Party may, at the request of the other, permit\"")
	h.AskedFor = false
	assert.Equal(t, convention.NotApplicable, mla.VideoHearing(mla.RegimeArticle, h).Outcome, "not asked for by the requesting State")
	h.AskedFor = true
	assert.Equal(t, mla.ConductorRequested, dec.Conductor)
	h.RequestingConducts = true
	assert.Equal(t, mla.ConductorRequesting, mla.VideoHearing(mla.RegimeArticle, h).Conductor)
	h.Role = mla.RoleOther
	assert.Equal(t, convention.NotApplicable, mla.VideoHearing(mla.RegimeArticle, h).Outcome, "para. 19 witnesses and experts")
	h.Role, h.AppearanceImpracticable = mla.RoleExpert, n
	assert.Equal(t, convention.NotApplicable, mla.VideoHearing(mla.RegimeArticle, h).Outcome, "appearance in person possible and desirable")
	h.AppearanceImpracticable, h.Possible = y, convention.Unassessed
	dec = mla.VideoHearing(mla.RegimeArticle, h)
	assert.Equal(t, convention.Undetermined, dec.Outcome)
	assert.Equal(t, mla.ConductorUnknown, dec.Conductor)
	w, _ := dec.WhatIf(mla.TestVideoPrinciples)
	assert.Equal(t, convention.Discretionary, w.IfYes)
	assert.Equal(t, convention.NotApplicable, w.IfNo)
}

func TestMLAPara29Costs(t *testing.T) {
	f := baseFacts()
	dec := mla.Costs(mla.RegimeArticle, f)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Equal(t, convention.SetOf(mla.DutyBearCosts), dec.Duties)
	f.SubstantialCosts = y
	dec = mla.Costs(mla.RegimeArticle, f)
	assert.Equal(t, convention.SetOf(mla.DutyBearCosts, mla.DutyConsultCosts), dec.Duties)
	f.CostsAgreedOtherwise = y
	assert.Equal(t, convention.NoObligation, mla.Costs(mla.RegimeArticle, f).Outcome)
	f.CostsAgreedOtherwise = convention.Unassessed
	dec = mla.Costs(mla.RegimeArticle, f)
	assert.Equal(t, convention.Undetermined, dec.Outcome)
	assert.True(t, dec.Duties.Has(mla.DutyConsultCosts))
	assert.Equal(t, mlaCite(29), dec.Cite)
}

func TestMLAPara30GovernmentRecords(t *testing.T) {
	dec := mla.GovernmentRecords(mla.RegimeArticle, y)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Equal(t, mlaPoint(30, 'a'), dec.Cite)
	dec = mla.GovernmentRecords(mla.RegimeArticle, n)
	assert.Equal(t, convention.Discretionary, dec.Outcome)
	assert.Equal(t, mlaPoint(30, 'b'), dec.Cite)
	assert.True(t, dec.Available.Has(mla.GroundNonPublic))
	dec = mla.GovernmentRecords(mla.RegimeArticle, convention.Unassessed)
	assert.Equal(t, convention.Undetermined, dec.Outcome)
	assert.Len(t, dec.WhatIfs(), 1)
	assert.Equal(t, convention.NotApplicable, mla.GovernmentRecords(mla.RegimeTreaty, y).Outcome)
}

func TestJointInvestigations(t *testing.T) {
	joint := convention.Cite(convention.ArtJointInvestigations, 0)
	for _, tc := range []struct {
		name string
		j    mla.Joint
		want convention.Outcome
	}{
		{"Joint investigations art. agreement establishing joint bodies", mla.Joint{Agreement: true, SovereigntyRespected: y}, convention.Permitted},
		{"Joint investigations art. agreement case by case", mla.Joint{CaseAgreement: y, SovereigntyRespected: y}, convention.Permitted},
		{"Joint investigations art. no agreement of either kind", mla.Joint{CaseAgreement: n, SovereigntyRespected: y}, convention.NotApplicable},
		{"Joint investigations art. sovereignty not respected", mla.Joint{Agreement: true, SovereigntyRespected: n}, convention.Prohibited},
		{"Joint investigations art. case agreement unassessed", mla.Joint{SovereigntyRespected: y}, convention.Undetermined},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.JointInvestigation(tc.j)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, joint, dec.Cite)
			assert.Equal(t, tc.want != convention.NotApplicable, dec.Duties.Has(mla.DutySovereignty), "a duty of the States involved in an investigation")
		})
	}
}

// Para. 9: where a treaty governs, execution (para. 18) is the treaty's;
// while the regime is unknown, whether paras. 14-15 govern the form waits
// on it.
func TestMLAPara9GatesExecutionAndForm(t *testing.T) {
	d, err := mla.Execution(mla.RegimeTreaty, baseRequest(), baseFacts())
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, d.Outcome)
	assert.Equal(t, mlaCite(9), d.Cite)
	p := baseProfile()
	p.Treaty = convention.Unassessed
	d, err = mla.CheckForm(baseRequest(), p, baseFacts())
	require.NoError(t, err)
	assert.Equal(t, convention.Undetermined, d.Outcome)
	assert.Equal(t, mlaCite(9), d.Cite)
	assert.Equal(t, "[evidence records]", mla.PurposesOf(mla.PurposeRecords, mla.PurposeEvidence).String())
}

// Decisions marshal as their explanations, computed values included.
func TestMLAResultsMarshalAsExplanations(t *testing.T) {
	h := mla.VideoHearing(mla.RegimeArticle, mla.Hearing{Role: mla.RoleWitness, InTerritory: true, AskedFor: true,
		AppearanceImpracticable: y, Possible: y, RequestingConducts: true})
	b, err := json.Marshal(h)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"name":"conductor"`)
	assert.Contains(t, string(b), `"value":"requesting-state"`)
	assert.Contains(t, h.String(), "conductor (MLA art., para. 19): requesting-state")
	st, err := mla.SafeConduct(mla.RegimeArticle, mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"), Informed: d("2028-02-14")}, d("2028-03-01"))
	require.NoError(t, err)
	b, err = json.Marshal(st)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"outcome":"ceased"`)
	assert.Contains(t, string(b), `"date":"2028-03-01"`)
}
