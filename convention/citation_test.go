package convention_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

func TestCitationPrintsAsALawyerWrites(t *testing.T) {
	tests := []struct {
		c           convention.Citation
		lawyer, eid string
	}{
		{convention.CitePoint(convention.ArtMLA, 22, 'b'), "MLA art., para. 22(b)", "art_mla__para_22__point_b"},
		{convention.Cite(convention.ArtMLA, 9), "MLA art., para. 9", "art_mla__para_9"},
		{convention.Cite(convention.ArtMLA, 0), "MLA art.", "art_mla"},
		{convention.CitePoint(convention.ArtFunctions, 1, 'b').Item(4), "Functions art., para. 1(b)(iv)", "art_functions__para_1__point_b__point_iv"},
		{convention.CitePoint(convention.ArtPrivateSector, 0, 'a'), "Private sector art. (a)", "art_private__point_a"},
		{convention.Cite(convention.ArtNetwork, 2), "24/7 network art., para. 2", "art_network__para_2"},
		{convention.Cite(convention.ArtEntryIntoForce, 2), "Entry into force art., para. 2", "art_entry__para_2"},
	}
	for _, tt := range tests {
		t.Run(tt.lawyer, func(t *testing.T) {
			assert.Equal(t, tt.lawyer, tt.c.String())
			assert.Equal(t, tt.eid, tt.c.EID())
			back, err := convention.ParseCitation(tt.lawyer)
			require.NoError(t, err)
			assert.Equal(t, tt.c, back)
			back, err = convention.ParseCitation(tt.eid)
			require.NoError(t, err)
			assert.Equal(t, tt.c, back)
		})
	}
}

func TestParseCitationAcceptsLooserLawyerForms(t *testing.T) {
	want := convention.CitePoint(convention.ArtMLA, 22, 'b')
	for _, s := range []string{"MLA art. para. 22(b)", "mla art., paragraph 22(b)", "MLA art., para 22(b)"} {
		got, err := convention.ParseCitation(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
}

func TestParseCitationRejectsMalformedInput(t *testing.T) {
	for _, s := range []string{
		"", "MLA", "Foo art., para. 1", "MLA art., para. 0", "MLA art., para. 022", "MLA art., para. 256",
		"MLA art., para. 22(B)", "MLA art., para. 22(bb)", "MLA art., para. 22(b)(iiii)", "MLA art., para. 22(b)(iv)x",
		"art_", "art_mla__para_", "art_mla__para_01", "art_mla__point_bb", "art_mla__para_1__point_b__point_xl",
		"art_mla__para_1__point_b__point_i__point_i", "art_nope__para_1", "art_mla__para_-1",
	} {
		_, err := convention.ParseCitation(s)
		assert.ErrorIs(t, err, convention.ErrInvalid, "%q", s)
	}
}

func TestCitationConstructorsRejectOutOfRange(t *testing.T) {
	assert.True(t, convention.Cite(convention.ArtUnknown, 1).IsZero())
	assert.True(t, convention.Cite(convention.Article(200), 1).IsZero())
	assert.True(t, convention.Cite(convention.ArtMLA, -1).IsZero())
	assert.True(t, convention.Cite(convention.ArtMLA, 256).IsZero())
	assert.True(t, convention.CitePoint(convention.ArtMLA, 22, 'B').IsZero())
	assert.True(t, convention.Cite(convention.ArtMLA, 22).Item(1).IsZero(), "an item needs a point")
	assert.True(t, convention.CitePoint(convention.ArtMLA, 22, 'b').Item(40).IsZero())
}

func TestCitationCompareFollowsTheText(t *testing.T) {
	ordered := []convention.Citation{
		{},
		convention.Cite(convention.ArtCooperation, 2),
		convention.Cite(convention.ArtExtradition, 0),
		convention.Cite(convention.ArtExtradition, 14),
		convention.Cite(convention.ArtPreservation, 5),
		convention.CitePoint(convention.ArtPreservation, 5, 'a'),
		convention.Cite(convention.ArtMLA, 8),
		convention.Cite(convention.ArtMLA, 10),
		convention.CitePoint(convention.ArtMLA, 22, 'a'),
		convention.CitePoint(convention.ArtMLA, 22, 'e'),
		convention.Cite(convention.ArtDepositary, 2),
	}
	shuffled := slices.Clone(ordered)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, convention.Citation.Compare)
	assert.Equal(t, ordered, shuffled)
}

func TestCitationWithin(t *testing.T) {
	c := convention.CitePoint(convention.ArtMLA, 22, 'b')
	assert.True(t, c.Within(convention.Cite(convention.ArtMLA, 22)))
	assert.True(t, c.Within(convention.Cite(convention.ArtMLA, 0)))
	assert.True(t, c.Within(c))
	assert.False(t, c.Within(convention.Cite(convention.ArtMLA, 2)))
	assert.False(t, c.Within(convention.CitePoint(convention.ArtMLA, 22, 'a')))
	assert.False(t, c.Within(convention.Citation{}))
}

func TestCitationJSONCarriesTheIdentifierAndTheLawyersText(t *testing.T) {
	type doc struct {
		C convention.Citation `json:"c"`
	}
	c := convention.CitePoint(convention.ArtMLA, 22, 'b')
	b, err := json.Marshal(doc{c})
	require.NoError(t, err)
	assert.JSONEq(t, `{"c":{"id":"art_mla__para_22__point_b","text":"MLA art., para. 22(b)"}}`, string(b))
	for _, in := range []string{`{"c":{"id":"art_mla__para_22__point_b","text":"MLA art., para. 22(b)"}}`,
		`{"c":{"id":"art_mla__para_22__point_b"}}`, `{"c":{"text":"MLA art., para. 22(b)"}}`,
		`{"c":"art_mla__para_22__point_b"}`, `{"c":"MLA art., para. 22(b)"}`} {
		var d doc
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		assert.Equal(t, c, d.C, in)
	}
	var d doc
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"c":{"id":"art_mla__para_22__point_b","text":"MLA art., para. 22(c)"}}`), &d), convention.ErrInvalid, "id and text disagree")
	assert.Error(t, json.Unmarshal([]byte(`{"c":{"id":"art_mla__para_22__point_b","page":3}}`), &d), "unknown fields are errors")
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"c":null}`, string(b))
	require.NoError(t, json.Unmarshal(b, &d))
	assert.True(t, d.C.IsZero())
}

