package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

var (
	u       = convention.Unassessed
	coop3   = convention.Cite(convention.ArtCooperation, 3)
	treatyP = func() mla.Profile { p := baseProfile(); p.Treaty, p.ArticleInLieu = y, n; return p }
	unknown = func() mla.Profile { p := baseProfile(); p.Treaty = u; return p }
)

func belief(j convention.Judgement) convention.DiscriminationFacts {
	return convention.DiscriminationFacts{Belief: j}
}

// Cooperation art., para. 3: "Nothing in this Convention shall be
// interpreted as imposing an obligation ... to provide assistance if the
// requested State Party has substantial grounds for believing ...". The
// clause is not among MLA art., paras. 10 to 30, which a treaty displaces
// (para. 9): the ground shows in the outcome whatever the regime.
func TestMLACoop3GroundShowsInTheOutcomeWhateverTheRegime(t *testing.T) {
	for _, tc := range []struct {
		name    string
		p       mla.Profile
		belief  convention.Judgement
		want    convention.Outcome
		cite    convention.Citation
		ifYesNo [2]convention.Outcome // what-ifs on the belief, when Undetermined
	}{
		{"treaty, belief held: may refuse", treatyP(), y, convention.MayRefuse, coop3, [2]convention.Outcome{}},
		{"treaty, belief not held: the treaty governs", treatyP(), n, convention.NotApplicable, mlaCite(9), [2]convention.Outcome{}},
		{"treaty, belief unassessed: it could change the outcome", treatyP(), u, convention.Undetermined, coop3,
			[2]convention.Outcome{convention.MayRefuse, convention.NotApplicable}},
		{"regime unknown, belief held: may refuse under either regime", unknown(), y, convention.MayRefuse, coop3, [2]convention.Outcome{}},
		{"regime unknown, belief not held: the regime decides", unknown(), n, convention.Undetermined, mlaCite(9), [2]convention.Outcome{}},
		{"article, belief held", baseProfile(), y, convention.MayRefuse, coop3, [2]convention.Outcome{}},
		{"article, belief unassessed, nothing else open", baseProfile(), u, convention.Undetermined, mlaCite(22),
			[2]convention.Outcome{convention.MayRefuse, convention.Obliged}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := baseFacts()
			f.Discrimination = belief(tc.belief)
			dec, err := mla.Assess(baseRequest(), tc.p, f)
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.cite, dec.Cite, dec.String())
			assert.Equal(t, tc.belief == y, dec.Available.Has(mla.GroundDiscrimination))
			if tc.ifYesNo[0].IsValid() {
				w, ok := dec.WhatIf(mla.TestDiscrimination)
				require.True(t, ok, dec.String())
				assert.Equal(t, tc.ifYesNo[0], w.IfYes)
				assert.Equal(t, tc.ifYesNo[1], w.IfNo)
			}
		})
	}
}

// Cooperation art., para. 3, items 1-2 of issue 8: an unassessed belief
// makes the outcome Undetermined only where it could change it, and the
// explanation carries the note on the grounds named.
func TestMLACoop3UnassessedBeliefOnlyWhereItCouldChangeTheOutcome(t *testing.T) {
	f := baseFacts()
	f.Discrimination = belief(u)
	f.EssentialInterests = y
	dec, err := mla.Assess(baseRequest(), baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, convention.MayRefuse, dec.Outcome, "para. 22(b) is available whatever the belief")
	assert.True(t, dec.Needed.Has(mla.TestDiscrimination), "still listed, as an optional course")

	resp := refusal(mla.GroundDiscrimination, mla.GroundEssentialInterests)
	rv, err := mla.Review(baseRequest(), baseProfile(), f, resp)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rv.Outcome, "one invoked ground is available")

	f.Discrimination = convention.DiscriminationFacts{Belief: y}
	dec, _ = mla.Assess(baseRequest(), treatyP(), f)
	assert.Contains(t, dec.Explain().Notes, f.Discrimination.Note(), "no listed ground named: the clause applies all the same")
	f.Discrimination.Grounds = convention.DiscriminationGrounds(0).Add(convention.GroundReligion)
	dec, _ = mla.Assess(baseRequest(), baseProfile(), f)
	assert.Contains(t, dec.Explain().Notes, "Cooperation art., para. 3: listed grounds named by the requested State: religion")
	f.Discrimination.Belief = n
	dec, _ = mla.Assess(baseRequest(), baseProfile(), f)
	assert.False(t, dec.Available.Has(mla.GroundDiscrimination), "naming grounds never turns a No into a Yes")
}

