package casebook

import (
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/implementation"
)

type (
	calendarFacts struct {
		Ledger ledgerRecord      `json:"ledger"`
		Period convention.Period `json:"period"`
	}
	reportFacts struct {
		Ledger ledgerRecord       `json:"ledger"`
		Party  convention.PartyID `json:"party"`
		Filed  []convention.Date  `json:"filed,omitempty"`
		AsOf   convention.Date    `json:"as_of"`
	}
	checklistFacts struct {
		Ledger    ledgerRecord                    `json:"ledger"`
		Checklist implementation.Checklist        `json:"checklist"`
		Facts     implementation.InformationFacts `json:"facts"`
		AsOf      convention.Date                 `json:"as_of"`
	}
	reviewFacts struct {
		Decision implementation.CommissionDecision `json:"decision"`
		AsOf     convention.Date                   `json:"as_of"`
	}
	selfFacts struct {
		Assessment implementation.Assessment `json:"assessment"`
	}
)

// eventName names an event among a calendar's values: "mid-term-review 1",
// "report 2".
func eventName(e implementation.Event) string { return e.Kind.String() + " " + strconv.Itoa(e.Cycle) }

var implementationQuestions = map[string]question{
	"implementation.calendar": ask("The Commission's periodic reviews falling due within a period, counted from the Convention's entry into force (Review art., para. 2(a)-(c)): facts ledger, period {start, end}. Values: events (how many), and each event by kind and cycle (\"mid-term-review 1\") with the last day of its cycle. Date: the first event's.",
		func(f calendarFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				es, err := implementation.NewCalendar(l).Commission(f.Period)
				if err != nil {
					return valid(err)
				}
				c := convention.Cite(convention.ArtReview, 2)
				e := convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
					Decision: "the Commission's periodic review", Cite: c, Steps: []convention.Step{}}
				if len(es) > 0 {
					e.Date, e.DateLabel = es[0].Due, "first due by"
				}
				e.AddValue("events", c, strconv.Itoa(len(es)))
				for _, ev := range es {
					e.AddValue(eventName(ev), ev.Kind.Cite(), ev.Due.String())
				}
				return Answer{Explanation: &e}
			})
		}),
	"implementation.reports": ask("A party's five-yearly report cycles on a date, counted from the Convention's entry into force for it, and whether a report was furnished within each (Information art., para. 1(a)); the rhythm of the text, for planning: whether a duty was breached is implementation.checklist's question: facts ledger, party, filed (the dates reports were furnished), as_of. Values: cycles, missed, and each cycle (\"report 1\"; \"report 1 of participation 2\" once a State that denounced accedes again) as its state (open, filed, late, missed) and its last day. Date: the last day of the open cycle.",
		func(f reportFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				h, err := implementation.NewCalendar(l).History(f.Party, f.Filed, f.AsOf)
				if err != nil {
					return valid(err)
				}
				c := convention.CitePoint(convention.ArtInformation, 1, 'a')
				e := convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
					Decision: "reports of " + f.Party.String(), Cite: c, Steps: []convention.Step{}}
				missed, participation, last := 0, 1, 0
				e.AddValue("cycles", c, strconv.Itoa(len(h)))
				for _, rc := range h {
					// A State that acceded again after its denunciation took
					// effect begins new cycles, numbered from 1.
					if rc.Cycle <= last {
						participation++
					}
					last = rc.Cycle
					name := eventName(rc.Event)
					if participation > 1 {
						name += " of participation " + strconv.Itoa(participation)
					}
					v := []string{rc.State.String(), "due " + rc.Due.String()}
					if !rc.Filed.IsZero() {
						v = append(v, "filed "+rc.Filed.String())
					}
					e.AddValue(name, c, strings.Join(v, ", "))
					switch rc.State {
					case implementation.ReportMissed:
						missed++
					case implementation.ReportOpen:
						e.Date, e.DateLabel = rc.Due, "open cycle ends"
					}
				}
				e.AddValue("missed", c, strconv.Itoa(missed))
				return Answer{Explanation: &e}
			})
		}),
	"implementation.checklist": ask("The information a State Party has been asked for and has furnished, against its duties (Information art., paras. 1-2; Functions art., para. 3; Confiscation art., para. 5): facts ledger, checklist {party, requests, furnished, confiscation_laws}, facts {laws_promulgated, confiscation_laws, confiscation_laws_changed}, as_of. Values: overdue, late, pending, first-overdue.",
		func(f checklistFacts) Answer {
			return withLedger(f.Ledger, func(l convention.Ledger) Answer {
				r, err := implementation.AssessChecklist(l, f.Checklist, f.Facts, f.AsOf)
				if err != nil {
					return valid(err)
				}
				e := r.Explain()
				c := convention.Cite(convention.ArtInformation, 2)
				e.AddValue("overdue", c, strconv.Itoa(r.Overdue))
				e.AddValue("late", c, strconv.Itoa(r.Late))
				e.AddValue("pending", c, strconv.Itoa(r.Pending))
				if !r.FirstOverdue.IsZero() {
					e.AddValue("first-overdue", c, r.FirstOverdue.String())
				}
				return Answer{Explanation: &e}
			})
		}),
	"implementation.review-decision": ask("How a decision or recommendation of the Commission stands on a date, after approval or modification by the Council or the General Assembly (Review art., para. 1): facts decision {ref, recommendation, adopted, reviews [{by, act, date, ref}]}, as_of. Values: act, by, date, ref, council-after.",
		func(f reviewFacts) Answer {
			s, err := implementation.ReviewDecision(f.Decision, f.AsOf)
			return answerOf(s.Explain(), err)
		}),
	"implementation.self-assess": ask("A State's self-assessment against the obligations of the Technical Assistance, Preventive Measures and Mechanism chapters (Implementation art., para. 1): facts assessment {party, has, not_required}. Duties: the binding obligations; violations: those it lacks. Values: excused, may-choose, has.",
		func(f selfFacts) Answer {
			r, err := implementation.SelfAssess(f.Assessment)
			return answerOf(r.Explain(), err)
		}),
}
