package preservation_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
	pt "github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// lifecycle is a preservation order's life: effected, days passing, a
// request for search, seizure or disclosure received, a decision taken, the
// data released. The model counts days since preservation was effected
// (day 0 is the day of effect, the first of the ninety; days 0 to 89 are
// the ninety) and knows nothing of calendars.
type lifecycle struct {
	start  convention.Date
	events preservation.Events
	today  convention.Date

	// The model.
	day                         int  // days since the start; 0 = the day of effect
	received, counted, decided  bool // a request was received; while preserved; decided
	receivedDay                 int
	pending, released           bool
	releasedDay                 int
	lastDay                     int // last day (index) of the obligation so far
	releasedEarly, releasedOpen bool
}

// lastMandatory is the model's last day of the minimum of para. 7: the
// ninetieth day of preservation, the day of effect (day 0) the first.
const lastMandatory = 89

// within reports whether the model's day falls within the ninety days of
// preservation.
func (m *lifecycle) within() bool { return m.day <= lastMandatory }

// obliged is the model's rule of para. 7: the ninety days from the day of
// effect, and any day a request received while the data was preserved
// awaits decision.
func (m *lifecycle) obliged() bool { return m.within() || m.pending }

func (m *lifecycle) wait(t *rapid.T) {
	n := pt.Day().Draw(t, "wait")
	m.day += n
	m.today = m.today.AddDays(n)
}

func (m *lifecycle) receive(t *rapid.T) {
	if m.received {
		t.Skip("one request for search, seizure or disclosure")
	}
	m.received, m.receivedDay = true, m.day
	m.events.MLAReceived = m.today
	if !m.released {
		m.counted, m.pending = true, true
	}
}

func (m *lifecycle) decide(t *rapid.T) {
	if !m.received || m.decided {
		t.Skip("no request awaits decision")
	}
	if m.released && m.releasedDay == m.day {
		// Dates carry no time of day: the library reads a decision and a
		// release on the same day as decision first.
		t.Skip("released earlier today")
	}
	m.decided = true
	m.events.Decided = m.today
	if m.pending {
		// The decision frees the data from today.
		m.pending = false
		if m.day-1 > m.lastDay {
			m.lastDay = m.day - 1
		}
	}
}

func (m *lifecycle) release(t *rapid.T) {
	if m.released || m.day == 0 || m.received && m.receivedDay == m.day {
		t.Skip("already released, released on the start day, or a request arrived earlier today")
	}
	m.released, m.releasedDay = true, m.day
	m.events.Released = m.today
	m.releasedEarly = m.within()
	m.releasedOpen = m.pending
}

func (m *lifecycle) check(t *rapid.T) {
	s, err := preservation.Obligation(m.events, m.today)
	if err != nil {
		t.Fatalf("events %+v: %v", m.events, err)
	}
	want := convention.NoObligation
	if m.obliged() {
		want = convention.Obliged
	}
	if s.Outcome != want {
		t.Fatalf("day %d: got %s, model %s\n%s", m.day, s.Outcome, want, s)
	}
	if s.Pending != m.pending {
		t.Fatalf("day %d: pending %v, model %v\n%s", m.day, s.Pending, m.pending, s)
	}
	if !m.pending {
		last := m.start.AddDays(m.lastDay)
		if s.Until != last {
			t.Fatalf("day %d: until %s, model %s\n%s", m.day, s.Until, last, s)
		}
	}
	if got := s.Violations.Has(preservation.ViolationReleasedEarly); got != m.releasedEarly {
		t.Fatalf("released early: %v, model %v\n%s", got, m.releasedEarly, s)
	}
	if got := s.Violations.Has(preservation.ViolationReleasedPending); got != m.releasedOpen {
		t.Fatalf("released pending: %v, model %v\n%s", got, m.releasedOpen, s)
	}
	// The law: never free within the ninety days from the day of effect,
	// nor while a request received during preservation awaits
	// decision.
	if (m.day <= lastMandatory || m.pending) && s.Outcome != convention.Obliged {
		t.Fatalf("freed on day %d", m.day)
	}
}

func TestPreservationPara7Lifecycle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := pt.Date().Draw(t, "start")
		m := &lifecycle{start: start, today: start, events: preservation.Events{Started: start}, lastDay: lastMandatory}
		t.Repeat(map[string]func(*rapid.T){
			"wait":    m.wait,
			"receive": m.receive,
			"decide":  m.decide,
			"release": m.release,
			"":        m.check,
		})
	})
}
