package confiscation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// value returns the explanation value named n, or "" when absent.
func value(d confiscation.Decision, n string) string {
	v, _ := d.Explain().Value(n)
	return v
}

// The explanation names what the request lacks, sub-paragraph by
// sub-paragraph, of para. 3 and of MLA art., para. 16, and says what
// follows under the regime that governs.
func TestExplanationNamesTheContentsLacking(t *testing.T) {
	r := baseRequest()
	r.ThirdParties, r.Actions, r.Facts, r.Aim = "", "", "", ""
	dec, err := confiscation.Assess(r, baseProfile(), baseFacts())
	require.NoError(t, err)
	assert.Equal(t, "3(b), 3(c), 16(c), 16(f)", value(dec, "lacking_contents"))
	assert.Equal(t, confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional), dec.Incomplete)
	assert.True(t, dec.LacksContents(citePoint(3, 'b')))
	assert.False(t, dec.LacksContents(citePoint(3, 'a')))
	assert.True(t, dec.LacksContents(mlaPoint(16, 'c')))
	assert.False(t, dec.LacksContents(mlaPoint(16, 'a')))
	assert.False(t, dec.LacksContents(mlaCite(16)))
	s := dec.String()
	assert.Contains(t, s, "Confiscation art., para. 3(b) (a legally admissible copy of a final order")
	assert.Contains(t, s, "MLA art., para. 16(c) (a summary of the relevant facts)")
	assert.Contains(t, s, "MLA art., para. 16(f) (the purpose for which the assistance is sought)")
	assert.NotContains(t, s, "MLA art., para. 16(a) (")
	assert.Contains(t, s, "(MLA art., para. 22(a), applied mutatis mutandis), and the requested State may ask for the information (para. 17)")

	p := baseProfile()
	p.Treaty, p.ArticleInLieu = y, n
	dec, err = confiscation.Assess(r, p, baseFacts())
	require.NoError(t, err)
	assert.Equal(t, "3(b), 3(c)", value(dec, "lacking_contents"), "under a treaty the MLA art.'s para. 16 gives way; para. 3 is the article's own")
	assert.Contains(t, dec.String(), "and the treaty's provisions govern what follows (MLA art., para. 9)")
	assert.NotContains(t, dec.String(), "para. 22(a), applied mutatis mutandis")

	dec, err = confiscation.Assess(baseRequest(), baseProfile(), baseFacts())
	require.NoError(t, err)
	assert.Equal(t, "", value(dec, "lacking_contents"))
	assert.NotContains(t, dec.String(), "the request lacks")
}

// The explanation names the offences, and the note on dual criminality
// lists each conduct compared, and names the offences MLA art., para. 10
// reaches only when the request names several.
func TestExplanationNamesTheOffences(t *testing.T) {
	r := baseRequest()
	f := baseFacts()
	f.Offences[0].Requested.Criminal = n
	dec, err := confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, "0", value(dec, "offences_without_dual_criminality"))
	assert.Equal(t, "", value(dec, "offences_established"), "one offence: no per-offence value")
	assert.NotContains(t, dec.String(), "absence of dual criminality reaches")
	assert.Contains(t, dec.String(), `conduct compared: "encrypting a hospital's data and demanding a ransom"; offence names not compared`)

	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering the ransom"})
	f.Offences = append(f.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: y}})
	dec, err = confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, "0", value(dec, "offences_established"))
	assert.Equal(t, "1", value(dec, "offences_not_established"))
	s := dec.String()
	assert.Contains(t, s, "absence of dual criminality reaches offence 1 (extorsion)")
	assert.Contains(t, s, `reaches offence 2 ("laundering the ransom") alone`)
	assert.Contains(t, s, `conduct compared: "encrypting a hospital's data and demanding a ransom", "laundering the ransom"`)
}

