package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func ncite(n int) convention.Citation { return convention.Cite(convention.ArtNetwork, n) }

func TestCheckContactTable(t *testing.T) {
	edit := func(f func(*preservation.Contact)) preservation.Contact {
		c := conforming()
		f(&c)
		return c
	}
	for _, tc := range []struct {
		name       string
		c          preservation.Contact
		want       convention.Outcome
		cite       convention.Citation
		violations terms
		needed     terms
	}{
		{name: "24/7 network paras. 1-5 conforming", c: conforming(), want: convention.Satisfied, cite: ncite(1)},
		{name: "24/7 network para. 1 none designated", c: edit(func(c *preservation.Contact) { c.Office = "" }),
			want: convention.NotSatisfied, cite: ncite(1), violations: set(preservation.ViolationNoContact)},
		{name: "24/7 network para. 1 office hours only", c: edit(func(c *preservation.Contact) { c.AroundTheClock = no }),
			want: convention.NotSatisfied, cite: ncite(1), violations: set(preservation.ViolationNotAroundTheClock)},
		{name: "24/7 network para. 2(a) cannot facilitate preservation", c: edit(func(c *preservation.Contact) { c.Preservation = preservation.CapacityNone }),
			want: convention.NotSatisfied, cite: convention.CitePoint(convention.ArtNetwork, 2, 'a'), violations: set(preservation.ViolationNoPreservationAssist)},
		{name: "24/7 network para. 2(b) cannot facilitate information", c: edit(func(c *preservation.Contact) { c.Information = preservation.CapacityNone }),
			want: convention.NotSatisfied, cite: convention.CitePoint(convention.ArtNetwork, 2, 'b'), violations: set(preservation.ViolationNoInformationAssist)},
		{name: "24/7 network para. 2 facilitating only suffices", c: edit(func(c *preservation.Contact) { c.Preservation = preservation.CapacityFacilitate }),
			want: convention.Satisfied, cite: ncite(1)},
		{name: "24/7 network para. 3 not expedited", c: edit(func(c *preservation.Contact) { c.Expedited = no }),
			want: convention.NotSatisfied, cite: ncite(3), violations: set(preservation.ViolationNotExpedited)},
		{name: "24/7 network para. 4 part of the authority needs no coordination", c: edit(func(c *preservation.Contact) { c.PartOfAuthority, c.Coordinates = yes, no }),
			want: convention.Satisfied, cite: ncite(1)},
		{name: "24/7 network para. 4 outside the authority, cannot coordinate", c: edit(func(c *preservation.Contact) { c.Coordinates = no }),
			want: convention.NotSatisfied, cite: ncite(4), violations: set(preservation.ViolationNoCoordination)},
		{name: "24/7 network para. 4 coordination known, membership unknown", c: edit(func(c *preservation.Contact) { c.PartOfAuthority = unk }),
			want: convention.Satisfied, cite: ncite(1)},
		{name: "24/7 network para. 4 both unknown", c: edit(func(c *preservation.Contact) { c.PartOfAuthority, c.Coordinates = unk, unk }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestPartOfAuthority, preservation.TestCoordinates)},
		{name: "24/7 network para. 5 no trained personnel", c: edit(func(c *preservation.Contact) { c.Personnel = no }),
			want: convention.NotSatisfied, cite: ncite(5), violations: set(preservation.ViolationNoPersonnel)},
		{name: "24/7 network para. 2(a) capacity unknown", c: edit(func(c *preservation.Contact) { c.Preservation = preservation.CapacityUnknown }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestPreservationAssist)},
		{name: "24/7 network every failure reported at once", c: preservation.Contact{AroundTheClock: no, Preservation: preservation.CapacityNone, Information: preservation.CapacityNone, Expedited: no, PartOfAuthority: no, Coordinates: no, Personnel: no},
			want: convention.NotSatisfied, cite: ncite(1), violations: set(preservation.ViolationNoContact, preservation.ViolationNotAroundTheClock,
				preservation.ViolationNoPreservationAssist, preservation.ViolationNoInformationAssist, preservation.ViolationNotExpedited,
				preservation.ViolationNoCoordination, preservation.ViolationNoPersonnel)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := preservation.CheckContact(tc.c)
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Outcome, "\n%s", d)
			assert.Equal(t, tc.cite, d.Cite)
			assert.Equal(t, tc.violations, d.Violations, "violations: %v", d.Violations.Slice())
			assert.Equal(t, tc.needed, d.Needed, "needed: %v", d.Needed.Slice())
		})
	}
}

func TestContactAssistanceTable(t *testing.T) {
	established := baseline().Offence
	minor := convention.Offence{Conduct: "online insult", MaxPenalty: convention.Imprisonment(1, 0)}
	serious := convention.Offence{Conduct: "drug trafficking arranged online", MaxPenalty: convention.Imprisonment(10, 0)}
	unknownPenalty := convention.Offence{Conduct: "fraud"}
	for _, tc := range []struct {
		name                      string
		c                         preservation.Contact
		o                         convention.Offence
		want                      convention.Outcome
		duties                    terms
		preservation, information preservation.Capacity
	}{
		{name: "24/7 network para. 2(a) carries out preservation directly, para. 2(b) facilitates information", c: conforming(), o: established,
			want: convention.Obliged, duties: set(preservation.DutyCarryOutPreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 1 serious criminal offence in scope", c: conforming(), o: serious,
			want: convention.Obliged, duties: set(preservation.DutyCarryOutPreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 2 unknown capacity: facilitate at least", c: preservation.Contact{Office: "desk"}, o: established,
			want: convention.Obliged, duties: set(preservation.DutyFacilitatePreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityFacilitate, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 1 minor offence not established: outside", c: conforming(), o: minor, want: convention.NotApplicable},
		{name: "24/7 network para. 1 penalty unknown: undetermined", c: conforming(), o: unknownPenalty, want: convention.Undetermined},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := preservation.ContactAssistance(tc.c, tc.o)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Outcome, "\n%s", a)
			assert.Equal(t, tc.duties, a.Duties, "duties: %v", a.Duties.Slice())
			assert.Equal(t, tc.preservation, a.Preservation)
			assert.Equal(t, tc.information, a.Information)
			if tc.want == convention.Undetermined {
				w, ok := a.WhatIf(preservation.TestScopeSerious)
				require.True(t, ok)
				assert.Equal(t, convention.Obliged, w.IfYes)
				assert.Equal(t, convention.NotApplicable, w.IfNo)
			}
		})
	}
}
