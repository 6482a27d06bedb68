package implementation

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// The cycles of the review calendar, in years.
const (
	// YearsAnnual: the annual discussion on treaty implementation (Review
	// art., para. 2(c)).
	YearsAnnual = 1
	// YearsMidTerm: the mid-term review (Review art., para. 2(a)).
	YearsMidTerm = 5
	// YearsMinisterial: the high-level ministerial review (Review art.,
	// para. 2(b)).
	YearsMinisterial = 10
	// YearsReport: each party's report on the working of the Convention
	// (Information art., para. 1(a)).
	YearsReport = 5
)

// EventKind is a kind of event of the review calendar. The zero EventKind
// is EventUnknown.
type EventKind uint8

// The events, in the order of the text.
const (
	EventUnknown EventKind = iota
	// EventMidTermReview: the Commission's mid-term review of
	// implementation (Review art., para. 2(a)).
	EventMidTermReview
	// EventMinisterialReview: the high-level ministerial review of
	// implementation (Review art., para. 2(b)).
	EventMinisterialReview
	// EventAnnualDiscussion: the annual discussion on treaty implementation,
	// a standing item of the Commission's agenda (Review art., para. 2(c)).
	EventAnnualDiscussion
	// EventReport: a party's report on the working of the Convention in its
	// territory (Information art., para. 1(a)).
	EventReport
)

var eventTokens = tokens{"unknown", "mid-term-review", "ministerial-review", "annual-discussion", "report"}

// Cite returns the sub-paragraph providing for the event: Review art.,
// para. 2(a) to (c), or Information art., para. 1(a) for a report.
func (k EventKind) Cite() convention.Citation {
	switch {
	case k == EventReport:
		return point(info, 1, 'a')
	case k > EventUnknown && k < EventReport:
		return point(convention.ArtReview, 2, rune('a'+k-EventMidTermReview))
	}
	return convention.Citation{}
}

// String returns the kind's token, e.g. "mid-term-review".
func (k EventKind) String() string { return eventTokens.name("EventKind", int(k)) }

// MarshalText returns String's token.
func (k EventKind) MarshalText() ([]byte, error) { return eventTokens.marshal("EventKind", int(k)) }

// UnmarshalText accepts a token String returns.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := eventTokens.parse("event", b)
	*k = EventKind(v)
	return err
}

// Event is one event of the review calendar: its kind, its cycle (1 for the
// first), the party (for a report), the period the cycle covers and the day
// it falls due, the last day of that period.
type Event struct {
	Kind   EventKind          `json:"kind"`
	Cycle  int                `json:"cycle"`
	Party  convention.PartyID `json:"party,omitzero"`
	Period convention.Period  `json:"period"`
	Due    convention.Date    `json:"due"`
}

// String renders the event: "2008-09-28 mid-term-review 1 (Review art.,
// para. 2(a))".
func (e Event) String() string {
	s := e.Due.String() + " " + e.Kind.String() + " " + strconv.Itoa(e.Cycle)
	if !e.Party.IsZero() {
		s += " " + e.Party.String()
	}
	return s + " (" + e.Kind.Cite().String() + ")"
}

// Calendar is the review calendar of a ledger: the Commission's periodic
// reviews, counted from the Convention's entry into force, and each party's
// reports, counted from the Convention's entry into force for that party.
//
// Counting. Cycles follow the library's one rule for periods of years
// (convention.Anniversary): a cycle of n years from an origin O covers the
// days from AfterExpiryOfYears(O, n(k-1)) to ExpiryOfYears(O, nk), each
// anniversary counted from O itself, and falls due on its last day: the first annual discussion of a Convention in force on 29
// September 2003 falls due by 28 September 2004; the first report of a
// party for which it entered into force on 29 February 2028 falls due by
// 27 February 2033, since the fifth anniversary, clamped to 28 February, is
// the first day of the next cycle.
//
// Reading the periodic review (Review art., para. 2). The text sets no
// starting point; the calendar counts from the Convention's entry into
// force. It calls for a "Mid-Term Review of Implementation every five
// years" and a "High-Level Ministerial Review of Implementation to occur
// every ten years", and the calendar applies both as written: mid-term
// reviews fall due at the end of years 5, 10, 15, 20 ..., ministerial
// reviews at the end of years 10, 20, 30 ..., so that every tenth year both
// fall due. (The name "mid-term" suggests a review midway between
// ministerial reviews, as the Commission on Narcotic Drugs held in 2014
// between its ministerial declarations of 2009 and 2019; the text does not
// say so, and the registry's drafting note on Review art., para. 2 records
// the tension.) The annual discussion falls due once in each year of the
// Convention.
//
// Reading the party's report (Information art., para. 1(a)). "A report
// every five years on the working of the Convention within each of their
// territories": a party reports on the Convention's working for it, so its
// cycles run from the Convention's entry into force for it, not from the
// general entry into force; no report falls due once it has ceased to be a
// Party, and a State that accedes again after its denunciation took effect
// begins new cycles (numbered from 1) from its new entry into force.
//
// The calendar is the text's rhythm, for planning. Whether a report is owed,
// and by when, is the Commission's request: "in such manner and by such
// dates and use such forms as the Commission may request" (Information
// art., para. 2). A report cycle's "due" date is the cycle's last day, not a
// date the Commission set; History and Missed say whether a report was
// furnished within each cycle, not whether a duty was breached, which
// AssessChecklist judges against the Commission's requests.
//
// The zero Calendar has no entry into force and lists nothing.
type Calendar struct{ l convention.Ledger }