// MLA art., para. 3(e), (f), (m): the conditions of the purposes are not
// among paragraphs 10 to 30 and hold under a treaty too.
func TestMLAPara3ConditionsHoldWhateverTheRegime(t *testing.T) {
	r := baseRequest()
	r.Purposes = mla.PurposesOf(mla.PurposeTrafficData)
	r.Subjects = []mla.Subject{{Kind: mla.SubjectAccount, Identity: "user@example.org"}}
	f := baseFacts()
	f.Offences[0].TrafficDataAvailable = n
	for _, p := range []mla.Profile{baseProfile(), treatyP(), unknown()} {
		dec, err := mla.Assess(r, p, f)
		require.NoError(t, err)
		assert.Equal(t, convention.MayRefuse, dec.Outcome, dec.String())
		assert.Equal(t, mlaPoint(3, 'e'), dec.Cite,
			"\"with respect to criminal offenses for which real-time collection of traffic data would be available in a similar domestic case\"")
	}
	f.Offences[0].TrafficDataAvailable = y
	dec, _ := mla.Assess(r, treatyP(), f)
	assert.Equal(t, convention.NotApplicable, dec.Outcome)
}

// MLA art., para. 8: "States Parties shall not decline to render mutual
// legal assistance pursuant to this article on the ground of bank
// secrecy": whatever the regime, but only within the article's scope.
func TestMLAPara8BindsWithinTheArticlesScopeWhateverTheRegime(t *testing.T) {
	outside := baseRequest()
	outside.Offences[0].Established = ""
	open := baseRequest()
	open.Offences[0].Established, open.ElectronicEvidence, open.Offences[0].MaxPenalty = "", true, convention.Penalty{}
	f := baseFacts()
	f.BankSecrecy = y
	for _, tc := range []struct {
		name string
		r    mla.Request
		p    mla.Profile
		want convention.Outcome
		cite convention.Citation
	}{
		{"in scope, no treaty", baseRequest(), baseProfile(), convention.Unlawful, mlaCite(8)},
		{"in scope, treaty", baseRequest(), treatyP(), convention.Unlawful, mlaCite(8)},
		{"in scope, regime unknown", baseRequest(), unknown(), convention.Unlawful, mlaCite(8)},
		{"out of scope, no treaty", outside, baseProfile(), convention.NotApplicable, mlaCite(1)},
		{"out of scope, treaty", outside, treatyP(), convention.NotApplicable, mlaCite(1)},
		{"out of scope, regime unknown", outside, unknown(), convention.NotApplicable, mlaCite(1)},
		{"scope open, treaty", open, treatyP(), convention.Undetermined, mlaCite(1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rv, err := mla.Review(tc.r, tc.p, f, refusal(mla.GroundBankSecrecy))
			require.NoError(t, err)
			assert.Equal(t, tc.want, rv.Outcome, rv.String())
			assert.Equal(t, tc.cite, rv.Cite)
			assert.Equal(t, tc.want == convention.Unlawful, rv.Violations.Has(mla.ViolationBankSecrecy))
			a, err := mla.Assess(tc.r, tc.p, f)
			require.NoError(t, err)
			assert.Equal(t, tc.cite == mlaCite(1) && tc.want == convention.NotApplicable, a.Outcome == convention.NotApplicable && a.Cite == mlaCite(1),
				"review and assessment agree on the scope")
		})
	}
}

// MLA art., paras. 1, 8 and 9: review and assessment never disagree on the
// article's scope. A request the assessment finds outside the article
// ("NotApplicable", para. 1) is outside every review, and a response the
// review finds unlawful or lawful concerns a request within the scope.
func TestMLAReviewAndAssessmentNeverDisagreeOnScope(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		resp := mlatest.Response().Draw(t, "resp")
		a := assess(t, r, p, f)
		rv := review(t, r, p, f, resp)
		sc, err := mla.Scope(r)
		require.NoError(t, err)
		if a.Outcome == convention.NotApplicable && a.Cite == mlaCite(1) {
			assert.Equal(t, convention.NotApplicable, sc.Outcome, "Scope and Assess")
		}
		if sc.Outcome == convention.NotApplicable {
			// Outside the article: out of its scope (para. 1), or not a
			// request made pursuant to it (paras. 7, 9).
			for _, d := range []mla.Decision{a, rv} {
				assert.Equal(t, convention.NotApplicable, d.Outcome, d.String())
				assert.Equal(t, sc.Cite, d.Cite)
				assert.True(t, d.Violations.IsEmpty())
			}
		}
		if rv.Outcome == convention.Unlawful || rv.Outcome == convention.Lawful {
			assert.Equal(t, convention.Obliged, sc.Outcome, "a response is judged only within the article's scope")
		}
	})
}

