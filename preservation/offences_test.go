package preservation_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/preservation"
	pt "github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// TestSeveralOffences decides requests naming several offences as the
// text reads: the para. 4 reservation reaches "offenses other than those
// established under the Convention" and so is a ground for the request only
// where every offence is one; para. 5(a), "the request concerns an offence
// which the requested State Party considers a political offence or an
// offence connected with a political offence", only where every offence is
// one (a request that also concerns an ordinary offence, not connected with
// a political one, is not refused on it).
func TestSeveralOffences(t *testing.T) {
	phishing := baseline().Offences[0]
	defamation := convention.Offence{Conduct: "defaming a minister online", Name: "defamation", MaxPenalty: convention.Imprisonment(1, 0)}
	belief := with(clear(), func(f *preservation.Facts) { f.DualCriminalityFails = yes })
	for _, tc := range []struct {
		name      string
		offences  convention.Offences
		p         preservation.Profile
		f         preservation.Facts
		want      convention.Outcome
		available terms
		reaches   string
		political string
	}{
		{name: "Preservation para. 4 every offence other than a Convention offence: the reservation is a ground",
			offences: convention.Offences{insult, defamation}, p: reserving(), f: belief,
			want: convention.MayRefuse, available: set(preservation.GroundReservation), reaches: "offences[0],offences[1]"},
		{name: "Preservation para. 4 a Convention offence named too: the reservation reaches the others only, not the request",
			offences: convention.Offences{insult, phishing}, p: reserving(), f: belief,
			want: convention.Obliged, reaches: "offences[0]"},
		{name: "Preservation para. 4 Convention offence first: same",
			offences: convention.Offences{phishing, insult, defamation}, p: reserving(), f: belief,
			want: convention.Obliged, reaches: "offences[1],offences[2]"},
		{name: "Preservation para. 4 reservation not declared: it reaches nothing",
			offences: convention.Offences{insult, defamation}, p: preservation.Profile{RequiresDualCriminality: true}, f: belief,
			want: convention.Obliged},
		{name: "Preservation para. 5(a) every offence considered political: a ground",
			offences: convention.Offences{insult, defamation}, f: with(clear(), func(f *preservation.Facts) {
				f.PoliticalOffences = preservation.OffenceJudgements{yes, yes}
			}), want: convention.MayRefuse, available: set(preservation.GroundPoliticalOffence), political: "offences[0],offences[1]"},
		{name: "Preservation para. 5(a) one offence political, an ordinary one too: not a ground for the request",
			offences: convention.Offences{defamation, phishing}, f: with(clear(), func(f *preservation.Facts) {
				f.PoliticalOffences = preservation.OffenceJudgements{yes, no}
			}), want: convention.Obliged, political: "offences[0]"},
		{name: "Preservation para. 5(a) one political, the other not yet judged: turns on it",
			offences: convention.Offences{defamation, phishing}, f: with(clear(), func(f *preservation.Facts) {
				f.PoliticalOffences = preservation.OffenceJudgements{yes, unk}
			}), want: convention.Undetermined, political: "offences[0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := baseline()
			r.Offences = tc.offences
			d, err := preservation.Assess(r, tc.p, tc.f, convention.Date{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Outcome, "\n%s", d)
			assert.Equal(t, tc.available, d.Available, "available: %v", d.Available.Slice())
			assert.Equal(t, tc.reaches, d.ReservationReaches.String())
			assert.Equal(t, tc.political, d.Political.String())
			assert.Equal(t, len(tc.offences), d.NumOffences)
			reaches, _ := d.Explain().Value("reservation-reaches")
			assert.Equal(t, tc.reaches, reaches)

			// The review agrees: refusing the request on the ground is
			// lawful exactly where the ground is available.
			for _, g := range []preservation.Term{preservation.GroundReservation, preservation.GroundPoliticalOffence} {
				v, err := preservation.Review(r, tc.p, tc.f, refuse(g))
				require.NoError(t, err)
				if tc.available.Has(g) {
					assert.Equal(t, convention.Lawful, v.Outcome, "%s\n%s", g, v)
				} else {
					assert.NotEqual(t, convention.Lawful, v.Outcome, "%s\n%s", g, v)
				}
			}
		})
	}
}

