package mla_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func TestMLAScope(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mod    func(r *mla.Request)
		want   convention.Outcome
		cite   convention.Citation
		duties []mla.Term
	}{
		{"para. 1 offence established under the Convention", func(*mla.Request) {}, convention.Obliged, mlaCite(1),
			[]mla.Term{mla.DutyWidestMeasure}},
		{"paras. 1 and 4 electronic evidence of a serious offence", func(r *mla.Request) {
			r.Offences[0].Established, r.Purposes = "", mla.PurposesOf(mla.PurposeStoredData)
		}, convention.Obliged, mlaCite(1), []mla.Term{mla.DutyWidestMeasure, mla.DutyElectronicEvidence}},
		{"para. 4 electronic evidence flag, serious offence", func(r *mla.Request) {
			r.Offences[0].Established, r.ElectronicEvidence = "", true
		}, convention.Obliged, mlaCite(1), []mla.Term{mla.DutyWidestMeasure, mla.DutyElectronicEvidence}},
		{"para. 4 electronic evidence of an offence not serious", func(r *mla.Request) {
			r.Offences[0].Established, r.ElectronicEvidence, r.Offences[0].MaxPenalty = "", true, convention.Imprisonment(3, 11)
		}, convention.NotApplicable, mlaCite(1), nil},
		{"para. 4 seriousness unknown", func(r *mla.Request) {
			r.Offences[0].Established, r.ElectronicEvidence, r.Offences[0].MaxPenalty = "", true, convention.Penalty{}
		}, convention.Undetermined, mlaCite(1), nil},
		// Para. 2: "offences for which a legal person may be held liable in
		// accordance with article [on liability of legal persons] of this
		// Convention": offences established under the Convention.
		{"para. 2 Convention offence, legal person liable: to the fullest extent possible", func(r *mla.Request) {
			r.LegalPersonLiable = y
		}, convention.Obliged, mlaCite(1), []mla.Term{mla.DutyWidestMeasure, mla.DutyFullestExtent}},
		{"para. 2 offence not established under the Convention: a legal person's liability is no basis", func(r *mla.Request) {
			r.Offences[0].Established, r.LegalPersonLiable = "", y
		}, convention.NotApplicable, mlaCite(1), nil},
		{"para. 2 liability of legal persons unassessed: para. 1 decides", func(r *mla.Request) {
			r.LegalPersonLiable = convention.Unassessed
		}, convention.Obliged, mlaCite(1), []mla.Term{mla.DutyWidestMeasure}},
		{"para. 1 no basis", func(r *mla.Request) { r.Offences[0].Established = "" }, convention.NotApplicable, mlaCite(1), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := baseRequest()
			tc.mod(&r)
			dec, err := mla.Scope(r)
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.cite, dec.Cite)
			assert.Equal(t, convention.SetOf(tc.duties...), dec.Duties, dec.String())
			if tc.want == convention.Undetermined {
				assert.False(t, dec.Needed.IsEmpty())
				assert.NotEmpty(t, dec.WhatIfs())
			}
		})
	}
	_, err := mla.Scope(mla.Request{})
	assert.Error(t, err)
}

