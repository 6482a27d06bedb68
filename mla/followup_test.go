package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
	"github.com/treatyrules/cybercrime/preservation"
	"github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// MLA art., para. 3(d) and Preservation art., paras. 1 and 7: the request
// for mutual legal assistance that follows a preservation request connects
// to it, and a requested State can tell.
func TestMLAPara3dFollowUpConnectsToThePreservationRequest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := preservationtest.Request().Draw(t, "preservation")
		l := p.Link()
		f := mla.FollowUp(l)
		assert.True(t, f.Purposes.Has(mla.PurposeStoredData), "para. 3(d)")
		assert.Equal(t, []convention.Related{{Ref: p.Ref, Relation: convention.RelationFollows}}, f.Related)
		assert.Equal(t, p.Requesting, f.Requesting)
		assert.Equal(t, p.Requested, f.Requested)
		assert.Equal(t, p.Offences, f.Offences, "every offence under investigation")
		assert.Equal(t, p.Data, f.Data, "the data preserved")
		assert.Equal(t, p.Case, f.Case)
		assert.Equal(t, p.Ref != "", f.Follows(l))
		// Para. 16(e): each item of data, identified and located where the
		// preservation request located it (its custodian otherwise).
		assert.Len(t, f.Subjects, len(l.Data))
		for i, s := range f.Subjects {
			assert.Equal(t, mla.SubjectItem, s.Kind)
			want := l.Location
			if want == "" {
				want = l.Data[i].Provider
			}
			assert.Equal(t, want, s.Location)
			assert.NotEmpty(t, s.Identity)
			if l.Data[i].Description != "" {
				assert.Equal(t, l.Data[i].Description, s.Identity)
			}
		}

		// Completed by the requesting State, the request still follows.
		m := mlatest.Request().Draw(t, "completion")
		m.Case, m.Requesting, m.Requested, m.Offences = f.Case, f.Requesting, f.Requested, f.Offences
		m.Purposes = m.Purposes.With(mla.PurposeStoredData)
		m.Related = append(m.Related, f.Related...)
		assert.Equal(t, p.Ref != "", m.Follows(l))

		// A request that does not seek the data under para. 3(d), or comes
		// between other States, does not follow.
		other := m
		other.Purposes = other.Purposes.Without(mla.PurposeStoredData)
		assert.False(t, other.Follows(l))
		swapped := m
		swapped.Requesting, swapped.Requested = m.Requested, m.Requesting
		assert.False(t, swapped.Follows(l))
		unrelated := m
		unrelated.Related = nil
		assert.False(t, unrelated.Follows(l))
	})
}

func TestMLAFollowUpOfTheZeroLinkIsTheZeroRequest(t *testing.T) {
	z := mla.FollowUp(preservation.Link{})
	assert.Empty(t, z.Related)
	assert.True(t, z.Purposes.IsEmpty())
	assert.False(t, z.Follows(preservation.Link{}))
}

// Para. 16(e): the preserved item is identified by its description, else
// its identifiers, else its category; located where the preservation
// request located the data, else with its provider.
func TestMLAFollowUpIdentifiesAndLocatesEachItem(t *testing.T) {
	ip := convention.Identifier{Kind: convention.IdentifierIPAddress, Value: "203.0.113.7"}
	mail := convention.Identifier{Kind: convention.IdentifierEmail, Value: "x@example.org"}
	l := preservation.Link{Preservation: "PRES-1", Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Data: []convention.DataSought{
			{Category: convention.DataSubscriber, Description: "subscriber data of the account", Provider: "Mail Ltd"},
			{Category: convention.DataTraffic, Identifiers: []convention.Identifier{ip, mail}, Provider: "ISP plc"},
			{Category: convention.DataContent},
		}}
	f := mla.FollowUp(l)
	assert.Equal(t, []string{"subscriber data of the account", "203.0.113.7, x@example.org", convention.DataContent.String()},
		[]string{f.Subjects[0].Identity, f.Subjects[1].Identity, f.Subjects[2].Identity})
	assert.Equal(t, []string{"Mail Ltd", "ISP plc", ""}, []string{f.Subjects[0].Location, f.Subjects[1].Location, f.Subjects[2].Location})
	l.Location = "Nairobi data centre"
	f = mla.FollowUp(l)
	assert.Equal(t, "Nairobi data centre", f.Subjects[1].Location)
	assert.True(t, f.ElectronicEvidence, "paras. 1 and 4: the collection of evidence in electronic form")
}
