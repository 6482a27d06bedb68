package conventiontest

import (
	"slices"

	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
)

// Offences generates one to four offences, each as Offence draws it.
func Offences() *rapid.Generator[convention.Offences] {
	return rapid.Custom(func(t *rapid.T) convention.Offences {
		return rapid.SliceOfN(Offence(), 1, 4).Draw(t, "Offences")
	})
}

// Catalogue returns a catalogue that declares every offence name Offence
// draws as established under the Convention.
func Catalogue() convention.Catalogue {
	names := make([]convention.ConventionOffence, len(established))
	for i, n := range established {
		names[i] = convention.ConventionOffence(n)
	}
	return convention.MustCatalogue(names...)
}

var tags = []language.Tag{language.English, language.French, language.Spanish, language.Arabic,
	language.Russian, language.Chinese, language.German, language.Portuguese, language.MustParse("en-GB"), language.MustParse("es-419")}

// Language generates language tags: the six authentic languages, some
// regional variants and others.
func Language() *rapid.Generator[language.Tag] { return rapid.SampledFrom(tags) }

// Languages generates a request's languages: an original and zero to two
// translations, none into the original's language or repeated.
func Languages() *rapid.Generator[convention.Languages] {
	return rapid.Custom(func(t *rapid.T) convention.Languages {
		l := convention.Languages{Original: Language().Draw(t, "Original")}
		n := rapid.IntRange(0, 2).Draw(t, "NTranslations")
		for _, tag := range rapid.Permutation(tags).Draw(t, "Translations") {
			if len(l.Translations) == n {
				break
			}
			if !sameBase(tag, l.Original) && !slices.Contains(l.Translations, tag) {
				l.Translations = append(l.Translations, tag)
			}
		}
		return l
	})
}

func sameBase(a, b language.Tag) bool {
	ab, _ := a.Base()
	bb, _ := b.Base()
	as, _ := a.Script()
	bs, _ := b.Script()
	return ab == bb && as == bs
}

// LegalBasis generates consistent legal bases: none stated, or one or two
// distinct bases, with a treaty's name when a treaty is invoked.
func LegalBasis() *rapid.Generator[convention.LegalBasis] {
	return rapid.Custom(func(t *rapid.T) convention.LegalBasis {
		var b convention.LegalBasis
		kinds := []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty, convention.BasisReciprocity, convention.BasisDomesticLaw}
		n := rapid.IntRange(0, 2).Draw(t, "NInvoked")
		b.Invoked = rapid.Permutation(kinds).Draw(t, "Invoked")[:n]
		if n == 0 {
			b.Invoked = nil
		}
		if b.Invokes(convention.BasisTreaty) {
			b.Treaty = rapid.SampledFrom([]string{"Treaty on Mutual Legal Assistance in Criminal Matters (2001)", "European Convention on Extradition"}).Draw(t, "Treaty")
		}
		return b
	})
}

// Timestamp generates timestamps, with or without a zone.
func Timestamp() *rapid.Generator[convention.Timestamp] {
	return rapid.Custom(func(t *rapid.T) convention.Timestamp {
		d := DateBetween(convention.MustDate("2000-01-01"), convention.MustDate("2099-12-31")).Draw(t, "Date")
		s := d.String() + "T" + two(rapid.IntRange(0, 23).Draw(t, "Hour")) + ":" + two(rapid.IntRange(0, 59).Draw(t, "Minute")) + ":" + two(rapid.IntRange(0, 59).Draw(t, "Second"))
		if rapid.Bool().Draw(t, "Fraction") {
			s += ".5"
		}
		s += rapid.SampledFrom([]string{"", "Z", "+01:00", "-05:30", "+14:00"}).Draw(t, "Zone")
		return convention.MustTimestamp(s)
	})
}

func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// DataSought generates consistent descriptions of data sought: a category,
// identifiers (an IP address always with a zoned timestamp), a period that
// does not end before it starts, a provider.
func DataSought() *rapid.Generator[convention.DataSought] {
	return rapid.Custom(func(t *rapid.T) convention.DataSought {
		d := convention.DataSought{
			Category:    rapid.SampledFrom([]convention.DataCategory{convention.DataSubscriber, convention.DataTraffic, convention.DataContent, convention.DataOtherStored}).Draw(t, "Category"),
			Provider:    rapid.SampledFrom([]string{"", "ExampleMail Ltd", "Hosting SA"}).Draw(t, "Provider"),
			Description: rapid.SampledFrom([]string{"", "all messages of the account", "logs of access"}).Draw(t, "Description"),
		}
		for i, n := 0, rapid.IntRange(0, 3).Draw(t, "NIdentifiers"); i < n; i++ {
			d.Identifiers = append(d.Identifiers, Identifier().Draw(t, "Identifier"))
		}
		if rapid.Bool().Draw(t, "HasPeriod") {
			a := DateBetween(convention.MustDate("2020-01-01"), convention.MustDate("2030-12-31")).Draw(t, "Start")
			d.Period = convention.Period{Start: a, End: a.AddDays(rapid.IntRange(0, 400).Draw(t, "Days"))}
		}
		return d
	})
}

// Identifier generates well-formed identifiers of every kind.
func Identifier() *rapid.Generator[convention.Identifier] {
	return rapid.Custom(func(t *rapid.T) convention.Identifier {
		switch rapid.IntRange(0, 3).Draw(t, "Kind") {
		case 0:
			return convention.Identifier{Kind: convention.IdentifierAccount, Value: "acct-" + two(rapid.IntRange(0, 99).Draw(t, "N"))}
		case 1:
			return convention.Identifier{Kind: convention.IdentifierEmail, Value: "user" + two(rapid.IntRange(0, 99).Draw(t, "N")) + "@example.org"}
		case 2:
			return convention.Identifier{Kind: convention.IdentifierTelephone, Value: "+33 1 23 45 67 " + two(rapid.IntRange(0, 99).Draw(t, "N"))}
		}
		ts := Timestamp().Filter(convention.Timestamp.HasZone).Draw(t, "At")
		return convention.Identifier{Kind: convention.IdentifierIPAddress, Value: rapid.SampledFrom([]string{"192.0.2.10", "2001:db8::1"}).Draw(t, "Value"),
			Port: uint16(rapid.IntRange(0, 65535).Draw(t, "Port")), At: ts}
	})
}
