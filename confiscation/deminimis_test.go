package confiscation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
)

func money(s string) convention.Money { return convention.MustMoney(s) }

func valued(values ...string) []confiscation.Property {
	out := make([]confiscation.Property, len(values))
	for i, v := range values {
		out[i] = confiscation.Property{Description: "item", Value: convention.Money{}}
		if v != "" {
			out[i].Value = money(v)
		}
	}
	return out
}

func rate(cur, v string) confiscation.Rate {
	return confiscation.Rate{Currency: convention.MustCurrency(cur), Value: decimal.RequireFromString(v)}
}

// Para. 7: "if the property is of a de minimis value". By the State's own
// threshold, the property is of a de minimis value when the total estimated
// value of all its items is below the threshold: a total equal to the
// threshold is not below it (the exception to the duties of paras. 1 and 2
// is read narrowly), whatever the number of decimals written.
func TestPara7DeMinimisThresholdBoundary(t *testing.T) {
	th := confiscation.Threshold{Amount: money("EUR 1000")}
	for _, c := range []struct {
		name   string
		values []string
		want   convention.Judgement
	}{
		{"one cent below", []string{"EUR 999.99"}, y},
		{"equal", []string{"EUR 1000.00"}, n},
		{"equal, more decimals", []string{"EUR 1000.0000"}, n},
		{"one cent above", []string{"EUR 1000.01"}, n},
		{"items together below", []string{"EUR 600", "EUR 399.99"}, y},
		{"items together equal", []string{"EUR 600", "EUR 400"}, n},
		{"an item without value, the others below", []string{"EUR 300", ""}, convention.Unassessed},
		{"an item without value, the others already reach it", []string{"EUR 1200", ""}, n},
		{"no item valued", []string{"", ""}, convention.Unassessed},
		{"no item", nil, convention.Unassessed},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := th.DeMinimis(valued(c.values...))
			require.NoError(t, err)
			assert.Equal(t, c.want, got, "\"of a de minimis value\": below the threshold, not equal to it")
		})
	}
	got, err := confiscation.Threshold{}.DeMinimis(valued("EUR 1"))
	require.NoError(t, err)
	assert.Equal(t, convention.Unassessed, got, "no threshold: the State's judgement alone answers")
}

// Amounts in different currencies are never compared without a rate: the
// threshold gives the rate the State applies, and the conversion is exact.
func TestPara7DeMinimisThresholdCurrencies(t *testing.T) {
	th := confiscation.Threshold{Amount: money("EUR 1000"), Rates: []confiscation.Rate{rate("USD", "0.92")}}
	got, err := th.DeMinimis(valued("USD 1086.95"))
	require.NoError(t, err)
	assert.Equal(t, y, got, "USD 1086.95 × 0.92 = EUR 999.994")
	got, err = th.DeMinimis(valued("USD 1086.9566"))
	require.NoError(t, err)
	assert.Equal(t, n, got, "USD 1086.9566 × 0.92 = EUR 1000.000072: exact, never rounded down")
	got, err = th.DeMinimis(valued("USD 500", "EUR 539.99"))
	require.NoError(t, err)
	assert.Equal(t, y, got, "EUR 460 + EUR 539.99")

	_, err = th.DeMinimis(valued("KES 5000"))
	require.Error(t, err)
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, cite(7), ps[0].Cite)
	assert.Equal(t, "Property[0].Value", ps[0].Field)
	assert.Contains(t, ps[0].Detail, "no rate for KES")
}

