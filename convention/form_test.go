package convention_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

var mla15 = convention.Cite(convention.ArtMLA, 15)

// MLA art., para. 15: "in a language acceptable to the requested State
// Party". A French request sent with an English translation to a State that
// accepts only English is in an acceptable language.
func TestLanguagesATranslationIntoAnAcceptableLanguageIsAcceptable(t *testing.T) {
	english := []language.Tag{language.English}
	assert.Equal(t, convention.Yes, convention.In(language.French, language.English).Acceptable(english))
	assert.Equal(t, convention.No, convention.In(language.French).Acceptable(english), "the original alone is not acceptable")
	assert.Equal(t, convention.No, convention.In(language.French, language.German).Acceptable(english), "nor a translation into another language")
	assert.Equal(t, convention.Yes, convention.In(language.MustParse("en-GB")).Acceptable(english), "a regional variant of a notified language")
	assert.Equal(t, convention.Unassessed, convention.In(language.French).Acceptable(nil), "no language notified: not assessed")
	assert.Equal(t, convention.Unassessed, convention.Languages{}.Acceptable(english), "no language given: not assessed")
	tag, ok := convention.In(language.French, language.English).AcceptableIn(english)
	assert.True(t, ok)
	assert.Equal(t, language.English, tag)
}

// Adding a translation never makes a request that was in an acceptable
// language unacceptable, and a translation into an acceptable language makes
// it acceptable.
func TestLanguagesTranslationsOnlyAdd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := conventiontest.Languages().Draw(t, "l")
		notified := rapid.SliceOfN(conventiontest.Language(), 1, 3).Draw(t, "notified")
		extra := conventiontest.Language().Draw(t, "extra")
		more := l
		more.Translations = append(append([]language.Tag(nil), l.Translations...), extra)
		if l.Acceptable(notified) == convention.Yes {
			assert.Equal(t, convention.Yes, more.Acceptable(notified))
		}
		if convention.LanguageAcceptable(notified, extra) {
			assert.Equal(t, convention.Yes, more.Acceptable(notified))
		}
	})
}

func TestLanguagesProblems(t *testing.T) {
	assert.Empty(t, convention.In(language.French, language.English).Problems(mla15))
	ps := convention.In(language.French, language.MustParse("fr-CA"), language.English, language.English, language.Und).Problems(mla15)
	require.Len(t, ps, 3)
	assert.Equal(t, "Translations[0]", ps[0].Field, "a translation into the original's own language")
	assert.ErrorIs(t, ps[0], convention.ErrInconsistent)
	assert.Equal(t, "Translations[2]", ps[1].Field, "the same translation twice")
	assert.ErrorIs(t, ps[2], convention.ErrMissing)
	ps = convention.Languages{Translations: []language.Tag{language.English}}.Problems(mla15)
	require.Len(t, ps, 1)
	assert.Equal(t, "Original", ps[0].Field)
}

func TestLanguagesJSON(t *testing.T) {
	var l convention.Languages
	require.NoError(t, json.Unmarshal([]byte(`"fr"`), &l))
	assert.Equal(t, convention.In(language.French), l)
	require.NoError(t, json.Unmarshal([]byte(`{"original":"fr","translations":["en"]}`), &l))
	assert.Equal(t, convention.In(language.French, language.English), l)
	b, err := json.Marshal(convention.In(language.French))
	require.NoError(t, err)
	assert.JSONEq(t, `"fr"`, string(b))
	err = json.Unmarshal([]byte(`"French"`), &l)
	require.ErrorIs(t, err, convention.ErrInvalid)
	assert.Contains(t, err.Error(), "BCP 47", "the error says what to write")
	assert.Error(t, json.Unmarshal([]byte(`{"original":"fr","translation":["en"]}`), &l), "unknown fields are errors")
	rapid.Check(t, func(t *rapid.T) {
		l := conventiontest.Languages().Draw(t, "l")
		b, err := json.Marshal(l)
		require.NoError(t, err)
		var back convention.Languages
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, l, back)
	})
}