// MLA art., paras. 16, 17 and 22(a): a request lacking an element of para.
// 16, or made orally or through INTERPOL without urgency, is "not made in
// conformity with the provisions of this article": the requested State
// may refuse it (with reasons, para. 24, after consultation, para. 27), or,
// for what para. 16 says it "shall contain", ask for the information
// (para. 17).
func TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(r *mla.Request, p *mla.Profile)
		more bool // para. 17 opened by the lack
	}{
		{"16(a) requesting authority", func(r *mla.Request, _ *mla.Profile) { r.RequestingAuthority = "" }, true},
		{"16(b) nature of the proceeding", func(r *mla.Request, _ *mla.Profile) { r.Nature = mla.NatureUnknown }, true},
		{"16(b) conducting authority", func(r *mla.Request, _ *mla.Profile) { r.Conducting = mla.Authority{} }, true},
		{"16(b) the offence's conduct", func(r *mla.Request, _ *mla.Profile) { r.Offences[0].Conduct = "" }, true},
		{"16(c) summary of facts", func(r *mla.Request, _ *mla.Profile) { r.Facts = "" }, true},
		{"16(d) assistance sought", func(r *mla.Request, _ *mla.Profile) { r.AssistanceSought = "" }, true},
		{"16(e) person concerned", func(r *mla.Request, _ *mla.Profile) { r.Subjects = r.Subjects[1:] }, true},
		{"16(f) purpose", func(r *mla.Request, _ *mla.Profile) { r.Aim = "" }, true},
		{"15 oral without urgency", func(r *mla.Request, p *mla.Profile) { r.Form, p.Oral = mla.FormOral, true }, false},
		{"14 INTERPOL without urgency", func(r *mla.Request, p *mla.Profile) { r.Channel, p.Interpol = mla.ChannelInterpol, true }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, p := baseRequest(), baseProfile()
			tc.mod(&r, &p)
			require.Error(t, r.Validate(), "Validate still lists the problem")
			dec, err := mla.Assess(r, p, baseFacts())
			require.NoError(t, err, "a non-conforming request gets a decision")
			assert.Equal(t, convention.MayRefuse, dec.Outcome, dec.String())
			assert.Equal(t, mlaPoint(22, 'a'), dec.Cite)
			assert.Equal(t, convention.SetOf(mla.GroundNonConformity), dec.RefusalGrounds())
			assert.True(t, dec.Duties.Has(mla.DutyReasons), "para. 24")
			assert.True(t, dec.Duties.Has(mla.DutyConsult), "para. 27")
			assert.Equal(t, tc.more, dec.Available.Has(mla.GroundMoreInformation), "para. 17")

			refuse := refusal(mla.GroundNonConformity)
			rv, err := mla.Review(r, p, baseFacts(), refuse)
			require.NoError(t, err)
			assert.Equal(t, convention.Lawful, rv.Outcome, rv.String())
			refuse.Consulted = false
			rv, _ = mla.Review(r, p, baseFacts(), refuse)
			assert.Equal(t, convention.SetOf(mla.ViolationNoConsultation), rv.Violations,
				"\"Before refusing a request pursuant to paragraph 22 ... shall consult\"")

			dec, err = mla.Assess(r, treatyP(), baseFacts())
			require.NoError(t, err)
			assert.Equal(t, convention.NotApplicable, dec.Outcome, "paras. 14 to 16 are among paragraphs 10 to 30, which the treaty displaces")
		})
	}
	r := baseRequest()
	dec, _ := mla.Assess(r, baseProfile(), baseFacts())
	assert.Equal(t, convention.Obliged, dec.Outcome, "a conforming request")
	assert.False(t, dec.Available.Has(mla.GroundNonConformity))
	assert.Equal(t, convention.Yes, dec.Answer(mla.TestContents))

	r.Facts, r.Aim = "", ""
	dec, _ = mla.Assess(r, baseProfile(), baseFacts())
	e := dec.Explain()
	require.NotEmpty(t, e.Notes)
	assert.Contains(t, e.Notes[len(e.Notes)-1], "MLA art., para. 16(c) (a summary of the relevant facts); MLA art., para. 16(f)")
}

