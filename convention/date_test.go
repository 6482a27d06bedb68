package convention_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
)

func genDate() *rapid.Generator[convention.Date] {
	return rapid.Custom(func(t *rapid.T) convention.Date {
		y := rapid.IntRange(1900, 2200).Draw(t, "Year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "Month"))
		d := rapid.IntRange(1, convention.DaysIn(y, m)).Draw(t, "Day")
		dt, err := convention.NewDate(y, m, d)
		if err != nil {
			t.Fatalf("NewDate(%d, %d, %d): %v", y, m, d, err)
		}
		return dt
	})
}

func TestDateAddDaysInvertsDaysBetween(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate().Draw(t, "d")
		n := rapid.IntRange(-100000, 100000).Draw(t, "n")
		assert.Equal(t, n, convention.DaysBetween(d, d.AddDays(n)))
	})
}

func TestDateAddMonthsClampsToMonthEnd(t *testing.T) {
	require.Equal(t, convention.MustDate("2026-02-28"), convention.MustDate("2025-08-31").AddMonths(6))
}