// Through Prepare, Assess and Review: a value the threshold cannot compare
// is an error citing para. 7; a threshold that answers makes the ground
// available or not; the State's own judgement, once assessed, prevails.
func TestPara7DeMinimisThresholdInDecisions(t *testing.T) {
	r := baseRequest() // EUR 412000.00
	p := baseProfile()
	f := baseFacts()
	f.DeMinimisValue = convention.Unassessed

	p.DeMinimis = confiscation.Threshold{Amount: money("KES 1000")}
	_, err := confiscation.Prepare(r, p)
	assert.ErrorIs(t, err, convention.ErrInconsistent, "EUR value, KES threshold, no rate")
	_, err = confiscation.Assess(r, p, f)
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	_, err = confiscation.Review(r, p, f, refusal(confiscation.GroundDeMinimisValue))
	assert.ErrorIs(t, err, convention.ErrInconsistent)

	p.DeMinimis = confiscation.Threshold{Amount: money("EUR 500000")}
	dec := mustAssess(t, r, p, f)
	assert.True(t, dec.Available.Has(confiscation.GroundDeMinimisValue), "EUR 412000.00 below EUR 500000\n%s", dec)
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	assert.Contains(t, dec.String(), "by the requested State's threshold: the total estimated value, EUR 412000, is below the de minimis threshold EUR 500000")
	assert.Equal(t, convention.Lawful, mustReview(t, r, p, f, lifting(true, confiscation.GroundDeMinimisValue)).Outcome)

	p.DeMinimis = confiscation.Threshold{Amount: money("EUR 412000")}
	dec = mustAssess(t, r, p, f)
	assert.False(t, dec.Available.Has(confiscation.GroundDeMinimisValue), "equal to the threshold\n%s", dec)
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.False(t, dec.Needed.Has(confiscation.TestDeMinimisValue), "the threshold answered")
	assert.Contains(t, dec.String(), "is not below the de minimis threshold EUR 412000 (a value equal to it is not below it)")

	// The State's own judgement prevails over the threshold, both ways.
	f.DeMinimisValue = y
	dec = mustAssess(t, r, p, f)
	assert.True(t, dec.Available.Has(confiscation.GroundDeMinimisValue), "judged de minimis above the threshold")
	assert.Contains(t, dec.String(), "the requested State's own judgement, which prevails over its threshold")
	p.DeMinimis = confiscation.Threshold{Amount: money("EUR 500000")}
	f.DeMinimisValue = n
	dec = mustAssess(t, r, p, f)
	assert.False(t, dec.Available.Has(confiscation.GroundDeMinimisValue), "judged not de minimis below the threshold")

	// A value missing leaves the question to the State's judgement.
	r.Property = append(r.Property, confiscation.Property{Description: "car"})
	f.DeMinimisValue = convention.Unassessed
	dec = mustAssess(t, r, p, f)
	assert.Equal(t, convention.Undetermined, dec.Outcome, "%s", dec)
	assert.True(t, dec.Needed.Has(confiscation.TestDeMinimisValue))
	assert.Contains(t, dec.String(), "but 1 item(s) have no stated value")
}

// A threshold is checked as input: every defect reported at once, each
// citing para. 7; Prepare reports them under "Profile.".
func TestThresholdValidate(t *testing.T) {
	assert.NoError(t, confiscation.Threshold{}.Validate())
	assert.NoError(t, confiscation.Profile{}.Validate())
	for _, c := range []struct {
		name  string
		th    confiscation.Threshold
		field string
		err   error
	}{
		{"not positive", confiscation.Threshold{Amount: money("EUR 0")}, "Amount", convention.ErrInvalid},
		{"negative", confiscation.Threshold{Amount: money("EUR -5")}, "Amount", convention.ErrInvalid},
		{"no currency", confiscation.Threshold{Amount: convention.NewMoney(decimal.NewFromInt(5), convention.Currency{})}, "Amount", convention.ErrInvalid},
		{"rates without threshold", confiscation.Threshold{Rates: []confiscation.Rate{rate("USD", "1")}}, "Amount", convention.ErrInconsistent},
		{"rate without currency", confiscation.Threshold{Amount: money("EUR 5"), Rates: []confiscation.Rate{{Value: decimal.NewFromInt(1)}}}, "Rates", convention.ErrMissing},
		{"rate for own currency", confiscation.Threshold{Amount: money("EUR 5"), Rates: []confiscation.Rate{rate("EUR", "1")}}, "Rates", convention.ErrInconsistent},
		{"rate repeated", confiscation.Threshold{Amount: money("EUR 5"), Rates: []confiscation.Rate{rate("USD", "1"), rate("USD", "2")}}, "Rates", convention.ErrInconsistent},
		{"rate zero", confiscation.Threshold{Amount: money("EUR 5"), Rates: []confiscation.Rate{rate("USD", "0")}}, "Rates", convention.ErrInvalid},
		{"rate out of range", confiscation.Threshold{Amount: money("EUR 5"), Rates: []confiscation.Rate{rate("USD", "1e1000")}}, "Rates", convention.ErrInvalid},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps := convention.AsProblems(c.th.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, cite(7), ps[0].Cite)
			assert.Equal(t, c.field, ps[0].Field)
			assert.True(t, errors.Is(ps[0], c.err), "%v", ps[0])
			_, err := c.th.DeMinimis(valued("EUR 1"))
			assert.Error(t, err)
			p := baseProfile()
			p.DeMinimis = c.th
			_, err = confiscation.Prepare(baseRequest(), p)
			require.Error(t, err)
			assert.Contains(t, convention.AsProblems(err).Strings()[0], "Profile.DeMinimis."+c.field)
		})
	}
}

