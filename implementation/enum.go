package implementation

import (
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// tokens is the one name table behind an enumeration's String, MarshalText
// and UnmarshalText. Index 0 is the zero value's token, never marshalled.
type tokens []string

func (t tokens) name(typ string, v int) string {
	if v > 0 && v < len(t) {
		return t[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

func (t tokens) marshal(typ string, v int) ([]byte, error) {
	if v <= 0 || v >= len(t) {
		return nil, fmt.Errorf("implementation: marshal %s: %w", t.name(typ, v), convention.ErrInvalid)
	}
	return []byte(t[v]), nil
}

func (t tokens) parse(typ string, b []byte) (int, error) {
	for i := 1; i < len(t); i++ {
		if t[i] == string(b) {
			return i, nil
		}
	}
	s := string(b)
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return 0, fmt.Errorf("implementation: unknown %s %q: %w", typ, s, convention.ErrInvalid)
}
