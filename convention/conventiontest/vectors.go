package conventiontest

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
)

// Vector is one case of a lawyer-readable test-vector file: a block of
// "key: value" lines, blocks separated by a blank line, "#" starting a
// comment. Keys without a dot are Fields ("id", "cite", "outcome"); keys
// with one are Sets, in order, naming a field of an input by its JSON path
// ("request.offence.max_penalty: 4y").
type Vector struct {
	Line   int
	Fields map[string]string
	Sets   [][2]string
}

// ReadVectors reads the vector file at path, failing t on a malformed line.
func ReadVectors(t testing.TB, path string) []Vector {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("vectors: %v", err)
	}
	defer f.Close()
	var out []Vector
	var cur *Vector
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			cur = nil
			continue
		case strings.HasPrefix(line, "#"):
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s:%d: want key: value", path, n)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if cur == nil {
			out = append(out, Vector{Line: n, Fields: map[string]string{}})
			cur = &out[len(out)-1]
		}
		if strings.Contains(k, ".") {
			cur.Sets = append(cur.Sets, [2]string{k, v})
		} else {
			cur.Fields[k] = v
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// SetJSON sets the field at path (JSON names, dot-separated) of *v to
// value, read as JSON when it parses and as a string otherwise: the way a
// Vector's Sets reach a typed input, through the input's own JSON decoding.
func SetJSON(t testing.TB, v any, path, value string) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("setting %s: %v", path, err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("setting %s: %v", path, err)
	}
	var val any
	if json.Unmarshal([]byte(value), &val) != nil {
		val = value
	}
	parts := strings.Split(path, ".")
	cur := m
	for _, p := range parts[:len(parts)-1] {
		next, ok := cur[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[p] = next
		}
		cur = next
	}
	cur[parts[len(parts)-1]] = val
	if b, err = json.Marshal(m); err != nil {
		t.Fatalf("setting %s: %v", path, err)
	}
	rv := reflect.ValueOf(v).Elem()
	rv.Set(reflect.Zero(rv.Type())) // decode afresh: json reuses slice elements
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("setting %s = %s: %v", path, value, err)
	}
}

// TermSet reads a comma-separated list of term names of one vocabulary,
// failing t on an unknown name.
func TermSet[T convention.Term](t testing.TB, list string) convention.Set[T] {
	t.Helper()
	var s convention.Set[T]
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		x, ok := convention.TermNamed[T](name)
		if !ok {
			t.Fatalf("unknown term %q", name)
		}
		s = s.With(x)
	}
	return s
}
