// Package mlatest provides rapid generators of the mla package's inputs for
// property tests, here and in downstream suites: valid requests
// ([Request]), requests broken in known ways with the citations Validate
// must report ([Broken], [Invalid]), and the requested State's profile, judgements
// and responses, and the events of a stay.
//
// Draw labels equal the field names they fill. Generated values use fixed
// vocabularies (States, languages, names) so that failures read easily.
package mlatest

import (
	"slices"
	"strconv"

	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/mla"
)

// Invalid is a value broken in known ways, with exactly the citations its
// Validate must report, one per problem, sorted: the library's shared
// conventiontest.Broken. (A type named Broken would clash with the
// generator Broken in this package.)
type Invalid[T any] = conventiontest.Broken[T]

// Date generates dates from 1990 to 2100, leap days included.
func Date() *rapid.Generator[convention.Date] {
	return DateBetween(convention.MustDate("1990-01-01"), convention.MustDate("2100-12-31"))
}

// DateBetween generates dates from a to b, both included, favouring month
// ends: conventiontest.DateBetween.
func DateBetween(a, b convention.Date) *rapid.Generator[convention.Date] {
	return conventiontest.DateBetween(a, b)
}

// Judgement generates Unassessed, Yes and No: conventiontest.Judgement.
func Judgement() *rapid.Generator[convention.Judgement] { return conventiontest.Judgement() }

// Known generates Yes and No: conventiontest.KnownJudgement.
func Known() *rapid.Generator[convention.Judgement] { return conventiontest.KnownJudgement() }

var states = []string{"FRA", "USA", "DEU", "BRA", "JPN", "KEN", "IND", "NGA"}

// Party generates a State's PartyID.
func Party() *rapid.Generator[convention.PartyID] {
	return rapid.Custom(func(t *rapid.T) convention.PartyID {
		return convention.MustPartyID(rapid.SampledFrom(states).Draw(t, "Party"))
	})
}

// Languages are the tags the generators draw from.
func Languages() []language.Tag {
	return []language.Tag{language.English, language.BritishEnglish, language.French,
		language.Spanish, language.MustParse("zh-Hant"), language.SimplifiedChinese, language.Arabic}
}

// Purposes generates a non-empty set of the purposes of para. 3.
func Purposes() *rapid.Generator[mla.Purposes] {
	return rapid.Custom(func(t *rapid.T) mla.Purposes {
		var s mla.Purposes
		for _, p := range rapid.SliceOfNDistinct(rapid.IntRange(1, 13), 1, 4, rapid.ID[int]).Draw(t, "Purposes") {
			s = s.With(mla.Purpose(p))
		}
		return s
	})
}

// Subject generates a valid subject of para. 16(e).
func Subject() *rapid.Generator[mla.Subject] {
	return rapid.Custom(func(t *rapid.T) mla.Subject {
		s := mla.Subject{
			Kind:     rapid.SampledFrom([]mla.SubjectKind{mla.SubjectPerson, mla.SubjectItem, mla.SubjectAccount}).Draw(t, "Kind"),
			Identity: rapid.SampledFrom([]string{"J. Doe", "laptop SN 4411", "IBAN DE89370400440532013000", "user@example.org"}).Draw(t, "Identity"),
			Location: rapid.SampledFrom([]string{"", "Lyon", "Nairobi", "server room B"}).Draw(t, "Location"),
		}
		if s.Kind == mla.SubjectPerson {
			s.Nationality = rapid.SampledFrom([]string{"", "FR", "USA", "KE", "BR"}).Draw(t, "Nationality")
			s.Role = rapid.SampledFrom([]convention.PersonRole{convention.PersonRoleNotGiven, convention.PersonSuspect,
				convention.PersonWitness, convention.PersonVictim, convention.PersonAccountHolder}).Draw(t, "Role")
			if rapid.IntRange(0, 5).Draw(t, "IsUnidentified") == 0 {
				s.Identity, s.Unidentified = "", true
			}
		}
		return s
	})
}

