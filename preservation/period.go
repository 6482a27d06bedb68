package preservation

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// MinimumDays is the minimum period of preservation, in days (para. 7: "a
// period not less than ninety days").
const MinimumDays = 90

// MinimumEnd returns the last day of the ninety-day minimum of para. 7 for
// preservation effected on started: started.AddDays(89), the ninetieth day
// of preservation. Counting rule: the day preservation is effected is the
// first of the ninety days, since the data is preserved on it; the period
// of preservation is the convention.Period from started through its last
// day, both included, and its length is Period.Days. So the shortest lawful
// period is {started, MinimumEnd(started)}, of exactly ninety days, and the
// data may be released (absent a pending request) from started.AddDays(90).
// 1 March gives 29 May (31 + 30 + 29 days); 2026-11-26 gives 2027-02-23;
// 2027-12-01 gives 2028-02-28 and 2027-12-02 gives 2028-02-29; 2028-02-29
// gives 2028-05-28. The zero Date gives the zero Date.
//
// Why this reading. Para. 7 does not set a time limit running from an event
// ("the ninetieth day after" a deposit, which does not count the day of
// the deposit); it says how long the preservation itself lasts: "Any
// preservation effected ... shall be for a period not less than ninety
// days". A preservation effected on 1 March and kept through 29 May has
// been in place on ninety calendar days, and a case system that stores the
// period as a convention.Period counts it as ninety; the library counts it
// the same way everywhere (MinimumEnd, Review, Obligation). A State that
// wants ninety periods of twenty-four hours keeps the data a day longer:
// "not less than" makes releasing later always lawful.
func MinimumEnd(started convention.Date) convention.Date {
	return started.AddDays(MinimumDays - 1)
}

// beyondDates explains why a start too close to 9999-12-31 is rejected.
const beyondDates = "the ninety days would end after 9999-12-31, beyond the dates the library handles"

// Events are the dated events of one preservation, from the requested
// State's records (para. 7). Dates carry no time of day.
//
// The zero Events has nothing and fails Validate (Started is missing).
type Events struct {
	// Started is the day preservation was effected in response to the
	// request, the first of the ninety days, which run through
	// MinimumEnd(Started) = Started + 89 days.
	Started convention.Date `json:"started"`
	// MLAReceived is the day the requested State received the request for
	// the search or similar access, seizure or similar securing, or
	// disclosure of the data; zero if none has been received.
	MLAReceived convention.Date `json:"mla_received,omitzero"`
	// MLARef identifies that request, for the record; optional.
	MLARef convention.RequestRef `json:"mla_ref,omitempty"`
	// Decided is the day a decision was taken on that request; zero while
	// none has been.
	Decided convention.Date `json:"decided,omitzero"`
	// Released is the first day on which the data was no longer preserved;
	// zero while it is preserved. It is after Started. A request received on
	// the day of release counts as received after it.
	Released convention.Date `json:"released,omitzero"`
}

// eventChecks are the consistency rules of Events, all under para. 7.
var eventChecks = []rules.Check[Events]{
	// Para. 7: "a period not less than ninety days" is the period of the
	// preservation "effected in response to the request", from the day it is
	// effected.
	{Cite: pcite(7), Field: "Started", Quote: "Any preservation effected in response to the request",
		Test: func(e Events) (string, error) {
			switch {
			case e.Started.IsZero():
				return "the day preservation was effected", convention.ErrMissing
			case MinimumEnd(e.Started).IsZero():
				return beyondDates, convention.ErrInvalid
			}
			return "", nil
		}},
	// Para. 7: "Following receipt of such a request".
	{Cite: pcite(7), Field: "MLAReceived", Quote: "Following receipt of such a request",
		Test: func(e Events) (string, error) {
			if e.MLAReceived.IsZero() && e.MLARef != "" {
				return "a request reference without the day it was received", convention.ErrMissing
			}
			return "", nil
		}},
	// Para. 7: "pending a decision on that request".
	{Cite: pcite(7), Field: "Decided", Quote: "pending a decision on that request",
		Test: func(e Events) (string, error) {
			switch {
			case e.Decided.IsZero():
			case e.MLAReceived.IsZero():
				return "a decision without a request for search, seizure or disclosure", convention.ErrInconsistent
			case e.Decided.Before(e.MLAReceived):
				return "the decision precedes the receipt of the request", convention.ErrInconsistent
			}
			return "", nil
		}},
	// Para. 7: "the data shall continue to be preserved": release ends a
	// preservation that began on Started.
	{Cite: pcite(7), Field: "Released", Quote: "the data shall continue to be preserved",
		Test: func(e Events) (string, error) {
			if !e.Released.IsZero() && !e.Started.IsZero() && !e.Released.After(e.Started) {
				return "the data is released after the day preservation was effected", convention.ErrInconsistent
			}
			return "", nil
		}},
}