func TestMLAPara9Regime(t *testing.T) {
	u := convention.Unassessed
	for _, tc := range []struct {
		name           string
		treaty, inLieu convention.Judgement
		want           mla.Regime
		outcome        convention.Outcome
	}{
		{"para. 9 no treaty: paragraphs 10-30 apply", n, u, mla.RegimeArticle, convention.Satisfied},
		{"para. 9 treaty, not agreed otherwise: the treaty governs", y, n, mla.RegimeTreaty, convention.NotApplicable},
		{"para. 9 treaty, agreed to apply paragraphs 10-30 in lieu", y, y, mla.RegimeArticle, convention.Satisfied},
		{"para. 9 agreement in lieu whatever the treaty", u, y, mla.RegimeArticle, convention.Satisfied},
		{"para. 9 treaty unassessed", u, n, mla.RegimeUnknown, convention.Undetermined},
		{"para. 9 agreement unassessed", y, u, mla.RegimeUnknown, convention.Undetermined},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.DecideRegime(mla.Profile{Treaty: tc.treaty, ArticleInLieu: tc.inLieu})
			assert.Equal(t, tc.want, dec.Regime)
			assert.Equal(t, tc.outcome, dec.Outcome)
			assert.Equal(t, mlaCite(9), dec.Cite)
			if tc.outcome == convention.Undetermined {
				require.NotEmpty(t, dec.WhatIfs())
			}
		})
	}
	dec := mla.DecideRegime(mla.Profile{})
	w, ok := dec.WhatIf(mla.TestTreatyBound)
	require.True(t, ok)
	assert.Equal(t, convention.Satisfied, w.IfNo)
	assert.Equal(t, convention.Undetermined, w.IfYes)
}

func TestMLAAssessGrounds(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mod       func(r *mla.Request, p *mla.Profile, f *mla.Facts)
		want      convention.Outcome
		available []mla.Term
		barred    []mla.Term
	}{
		{"para. 1 no ground: obliged", func(*mla.Request, *mla.Profile, *mla.Facts) {}, convention.Obliged, nil, nil},
		{"para. 22(b) essential interests", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.EssentialInterests = y },
			convention.MayRefuse, []mla.Term{mla.GroundEssentialInterests}, nil},
		{"para. 22(c) domestic prohibition", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.DomesticProhibition = y },
			convention.MayRefuse, []mla.Term{mla.GroundDomesticProhibition}, nil},
		{"para. 22(d) disproportionate", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.Disproportionate = y },
			convention.MayRefuse, []mla.Term{mla.GroundDisproportionate}, nil},
		{"para. 22(e) contrary to the legal system of MLA", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.ContraryToLegalSystem = y },
			convention.MayRefuse, []mla.Term{mla.GroundLegalSystem}, nil},
		{"para. 22(a) language not notified as acceptable", func(r *mla.Request, _ *mla.Profile, _ *mla.Facts) { r.Language = convention.In(language.German) },
			convention.MayRefuse, []mla.Term{mla.GroundNonConformity}, nil},
		{"para. 10 absence of dual criminality", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.Offences[0].Requested.Criminal = n },
			convention.MayRefuse, []mla.Term{mla.GroundDualCriminality}, nil},
		{"para. 10 de minimis", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.DeMinimis = y },
			convention.MayRefuse, []mla.Term{mla.GroundDeMinimis}, nil},
		{"para. 10 available under other provisions", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.OtherProvisions = y },
			convention.MayRefuse, []mla.Term{mla.GroundOtherProvisions}, nil},
		{"Cooperation para. 3 discrimination", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) {
			f.Discrimination = convention.DiscriminationFacts{Belief: y, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundPoliticalOpinions)}
		}, convention.MayRefuse, []mla.Term{mla.GroundDiscrimination}, nil},
		{"para. 3(e) traffic data not available domestically", func(r *mla.Request, _ *mla.Profile, f *mla.Facts) {
			r.Purposes = r.Purposes.With(mla.PurposeTrafficData)
			f.Offences[0].TrafficDataAvailable = n
		}, convention.MayRefuse, []mla.Term{mla.GroundTrafficData}, nil},
		{"para. 3(f) content data not permitted", func(r *mla.Request, _ *mla.Profile, f *mla.Facts) {
			r.Purposes = r.Purposes.With(mla.PurposeContentData)
			f.ContentDataPermitted = n
		}, convention.MayRefuse, []mla.Term{mla.GroundContentData}, nil},
		{"para. 3(m) other assistance contrary to domestic law", func(r *mla.Request, _ *mla.Profile, f *mla.Facts) {
			r.Purposes = r.Purposes.With(mla.PurposeOther)
			f.OtherAssistanceLawful = n
		}, convention.MayRefuse, []mla.Term{mla.GroundOtherAssistance}, nil},
		{"para. 3(e) condition unanswered for a purpose not sought", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.Offences[0].TrafficDataAvailable = n },
			convention.Obliged, nil, nil},
		{"para. 8 bank secrecy barred", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.BankSecrecy = y },
			convention.Obliged, nil, []mla.Term{mla.GroundBankSecrecy}},
		{"para. 23 fiscal matters barred", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.Fiscal = y },
			convention.Obliged, nil, []mla.Term{mla.GroundFiscal}},
		{"para. 26 postponement available, still obliged", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.InterferesOngoing = y },
			convention.Obliged, []mla.Term{mla.GroundPostpone}, nil},
		{"para. 17 more information may be asked", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.MoreInformation = y },
			convention.Obliged, []mla.Term{mla.GroundMoreInformation}, nil},
		{"para. 22(b) unassessed", func(_ *mla.Request, _ *mla.Profile, f *mla.Facts) { f.EssentialInterests = convention.Unassessed },
			convention.Undetermined, nil, nil},
		{"para. 9 treaty governs", func(_ *mla.Request, p *mla.Profile, f *mla.Facts) {
			p.Treaty, p.ArticleInLieu = y, n
			f.EssentialInterests, f.BankSecrecy = y, y
		}, convention.NotApplicable, nil, []mla.Term{mla.GroundBankSecrecy}},
		{"para. 9 regime unknown", func(_ *mla.Request, p *mla.Profile, _ *mla.Facts) { p.Treaty = convention.Unassessed },
			convention.Undetermined, nil, nil},
		{"para. 1 out of scope", func(r *mla.Request, _ *mla.Profile, f *mla.Facts) {
			r.Offences[0].Established = ""
			f.EssentialInterests = y
		}, convention.NotApplicable, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			tc.mod(&r, &p, &f)
			dec, err := mla.Assess(r, p, f)
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.available...), dec.Available, dec.String())
			assert.Equal(t, convention.SetOf(tc.barred...), dec.Barred, dec.String())
			for _, c := range dec.Citations() {
				assert.True(t, convention.Registered(c), "%v", c)
			}
		})
	}
}

