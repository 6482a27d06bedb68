package preservation

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/enum"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// Capacity is what a 24/7 point of contact can do for one measure of 24/7
// network art., para. 2: carry it out directly (where domestic law and
// practice permit), only facilitate it, or neither. Its words, in Go, text
// and JSON: "unknown" (the zero value: not stated), "none", "facilitate",
// "carry-out".
type Capacity uint8

// The capacities.
const (
	CapacityUnknown Capacity = iota
	// CapacityNone: the contact can neither carry out nor facilitate the
	// measure, which para. 2 does not allow.
	CapacityNone
	// CapacityFacilitate: the contact facilitates the measure, bringing it
	// to the authority that carries it out.
	CapacityFacilitate
	// CapacityCarryOut: domestic law and practice permit the contact to
	// carry out the measure directly.
	CapacityCarryOut
	numCapacities
)

var capacityEnum = enum.New[Capacity]("Capacity", "capacity", "unknown", "none", "facilitate", "carry-out")

// IsValid reports whether c is a declared value other than CapacityUnknown.
func (c Capacity) IsValid() bool { return c > CapacityUnknown && capacityEnum.Declared(c) }

// String returns the capacity's word, or Capacity(n).
func (c Capacity) String() string { return capacityEnum.String(c) }

// GoString returns the value for debugging: preservation.Capacity("none").
func (c Capacity) GoString() string { return "preservation." + capacityEnum.GoString(c) }

// MarshalText returns String's word; an undeclared value is an error.
func (c Capacity) MarshalText() ([]byte, error) { return capacityEnum.Marshal(c) }

// UnmarshalText accepts a word String returns. An unknown word is an error
// listing the words accepted.
func (c *Capacity) UnmarshalText(b []byte) error {
	v, err := capacityEnum.Parse(b)
	*c = v
	return err
}

// CapacityWords returns the words a Capacity is written in.
func CapacityWords() []string { return capacityEnum.Words() }

// assists returns Yes when c at least facilitates, No for CapacityNone, and
// Unassessed when unknown.
func (c Capacity) assists() convention.Judgement {
	switch c {
	case CapacityFacilitate, CapacityCarryOut:
		return convention.Yes
	case CapacityNone:
		return convention.No
	}
	return convention.Unassessed
}

// direct returns Yes when c is CapacityCarryOut, No when it is known to be
// less, and Unassessed when unknown.
func (c Capacity) direct() convention.Judgement {
	if c == CapacityUnknown {
		return convention.Unassessed
	}
	return convention.Known(c == CapacityCarryOut)
}

// Contact is a State's designation of its 24/7 point of contact (24/7
// network art.) as the State describes it. Each yes/no quality is a
// convention.Judgement, so that a designation described in part is checked
// as far as it goes.
//
// The zero Contact is "no point of contact designated".
type Contact struct {
	// Office names the designated point of contact (para. 1); empty means
	// none is designated.
	Office string `json:"office,omitempty"`
	// AroundTheClock: available on a twenty-four hour, seven-day-a-week
	// basis (para. 1).
	AroundTheClock convention.Judgement `json:"around_the_clock"`
	// Preservation: what the contact can do for the preservation of data
	// (para. 2(a)).
	Preservation Capacity `json:"preservation"`
	// Information: what the contact can do for providing information which
	// may assist in the preservation of data, including technical advice
	// and legal information (para. 2(b)).
	Information Capacity `json:"information"`
	// Expedited: able to communicate with another State's point of contact
	// on an expedited basis (para. 3).
	Expedited convention.Judgement `json:"expedited"`
	// PartOfAuthority: part of the authority or authorities responsible for
	// international mutual assistance or extradition (para. 4).
	PartOfAuthority convention.Judgement `json:"part_of_authority"`
	// Coordinates: able to co-ordinate with that authority on an expedited
	// basis (para. 4); read only where PartOfAuthority is not Yes.
	Coordinates convention.Judgement `json:"coordinates"`
	// Personnel: trained and equipped personnel are available to facilitate
	// the operation of the network (para. 5).
	Personnel convention.Judgement `json:"personnel"`
}

const (
	capacityQuote  = "facilitating, or, if permitted by the domestic law and practice of the State Party, directly carrying out"
	capacityDetail = "not none, facilitate, carry-out or unknown"
)