func TestSeveralOffencesSummarySaysWhichOffencesAGroundReaches(t *testing.T) {
	r := baseline()
	r.Offences = convention.Offences{insult, r.Offences[0]}
	d, err := preservation.Assess(r, reserving(), with(clear(), func(f *preservation.Facts) { f.DualCriminalityFails = yes }), convention.Date{})
	require.NoError(t, err)
	assert.Contains(t, d.Summary(), "The reservation (Preservation art., para. 4) reaches offences[0] only; the request also concerns offences established under the Convention (offences[1]), so it cannot be refused under the reservation.")
}

// TestAddingAnOffenceNeverRemovesAnObligation: an obligation another
// offence creates stays when an offence is added (para. 4: the reservation
// reaches only "offenses other than those established under the
// Convention"; para. 5(a): every offence must be political; 24/7 network
// art., para. 1: one offence within either limb suffices).
func TestAddingAnOffenceNeverRemovesAnObligation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		if len(r.Offences) >= 4 {
			return
		}
		before := assess(t, r, p, f)
		added := r
		added.Offences = append(append(convention.Offences(nil), r.Offences...), pt.Offence().Draw(t, "Added"))
		g := f
		g.PoliticalOffences[len(r.Offences)] = pt.Judgement().Draw(t, "AddedPolitical")
		after := assess(t, added, p, g)
		if before.Outcome == convention.Obliged {
			assert.Equal(t, convention.Obliged, after.Outcome, "before:\n%s\nafter:\n%s", before, after)
		}
		assert.True(t, after.Available.Minus(before.Available).Minus(set(preservation.GroundReservation, preservation.GroundPoliticalOffence)).IsEmpty())
		assert.False(t, after.Available.Has(preservation.GroundReservation) && !before.Available.Has(preservation.GroundReservation),
			"an added offence never opens the reservation")
		assert.False(t, after.Available.Has(preservation.GroundPoliticalOffence) && !before.Available.Has(preservation.GroundPoliticalOffence),
			"an added offence never makes the request political")

		c := pt.Contact().Draw(t, "Contact")
		a1, err := preservation.ContactAssistance(c, r.Offences, f.Discrimination)
		require.NoError(t, err)
		a2, err := preservation.ContactAssistance(c, added.Offences, f.Discrimination)
		require.NoError(t, err)
		if a1.Outcome == convention.Obliged {
			assert.Equal(t, convention.Obliged, a2.Outcome, "24/7 network art., para. 1")
		}
	})
}

// TestPreservationPara1LegalBasis: "A State Party may request another State
// Party": a request made only under another instrument is not a request
// under this article (NotApplicable, and the review agrees); one invoking
// the Convention, alone or with another basis, or stating none, is.
func TestPreservationPara1LegalBasis(t *testing.T) {
	budapest := convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: "Budapest Convention, art. 29"}
	for _, tc := range []struct {
		name  string
		basis convention.LegalBasis
		want  convention.Outcome
		note  bool
	}{
		{"Preservation para. 1 no basis stated: decided as under the Convention, and said so", convention.LegalBasis{}, convention.Obliged, true},
		{"Preservation para. 1 the Convention invoked", convention.Under(convention.BasisConvention), convention.Obliged, false},
		{"Preservation para. 1 the Convention and a treaty invoked", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention}, Treaty: "Budapest Convention"}, convention.Obliged, false},
		{"Preservation para. 1 another treaty only: not a request under the article", budapest, convention.NotApplicable, false},
		{"Preservation para. 1 reciprocity only", convention.Under(convention.BasisReciprocity), convention.NotApplicable, false},
		{"Preservation para. 1 domestic law only", convention.Under(convention.BasisDomesticLaw), convention.NotApplicable, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := baseline()
			r.Basis = tc.basis
			d, err := preservation.Assess(r, preservation.Profile{}, clear(), convention.Date{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Outcome, "\n%s", d)
			assert.Equal(t, tc.want != convention.NotApplicable, d.UnderConvention)
			e := d.Explain()
			assert.Equal(t, tc.note, containsNote(e.Notes, "legal basis: none stated; decided as a request under the Convention"))
			if tc.want == convention.NotApplicable {
				assert.Contains(t, d.Summary(), "not this Convention")
				assert.Equal(t, pcite(1), d.Cite)
			}
			v, err := preservation.Review(r, preservation.Profile{}, clear(), refuse(preservation.GroundOther))
			require.NoError(t, err)
			assert.Equal(t, tc.want == convention.NotApplicable, v.Outcome == convention.NotApplicable, "review and assessment agree on scope")
		})
	}
}