// Contents generates complete contents of para. 16 for the purposes
// drawn.
func Contents() *rapid.Generator[mla.Contents] {
	return rapid.Custom(func(t *rapid.T) mla.Contents {
		c := mla.Contents{
			RequestingAuthority: rapid.SampledFrom([]string{"Parquet de Paris", "US Department of Justice, OIA", "Bundesamt für Justiz"}).Draw(t, "RequestingAuthority"),
			SubjectMatter:       rapid.SampledFrom([]string{"ransomware attack on a hospital", "phishing campaign", "online fraud"}).Draw(t, "SubjectMatter"),
			Nature:              rapid.SampledFrom([]mla.Nature{mla.NatureInvestigation, mla.NatureProsecution, mla.NatureOtherProceeding}).Draw(t, "Nature"),
			Conducting: mla.Authority{
				Name:      rapid.SampledFrom([]string{"Juge d'instruction, Paris", "Federal prosecutor", "Cybercrime unit"}).Draw(t, "Conducting.Name"),
				Functions: rapid.SampledFrom([]string{"investigating judge", "prosecutor", "police investigator"}).Draw(t, "Conducting.Functions"),
			},
			Purposes:         Purposes().Draw(t, "Purposes"),
			AssistanceSought: rapid.SampledFrom([]string{"production of subscriber records", "search of premises", "hearing of a witness"}).Draw(t, "AssistanceSought"),
			Procedure:        rapid.SampledFrom([]string{"", "certified copies under seal", "defence counsel present"}).Draw(t, "Procedure"),
			Subjects:         rapid.SliceOfN(Subject(), 0, 3).Draw(t, "Subjects"),
			Data:             rapid.SliceOfN(DataSought(), 0, 2).Draw(t, "Data"),
			Aim:              rapid.SampledFrom([]string{"evidence for trial", "identification of the suspect"}).Draw(t, "Aim"),
		}
		if len(c.Data) > 0 && rapid.Bool().Draw(t, "DataOnly") {
			c.AssistanceSought = ""
		}
		if !c.Purposes.ServiceOnly() || rapid.Bool().Draw(t, "WithFacts") {
			c.Facts = rapid.SampledFrom([]string{"On 3 March the servers were encrypted.", "Victims paid into the account."}).Draw(t, "Facts")
		}
		if (c.Purposes.Has(mla.PurposeEvidence) || c.Purposes.Has(mla.PurposeService) || c.Purposes.Has(mla.PurposeAppearance)) &&
			!hasKind(c.Subjects, mla.SubjectPerson) {
			c.Subjects = append(c.Subjects, mla.Subject{Kind: mla.SubjectPerson, Identity: "A. Witness"})
		}
		if (c.Purposes.Has(mla.PurposeTrafficData) || c.Purposes.Has(mla.PurposeContentData)) &&
			!hasKind(c.Subjects, mla.SubjectItem) && !hasKind(c.Subjects, mla.SubjectAccount) {
			c.Subjects = append(c.Subjects, mla.Subject{Kind: mla.SubjectAccount, Identity: "user@example.org"})
		}
		return c
	})
}

func hasKind(ss []mla.Subject, k mla.SubjectKind) bool {
	return slices.ContainsFunc(ss, func(s mla.Subject) bool { return s.Kind == k })
}

// DataSought generates a description of stored computer data sought, with
// identifiers (an IP address with a port and a zoned timestamp, an
// account, an e-mail address) and a period.
func DataSought() *rapid.Generator[convention.DataSought] {
	return rapid.Custom(func(t *rapid.T) convention.DataSought {
		d := convention.DataSought{
			Category:    rapid.SampledFrom([]convention.DataCategory{convention.DataSubscriber, convention.DataTraffic, convention.DataContent, convention.DataOtherStored}).Draw(t, "Category"),
			Provider:    rapid.SampledFrom([]string{"", "Example Mail Ltd", "Hosting BV"}).Draw(t, "Provider"),
			Description: rapid.SampledFrom([]string{"", "logs of the login sessions"}).Draw(t, "Description"),
		}
		switch rapid.IntRange(0, 3).Draw(t, "Identifier") {
		case 0:
			d.Identifiers = []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "203.0.113.7", Port: 443,
				At: convention.MustTimestamp("2026-03-03T14:05:09+01:00")}}
		case 1:
			d.Identifiers = []convention.Identifier{{Kind: convention.IdentifierEmail, Value: "user@example.org"}}
		case 2:
			d.Identifiers = []convention.Identifier{{Kind: convention.IdentifierAccount, Value: "KE-ACC-001122"}}
		}
		if rapid.Bool().Draw(t, "HasPeriod") {
			start := DateBetween(convention.MustDate("2025-01-01"), convention.MustDate("2026-12-31")).Draw(t, "Period.Start")
			d.Period = convention.Period{Start: start, End: start.AddDays(rapid.IntRange(0, 90).Draw(t, "Period.Days"))}
		}
		return d
	})
}

