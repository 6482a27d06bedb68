package convention_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
)

func TestParsePartyID(t *testing.T) {
	for _, s := range []string{"FRA", "USA", "EU", "ECOWAS", "CARICOM-2"} {
		p, err := convention.ParsePartyID(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, p.String())
	}
	assert.True(t, convention.MustPartyID("FRA").IsState())
	assert.True(t, convention.MustPartyID("EU").IsREIO())
	for _, s := range []string{"", "fra", "ZZZ", "AAA", "XKX", "E", "EU-", "-EU", "TOOLONGORGANISATION", "E U", "FR"} {
		_, err := convention.ParsePartyID(s)
		assert.ErrorIs(t, err, convention.ErrInvalid, "%q", s)
	}
}

func TestPartyValidateREIOHasMemberStates(t *testing.T) {
	fra, deu, eu := convention.MustPartyID("FRA"), convention.MustPartyID("DEU"), convention.MustPartyID("EU")
	assert.NoError(t, convention.Party{ID: eu, Members: []convention.PartyID{fra, deu}}.Validate())
	assert.NoError(t, convention.Party{ID: fra}.Validate())
	err := convention.Party{ID: eu}.Validate()
	assert.ErrorIs(t, err, convention.ErrMissing)
	err = convention.Party{ID: eu, Members: []convention.PartyID{fra, fra, convention.MustPartyID("ECOWAS")}}.Validate()
	ps := convention.AsProblems(err)
	require.Len(t, ps, 2)
	err = convention.Party{ID: fra, Members: []convention.PartyID{deu}}.Validate()
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	assert.ErrorIs(t, convention.Party{}.Validate(), convention.ErrMissing)
}

func TestPartyIDJSON(t *testing.T) {
	var v struct {
		P convention.PartyID `json:"p"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"p":"FRA"}`), &v))
	assert.Equal(t, convention.MustPartyID("FRA"), v.P)
	assert.Error(t, json.Unmarshal([]byte(`{"p":"France"}`), &v))
}

func TestDepositaryPara2SixAuthenticLanguages(t *testing.T) {
	langs := convention.AuthenticLanguages()
	assert.Equal(t, [6]language.Tag{language.Arabic, language.Chinese, language.English, language.French, language.Russian, language.Spanish}, langs)
	langs[0] = language.German
	assert.Equal(t, language.Arabic, convention.AuthenticLanguages()[0], "the array is a copy")
	assert.True(t, convention.IsAuthentic(language.MustParse("fr-CA")))
	assert.True(t, convention.IsAuthentic(language.MustParse("es-419")))
	assert.False(t, convention.IsAuthentic(language.German))
	assert.False(t, convention.IsAuthentic(language.MustParse("zh-Hant")), "the authentic Chinese text is in simplified script")
}

func TestMLAPara15LanguageAcceptable(t *testing.T) {
	notified := []language.Tag{language.English, language.French}
	tests := []struct {
		used string
		want bool
	}{
		{"en", true}, {"en-GB", true}, {"en-US", true}, {"fr-CA", true}, {"fr-BE", true},
		{"de", false}, {"es", false}, {"zh", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, convention.LanguageAcceptable(notified, language.MustParse(tt.used)), tt.used)
	}
	assert.True(t, convention.LanguageAcceptable([]language.Tag{language.MustParse("en-GB")}, language.MustParse("en-US")),
		"a regional variant of a notified variant is acceptable")
	assert.False(t, convention.LanguageAcceptable([]language.Tag{language.Chinese}, language.MustParse("zh-Hant")),
		"a different script is not")
	assert.False(t, convention.LanguageAcceptable(notified, language.Und))
	assert.False(t, convention.LanguageAcceptable(nil, language.English))
	assert.False(t, convention.LanguageAcceptable([]language.Tag{language.Und}, language.English))
}

func TestMoney(t *testing.T) {
	m := convention.MustMoney("EUR 1250.50")
	assert.Equal(t, "EUR 1250.5", m.String())
	assert.True(t, m.Equal(convention.NewMoney(decimal.RequireFromString("1250.500"), convention.MustCurrency("EUR"))))
	assert.False(t, m.Equal(convention.MustMoney("USD 1250.50")))
	c, err := m.Cmp(convention.MustMoney("EUR 10"))
	require.NoError(t, err)
	assert.Equal(t, 1, c)
	_, err = m.Cmp(convention.MustMoney("USD 10"))
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	for _, s := range []string{"", "EUR", "EUR ", "EUR abc", "XXX 10", "EURO 10", "eur 10", "EUR 1e9", "QQQ 1"} {
		_, err := convention.ParseMoney(s)
		assert.Error(t, err, "%q", s)
	}
	var z convention.Money
	assert.True(t, z.IsZero())
	var back convention.Money
	b, _ := m.MarshalText()
	require.NoError(t, back.UnmarshalText(b))
	assert.True(t, m.Equal(back))
	require.NoError(t, back.UnmarshalText(nil))
	assert.True(t, back.IsZero())
}

