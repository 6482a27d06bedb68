package extradition_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// TestEveryTermCitationRegistered: every citation the package can emit is
// a paragraph the registry lists.
func TestEveryTermCitationRegistered(t *testing.T) {
	terms := extradition.Terms()
	require.NotEmpty(t, terms)
	for _, term := range terms {
		d := term.Describe()
		assert.True(t, convention.Registered(d.Cite), "%s: %s", term, d.Cite)
		assert.True(t, d.Cite.Article() == convention.ArtExtradition || d.Cite.Article() == convention.ArtCooperation, "%s", term)
	}
}

func TestTermsTable(t *testing.T) {
	names := map[string]extradition.Term{}
	var prev convention.Citation
	for _, term := range extradition.Terms() {
		d := term.Describe()
		assert.True(t, d.Kind.IsValid(), "%s", term)
		assert.NotEmpty(t, d.Name, "%d", term)
		assert.NotEmpty(t, d.Text, "%s", term)
		assert.Regexp(t, `^[a-z0-9-]+$`, d.Name)
		_, dup := names[d.Name]
		assert.False(t, dup, "name %q twice", d.Name)
		names[d.Name] = term
		assert.LessOrEqual(t, prev.Compare(d.Cite), 0, "%s is declared out of the order of the text", term)
		prev = d.Cite
		if d.Kind == convention.KindGround {
			assert.True(t, d.Optional, "%s: the text has no mandatory ground", term)
		}
		if d.Kind == convention.KindTest || d.Kind == convention.KindFact {
			assert.Contains(t, d.Text, "?", "%s asks a question", term)
		}
	}
	assert.Less(t, len(extradition.Terms()), 128)
}

func TestTermTextRoundTrip(t *testing.T) {
	for _, term := range extradition.Terms() {
		b, err := term.MarshalText()
		require.NoError(t, err)
		var back extradition.Term
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, term, back)
		assert.Equal(t, string(b), term.String())
	}
	var x extradition.Term
	assert.ErrorIs(t, x.UnmarshalText([]byte("no-such-term")), convention.ErrInvalid)
	assert.ErrorContains(t, x.UnmarshalText([]byte("no-such-term")), `"no-such-term"`)
	_, err := extradition.Term(200).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Term(200)", extradition.Term(200).String())
	assert.Equal(t, convention.Description{}, extradition.Term(200).Describe())
	assert.Equal(t, "Term(0)", extradition.TermUnknown.String())

	// The first value after the last declared term is undeclared too.
	next := extradition.Terms()[len(extradition.Terms())-1] + 1
	assert.False(t, next.IsValid())
	assert.Equal(t, "Term("+strconv.Itoa(int(next))+")", next.String())
	assert.True(t, extradition.Terms()[len(extradition.Terms())-1].IsValid())
}

// An unknown word is quoted in the error whole up to 64 characters, and
// cut beyond, so that a hostile input cannot flood a log.
func TestTermUnknownWordQuoted(t *testing.T) {
	var x extradition.Term
	w64 := strings.Repeat("w", 64)
	assert.ErrorContains(t, x.UnmarshalText([]byte(w64)), strconv.Quote(w64))
	assert.ErrorContains(t, x.UnmarshalText([]byte(w64+"x")), strconv.Quote(w64+"..."))
}

func TestRefusalGrounds(t *testing.T) {
	gs := extradition.RefusalGrounds()
	assert.Equal(t, []extradition.Term{extradition.GroundDiscrimination, extradition.GroundNoBasis,
		extradition.GroundMinimumPenalty, extradition.GroundDomestic, extradition.GroundNationality,
		extradition.GroundFiscal}, gs)
	for _, g := range gs {
		assert.Equal(t, convention.KindGround, g.Describe().Kind)
	}
	gs[0] = extradition.TermUnknown
	assert.Equal(t, extradition.GroundDiscrimination, extradition.RefusalGrounds()[0], "a fresh slice")
}

func TestEnumTextRoundTrip(t *testing.T) {
	check := func(t *testing.T, v interface {
		MarshalText() ([]byte, error)
		String() string
	}, back interface{ UnmarshalText([]byte) error }, get func() any) {
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(b))
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, get())
	}
	for p := extradition.PurposeUnknown; p <= extradition.PurposeEnforcement; p++ {
		var back extradition.Purpose
		check(t, p, &back, func() any { return back })
	}
	for m := extradition.MeasureNone; m <= extradition.MeasureOther; m++ {
		var back extradition.Measure
		check(t, m, &back, func() any { return back })
	}
	for n := extradition.NotificationUnknown; n <= extradition.NotNotified; n++ {
		var back extradition.Notification
		check(t, n, &back, func() any { return back })
	}
	for b := extradition.BasisUnknown; b <= extradition.BasisNone; b++ {
		var back extradition.Basis
		check(t, b, &back, func() any { return back })
	}
	for a := extradition.ActionUnknown; a <= extradition.ActionRefuseAndSubmit; a++ {
		var back extradition.Action
		check(t, a, &back, func() any { return back })
	}
}

func TestEnumOutOfRange(t *testing.T) {
	assert.Equal(t, "Purpose(9)", extradition.Purpose(9).String())
	assert.Equal(t, "Measure(9)", extradition.Measure(9).String())
	assert.Equal(t, "Notification(9)", extradition.Notification(9).String())
	assert.Equal(t, "Basis(9)", extradition.Basis(9).String())
	assert.Equal(t, "Action(9)", extradition.Action(9).String())
	for _, v := range []interface{ MarshalText() ([]byte, error) }{
		extradition.Purpose(9), extradition.Measure(9), extradition.Notification(9), extradition.Basis(9), extradition.Action(9),
	} {
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, convention.ErrInvalid)
	}
	var p extradition.Purpose
	assert.ErrorContains(t, p.UnmarshalText([]byte("trial")), `"trial"`)
	var a extradition.Action
	assert.ErrorIs(t, a.UnmarshalText([]byte("deport")), convention.ErrInvalid)
	assert.False(t, extradition.Purpose(0).IsValid())
	assert.True(t, extradition.MeasureNone.IsValid())
	assert.False(t, extradition.Measure(3).IsValid())
	assert.True(t, extradition.ActionRefuseAndSubmit.Refuses())
	assert.False(t, extradition.ActionExtraditeConditionally.Refuses())
}

// TestRequestJSON shows the JSON form of a request and its round trip.
func TestRequestJSON(t *testing.T) {
	in := base()
	in.r.Offences = append(in.r.Offences, laundering())
	in.r.Provisional = extradition.MeasureCustody
	b, err := json.Marshal(in.r)
	require.NoError(t, err)
	var back extradition.Request
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in.r, back)
	assert.Contains(t, string(b), `"purpose":"prosecution"`)
	assert.Contains(t, string(b), `"in_requested_state":"yes"`)
	assert.NotContains(t, string(b), `"sentence"`)

	s := extradition.Response{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality, extradition.GroundFiscal)}
	b, err = json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"action":"refuse","grounds":["nationality","fiscal-matters"]}`, string(b))
	var sb extradition.Response
	require.NoError(t, json.Unmarshal(b, &sb))
	assert.Equal(t, s, sb)
}

// extraditionCitations returns every citation the package's terms and rules
// carry.
func extraditionCitations() []convention.Citation {
	var out []convention.Citation
	for _, t := range extradition.Terms() {
		out = append(out, t.Describe().Cite)
	}
	for _, r := range extradition.Rules() {
		out = append(out, r.Cite)
	}
	return out
}
