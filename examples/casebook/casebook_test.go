package casebook_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/examples/casebook"
)

// shipped returns the shipped case files, by path.
func shipped(t *testing.T) map[string][]byte {
	t.Helper()
	out, err := readCases()
	require.NoError(t, err)
	return out
}

func readCases() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := filepath.WalkDir("cases", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		b, err := os.ReadFile(p)
		out[p] = b
		return err
	})
	return out, err
}

// TestShippedCasesPass runs every case under cases/: each passes, and no
// two share an id.
func TestShippedCasesPass(t *testing.T) {
	files := shipped(t)
	require.NotEmpty(t, files)
	ids := map[string]string{}
	for name, b := range files {
		r := casebook.Run(name, b)
		require.NoError(t, r.Err, name)
		require.NotNil(t, r.Case.Expect, "%s: a shipped case states its expectation", name)
		assert.Empty(t, r.Differences, "%s (%s)", name, r.Case.ID)
		if other, dup := ids[r.Case.ID]; dup {
			t.Errorf("%s and %s share the id %s", name, other, r.Case.ID)
		}
		ids[r.Case.ID] = name
	}
}

const tv = convention.TextVersion

func caseJSON(question, facts, expect string) []byte {
	s := `{"id":"T-1","title":"a test case","text_version":"` + tv + `","question":"` + question + `","facts":` + facts
	if expect != "" {
		s += `,"expect":` + expect
	}
	return []byte(s + "}")
}

// A case with a wrong expectation fails, and says what differs in legal
// words.
func TestAWrongExpectationFailsInLegalWords(t *testing.T) {
	r := casebook.Run("wrong.json", caseJSON("cooperation.non-discrimination", `{"belief":"yes"}`,
		`{"outcome":"not-applicable","cite":"Cooperation art., para. 2","available":["discrimination"]}`))
	require.NoError(t, r.Err)
	assert.True(t, r.Failed())
	assert.False(t, r.Passed())
	assert.Equal(t, []string{
		"expected the provision not to apply (not-applicable); the library finds no obligation to arise (no-obligation), under Cooperation art., para. 3",
		"expected the decision to rest on Cooperation art., para. 2; the library rests it on Cooperation art., para. 3",
		"expected a ground available discrimination; the library does not find it",
	}, r.Differences)
}

// A malformed case fails with its file and the JSON path of every problem.
func TestAMalformedCaseNamesItsFileAndPaths(t *testing.T) {
	r := casebook.Run("bad.json", []byte(`{"id":"T-2","title":"bad","text_version":"`+tv+`","question":"cooperation.dual-criminality",
		"facts":{"conduct":"x","requesting":{"criminal":"perhaps"},"requested":{"criminal":"yes","nmae":"y"}},
		"expect":{"outcome":"satisfied","cite":"Cooperation art., para. 9","colour":"red"}}`))
	require.Error(t, r.Err)
	assert.True(t, r.Failed())
	msg := r.Err.Error()
	for _, want := range []string{"bad.json", "expect.colour: unknown field", "facts.requesting.criminal: unknown judgement \"perhaps\": want one of unassessed, yes, no",
		"facts.requested.nmae: unknown field", "expect.cite: Cooperation art., para. 9 is not a paragraph of the text"} {
		assert.Contains(t, msg, want)
	}
	for _, tc := range []struct{ name, data, want string }{
		{"question", string(caseJSON("mla.asses", `{}`, "")), `unknown question "mla.asses": want one of`},
		{"text version", strings.Replace(string(caseJSON("dates.nth-day-after", `{"date":"2026-01-01","n":1}`, "")), tv, "another text", 1), "the case was written for"},
		{"json", `{"id":`, "not valid JSON"},
		{"date", string(caseJSON("dates.nth-day-after", `{"date":"2026-02-30","n":1}`, "")), `facts.date: date "2026-02-30"`},
		{"missing", `{"question":"dates.nth-day-after"}`, "id: missing"},
	} {
		r := casebook.Run(tc.name+".json", []byte(tc.data))
		require.Error(t, r.Err, tc.name)
		assert.Contains(t, r.Err.Error(), tc.want, tc.name)
		assert.Contains(t, r.Err.Error(), tc.name+".json", tc.name)
	}
}

