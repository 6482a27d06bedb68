package extradition_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// TestExtraditionPara1PersonSoughtIsOffenderOrSentenced: para. 1, "the
// person who is the subject of the request for extradition", is the alleged
// offender (para. 10) or the person sentenced (para. 12): a suspect, an
// accused, or another (a sentenced) person, or a role not given; never a
// witness, victim, expert or account holder; an undeclared role is invalid.
func TestExtraditionPara1PersonSoughtIsOffenderOrSentenced(t *testing.T) {
	for _, tc := range []struct {
		role convention.PersonRole
		want error
	}{
		{convention.PersonRoleNotGiven, nil},
		{convention.PersonSuspect, nil},
		{convention.PersonAccused, nil},
		{convention.PersonOther, nil},
		{convention.PersonWitness, convention.ErrInconsistent},
		{convention.PersonVictim, convention.ErrInconsistent},
		{convention.PersonExpert, convention.ErrInconsistent},
		{convention.PersonAccountHolder, convention.ErrInconsistent},
		{convention.PersonRole(99), convention.ErrInvalid},
	} {
		r := base().r
		r.Person.Role = tc.role
		ps := convention.AsProblems(r.Validate())
		if tc.want == nil {
			assert.Empty(t, ps, "%s", tc.role)
			continue
		}
		require.Len(t, ps, 1, "%s", tc.role)
		assert.Equal(t, cite(1), ps[0].Cite)
		assert.Equal(t, "person.role", ps[0].Path)
		assert.ErrorIs(t, ps[0], tc.want, "%s", tc.role)
	}
}

// TestExtraditionRelatedRequestsConsistent: the earlier requests a request
// relates to (a request for provisional arrest it follows, para. 9) are
// each related once, and none is made after the request itself.
func TestExtraditionRelatedRequestsConsistent(t *testing.T) {
	pa := convention.Related{Ref: "PA-2026-001", Relation: convention.RelationFollows, Made: convention.MustDate("2026-11-20")}
	for _, tc := range []struct {
		name    string
		related []convention.Related
		field   string
	}{
		{"one earlier request", []convention.Related{pa}, ""},
		{"the same request related in two ways", []convention.Related{pa, {Ref: pa.Ref, Relation: convention.RelationSameCase}}, ""},
		{"the same request related twice the same way", []convention.Related{pa, pa}, "Related[1].Ref"},
		{"an earlier request made after this one", []convention.Related{{Ref: "PA-2026-002", Relation: convention.RelationFollows, Made: convention.MustDate("2026-12-01")}}, "Related[0].Made"},
	} {
		r := base().r
		r.Related = tc.related
		ps := convention.AsProblems(r.Validate())
		if tc.field == "" {
			assert.Empty(t, ps, tc.name)
			continue
		}
		require.Len(t, ps, 1, tc.name)
		assert.Equal(t, tc.field, ps[0].Field, tc.name)
		assert.ErrorIs(t, ps[0], convention.ErrInconsistent, tc.name)
	}
}

// TestExtraditionCatalogueErrorListsItsNames: a name the catalogue does not
// declare is an error that says which names it declares.
func TestExtraditionCatalogueErrorListsItsNames(t *testing.T) {
	in := base()
	in.p.Offences = convention.MustCatalogue("illegal-access", "computer-fraud", "system-interference")
	in.r.Offences[0].Offence.Established = "ransomware"
	_, err := in.assess()
	assert.ErrorContains(t, err, `"ransomware"; it declares computer-fraud, illegal-access, system-interference`)
}

// TestExtraditionProfileProblemsCarryJSONPaths: para. 4 ("makes
// extradition conditional on the existence of a treaty") and para. 5(a)
// (the notification): an undeclared judgement or notification is invalid,
// each with its JSON path.
func TestExtraditionProfileProblemsCarryJSONPaths(t *testing.T) {
	ps := convention.AsProblems(extradition.Profile{TreatyConditional: 9, Notification: 9}.Validate())
	require.Len(t, ps, 2)
	assert.Equal(t, []string{"treaty_conditional", "notification"}, []string{ps[0].Path, ps[1].Path})
	assert.NoError(t, extradition.Profile{TreatyConditional: convention.Yes, Notification: extradition.NotNotified}.Validate())
}

// TestExtraditionDebugForms: every enumeration reads as Go in a failing
// test or a rapid counterexample.
func TestExtraditionDebugForms(t *testing.T) {
	for _, tc := range []struct {
		v    interface{ GoString() string }
		want string
	}{
		{extradition.PurposeEnforcement, `extradition.Purpose("enforcement")`},
		{extradition.MeasureCustody, `extradition.Measure("custody")`},
		{extradition.NotNotified, `extradition.Notification("none")`},
		{extradition.BasisTreaty, `extradition.Basis("treaty")`},
		{extradition.ActionRefuse, `extradition.Action("refuse")`},
		{extradition.GroundNationality, `extradition.Term("nationality")`},
	} {
		assert.Equal(t, tc.want, tc.v.GoString())
	}
	assert.True(t, extradition.BasisNone.IsValid())
	assert.False(t, extradition.BasisUnknown.IsValid())
	assert.False(t, extradition.Basis(99).IsValid())
}

// TestExtraditionDecisionsMarshalAsTheirExplanation: each decision's JSON
// form is its explanation; a scope of no offence (the zero Scope) computes
// no value.
func TestExtraditionDecisionsMarshalAsTheirExplanation(t *testing.T) {
	in := base()
	s, err := extradition.DecideScope(in.r, in.f)
	require.NoError(t, err)
	b, err := extradition.DecideBasis(in.p, in.f)
	require.NoError(t, err)
	p, err := extradition.DecideProvisional(in.r, in.f)
	require.NoError(t, err)
	for _, d := range []interface {
		Explain() convention.Explanation
		MarshalJSON() ([]byte, error)
	}{s, b, p} {
		got, err := json.Marshal(d)
		require.NoError(t, err)
		want, err := json.Marshal(d.Explain())
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(got))
	}
	assert.Empty(t, extradition.Scope{}.Explain().Values)
}
