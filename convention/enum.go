package convention

import "github.com/treatyrules/cybercrime/internal/enum"

// Judgement is a State's answer to a question the text leaves to it
// ("considers that execution is likely to prejudice its essential
// interests"), or a fact of the case: yes, no, or not yet assessed.
//
// The zero Judgement is Unassessed. A decision that depends on an
// unassessed judgement is Undetermined, never guessed.
type Judgement uint8

// The three answers.
const (
	Unassessed Judgement = iota
	Yes
	No
)

var judgementEnum = enum.New[Judgement]("Judgement", "judgement", "unassessed", "yes", "no")

// Known returns the Judgement for a known boolean answer.
func Known(b bool) Judgement {
	if b {
		return Yes
	}
	return No
}

// IsKnown reports whether j is Yes or No.
func (j Judgement) IsKnown() bool { return j == Yes || j == No }

// IsValid reports whether j is a declared value.
func (j Judgement) IsValid() bool { return j <= No }

// Not swaps Yes and No; Unassessed stays Unassessed.
func (j Judgement) Not() Judgement {
	switch j {
	case Yes:
		return No
	case No:
		return Yes
	}
	return j
}

// And is the three-valued conjunction: No if either is No, Yes if both are
// Yes, Unassessed otherwise.
func (j Judgement) And(k Judgement) Judgement {
	switch {
	case j == No || k == No:
		return No
	case j == Yes && k == Yes:
		return Yes
	}
	return Unassessed
}

// Or is the three-valued disjunction: Yes if either is Yes, No if both are
// No, Unassessed otherwise.
func (j Judgement) Or(k Judgement) Judgement {
	switch {
	case j == Yes || k == Yes:
		return Yes
	case j == No && k == No:
		return No
	}
	return Unassessed
}

// String returns "yes", "no" or "unassessed".
func (j Judgement) String() string { return judgementEnum.String(j) }

// GoString returns the value for debugging: convention.Judgement("yes").
func (j Judgement) GoString() string { return "convention." + judgementEnum.GoString(j) }

// MarshalText returns String's token.
func (j Judgement) MarshalText() ([]byte, error) { return judgementEnum.Marshal(j) }

// UnmarshalText accepts "yes", "no" and "unassessed"; "" is Unassessed.
func (j *Judgement) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*j = Unassessed
		return nil
	}
	v, err := judgementEnum.Parse(b)
	*j = v
	return err
}

// JudgementWords returns the words a Judgement is written in: unassessed,
// yes, no.
func JudgementWords() []string { return judgementEnum.Words() }

// Outcome is the legal result of a decision. One vocabulary serves the whole
// library; each decision function documents which outcomes it returns.
//
// The zero Outcome is OutcomeUnknown: no decision was made.
type Outcome uint8

// The outcomes.
const (
	OutcomeUnknown Outcome = iota
	// Undetermined: the outcome depends on a judgement not yet assessed;
	// the Result lists the facts still needed.
	Undetermined
	// NotApplicable: the provision does not reach the case.
	NotApplicable
	// Obliged: the duty applies and no refusal ground is available.
	Obliged
	// MayRefuse: the duty applies, but the text leaves refusal to the
	// requested State on the grounds available.
	MayRefuse
	// NoObligation: the text imposes no obligation in the case; the State
	// may still act at its discretion.
	NoObligation
	// Discretionary: the text permits the act and leaves it to the State.
	Discretionary
	// Lawful: a proposed act or response conforms to the text.
	Lawful
	// Unlawful: a proposed act or response breaks the text; the Result
	// lists the violations.
	Unlawful
	// Satisfied: a condition of the text is met.
	Satisfied
	// NotSatisfied: a condition of the text is not met.
	NotSatisfied
	// NotRequired: the calling rule waives the condition.
	NotRequired
	// Permitted: an act is allowed, possibly with duties attached.
	Permitted
	// Prohibited: an act is forbidden.
	Prohibited
	// Protected: an immunity or protection is running.
	Protected
	// Ceased: an immunity or protection has ended.
	Ceased
	// InForce: the Convention (or an amendment) is in force.
	InForce
	// NotInForce: the Convention (or an amendment) is not in force.
	NotInForce
	// Adopted: a proposal obtained the majority it needs.
	Adopted
	// NotAdopted: a proposal did not obtain the majority it needs.
	NotAdopted
	// Due: a time limit or duty has fallen due.
	Due
	// NotDue: a time limit has not yet fallen due.
	NotDue
	numOutcomes
)