func TestLegalBasis(t *testing.T) {
	assert.True(t, convention.LegalBasis{}.UnderConvention(), "a request silent on its basis is taken as made under the Convention")
	assert.True(t, convention.Under(convention.BasisTreaty, convention.BasisConvention).UnderConvention())
	assert.False(t, convention.Under(convention.BasisReciprocity).UnderConvention(), "a request on reciprocity alone is not made under the Convention")
	assert.False(t, convention.Under(convention.BasisTreaty).UnderConvention())
	ps := convention.Under(convention.BasisTreaty, convention.BasisTreaty, 9).Problems(mla15)
	require.Len(t, ps, 3)
	assert.ErrorIs(t, ps[0], convention.ErrInconsistent, "invoked twice")
	assert.ErrorIs(t, ps[1], convention.ErrInvalid, "undeclared basis")
	assert.Equal(t, "Treaty", ps[2].Field, "a treaty invoked without its name")
	ps = convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention}, Treaty: "X"}.Problems(mla15)
	require.Len(t, ps, 1)
	assert.ErrorIs(t, ps[0], convention.ErrInconsistent, "a treaty named but not invoked")
	assert.Equal(t, "convention, treaty (MLAT 2001)", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "MLAT 2001"}.String())
	rapid.Check(t, func(t *rapid.T) {
		b := conventiontest.LegalBasis().Draw(t, "b")
		assert.Empty(t, b.Problems(mla15))
		j, err := json.Marshal(b)
		require.NoError(t, err)
		var back convention.LegalBasis
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, b, back)
	})
}

func TestTimestamp(t *testing.T) {
	ts := convention.MustTimestamp("2026-03-03T14:05:09.25+01:00")
	assert.True(t, ts.HasZone())
	assert.Equal(t, "2026-03-03T14:05:09.25+01:00", ts.String())
	tm, ok := ts.Time()
	require.True(t, ok)
	assert.Equal(t, "2026-03-03T13:05:09.25Z", tm.UTC().Format("2006-01-02T15:04:05.999999999Z07:00"))
	local := convention.MustTimestamp("2026-03-03T14:05:09")
	assert.False(t, local.HasZone())
	_, ok = local.Time()
	assert.False(t, ok, "a timestamp without its zone names no moment")
	for _, bad := range []string{"", "2026-03-03", "2026-02-30T10:00:00Z", "2026-03-03T24:00:00Z", "2026-03-03T10:00:00+25:00", "2026-03-03T10:00:00.Z", "2026-03-03 10:00:00Z", "2026-03-03T10:00:00.1234567890Z"} {
		_, err := convention.ParseTimestamp(bad)
		assert.ErrorIs(t, err, convention.ErrInvalid, bad)
	}
	rapid.Check(t, func(t *rapid.T) {
		ts := conventiontest.Timestamp().Draw(t, "ts")
		back, err := convention.ParseTimestamp(ts.String())
		require.NoError(t, err)
		assert.Equal(t, ts, back)
	})
}

// A timestamp without a time zone where an IP address needs one is a
// problem; a port belongs to an IP address.
func TestIdentifierProblems(t *testing.T) {
	ip := convention.Identifier{Kind: convention.IdentifierIPAddress, Value: "192.0.2.10", Port: 443, At: convention.MustTimestamp("2026-03-03T14:05:09Z")}
	assert.Empty(t, ip.Problems(mla15))
	ip.At = convention.MustTimestamp("2026-03-03T14:05:09")
	ps := ip.Problems(mla15)
	require.Len(t, ps, 1)
	assert.Equal(t, "At", ps[0].Field)
	ps = convention.Identifier{Kind: convention.IdentifierIPAddress, Value: "300.1.1.1"}.Problems(mla15)
	require.Len(t, ps, 1)
	assert.Equal(t, "Value", ps[0].Field)
	ps = convention.Identifier{Kind: convention.IdentifierEmail, Value: "no-at-sign", Port: 25}.Problems(mla15)
	require.Len(t, ps, 2)
	assert.ErrorIs(t, ps[1], convention.ErrInconsistent)
	assert.Len(t, convention.Identifier{}.Problems(mla15), 2)
}

func TestDataSoughtProblems(t *testing.T) {
	d := convention.DataSought{Category: convention.DataSubscriber, Period: convention.Period{Start: convention.MustDate("2026-03-05"), End: convention.MustDate("2026-03-01")}}
	ps := d.Problems(mla15)
	require.Len(t, ps, 1)
	assert.Equal(t, "Period.End", ps[0].Field, "a date range that ends before it starts")
	assert.Len(t, convention.DataSought{}.Problems(mla15), 1, "nothing said of the data")
	rapid.Check(t, func(t *rapid.T) {
		d := conventiontest.DataSought().Draw(t, "d")
		assert.Empty(t, d.Problems(mla15))
		b, err := json.Marshal(d)
		require.NoError(t, err)
		var back convention.DataSought
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, d, back)
	})
}

