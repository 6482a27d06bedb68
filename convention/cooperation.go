package convention

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/internal/enum"
)

// Clause is the decision vocabulary of the general provisions on
// international cooperation: the tests of dual criminality (para. 2) and of
// the non-discrimination clause (para. 3). Its members describe themselves
// through Describe; the zero Clause is unknown.
type Clause uint8

// The clauses, in the order of the text.
const (
	ClauseUnknown Clause = iota
	// ClauseDualRequired asks whether the calling rule requires dual criminality.
	ClauseDualRequired
	// ClauseCriminalRequesting asks whether the underlying conduct is a
	// criminal offence under the requesting State's law.
	ClauseCriminalRequesting
	// ClauseCriminalRequested asks whether the underlying conduct is a
	// criminal offence under the requested State's law.
	ClauseCriminalRequested
	// ClauseBelief asks the requested State's one judgement under para. 3:
	// has it substantial grounds for believing that the request was made to
	// prosecute or punish a person on account of a listed ground, or that
	// compliance would prejudice that person's position for one of them?
	ClauseBelief
	numClauses
)

var clauses = [numClauses]Description{
	ClauseDualRequired: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "dual-criminality-required",
		Text: "Does the rule applied require dual criminality?", Uses: "waiver"},
	ClauseCriminalRequesting: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "criminal-in-requesting-state",
		Text: "Is the underlying conduct a criminal offence under the laws of the requesting State?", Uses: "requesting.Criminal"},
	ClauseCriminalRequested: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "criminal-in-requested-state",
		Text: "Is the underlying conduct a criminal offence under the laws of the requested State?", Uses: "requested.Criminal"},
	ClauseBelief: {Kind: KindTest, Cite: Cite(ArtCooperation, 3), Name: "discrimination-belief",
		Text: "Has the requested State substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would cause prejudice to that person's position for any one of these reasons?",
		Uses: "DiscriminationFacts.Belief"},
}

// Describe returns the clause's table entry; the zero Description for an
// undeclared value.
func (c Clause) Describe() Description {
	if c < numClauses {
		return clauses[c]
	}
	return Description{}
}

// String returns the clause's name.
func (c Clause) String() string {
	if c > ClauseUnknown && c < numClauses {
		return clauses[c].Name
	}
	return "Clause(" + strconv.Itoa(int(c)) + ")"
}

// Characterisation is one State's view of the conduct underlying an
// offence: whether its law makes the conduct a criminal offence, and under
// what name and category. Only Criminal counts for dual criminality; the
// name and category are kept for the record (Cooperation art., para. 2).
type Characterisation struct {
	// Criminal: is the conduct a criminal offence under this State's law?
	Criminal Judgement `json:"criminal"`
	// Name is the offence's name under this State's law.
	Name string `json:"name,omitempty"`
	// Category is the category of offence under this State's law.
	Category string `json:"category,omitempty"`
	// MaxPenalty is the maximum penalty under this State's law.
	MaxPenalty Penalty `json:"max_penalty"`
}

// DualCriminality is the evaluation of dual criminality for one underlying
// conduct, with the names each State gives it (kept for the explanation,
// never compared).
type DualCriminality struct {
	Result[Clause]
	// Conduct is the conduct compared.
	Conduct string
	// RequestingName and RequestedName are the offence's names in each
	// State.
	RequestingName, RequestedName string
	// Waiver is the rule that waived the requirement, if any.
	Waiver Citation
}

// EvaluateDualCriminality applies the rule of Cooperation art., para. 2:
// whenever dual criminality is a requirement, it is fulfilled if the conduct
// underlying the offence is a criminal offence under the laws of both
// States, "irrespective of whether the laws of the requested State Party
// place the offence within the same category of offence or denominate the
// offence by the same terminology".
//
// Outcomes:
//   - NotRequired, citing waiver, when waiver is non-zero: the calling rule
//     (for instance Preservation art., para. 3) does not require dual
//     criminality.
//   - Satisfied when the conduct is criminal under both laws.
//   - NotSatisfied when it is not criminal under either law (one "no"
//     decides, whatever the other answer).
//   - Undetermined otherwise, with the missing characterisation as needed.
//
// Names and categories never change the result, and the evaluation is
// symmetric: swapping the two States gives the same outcome.
//
// The waiver is the caller's rule; in this text only Preservation art.,
// para. 3 ("dual criminality shall not be required") and MLA art., para. 10
// (assistance "in the absence of dual criminality", at the requested
// State's discretion) waive it ([DualCriminalityWaivers]).
func EvaluateDualCriminality(conduct string, requesting, requested Characterisation, waiver Citation) DualCriminality {
	d := DualCriminality{Conduct: conduct, RequestingName: requesting.Name, RequestedName: requested.Name, Waiver: waiver}
	d.Result = evaluateDual(requesting.Criminal, requested.Criminal, waiver)
	if d.Outcome == Undetermined {
		d.resolveNeeded(func(c Clause, j Judgement) Outcome {
			a, b := requesting.Criminal, requested.Criminal
			if c == ClauseCriminalRequesting {
				a = j
			} else {
				b = j
			}
			return evaluateDual(a, b, waiver).Outcome
		})
	}
	return d
}