// NewCalendar returns the review calendar of the ledger l.
func NewCalendar(l convention.Ledger) Calendar { return Calendar{l} }

// series describes a recurring event: cycles of span years, each starting
// step years after the previous.
type series struct {
	kind       EventKind
	span, step int
}

var commissionSeries = [...]series{
	{EventMidTermReview, YearsMidTerm, YearsMidTerm},
	{EventMinisterialReview, YearsMinisterial, YearsMinisterial},
	{EventAnnualDiscussion, YearsAnnual, YearsAnnual},
}

// window returns cycle k of s from origin.
func (s series) window(origin convention.Date, k int) convention.Period {
	return convention.Period{
		Start: convention.AfterExpiryOfYears(origin, s.step*(k-1)),
		End:   convention.ExpiryOfYears(origin, s.step*(k-1)+s.span),
	}
}

// each yields the cycles of s from origin that fall due in p, and stops when
// keep returns false.
func (s series) each(origin convention.Date, p convention.Period, keep func(Event) bool) {
	// Skip the cycles that end years before p: for k = y/step, cycle k-1
	// ends in a year before p's.
	k := 1
	if y := p.Start.Year() - origin.Year() - s.span - 1; y > s.step {
		k = y / s.step
	}
	for ; ; k++ {
		w := s.window(origin, k)
		if w.End.IsZero() || w.End.After(p.End) {
			return
		}
		if w.End.Before(p.Start) {
			continue
		}
		if !keep(Event{Kind: s.kind, Cycle: k, Period: w, Due: w.End}) {
			return
		}
	}
}

func checkPeriod(p convention.Period, c convention.Citation) convention.Problems {
	if p.Start.IsZero() || p.End.IsZero() || p.End.Before(p.Start) {
		return convention.Problems{{Field: "Period", Cite: c, Err: convention.ErrInvalid,
			Detail: "a closed period, start on or before end"}}
	}
	return nil
}

func sortEvents(es []Event) {
	slices.SortFunc(es, func(a, b Event) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return a.Party.Compare(b.Party)
	})
}

// Commission returns the Commission's reviews and annual discussions that
// fall due within p, both ends included, sorted by due date and kind
// (Review art., para. 2). It lists nothing while the Convention is not in
// force. The error is a Problem when p is not a closed period.
func (c Calendar) Commission(p convention.Period) ([]Event, error) {
	if ps := checkPeriod(p, cite(convention.ArtReview, 2)); ps != nil {
		return nil, ps
	}
	out := []Event{}
	eif, ok := c.l.EntryIntoForce()
	if !ok {
		return out, nil
	}
	for _, s := range commissionSeries {
		s.each(eif, p, func(e Event) bool { out = append(out, e); return true })
	}
	sortEvents(out)
	return out, nil
}

var (
	reportSeries = series{EventReport, YearsReport, YearsReport}
	always       = convention.Period{Start: convention.MustDate("0001-01-01"), End: convention.MustDate("9999-12-31")}
)

// partyReports yields the party's report cycles due within p while it is a
// Party on the due date, participation by participation: a State that
// acceded again after its denunciation took effect reports on the
// Convention's working for it from its new entry into force.
func (c Calendar) partyReports(party convention.PartyID, p convention.Period, keep func(Event) bool) {
	for i := 0; ; i++ {
		pt, ok := c.l.Participation(party, i)
		if !ok {
			return
		}
		if pt.InForce.IsZero() {
			continue
		}
		more := true
		reportSeries.each(pt.InForce, p, func(e Event) bool {
			if !pt.Ceased.IsZero() && !e.Due.Before(pt.Ceased) {
				return false
			}
			e.Party = party
			more = keep(e)
			return more
		})
		if !more {
			return
		}
	}
}

// Reports returns party's reports falling due within p (Information art.,
// para. 1(a)), sorted by due date. The error is a Problem when p is not a
// closed period or the ledger does not know the party.
func (c Calendar) Reports(party convention.PartyID, p convention.Period) ([]Event, error) {
	if ps := checkPeriod(p, point(info, 1, 'a')); ps != nil {
		return nil, ps
	}
	if err := c.l.Known(party); err != nil {
		return nil, err
	}
	out := []Event{}
	c.partyReports(party, p, func(e Event) bool { out = append(out, e); return true })
	return out, nil
}