// A request that is malformed for the library (an undeclared value, no
// States, the same State twice) stays an error; a language not given is
// decided as unassessed.
func TestMLAMalformedRequestStaysAnError(t *testing.T) {
	for name, mod := range map[string]func(r *mla.Request){
		"undeclared nature":  func(r *mla.Request) { r.Nature = 9 },
		"undeclared channel": func(r *mla.Request) { r.Channel = 9 },
		"no channel":         func(r *mla.Request) { r.Channel = mla.ChannelUnknown },
		"same State":         func(r *mla.Request) { r.Requested = r.Requesting },
		"bad nationality":    func(r *mla.Request) { r.Subjects[0].Nationality = "Kenyan" },
		"no purpose":         func(r *mla.Request) { r.Purposes = 0 },
	} {
		r := baseRequest()
		mod(&r)
		_, err := mla.Assess(r, baseProfile(), baseFacts())
		assert.Error(t, err, name)
		_, err = mla.Prepare(r, baseProfile())
		assert.Error(t, err, name)
	}
	r := baseRequest()
	r.Language = convention.In(language.Und)
	dec, err := mla.Assess(r, baseProfile(), baseFacts())
	require.NoError(t, err)
	assert.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
	assert.True(t, dec.Needed.Has(mla.TestLanguage), "\"in a language acceptable to the requested State Party\": not given, unassessed")
}

// MLA art., para. 16(e): "As appropriate, the identification, location and
// nationality of any person": an identity the request says is not yet
// known is not demanded; one merely left out is.
func TestMLAPara16eIdentityAsAppropriate(t *testing.T) {
	r := baseRequest()
	r.Subjects[0] = mla.Subject{Kind: mla.SubjectPerson, Unidentified: true, Location: "Nairobi"}
	require.NoError(t, r.Validate(), "identity not yet known")
	dec, _ := mla.Assess(r, baseProfile(), baseFacts())
	assert.Equal(t, convention.Obliged, dec.Outcome)
	r.Subjects[0].Unidentified = false
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, "Subjects[0].Identity", ps[0].Field)
	dec, _ = mla.Assess(r, baseProfile(), baseFacts())
	assert.True(t, dec.Available.Has(mla.GroundNonConformity))
}

// MLA art., para. 30: "(a) Shall provide ... copies of government records
// ... available to the general public; (b) May, at its discretion,
// provide ... in whole, in part or subject to such conditions as it deems
// appropriate" the others. Declining the non-public ones, or providing
// them on conditions, is lawful; reasons are owed for "any refusal" (para.
// 24), consultation only before a refusal "pursuant to paragraph 22" (para.
// 27).
func TestMLAPara30bNonPublicRecordsAreAtTheStatesDiscretion(t *testing.T) {
	r := baseRequest()
	r.GovernmentRecords = true
	f := baseFacts()
	f.RecordsPublic = n
	dec, err := mla.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	assert.Equal(t, mlaPoint(30, 'b'), dec.Cite)
	assert.False(t, dec.Duties.Has(mla.DutyConsult))

	decline := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundNonPublic), Reasons: true}
	rv, _ := mla.Review(r, baseProfile(), f, decline)
	assert.Equal(t, convention.Lawful, rv.Outcome, rv.String())
	decline.Reasons = false
	rv, _ = mla.Review(r, baseProfile(), f, decline)
	assert.Equal(t, convention.SetOf(mla.ViolationNoReasons), rv.Violations, "\"Reasons shall be given for any refusal\"")
	rv, _ = mla.Review(r, baseProfile(), f, mla.Response{Action: mla.ActionConditions})
	assert.Equal(t, convention.Lawful, rv.Outcome, "\"subject to such conditions as it deems appropriate\"")
	assert.True(t, rv.Duties.Has(mla.DutyComplyConditions))

	f.RecordsPublic = y
	dec, _ = mla.Assess(r, baseProfile(), f)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.True(t, dec.Duties.Has(mla.DutyProvidePublic), "\"Shall provide\"")
	decline.Reasons = true
	rv, _ = mla.Review(r, baseProfile(), f, decline)
	assert.Equal(t, convention.SetOf(mla.ViolationNoGround), rv.Violations)
	rv, _ = mla.Review(r, baseProfile(), f, mla.Response{Action: mla.ActionConditions})
	assert.Equal(t, convention.SetOf(mla.ViolationConditionsNoGround), rv.Violations)

	f.RecordsPublic = u
	dec, _ = mla.Assess(r, baseProfile(), f)
	assert.Equal(t, convention.Undetermined, dec.Outcome)
	w, _ := dec.WhatIf(mla.TestPublicRecord)
	assert.Equal(t, convention.Obliged, w.IfYes)
	assert.Equal(t, convention.MayRefuse, w.IfNo)

	dec, _ = mla.Assess(baseRequest(), baseProfile(), f)
	assert.False(t, dec.Asked.Has(mla.TestPublicRecord), "no government records sought")
	dec, _ = mla.Assess(r, treatyP(), f)
	assert.False(t, dec.Asked.Has(mla.TestPublicRecord), "para. 30 is among paragraphs 10 to 30")
}

