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
