package convention_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
)

// vectors reads a test-vector file: one case a line, fields separated by
// "|", comments after "#".
func vectors(t *testing.T, path string, fields int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		require.Len(t, parts, fields, line)
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, parts)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, out)
	return out
}

func TestTimeLimitVectors(t *testing.T) {
	for _, v := range vectors(t, "testdata/time_limits.txt", 6) {
		t.Run(v[0]+" "+v[1], func(t *testing.T) {
			cite, err := convention.ParseCitation(v[1])
			require.NoError(t, err)
			require.True(t, convention.Registered(cite))
			from := convention.MustDate(v[3])
			n, err := strconv.Atoi(v[4])
			require.NoError(t, err)
			var got convention.Date
			switch v[2] {
			case "nth-day-after":
				got = convention.NthDayAfter(from, n)
			case "months-after":
				got = convention.MonthsAfter(from, n)
			case "years-after":
				got = convention.YearsAfter(from, n)
			case "after-expiry-of-years":
				got = convention.AfterExpiryOfYears(from, n)
			default:
				t.Fatalf("unknown expression %q", v[2])
			}
			assert.Equal(t, v[5], got.String())
		})
	}
}

func TestDualCriminalityVectors(t *testing.T) {
	judgement := func(s string) convention.Judgement {
		var j convention.Judgement
		require.NoError(t, j.UnmarshalText([]byte(s)))
		return j
	}
	for _, v := range vectors(t, "testdata/dual_criminality.txt", 7) {
		t.Run(v[0], func(t *testing.T) {
			var waiver convention.Citation
			if v[5] != "-" {
				waiver = convention.MustCitation(v[5])
			}
			got := convention.EvaluateDualCriminality("the conduct",
				convention.Characterisation{Criminal: judgement(v[1]), Name: v[2]},
				convention.Characterisation{Criminal: judgement(v[3]), Name: v[4]}, waiver)
			assert.Equal(t, v[6], got.Outcome.String())
		})
	}
}
