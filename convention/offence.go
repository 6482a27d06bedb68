package convention

import (
	"fmt"
	"strconv"
	"strings"
)

// PenaltyKind is the kind of the most severe penalty the law provides for an
// offence.
type PenaltyKind uint8

// The kinds of penalty, from least to most severe. The zero PenaltyKind is
// unknown.
const (
	PenaltyUnknown PenaltyKind = iota
	// PenaltyNonCustodial: no deprivation of liberty (a fine, say).
	PenaltyNonCustodial
	// PenaltyImprisonment: deprivation of liberty for a maximum term.
	PenaltyImprisonment
	// PenaltyLife: life imprisonment.
	PenaltyLife
	// PenaltyDeath: the death penalty.
	PenaltyDeath
)

// Penalty is the maximum penalty the law of a State provides for an
// offence. The zero Penalty is unknown: seriousness then stays unassessed.
type Penalty struct {
	kind   PenaltyKind
	months uint16
}

// Imprisonment returns a maximum deprivation of liberty of the given years
// and months. Negative or excessive terms (over 999 years) give the zero
// Penalty.
func Imprisonment(years, months int) Penalty {
	total := years*12 + months
	if years < 0 || months < 0 || total <= 0 || total > 999*12 {
		return Penalty{}
	}
	return Penalty{kind: PenaltyImprisonment, months: uint16(total)}
}

// LifeImprisonment returns a maximum penalty of life imprisonment.
func LifeImprisonment() Penalty { return Penalty{kind: PenaltyLife} }

// DeathPenalty returns a maximum penalty of death.
func DeathPenalty() Penalty { return Penalty{kind: PenaltyDeath} }

// NonCustodial returns a maximum penalty with no deprivation of liberty.
func NonCustodial() Penalty { return Penalty{kind: PenaltyNonCustodial} }

// Kind returns the penalty's kind.
func (p Penalty) Kind() PenaltyKind { return p.kind }

// Months returns the maximum term of imprisonment in months, 0 for other
// kinds.
func (p Penalty) Months() int { return int(p.months) }

// IsZero reports whether p is the zero (unknown) Penalty.
func (p Penalty) IsZero() bool { return p.kind == PenaltyUnknown }

// SeriousThresholdMonths is the threshold of a serious crime: a maximum
// deprivation of liberty of at least four years (UNTOC art. 2(b)).
const SeriousThresholdMonths = 48

// Serious reports whether an offence with this maximum penalty is a "serious
// criminal offence" as UNTOC art. 2(b) defines "serious crime", to which the
// text refers (MLA art., paras. 1 and 4; 24/7 network art., para. 1):
// conduct punishable by a maximum deprivation of liberty of at least four
// years or a more serious penalty. Life imprisonment and death are more
// serious penalties; a non-custodial maximum is not. An unknown penalty
// gives Unassessed.
func (p Penalty) Serious() Judgement {
	switch p.kind {
	case PenaltyImprisonment:
		return Known(p.months >= SeriousThresholdMonths)
	case PenaltyLife, PenaltyDeath:
		return Yes
	case PenaltyNonCustodial:
		return No
	}
	return Unassessed
}

// String returns "4y", "2y6m", "8m", "life", "death", "non-custodial", or ""
// for the zero Penalty.
func (p Penalty) String() string {
	switch p.kind {
	case PenaltyNonCustodial:
		return "non-custodial"
	case PenaltyLife:
		return "life"
	case PenaltyDeath:
		return "death"
	case PenaltyImprisonment:
		y, m := p.months/12, p.months%12
		s := ""
		if y > 0 {
			s = strconv.Itoa(int(y)) + "y"
		}
		if m > 0 {
			s += strconv.Itoa(int(m)) + "m"
		}
		return s
	}
	return ""
}

// ParsePenalty parses String's forms. Errors wrap ErrInvalid.
func ParsePenalty(s string) (Penalty, error) {
	switch s {
	case "non-custodial":
		return NonCustodial(), nil
	case "life":
		return LifeImprisonment(), nil
	case "death":
		return DeathPenalty(), nil
	}
	bad := fmt.Errorf("convention: penalty %s: want e.g. 4y, 2y6m, 8m, life, death or non-custodial: %w", quote(s), ErrInvalid)
	rest, years, months := s, 0, 0
	if y, r, ok := strings.Cut(rest, "y"); ok {
		n, okd := digits(y)
		if !okd || y == "" || len(y) > 3 {
			return Penalty{}, bad
		}
		years, rest = n, r
	}
	if rest != "" {
		m, ok := strings.CutSuffix(rest, "m")
		n, okd := digits(m)
		if !ok || !okd || m == "" || len(m) > 2 || n > 11 && years > 0 {
			return Penalty{}, bad
		}
		months = n
	}
	p := Imprisonment(years, months)
	if p.IsZero() {
		return Penalty{}, bad
	}
	return p, nil
}

// MarshalText returns String's form.
func (p Penalty) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText parses String's form; "" gives the zero Penalty.
func (p *Penalty) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Penalty{}
		return nil
	}
	v, err := ParsePenalty(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ConventionOffence names the criminalization article under which an offence
// is established under the Convention. The text leaves those articles as
// placeholders ("articles [on criminalization]"), so the set is open and the
// caller names its members ("illegal-access", "computer-fraud"). The empty
// ConventionOffence means the offence is not established under the
// Convention.
type ConventionOffence string

// Offence describes the offence to which a request relates, as the
// requesting State characterises it.
type Offence struct {
	// Conduct describes the underlying acts or omissions, independent of
	// any label; dual criminality turns on it (Cooperation art., para. 2).
	Conduct string `json:"conduct"`
	// Name is the offence's name under the requesting State's law.
	Name string `json:"name,omitempty"`
	// Established names the criminalization article under which the
	// offence is established under the Convention, or is empty.
	Established ConventionOffence `json:"established,omitempty"`
	// MaxPenalty is the maximum penalty under the requesting State's law.
	MaxPenalty Penalty `json:"max_penalty"`
}

// EstablishedUnderConvention reports whether the offence is one established
// under the Convention.
func (o Offence) EstablishedUnderConvention() bool { return o.Established != "" }

// Serious reports whether the offence is a serious criminal offence (UNTOC
// art. 2(b)); see Penalty.Serious.
func (o Offence) Serious() Judgement { return o.MaxPenalty.Serious() }

// IsZero reports whether o is the zero Offence.
func (o Offence) IsZero() bool { return o == Offence{} }