func TestMLAAssessDuties(t *testing.T) {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	dec, err := mla.Assess(r, p, f)
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Equal(t, mlaCite(1), dec.Cite)
	assert.Equal(t, convention.SetOf(mla.DutyWidestMeasure, mla.DutyExecuteDomesticLaw, mla.DutyExecuteSoon,
		mla.DutyProgress, mla.DutyInformNoLongerRequired, mla.DutyBearCosts), dec.Duties, dec.String())

	t.Run("para. 27 and 24 consult and give reasons before refusing", func(t *testing.T) {
		f := baseFacts()
		f.EssentialInterests = y
		dec, _ := mla.Assess(r, p, f)
		assert.True(t, dec.Duties.Has(mla.DutyConsult))
		assert.True(t, dec.Duties.Has(mla.DutyReasons))
	})
	t.Run("para. 24 reasons but no consultation for a para. 10 ground", func(t *testing.T) {
		f := baseFacts()
		f.DeMinimis = y
		dec, _ := mla.Assess(r, p, f)
		assert.True(t, dec.Duties.Has(mla.DutyReasons))
		assert.False(t, dec.Duties.Has(mla.DutyConsult))
	})
	t.Run("para. 27 consult before postponing", func(t *testing.T) {
		f := baseFacts()
		f.InterferesOngoing = y
		dec, _ := mla.Assess(r, p, f)
		assert.True(t, dec.Duties.Has(mla.DutyConsult))
		assert.False(t, dec.Duties.Has(mla.DutyReasons))
		assert.True(t, dec.MayPostpone())
	})
	t.Run("para. 21 inform promptly when confidentiality cannot be kept", func(t *testing.T) {
		r := baseRequest()
		r.Confidentiality.Required = true
		f := baseFacts()
		f.CanKeepConfidential = n
		dec, _ := mla.Assess(r, p, f)
		assert.True(t, dec.Duties.Has(mla.DutyInformConfidentiality))
		assert.False(t, dec.Duties.Has(mla.DutyKeepConfidential))
	})
	t.Run("para. 21 keep the request confidential as required", func(t *testing.T) {
		// "may require that the requested State Party keep confidential
		// the fact and substance of the request".
		r := baseRequest()
		r.Confidentiality.Required = true
		dec, _ := mla.Assess(r, p, baseFacts())
		assert.True(t, dec.Duties.Has(mla.DutyKeepConfidential))
		assert.False(t, dec.Duties.Has(mla.DutyInformConfidentiality))
		dec, _ = mla.Assess(baseRequest(), p, baseFacts())
		assert.False(t, dec.Duties.Has(mla.DutyKeepConfidential), "no confidentiality required")
	})
	t.Run("para. 25 the requesting State informs when assistance is no longer required", func(t *testing.T) {
		// "The requesting State Party shall promptly inform the requested
		// State Party when the assistance sought is no longer required."
		dec, _ := mla.Assess(r, p, baseFacts())
		assert.True(t, dec.Duties.Has(mla.DutyInformNoLongerRequired))
		pt := baseProfile()
		pt.Treaty, pt.ArticleInLieu = y, n
		dec, _ = mla.Assess(r, pt, baseFacts())
		assert.False(t, dec.Duties.Has(mla.DutyInformNoLongerRequired), "para. 25 is among paragraphs 10 to 30, which a treaty displaces")
	})
	t.Run("para. 25 reasoned deadline", func(t *testing.T) {
		r := baseRequest()
		r.Deadline, r.DeadlineReasons = d("2027-01-31"), "trial opens on 1 February 2027"
		dec, _ := mla.Assess(r, p, baseFacts())
		assert.True(t, dec.Duties.Has(mla.DutyDeadline))
		r.DeadlineReasons = ""
		dec, _ = mla.Assess(r, p, baseFacts())
		assert.False(t, dec.Duties.Has(mla.DutyDeadline), "a deadline without reasons")
	})
	t.Run("para. 18 specified procedure followed where lawful and possible", func(t *testing.T) {
		r := baseRequest()
		r.Procedure = "witness heard under oath in the presence of defence counsel"
		dec, _ := mla.Assess(r, p, baseFacts())
		assert.True(t, dec.Duties.Has(mla.DutyFollowProcedure))
		f := baseFacts()
		f.ProcedureLawful = n
		dec, _ = mla.Assess(r, p, f)
		assert.False(t, dec.Duties.Has(mla.DutyFollowProcedure))
		assert.True(t, dec.Duties.Has(mla.DutyExecuteDomesticLaw))
	})
	t.Run("para. 29 substantial costs call for consultation", func(t *testing.T) {
		f := baseFacts()
		f.SubstantialCosts = y
		dec, _ := mla.Assess(r, p, f)
		assert.True(t, dec.Duties.Has(mla.DutyConsultCosts))
	})
	t.Run("para. 14 no central authority designated", func(t *testing.T) {
		p := baseProfile()
		p.CentralAuthority = ""
		dec, _ := mla.Assess(r, p, baseFacts())
		assert.True(t, dec.Duties.Has(mla.DutyDesignate))
	})
}