// contactChecks reject undeclared values.
var contactChecks = []rules.Check[Contact]{
	judgement(ncite(1), "AroundTheClock", "available on a twenty-four hour, seven-day-a-week basis",
		func(c Contact) convention.Judgement { return c.AroundTheClock }),
	declared(citeN2a, "Preservation", capacityQuote, capacityDetail, numCapacities, func(c Contact) Capacity { return c.Preservation }),
	declared(citeN2b, "Information", capacityQuote, capacityDetail, numCapacities, func(c Contact) Capacity { return c.Information }),
	judgement(ncite(3), "Expedited", "the capacity to carry out communications with the point of contact of another State Party on an expedited basis",
		func(c Contact) convention.Judgement { return c.Expedited }),
	judgement(ncite(4), "PartOfAuthority", "part of that Party's authority or authorities responsible for international mutual assistance or extradition",
		func(c Contact) convention.Judgement { return c.PartOfAuthority }),
	judgement(ncite(4), "Coordinates", "able to co-ordinate with such authority or authorities on an expedited basis",
		func(c Contact) convention.Judgement { return c.Coordinates }),
	judgement(ncite(5), "Personnel", "trained and equipped personnel are available",
		func(c Contact) convention.Judgement { return c.Personnel }),
}

// Validate reports every undeclared value in c, citing 24/7 network art.,
// paras. 1-5; nil otherwise. Unknown qualities are valid: CheckContact
// reports what they would change.
func (c Contact) Validate() error { return rules.Run(c, contactChecks).Err() }

// Designation is the check of a State's 24/7 point of contact against 24/7
// network art., paras. 1-5.
//
// Outcomes: Satisfied (every requirement met); NotSatisfied (Violations
// name each failure and its paragraph); Undetermined (a quality is not
// stated: Needed, WhatIfs). The zero Designation has OutcomeUnknown.
type Designation struct {
	convention.Result[Term]
	// Office is the contact checked.
	Office string
}

// CheckContact checks a State's designation of its 24/7 point of contact
// against paras. 1-5 of the 24/7 network article: designated and available
// around the clock (para. 1); able at least to facilitate the preservation
// of data and the provision of information that may assist it (para. 2);
// able to communicate with other contacts on an expedited basis (para. 3);
// part of the mutual assistance or extradition authority, or able to
// co-ordinate with it on an expedited basis (para. 4); and backed by
// trained and equipped personnel (para. 5). Every requirement is checked,
// with no short cut. Para. 6 is a saving clause with nothing to check.
//
// The error is only c's Problems. CheckContact allocates nothing.
func CheckContact(c Contact) (Designation, error) {
	if ps := rules.Run(c, contactChecks); len(ps) > 0 {
		return Designation{}, ps
	}
	d := Designation{Result: checkContact(c), Office: c.Office}
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j convention.Judgement) convention.Outcome {
			return checkContact(c.with(t, j)).Outcome
		})
	}
	return d, nil
}

// with returns c with the quality asked by test t set to j; for the
// capacity tests, Yes is CapacityFacilitate and No CapacityNone.
func (c Contact) with(t Term, j convention.Judgement) Contact {
	capacity := CapacityUnknown
	switch j {
	case convention.Yes:
		capacity = CapacityFacilitate
	case convention.No:
		capacity = CapacityNone
	}
	switch t {
	case TestAroundTheClock:
		c.AroundTheClock = j
	case TestPreservationAssist:
		c.Preservation = capacity
	case TestInformationAssist:
		c.Information = capacity
	case TestExpedited:
		c.Expedited = j
	case TestPartOfAuthority:
		c.PartOfAuthority = j
	case TestCoordinates:
		c.Coordinates = j
	case TestPersonnel:
		c.Personnel = j
	}
	return c
}