// A case without an expectation neither passes nor fails: it asks what the
// library says.
func TestACaseWithoutExpectationOnlyAsks(t *testing.T) {
	r := casebook.Run("ask.json", caseJSON("dates.months-after", `{"date":"2026-08-31","n":6}`, ""))
	require.NoError(t, r.Err)
	assert.False(t, r.Passed())
	assert.False(t, r.Failed())
	require.NotNil(t, r.Answer.Explanation)
	assert.Equal(t, convention.MustDate("2027-02-28"), r.Answer.Explanation.Date)
	assert.Contains(t, r.Answer.String(), "2027-02-28")
}

// Decoding, encoding and decoding a case leaves it unchanged.
func TestCaseJSONRoundTrip(t *testing.T) {
	for name, b := range shipped(t) {
		c, err := casebook.Decode(name, b)
		require.NoError(t, err)
		out, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := casebook.Decode(name, out)
		require.NoError(t, err, "%s re-encoded:\n%s", name, out)
		assert.JSONEq(t, string(mustJSON(t, c)), string(mustJSON(t, back)), name)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func FuzzRun(f *testing.F) {
	files, err := readCases()
	if err != nil {
		f.Fatal(err)
	}
	for _, b := range files {
		f.Add(b)
	}
	f.Add(caseJSON("mla.assess", `{"request":{"requesting":"FRA"}}`, `{"outcome":"obliged"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = casebook.Run("fuzz.json", b) // never panics
	})
}

// FORMAT.md lists every question the casebook knows, and every outcome word.
func TestFormatDocumentListsEveryQuestionAndOutcome(t *testing.T) {
	b, err := os.ReadFile("FORMAT.md")
	require.NoError(t, err)
	doc := string(b)
	for _, q := range casebook.Questions() {
		assert.Contains(t, doc, "| `"+q+"` |", "FORMAT.md lists the question %s", q)
	}
	for _, w := range convention.OutcomeWords() {
		assert.Contains(t, doc, "`"+w+"`", "FORMAT.md lists the outcome %s", w)
	}
}

// Every question has at least one shipped case.
func TestEveryQuestionHasAShippedCase(t *testing.T) {
	asked := map[string]bool{}
	for name, b := range shipped(t) {
		c, err := casebook.Decode(name, b)
		require.NoError(t, err)
		asked[c.Question] = true
	}
	for _, q := range casebook.Questions() {
		assert.True(t, asked[q], "no shipped case asks %s", q)
	}
}

// FORMAT.md's sample ledger is a valid record: a legal engineer who copies
// it starts from something that works.
func TestFormatDocumentSampleLedgerIsValid(t *testing.T) {
	b, err := os.ReadFile("FORMAT.md")
	require.NoError(t, err)
	doc := string(b)
	_, after, ok := strings.Cut(doc, "## Writing a ledger")
	require.True(t, ok)
	_, after, ok = strings.Cut(after, "```json\n")
	require.True(t, ok)
	sample, _, ok := strings.Cut(after, "```")
	require.True(t, ok)
	c := `{"id": "FORMAT-LEDGER", "title": "the sample ledger of FORMAT.md", "text_version": ` +
		strconv.Quote(convention.TextVersion) + `, "question": "ledger.validate", "facts": {` + sample + `},
		"expect": {"valid": true}}`
	r := casebook.Run("FORMAT.md", []byte(c))
	require.NoError(t, r.Err)
	assert.True(t, r.Passed(), "%v", r.Differences)
}

// A hostile size is an error, refused before it is parsed.
func TestAHugeCaseIsRefused(t *testing.T) {
	huge := make([]byte, casebook.MaxCaseBytes+1)
	r := casebook.Run("huge.json", huge)
	require.Error(t, r.Err)
	assert.Contains(t, r.Err.Error(), "a case is one scenario")
}