func TestMLAPara10DualCriminalityComparesConductAndLeavesDiscretion(t *testing.T) {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	f.Offences[0].Requested = convention.Characterisation{Criminal: n, Name: "no such offence"}
	dec, err := mla.Assess(r, p, f)
	require.NoError(t, err)
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	s := dec.String()
	assert.Contains(t, s, "may nonetheless provide assistance")
	assert.Contains(t, s, `conduct compared: "encrypting a hospital's data and demanding a ransom"`)
	f.Offences[0].Requested = convention.Characterisation{Criminal: y, Name: "a differently named offence"}
	dec, _ = mla.Assess(r, p, f)
	assert.Equal(t, convention.Obliged, dec.Outcome, "names are not compared")
}

func TestMLAAssessUndeterminedListsWhatIfs(t *testing.T) {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	f.EssentialInterests, f.DeMinimis = convention.Unassessed, convention.Unassessed
	dec, err := mla.Assess(r, p, f)
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, dec.Outcome)
	assert.Equal(t, convention.SetOf(mla.TestEssentialInterests, mla.TestDeMinimis), dec.Needed)
	w, ok := dec.WhatIf(mla.TestEssentialInterests)
	require.True(t, ok)
	assert.Equal(t, convention.MayRefuse, w.IfYes)
	assert.Equal(t, convention.Undetermined, w.IfNo, "de minimis still open")
	assert.Contains(t, dec.String(), "if yes: may-refuse; if no: undetermined")
}