// Offence generates an offence, established under the Convention or not,
// with a maximum penalty that may be unknown.
func Offence() *rapid.Generator[convention.Offence] {
	return rapid.Custom(func(t *rapid.T) convention.Offence {
		pens := []convention.Penalty{{}, convention.Imprisonment(1, 0), convention.Imprisonment(3, 11),
			convention.Imprisonment(4, 0), convention.Imprisonment(10, 0), convention.LifeImprisonment(), convention.NonCustodial()}
		return convention.Offence{
			Conduct:     rapid.SampledFrom([]string{"encrypting a hospital's data for ransom", "sending phishing e-mails", "laundering proceeds"}).Draw(t, "Conduct"),
			Name:        rapid.SampledFrom([]string{"", "extortion", "computer fraud"}).Draw(t, "Name"),
			Established: convention.ConventionOffence(rapid.SampledFrom([]string{"", "illegal-access", "computer-fraud"}).Draw(t, "Established")),
			MaxPenalty:  rapid.SampledFrom(pens).Draw(t, "MaxPenalty"),
		}
	})
}

// Recognised is the catalogue of offences established under the
// Convention the generators name: a Profile may carry it.
func Recognised() convention.Catalogue {
	return convention.MustCatalogue("illegal-access", "computer-fraud", "illegal-interference", "data-interference")
}

// Basis generates a legal basis: mostly this Convention or none stated,
// sometimes the Convention with a treaty, and sometimes another basis
// only.
func Basis() *rapid.Generator[convention.LegalBasis] {
	return rapid.Custom(func(t *rapid.T) convention.LegalBasis {
		switch rapid.IntRange(0, 7).Draw(t, "Basis") {
		case 0, 1, 2:
			return convention.LegalBasis{}
		case 3, 4:
			return convention.Under(convention.BasisConvention)
		case 5:
			return convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty, convention.BasisConvention}, Treaty: "Inter-American Convention on Mutual Assistance in Criminal Matters"}
		case 6:
			return convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: "Bilateral MLA treaty"}
		}
		return convention.Under(rapid.SampledFrom([]convention.LegalBasisKind{convention.BasisReciprocity, convention.BasisDomesticLaw}).Draw(t, "Basis.Other"))
	})
}

// LanguagesOf generates the language of a request and, sometimes, a
// translation into another language.
func LanguagesOf() *rapid.Generator[convention.Languages] {
	return rapid.Custom(func(t *rapid.T) convention.Languages {
		tags := Languages()
		i := rapid.IntRange(0, len(tags)-1).Draw(t, "Language")
		l := convention.Languages{Original: tags[i]}
		if rapid.IntRange(0, 2).Draw(t, "HasTranslation") == 0 {
			j := rapid.IntRange(0, len(tags)-1).Filter(func(j int) bool {
				a, _ := tags[i].Base()
				b, _ := tags[j].Base()
				as, _ := tags[i].Script()
				bs, _ := tags[j].Script()
				return a != b || as != bs
			}).Draw(t, "Translation")
			l.Translations = []language.Tag{tags[j]}
		}
		return l
	})
}