// The comparison in machine words agrees with exact decimal arithmetic,
// amounts too large for them included.
func TestThresholdAgreesWithDecimalArithmetic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		amt := func(label string) decimal.Decimal {
			c := rapid.Int64Range(1, 1<<62).Draw(t, label+".c")
			if rapid.Bool().Draw(t, label+".small") {
				c = rapid.Int64Range(1, 100_000).Draw(t, label+".cs")
			}
			d := decimal.New(c, int32(rapid.IntRange(-12, 6).Draw(t, label+".e")))
			if rapid.IntRange(0, 9).Draw(t, label+".huge") == 0 {
				d = d.Mul(decimal.New(1, 20))
			}
			return d
		}
		eur, usd := convention.MustCurrency("EUR"), convention.MustCurrency("USD")
		th := confiscation.Threshold{Amount: convention.NewMoney(amt("threshold"), eur),
			Rates: []confiscation.Rate{{Currency: usd, Value: amt("rate")}}}
		n := rapid.IntRange(1, 4).Draw(t, "n")
		items := make([]confiscation.Property, n)
		total := decimal.Zero
		for i := range items {
			cur, v := eur, amt("value")
			if rapid.Bool().Draw(t, "usd") {
				cur = usd
				total = total.Add(v.Mul(th.Rates[0].Value))
			} else {
				total = total.Add(v)
			}
			items[i] = confiscation.Property{Description: "item", Value: convention.NewMoney(v, cur)}
		}
		got, err := th.DeMinimis(items)
		require.NoError(t, err)
		assert.Equal(t, convention.Known(total.Cmp(th.Amount.Amount()) < 0), got, "total %s, threshold %s", total, th.Amount)
		v, err := th.Compare(items)
		require.NoError(t, err)
		assert.True(t, total.Equal(v.Total.Amount()), "total %s, compared %s", total, v.Total)
		assert.Equal(t, eur, v.Total.Currency())
		assert.Equal(t, n, v.Valued)
		assert.Zero(t, v.Unvalued)
	})
}