func TestContactsAndRelatedProblems(t *testing.T) {
	c := convention.Contacts{Requesting: convention.ContactPoint{Name: "J. Martin", Email: "j.martin@justice.example", TimeZone: "Europe/Paris", Availability: "24/7"},
		Executing: convention.ContactPoint{Telephone: "+254 20 000", TimeZone: "+03:00"}}
	assert.Empty(t, c.Problems(mla15))
	c.Requesting.Email, c.Executing.TimeZone = "nobody", "three hours ahead"
	ps := c.Problems(mla15)
	require.Len(t, ps, 2)
	assert.Equal(t, "Requesting.Email", ps[0].Field)
	assert.Equal(t, "Executing.TimeZone", ps[1].Field)

	made := convention.MustDate("2026-04-01")
	rs := []convention.Related{{Ref: "PRES-1", Relation: convention.RelationFollows, Made: convention.MustDate("2026-03-01")}, {Ref: "PRES-1", Relation: convention.RelationFollows}, {Relation: 99, Made: convention.MustDate("2026-05-01")}}
	ps = convention.RelatedProblems(rs, made, mla15)
	fields := make([]string, len(ps))
	for i, p := range ps {
		fields[i] = p.Field
	}
	assert.Equal(t, []string{"[1].Ref", "[2].Ref", "[2].Relation", "[2].Made"}, fields)
}

func TestOtherPartsProblems(t *testing.T) {
	assert.Len(t, convention.Urgency{Reasons: "a server is about to be wiped"}.Problems(mla15), 1)
	assert.Empty(t, convention.Urgency{Urgent: true, Reasons: "a server is about to be wiped"}.Problems(mla15))
	assert.Len(t, convention.Confidentiality{Reasons: "the suspect must not learn"}.Problems(mla15), 1)
	assert.True(t, convention.Confidentiality{NoNotice: true}.Asked(), "'do not notify the account holder' asks for confidentiality")
	assert.Len(t, convention.Transmission{Sent: convention.MustDate("2026-01-01"), Means: 42}.Problems(convention.MustDate("2026-02-01"), mla15), 2)
	assert.Len(t, convention.Attachment{}.Problems(mla15), 2)
	assert.Empty(t, convention.Attachment{Kind: convention.AttachmentOrder, Title: "Freezing order of 3 March 2026"}.Problems(mla15))
}

func TestOffences(t *testing.T) {
	est := convention.Offence{Conduct: "x", Established: "illegal-access", MaxPenalty: convention.Imprisonment(2, 0)}
	other := convention.Offence{Conduct: "y", MaxPenalty: convention.Imprisonment(5, 0)}
	unknown := convention.Offence{Conduct: "z"}
	os := convention.Offences{est, other}
	assert.True(t, os.AnyEstablished())
	assert.False(t, os.AllEstablished())
	assert.Equal(t, convention.Yes, os.Serious(), "one serious offence makes the list serious")
	assert.Equal(t, convention.Unassessed, convention.Offences{est, unknown}.Serious())
	assert.Equal(t, convention.No, convention.Offences{est}.Serious())
	assert.Equal(t, convention.Unassessed, convention.Offences{}.Serious())
}

// A typo in an offence's name is a problem once the caller declares the
// offences it recognises, not a silent change of scope.
func TestCatalogueRecognisesOnlyDeclaredOffences(t *testing.T) {
	c := convention.MustCatalogue("illegal-access", "data-interference")
	assert.True(t, c.Recognises("illegal-access"))
	assert.True(t, c.Recognises(""), "an offence not established under the Convention needs no name")
	assert.False(t, c.Recognises("ilegal-access"))
	assert.True(t, convention.Catalogue{}.Recognises("anything"), "the zero catalogue declares nothing and accepts every name")
	ps := c.Problems([]convention.Offence{{Established: "illegal-access"}, {Established: "ilegal-access"}}, convention.Cite(convention.ArtMLA, 1))
	require.Len(t, ps, 1)
	assert.Equal(t, "[1].Established", ps[0].Field)
	assert.Contains(t, ps[0].Detail, "data-interference, illegal-access", "the problem lists the names declared")
	_, err := convention.NewCatalogue("a", "a", "", " b")
	assert.Len(t, convention.AsProblems(err), 3)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `["data-interference","illegal-access"]`, string(b))
	var back convention.Catalogue
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
}