// Request generates valid requests: Validate returns nil for each.
func Request() *rapid.Generator[mla.Request] {
	return rapid.Custom(func(t *rapid.T) mla.Request {
		from := Party().Draw(t, "Requesting")
		to := Party().Filter(func(p convention.PartyID) bool { return p != from }).Draw(t, "Requested")
		r := mla.Request{
			Ref:                convention.RequestRef("MLA-" + strconv.Itoa(rapid.IntRange(1, 999).Draw(t, "Ref"))),
			Case:               convention.CaseRef(rapid.SampledFrom([]string{"", "2026/114", "CR-77"}).Draw(t, "Case")),
			Requesting:         from,
			Requested:          to,
			Basis:              Basis().Draw(t, "Basis"),
			Contents:           Contents().Draw(t, "Contents"),
			Offences:           rapid.SliceOfN(Offence(), 1, 3).Draw(t, "Offences"),
			LegalPersonLiable:  Judgement().Draw(t, "LegalPersonLiable"),
			ElectronicEvidence: rapid.Bool().Draw(t, "ElectronicEvidence"),
			Language:           LanguagesOf().Draw(t, "Language"),
			Made:               DateBetween(convention.MustDate("2024-01-01"), convention.MustDate("2028-12-31")).Draw(t, "Made"),
		}
		if rapid.Bool().Draw(t, "Urgent") {
			r.Urgency = convention.Urgency{Urgent: true, Reasons: rapid.SampledFrom([]string{"", "the data will be deleted within days"}).Draw(t, "Urgency.Reasons")}
		}
		if r.Purposes.Has(mla.PurposeInformation) || r.Purposes.Has(mla.PurposeRecords) {
			r.GovernmentRecords = rapid.Bool().Draw(t, "GovernmentRecords")
		}
		if r.Purposes.Has(mla.PurposeStoredData) {
			for i := range rapid.IntRange(0, 2).Draw(t, "Preserved") {
				r.Related = append(r.Related, convention.Related{Ref: convention.RequestRef("PRES-" + strconv.Itoa(i+1)), Relation: convention.RelationFollows})
			}
		}
		if rapid.IntRange(0, 3).Draw(t, "IsSameCase") == 0 {
			r.Related = append(r.Related, convention.Related{Ref: "MLA-0", Relation: convention.RelationSameCase, Made: r.Made.AddDays(-30)})
		}
		channels := []mla.Channel{mla.ChannelCentralAuthority, mla.ChannelDiplomatic, mla.ChannelOther}
		forms := []mla.Form{mla.FormWriting, mla.FormRecord}
		if r.Urgent() {
			channels = append(channels, mla.ChannelInterpol)
			forms = append(forms, mla.FormOral)
		}
		r.Channel = rapid.SampledFrom(channels).Draw(t, "Channel")
		r.Form = rapid.SampledFrom(forms).Draw(t, "Form")
		if r.Form == mla.FormOral && rapid.Bool().Draw(t, "IsConfirmed") {
			r.Confirmed = r.Made.AddDays(rapid.IntRange(0, 3).Draw(t, "Confirmed"))
		}
		if rapid.Bool().Draw(t, "IsTransmitted") {
			means := []convention.Means{convention.MeansNotGiven}
			switch {
			case r.Form == mla.FormOral:
				means = append(means, convention.MeansOral)
			case r.Channel == mla.ChannelDiplomatic:
				means = append(means, convention.MeansDiplomatic, convention.MeansPost)
			case r.Channel == mla.ChannelInterpol:
				means = append(means, convention.MeansInterpol)
			default:
				means = append(means, convention.MeansElectronic, convention.MeansPost, convention.MeansCourier)
			}
			r.Transmission = convention.Transmission{Sent: r.Made.AddDays(rapid.IntRange(0, 5).Draw(t, "Transmission.Sent")),
				Means: rapid.SampledFrom(means).Draw(t, "Transmission.Means"), Reference: rapid.SampledFrom([]string{"", "BEPI-2026-117"}).Draw(t, "Transmission.Reference")}
		}
		switch rapid.IntRange(0, 3).Draw(t, "Confidentiality") {
		case 1:
			r.Confidentiality = convention.Confidentiality{Required: true, Reasons: "the suspect must not learn of the investigation"}
		case 2:
			r.Confidentiality = convention.Confidentiality{NoNotice: true}
		}
		if rapid.Bool().Draw(t, "HasDeadline") {
			r.Deadline = r.Made.AddDays(rapid.IntRange(0, 120).Draw(t, "Deadline"))
			r.DeadlineReasons = rapid.SampledFrom([]string{"", "trial date set"}).Draw(t, "DeadlineReasons")
		}
		if rapid.Bool().Draw(t, "HasContacts") {
			r.Contacts = convention.Contacts{Requesting: convention.ContactPoint{Name: "M. Dupont", Role: "magistrate", Email: "m.dupont@justice.example", TimeZone: "Europe/Paris"}}
		}
		if rapid.Bool().Draw(t, "HasAttachment") {
			r.Attachments = []convention.Attachment{{Kind: rapid.SampledFrom([]convention.AttachmentKind{convention.AttachmentOrder, convention.AttachmentLaw, convention.AttachmentTranslation}).Draw(t, "Attachment.Kind"),
				Title: "Ordonnance du juge d'instruction"}}
		}
		return r
	})
}

// breaker breaks one rule of a request. decided marks a break that is the
// request's lack of conformity with the article (an element of para. 16
// lacking; oral or INTERPOL without urgency; no language), which the
// decisions decide (para. 22(a)) rather than reject.
type breaker struct {
	cite    convention.Citation
	decided bool
	apply   func(r *mla.Request, applied []bool)
}

const (
	bAuthority = iota
	bConducting
	bFacts
	bAssistance
	bSubject
	bAim
	bPurposeInvalid
	bPreserved
	bOral
	bInterpol
	bLanguage
	bSameState
	bConduct
	bDeadline
	bNature
	bNationality
	bNoOffence
	bTranslation
	bTreatyUnnamed
	numBreakers
)

