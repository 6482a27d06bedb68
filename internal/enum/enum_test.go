package enum_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/internal/enum"
)

type colour uint8

var colours = enum.New[colour]("Colour", "colour", "", "red", "green")

type answer uint8

var answers = enum.New[answer]("Answer", "answer", "unassessed", "yes", "no")

func TestTable(t *testing.T) {
	assert.Equal(t, []string{"red", "green"}, colours.Words(), "the 'not given' zero is not a word")
	assert.Equal(t, []colour{1, 2}, colours.Values())
	assert.Equal(t, []string{"unassessed", "yes", "no"}, answers.Words(), "a named zero is a word")
	assert.Equal(t, "green", colours.String(2))
	assert.Equal(t, "Colour(7)", colours.String(7))
	assert.Equal(t, `Colour("red")`, colours.GoString(1))
	assert.Equal(t, "Colour(7)", colours.GoString(7))
	assert.True(t, colours.Declared(0))
	assert.False(t, colours.Set(0))
	assert.True(t, colours.Set(1))
	assert.False(t, colours.Declared(3))
	b, err := colours.Marshal(0)
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	_, err = colours.Marshal(3)
	assert.ErrorIs(t, err, enum.ErrInvalid, "an undeclared value never marshals")
	v, err := colours.Parse([]byte(""))
	require.NoError(t, err)
	assert.Equal(t, colour(0), v)
	_, err = colours.Parse([]byte("blue"))
	require.ErrorIs(t, err, enum.ErrInvalid)
	assert.Equal(t, `unknown colour "blue": want one of red, green: invalid`, err.Error())
	_, err = answers.Parse([]byte(""))
	assert.Error(t, err, "a table whose zero has a word does not take the empty word")
	for _, w := range colours.Words() {
		v, err := colours.Parse([]byte(w))
		require.NoError(t, err)
		assert.Equal(t, w, colours.String(v))
	}
}