func TestMLACheckForm(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(r *mla.Request, p *mla.Profile)
		want convention.Outcome
	}{
		{"para. 15 writing, French notified", func(*mla.Request, *mla.Profile) {}, convention.Satisfied},
		{"para. 15 regional variant fr-CA matches fr", func(r *mla.Request, _ *mla.Profile) { r.Language = convention.In(language.CanadianFrench) }, convention.Satisfied},
		{"para. 15 en-US matches a notified en-GB", func(r *mla.Request, p *mla.Profile) {
			r.Language, p.Languages = convention.In(language.AmericanEnglish), []language.Tag{language.BritishEnglish}
		}, convention.Satisfied},
		{"para. 15 zh-Hant does not match zh (Simplified)", func(r *mla.Request, p *mla.Profile) {
			r.Language, p.Languages = convention.In(language.TraditionalChinese), []language.Tag{language.Chinese}
		}, convention.NotSatisfied},
		{"para. 15 no language notified", func(_ *mla.Request, p *mla.Profile) { p.Languages = nil }, convention.Undetermined},
		{"para. 15 written record", func(r *mla.Request, _ *mla.Profile) { r.Form = mla.FormRecord }, convention.Satisfied},
		{"para. 15 oral, urgent, agreed", func(r *mla.Request, p *mla.Profile) { r.Form, r.Urgency.Urgent, p.Oral = mla.FormOral, true, true }, convention.Satisfied},
		{"para. 15 oral, urgent, not agreed", func(r *mla.Request, _ *mla.Profile) { r.Form, r.Urgency.Urgent = mla.FormOral, true }, convention.NotSatisfied},
		{"para. 14 diplomatic channels required, central authority used", func(_ *mla.Request, p *mla.Profile) { p.Diplomatic = true }, convention.NotSatisfied},
		{"para. 14 diplomatic channels required and used", func(r *mla.Request, p *mla.Profile) {
			r.Channel, p.Diplomatic = mla.ChannelDiplomatic, true
		}, convention.Satisfied},
		{"para. 14 diplomatic channels not required", func(r *mla.Request, _ *mla.Profile) { r.Channel = mla.ChannelDiplomatic }, convention.NotSatisfied},
		{"para. 14 INTERPOL, urgent, agreed", func(r *mla.Request, p *mla.Profile) {
			r.Channel, r.Urgency.Urgent, p.Interpol, p.Diplomatic = mla.ChannelInterpol, true, true, true
		}, convention.Satisfied},
		{"para. 14 INTERPOL not agreed", func(r *mla.Request, _ *mla.Profile) { r.Channel, r.Urgency.Urgent = mla.ChannelInterpol, true }, convention.NotSatisfied},
		{"para. 14 directly to a court", func(r *mla.Request, _ *mla.Profile) { r.Channel = mla.ChannelOther }, convention.NotSatisfied},
		{"para. 9 treaty governs the form", func(_ *mla.Request, p *mla.Profile) { p.Treaty, p.ArticleInLieu = y, n }, convention.NotApplicable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, p := baseRequest(), baseProfile()
			tc.mod(&r, &p)
			dec, err := mla.CheckForm(r, p, baseFacts())
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
		})
	}
	r, p := baseRequest(), baseProfile()
	r.Form, r.Urgency.Urgent, p.Oral = mla.FormOral, true, true
	dec, _ := mla.CheckForm(r, p, baseFacts())
	assert.True(t, dec.Duties.Has(mla.DutyConfirmInWriting), "para. 15 confirm in writing forthwith")
}