func checkContact(c Contact) convention.Result[Term] {
	res := convention.Result[Term]{Cite: ncite(1)}
	open := false
	// require records one requirement: met, failed (a violation) or
	// unknown (needed).
	require := func(test, violation Term, j convention.Judgement) {
		switch decide.Test(&res, test, j) {
		case convention.No:
			res.Violations = res.Violations.With(violation)
		case convention.Unassessed:
			decide.Need(&res, test, j)
			open = true
		}
	}
	// Para. 1: "Each State Party shall designate a point of contact".
	require(TestDesignated, ViolationNoContact, convention.Known(!blank(c.Office)))
	// Para. 1: "available on a twenty-four hour, seven-day-a-week basis".
	require(TestAroundTheClock, ViolationNotAroundTheClock, c.AroundTheClock)
	// Para. 2: "shall include facilitating, or ... directly carrying out".
	require(TestPreservationAssist, ViolationNoPreservationAssist, c.Preservation.assists())
	decide.Test(&res, TestPreservationDirect, c.Preservation.direct())
	require(TestInformationAssist, ViolationNoInformationAssist, c.Information.assists())
	decide.Test(&res, TestInformationDirect, c.Information.direct())
	// Para. 3: "the capacity to carry out communications ... on an
	// expedited basis".
	require(TestExpedited, ViolationNotExpedited, c.Expedited)
	// Para. 4: a contact outside the authority "shall ensure that it is able
	// to co-ordinate with such authority".
	part := decide.Test(&res, TestPartOfAuthority, c.PartOfAuthority)
	if part != convention.Yes {
		coord := decide.Test(&res, TestCoordinates, c.Coordinates)
		switch part.Not().And(coord.Not()) {
		case convention.Yes:
			res.Violations = res.Violations.With(ViolationNoCoordination)
		case convention.Unassessed:
			decide.Need(&res, TestPartOfAuthority, part)
			decide.Need(&res, TestCoordinates, coord)
			open = true
		}
	}
	// Para. 5: "trained and equipped personnel are available".
	require(TestPersonnel, ViolationNoPersonnel, c.Personnel)

	switch {
	case !res.Violations.IsEmpty():
		res.Outcome, res.Needed = convention.NotSatisfied, convention.Set[Term]{}
		res.Cite = firstCite(res.Violations)
	case open:
		res.Outcome = convention.Undetermined
	default:
		res.Outcome = convention.Satisfied
	}
	return res
}

// Summary says in plain words whether the designation conforms, and what
// is missing: the first lines of String.
func (d Designation) Summary() string {
	var b strings.Builder
	switch d.Outcome {
	case convention.Satisfied:
		b.WriteString("CONFORMS to the 24/7 network article, paras. 1-5.\n")
	case convention.NotSatisfied:
		b.WriteString("DOES NOT CONFORM to the 24/7 network article:\n")
		writeItems(&b, d.Violations)
	case convention.Undetermined:
		b.WriteString("UNDETERMINED: state first:\n")
		writeNeeds(&b, d.Result)
	default:
		b.WriteString("NO CHECK.\n")
	}
	return b.String()
}

// Explain renders the check as data.
func (d Designation) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = "24/7 point of contact"
	if d.Office != "" {
		e.Decision += " " + fmt.Sprintf("%q", d.Office)
	}
	return e
}

// String renders Summary, then the explanation.
func (d Designation) String() string { return d.Summary() + d.Explain().String() }

// MarshalJSON renders the check as its Explanation.
func (d Designation) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }

// Assistance is what a 24/7 point of contact must do for one matter (24/7
// network art., paras. 1-2): carry out or facilitate the preservation of
// data (para. 2(a)), and provide or facilitate information that may assist
// it (para. 2(b)).
//
// Outcomes:
//   - Obliged: the matter is within para. 1; Duties says, for each measure,
//     what the contact does: facilitate it, or, where domestic law and
//     practice permit, facilitate it or carry it out directly, as the State
//     chooses.
//   - MayRefuse: the matter is within para. 1, but the requested State has
//     substantial grounds for believing the request discriminatory
//     (Cooperation art., para. 3): no obligation to assist arises, and
//     GroundDiscrimination is Available. The contact may still assist;
//     Preservation and Information say how it would.
//   - NotApplicable: the matter concerns neither an offence established
//     under the Convention nor electronic evidence of a serious criminal
//     offence: the network article imposes nothing, the State may still
//     help.
//   - Undetermined: the offence's seriousness, or the requested State's
//     belief under Cooperation art., para. 3, is unknown where its answer
//     could change the outcome (Needed, WhatIfs).
//
// The zero Assistance has OutcomeUnknown.
type Assistance struct {
	convention.Result[Term]
	// NumOffences is the number of offences of the matter (at most
	// MaxOffences); InScope holds those that bring it within para. 1 (an
	// offence established under the Convention, or a serious criminal
	// offence), ScopeUnassessed those whose seriousness is unknown.
	NumOffences              int
	InScope, ScopeUnassessed OffenceSet
	// Preservation and Information are the modes for each measure when
	// Obliged or MayRefuse: CapacityCarryOut where domestic law and practice
	// permit the contact to carry the measure out directly (it may still
	// only facilitate it), CapacityFacilitate otherwise; CapacityUnknown for
	// the other outcomes.
	Preservation, Information Capacity
	// Discrimination is the requested State's judgement under Cooperation
	// art., para. 3, as given, kept for the explanation's note.
	Discrimination convention.DiscriminationFacts
}

