package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
)

// The shipped casebook passes: the closing line is "N passed, 0 failed".
func TestShippedCasebookPasses(t *testing.T) {
	var out bytes.Buffer
	failed, err := run(&out, nil, []string{"../casebook/cases"}, "")
	require.NoError(t, err)
	assert.Zero(t, failed, out.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	assert.Regexp(t, `^[1-9][0-9]* passed, 0 failed$`, lines[len(lines)-1])
}

// A wrong expectation and a malformed file each count as failed, and say
// why; a case read from standard input without an expectation prints what
// the library says.
func TestFailuresAndQuestionsAreReported(t *testing.T) {
	dir := t.TempDir()
	tv := convention.TextVersion
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write("a-wrong.json", `{"id":"W","title":"wrong","text_version":"`+tv+`","question":"dates.months-after","facts":{"date":"2026-08-31","n":6},"expect":{"date":"2027-03-03"}}`)
	write("b-bad.json", `{"id":"B","title":"bad","text_version":"`+tv+`","question":"dates.months-after","facts":{"date":"31/08/2026","n":6}}`)
	var out bytes.Buffer
	failed, err := run(&out, nil, []string{dir}, "")
	require.NoError(t, err)
	assert.Equal(t, 2, failed)
	s := out.String()
	assert.Contains(t, s, "FAIL  W  wrong\n      - expected the date 2027-03-03; the library computes 2027-02-28")
	assert.Contains(t, s, "b-bad.json: facts.date:")
	assert.True(t, strings.HasSuffix(s, "0 passed, 2 failed\n"), s)

	out.Reset()
	in := strings.NewReader(`{"id":"Q","title":"asked","text_version":"` + tv + `","question":"cooperation.non-discrimination","facts":{"belief":"yes"}}`)
	failed, err = run(&out, in, []string{"-"}, "json")
	require.NoError(t, err)
	assert.Zero(t, failed)
	assert.Contains(t, out.String(), "ASKED Q  asked")
	assert.Contains(t, out.String(), `"outcome": "no-obligation"`)
	assert.True(t, strings.HasSuffix(out.String(), "0 passed, 0 failed\n"))
}