var breakers = [numBreakers]breaker{
	bAuthority:  {convention.CitePoint(convention.ArtMLA, 16, 'a'), true, func(r *mla.Request, _ []bool) { r.RequestingAuthority = "" }},
	bConducting: {convention.CitePoint(convention.ArtMLA, 16, 'b'), true, func(r *mla.Request, _ []bool) { r.Conducting.Functions = " " }},
	bFacts:      {convention.CitePoint(convention.ArtMLA, 16, 'c'), true, func(r *mla.Request, _ []bool) { r.Facts = "" }},
	bAssistance: {convention.CitePoint(convention.ArtMLA, 16, 'd'), true, func(r *mla.Request, _ []bool) { r.AssistanceSought, r.Data = "", nil }},
	bSubject: {convention.CitePoint(convention.ArtMLA, 16, 'e'), true, func(r *mla.Request, _ []bool) {
		r.Subjects = append(slices.Clone(r.Subjects), mla.Subject{Kind: mla.SubjectPerson})
	}},
	bAim:            {convention.CitePoint(convention.ArtMLA, 16, 'f'), true, func(r *mla.Request, _ []bool) { r.Aim = "" }},
	bPurposeInvalid: {convention.Cite(convention.ArtMLA, 3), false, func(r *mla.Request, _ []bool) { r.Purposes |= 1 << 15 }},
	bPreserved: {convention.CitePoint(convention.ArtMLA, 3, 'd'), false, func(r *mla.Request, _ []bool) {
		r.Purposes = r.Purposes.Without(mla.PurposeStoredData)
		r.Related = []convention.Related{{Ref: "PRES-9", Relation: convention.RelationFollows}}
	}},
	bOral: {convention.Cite(convention.ArtMLA, 15), true, func(r *mla.Request, _ []bool) {
		r.Form, r.Urgency, r.Confirmed = mla.FormOral, convention.Urgency{}, convention.Date{}
		r.Transmission.Means = convention.MeansNotGiven
		if r.Channel == mla.ChannelInterpol {
			r.Channel = mla.ChannelCentralAuthority
		}
	}},
	bInterpol: {convention.Cite(convention.ArtMLA, 14), true, func(r *mla.Request, applied []bool) {
		r.Channel, r.Urgency = mla.ChannelInterpol, convention.Urgency{}
		r.Transmission.Means = convention.MeansNotGiven
		if !applied[bOral] {
			r.Form, r.Confirmed = mla.FormWriting, convention.Date{}
		}
	}},
	bLanguage:  {convention.Cite(convention.ArtMLA, 15), true, func(r *mla.Request, _ []bool) { r.Language = convention.Languages{} }},
	bSameState: {convention.Cite(convention.ArtMLA, 32), false, func(r *mla.Request, _ []bool) { r.Requested = r.Requesting }},
	bConduct: {convention.CitePoint(convention.ArtMLA, 16, 'b'), true, func(r *mla.Request, applied []bool) {
		if !applied[bNoOffence] {
			r.Offences = slices.Clone(r.Offences)
			r.Offences[0].Conduct = ""
		}
	}},
	bDeadline: {convention.Cite(convention.ArtMLA, 25), false, func(r *mla.Request, _ []bool) {
		r.Deadline, r.DeadlineReasons = convention.Date{}, "trial date set"
	}},
	bNature: {convention.CitePoint(convention.ArtMLA, 16, 'b'), false, func(r *mla.Request, _ []bool) { r.Nature = 9 }},
	bNationality: {convention.CitePoint(convention.ArtMLA, 16, 'e'), false, func(r *mla.Request, _ []bool) {
		r.Subjects = append(slices.Clone(r.Subjects), mla.Subject{Kind: mla.SubjectPerson, Identity: "A. Person", Nationality: "Kenyan"})
	}},
	bNoOffence: {convention.Cite(convention.ArtMLA, 1), false, func(r *mla.Request, applied []bool) {
		if !applied[bConduct] {
			r.Offences = nil
			return
		}
		// Keep bConduct's offence without conduct: name too many offences.
		for len(r.Offences) <= mla.MaxOffences {
			r.Offences = append(r.Offences, convention.Offence{Conduct: "sending phishing e-mails"})
		}
	}},
	bTranslation: {convention.Cite(convention.ArtMLA, 15), false, func(r *mla.Request, applied []bool) {
		if applied[bLanguage] {
			// A translation without its language, and so no original's
			// either: two problems, as bLanguage and this breaker want.
			r.Language = convention.Languages{Translations: []language.Tag{language.Und}}
			return
		}
		r.Language.Translations = []language.Tag{r.Language.Original}
	}},
	bTreatyUnnamed: {convention.Cite(convention.ArtMLA, 9), false, func(r *mla.Request, _ []bool) {
		r.Basis = convention.Under(convention.BasisConvention, convention.BasisTreaty)
	}},
}

