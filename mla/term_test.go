package mla_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func TestTermsDescribeThemselvesWithRegisteredCitations(t *testing.T) {
	names := map[string]mla.Term{}
	terms := mla.Terms()
	require.NotEmpty(t, terms)
	require.Less(t, len(terms), 128)
	for i, x := range terms {
		dsc := x.Describe()
		assert.Equal(t, mla.Term(i+1), x, "terms are numbered densely")
		assert.True(t, dsc.Kind.IsValid(), "%v", x)
		assert.True(t, convention.Registered(dsc.Cite), "%v cites %v, not registered", x, dsc.Cite)
		assert.NotEmpty(t, dsc.Text, "%v", x)
		assert.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, dsc.Name)
		if dsc.Kind == convention.KindTest {
			assert.NotEmpty(t, dsc.Uses, "%v", x)
		}
		if dsc.Kind == convention.KindGround {
			assert.True(t, dsc.Optional, "the text has no mandatory grounds: %v", x)
		}
		prev, dup := names[dsc.Name]
		assert.False(t, dup, "%v and %v share the name %q", prev, x, dsc.Name)
		names[dsc.Name] = x
		got, ok := convention.TermNamed[mla.Term](dsc.Name)
		assert.True(t, ok)
		assert.Equal(t, x, got)
	}
	assert.Equal(t, convention.Description{}, mla.TermUnknown.Describe())
	assert.Equal(t, convention.Description{}, mla.Term(200).Describe())
	assert.Equal(t, "Term(200)", mla.Term(200).String())
	past := terms[len(terms)-1] + 1 // the first undeclared value
	assert.Equal(t, convention.Description{}, past.Describe())
	assert.Equal(t, "Term("+strconv.Itoa(int(past))+")", past.String())
	assert.Equal(t, "Term(0)", mla.TermUnknown.String())
	assert.Equal(t, "test:discrimination-belief", terms[0].String())
	assert.Equal(t, "duty:respect-sovereignty", terms[len(terms)-1].String())
	assert.Equal(t, "ground:essential-interests", mla.GroundEssentialInterests.String())
}

func TestTermsFollowTheOrderOfTheText(t *testing.T) {
	var prev convention.Citation
	for _, x := range mla.Terms() {
		c := x.Describe().Cite
		if x == mla.ViolationNoGround {
			continue // para. 1, declared among the review's violations
		}
		assert.GreaterOrEqual(t, c.Compare(prev), 0, "%v (%v) after %v", x, c, prev)
		prev = c
	}
}

func TestGroundSetsAreGrounds(t *testing.T) {
	for _, s := range []mla.Set{mla.RefusalGrounds(), mla.BarredGrounds()} {
		for x := range s.All() {
			assert.Equal(t, convention.KindGround, x.Describe().Kind, "%v", x)
		}
	}
	assert.True(t, mla.RefusalGrounds().Intersect(mla.BarredGrounds()).IsEmpty())
}

