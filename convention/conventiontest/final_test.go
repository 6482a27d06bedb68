package conventiontest_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

func TestActionGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, conventiontest.Action().Draw(t, "Action").Validate())
		b := conventiontest.BrokenAction().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestDisputeGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, conventiontest.Dispute().Draw(t, "Dispute").Validate())
		b := conventiontest.BrokenDispute().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestVoteGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, conventiontest.Vote().Draw(t, "Vote").Validate())
		b := conventiontest.BrokenVote().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestHistoryGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(60, 3).Draw(t, "History")
		for _, p := range h.Parties {
			require.NoError(t, p.Validate())
		}
		for _, a := range h.Actions {
			require.NoError(t, a.Validate(), a.String())
		}
		_, err := convention.NewLedger(h.Parties)
		require.NoError(t, err)
	})
}

func TestDateBetweenStaysInRange(t *testing.T) {
	a, b := convention.MustDate("2024-02-10"), convention.MustDate("2024-03-05")
	rapid.Check(t, func(t *rapid.T) {
		got := conventiontest.DateBetween(a, b).Draw(t, "Date")
		require.False(t, got.Before(a) || got.After(b), got.String())
	})
	require.Len(t, conventiontest.States(conventiontest.MaxStates+5), conventiontest.MaxStates)
}
