package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// MLA art., para. 21: "If the requested State Party cannot comply with the
// requirement of confidentiality, it shall promptly inform the requesting
// State Party." A response that did not inform breaks the paragraph only
// if the State cannot comply; while that is unassessed, the review waits
// on it, and informing settles it either way.
func TestMLAPara21ReviewWaitsOnWhetherConfidentialityCanBeKept(t *testing.T) {
	r := baseRequest()
	r.Confidentiality = convention.Confidentiality{Required: true, Reasons: "the suspect must not learn of the investigation"}
	execute := mla.Response{Action: mla.ActionExecute}
	informed := mla.Response{Action: mla.ActionExecute, InformedConfidentiality: true}
	for _, tc := range []struct {
		name string
		can  convention.Judgement
		resp mla.Response
		want convention.Outcome
	}{
		{"can comply, not informed", y, execute, convention.Lawful},
		{"cannot comply, not informed", n, execute, convention.Unlawful},
		{"unassessed, not informed", convention.Unassessed, execute, convention.Undetermined},
		{"unassessed, informed", convention.Unassessed, informed, convention.Lawful},
		{"cannot comply, informed", n, informed, convention.Lawful},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := baseFacts()
			f.CanKeepConfidential = tc.can
			dec, err := mla.Review(r, baseProfile(), f, tc.resp)
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			if tc.want == convention.Undetermined {
				assert.True(t, dec.Needed.Has(mla.TestCanKeepConfidential))
				w, ok := dec.WhatIf(mla.TestCanKeepConfidential)
				require.True(t, ok)
				assert.Equal(t, convention.Lawful, w.IfYes)
				assert.Equal(t, convention.Unlawful, w.IfNo)
			}
		})
	}
}

// MLA art., para. 18: "A request shall be executed in accordance with the
// domestic law of the requested State Party and, to the extent not
// contrary to the domestic law ... and where possible, in accordance with
// the procedures specified in the request." Execution is owed whatever the
// answers on the procedure, so the outcome never waits on them: only the
// duty to follow the procedure does.
func TestMLAPara18ExecutionIsOwedWhileTheProcedureIsOpen(t *testing.T) {
	r := baseRequest()
	r.Procedure = "witness heard under oath, in the presence of counsel"
	for _, lawful := range []convention.Judgement{convention.Unassessed, y, n} {
		for _, possible := range []convention.Judgement{convention.Unassessed, y, n} {
			f := baseFacts()
			f.ProcedureLawful, f.ProcedurePossible = lawful, possible
			dec, err := mla.Execution(mla.RegimeArticle, r, f)
			require.NoError(t, err)
			assert.Equal(t, convention.Obliged, dec.Outcome, "lawful %v, possible %v", lawful, possible)
			assert.Equal(t, lawful == y && possible == y, dec.Duties.Has(mla.DutyFollowProcedure), "lawful %v, possible %v", lawful, possible)
			assert.Equal(t, lawful == convention.Unassessed || lawful == y && possible == convention.Unassessed, !dec.Needed.IsEmpty(),
				"the facts the duty to follow the procedure waits on; lawful %v, possible %v", lawful, possible)
		}
	}
}

// MLA art., paras. 6 and 20, reviewed after the fact: an exculpatory
// disclosure needs notice ("shall notify ... in advance"; "prior to the
// disclosure"), another use only the restrictions or the prior consent.
// While whether a disclosure was exculpatory is unassessed, its review
// waits on that only where the answer changes lawfulness.
func TestMLAPara6And20ReviewWaitsOnTheExculpatoryNatureOnlyWhereItDecides(t *testing.T) {
	u := convention.Unassessed
	t.Run("para. 20: disclosure in the proceedings stated, without notice", func(t *testing.T) {
		dec := mla.ReviewEvidenceUse(mla.RegimeArticle, mla.Use{Disclosure: true, Exculpatory: u, AdvanceNoticePossible: y})
		assert.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
		w, ok := dec.WhatIf(mla.TestExculpatoryEvidence)
		require.True(t, ok)
		assert.Equal(t, convention.Unlawful, w.IfYes, "exculpatory: notice prior to the disclosure was owed")
		assert.Equal(t, convention.Lawful, w.IfNo, "not exculpatory: a use in the proceedings stated")
	})
	t.Run("para. 20: disclosure with notice given", func(t *testing.T) {
		dec := mla.ReviewEvidenceUse(mla.RegimeArticle, mla.Use{Disclosure: true, Exculpatory: u, NotifiedInAdvance: true})
		assert.Equal(t, convention.Lawful, dec.Outcome, dec.String())
	})
	t.Run("para. 20: other proceedings, consent refused, no notice", func(t *testing.T) {
		dec := mla.ReviewEvidenceUse(mla.RegimeArticle, mla.Use{Disclosure: true, Exculpatory: u, OtherProceedings: true, Consent: n})
		assert.Equal(t, convention.Unlawful, dec.Outcome, "unlawful whether it needed consent or notice: %v", dec)
		assert.True(t, dec.Violations.IsEmpty(), "which provision it broke waits on the exculpatory nature")
		assert.True(t, dec.Needed.Has(mla.TestExculpatoryEvidence))
	})
	t.Run("para. 6: confidential information disclosed with advance notice", func(t *testing.T) {
		dec := mla.ReviewSpontaneousUse(mla.Spontaneous{Confidential: true}, mla.Use{Disclosure: true, Exculpatory: u, WithinRestrictions: n, NotifiedInAdvance: true})
		assert.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
		w, ok := dec.WhatIf(mla.TestExculpatory)
		require.True(t, ok)
		assert.Equal(t, convention.Lawful, w.IfYes, "\"this shall not prevent the receiving State Party from disclosing ... information that is exculpatory\"")
		assert.Equal(t, convention.Unlawful, w.IfNo, "\"shall comply with a request that said information remain confidential\"")
	})
	t.Run("para. 6: disclosure against the restrictions, no notice", func(t *testing.T) {
		dec := mla.ReviewSpontaneousUse(mla.Spontaneous{Restricted: true}, mla.Use{Disclosure: true, Exculpatory: u, WithinRestrictions: n})
		assert.Equal(t, convention.Unlawful, dec.Outcome, dec.String())
	})
}