func containsNote(notes []string, prefix string) bool {
	for _, n := range notes {
		if len(n) >= len(prefix) && n[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// TestPreservationPara6ConfidentialityInformsTheBelief: the request's
// confidentiality (incl. "do not notify the account holder") is shown on
// the para. 6 step; the belief "will threaten the confidentiality of ...
// the requesting State Party's investigation" stays the requested State's:
// asking for confidentiality never changes the outcome.
func TestPreservationPara6ConfidentialityInformsTheBelief(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		plain := r
		plain.Confidentiality = convention.Confidentiality{}
		asked := r
		asked.Confidentiality = convention.Confidentiality{NoNotice: true, Required: rapid.Bool().Draw(t, "Required"), Reasons: "tipping off"}
		a, b := assess(t, plain, p, f), assess(t, asked, p, f)
		assert.Equal(t, a.Result, b.Result, "the judgement stays the requested State's")
		var note string
		for _, s := range b.Explain().Steps {
			if s.Name == preservation.FactThreatensInvestigation.String() {
				note = s.Note
			}
		}
		if b.Asked.Has(preservation.FactThreatensInvestigation) {
			assert.Contains(t, note, "do not notify the account holder")
			assert.Contains(t, note, "tipping off")
		}
	})
}

// TestLanguagesDecideNothing: the article says nothing of languages: the
// languages of a request and its translations are carried and checked for
// consistency, and never change a decision.
func TestLanguagesDecideNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		other := r
		other.Language = conventiontest.Languages().Draw(t, "Other")
		assert.Equal(t, assess(t, r, p, f).Result, assess(t, other, p, f).Result)
	})
}

// decodeEncodeDecode checks that v, encoded and decoded, gives a value
// that encodes to the same JSON and decodes back to itself.
func decodeEncodeDecode[T any](t *rapid.T, name string, v T) {
	b, err := json.Marshal(v)
	require.NoError(t, err, name)
	var a T
	require.NoError(t, json.Unmarshal(b, &a), "%s: %s", name, b)
	assert.Equal(t, v, a, "%s: %s", name, b)
	again, err := json.Marshal(a)
	require.NoError(t, err, name)
	assert.JSONEq(t, string(b), string(again), name)
	var c T
	require.NoError(t, json.Unmarshal(again, &c), name)
	assert.Equal(t, a, c, name)
}

// TestJSONRoundTrips: decode, encode, decode leaves every request, profile,
// facts, response, events and contact unchanged.
func TestJSONRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		decodeEncodeDecode(t, "request", r)
		decodeEncodeDecode(t, "profile", p)
		decodeEncodeDecode(t, "facts", f)
		decodeEncodeDecode(t, "response", pt.Response().Draw(t, "Response"))
		decodeEncodeDecode(t, "events", pt.Events().Draw(t, "Events"))
		decodeEncodeDecode(t, "contact", pt.Contact().Draw(t, "Contact"))
	})
}