// Broken generates requests broken in one or more known ways, each
// independent of the others, with the citations Validate must report: one
// per problem, sorted as Validate sorts them (ties keep their order).
func Broken() *rapid.Generator[Invalid[mla.Request]] {
	return broken(func(breaker) bool { return true })
}

// Malformed generates requests broken only in ways the library cannot
// decide on (an undeclared value, the same State twice, inconsistent
// references or dates), with the citations Validate, and Prepare, Assess
// and Review, must report.
func Malformed() *rapid.Generator[Invalid[mla.Request]] {
	return broken(func(b breaker) bool { return !b.decided })
}

// Nonconforming generates requests that are not made in conformity with
// the article (an element of para. 16 lacking; an oral request or a
// request through INTERPOL without urgency; no language given), with the
// citations Validate must report. Prepare, Assess and Review decide them:
// where paragraphs 10 to 30 govern, para. 22(a) is available.
func Nonconforming() *rapid.Generator[Invalid[mla.Request]] {
	return broken(func(b breaker) bool { return b.decided })
}

func broken(keep func(breaker) bool) *rapid.Generator[Invalid[mla.Request]] {
	var pool []int
	for i, b := range breakers {
		if keep(b) {
			pool = append(pool, i)
		}
	}
	return rapid.Custom(func(t *rapid.T) Invalid[mla.Request] {
		r := Request().Draw(t, "Request")
		// Make every breaker effective on its own: a summary of facts is
		// required once the request serves a purpose besides service.
		r.Purposes = r.Purposes.With(mla.PurposeExamination)
		if r.Facts == "" {
			r.Facts = "Summary."
		}
		which := rapid.SliceOfNDistinct(rapid.SampledFrom(pool), 1, 4, rapid.ID[int]).Draw(t, "Breakers")
		slices.Sort(which)
		applied := make([]bool, numBreakers)
		var want []convention.Citation
		for _, i := range which {
			breakers[i].apply(&r, applied)
			applied[i] = true
			want = append(want, breakers[i].cite)
		}
		slices.SortStableFunc(want, convention.Citation.Compare)
		return Invalid[mla.Request]{Value: r, Want: want}
	})
}

// Profile generates a requested State's standing position.
func Profile() *rapid.Generator[mla.Profile] {
	return rapid.Custom(func(t *rapid.T) mla.Profile {
		p := mla.Profile{
			Treaty:           Judgement().Draw(t, "Treaty"),
			ArticleInLieu:    Judgement().Draw(t, "ArticleInLieu"),
			CentralAuthority: rapid.SampledFrom([]string{"", "Ministry of Justice"}).Draw(t, "CentralAuthority"),
			Diplomatic:       rapid.Bool().Draw(t, "Diplomatic"),
			Interpol:         rapid.Bool().Draw(t, "Interpol"),
			Oral:             rapid.Bool().Draw(t, "Oral"),
			Languages:        rapid.SliceOfNDistinct(rapid.SampledFrom(Languages()), 0, 3, func(l language.Tag) string { return l.String() }).Draw(t, "Languages"),
		}
		if rapid.Bool().Draw(t, "HasCatalogue") {
			p.Recognised = Recognised()
		}
		return p
	})
}

// ArticleProfile generates profiles under which paragraphs 10 to 30 apply.
func ArticleProfile() *rapid.Generator[mla.Profile] {
	return rapid.Custom(func(t *rapid.T) mla.Profile {
		p := Profile().Draw(t, "Profile")
		if rapid.Bool().Draw(t, "NoTreaty") {
			p.Treaty = convention.No
		} else {
			p.ArticleInLieu = convention.Yes
		}
		return p
	})
}

// TreatyProfile generates profiles under which an MLA treaty governs.
func TreatyProfile() *rapid.Generator[mla.Profile] {
	return rapid.Custom(func(t *rapid.T) mla.Profile {
		p := Profile().Draw(t, "Profile")
		p.Treaty, p.ArticleInLieu = convention.Yes, convention.No
		return p
	})
}

// Facts generates the requested State's judgements, any of them possibly
// unassessed, with judgements on at most one offence: they are valid
// (Facts.Validate) and consistent with every valid request, which names
// at least one offence. FactsFor draws judgements on each of a request's
// offences.
func Facts() *rapid.Generator[mla.Facts] { return facts(Judgement(), 1) }