// MLA art., para. 29: "If expenses of a substantial or extraordinary nature
// are or will be required ..., the States Parties shall consult to
// determine the terms and conditions under which the request will be
// executed": conditions so agreed are lawful without any ground of
// refusal.
func TestMLAPara29ConditionsAgreedOnSubstantialCosts(t *testing.T) {
	f := baseFacts()
	f.SubstantialCosts = y
	cond := mla.Response{Action: mla.ActionConditions, Consulted: true}
	rv, err := mla.Review(baseRequest(), baseProfile(), f, cond)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rv.Outcome, rv.String())
	cond.Consulted = false
	rv, _ = mla.Review(baseRequest(), baseProfile(), f, cond)
	assert.Equal(t, convention.Unlawful, rv.Outcome, "conditions not determined by consultation")
	f.SubstantialCosts = n
	cond.Consulted = true
	rv, _ = mla.Review(baseRequest(), baseProfile(), f, cond)
	assert.Equal(t, convention.SetOf(mla.ViolationConditionsNoGround), rv.Violations, "ordinary costs: no basis for conditions")
	f.SubstantialCosts = u
	rv, _ = mla.Review(baseRequest(), baseProfile(), f, cond)
	assert.Equal(t, convention.Undetermined, rv.Outcome)
}

// MLA art., para. 27: "If the requesting State Party accepts assistance
// subject to those conditions, it shall comply with the conditions."
func TestMLAPara27RequestingStateCompliesWithConditionsItAccepts(t *testing.T) {
	f := baseFacts()
	f.Disproportionate = y
	rv, err := mla.Review(baseRequest(), baseProfile(), f, mla.Response{Action: mla.ActionConditions, Consulted: true})
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rv.Outcome)
	assert.True(t, rv.Duties.Has(mla.DutyComplyConditions))
	rv, _ = mla.Review(baseRequest(), baseProfile(), f, mla.Response{Action: mla.ActionExecute})
	assert.False(t, rv.Duties.Has(mla.DutyComplyConditions), "no conditions, nothing to comply with")
}