// ContactAssistance says what the point of contact c must do for a matter
// concerning the offences os, given the requested State's judgement d under
// the non-discrimination clause (Cooperation art., para. 3).
//
// Para. 1 sets the scope: investigations, prosecutions or proceedings
// concerning "criminal offences established under this convention, or ...
// evidence in electronic form of a serious criminal offence" (maximum
// deprivation of liberty of at least four years,
// convention.Penalty.Serious). One offence within either limb brings the
// matter within the article (InScope says which); the others never take it
// out. Para. 2: the assistance "shall include
// facilitating, or, if permitted by the domestic law and practice of the
// State Party, directly carrying out" each measure. Facilitating is the
// least para. 2 requires and always discharges it; carrying out directly is
// open only where domestic law and practice permit (CapacityCarryOut), and
// then either discharges it: the choice is the State's. A contact whose
// capacity is none or unknown must still facilitate (see CheckContact for
// the breach).
//
// Cooperation art., para. 3: "Nothing in this Convention shall be
// interpreted as imposing an obligation ... to provide assistance if" the
// requested State has substantial grounds for believing the request
// discriminatory. The 24/7 network's "immediate assistance" is assistance:
// where the belief is held, no obligation arises (MayRefuse); where it is
// unassessed, the outcome is Undetermined only if the matter is otherwise
// within the article.
//
// The error is only c's and d's Problems, and a matter naming no offence or
// more than MaxOffences. ContactAssistance allocates nothing.
func ContactAssistance(c Contact, os convention.Offences, d convention.DiscriminationFacts) (Assistance, error) {
	ps := rules.Run(c, contactChecks)
	if !d.Belief.IsValid() || !d.Grounds.IsValid() {
		// Only the Discrimination checks can fail on otherwise zero Facts.
		ps = append(ps, rules.Run(Facts{Discrimination: d}, factChecks)...)
	}
	switch {
	case len(os) == 0:
		ps = append(ps, convention.Problem{Field: "Offences", Path: "offences", Cite: ncite(1), Err: convention.ErrMissing, Detail: "the offences the matter concerns"})
	case len(os) > MaxOffences:
		ps = append(ps, convention.Problem{Field: "Offences", Path: "offences", Cite: ncite(1), Err: convention.ErrInvalid, Detail: "more than MaxOffences offences"})
	}
	if len(ps) > 0 {
		ps.Sort()
		return Assistance{}, ps
	}
	fs := findings(os, &Profile{}, &OffenceJudgements{})
	established := fs.anyEstablished
	serious := os.Serious()
	a := assistance(c, established, serious, convention.NoObligationArises(d))
	a.Discrimination = d
	a.NumOffences, a.InScope, a.ScopeUnassessed = fs.n, fs.inScope, fs.scopeOpen
	if a.Outcome == convention.Undetermined {
		belief := convention.NoObligationArises(d)
		decide.ResolveNeeded(&a.Result, func(t Term, j convention.Judgement) convention.Outcome {
			s, b := serious, belief
			switch t {
			case TestScopeSerious:
				s = j
			case FactDiscriminationBelief:
				b = j
			}
			return assistance(c, established, s, b).Outcome
		})
	}
	return a, nil
}

