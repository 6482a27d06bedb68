package confiscation

import (
	"math/big"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// Threshold is the requested State's own de minimis threshold for para. 7
// ("if the property is of a de minimis value"): an amount of money, with the
// exchange rates the State applies to values stated in other currencies.
// Case systems hold such a threshold; the text leaves its level to each
// State. The zero Threshold sets none.
//
// The property is of a de minimis value by the threshold when the total
// estimated value of the property the request concerns (para. 3(a): "the
// estimated value of the property"), all its items together, is below
// Amount. A total equal to Amount is not below it: the exception to the
// duties of paras. 1 and 2 is read narrowly, and a threshold names the
// smallest value the State acts upon. Values are compared exactly, in
// decimal; a value in another currency is converted at the State's Rate
// for that currency, exactly (no rounding), and a value in a currency with
// no Rate is an error, never compared.
//
// The State's own judgement (Facts.DeMinimisValue), once assessed,
// prevails over the threshold: the threshold answers only while the
// judgement is unassessed.
type Threshold struct {
	// Amount is the threshold; the zero Money sets none.
	Amount convention.Money `json:"amount,omitzero"`
	// Rates give, for each other currency, what one unit of it is worth in
	// Amount's currency, as the requested State applies it.
	Rates []Rate `json:"rates,omitempty"`
}

// Rate is an exchange rate the requested State applies: one unit of
// Currency is worth Value units of the threshold's currency. The zero Rate
// is invalid.
type Rate struct {
	Currency convention.Currency `json:"currency"`
	Value    decimal.Decimal     `json:"value"`
}

// IsZero reports whether t sets no threshold and no rate.
func (t Threshold) IsZero() bool { return t.Amount.IsZero() && len(t.Rates) == 0 }

// MaxRates is the most exchange rates a Threshold may give (there are
// fewer currencies); Validate reports more as invalid, so that checking
// them for repeats stays cheap whatever the input.
const MaxRates = 256

// maxScale bounds the decimal exponents a threshold, a rate or an
// estimated value may carry, so that comparing them never builds an
// unbounded number from hostile input.
const maxScale = 64

func inScale(d decimal.Decimal) bool { e := d.Exponent(); return e >= -maxScale && e <= maxScale }

// thresholdChecks are the rules of a Threshold, cited to para. 7.
var thresholdChecks = []check[Threshold]{
	// Para. 7: "if the property is of a de minimis value".
	{Cite: para(7), Field: "Amount", Quote: "if the property is of a de minimis value",
		Test: func(t Threshold) (string, error) {
			a := t.Amount
			switch {
			case a.IsZero() && len(t.Rates) > 0:
				return "exchange rates without a threshold", errInconsistent
			case a.IsZero():
				return "", nil
			case a.Currency().IsZero():
				return "a threshold without a currency", errInvalid
			case a.Amount().Sign() <= 0:
				return "a threshold that is not positive: " + a.String(), errInvalid
			case !inScale(a.Amount()):
				return "a threshold out of range", errInvalid
			}
			return "", nil
		}},
	{Cite: para(7), Field: "Rates", Quote: "if the property is of a de minimis value",
		Test: func(t Threshold) (string, error) {
			if len(t.Rates) > MaxRates {
				return "at most " + strconv.Itoa(MaxRates) + " rates, not " + strconv.Itoa(len(t.Rates)), errInvalid
			}
			at := func(i int) string { return "Rates[" + strconv.Itoa(i) + "]: " }
			for i, r := range t.Rates {
				switch {
				case r.Currency.IsZero():
					return at(i) + "no currency", errMissing
				case r.Currency == t.Amount.Currency():
					return at(i) + "a rate for the threshold's own currency", errInconsistent
				case r.Value.Sign() <= 0:
					return at(i) + "a rate that is not positive", errInvalid
				case !inScale(r.Value):
					return at(i) + "a rate out of range", errInvalid
				}
				for _, q := range t.Rates[:i] {
					if q.Currency == r.Currency {
						return at(i) + "a second rate for " + r.Currency.String(), errInconsistent
					}
				}
			}
			return "", nil
		}},
}

// Validate reports every defect of the threshold as convention.Problems
// cited to para. 7, or nil: an amount without a currency or not positive,
// rates without a threshold, a rate without a currency, for the
// threshold's own currency, repeated, or not positive.
func (t Threshold) Validate() error { return rules.Run(t, thresholdChecks).Err() }

// rate returns the Rate for c, if given.
func (t Threshold) rate(c convention.Currency) (decimal.Decimal, bool) {
	for _, r := range t.Rates {
		if r.Currency == c {
			return r.Value, true
		}
	}
	return decimal.Decimal{}, false
}

// comparable returns the problems of comparing the items' values with the
// threshold: a value in a currency for which the threshold gives no rate,
// or a value out of range. Fields are relative to the Request.
func (t Threshold) comparable(items []Property) convention.Problems {
	if t.Amount.IsZero() {
		return nil
	}
	var ps convention.Problems
	for i, p := range items {
		v := p.Value
		if v.IsZero() || v.Currency().IsZero() {
			continue
		}
		_, rated := t.rate(v.Currency())
		switch {
		case v.Currency() != t.Amount.Currency() && !rated:
			// Amounts in different currencies are never compared without
			// a rate.
			ps = append(ps, convention.Problem{Field: "Property[" + strconv.Itoa(i) + "].Value", Cite: para(7), Err: errInconsistent,
				Detail: "an estimated value in " + v.Currency().String() + " cannot be compared with the de minimis threshold in " +
					t.Amount.Currency().String() + ": the threshold gives no rate for " + v.Currency().String()})
		case !inScale(v.Amount()):
			ps = append(ps, convention.Problem{Field: "Property[" + strconv.Itoa(i) + "].Value", Cite: para(7), Err: errInvalid,
				Detail: "an estimated value out of range"})
		}
	}
	return ps
}

// valuation is the comparison of the property's estimated value with the
// requested State's threshold, as computed. The zero valuation compared
// nothing.
type valuation struct {
	// below is Yes when the total is below the threshold, No when it is
	// not, Unassessed when there is no threshold or no value, or items
	// without a value leave a total below it open.
	below judgement
	// threshold is the amount compared with; zero when none.
	threshold convention.Money
	// total is the total of the stated values, in the threshold's
	// currency: small in machine words (fast), large as a decimal (big).
	fast fixed
	big  decimal.Decimal
	// isBig says which of fast and big holds the total.
	isBig bool
	// valued and unvalued count the items with and without a value.
	valued, unvalued int
}

// valuation returns the comparison of the items' values with a valid
// threshold whose values are comparable, as a decision records it.
func (t Threshold) valuation(items []Property) Valuation {
	v := t.value(items)
	out := Valuation{Threshold: v.threshold, Valued: v.valued, Unvalued: v.unvalued, Below: v.below}
	if v.valued > 0 {
		out.Total = v.total()
	}
	return out
}

// DeMinimis compares the total estimated value of items with the threshold
// (para. 7): Yes when it is below the threshold, No when it is not (the
// values stated already reach it; items without a value would only add to
// it), Unassessed when no threshold is set, no item is valued, or items
// without a value leave a total below the threshold open. The error wraps
// convention.ErrInconsistent when a value is in a currency the threshold
// gives no rate for, and convention.ErrInvalid when the threshold is
// invalid (Validate). It allocates nothing unless amounts exceed 18
// significant digits.
func (t Threshold) DeMinimis(items []Property) (convention.Judgement, error) {
	if err := t.check(items); err != nil {
		return unassessed, err
	}
	return t.value(items).below, nil
}

// Compare compares the total estimated value of items with the threshold
// as DeMinimis does, and returns the comparison as a decision records it:
// the threshold, the total in its currency, the items valued and not, and
// the answer (Valuation.Below). The error is DeMinimis's.
func (t Threshold) Compare(items []Property) (Valuation, error) {
	if err := t.check(items); err != nil {
		return Valuation{}, err
	}
	return t.valuation(items), nil
}

// check returns the problems of t and of comparing items' values with it.
func (t Threshold) check(items []Property) error {
	ps := convention.AsProblems(t.Validate())
	return append(ps, t.comparable(items)...).Err()
}

// value compares the items' values with a valid threshold whose values are
// comparable (Validate and comparable found nothing).
func (t Threshold) value(items []Property) valuation {
	v := valuation{below: unassessed, threshold: t.Amount}
	if t.Amount.IsZero() {
		return v
	}
	cur := t.Amount.Currency()
	total, ok := fixed{}, true
	for _, p := range items {
		if p.Value.IsZero() {
			v.unvalued++
			continue
		}
		v.valued++
		if !ok {
			continue
		}
		x, fits := fixedOf(p.Value.Amount())
		if c := p.Value.Currency(); c != cur && fits {
			r, _ := t.rate(c)
			var rf fixed
			if rf, fits = fixedOf(r); fits {
				x, fits = x.mul(rf)
			}
		}
		if fits {
			total, fits = total.add(x)
		}
		ok = fits
	}
	if v.valued == 0 {
		return v
	}
	var c int
	if th, fits := fixedOf(t.Amount.Amount()); ok && fits {
		v.fast, c = total, total.cmp(th)
	} else {
		v.big, v.isBig = t.bigTotal(items), true
		c = v.big.Cmp(t.Amount.Amount())
	}
	switch {
	case c >= 0:
		// "below": a total equal to the threshold is not de minimis.
		v.below = no
	case v.unvalued == 0:
		v.below = yes
	}
	return v
}

// bigTotal is the total in decimal arithmetic, for amounts too large for
// machine words; it allocates.
func (t Threshold) bigTotal(items []Property) decimal.Decimal {
	total := decimal.Zero
	for _, p := range items {
		if p.Value.IsZero() {
			continue
		}
		x := p.Value.Amount()
		if c := p.Value.Currency(); c != t.Amount.Currency() {
			r, _ := t.rate(c)
			x = x.Mul(r)
		}
		total = total.Add(x)
	}
	return total
}

// total returns the total compared, as a decimal; for explanations.
func (v valuation) total() convention.Money {
	if v.isBig {
		return convention.NewMoney(v.big, v.threshold.Currency())
	}
	return convention.NewMoney(decimal.NewFromBigInt(new(big.Int).SetUint64(v.fast.c), v.fast.e), v.threshold.Currency())
}

// fixed is an exact non-negative decimal c × 10^e held in machine words,
// so that comparing money with a threshold allocates nothing. The zero
// fixed is 0.
type fixed struct {
	c uint64
	e int32
}

// fixedOf returns d as a fixed; ok is false when d is negative or has more
// than 18 significant digits.
func fixedOf(d decimal.Decimal) (fixed, bool) {
	if d.Sign() < 0 || d.NumDigits() > 18 {
		return fixed{}, false
	}
	return fixed{c: uint64(d.CoefficientInt64()), e: d.Exponent()}, true
}

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// at returns x's coefficient at exponent e ≤ x.e; ok is false on
// overflow.
func (x fixed) at(e int32) (uint64, bool) {
	k := int64(x.e) - int64(e)
	switch {
	case x.c == 0:
		return 0, true
	case k >= int64(len(pow10)):
		return 0, false
	}
	hi, lo := bits.Mul64(x.c, pow10[k])
	return lo, hi == 0
}

func (x fixed) mul(y fixed) (fixed, bool) {
	hi, lo := bits.Mul64(x.c, y.c)
	return fixed{c: lo, e: x.e + y.e}, hi == 0
}

func (x fixed) add(y fixed) (fixed, bool) {
	e := min(x.e, y.e)
	if x.c == 0 {
		return y, true
	}
	if y.c == 0 {
		return x, true
	}
	a, okA := x.at(e)
	b, okB := y.at(e)
	s, carry := bits.Add64(a, b, 0)
	return fixed{c: s, e: e}, okA && okB && carry == 0
}

// cmp compares two fixed values: -1, 0 or +1. A value that overflows when
// brought to the common exponent is the larger, the other fitting.
func (x fixed) cmp(y fixed) int {
	e := min(x.e, y.e)
	a, okA := x.at(e)
	b, okB := y.at(e)
	switch {
	case !okA && !okB:
		// Both overflow only if both exceed 2^64 at e: never, as one of
		// them is at its own exponent.
		return 0
	case !okA:
		return 1
	case !okB:
		return -1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