func TestUNTOCArt2bSeriousCrime(t *testing.T) {
	tests := []struct {
		name string
		p    convention.Penalty
		want convention.Judgement
	}{
		{"four years is serious", convention.Imprisonment(4, 0), convention.Yes},
		{"three years eleven months is not", convention.Imprisonment(3, 11), convention.No},
		{"life imprisonment is a more serious penalty", convention.LifeImprisonment(), convention.Yes},
		{"the death penalty is a more serious penalty", convention.DeathPenalty(), convention.Yes},
		{"a fine only is not", convention.NonCustodial(), convention.No},
		{"an unknown penalty is unassessed", convention.Penalty{}, convention.Unassessed},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.Serious(), tt.name)
		assert.Equal(t, tt.want, convention.Offence{Conduct: "x", MaxPenalty: tt.p}.Serious(), tt.name)
	}
}

func TestPenaltyText(t *testing.T) {
	for _, s := range []string{"4y", "2y6m", "8m", "life", "death", "non-custodial"} {
		p, err := convention.ParsePenalty(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, p.String())
	}
	p, err := convention.ParsePenalty("18m")
	require.NoError(t, err)
	assert.Equal(t, "1y6m", p.String())
	for _, s := range []string{"", "0y", "y", "4", "4y12m", "-1y", "1000y", "4 years", "m"} {
		_, err := convention.ParsePenalty(s)
		assert.Error(t, err, "%q", s)
	}
	assert.True(t, convention.Imprisonment(-1, 0).IsZero())
}

func FuzzJSONDecoding(f *testing.F) {
	f.Add([]byte(`{"conduct":"x","name":"y","established":"illegal-access","max_penalty":"4y"}`))
	f.Add([]byte(`{"id":"EU","members":["FRA","DEU"]}`))
	f.Add([]byte(`{"criminal":"yes","name":"hacking","max_penalty":"life"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var o convention.Offence
		if json.Unmarshal(b, &o) == nil {
			out, err := json.Marshal(o)
			require.NoError(t, err)
			var back convention.Offence
			require.NoError(t, json.Unmarshal(out, &back))
			require.Equal(t, o, back)
		}
		var p convention.Party
		if json.Unmarshal(b, &p) == nil {
			_ = p.Validate()
		}
		var c convention.Characterisation
		if json.Unmarshal(b, &c) == nil {
			_ = convention.EvaluateDualCriminality(o.Conduct, c, c, convention.Citation{}).String()
		}
		var e convention.Explanation
		_ = json.Unmarshal(b, &e)
		_ = e.String()
	})
}

// The fast path of LanguageAcceptable agrees with the matcher of
// golang.org/x/text/language at High confidence, on which para. 15 is read.
func TestMLAPara15FastPathAgreesWithTheMatcher(t *testing.T) {
	tags := []string{"en", "en-GB", "en-US", "fr", "fr-CA", "zh", "zh-Hant", "zh-TW", "zh-Hans", "sr", "sr-Latn", "sr-Cyrl",
		"no", "nb", "nn", "pt", "pt-BR", "pt-PT", "es", "es-419", "es-MX", "ar", "ar-EG", "ru", "ru-UA", "de", "de-CH", "az-Latn", "az-Cyrl"}
	for _, n := range tags {
		for _, u := range tags {
			notified, used := language.MustParse(n), language.MustParse(u)
			_, _, conf := language.NewMatcher([]language.Tag{notified}).Match(used)
			assert.Equal(t, conf >= language.High, convention.LanguageAcceptable([]language.Tag{notified}, used), "notified %s, used %s", n, u)
		}
	}
}

func TestPartyIDErrorsSayWhatToWrite(t *testing.T) {
	for in, want := range map[string]string{
		"France": "write FRA for France",
		"fra":    "write FRA",
		"FR":     "write FRA for France",
		"fr":     "write FRA",
		"Kenya":  "write KEN for Kenya",
		"eu":     "write EU",
	} {
		_, err := convention.ParsePartyID(in)
		require.ErrorIs(t, err, convention.ErrInvalid, in)
		assert.Contains(t, err.Error(), want, in)
	}
	_, err := convention.ParsePartyID("Atlantis")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "write", "no guess without a match")
}
