package convention

import (
	"fmt"
	"strconv"
	"strings"
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
	// ClausePurpose asks whether the requested State has substantial
	// grounds for believing the request was made to prosecute or punish the
	// person on account of a listed ground.
	ClausePurpose
	// ClausePrejudice asks whether it has substantial grounds for believing
	// compliance would prejudice the person's position for a listed reason.
	ClausePrejudice
	// ClauseListedGround asks whether the belief rests on a ground the
	// clause lists.
	ClauseListedGround
	numClauses
)

var clauses = [numClauses]Description{
	ClauseDualRequired: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "dual-criminality-required",
		Text: "Does the rule applied require dual criminality?", Uses: "waiver"},
	ClauseCriminalRequesting: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "criminal-in-requesting-state",
		Text: "Is the underlying conduct a criminal offence under the laws of the requesting State?", Uses: "requesting.Criminal"},
	ClauseCriminalRequested: {Kind: KindTest, Cite: Cite(ArtCooperation, 2), Name: "criminal-in-requested-state",
		Text: "Is the underlying conduct a criminal offence under the laws of the requested State?", Uses: "requested.Criminal"},
	ClausePurpose: {Kind: KindTest, Cite: Cite(ArtCooperation, 3), Name: "discriminatory-purpose",
		Text: "Has the requested State substantial grounds for believing the request was made to prosecute or punish the person on account of a listed ground?",
		Uses: "DiscriminationFacts.Purpose"},
	ClausePrejudice: {Kind: KindTest, Cite: Cite(ArtCooperation, 3), Name: "discriminatory-prejudice",
		Text: "Has the requested State substantial grounds for believing compliance would prejudice the person's position for a listed reason?",
		Uses: "DiscriminationFacts.Prejudice"},
	ClauseListedGround: {Kind: KindTest, Cite: Cite(ArtCooperation, 3), Name: "listed-ground",
		Text: "Is the belief on account of sex, race, religion, nationality, ethnic origin or political opinions?",
		Uses: "DiscriminationFacts.Grounds"},
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
func EvaluateDualCriminality(conduct string, requesting, requested Characterisation, waiver Citation) DualCriminality {
	d := DualCriminality{Conduct: conduct, RequestingName: requesting.Name, RequestedName: requested.Name, Waiver: waiver}
	d.Result = evaluateDual(requesting.Criminal, requested.Criminal, waiver)
	if d.Outcome == Undetermined {
		d.ResolveNeeded(func(c Clause, j Judgement) Outcome {
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

func evaluateDual(requesting, requested Judgement, waiver Citation) Result[Clause] {
	r := Result[Clause]{Cite: Cite(ArtCooperation, 2)}
	if !r.TestBool(ClauseDualRequired, waiver.IsZero()) {
		r.Outcome, r.Cite = NotRequired, waiver
		return r
	}
	a := r.Need(ClauseCriminalRequesting, r.Test(ClauseCriminalRequesting, requesting))
	b := r.Need(ClauseCriminalRequested, r.Test(ClauseCriminalRequested, requested))
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

var discriminationText = enumText{"", "sex", "race", "religion", "nationality", "ethnic-origin", "political-opinions"}

// String returns the ground's token.
func (g DiscriminationGround) String() string {
	return discriminationText.name("DiscriminationGround", int(g))
}

// MarshalText returns String's token.
func (g DiscriminationGround) MarshalText() ([]byte, error) {
	if g == GroundNone || g >= numDiscriminationGrounds {
		return nil, fmt.Errorf("convention: marshal DiscriminationGround(%d): %w", g, ErrInvalid)
	}
	return []byte(discriminationText[g]), nil
}

// UnmarshalText accepts a token String returns.
func (g *DiscriminationGround) UnmarshalText(b []byte) error {
	v, err := discriminationText.parse("discrimination ground", b)
	if err == nil && v == 0 {
		err = fmt.Errorf("convention: empty discrimination ground: %w", ErrInvalid)
	}
	*g = DiscriminationGround(v)
	return err
}

// DiscriminationGrounds is a set of listed grounds. The zero value is empty.
type DiscriminationGrounds uint8

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
func (gs DiscriminationGrounds) IsEmpty() bool { return gs&^1 == 0 }

// String lists the grounds, comma-separated, in the order of the text.
func (gs DiscriminationGrounds) String() string {
	var names []string
	for g := GroundSex; g < numDiscriminationGrounds; g++ {
		if gs.Has(g) {
			names = append(names, g.String())
		}
	}
	return strings.Join(names, ",")
}

// MarshalText returns String's form.
func (gs DiscriminationGrounds) MarshalText() ([]byte, error) { return []byte(gs.String()), nil }

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

// DiscriminationFacts are the requested State's judgements under the
// non-discrimination clause (Cooperation art., para. 3).
type DiscriminationFacts struct {
	// Purpose: substantial grounds for believing the request has been made
	// for the purpose of prosecuting or punishing the person on account of
	// a listed ground.
	Purpose Judgement `json:"purpose"`
	// Prejudice: substantial grounds for believing compliance would cause
	// prejudice to the person's position for a listed reason.
	Prejudice Judgement `json:"prejudice"`
	// Grounds are the listed grounds the belief rests on.
	Grounds DiscriminationGrounds `json:"grounds"`
}

// EvaluateNonDiscrimination applies Cooperation art., para. 3: nothing in the
// Convention imposes an obligation to extradite or to provide assistance if
// the requested State has substantial grounds for believing the request was
// made to prosecute or punish a person on account of sex, race, religion,
// nationality, ethnic origin or political opinions, or that compliance would
// prejudice that person's position for one of those reasons.
//
// Outcomes: NoObligation when either belief is held on a listed ground (the
// State may still assist); NotApplicable when neither is held, or when the
// belief rests on no listed ground; Undetermined while a belief that could
// decide is unassessed. A belief held on no listed ground (Grounds empty)
// leaves the clause inapplicable. The beliefs are the requested State's: the library
// takes them as inputs.
func EvaluateNonDiscrimination(f DiscriminationFacts) Result[Clause] {
	r := evaluateNonDiscrimination(f)
	if r.Outcome == Undetermined {
		r.ResolveNeeded(func(c Clause, j Judgement) Outcome {
			g := f
			if c == ClausePurpose {
				g.Purpose = j
			} else {
				g.Prejudice = j
			}
			return evaluateNonDiscrimination(g).Outcome
		})
	}
	return r
}

// NoObligationArises is the rule of Cooperation art., para. 3 without its
// explanation: Yes when the clause lifts the obligation to extradite or
// assist (a belief held on a listed ground), No when it does not apply,
// Unassessed while it cannot yet be told. EvaluateNonDiscrimination gives
// the same answer with its steps and citations.
func NoObligationArises(f DiscriminationFacts) Judgement {
	switch f.Purpose.Or(f.Prejudice) {
	case Yes:
		return Known(!f.Grounds.IsEmpty())
	case No:
		return No
	}
	return Unassessed
}

func evaluateNonDiscrimination(f DiscriminationFacts) Result[Clause] {
	r := Result[Clause]{Cite: Cite(ArtCooperation, 3)}
	belief := r.Test(ClausePurpose, f.Purpose).Or(r.Test(ClausePrejudice, f.Prejudice))
	switch belief {
	case Yes:
		if r.TestBool(ClauseListedGround, !f.Grounds.IsEmpty()) {
			r.Outcome = NoObligation
		} else {
			r.Outcome = NotApplicable
		}
	case No:
		r.Outcome = NotApplicable
	default:
		r.Outcome = Undetermined
		r.Need(ClausePurpose, f.Purpose)
		r.Need(ClausePrejudice, f.Prejudice)
	}
	return r
}
