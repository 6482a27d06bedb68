package examples_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// between returns the text between the first line containing begin and the
// next line containing end.
func between(t *testing.T, text, begin, end string) string {
	t.Helper()
	_, after, ok := strings.Cut(text, begin)
	require.True(t, ok, "marker %q", begin)
	_, after, _ = strings.Cut(after, "\n")
	body, _, ok := strings.Cut(after, end)
	require.True(t, ok, "marker %q", end)
	if i := strings.LastIndex(body, "\n"); i >= 0 {
		body = body[:i+1]
	}
	return body
}

func dedent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	return strings.Join(lines, "\n")
}

// TestReadmeQuickStartMatchesExample checks that the README shows the
// quick start exactly as Example_quickStart compiles and runs it.
func TestReadmeQuickStartMatchesExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	example, err := os.ReadFile("quickstart_test.go")
	require.NoError(t, err)
	want := dedent(between(t, string(example), "// quickstart:begin", "// quickstart:end"))
	got := between(t, string(readme), "<!-- quickstart:begin -->", "<!-- quickstart:end -->")
	got = strings.TrimPrefix(got, "```go\n")
	got = strings.TrimSuffix(got, "```\n")
	require.Equal(t, want, got)
}

// TestReadmeShowsTheTwoSetUpCommands keeps the README's promise.
func TestReadmeShowsTheTwoSetUpCommands(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	require.Contains(t, string(readme), "go run ./examples/tour")
	require.Contains(t, string(readme), "go test ./...")
}

// TestReadmeQuickStartOutputMatchesExample checks the output the README
// shows against the Example's checked Output.
func TestReadmeQuickStartOutputMatchesExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	example, err := os.ReadFile("quickstart_test.go")
	require.NoError(t, err)
	_, out, ok := strings.Cut(string(example), "// Output:\n")
	require.True(t, ok)
	var want []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimLeft(l, "\t")
		if !strings.HasPrefix(l, "//") {
			break
		}
		want = append(want, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
	}
	_, after, ok := strings.Cut(string(readme), "It prints:\n\n```\n")
	require.True(t, ok)
	got, _, ok := strings.Cut(after, "```")
	require.True(t, ok)
	require.Equal(t, strings.Join(want, "\n")+"\n", got)
}