// MLA art., para. 20: "notify the requested State Party prior to the
// disclosure and, if so requested, consult with the requested State Party.
// If, in an exceptional case, advance notice is not possible, the
// requesting State Party shall inform the requested State Party of the
// disclosure without delay." Consultation goes with prior notice: a
// disclosure informed without delay and not consulted on waits on whether
// the case was exceptional; one notified in advance shows notice was
// possible, and then consultation was owed.
func TestMLAPara20ConsultationGoesWithPriorNotice(t *testing.T) {
	base := mla.Use{Disclosure: true, Exculpatory: y, ConsultationRequested: true, InformedWithoutDelay: true}
	for _, tc := range []struct {
		name     string
		possible convention.Judgement
		notified bool
		want     convention.Outcome
	}{
		{"notice possible, informed after, not consulted", y, false, convention.Unlawful},
		{"exceptional case, informed after, not consulted", n, false, convention.Lawful},
		{"exceptional case unassessed, informed after, not consulted", convention.Unassessed, false, convention.Undetermined},
		{"exceptional case unassessed, notified in advance, not consulted", convention.Unassessed, true, convention.Unlawful},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := base
			u.AdvanceNoticePossible, u.NotifiedInAdvance = tc.possible, tc.notified
			dec := mla.ReviewEvidenceUse(mla.RegimeArticle, u)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			if tc.want == convention.Undetermined {
				w, ok := dec.WhatIf(mla.TestEvidenceNoticePossible)
				require.True(t, ok)
				assert.Equal(t, convention.Unlawful, w.IfYes)
				assert.Equal(t, convention.Lawful, w.IfNo)
			}
		})
	}
}

// Joint investigations art.: "In the absence of such agreements or
// arrangements, joint investigations may be undertaken by agreement on a
// case-by-case basis. The States Parties involved shall ensure that the
// sovereignty of the State Party in whose territory such investigation is
// to take place is fully respected." Without an agreement of either kind
// no investigation is undertaken under the article, whatever the plan;
// with one, a plan that does not respect sovereignty is prohibited; while
// the agreement is open, such a plan waits on it.
func TestJointInvestigationsSovereigntyBindsAnInvestigationWithABasis(t *testing.T) {
	u := convention.Unassessed
	for _, tc := range []struct {
		name string
		j    mla.Joint
		want convention.Outcome
	}{
		{"no agreement, sovereignty respected", mla.Joint{CaseAgreement: n, SovereigntyRespected: y}, convention.NotApplicable},
		{"no agreement, sovereignty not respected", mla.Joint{CaseAgreement: n, SovereigntyRespected: n}, convention.NotApplicable},
		{"no agreement, sovereignty unassessed", mla.Joint{CaseAgreement: n, SovereigntyRespected: u}, convention.NotApplicable},
		{"case agreement, sovereignty not respected", mla.Joint{CaseAgreement: y, SovereigntyRespected: n}, convention.Prohibited},
		{"agreement, sovereignty not respected", mla.Joint{Agreement: true, SovereigntyRespected: n}, convention.Prohibited},
		{"case agreement unassessed, sovereignty not respected", mla.Joint{CaseAgreement: u, SovereigntyRespected: n}, convention.Undetermined},
		{"case agreement unassessed, sovereignty respected", mla.Joint{CaseAgreement: u, SovereigntyRespected: y}, convention.Undetermined},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.JointInvestigation(tc.j)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.want != convention.NotApplicable, dec.Duties.Has(mla.DutySovereignty),
				"\"The States Parties involved shall ensure\": a duty of an investigation undertaken, none without one")
			if tc.want == convention.Undetermined {
				w, ok := dec.WhatIf(mla.TestCaseAgreement)
				require.True(t, ok)
				assert.NotEqual(t, w.IfYes, w.IfNo, "undetermined only where the answer decides")
			}
		})
	}
}