var outcomeEnum = enum.New[Outcome]("Outcome", "outcome",
	"", "undetermined", "not-applicable", "obliged", "may-refuse", "no-obligation", "discretionary",
	"lawful", "unlawful", "satisfied", "not-satisfied", "not-required", "permitted", "prohibited",
	"protected", "ceased", "in-force", "not-in-force", "adopted", "not-adopted", "due", "not-due",
)

// Outcomes returns every declared outcome except OutcomeUnknown.
func Outcomes() []Outcome {
	out := make([]Outcome, 0, numOutcomes-1)
	for o := Undetermined; o < numOutcomes; o++ {
		out = append(out, o)
	}
	return out
}

// IsValid reports whether o is a declared value other than OutcomeUnknown.
func (o Outcome) IsValid() bool { return o > OutcomeUnknown && o < numOutcomes }

// String returns the outcome's token, e.g. "may-refuse"; the zero Outcome
// prints as "unknown".
func (o Outcome) String() string {
	if o == OutcomeUnknown {
		return "unknown"
	}
	return outcomeEnum.String(o)
}

// GoString returns the value for debugging: convention.Outcome("may-refuse").
func (o Outcome) GoString() string { return "convention." + outcomeEnum.GoString(o) }

// MarshalText returns String's token; the zero Outcome marshals as "".
func (o Outcome) MarshalText() ([]byte, error) { return outcomeEnum.Marshal(o) }

// UnmarshalText accepts a token String returns; "" gives OutcomeUnknown.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := outcomeEnum.Parse(b)
	*o = v
	return err
}

// OutcomeWords returns the words an Outcome is written in.
func OutcomeWords() []string { return outcomeEnum.Words() }

// Kind classifies the terms of a package's decision vocabulary.
type Kind uint8

// The kinds of term.
const (
	KindUnknown Kind = iota
	// KindTest: a question a decision asks and answers.
	KindTest
	// KindFact: a judgement or fact the caller supplies, possibly unassessed.
	KindFact
	// KindGround: a ground of refusal (or of another optional course).
	KindGround
	// KindDuty: an obligation that the case triggers.
	KindDuty
	// KindViolation: a way in which a proposed act breaks the text.
	KindViolation
	numKinds
)

var kindEnum = enum.New[Kind]("Kind", "kind of term", "", "test", "fact", "ground", "duty", "violation")

// IsValid reports whether k is a declared value other than KindUnknown.
func (k Kind) IsValid() bool { return k > KindUnknown && k < numKinds }

// String returns the kind's token; the zero Kind prints as "unknown".
func (k Kind) String() string {
	if k == KindUnknown {
		return "unknown"
	}
	return kindEnum.String(k)
}

// MarshalText returns String's token; the zero Kind marshals as "".
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.Marshal(k) }

// UnmarshalText accepts a token String returns.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kindEnum.Parse(b)
	*k = v
	return err
}

// Strength is the force of the words that impose a duty or grant a power.
type Strength uint8

// The strengths, from strongest.
const (
	StrengthUnknown Strength = iota
	// Shall: a binding obligation ("shall", "shall not", "may not").
	Shall
	// ShallConsider: an obligation to consider ("shall consider").
	ShallConsider
	// ShallEndeavour: an obligation of effort ("shall endeavour", "shall
	// seek", "shall make concrete efforts").
	ShallEndeavour
	// May: a power or permission ("may").
	May
	// Encouraged: an exhortation ("are encouraged", "should").
	Encouraged
	// Declaratory: a definition, scope clause or statement without a duty.
	Declaratory
	numStrengths
)

var strengthEnum = enum.New[Strength]("Strength", "strength", "", "shall", "shall-consider", "shall-endeavour", "may", "encouraged", "declaratory")

// IsValid reports whether s is a declared value other than StrengthUnknown.
func (s Strength) IsValid() bool { return s > StrengthUnknown && s < numStrengths }

// String returns the strength's token; the zero Strength prints as
// "unknown".
func (s Strength) String() string {
	if s == StrengthUnknown {
		return "unknown"
	}
	return strengthEnum.String(s)
}

// MarshalText returns String's token; the zero Strength marshals as "".
func (s Strength) MarshalText() ([]byte, error) { return strengthEnum.Marshal(s) }

// UnmarshalText accepts a token String returns.
func (s *Strength) UnmarshalText(b []byte) error {
	v, err := strengthEnum.Parse(b)
	*s = v
	return err
}