func TestFormEnumsRoundTripEveryWord(t *testing.T) {
	check := func(words []string, mk func() interface {
		UnmarshalText([]byte) error
		MarshalText() ([]byte, error)
	}) {
		for _, w := range words {
			v := mk()
			require.NoError(t, v.UnmarshalText([]byte(w)), w)
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, w, string(b))
		}
		err := mk().UnmarshalText([]byte("no-such-word"))
		require.ErrorIs(t, err, convention.ErrInvalid)
		assert.Contains(t, err.Error(), words[0], "the error lists the words accepted")
	}
	type codec = interface {
		UnmarshalText([]byte) error
		MarshalText() ([]byte, error)
	}
	check(convention.LegalBasisWords(), func() codec { return new(convention.LegalBasisKind) })
	check(convention.DataCategoryWords(), func() codec { return new(convention.DataCategory) })
	check(convention.IdentifierKindWords(), func() codec { return new(convention.IdentifierKind) })
	check(convention.RelationWords(), func() codec { return new(convention.Relation) })
	check(convention.MeansWords(), func() codec { return new(convention.Means) })
	check(convention.PersonRoleWords(), func() codec { return new(convention.PersonRole) })
	check(convention.AttachmentKindWords(), func() codec { return new(convention.AttachmentKind) })
	_, err := convention.Means(99).MarshalText()
	assert.ErrorIs(t, err, convention.ErrInvalid, "an undeclared value never marshals")
	assert.Equal(t, `convention.Means("post")`, convention.MeansPost.GoString())
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"2026-03-03T14:05:09Z", "2026-03-03T14:05:09.123+05:30", "2026-03-03T14:05:09", "2024-02-29T00:00:00-12:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := convention.ParseTimestamp(s)
		if err != nil {
			return
		}
		back, err := convention.ParseTimestamp(ts.String())
		if err != nil || back != ts {
			t.Fatalf("%q -> %q -> %v, %v", s, ts.String(), back, err)
		}
	})
}

func FuzzFormJSON(f *testing.F) {
	for _, s := range []string{`"fr"`, `{"original":"fr","translations":["en"]}`, `{"invoked":["convention","treaty"],"treaty":"X"}`,
		`{"category":"traffic","identifiers":[{"kind":"ip-address","value":"192.0.2.1","port":80,"at":"2026-01-01T00:00:00Z"}],"period":{"start":"2026-01-01","end":"2026-02-01"}}`, `["a","b"]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, mk := range []func() any{
			func() any { return new(convention.Languages) },
			func() any { return new(convention.LegalBasis) },
			func() any { return new(convention.DataSought) },
			func() any { return new(convention.Catalogue) },
			func() any { return new(convention.Contacts) },
		} {
			v := mk()
			if json.Unmarshal([]byte(s), v) != nil {
				continue
			}
			b, err := json.Marshal(v)
			if err != nil {
				continue // an undeclared value decoded from a number never marshals
			}
			w := mk()
			if err := json.Unmarshal(b, w); err != nil {
				t.Fatalf("%s re-encoded as %s does not decode: %v", s, b, err)
			}
		}
	})
}

func TestProblemsCarryTheirJSONPathAndRoundTrip(t *testing.T) {
	type sub struct {
		Identity string `json:"identity"`
	}
	type req struct {
		Subjects []sub `json:"subjects"`
	}
	ps := convention.Problems{{Field: "Subjects[1].Identity", Cite: mla15, Err: convention.ErrMissing, Quote: "the identity"}, {Field: "Nope", Cite: mla15, Err: convention.ErrInvalid}}
	got := ps.WithJSONPaths(req{})
	assert.Equal(t, "the identity", got[0].Quote, "the quote is kept")
	assert.Equal(t, "subjects[1].identity", got[0].Path)
	assert.Equal(t, "", got[1].Path)
	assert.Equal(t, "", ps[0].Path, "the input list is not changed")
	b, err := json.Marshal(got)
	require.NoError(t, err)
	var back convention.Problems
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, got, back)
	assert.ErrorIs(t, back[0], convention.ErrMissing)
	var p convention.Problem
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"field":"x","kind":"wrong"}`), &p), convention.ErrInvalid)
}

// Checking a consistent form allocates nothing: field names are built only
// for the problems found.
func TestFormPartsAllocateNothingWhenConsistent(t *testing.T) {
	l := convention.In(language.French, language.English, language.Spanish)
	b := convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "MLAT"}
	d := convention.DataSought{Category: convention.DataTraffic, Identifiers: []convention.Identifier{{Kind: convention.IdentifierAccount, Value: "a-1"}},
		Period: convention.Period{Start: convention.MustDate("2026-01-01"), End: convention.MustDate("2026-02-01")}}
	c := convention.Contacts{Requesting: convention.ContactPoint{Name: "J. Martin", Email: "j@x.example", TimeZone: "+01:00"}}
	rs := []convention.Related{{Ref: "P-1", Relation: convention.RelationFollows}, {Ref: "P-2", Relation: convention.RelationSameCase}}
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = l.Problems(mla15)
		_ = b.Problems(mla15)
		_ = d.Problems(mla15)
		_ = c.Problems(mla15)
		_ = convention.RelatedProblems(rs, convention.Date{}, mla15)
	}))
}
