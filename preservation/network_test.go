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
		{name: "24/7 network para. 1 availability unknown", c: edit(func(c *preservation.Contact) { c.AroundTheClock = unk }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestAroundTheClock)},
		{name: "24/7 network para. 1 office of blanks is no designation", c: edit(func(c *preservation.Contact) { c.Office = " \t" }),
			want: convention.NotSatisfied, cite: ncite(1), violations: set(preservation.ViolationNoContact)},
		{name: "24/7 network para. 2(b) capacity unknown", c: edit(func(c *preservation.Contact) { c.Information = preservation.CapacityUnknown }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestInformationAssist)},
		{name: "24/7 network para. 2(b) carrying out directly suffices", c: edit(func(c *preservation.Contact) { c.Information = preservation.CapacityCarryOut }),
			want: convention.Satisfied, cite: ncite(1)},
		{name: "24/7 network para. 3 expedited unknown", c: edit(func(c *preservation.Contact) { c.Expedited = unk }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestExpedited)},
		{name: "24/7 network para. 4 membership unknown, cannot coordinate: turns on membership", c: edit(func(c *preservation.Contact) { c.PartOfAuthority, c.Coordinates = unk, no }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestPartOfAuthority)},
		{name: "24/7 network para. 4 outside the authority, coordination unknown", c: edit(func(c *preservation.Contact) { c.PartOfAuthority, c.Coordinates = no, unk }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestCoordinates)},
		{name: "24/7 network para. 5 personnel unknown", c: edit(func(c *preservation.Contact) { c.Personnel = unk }),
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestPersonnel)},
		{name: "24/7 network a failure decides, whatever is unknown", c: edit(func(c *preservation.Contact) { c.Personnel, c.Expedited = no, unk }),
			want: convention.NotSatisfied, cite: ncite(5), violations: set(preservation.ViolationNoPersonnel)},
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
	established := baseline().Offences
	minor := convention.Offences{{Conduct: "online insult", MaxPenalty: convention.Imprisonment(1, 0)}}
	serious := convention.Offences{{Conduct: "drug trafficking arranged online", MaxPenalty: convention.Imprisonment(10, 0)}}
	unknownPenalty := convention.Offences{{Conduct: "fraud"}}
	religion := convention.DiscriminationFacts{Belief: yes, Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
	believed := convention.DiscriminationFacts{Belief: yes}
	unassessed := convention.DiscriminationFacts{}
	for _, tc := range []struct {
		name                      string
		c                         preservation.Contact
		o                         convention.Offences
		d                         convention.DiscriminationFacts
		want                      convention.Outcome
		cite                      convention.Citation
		duties, available, needed terms
		preservation, information preservation.Capacity
	}{
		// Para. 2: "facilitating, or, if permitted by the domestic law and
		// practice of the State Party, directly carrying out".
		{name: "24/7 network para. 2(a) permitted to carry out preservation directly, para. 2(b) facilitates information", c: conforming(), o: established, d: noDiscrimination,
			want: convention.Obliged, cite: ncite(2), duties: set(preservation.DutyCarryOutPreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 2 not permitted to act directly: facilitate", c: func() preservation.Contact {
			c := conforming()
			c.Preservation = preservation.CapacityFacilitate
			return c
		}(), o: established, d: noDiscrimination,
			want: convention.Obliged, cite: ncite(2), duties: set(preservation.DutyFacilitatePreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityFacilitate, information: preservation.CapacityFacilitate},
		// Para. 1: "offences established under this convention, or for the
		// collection of evidence in electronic form of a serious criminal
		// offence".
		{name: "24/7 network para. 1 serious criminal offence in scope", c: conforming(), o: serious, d: noDiscrimination,
			want: convention.Obliged, cite: ncite(2), duties: set(preservation.DutyCarryOutPreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 2 unknown capacity: facilitate at least", c: preservation.Contact{Office: "desk"}, o: established, d: noDiscrimination,
			want: convention.Obliged, cite: ncite(2), duties: set(preservation.DutyFacilitatePreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityFacilitate, information: preservation.CapacityFacilitate},
		{name: "24/7 network para. 1 minor offence not established: outside", c: conforming(), o: minor, d: noDiscrimination,
			want: convention.NotApplicable, cite: ncite(1)},
		{name: "24/7 network para. 1 penalty unknown: undetermined", c: conforming(), o: unknownPenalty, d: noDiscrimination,
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestScopeSerious)},
		// Cooperation art., para. 3: "Nothing in this Convention shall be
		// interpreted as imposing an obligation ... to provide assistance
		// if the requested State Party has substantial grounds for
		// believing ...".
		{name: "Cooperation para. 3 belief on account of religion: no obligation to assist", c: conforming(), o: established, d: religion,
			want: convention.MayRefuse, cite: citeCoop3, available: set(preservation.GroundDiscrimination),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "Cooperation para. 3 belief held, listed ground not yet named: no obligation all the same", c: conforming(), o: serious, d: believed,
			want: convention.MayRefuse, cite: citeCoop3, available: set(preservation.GroundDiscrimination),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "Cooperation para. 3 grounds named but belief not held: obliged", c: conforming(), o: established,
			d:    convention.DiscriminationFacts{Belief: no, Grounds: religion.Grounds},
			want: convention.Obliged, cite: ncite(2), duties: set(preservation.DutyCarryOutPreservation, preservation.DutyFacilitateInformation),
			preservation: preservation.CapacityCarryOut, information: preservation.CapacityFacilitate},
		{name: "Cooperation para. 3 belief unassessed, matter in scope: undetermined", c: conforming(), o: established, d: unassessed,
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.FactDiscriminationBelief)},
		{name: "Cooperation para. 3 belief unassessed, matter outside para. 1: the belief changes nothing", c: conforming(), o: minor, d: unassessed,
			want: convention.NotApplicable, cite: ncite(1)},
		{name: "Cooperation para. 3 belief held, penalty unknown: undetermined on the penalty only", c: conforming(), o: unknownPenalty, d: believed,
			want: convention.Undetermined, cite: ncite(1), needed: set(preservation.TestScopeSerious)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := preservation.ContactAssistance(tc.c, tc.o, tc.d)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Outcome, "\n%s", a)
			assert.Equal(t, tc.cite, a.Cite)
			assert.Equal(t, tc.duties, a.Duties, "duties: %v", a.Duties.Slice())
			assert.Equal(t, tc.available, a.Available, "available: %v", a.Available.Slice())
			assert.Equal(t, tc.needed, a.Needed, "needed: %v", a.Needed.Slice())
			assert.Equal(t, tc.preservation, a.Preservation)
			assert.Equal(t, tc.information, a.Information)
			for fact := range a.Needed.All() {
				w, ok := a.WhatIf(fact)
				require.True(t, ok)
				assert.NotEqual(t, w.IfYes, w.IfNo, "%s is needed only where its answer changes the outcome", fact)
			}
			if n := tc.d.Note(); n != "" {
				assert.Contains(t, a.String(), n, "the explanation carries the note on the grounds named")
			}
		})
	}
}