// Due returns everything falling due within p: the Commission's reviews and
// discussions and every party's reports, sorted by due date, kind and
// party.
func (c Calendar) Due(p convention.Period) ([]Event, error) {
	out, err := c.Commission(p)
	if err != nil {
		return nil, err
	}
	for _, party := range c.l.Parties() {
		c.partyReports(party.ID, p, func(e Event) bool { out = append(out, e); return true })
	}
	sortEvents(out)
	return out, nil
}

// ReportState is the state of one report cycle of a party on a date. The
// zero ReportState is ReportUnknown.
type ReportState uint8

// The states of a report cycle.
const (
	ReportUnknown ReportState = iota
	// ReportOpen: the cycle has begun and its due date has not passed.
	ReportOpen
	// ReportFiled: a report was furnished within the cycle.
	ReportFiled
	// ReportLate: a report was furnished after the cycle's due date.
	ReportLate
	// ReportMissed: the due date has passed and no report was furnished.
	ReportMissed
)

var reportTokens = tokens{"unknown", "open", "filed", "late", "missed"}

// String returns the state's token.
func (s ReportState) String() string { return reportTokens.name("ReportState", int(s)) }

// MarshalText returns String's token.
func (s ReportState) MarshalText() ([]byte, error) {
	return reportTokens.marshal("ReportState", int(s))
}

// ReportCycle is a report cycle of a party and its state on a date, with
// the date of the report counted for it.
type ReportCycle struct {
	Event
	State ReportState     `json:"state"`
	Filed convention.Date `json:"filed,omitzero"`
}

// walk yields the party's report cycles begun by asOf, matched with the
// reports filed (ascending; those after asOf ignored). Each report counts
// for one cycle: the earliest cycle still unmatched whose period began on
// or before it. A report within the cycle is filed on time; a report after
// the due date counts, late, for the earliest unmatched cycle; a second
// report within one cycle counts for none. It allocates nothing.
func (c Calendar) walk(party convention.PartyID, filed []convention.Date, asOf convention.Date, yield func(ReportCycle) bool) {
	i := 0
	c.partyReports(party, always, func(e Event) bool {
		if e.Period.Start.After(asOf) {
			return false
		}
		for i < len(filed) && filed[i].Before(e.Period.Start) {
			i++
		}
		rc := ReportCycle{Event: e}
		switch {
		case i < len(filed) && !filed[i].After(e.Due) && !filed[i].After(asOf):
			rc.State, rc.Filed = ReportFiled, filed[i]
			i++
		case !e.Due.Before(asOf):
			rc.State = ReportOpen
		case i < len(filed) && !filed[i].After(asOf):
			rc.State, rc.Filed = ReportLate, filed[i]
			i++
		default:
			rc.State = ReportMissed
		}
		return yield(rc)
	})
}

// History returns party's report cycles begun by asOf and the state of
// each, given the dates on which it furnished reports (Information art.,
// para. 1(a)), in cycle order. A cycle whose due date is asOf is still
// open. See walk for how reports are matched with cycles. The error is a
// Problem when a date is missing or the ledger does not know the party.
func (c Calendar) History(party convention.PartyID, filed []convention.Date, asOf convention.Date) ([]ReportCycle, error) {
	if ps := checkDates(filed, asOf); ps != nil {
		return nil, ps
	}
	if err := c.l.Known(party); err != nil {
		return nil, err
	}
	sorted := slices.Clone(filed)
	slices.SortFunc(sorted, convention.Date.Compare)
	out := []ReportCycle{}
	c.walk(party, sorted, asOf, func(rc ReportCycle) bool { out = append(out, rc); return true })
	return out, nil
}

// Missed returns the report cycles party has missed by asOf: due before
// asOf, with no report counted for them.
func (c Calendar) Missed(party convention.PartyID, filed []convention.Date, asOf convention.Date) ([]Event, error) {
	h, err := c.History(party, filed, asOf)
	if err != nil {
		return nil, err
	}
	out := []Event{}
	for _, rc := range h {
		if rc.State == ReportMissed {
			out = append(out, rc.Event)
		}
	}
	return out, nil
}

func checkDates(filed []convention.Date, asOf convention.Date) convention.Problems {
	var ps convention.Problems
	if asOf.IsZero() {
		ps = append(ps, convention.Problem{Field: "asOf", Cite: point(info, 1, 'a'), Err: convention.ErrMissing})
	}
	for i, d := range filed {
		if d.IsZero() {
			ps = append(ps, convention.Problem{Field: fmt.Sprintf("Reports[%d]", i), Cite: point(info, 1, 'a'), Err: convention.ErrMissing})
			break
		}
	}
	return ps
}