// KnownFacts generates judgements all assessed (yes or no), on at most
// one offence, as Facts does.
func KnownFacts() *rapid.Generator[mla.Facts] { return facts(Known(), 1) }

// FactsFor generates the requested State's judgements on the request r,
// any of them possibly unassessed: per-offence judgements on some or all
// of r's offences, never more (the decisions reject judgements on more
// offences than the request names).
func FactsFor(r mla.Request) *rapid.Generator[mla.Facts] {
	return facts(Judgement(), min(len(r.Offences), mla.MaxOffences))
}

// KnownFactsFor generates judgements on the request r all assessed (yes or
// no), as FactsFor does.
func KnownFactsFor(r mla.Request) *rapid.Generator[mla.Facts] {
	return facts(Known(), min(len(r.Offences), mla.MaxOffences))
}

func facts(j *rapid.Generator[convention.Judgement], offences int) *rapid.Generator[mla.Facts] {
	return rapid.Custom(func(t *rapid.T) mla.Facts {
		return mla.Facts{
			ContentDataPermitted:  j.Draw(t, "ContentDataPermitted"),
			OtherAssistanceLawful: j.Draw(t, "OtherAssistanceLawful"),
			BankSecrecy:           j.Draw(t, "BankSecrecy"),
			Offences: rapid.Custom(func(t *rapid.T) []mla.OffenceFacts {
				var out []mla.OffenceFacts
				for range rapid.IntRange(0, offences).Draw(t, "n") {
					out = append(out, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: j.Draw(t, "Requested.Criminal")},
						TrafficDataAvailable: j.Draw(t, "TrafficDataAvailable")})
				}
				return out
			}).Draw(t, "Offences"),
			DeMinimis:             j.Draw(t, "DeMinimis"),
			OtherProvisions:       j.Draw(t, "OtherProvisions"),
			Authenticity:          j.Draw(t, "Authenticity"),
			MoreInformation:       j.Draw(t, "MoreInformation"),
			ProcedureLawful:       j.Draw(t, "ProcedureLawful"),
			ProcedurePossible:     j.Draw(t, "ProcedurePossible"),
			CanKeepConfidential:   j.Draw(t, "CanKeepConfidential"),
			EssentialInterests:    j.Draw(t, "EssentialInterests"),
			DomesticProhibition:   j.Draw(t, "DomesticProhibition"),
			Disproportionate:      j.Draw(t, "Disproportionate"),
			ContraryToLegalSystem: j.Draw(t, "ContraryToLegalSystem"),
			Fiscal:                j.Draw(t, "Fiscal"),
			InterferesOngoing:     j.Draw(t, "InterferesOngoing"),
			CostsAgreedOtherwise:  j.Draw(t, "CostsAgreedOtherwise"),
			SubstantialCosts:      j.Draw(t, "SubstantialCosts"),
			RecordsPublic:         j.Draw(t, "RecordsPublic"),
			Discrimination: convention.DiscriminationFacts{
				Belief:  j.Draw(t, "Discrimination.Belief"),
				Grounds: convention.DiscriminationGrounds(0).Add(rapid.SampledFrom([]convention.DiscriminationGround{convention.GroundNone, convention.GroundPoliticalOpinions}).Draw(t, "Discrimination.Grounds")),
			},
		}
	})
}

// Grounds generates a set of grounds drawn from every ground of the
// vocabulary, barred ones and optional courses included.
func Grounds() *rapid.Generator[mla.Set] {
	var all []mla.Term
	for _, x := range mla.Terms() {
		if x.Describe().Kind == convention.KindGround {
			all = append(all, x)
		}
	}
	return rapid.Custom(func(t *rapid.T) mla.Set {
		return convention.SetOf(rapid.SliceOfN(rapid.SampledFrom(all), 0, 4).Draw(t, "Grounds")...)
	})
}

// Response generates valid responses.
func Response() *rapid.Generator[mla.Response] {
	return rapid.Custom(func(t *rapid.T) mla.Response {
		return mla.Response{
			Action:                  rapid.SampledFrom([]mla.Action{mla.ActionExecute, mla.ActionConditions, mla.ActionPostpone, mla.ActionRefuse}).Draw(t, "Action"),
			Grounds:                 Grounds().Draw(t, "Grounds"),
			Reasons:                 rapid.Bool().Draw(t, "Reasons"),
			Consulted:               rapid.Bool().Draw(t, "Consulted"),
			InformedConfidentiality: rapid.Bool().Draw(t, "InformedConfidentiality"),
		}
	})
}