// DualCriminalityMet is the rule of Cooperation art., para. 2 without its
// explanation, for decisions that need only its answer on their hot path:
// Yes when the conduct is criminal under both laws, No when it is not
// criminal under either, Unassessed otherwise. EvaluateDualCriminality
// gives the same answer with its steps and citations.
func DualCriminalityMet(requesting, requested Judgement) Judgement {
	return requesting.And(requested)
}

// DualCriminalityWaivers returns the paragraphs of the text under which
// dual criminality is not required: Preservation art., para. 3, and MLA
// art., para. 10, second sentence (the requested State's discretion).
func DualCriminalityWaivers() []Citation {
	return []Citation{Cite(ArtPreservation, 3), Cite(ArtMLA, 10)}
}

func evaluateDual(requesting, requested Judgement, waiver Citation) Result[Clause] {
	r := Result[Clause]{Cite: Cite(ArtCooperation, 2)}
	if !r.testBool(ClauseDualRequired, waiver.IsZero()) {
		r.Outcome, r.Cite = NotRequired, waiver
		return r
	}
	a := r.need(ClauseCriminalRequesting, r.test(ClauseCriminalRequesting, requesting))
	b := r.need(ClauseCriminalRequested, r.test(ClauseCriminalRequested, requested))
	switch DualCriminalityMet(a, b) {
	case Yes:
		r.Outcome = Satisfied
	case No:
		r.Outcome = NotSatisfied
		r.Needed = Set[Clause]{}
	default:
		r.Outcome = Undetermined
	}
	return r
}

// Explain renders the evaluation, noting which conduct was compared and that
// the names were not.
func (d DualCriminality) Explain() Explanation {
	e := d.Result.Explain()
	e.Decision = "dual criminality"
	for i := range e.Steps {
		if e.Steps[i].Name == clauses[ClauseCriminalRequested].Name || e.Steps[i].Name == clauses[ClauseCriminalRequesting].Name {
			e.Steps[i].Note = "conduct compared: " + strconv.Quote(d.Conduct)
		}
	}
	if d.RequestingName != "" || d.RequestedName != "" {
		e.Notes = append(e.Notes, fmt.Sprintf("offence names not compared (requesting State: %q; requested State: %q)", d.RequestingName, d.RequestedName))
	}
	return e
}

// String renders Explain as text.
func (d DualCriminality) String() string { return d.Explain().String() }

// DiscriminationGround is one of the grounds listed in Cooperation art.,
// para. 3.
type DiscriminationGround uint8

// The listed grounds. The zero value is not a ground.
const (
	GroundNone DiscriminationGround = iota
	GroundSex
	GroundRace
	GroundReligion
	GroundNationality
	GroundEthnicOrigin
	GroundPoliticalOpinions
	numDiscriminationGrounds
)

var discriminationEnum = enum.New[DiscriminationGround]("DiscriminationGround", "discrimination ground", "", "sex", "race", "religion", "nationality", "ethnic-origin", "political-opinions")

// String returns the ground's token.
func (g DiscriminationGround) String() string {
	return discriminationEnum.String(g)
}

// MarshalText returns String's token.
func (g DiscriminationGround) MarshalText() ([]byte, error) {
	if g == GroundNone || g >= numDiscriminationGrounds {
		return nil, fmt.Errorf("convention: marshal DiscriminationGround(%d): %w", g, ErrInvalid)
	}
	return discriminationEnum.Marshal(g)
}

// UnmarshalText accepts a token String returns.
func (g *DiscriminationGround) UnmarshalText(b []byte) error {
	v, err := discriminationEnum.Parse(b)
	if err == nil && v == GroundNone {
		err = fmt.Errorf("convention: empty discrimination ground: want one of %s: %w", strings.Join(discriminationEnum.Words(), ", "), ErrInvalid)
	}
	*g = v
	return err
}

// DiscriminationGrounds is a set of listed grounds. The zero value is empty.
type DiscriminationGrounds uint8

// allDiscriminationGrounds holds every listed ground.
const allDiscriminationGrounds DiscriminationGrounds = 1<<numDiscriminationGrounds - 2

// Add returns gs with g added; values other than the listed grounds are
// ignored.
func (gs DiscriminationGrounds) Add(g DiscriminationGround) DiscriminationGrounds {
	if g == GroundNone || g >= numDiscriminationGrounds {
		return gs
	}
	return gs | 1<<g
}

// Has reports whether g is in gs.
func (gs DiscriminationGrounds) Has(g DiscriminationGround) bool {
	return g != GroundNone && g < numDiscriminationGrounds && gs&(1<<g) != 0
}

// IsEmpty reports whether gs holds no listed ground.
func (gs DiscriminationGrounds) IsEmpty() bool { return gs&allDiscriminationGrounds == 0 }

// IsValid reports whether gs holds only listed grounds (bits of no listed
// ground make a set invalid, and it does not marshal).
func (gs DiscriminationGrounds) IsValid() bool { return gs&^allDiscriminationGrounds == 0 }