// Validate reports every missing or inconsistent event, citing para. 7;
// nil when the events are consistent.
func (e Events) Validate() error { return rules.Run(e, eventChecks).Err() }

// Status says whether, on day AsOf, the data must still be preserved under
// para. 7, and until when, from the events known on that day.
//
// Outcomes (Status.Outcome):
//   - Obliged: the data must be preserved on AsOf. Until is the last day of
//     the obligation as things stand, or zero with Pending set when it runs
//     until a decision on the request for search, seizure or disclosure.
//   - NoObligation: para. 7 no longer requires preservation; Until is the
//     last day it did. The State may release the data or keep it.
//   - NotApplicable: AsOf is before preservation was effected.
//
// Violations record a release made while the obligation ran. The zero
// Status has OutcomeUnknown.
type Status struct {
	convention.Result[Term]
	// AsOf is the day asked about.
	AsOf convention.Date
	// Started is the day preservation was effected; MinimumEnd the last day
	// of the ninety days (MinimumEnd(Started)).
	Started, MinimumEnd convention.Date
	// Until is the last day the data must be preserved: a future or present
	// day when Obliged, a past day when NoObligation; zero when Pending or
	// NotApplicable.
	Until convention.Date
	// Pending is set when the obligation runs until a decision on the
	// request received on MLAReceived (open-ended).
	Pending bool
	// MLAReceived is the day the request for search, seizure or disclosure
	// was received while the data was preserved, if on or before AsOf; zero
	// otherwise. Decided is the day of the decision on it, if on or before
	// AsOf.
	MLAReceived, Decided convention.Date
	// Released is the first day the data was no longer preserved, if on or
	// before AsOf.
	Released convention.Date
}

// Obligation says whether the data must still be preserved on asOf, and
// until when (para. 7), from the events on or before asOf; later events are
// not yet known on asOf and are ignored.
//
// The rule: the data must be preserved for the ninety days that begin on
// Started (through MinimumEnd, Started + 89 days); and once a request for
// search, seizure or disclosure is received, until a decision on it is
// taken, however long that is. The obligation ends on the day before the
// first day on which neither holds; a decision taken on day D frees the
// data from D.
//
// A request received after the ninety days ended, while the data is still
// actually preserved (not yet released), revives the obligation: "Following
// receipt of such a request, the data shall continue to be preserved
// pending a decision on that request" sets no time limit, and "continue"
// requires only that the data be still preserved. A request received on or
// after the day of release finds nothing to continue.
//
// The error is only the Problems of e, and a missing asOf. Obligation
// allocates nothing.
func Obligation(e Events, asOf convention.Date) (Status, error) {
	ps := rules.Run(e, eventChecks)
	if asOf.IsZero() {
		ps = append(ps, convention.Problem{Field: "asOf", Cite: pcite(7), Err: convention.ErrMissing, Detail: "the day asked about"})
	}
	if len(ps) > 0 {
		ps.Sort()
		return Status{}, ps
	}
	return obligation(e, asOf), nil
}

// known returns d when it is on or before asOf, and the zero Date otherwise.
func known(d, asOf convention.Date) convention.Date {
	if d.After(asOf) {
		return convention.Date{}
	}
	return d
}

func obligation(e Events, asOf convention.Date) Status {
	s := Status{AsOf: asOf, Started: e.Started, MinimumEnd: MinimumEnd(e.Started)}
	s.Cite = pcite(7)
	if asOf.Before(e.Started) {
		s.Outcome = convention.NotApplicable
		return s
	}
	s.Released = known(e.Released, asOf)
	received := known(e.MLAReceived, asOf)
	// A request received on or after the day of release finds nothing to
	// continue.
	if !received.IsZero() && !e.Released.IsZero() && !received.Before(e.Released) {
		received = convention.Date{}
	}
	decided := convention.Date{}
	if !received.IsZero() {
		decided = known(e.Decided, asOf)
	}
	s.MLAReceived, s.Decided = received, decided

	running := decide.TestBool(&s.Result, TestMinimumRunning, !asOf.After(s.MinimumEnd))
	if decide.TestBool(&s.Result, TestRequestReceived, !received.IsZero()) {
		decide.TestBool(&s.Result, TestDecisionTaken, !decided.IsZero())
	}
	pending := !received.IsZero() && decided.IsZero()

	// The last day of the obligation as known on asOf.
	s.Until = s.MinimumEnd
	if !decided.IsZero() && decided.After(s.MinimumEnd) {
		s.Until = decided.AddDays(-1)
	}
	switch {
	case pending:
		s.Outcome, s.Pending, s.Until = convention.Obliged, true, convention.Date{}
		s.Duties = s.Duties.With(DutyPreservePending)
		if running {
			s.Duties = s.Duties.With(DutyPreserveMinimum)
		}
	case !asOf.After(s.Until):
		s.Outcome = convention.Obliged
		s.Duties = s.Duties.With(DutyPreserveMinimum)
	default:
		s.Outcome = convention.NoObligation
	}

	// A release made while the obligation ran.
	if !s.Released.IsZero() {
		if !s.Released.After(s.MinimumEnd) {
			s.Violations = s.Violations.With(ViolationReleasedEarly)
		}
		if !received.IsZero() && (decided.IsZero() || decided.After(s.Released)) {
			s.Violations = s.Violations.With(ViolationReleasedPending)
		}
	}
	return s
}