// The profile's threshold has a JSON form, and hostile rates are rejected,
// never computed with.
func TestThresholdJSON(t *testing.T) {
	p := baseProfile()
	p.DeMinimis = confiscation.Threshold{Amount: money("KES 100000"), Rates: []confiscation.Rate{rate("EUR", "140.25")}}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"de_minimis":{"amount":"KES 100000","rates":[{"currency":"EUR","value":"140.25"}]}`)
	var back confiscation.Profile
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.DeMinimis.Amount.Equal(p.DeMinimis.Amount))
	require.NoError(t, json.Unmarshal([]byte(`{"de_minimis":{"amount":"KES 100","rates":[{"currency":"EUR","value":"1e9000"}]}}`), &back))
	assert.ErrorIs(t, back.Validate(), convention.ErrInvalid)
	b, err = json.Marshal(baseProfile())
	require.NoError(t, err)
	assert.NotContains(t, string(b), "de_minimis", "the zero Threshold is omitted")
}

// Para. 7, "if the property is of a de minimis value", as a decision of
// its own: the threshold's answer, the total compared and the threshold,
// and the State's own judgement prevailing once assessed.
func TestPara7DeMinimisComparisonExplained(t *testing.T) {
	th := confiscation.Threshold{Amount: convention.MustMoney("EUR 1000"),
		Rates: []confiscation.Rate{{Currency: convention.MustCurrency("USD"), Value: decimal.RequireFromString("0.5")}}}
	for _, c := range []struct {
		values  []string
		judged  convention.Judgement
		outcome convention.Outcome
		total   string
	}{
		{[]string{"EUR 400", "USD 1000"}, convention.Unassessed, convention.Satisfied, "EUR 900"},
		{[]string{"EUR 400", "USD 1198"}, convention.Unassessed, convention.Satisfied, "EUR 999"},
		{[]string{"EUR 400", "USD 1200"}, convention.Unassessed, convention.NotSatisfied, "EUR 1000"},
		{[]string{"EUR 400", "USD 1200"}, convention.Yes, convention.Satisfied, "EUR 1000"},
	} {
		var items []confiscation.Property
		for _, v := range c.values {
			items = append(items, confiscation.Property{Description: "item", Value: convention.MustMoney(v)})
		}
		v, err := th.Compare(items)
		require.NoError(t, err)
		v.Judged = c.judged
		e := v.Explain()
		total, _ := e.Value("property_value")
		assert.Equal(t, c.total, total, "%v", c.values)
		assert.Equal(t, c.outcome, e.Outcome, "%v %v", c.values, c.judged)
		assert.Equal(t, cite(7), e.Cite)
	}
	_, err := th.Compare([]confiscation.Property{{Description: "item", Value: convention.MustMoney("KES 10")}})
	assert.ErrorIs(t, err, convention.ErrInconsistent)
}

// Threshold.DeMinimis's doc: "It allocates nothing unless amounts exceed 18
// significant digits": the comparison of ordinary amounts, in one currency
// or converted at a rate, is done in machine words; and it stays exact at
// the edges of that arithmetic (a value twenty decimal places below the
// threshold's exponent; amounts of 18 and 19 significant digits).
func TestThresholdComparesOrdinaryAmountsInMachineWords(t *testing.T) {
	th := confiscation.Threshold{Amount: money("EUR 1000"), Rates: []confiscation.Rate{rate("USD", "0.92")}}
	items := []confiscation.Property{{Description: "a", Value: money("EUR 999.99")}, {Description: "b", Value: money("USD 0.01")}}
	allocs := testing.AllocsPerRun(100, func() { _, _ = th.DeMinimis(items) })
	assert.Zero(t, allocs)
	j, err := th.DeMinimis(items)
	require.NoError(t, err)
	assert.Equal(t, convention.Yes, j, "999.99 + 0.0092 = 999.9992, below 1000")

	for _, c := range []struct {
		threshold, value string
		want             convention.Judgement
	}{
		{"EUR 1", "EUR 0.00000000000000000001", convention.Yes},
		{"EUR 0.00000000000000000001", "EUR 1", convention.No},
		{"EUR 999999999999999999", "EUR 999999999999999998", convention.Yes},
		{"EUR 999999999999999999", "EUR 999999999999999999", convention.No},
		{"EUR 9999999999999999999", "EUR 9999999999999999998", convention.Yes},
		{"EUR 9999999999999999999", "EUR 9999999999999999999", convention.No},
		{"EUR 18446744073709551615", "EUR 18446744073709551614", convention.Yes},
	} {
		j, err := confiscation.Threshold{Amount: money(c.threshold)}.DeMinimis([]confiscation.Property{{Description: "x", Value: money(c.value)}})
		require.NoError(t, err)
		assert.Equal(t, c.want, j, "%s against %s", c.value, c.threshold)
	}
}