// String lists the grounds, comma-separated, in the order of the text.
func (gs DiscriminationGrounds) String() string {
	var names []string
	for g := GroundSex; g < numDiscriminationGrounds; g++ {
		if gs.Has(g) {
			names = append(names, g.String())
		}
	}
	if !gs.IsValid() {
		names = append(names, "DiscriminationGrounds("+strconv.Itoa(int(gs&^allDiscriminationGrounds))+")")
	}
	return strings.Join(names, ",")
}

// MarshalText returns String's form; a set holding anything but listed
// grounds is an error, never marshalled silently.
func (gs DiscriminationGrounds) MarshalText() ([]byte, error) {
	if !gs.IsValid() {
		return nil, fmt.Errorf("convention: marshal %s: not a listed ground: %w", gs, ErrInvalid)
	}
	return []byte(gs.String()), nil
}

// UnmarshalText parses a comma-separated list of grounds.
func (gs *DiscriminationGrounds) UnmarshalText(b []byte) error {
	var out DiscriminationGrounds
	if len(b) > 0 {
		for _, s := range strings.Split(string(b), ",") {
			var g DiscriminationGround
			if err := g.UnmarshalText([]byte(strings.TrimSpace(s))); err != nil {
				return err
			}
			out = out.Add(g)
		}
	}
	*gs = out
	return nil
}

// DiscriminationFacts is the requested State's judgement under the
// non-discrimination clause (Cooperation art., para. 3): one three-valued
// answer, with the listed grounds it names kept for the record.
//
// The zero value is unassessed: the State has not yet said.
type DiscriminationFacts struct {
	// Belief is the State's answer to the clause's one question: has it
	// "substantial grounds for believing that the request has been made for
	// the purpose of prosecuting or punishing a person on account of that
	// person's sex, race, religion, nationality, ethnic origin or political
	// opinions or that compliance with the request would cause prejudice to
	// that person's position for any one of these reasons"? Yes, No, or
	// Unassessed while it has not said.
	Belief Judgement `json:"belief"`
	// Grounds are the listed grounds the State names for its belief. They
	// are information for the record and the explanation, never a
	// condition: a State that answers Yes and has not (yet) said on which
	// listed ground is not treated as having no listed ground, and naming
	// grounds never turns a No into a Yes. A set holding anything but the
	// six listed grounds is invalid input.
	Grounds DiscriminationGrounds `json:"grounds,omitempty"`
}

// EvaluateNonDiscrimination applies Cooperation art., para. 3: "Nothing in
// this Convention shall be interpreted as imposing an obligation to
// extradite or to provide assistance if the requested State Party has
// substantial grounds for believing" that the request was made to
// prosecute or punish a person on account of sex, race, religion,
// nationality, ethnic origin or political opinions, or that compliance would
// prejudice that person's position for one of those reasons.
//
// The belief is the requested State's ("has substantial grounds for
// believing"): the library takes it as an input (DiscriminationFacts.Belief)
// and never infers it from the grounds named.
//
// Outcomes: NoObligation when the State holds the belief (the clause
// removes the obligation; the State may still assist); NotApplicable when
// it does not; Undetermined while it has not said, with the belief as the
// fact needed.
//
// The clause reaches every obligation of the Convention to extradite or to
// provide assistance ("Nothing in this Convention"): extradition, mutual
// legal assistance, preservation, the help of the 24/7 network and
// cooperation for the purposes of confiscation.
func EvaluateNonDiscrimination(f DiscriminationFacts) Result[Clause] {
	r := Result[Clause]{Cite: Cite(ArtCooperation, 3)}
	r.Outcome = nonDiscriminationOutcome(r.need(ClauseBelief, r.test(ClauseBelief, NoObligationArises(f))))
	if r.Outcome == Undetermined {
		r.resolveNeeded(func(_ Clause, j Judgement) Outcome { return nonDiscriminationOutcome(j) })
	}
	return r
}

func nonDiscriminationOutcome(belief Judgement) Outcome {
	switch belief {
	case Yes:
		return NoObligation
	case No:
		return NotApplicable
	}
	return Undetermined
}

// NoObligationArises is the rule of Cooperation art., para. 3 without its
// explanation: Yes when the clause lifts the obligation to extradite or
// assist (the State holds the belief), No when it does not apply,
// Unassessed while the State has not said (or the answer is not a declared
// Judgement). EvaluateNonDiscrimination gives the same answer with its
// steps and citations.
func NoObligationArises(f DiscriminationFacts) Judgement {
	if !f.Belief.IsValid() {
		return Unassessed
	}
	return f.Belief
}

// Note returns the explanation's note on the grounds the State named, or ""
// when there is nothing to note. Every decision that applies the clause
// adds it, so the note reads the same everywhere.
func (f DiscriminationFacts) Note() string {
	switch {
	case f.Belief == Yes && f.Grounds.IsEmpty():
		return "Cooperation art., para. 3: the requested State holds the belief and has not named the listed ground; the clause applies all the same"
	case !f.Grounds.IsEmpty() && f.Grounds.IsValid():
		return "Cooperation art., para. 3: listed grounds named by the requested State: " + f.Grounds.String()
	}
	return ""
}
