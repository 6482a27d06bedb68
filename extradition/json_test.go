package extradition_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/extradition"
)

// roundTrip encodes v, decodes it, encodes and decodes again, and checks
// that nothing changed on the way.
func roundTrip[T any](t *rapid.T, v T) {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var w T
	require.NoError(t, json.Unmarshal(b, &w), "%s", b)
	assert.Equal(t, v, w, "%s", b)
	b2, err := json.Marshal(w)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	var w2 T
	require.NoError(t, json.Unmarshal(b2, &w2))
	assert.Equal(t, w, w2)
}

// TestJSONRoundTrips: the JSON form of every input (decode, encode, decode)
// leaves it unchanged, every new part of a request included.
func TestJSONRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		roundTrip(t, in.r)
		roundTrip(t, in.p)
		roundTrip(t, in.f)
		roundTrip(t, in.s)
	})
}

// TestJSONRejectsUndeclaredValues: an undeclared enumeration value never
// marshals silently.
func TestJSONRejectsUndeclaredValues(t *testing.T) {
	for _, v := range []any{
		extradition.Request{Purpose: 9},
		extradition.Request{Provisional: 9},
		extradition.Profile{Notification: 9},
		extradition.Response{Action: 9},
	} {
		_, err := json.Marshal(v)
		assert.Error(t, err, "%+v", v)
	}
}