func TestCitationRoundTripsForEveryRegisteredCitation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := conventiontest.Citation().Draw(t, "c")
		back, err := convention.ParseCitation(c.String())
		require.NoError(t, err)
		assert.Equal(t, c, back)
		back, err = convention.ParseCitation(c.EID())
		require.NoError(t, err)
		assert.Equal(t, c, back)
		txt, err := c.MarshalText()
		require.NoError(t, err)
		var u convention.Citation
		require.NoError(t, u.UnmarshalText(txt))
		assert.Equal(t, c, u)
		assert.True(t, convention.Registered(c))
	})
}

func TestArticleTextRoundTrip(t *testing.T) {
	for _, a := range convention.Articles() {
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back convention.Article
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, a, back)
		require.NoError(t, back.UnmarshalText([]byte(a.Short())))
		assert.Equal(t, a, back)
		assert.NotEmpty(t, a.Heading())
		assert.NotEmpty(t, a.Sources(), a.String())
		assert.True(t, a.Chapter() != convention.ChapterUnknown)
	}
	var a convention.Article
	assert.Error(t, a.UnmarshalText([]byte("nope")))
	assert.Equal(t, "Article(99)", convention.Article(99).String())
	_, err := convention.Article(99).MarshalText()
	assert.Error(t, err)
}

func TestArticleSourcesAreCopies(t *testing.T) {
	s := convention.ArtMLA.Sources()
	require.Len(t, s, 1)
	assert.Equal(t, "UNTOC art. 18", s[0].String())
	s[0].Article = 99
	assert.Equal(t, 18, convention.ArtMLA.Sources()[0].Article, "callers cannot alter the table")
	assert.Equal(t, "Budapest Convention art. 29 (not stated in the text)", convention.ArtPreservation.Sources()[0].String())
}

func FuzzParseCitation(f *testing.F) {
	for _, s := range []string{"MLA art., para. 22(b)", "art_mla__para_22__point_b", "Functions art., para. 1(b)(iv)", "Private sector art. (a)", "", "art_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := convention.ParseCitation(s)
		if err != nil {
			return
		}
		for _, form := range []string{c.String(), c.EID()} {
			back, err := convention.ParseCitation(form)
			if err != nil || back != c {
				t.Fatalf("ParseCitation(%q) = %v; re-parse of %q = %v, %v", s, c, form, back, err)
			}
		}
	})
}

func BenchmarkCitationString(b *testing.B) {
	c := convention.CitePoint(convention.ArtMLA, 22, 'b')
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = c.String()
	}
}
