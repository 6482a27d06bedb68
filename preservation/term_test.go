package preservation_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func TestEveryTermCitationRegistered(t *testing.T) {
	names := map[string]bool{}
	prev := convention.Citation{}
	terms := preservation.Terms()
	require.NotEmpty(t, terms)
	assert.Less(t, len(terms), 128)
	for _, term := range terms {
		d := term.Describe()
		assert.True(t, convention.Registered(d.Cite), "%s: %s not registered", term, d.Cite)
		assert.True(t, d.Kind.IsValid(), "%s", term)
		assert.NotEmpty(t, d.Text, "%s", term)
		assert.Equal(t, strings.ToLower(d.Name), d.Name)
		assert.False(t, names[d.Name], "name %s twice", d.Name)
		names[d.Name] = true
		// The two articles, and the non-discrimination clause that reaches
		// them (Cooperation art., para. 3: "Nothing in this Convention").
		assert.True(t, d.Cite.Article() == convention.ArtPreservation || d.Cite.Article() == convention.ArtNetwork ||
			d.Cite == convention.Cite(convention.ArtCooperation, 3), "%s", term)
		assert.GreaterOrEqual(t, d.Cite.Compare(prev), 0, "%s is out of the order of the text", term)
		prev = d.Cite
		if d.Kind == convention.KindGround {
			assert.True(t, d.Optional, "the text has no mandatory grounds: %s", term)
		}
		if d.Kind == convention.KindTest || d.Kind == convention.KindFact {
			assert.True(t, strings.HasSuffix(d.Text, "?"), "%s asks a question", term)
		}
	}
}

func TestEveryRuleCitationRegistered(t *testing.T) {
	for _, r := range preservation.Rules() {
		assert.True(t, convention.Registered(r.Cite), "%s", r.Cite)
	}
}

func TestTermTextRoundTrip(t *testing.T) {
	for _, term := range preservation.Terms() {
		b, err := term.MarshalText()
		require.NoError(t, err)
		var back preservation.Term
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, term, back)
		assert.Equal(t, term.Describe().Cite, term.Cite())
	}
	var x preservation.Term
	assert.ErrorIs(t, x.UnmarshalText([]byte("bank-secrecy")), convention.ErrInvalid)
	assert.Equal(t, "Term(200)", preservation.Term(200).String())
	assert.Equal(t, convention.Description{}, preservation.Term(200).Describe())
	_, err := preservation.Term(200).MarshalText()
	assert.Error(t, err)
	_, err = preservation.TermUnknown.MarshalText()
	assert.Error(t, err)
}

func TestEnumTextRoundTrip(t *testing.T) {
	for _, a := range []preservation.Action{preservation.ActionUnknown, preservation.ActionPreserve, preservation.ActionRefuse, preservation.ActionNotExecute} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back preservation.Action
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, a, back)
	}
	for _, c := range []preservation.Capacity{preservation.CapacityUnknown, preservation.CapacityNone, preservation.CapacityFacilitate, preservation.CapacityCarryOut} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back preservation.Capacity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	var a preservation.Action
	assert.ErrorIs(t, a.UnmarshalText([]byte("grant")), convention.ErrInvalid)
	assert.Equal(t, "Action(7)", preservation.Action(7).String())
	assert.Equal(t, "Capacity(7)", preservation.Capacity(7).String())
	_, err := preservation.Capacity(7).MarshalText()
	assert.Error(t, err)
	_, err = preservation.Action(7).MarshalText()
	assert.Error(t, err)
}

func TestLinkCarriesWhatMLAPara3dNeeds(t *testing.T) {
	r := baseline()
	l := r.Link()
	assert.Equal(t, convention.CitePoint(convention.ArtMLA, 3, 'd'), l.Cite)
	assert.True(t, convention.Registered(l.Cite))
	assert.Equal(t, r.Ref, l.Preservation)
	assert.Equal(t, r.Case, l.Case)
	assert.Equal(t, fra, l.Requesting)
	assert.Equal(t, usa, l.Requested)
	assert.Equal(t, r.Offences, l.Offences)
	assert.Equal(t, r.Data, l.Data)
	assert.Equal(t, "Example Mail Inc.", l.Custodian())
	assert.True(t, l.Connects(r.Ref, fra, usa))
	assert.False(t, l.Connects(r.Ref, usa, fra), "roles swapped")
	assert.False(t, l.Connects("OTHER", fra, usa))
	r.Ref = ""
	assert.False(t, r.Link().Connects("", fra, usa), "no reference connects nothing")
	assert.True(t, preservation.Link{}.IsZero())
	assert.False(t, l.IsZero())
}

// Only the declared terms are valid: not the zero Term, not the first
// value past the last declared one; an undeclared term describes nothing
// and cannot be written.
func TestTermValidOnlyWhereDeclared(t *testing.T) {
	ts := preservation.Terms()
	for _, term := range ts {
		assert.True(t, term.IsValid(), "%s", term)
	}
	past := preservation.Term(len(ts) + 1)
	for _, term := range []preservation.Term{preservation.TermUnknown, past, 255} {
		assert.False(t, term.IsValid(), "%d", term)
		_, err := term.MarshalText()
		assert.Error(t, err)
	}
	assert.Equal(t, convention.Description{}, past.Describe())
	assert.True(t, past.Cite().IsZero())
	assert.True(t, ts[len(ts)-1].IsValid(), "the last declared term")
}