// The de minimis values: the threshold, the total (only when a value is
// stated), the answer and who gave it.
func TestExplanationOfTheDeMinimisValue(t *testing.T) {
	p := baseProfile()
	p.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("EUR 500000")}
	f := baseFacts()
	f.DeMinimisValue = convention.Unassessed
	dec, err := confiscation.Assess(baseRequest(), p, f)
	require.NoError(t, err)
	assert.Equal(t, "EUR 500000", value(dec, "de_minimis_threshold"))
	assert.Equal(t, "EUR 412000", value(dec, "property_value"))
	assert.Equal(t, "yes", value(dec, "de_minimis"))
	assert.Equal(t, "threshold", value(dec, "de_minimis_by"))
	assert.Contains(t, dec.String(), "by the requested State's threshold: the total estimated value, EUR 412000, is below the de minimis threshold EUR 500000")

	r := baseRequest()
	r.Property = []confiscation.Property{{Description: "a car"}}
	dec, err = confiscation.Assess(r, p, f)
	require.NoError(t, err)
	assert.Equal(t, "EUR 500000", value(dec, "de_minimis_threshold"))
	assert.Equal(t, "", value(dec, "property_value"), "no value stated, no total")
	assert.Equal(t, "unassessed", value(dec, "de_minimis"))
	assert.Contains(t, dec.String(), "no estimated value is stated to compare with the de minimis threshold EUR 500000")

	r.Property = append(r.Property, confiscation.Property{Description: "an account", Value: convention.MustMoney("EUR 10")})
	dec, err = confiscation.Assess(r, p, f)
	require.NoError(t, err)
	assert.Contains(t, dec.String(), "the estimated values stated total EUR 10, below the de minimis threshold EUR 500000, but 1 item(s) have no stated value")

	f.DeMinimisValue = n
	dec, err = confiscation.Assess(baseRequest(), p, f)
	require.NoError(t, err)
	assert.Equal(t, "no", value(dec, "de_minimis"))
	assert.Equal(t, "judgement", value(dec, "de_minimis_by"))
	assert.Contains(t, dec.String(), "the requested State's own judgement, which prevails over its threshold; the total estimated value, EUR 412000, is below")

	p.DeMinimis = confiscation.Threshold{}
	dec, err = confiscation.Assess(baseRequest(), p, baseFacts())
	require.NoError(t, err)
	assert.Equal(t, "", value(dec, "de_minimis_threshold"))
	assert.Equal(t, "no", value(dec, "de_minimis"))
	f.DeMinimisValue = convention.Unassessed
	dec, err = confiscation.Assess(baseRequest(), p, f)
	require.NoError(t, err)
	assert.Equal(t, "", value(dec, "de_minimis_by"), "no threshold and no judgement: nobody answered")
}

// The zero Decision explains nothing beyond its name.
func TestTheZeroDecisionExplainsNothing(t *testing.T) {
	e := confiscation.Decision{}.Explain()
	assert.Empty(t, e.Values)
	assert.Empty(t, e.Notes)
}

// What-ifs on judgements of the MLA art., applied mutatis mutandis: each
// says what deciding again with that one judgement made would give, the
// per-offence judgement of dual criminality (MLA art., para. 10) set for
// the offences still unassessed only.
func TestWhatIfsOnTheMLAArticlesJudgements(t *testing.T) {
	f := baseFacts()
	f.EssentialInterests = convention.Unassessed
	f.Offences[0].Requested.Criminal = convention.Unassessed
	dec, err := confiscation.Assess(baseRequest(), baseProfile(), f)
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, dec.Outcome)
	ifs := map[confiscation.Term][2]convention.Outcome{}
	for _, w := range dec.WhatIfs() {
		ifs[w.Fact] = [2]convention.Outcome{w.IfYes, w.IfNo}
	}
	assert.Equal(t, [2]convention.Outcome{convention.MayRefuse, convention.Undetermined}, ifs[confiscation.TestEssentialInterests],
		"essential interests: yes gives para. 22(b); no leaves dual criminality open")
	assert.Equal(t, [2]convention.Outcome{convention.Undetermined, convention.MayRefuse}, ifs[confiscation.TestDualCriminality],
		"dual criminality: no gives para. 10; yes leaves essential interests open")

	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering", Established: "computer-fraud"})
	f = baseFacts()
	f.Offences = append(f.Offences, mla.OffenceFacts{})
	dec, err = confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	require.Equal(t, convention.Obliged, dec.Outcome, "the first offence's conduct is criminal in the requested State: "+
		"whatever the second's, MLA art., para. 10 cannot reach the whole request\n%s", dec)
	assert.Empty(t, dec.WhatIfs())

	f.Offences[0].Requested.Criminal = convention.No
	dec, err = confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
	w := dec.WhatIfs()
	require.Len(t, w, 1)
	assert.Equal(t, confiscation.TestDualCriminality, w[0].Fact)
	assert.Equal(t, convention.Obliged, w[0].IfYes, "the second offence's conduct criminal: the ground reaches the first alone")
	assert.Equal(t, convention.MayRefuse, w[0].IfNo, "neither criminal: the ground reaches the whole request")
}

// A what-if on the language (MLA art., para. 15): a State that notified no
// language leaves it open, and the what-if says what each answer gives.
func TestWhatIfOnTheLanguage(t *testing.T) {
	p := baseProfile()
	p.Languages = nil
	dec, err := confiscation.Assess(baseRequest(), p, baseFacts())
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, dec.Outcome, dec.String())
	w := dec.WhatIfs()
	require.Len(t, w, 1)
	assert.Equal(t, confiscation.TestLanguage, w[0].Fact)
	assert.Equal(t, convention.Obliged, w[0].IfYes)
	assert.Equal(t, convention.MayRefuse, w[0].IfNo, "not in an acceptable language: para. 22(a)")
}