// The per-offence judgements of para. 5(a) are written as a list of words,
// one per offence, trailing unassessed entries left out; a list of as many
// judgements as a request may name offences (MaxOffences) is read, one more
// is not.
func TestOffenceJudgementsJSONOnePerOffence(t *testing.T) {
	b, err := json.Marshal(preservation.OffenceJudgements{yes, unk, no})
	require.NoError(t, err)
	assert.JSONEq(t, `["yes","unassessed","no"]`, string(b))
	b, err = json.Marshal(preservation.OffenceJudgements{})
	require.NoError(t, err)
	assert.JSONEq(t, `[]`, string(b))
	assert.Equal(t, "[yes unassessed no]", preservation.OffenceJudgements{yes, unk, no}.String())
	assert.Equal(t, `preservation.OffenceJudgements{"no"}`, preservation.OffenceJudgements{no}.GoString())

	words := func(n int) []byte {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = "yes"
		}
		b, _ := json.Marshal(ws)
		return b
	}
	var js preservation.OffenceJudgements
	require.NoError(t, json.Unmarshal(words(preservation.MaxOffences), &js))
	assert.Equal(t, yes, js[preservation.MaxOffences-1])
	err = json.Unmarshal(words(preservation.MaxOffences+1), &js)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	// A judgement is a byte: encoding/json would read a string as base64,
	// each byte an undeclared judgement (found by FuzzOffenceJudgementsJSON).
	for _, s := range []string{`"0000"`, ` "eWVz"`, `"yes"`} {
		err = json.Unmarshal([]byte(s), &js)
		assert.ErrorIs(t, err, convention.ErrInvalid, s)
	}
	var f preservation.Facts
	assert.Error(t, json.Unmarshal([]byte(`{"political_offences":"0000"}`), &f))
}

// An OffenceSet holds offences by their index in the request, 0 to
// MaxOffences-1, and prints them as JSON paths.
func TestOffenceSetHoldsTheOffencesOfARequest(t *testing.T) {
	s := preservation.OffenceSet(0).With(0).With(2).With(preservation.MaxOffences - 1).With(preservation.MaxOffences).With(-1)
	assert.Equal(t, []int{0, 2, preservation.MaxOffences - 1}, s.Indices())
	assert.Equal(t, 3, s.Len())
	assert.True(t, s.Has(2))
	assert.False(t, s.Has(1))
	assert.False(t, s.Has(-1))
	assert.False(t, s.Has(preservation.MaxOffences))
	assert.Equal(t, "offences[0],offences[2],offences[63]", s.String())
	var back preservation.OffenceSet
	require.NoError(t, json.Unmarshal([]byte(`[0,2,63]`), &back))
	assert.Equal(t, s, back)
	for _, bad := range []string{`[64]`, `[-1]`, `"0"`} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), convention.ErrInvalid, bad)
	}
	assert.ErrorContains(t, json.Unmarshal([]byte(`[64]`), &back), "offence index 64 out of range 0-63")
}

// Para. 5(a) with several offences: the summary says that the ground does
// not reach the request as a whole only where the State considers some,
// not all, of its offences political.
func TestPreservationPara5aSummarySaysWhichOffencesAreConsidered(t *testing.T) {
	r := baseline()
	r.Offences = append(r.Offences, insult)
	const partial = "not every offence the request names"
	some := with(clear(), func(f *preservation.Facts) { f.PoliticalOffences[1] = yes })
	d, err := preservation.Assess(r, preservation.Profile{}, some, convention.Date{})
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, d.Outcome)
	assert.Contains(t, d.Summary(), partial)

	every := with(clear(), func(f *preservation.Facts) { f.PoliticalOffences[0], f.PoliticalOffences[1] = yes, yes })
	d, err = preservation.Assess(r, preservation.Profile{}, every, convention.Date{})
	require.NoError(t, err)
	assert.Equal(t, convention.MayRefuse, d.Outcome)
	assert.NotContains(t, d.Summary(), partial)
}