// MLA art., para. 6, reviewed after the fact: the receiving State "shall
// comply with a request that said information remain confidential ... or
// with restrictions on its use"; exculpatory information may be disclosed
// in its proceedings, notifying "in advance" or, "in an exceptional case"
// where advance notice is not possible, informing "without delay".
func TestMLAPara6ReviewOfAUseAlreadyMade(t *testing.T) {
	restricted := mla.Spontaneous{CouldAssist: y, Confidential: true}
	disclosed := mla.Use{Disclosure: true, Exculpatory: y, WithinRestrictions: n}
	for _, tc := range []struct {
		name       string
		s          mla.Spontaneous
		u          func(u mla.Use) mla.Use
		want       convention.Outcome
		violations []mla.Term
	}{
		{"no restriction asked", mla.Spontaneous{CouldAssist: y}, func(x mla.Use) mla.Use { return mla.Use{Disclosure: true} }, convention.Lawful, nil},
		{"used within the restrictions", restricted, func(mla.Use) mla.Use { return mla.Use{WithinRestrictions: y} }, convention.Lawful, nil},
		{"used against the restrictions", restricted, func(mla.Use) mla.Use { return mla.Use{WithinRestrictions: n, Exculpatory: n} },
			convention.Unlawful, []mla.Term{mla.ViolationRestrictions}},
		{"exculpatory disclosure notified in advance", restricted, func(x mla.Use) mla.Use { x.NotifiedInAdvance = true; return x },
			convention.Lawful, nil},
		{"exculpatory disclosure without advance notice, notice possible", restricted,
			func(x mla.Use) mla.Use { x.AdvanceNoticePossible, x.InformedWithoutDelay = y, true; return x },
			convention.Unlawful, []mla.Term{mla.ViolationDisclosureNotice}},
		{"exceptional case, informed without delay", restricted,
			func(x mla.Use) mla.Use { x.AdvanceNoticePossible, x.InformedWithoutDelay = n, true; return x },
			convention.Lawful, nil},
		{"exceptional case, not informed without delay", restricted,
			func(x mla.Use) mla.Use { x.AdvanceNoticePossible = n; return x },
			convention.Unlawful, []mla.Term{mla.ViolationDisclosureNotice}},
		{"exceptional case unassessed, informed after", restricted,
			func(x mla.Use) mla.Use { x.InformedWithoutDelay = true; return x }, convention.Undetermined, nil},
		{"exceptional case unassessed, never told", restricted,
			func(x mla.Use) mla.Use { return x }, convention.Unlawful, []mla.Term{mla.ViolationDisclosureNotice}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.ReviewSpontaneousUse(tc.s, tc.u(disclosed))
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.violations...), dec.Violations)
			assert.Equal(t, mlaCite(6), dec.Cite)
			if tc.want == convention.Undetermined {
				w, ok := dec.WhatIf(mla.TestAdvanceNoticePossible)
				require.True(t, ok)
				assert.Equal(t, convention.Unlawful, w.IfYes)
				assert.Equal(t, convention.Lawful, w.IfNo)
			}
		})
	}
}

// MLA art., para. 20, reviewed after the fact: "shall not transmit or use
// information or evidence ... for ... proceedings other than those stated
// in the request without the prior consent"; exculpatory disclosure with
// notice "prior to the disclosure and, if so requested, consult", or, "in
// an exceptional case", information "without delay".
func TestMLAPara20ReviewOfAUseAlreadyMade(t *testing.T) {
	exc := mla.Use{OtherProceedings: true, Disclosure: true, Exculpatory: y}
	for _, tc := range []struct {
		name       string
		u          mla.Use
		want       convention.Outcome
		violations []mla.Term
	}{
		{"used in the proceedings stated", mla.Use{}, convention.Lawful, nil},
		{"other proceedings with prior consent", mla.Use{OtherProceedings: true, Consent: y}, convention.Lawful, nil},
		{"other proceedings without consent", mla.Use{OtherProceedings: true, Consent: n}, convention.Unlawful, []mla.Term{mla.ViolationNoConsent}},
		{"other proceedings, consent unassessed", mla.Use{OtherProceedings: true}, convention.Undetermined, nil},
		{"exculpatory disclosure notified prior", func() mla.Use { x := exc; x.NotifiedInAdvance = true; return x }(), convention.Lawful, nil},
		{"exculpatory disclosure, consultation requested and held",
			func() mla.Use {
				x := exc
				x.NotifiedInAdvance, x.ConsultationRequested, x.Consulted = true, true, true
				return x
			}(),
			convention.Lawful, nil},
		{"exculpatory disclosure, consultation requested, not held",
			func() mla.Use { x := exc; x.NotifiedInAdvance, x.ConsultationRequested = true, true; return x }(),
			convention.Unlawful, []mla.Term{mla.ViolationEvidenceNotice}},
		{"exculpatory disclosure without notice, notice possible",
			func() mla.Use { x := exc; x.AdvanceNoticePossible, x.InformedWithoutDelay = y, true; return x }(),
			convention.Unlawful, []mla.Term{mla.ViolationEvidenceNotice}},
		{"exceptional case, informed without delay",
			func() mla.Use { x := exc; x.AdvanceNoticePossible, x.InformedWithoutDelay = n, true; return x }(),
			convention.Lawful, nil},
		{"exceptional case, not informed",
			func() mla.Use { x := exc; x.AdvanceNoticePossible = n; return x }(),
			convention.Unlawful, []mla.Term{mla.ViolationEvidenceNotice}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := mla.ReviewEvidenceUse(mla.RegimeArticle, tc.u)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, convention.SetOf(tc.violations...), dec.Violations)
			assert.Equal(t, mlaCite(20), dec.Cite)
		})
	}
	assert.Equal(t, convention.NotApplicable, mla.ReviewEvidenceUse(mla.RegimeTreaty, mla.Use{}).Outcome, "para. 20 is among paragraphs 10 to 30")
}