func TestMLAReview(t *testing.T) {
	for _, tc := range []struct {
		name       string
		facts      func(f *mla.Facts)
		resp       mla.Response
		want       convention.Outcome
		violations []mla.Term
	}{
		{"para. 18 execute", nil, mla.Response{Action: mla.ActionExecute}, convention.Lawful, nil},
		{"para. 22(b) refusal with consultation and reasons", func(f *mla.Facts) { f.EssentialInterests = y },
			refusal(mla.GroundEssentialInterests), convention.Lawful, nil},
		{"para. 24 refusal without reasons", func(f *mla.Facts) { f.EssentialInterests = y },
			mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundEssentialInterests), Consulted: true},
			convention.Unlawful, []mla.Term{mla.ViolationNoReasons}},
		{"para. 27 refusal under para. 22 without consultation", func(f *mla.Facts) { f.EssentialInterests = y },
			mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundEssentialInterests), Reasons: true},
			convention.Unlawful, []mla.Term{mla.ViolationNoConsultation}},
		{"para. 27 refusal under para. 10 needs no consultation", func(f *mla.Facts) { f.DeMinimis = y },
			mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundDeMinimis), Reasons: true},
			convention.Lawful, nil},
		{"para. 23 refusal on fiscal grounds alone", func(f *mla.Facts) { f.Fiscal = y },
			refusal(mla.GroundFiscal), convention.Unlawful, []mla.Term{mla.ViolationFiscalSole}},
		{"para. 23 fiscal beside an available ground", func(f *mla.Facts) { f.Fiscal, f.Disproportionate = y, y },
			refusal(mla.GroundFiscal, mla.GroundDisproportionate), convention.Lawful, nil},
		{"para. 8 refusal on bank secrecy", func(f *mla.Facts) { f.BankSecrecy = y },
			refusal(mla.GroundBankSecrecy), convention.Unlawful, []mla.Term{mla.ViolationBankSecrecy}},
		{"para. 8 bank secrecy beside an available ground", func(f *mla.Facts) { f.BankSecrecy, f.EssentialInterests = y, y },
			refusal(mla.GroundBankSecrecy, mla.GroundEssentialInterests), convention.Unlawful, []mla.Term{mla.ViolationBankSecrecy}},
		{"para. 1 refusal on a ground not available", nil,
			refusal(mla.GroundEssentialInterests), convention.Unlawful, []mla.Term{mla.ViolationNoGround}},
		{"para. 1 refusal with no ground", nil,
			mla.Response{Action: mla.ActionRefuse, Reasons: true, Consulted: true}, convention.Unlawful, []mla.Term{mla.ViolationNoGround}},
		{"para. 22(b) refusal on an unassessed judgement", func(f *mla.Facts) { f.EssentialInterests = convention.Unassessed },
			refusal(mla.GroundEssentialInterests), convention.Undetermined, nil},
		{"para. 26 postponement with interference and consultation", func(f *mla.Facts) { f.InterferesOngoing = y },
			mla.Response{Action: mla.ActionPostpone, Grounds: convention.SetOf(mla.GroundPostpone), Consulted: true}, convention.Lawful, nil},
		{"para. 26 postponement without interference", nil,
			mla.Response{Action: mla.ActionPostpone, Consulted: true}, convention.Unlawful, []mla.Term{mla.ViolationPostponeNoGround}},
		{"para. 27 postponement without consultation", func(f *mla.Facts) { f.InterferesOngoing = y },
			mla.Response{Action: mla.ActionPostpone}, convention.Unlawful, []mla.Term{mla.ViolationNoConsultation}},
		{"para. 27 conditions where a ground is available", func(f *mla.Facts) { f.Disproportionate = y },
			mla.Response{Action: mla.ActionConditions, Consulted: true}, convention.Lawful, nil},
		{"para. 27 conditions without any ground", nil,
			mla.Response{Action: mla.ActionConditions}, convention.Unlawful, []mla.Term{mla.ViolationConditionsNoGround}},
		{"para. 21 confidentiality cannot be kept, not reported", func(f *mla.Facts) { f.CanKeepConfidential = n },
			mla.Response{Action: mla.ActionExecute}, convention.Unlawful, []mla.Term{mla.ViolationConfidentiality}},
		{"para. 21 confidentiality cannot be kept, reported", func(f *mla.Facts) { f.CanKeepConfidential = n },
			mla.Response{Action: mla.ActionExecute, InformedConfidentiality: true}, convention.Lawful, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			r.Confidentiality.Required = true
			if tc.facts != nil {
				tc.facts(&f)
			}
			dec, err := mla.Review(r, p, f, tc.resp)
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.violations...), dec.Violations, dec.String())
			if tc.want == convention.Unlawful {
				assert.Equal(t, tc.violations[0].Describe().Cite, dec.Cite)
			}
		})
	}
}