func TestContactAssistanceWhatIfs(t *testing.T) {
	a, err := preservation.ContactAssistance(conforming(), fraud, noDiscrimination)
	require.NoError(t, err)
	w, ok := a.WhatIf(preservation.TestScopeSerious)
	require.True(t, ok)
	assert.Equal(t, convention.Obliged, w.IfYes)
	assert.Equal(t, convention.NotApplicable, w.IfNo)

	a, err = preservation.ContactAssistance(conforming(), baseline().Offences, convention.DiscriminationFacts{})
	require.NoError(t, err)
	w, ok = a.WhatIf(preservation.FactDiscriminationBelief)
	require.True(t, ok)
	assert.Equal(t, convention.MayRefuse, w.IfYes, "Cooperation art., para. 3: no obligation to assist")
	assert.Equal(t, convention.Obliged, w.IfNo)
}

func TestContactAssistanceRejectsUndeclaredBelief(t *testing.T) {
	_, err := preservation.ContactAssistance(conforming(), baseline().Offences, convention.DiscriminationFacts{Belief: convention.Judgement(7)})
	require.Error(t, err)
	assert.Equal(t, []convention.Citation{citeCoop3}, convention.AsProblems(err).Cites())
	assert.ErrorIs(t, err, convention.ErrInvalid)
}

// A designation described in part says what each missing answer would
// change; one fully described has nothing to ask.
func TestCheckContactWhatIfs(t *testing.T) {
	c := conforming()
	c.Personnel = unk
	d, err := preservation.CheckContact(c)
	require.NoError(t, err)
	require.Equal(t, convention.Undetermined, d.Outcome)
	w, ok := d.WhatIf(preservation.TestPersonnel)
	require.True(t, ok, "para. 5: what trained personnel would change")
	assert.Equal(t, convention.Satisfied, w.IfYes)
	assert.Equal(t, convention.NotSatisfied, w.IfNo)

	d, err = preservation.CheckContact(conforming())
	require.NoError(t, err)
	assert.Equal(t, convention.Satisfied, d.Outcome)
	assert.True(t, d.Needed.IsEmpty())
	_, ok = d.WhatIf(preservation.TestPersonnel)
	assert.False(t, ok)
}

// Where the State may decline (Cooperation art., para. 3), the summary
// says how the contact would assist if it does: "facilitating, or, if
// permitted by the domestic law and practice of the State Party, directly
// carrying out".
func TestContactAssistanceSummaryNamesTheModeOfEachMeasure(t *testing.T) {
	belief := convention.DiscriminationFacts{Belief: yes}
	c := conforming() // carries out preservation, facilitates information
	a, err := preservation.ContactAssistance(c, baseline().Offences, belief)
	require.NoError(t, err)
	require.Equal(t, convention.MayRefuse, a.Outcome)
	s := a.Summary()
	assert.Contains(t, s, "carry out or facilitate the preservation of data")
	assert.Contains(t, s, "facilitate the provision of information")
	assert.NotContains(t, s, "provide, or facilitate the provision of,")

	c.Preservation, c.Information = preservation.CapacityFacilitate, preservation.CapacityCarryOut
	a, err = preservation.ContactAssistance(c, baseline().Offences, belief)
	require.NoError(t, err)
	s = a.Summary()
	assert.Contains(t, s, "If it assists: facilitate the preservation of data")
	assert.Contains(t, s, "provide, or facilitate the provision of, information")
}

// 24/7 network art., para. 1, "criminal offences established under this
// convention, or ... electronic evidence of a serious criminal offence":
// a matter naming no offence cannot be decided, and the problem names the
// input's field as a form would highlight it.
func TestContactAssistanceNeedsTheOffencesOfTheMatter(t *testing.T) {
	_, err := preservation.ContactAssistance(preservation.Contact{}, nil, convention.DiscriminationFacts{})
	var found bool
	for _, p := range convention.AsProblems(err) {
		if p.Field == "Offences" {
			found = true
			assert.Equal(t, "offences", p.Path)
			assert.ErrorIs(t, p, convention.ErrMissing)
		}
	}
	assert.True(t, found, "%v", err)
}