func assistance(c Contact, established bool, serious, discrimination convention.Judgement) Assistance {
	a := Assistance{}
	res := &a.Result
	res.Cite = ncite(1)
	// Cooperation art., para. 3, asked first, as in the order of the text.
	belief := decide.Test(res, FactDiscriminationBelief, discrimination)
	// Para. 1: "criminal offences established under this convention, or
	// ... evidence in electronic form of a serious criminal offence".
	scope := convention.Known(decide.TestBool(res, TestScopeEstablished, established)).Or(decide.Test(res, TestScopeSerious, serious))
	switch {
	case scope == convention.No:
		res.Outcome = convention.NotApplicable
		return a
	case scope == convention.Unassessed || belief == convention.Unassessed:
		res.Outcome = convention.Undetermined
		decide.Need(res, TestScopeSerious, serious.Or(convention.Known(established)))
		decide.Need(res, FactDiscriminationBelief, belief)
		return a
	}
	// Para. 2: "shall include facilitating, or, if permitted by the
	// domestic law and practice of the State Party, directly carrying out".
	a.Preservation = mode(res, c.Preservation, TestPreservationDirect)
	a.Information = mode(res, c.Information, TestInformationDirect)
	if belief == convention.Yes {
		res.Outcome, res.Cite = convention.MayRefuse, citeCoop3
		res.Available = res.Available.With(GroundDiscrimination)
		return a
	}
	res.Outcome, res.Cite = convention.Obliged, ncite(2)
	res.Duties = res.Duties.With(duty(a.Preservation, DutyCarryOutPreservation, DutyFacilitatePreservation)).
		With(duty(a.Information, DutyProvideInformation, DutyFacilitateInformation))
	return a
}

// mode records whether domestic law and practice permit the contact to
// carry out a measure directly (CapacityCarryOut); otherwise it facilitates
// it (CapacityFacilitate).
func mode(res *convention.Result[Term], c Capacity, test Term) Capacity {
	if decide.Test(res, test, c.direct()) == convention.Yes {
		return CapacityCarryOut
	}
	return CapacityFacilitate
}

// duty returns the duty of para. 2 for the mode: direct where the contact
// may carry the measure out directly (it may still only facilitate it),
// facilitate otherwise.
func duty(mode Capacity, direct, facilitate Term) Term {
	if mode == CapacityCarryOut {
		return direct
	}
	return facilitate
}

// Summary says in plain words what the point of contact must do: the first
// lines of String.
func (a Assistance) Summary() string {
	var b strings.Builder
	switch a.Outcome {
	case convention.Obliged:
		b.WriteString("ASSIST IMMEDIATELY (24/7 network art., para. 1):\n")
		writeItems(&b, a.Duties)
	case convention.MayRefuse:
		fmt.Fprintf(&b, "MAY DECLINE: no obligation to assist arises (%s):\n", citeCoop3)
		writeItems(&b, a.Available)
		fmt.Fprintf(&b, "If it assists: %s the preservation of data (%s), and %s information which may assist it (%s).\n",
			modeVerb(a.Preservation, "carry out or facilitate", "facilitate"), citeN2a,
			modeVerb(a.Information, "provide, or facilitate the provision of,", "facilitate the provision of"), citeN2b)
	case convention.NotApplicable:
		b.WriteString("OUTSIDE THE 24/7 NETWORK ARTICLE: neither an offence established under the Convention nor electronic evidence of a serious criminal offence (24/7 network art., para. 1); the State may still assist.\n")
	case convention.Undetermined:
		b.WriteString("UNDETERMINED: state first:\n")
		writeNeeds(&b, a.Result)
	default:
		b.WriteString("NO DECISION.\n")
	}
	return b.String()
}

// modeVerb names what the contact does for a measure: direct where it may
// carry it out directly, facilitate otherwise.
func modeVerb(c Capacity, direct, facilitate string) string {
	if c == CapacityCarryOut {
		return direct
	}
	return facilitate
}

// Explain renders the assistance as data, with the note on the grounds
// named under Cooperation art., para. 3.
func (a Assistance) Explain() convention.Explanation {
	e := a.Result.Explain()
	e.Decision = "24/7 assistance"
	e.AddValue("offences-in-scope", ncite(1), a.InScope.String())
	e.AddValue("scope-unassessed", ncite(1), a.ScopeUnassessed.String())
	if n := a.Discrimination.Note(); n != "" && a.Asked.Has(FactDiscriminationBelief) {
		e.Notes = append(e.Notes, n)
	}
	return e
}

// String renders Summary, then the explanation.
func (a Assistance) String() string { return a.Summary() + a.Explain().String() }

// MarshalJSON renders the assistance as its Explanation.
func (a Assistance) MarshalJSON() ([]byte, error) { return json.Marshal(a.Explain()) }