func TestMLAReviewUnderTreatyChecksOnlyPara8(t *testing.T) {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	p.Treaty, p.ArticleInLieu = y, n
	dec, err := mla.Review(r, p, f, mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundFiscal)})
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, dec.Outcome)
	assert.Equal(t, mlaCite(9), dec.Cite)
	assert.Contains(t, dec.String(), "the treaty's corresponding provisions govern")
	dec, _ = mla.Review(r, p, f, refusal(mla.GroundBankSecrecy))
	assert.Equal(t, convention.Unlawful, dec.Outcome)
	assert.Equal(t, mlaCite(8), dec.Cite)
}

func TestMLAPara9ReviewWhileRegimeUnknown(t *testing.T) {
	r, p, f := baseRequest(), baseProfile(), baseFacts()
	p.Treaty = convention.Unassessed
	f.Fiscal = y
	dec, err := mla.Review(r, p, f, refusal(mla.GroundFiscal))
	require.NoError(t, err)
	assert.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
	assert.True(t, dec.Violations.IsEmpty())
	w, ok := dec.WhatIf(mla.TestTreatyBound)
	require.True(t, ok)
	assert.Equal(t, convention.Unlawful, w.IfNo, "para. 23 applies without a treaty")
	dec, _ = mla.Review(r, p, f, refusal(mla.GroundBankSecrecy))
	assert.Equal(t, convention.Unlawful, dec.Outcome, "para. 8 applies under either regime")
}

func TestReviewReportsInvalidResponse(t *testing.T) {
	_, err := mla.Review(baseRequest(), baseProfile(), baseFacts(), mla.Response{})
	assert.ErrorIs(t, err, convention.ErrMissing)
	_, err = mla.Review(mla.Request{}, baseProfile(), baseFacts(), mla.Response{})
	ps := convention.AsProblems(err)
	assert.Contains(t, ps.Cites(), mlaCite(22))
	assert.Contains(t, ps.Cites(), mlaCite(32), "no States: nothing to decide")
	assert.NotContains(t, ps.Cites(), mlaPoint(16, 'a'), "a lacking element of para. 16 is decided (para. 22(a)), not an error")
}

func TestDecisionJSONIsTheExplanation(t *testing.T) {
	f := baseFacts()
	f.EssentialInterests = y
	dec, _ := mla.Assess(baseRequest(), baseProfile(), f)
	b, err := dec.MarshalJSON()
	require.NoError(t, err)
	s := string(b)
	assert.True(t, strings.HasPrefix(s, `{"version":1`), s)
	assert.Contains(t, s, `"decision":"assessment"`)
	assert.Contains(t, s, `"art_mla__para_22__point_b"`)
}
