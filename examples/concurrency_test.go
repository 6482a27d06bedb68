package examples_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/examples/casebook"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/extradition/extraditiontest"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
	"github.com/treatyrules/cybercrime/preservation"
	"github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// goroutines is the number of goroutines that share each value.
const goroutines = 16

// shared holds the values many goroutines use at once; its answers method
// computes from them every kind of answer the library gives: decisions of
// each package, ledger queries, explanations as text and JSON, a case run.
// Run under -race, goroutines calling it on the same values show that the
// exported values are safe for concurrent use; comparing their answers with
// one computed alone shows that no answer depends on what else runs.
type shared struct {
	mlaR   mla.Request
	mlaP   mla.Profile
	mlaF   mla.Facts
	mlaS   mla.Response
	presR  preservation.Request
	presP  preservation.Profile
	presF  preservation.Facts
	presS  preservation.Response
	events preservation.Events
	extR   extradition.Request
	extP   extradition.Profile
	extF   extradition.Facts
	extS   extradition.Response
	extPr  extradition.Prepared
	confR  confiscation.Request
	confP  confiscation.Profile
	confF  confiscation.Facts
	ledger convention.Ledger
	hist   conventiontest.History
	on     convention.Date
	kase   []byte
}

func (s *shared) answers() []string {
	var out []string
	add := func(name string, v any, err error) {
		if err != nil {
			out = append(out, name+": error: "+err.Error())
			return
		}
		b, jerr := json.Marshal(v)
		if jerr != nil {
			out = append(out, name+": marshal: "+jerr.Error())
			return
		}
		out = append(out, name+": "+string(b))
	}
	d1, err := mla.Assess(s.mlaR, s.mlaP, s.mlaF)
	add("mla.Assess", d1, err)
	out = append(out, d1.String())
	d2, err := mla.Review(s.mlaR, s.mlaP, s.mlaF, s.mlaS)
	add("mla.Review", d2, err)
	d3, err := preservation.Assess(s.presR, s.presP, s.presF, s.on)
	add("preservation.Assess", d3, err)
	d4, err := preservation.Review(s.presR, s.presP, s.presF, s.presS)
	add("preservation.Review", d4, err)
	st, err := preservation.Obligation(s.events, s.on)
	add("preservation.Obligation", st, err)
	d5, err := s.extPr.Assess(s.extF)
	add("extradition.Prepared.Assess", d5, err)
	d6, err := s.extPr.Review(s.extF, s.extS)
	add("extradition.Prepared.Review", d6, err)
	d7, err := confiscation.Assess(s.confR, s.confP, s.confF)
	add("confiscation.Assess", d7, err)
	for _, p := range s.hist.Parties {
		out = append(out, p.ID.String()+" party: "+boolWord(s.ledger.IsParty(p.ID, s.on)))
		for _, q := range s.hist.Parties {
			out = append(out, p.ID.String()+"-"+q.ID.String()+": "+boolWord(s.ledger.InForceBetween(p.ID, q.ID, s.on)))
		}
	}
	if d, ok := s.ledger.EntryIntoForce(); ok {
		out = append(out, "in force from "+d.String())
	}
	r := casebook.Run("shared.json", s.kase)
	out = append(out, r.Answer.String())
	return out
}

func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// TestEveryExportedValueIsSafeForConcurrentUse shares requests, profiles,
// prepared requests, a ledger and a case among goroutines that decide,
// query and explain at once; each gets the answer one goroutine alone gets.
func TestEveryExportedValueIsSafeForConcurrentUse(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := &shared{
			mlaR: mlatest.Request().Draw(rt, "mlaR"), mlaP: mlatest.Profile().Draw(rt, "mlaP"),
			mlaF: mlatest.Facts().Draw(rt, "mlaF"), mlaS: mlatest.Response().Draw(rt, "mlaS"),
			presR: preservationtest.Request().Draw(rt, "presR"), presF: preservationtest.Facts().Draw(rt, "presF"),
			presS: preservationtest.Response().Draw(rt, "presS"), events: preservationtest.Events().Draw(rt, "events"),
			extR: extraditiontest.Request().Draw(rt, "extR"), extP: extraditiontest.Profile().Draw(rt, "extP"),
			extF:  extraditiontest.Facts().Draw(rt, "extF"),
			confR: confiscationtest.Request().Draw(rt, "confR"), confP: confiscationtest.Profile().Draw(rt, "confP"),
			confF: confiscationtest.Facts().Draw(rt, "confF"),
			hist:  conventiontest.HistoryOf(8, 1).Draw(rt, "hist"),
			on:    conventiontest.DateBetween(convention.MustDate("2020-01-01"), convention.MustDate("2040-12-31")).Draw(rt, "on"),
		}
		s.presP = preservationtest.Profile(s.presR.Requested).Draw(rt, "presP")
		s.extS = extradition.Response{Action: extradition.ActionRefuse, Consulted: true}
		var err error
		s.ledger, err = convention.NewLedger(s.hist.Parties)
		require.NoError(rt, err)
		for _, a := range s.hist.Actions {
			if l, err := s.ledger.Add(a); err == nil { // a real record has unlawful actions too; they are refused
				s.ledger = l
			}
		}
		s.extPr, err = extradition.Prepare(s.extR, s.extP)
		require.NoError(rt, err)
		s.kase = []byte(`{"id":"SHARED","title":"shared","text_version":"` + convention.TextVersion +
			`","question":"dates.months-after","facts":{"date":"` + s.on.String() + `","n":6}}`)

		want := s.answers()
		got := make([][]string, goroutines)
		var wg sync.WaitGroup
		for i := range got {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				got[i] = s.answers()
			}(i)
		}
		wg.Wait()
		for i := range got {
			assert.Equal(rt, want, got[i], "goroutine %d", i)
		}
	})
}
