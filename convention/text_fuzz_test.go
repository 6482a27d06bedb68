package convention_test

import (
	"encoding"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
)

// FuzzUnmarshalText feeds every text form of the package to its decoder:
// none panics, and whatever decodes encodes back to a form that decodes to
// the same value.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"FRA", "EU", "EUR", "EUR 1250.50", "4y", "2y6m", "life", "may-refuse", "yes", "mla", "sex,religion", "", "X"} {
		f.Add(s)
	}
	type codec interface {
		encoding.TextMarshaler
		encoding.TextUnmarshaler
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, mk := range []func() codec{
			func() codec { return new(convention.PartyID) },
			func() codec { return new(convention.Currency) },
			func() codec { return new(convention.Money) },
			func() codec { return new(convention.Penalty) },
			func() codec { return new(convention.Outcome) },
			func() codec { return new(convention.Judgement) },
			func() codec { return new(convention.Kind) },
			func() codec { return new(convention.Strength) },
			func() codec { return new(convention.DiscriminationGrounds) },
			func() codec { return new(convention.Date) },
			func() codec { return new(convention.Citation) },
		} {
			v := mk()
			if v.UnmarshalText([]byte(s)) != nil {
				continue
			}
			b, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%T decoded %q but does not encode: %v", v, s, err)
			}
			w := mk()
			if err := w.UnmarshalText(b); err != nil {
				t.Fatalf("%T: %q re-encoded as %q does not decode: %v", v, s, b, err)
			}
			b2, _ := w.MarshalText()
			if string(b) != string(b2) {
				t.Fatalf("%T: %q encodes as %q then %q", v, s, b, b2)
			}
		}
	})
}