// ReleaseFrom returns the first day on which para. 7 no longer requires the
// data to be preserved, as known on AsOf: Until + 1 day; zero while Pending
// or when the status is NotApplicable or zero.
func (s Status) ReleaseFrom() convention.Date {
	if s.Until.IsZero() || s.Pending {
		return convention.Date{}
	}
	return s.Until.AddDays(1)
}

// Summary says in plain words whether the data must be preserved on AsOf,
// and until when: the first lines of String.
func (s Status) Summary() string {
	var b strings.Builder
	p7 := pcite(7)
	switch s.Outcome {
	case convention.NotApplicable:
		fmt.Fprintf(&b, "NOT YET PRESERVED on %s: preservation is effected on %s; from then keep the data at least through %s inclusive (%s).\n",
			s.AsOf, s.Started, s.MinimumEnd, p7)
	case convention.Obliged:
		if s.Pending {
			fmt.Fprintf(&b, "MUST PRESERVE on %s, with no end date: until a decision is taken on the request for search, seizure or disclosure received on %s", s.AsOf, s.MLAReceived)
			if !s.AsOf.After(s.MinimumEnd) {
				fmt.Fprintf(&b, ", and in any case through %s inclusive", s.MinimumEnd)
			}
			fmt.Fprintf(&b, " (%s).\n", p7)
			break
		}
		fmt.Fprintf(&b, "MUST PRESERVE on %s, through %s inclusive; may release from %s (%s: the ninety days from %s, that day included).\n",
			s.AsOf, s.Until, s.ReleaseFrom(), p7, s.Started)
		if s.MLAReceived.IsZero() {
			b.WriteString("If a request for search, seizure or disclosure is received before release, keep the data until a decision on it.\n")
		}
	case convention.NoObligation:
		fmt.Fprintf(&b, "NO LONGER REQUIRED on %s: the obligation to preserve ended on %s (%s: ", s.AsOf, s.Until, p7)
		if !s.Decided.IsZero() {
			fmt.Fprintf(&b, "the ninety days from %s, that day included, and a decision on the request received on %s was taken on %s).\n", s.Started, s.MLAReceived, s.Decided)
		} else {
			fmt.Fprintf(&b, "the ninety days from %s, that day included, and no request for search, seizure or disclosure was received while the data was preserved).\n", s.Started)
		}
		if s.Released.IsZero() && s.Decided.IsZero() {
			b.WriteString("If such a request is received while the data is still preserved, keep it until a decision on that request.\n")
		}
	default:
		b.WriteString("NO STATUS.\n")
	}
	if !s.Released.IsZero() {
		fmt.Fprintf(&b, "Released on %s.\n", s.Released)
	}
	for _, v := range s.Violations.Slice() {
		fmt.Fprintf(&b, "VIOLATION (%s): %s\n", v.Cite(), v.Describe().Text)
	}
	return b.String()
}

// Explain renders the status as data: its Date is Until, the last day of
// the obligation as known on AsOf (none while Pending), and its named
// values are "started",
// "minimum-end" (the last of the ninety days), "pending" ("yes" while the
// obligation runs until a decision on a request for search, seizure or
// disclosure, "no" otherwise), "last-day" (Until) and "release-from"
// (ReleaseFrom), each where known.
func (s Status) Explain() convention.Explanation {
	e := s.Result.Explain()
	e.Decision = "preservation period on " + s.AsOf.String()
	if !s.Until.IsZero() {
		e.Date, e.DateLabel = s.Until, "last day of the obligation"
	}
	if s.Outcome != convention.OutcomeUnknown {
		p7 := pcite(7)
		e.AddValue("started", p7, s.Started.String())
		e.AddValue("minimum-end", p7, s.MinimumEnd.String())
		pending := "no"
		if s.Pending {
			pending = "yes"
		}
		if s.Outcome != convention.NotApplicable {
			e.AddValue("pending", p7, pending)
		}
		e.AddValue("last-day", p7, s.Until.String())
		e.AddValue("release-from", p7, s.ReleaseFrom().String())
	}
	switch {
	case s.Pending:
		e.Notes = append(e.Notes, "preserve until a decision on the request received on "+s.MLAReceived.String())
	case !s.Until.IsZero():
		e.Notes = append(e.Notes, "last day of the obligation: "+s.Until.String())
	}
	return e
}

// String renders Summary, then the explanation.
func (s Status) String() string { return s.Summary() + s.Explain().String() }

// MarshalJSON renders the status as its Explanation.
func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(s.Explain()) }