// ResponseTo generates a proposed response to r: as Response, and a
// refusal is in part (Response.Offences, offences of r) half the time.
func ResponseTo(r mla.Request) *rapid.Generator[mla.Response] {
	return rapid.Custom(func(t *rapid.T) mla.Response {
		resp := Response().Draw(t, "Response")
		if n := min(len(r.Offences), mla.MaxOffences); resp.Action == mla.ActionRefuse && n > 0 && rapid.Bool().Draw(t, "InPart") {
			resp.Offences = mla.OffencesOf(rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), 1, n, rapid.ID[int]).Draw(t, "Offences")...)
		}
		return resp
	})
}

// Use generates a use or disclosure of information received from another
// State (paras. 6, 20), proposed or already made, any judgement possibly
// unassessed.
func Use() *rapid.Generator[mla.Use] {
	return rapid.Custom(func(t *rapid.T) mla.Use {
		return mla.Use{
			Disclosure:            rapid.Bool().Draw(t, "Disclosure"),
			Exculpatory:           Judgement().Draw(t, "Exculpatory"),
			WithinRestrictions:    Judgement().Draw(t, "WithinRestrictions"),
			OtherProceedings:      rapid.Bool().Draw(t, "OtherProceedings"),
			Consent:               Judgement().Draw(t, "Consent"),
			AdvanceNoticePossible: Judgement().Draw(t, "AdvanceNoticePossible"),
			ConsultationRequested: rapid.Bool().Draw(t, "ConsultationRequested"),
			NotifiedInAdvance:     rapid.Bool().Draw(t, "NotifiedInAdvance"),
			InformedWithoutDelay:  rapid.Bool().Draw(t, "InformedWithoutDelay"),
			Consulted:             rapid.Bool().Draw(t, "Consulted"),
		}
	})
}

// Spontaneous generates spontaneously transmitted information and what the
// transmitting authority asked of the receiver (paras. 5, 6).
func Spontaneous() *rapid.Generator[mla.Spontaneous] {
	return rapid.Custom(func(t *rapid.T) mla.Spontaneous {
		return mla.Spontaneous{
			CouldAssist:  Judgement().Draw(t, "CouldAssist"),
			Confidential: rapid.Bool().Draw(t, "Confidential"),
			Restricted:   rapid.Bool().Draw(t, "Restricted"),
		}
	})
}

// Stay generates valid stays under para. 28 (BasisSafeConduct) or para. 13
// (BasisTransfer), with events around leap days and month ends.
func Stay() *rapid.Generator[mla.Stay] {
	return rapid.Custom(func(t *rapid.T) mla.Stay {
		s := mla.Stay{
			Basis:   rapid.SampledFrom([]mla.Basis{mla.BasisSafeConduct, mla.BasisTransfer}).Draw(t, "Basis"),
			Arrived: DateBetween(convention.MustDate("2027-12-01"), convention.MustDate("2028-03-31")).Draw(t, "Arrived"),
		}
		at := func(label string, from convention.Date, max int) convention.Date {
			return from.AddDays(rapid.IntRange(0, max).Draw(t, label))
		}
		if rapid.Bool().Draw(t, "IsInformed") {
			s.Informed = at("Informed", s.Arrived, 40)
		}
		if rapid.IntRange(0, 2).Draw(t, "IsAgreed") == 0 {
			s.AgreedDays = rapid.IntRange(1, 45).Draw(t, "AgreedDays")
		}
		for range rapid.IntRange(0, 3).Draw(t, "Unable") {
			start := at("Unable.Start", s.Arrived, 60)
			p := convention.Period{Start: start}
			if rapid.IntRange(0, 5).Draw(t, "Unable.Open") != 0 {
				p.End = at("Unable.End", start, 20)
			}
			s.Unable = append(s.Unable, p)
		}
		if rapid.Bool().Draw(t, "IsDeparted") {
			s.Departed = at("Departed", s.Arrived, 70)
			if rapid.Bool().Draw(t, "IsReturned") {
				s.Returned = at("Returned", s.Departed.AddDays(1), 30)
				s.ReturnVoluntary = Judgement().Draw(t, "ReturnVoluntary")
			}
		}
		if s.Basis == mla.BasisTransfer && rapid.Bool().Draw(t, "IsSendingAgreed") {
			s.SendingAgreed = at("SendingAgreed", s.Arrived, 60)
		}
		return s
	})
}