func TestPurposesTextRoundTrip(t *testing.T) {
	for p := mla.PurposeEvidence; p <= mla.PurposeOther; p++ {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var q mla.Purpose
		require.NoError(t, q.UnmarshalText(b))
		assert.Equal(t, p, q)
		assert.True(t, convention.Registered(p.Cite()), "%v", p)
	}
	assert.Equal(t, mlaPoint(3, 'a'), mla.PurposeEvidence.Cite())
	assert.Equal(t, mlaPoint(3, 'm'), mla.PurposeOther.Cite())
	_, err := mla.Purpose(14).MarshalText()
	assert.ErrorIs(t, err, convention.ErrInvalid)
	assert.False(t, mla.Purpose(14).IsValid(), "thirteen purposes, (a) to (m)")
	assert.False(t, mla.Purpose(0).IsValid())
	assert.True(t, mla.PurposeOther.IsValid())
	assert.False(t, mla.Purposes(1<<14).IsValid())
	assert.False(t, mla.Purposes(1<<14).Has(mla.Purpose(14)))
	var q mla.Purpose
	assert.ErrorContains(t, q.UnmarshalText([]byte("telepathy")), `"telepathy"`)
	assert.Error(t, q.UnmarshalText(nil))

	s := mla.PurposesOf(mla.PurposeTrafficData, mla.PurposeService, mla.Purpose(0), mla.Purpose(20))
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `["service","traffic-data"]`, string(b))
	var back mla.Purposes
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)
	assert.Error(t, json.Unmarshal([]byte(`["nope"]`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{}`), &back))
	assert.True(t, mla.PurposesOf(mla.PurposeService).ServiceOnly())
	assert.False(t, mla.PurposesOf(mla.PurposeService, mla.PurposeEvidence).ServiceOnly())
}

type textEnum interface {
	MarshalText() ([]byte, error)
	String() string
}

func TestEnumsTextRoundTrip(t *testing.T) {
	check := func(name string, vals []textEnum, parse func([]byte) (textEnum, error)) {
		for _, v := range vals {
			b, err := v.MarshalText()
			require.NoError(t, err, name)
			got, err := parse(b)
			require.NoError(t, err, name)
			assert.Equal(t, v, got, name)
		}
		_, err := parse([]byte("no-such-token"))
		assert.ErrorIs(t, err, convention.ErrInvalid, name)
	}
	check("Nature", []textEnum{mla.NatureInvestigation, mla.NatureProsecution, mla.NatureOtherProceeding},
		func(b []byte) (textEnum, error) { var v mla.Nature; err := v.UnmarshalText(b); return v, err })
	check("SubjectKind", []textEnum{mla.SubjectPerson, mla.SubjectItem, mla.SubjectAccount},
		func(b []byte) (textEnum, error) { var v mla.SubjectKind; err := v.UnmarshalText(b); return v, err })
	check("Channel", []textEnum{mla.ChannelCentralAuthority, mla.ChannelDiplomatic, mla.ChannelInterpol, mla.ChannelOther},
		func(b []byte) (textEnum, error) { var v mla.Channel; err := v.UnmarshalText(b); return v, err })
	check("Form", []textEnum{mla.FormWriting, mla.FormRecord, mla.FormOral},
		func(b []byte) (textEnum, error) { var v mla.Form; err := v.UnmarshalText(b); return v, err })
	check("Regime", []textEnum{mla.RegimeArticle, mla.RegimeTreaty},
		func(b []byte) (textEnum, error) { var v mla.Regime; err := v.UnmarshalText(b); return v, err })
	check("Action", []textEnum{mla.ActionExecute, mla.ActionConditions, mla.ActionPostpone, mla.ActionRefuse},
		func(b []byte) (textEnum, error) { var v mla.Action; err := v.UnmarshalText(b); return v, err })
	check("Basis", []textEnum{mla.BasisTransfer, mla.BasisSafeConduct},
		func(b []byte) (textEnum, error) { var v mla.Basis; err := v.UnmarshalText(b); return v, err })
	check("Conductor", []textEnum{mla.ConductorRequested, mla.ConductorRequesting},
		func(b []byte) (textEnum, error) { var v mla.Conductor; err := v.UnmarshalText(b); return v, err })
	check("Role", []textEnum{mla.RoleWitness, mla.RoleExpert, mla.RoleOther},
		func(b []byte) (textEnum, error) { var v mla.Role; err := v.UnmarshalText(b); return v, err })
	check("TransferPurpose", []textEnum{mla.TransferIdentification, mla.TransferTestimony, mla.TransferEvidence, mla.TransferOther},
		func(b []byte) (textEnum, error) { var v mla.TransferPurpose; err := v.UnmarshalText(b); return v, err })

	assert.Equal(t, "Channel(9)", mla.Channel(9).String())
	_, err := mla.Form(9).MarshalText()
	assert.ErrorIs(t, err, convention.ErrInvalid)
	var f mla.Form
	require.NoError(t, f.UnmarshalText(nil))
	assert.Equal(t, mla.FormUnknown, f)
}
