// Command cases runs casebook cases: JSON files that state a question, its
// facts and the answer expected (see examples/casebook/FORMAT.md).
//
//	go run ./examples/cases examples/casebook/cases        # a folder, recursively
//	go run ./examples/cases my-case.json                   # a file
//	go run ./examples/cases - < my-case.json               # standard input
//	go run ./examples/cases -explain json my-case.json     # print the full decision as JSON
//
// Each case prints PASS or FAIL with the differences in legal words; a case
// without an expectation prints what the library says, so that its author
// can read the decision before writing what it should be. The last line is
// "N passed, N failed"; the exit status is 1 when any case failed or could
// not be read.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/treatyrules/cybercrime/examples/casebook"
)

func main() {
	explain := flag.String("explain", "", "print every decision's full explanation: text or json (cases without an expectation print it as text anyway)")
	questions := flag.Bool("questions", false, "list the questions a case may ask, and exit")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/cases [-explain text|json] [-questions] <file, folder or -> ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *questions {
		for _, q := range casebook.Questions() {
			doc, _ := casebook.QuestionDoc(q)
			fmt.Printf("%s\n    %s\n", q, doc)
		}
		return
	}
	if *explain != "" && *explain != "text" && *explain != "json" {
		fmt.Fprintln(os.Stderr, "cases: -explain takes text or json")
		os.Exit(2)
	}
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	failed, err := run(os.Stdout, os.Stdin, flag.Args(), *explain)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cases:", err)
		os.Exit(2)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// run runs the cases named by args and reports on w; it returns the number
// of cases that failed.
func run(w io.Writer, stdin io.Reader, args []string, explain string) (failed int, err error) {
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, a := range args {
		if a == "-" {
			b, err := io.ReadAll(io.LimitReader(stdin, maxFile+1))
			if err != nil {
				return 0, err
			}
			inputs = append(inputs, input{"<stdin>", b})
			continue
		}
		files, err := jsonFiles(a)
		if err != nil {
			return 0, err
		}
		for _, f := range files {
			b, err := readFile(f)
			if err != nil {
				return 0, err
			}
			inputs = append(inputs, input{f, b})
		}
	}
	passed := 0
	for _, in := range inputs {
		r := casebook.Run(in.name, in.data)
		report(w, r, explain)
		switch {
		case r.Failed():
			failed++
		case r.Passed():
			passed++
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed\n", passed, failed)
	return failed, nil
}

// maxFile bounds what is read of a case file: one byte more than a case
// may hold, so that a larger file is refused (casebook.MaxCaseBytes)
// without being read whole.
const maxFile = casebook.MaxCaseBytes

func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxFile+1))
}

// jsonFiles returns path itself, or the .json files under it, sorted.
func jsonFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func report(w io.Writer, r casebook.Result, explain string) {
	switch {
	case r.Err != nil:
		fmt.Fprintf(w, "FAIL  %s\n", strings.ReplaceAll(r.Err.Error(), "\n", "\n      "))
		return
	case r.Failed():
		fmt.Fprintf(w, "FAIL  %s  %s\n", r.Case.ID, r.Case.Title)
		for _, d := range r.Differences {
			fmt.Fprintf(w, "      - %s\n", d)
		}
	case r.Passed():
		fmt.Fprintf(w, "PASS  %s  %s\n", r.Case.ID, r.Case.Title)
	default:
		fmt.Fprintf(w, "ASKED %s  %s (no expectation; the library says:)\n", r.Case.ID, r.Case.Title)
		if explain == "" {
			explain = "text"
		}
	}
	switch explain {
	case "text":
		fmt.Fprint(w, indent(r.Answer.String()))
	case "json":
		b, err := casebook.ExplainJSON(r.Answer)
		if err != nil {
			fmt.Fprintf(w, "      (cannot render: %v)\n", err)
			return
		}
		fmt.Fprint(w, indent(string(b)+"\n"))
	}
}

// indent puts six spaces before every line of s.
func indent(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			b.WriteString("      " + l)
		}
	}
	return b.String()
}
