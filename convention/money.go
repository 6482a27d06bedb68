package convention

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Currency is an ISO 4217 currency, such as EUR or USD. The zero Currency
// means "no currency"; XXX ("no currency involved") is not accepted.
type Currency struct{ u currency.Unit }

// ParseCurrency parses an ISO 4217 code such as "EUR". Errors wrap
// ErrInvalid.
func ParseCurrency(s string) (Currency, error) {
	if len(s) != 3 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' || s[2] > 'Z' {
		return Currency{}, fmt.Errorf("convention: currency %s: want a three-letter upper-case ISO 4217 code: %w", quote(s), ErrInvalid)
	}
	u, err := currency.ParseISO(s)
	if err != nil || u == (currency.Unit{}) || u == currency.XXX {
		return Currency{}, fmt.Errorf("convention: currency %s: not an ISO 4217 currency: %w", quote(s), ErrInvalid)
	}
	return Currency{u: u}, nil
}

// MustCurrency parses a Currency and panics on error; for tests and
// constants.
func MustCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Currency.
func (c Currency) IsZero() bool { return c.u == currency.Unit{} }

// String returns the ISO 4217 code, "" for the zero Currency.
func (c Currency) String() string {
	if c.IsZero() {
		return ""
	}
	return c.u.String()
}

// Unit returns the golang.org/x/text/currency unit.
func (c Currency) Unit() currency.Unit { return c.u }

// MarshalText returns the ISO 4217 code.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText parses an ISO 4217 code; "" gives the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Money is an exact decimal amount in a currency, for the estimated value of
// property (Confiscation art., para. 3(a)) and the costs of executing a
// request (MLA art., para. 29). It has no float constructor. Compare with
// Equal or Cmp, never ==. The zero Money has no currency and is "not given".
type Money struct {
	amount   decimal.Decimal
	currency Currency
}

// NewMoney pairs an amount with a currency.
func NewMoney(amount decimal.Decimal, c Currency) Money { return Money{amount: amount, currency: c} }

// ParseMoney parses "EUR 1250.50": an ISO 4217 code, one space, a decimal
// amount. Errors wrap ErrInvalid.
func ParseMoney(s string) (Money, error) {
	code, amt, ok := strings.Cut(s, " ")
	if !ok {
		return Money{}, fmt.Errorf("convention: money %s: want \"CUR amount\": %w", quote(s), ErrInvalid)
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, err
	}
	if len(amt) == 0 || len(amt) > 64 || strings.ContainsAny(amt, "eE") {
		return Money{}, fmt.Errorf("convention: money %s: want a plain decimal amount: %w", quote(s), ErrInvalid)
	}
	d, err := decimal.NewFromString(amt)
	if err != nil {
		return Money{}, fmt.Errorf("convention: money %s: bad amount: %w", quote(s), ErrInvalid)
	}
	return Money{amount: d, currency: c}, nil
}

// MustMoney parses Money and panics on error; for tests and constants.
func MustMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// Amount returns the decimal amount.
func (m Money) Amount() decimal.Decimal { return m.amount }

// Currency returns the currency.
func (m Money) Currency() Currency { return m.currency }

// IsZero reports whether m is the zero Money, "not given".
func (m Money) IsZero() bool { return m.currency.IsZero() && m.amount.IsZero() }

// Equal reports whether m and n have the same currency and numerically
// equal amounts (1.50 equals 1.5).
func (m Money) Equal(n Money) bool { return m.currency == n.currency && m.amount.Equal(n.amount) }

// Cmp compares amounts of the same currency: -1, 0 or +1. Amounts in
// different currencies do not compare; the error wraps ErrInconsistent.
func (m Money) Cmp(n Money) (int, error) {
	if m.currency != n.currency {
		return 0, fmt.Errorf("convention: compare %s with %s: %w", m.currency, n.currency, ErrInconsistent)
	}
	return m.amount.Cmp(n.amount), nil
}

// String returns "EUR 1250.50", or "" for the zero Money.
func (m Money) String() string {
	if m.IsZero() {
		return ""
	}
	return m.currency.String() + " " + m.amount.String()
}

// MarshalText returns String's form.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText parses String's form; "" gives the zero Money.
func (m *Money) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Money{}
		return nil
	}
	v, err := ParseMoney(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
