package casebook

import (
	"encoding/json"
	"sort"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/strictjson"
)

// question is one kind of question a case may ask: the facts it reads and
// how the library answers it.
type question struct {
	doc   string
	check func(facts json.RawMessage) error
	run   func(c Case) Answer
}

// ask declares a question whose facts decode into F.
func ask[F any](doc string, decide func(f F) Answer) question {
	return question{
		doc: doc,
		check: func(raw json.RawMessage) error {
			var f F
			return strictjson.Decode(raw, &f, "facts")
		},
		run: func(c Case) Answer {
			var f F
			if err := json.Unmarshal(c.Facts, &f); err != nil {
				return Answer{Problems: problemsOf(err)}
			}
			return decide(f)
		},
	}
}

// Questions returns the names of the questions a case may ask, sorted.
func Questions() []string {
	out := make([]string, 0, len(questions))
	for n := range questions {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// QuestionDoc returns what a question asks and the facts it reads.
func QuestionDoc(name string) (string, bool) {
	q, ok := questions[name]
	return q.doc, ok
}

// valid answers a validation question: no explanation, the problems found.
func valid(err error) Answer { return Answer{Problems: problemsOf(err)} }

func dateAnswer(d convention.Date, label string, cite convention.Citation) Answer {
	return Answer{Explanation: &convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
		Decision: label, Cite: cite, Date: d, DateLabel: label, Steps: []convention.Step{}}}
}

// questions are every question a case may ask, gathered from the parts of
// the text; read-only after initialisation.
var questions = gather(conventionQuestions, mlaQuestions, preservationQuestions, extraditionQuestions, confiscationQuestions, implementationQuestions)

func gather(parts ...map[string]question) map[string]question {
	out := map[string]question{}
	for _, p := range parts {
		for name, q := range p {
			if _, dup := out[name]; dup {
				panic("casebook: question " + name + " declared twice")
			}
			out[name] = q
		}
	}
	return out
}

func ptr[T any](v T) *T { return &v }
