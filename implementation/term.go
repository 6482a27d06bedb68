package implementation

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// Term is the decision vocabulary of the package: the obligations of the
// Technical Assistance and Preventive Measures chapters and of the
// Implementation art. (the catalogue a State assesses itself against), the
// information parties furnish to the Commission (the checklist) and the
// tests applied to it, and the tasks of the Secretariat. Members are
// declared in the order of the text and describe themselves through
// Describe; Strength, Qualifier and Bearer say more of each obligation.
//
// The zero Term is TermUnknown.
type Term uint8

// The terms, in the order of the text.
const (
	TermUnknown Term = iota

	// Training art.
	TermTrainingProgrammes     // para. 1: training programmes for law enforcement and justice personnel
	TermTrainingSecondments    // para. 1: programmes may include secondments and exchanges of staff
	TermTrainingPrevention     // para. 1(a): methods of prevention, detection and control
	TermTrainingProceeds       // para. 1(b): detecting and monitoring proceeds
	TermTrainingEvidence       // para. 1(c): collection of evidence, including electronic evidence
	TermTrainingTechniques     // para. 1(d): modern equipment and techniques
	TermTrainingTracing        // para. 1(e): tracing communications and virtual assets
	TermTrainingProtection     // para. 1(f): protection of victims, experts and witnesses
	TermTrainingResearch       // para. 2: assist one another in research and training programmes
	TermTrainingConferences    // para. 2: use regional and international conferences and seminars
	TermTrainingExtraditionMLA // para. 3: promote training facilitating extradition and MLA
	TermTrainingLanguage       // para. 3: may include language training, secondments and exchanges
	TermTrainingOrganisations  // para. 4: maximize activities within organizations and arrangements

	// Technical assistance art.
	TermAssistanceOptimal    // para. 1: measures for the optimal implementation of the Convention
	TermAssistanceDeveloping // para. 2(a): cooperation with developing countries
	TermAssistanceFinancial  // para. 2(b): financial and material assistance to developing countries
	TermAssistanceOthers     // para. 2(c): encourage others to contribute
	TermAssistanceAgreements // para. 4: agreements on material and logistical assistance

	// Prevention art.
	TermPreventionProjects      // para. 1: national projects, best practices and policies
	TermPreventionCapacity      // para. 2: domestic criminal justice capacity
	TermPreventionReintegration // para. 3: reintegration of convicted persons
	TermPreventionEvaluation    // para. 4: periodic evaluation of legislation and practice
	TermPreventionCollaboration // para. 5: collaboration with States and organizations

	// Society art.
	TermSocietyParticipation        // para. 1: participation of society outside the public sector
	TermSocietyTransparency         // para. 1(a): transparency and public contribution
	TermSocietyInformation          // para. 1(b): public access to information
	TermSocietyMassMedia            // para. 1(b): information may be disseminated through the mass media
	TermSocietyIncludeParticipation // para. 1(b): information shall include measures promoting participation
	TermSocietyEducation            // para. 1(c): public information and education
	TermSocietyGender               // para. 1(d): gender-based violence
	TermSocietyVictims              // para. 1(e): cooperating with civil society to inform and protect victims
	TermSocietyReporting            // para. 2: law enforcement bodies known to the public
	TermSocietyReportingAccess      // para. 2: access to them for reporting, where appropriate

	// Private sector art.
	TermPrivateCooperation // cooperation between authorities and the private sector
	TermPrivateSharing     // (a): information sharing among industry sectors
	TermPrivateAlerts      // (b): incident alerts and countermeasures

	// Victims art.
	TermVictimsRights     // para. 1: preserve and protect victims' rights
	TermVictimsAssistance // para. 2: assistance to endangered victims
	TermVictimsVulnerable // para. 3: special needs of vulnerable populations

	// Implementation art.
	TermImplementationMeasures // para. 1: measures to implement the Convention's obligations
	TermStricterMeasures       // para. 2: stricter or more severe measures

	// Functions art., para. 3: information on programmes, plans and measures.
	TermInfoMeasures // duty: provide it, as required by the Commission

	// Secretariat art.
	TermSecretariatCommission // para. 2(a): assist the Commission
	TermSecretariatParties    // para. 2(b): assist States Parties on request
	TermSecretariatCoordinate // para. 2(c): coordinate with other secretariats

	// Information art.
	TermIsParty          // test: is the State a Party on the date?
	TermRequested        // test: has the Commission requested information by the date?
	TermInfoRequested    // para. 1: such information as the Commission may request
	TermInfoReport       // para. 1(a): a report every five years
	TermLawsPromulgated  // test: laws or regulations promulgated to give effect?
	TermInfoLaws         // para. 1(b): texts of laws and regulations
	TermInfoCases        // para. 1(c): information on cases
	TermInfoAuthorities  // para. 1(d): names and addresses of authorities
	TermAnsweredOnTime   // test: every request answered by the date the Commission set?
	TermFormsUsed        // test: in the forms the Commission prescribed?
	TermInfoManner       // para. 2: in the manner, by the dates, on the forms requested
	TermConfiscationLaws // test: laws giving effect to the confiscation article?
	TermInfoConfiscation // Confiscation art., para. 5: copies to the Secretary-General
	numTerms
)

// Bearer is who owes an obligation of the catalogue. The zero Bearer is
// BearerUnknown.
type Bearer uint8

// The bearers.
const (
	BearerUnknown Bearer = iota
	// BearerEachParty: "Each State Party shall": each State on its own.
	BearerEachParty
	// BearerParties: "States Parties shall": the parties, with and towards
	// one another; each assesses its own part.
	BearerParties
	// BearerSecretariat: the Secretariat (Secretariat art.).
	BearerSecretariat
)

var bearerTokens = tokens{"unknown", "each-party", "parties", "secretariat"}

// String returns the bearer's token.
func (b Bearer) String() string { return bearerTokens.name("Bearer", int(b)) }

type termInfo struct {
	d         convention.Description
	strength  convention.Strength
	bearer    Bearer
	qualifier string
}

func cite(a convention.Article, p int) convention.Citation { return convention.Cite(a, p) }

func point(a convention.Article, p int, r rune) convention.Citation {
	return convention.CitePoint(a, p, r)
}

// duty, option, test and task build the table's entries.
func duty(c convention.Citation, name string, s convention.Strength, b Bearer, qualifier, text string) termInfo {
	return termInfo{d: convention.Description{Kind: convention.KindDuty, Cite: c, Name: name, Text: text}, strength: s, bearer: b, qualifier: qualifier}
}

func option(c convention.Citation, name string, s convention.Strength, b Bearer, text string) termInfo {
	return termInfo{d: convention.Description{Kind: convention.KindGround, Cite: c, Name: name, Text: text, Optional: true}, strength: s, bearer: b}
}

func test(c convention.Citation, name, text, uses string) termInfo {
	return termInfo{d: convention.Description{Kind: convention.KindTest, Cite: c, Name: name, Text: text, Uses: uses}}
}

var (
	training  = convention.ArtTraining
	assist    = convention.ArtTechnicalAssistance
	prevent   = convention.ArtPrevention
	society   = convention.ArtSociety
	private   = convention.ArtPrivateSector
	victims   = convention.ArtVictims
	implement = convention.ArtImplementation
	info      = convention.ArtInformation
	shall     = convention.Shall
	endeavour = convention.ShallEndeavour
	may       = convention.May
	should    = convention.Encouraged
)

var terms = [numTerms]termInfo{
	TermTrainingProgrammes: duty(cite(training, 1), "training-programmes", shall, BearerEachParty, "to the extent necessary; for personnel supporting the administration of justice, consistent with its domestic legal framework",
		"Initiate, develop or improve specific training programmes for law enforcement personnel, other personnel charged with prevention, detection and investigation, and personnel supporting the administration of justice."),
	TermTrainingSecondments: option(cite(training, 1), "training-secondments", may, BearerEachParty,
		"Include secondments and exchanges of staff in the training programmes."),
	TermTrainingPrevention: duty(point(training, 1, 'a'), "training-prevention-methods", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with methods used in the prevention, detection and control of the offences."),
	TermTrainingProceeds: duty(point(training, 1, 'b'), "training-proceeds", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with detecting and monitoring the movements of proceeds of cybercrime, property, equipment or other instrumentalities."),
	TermTrainingEvidence: duty(point(training, 1, 'c'), "training-evidence", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with the collection of evidence, including electronic evidence."),
	TermTrainingTechniques: duty(point(training, 1, 'd'), "training-techniques", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with modern law enforcement equipment and techniques, including electronic surveillance."),
	TermTrainingTracing: duty(point(training, 1, 'e'), "training-tracing", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with tracing of communications and virtual assets for criminal investigations."),
	TermTrainingProtection: duty(point(training, 1, 'f'), "training-protection", shall, BearerEachParty, "to the extent permitted by domestic law",
		"Deal in the programmes with methods used in the protection of victims, experts and witnesses."),
	TermTrainingResearch: duty(cite(training, 2), "assist-research-training", shall, BearerParties, "",
		"Assist one another in planning and implementing research and training programmes to share expertise."),
	TermTrainingConferences: duty(cite(training, 2), "conferences-seminars", shall, BearerParties, "when appropriate",
		"Use regional and international conferences and seminars to promote cooperation and discussion of problems of mutual concern."),
	TermTrainingExtraditionMLA: duty(cite(training, 3), "training-extradition-mla", shall, BearerParties, "",
		"Promote training and technical assistance that will facilitate extradition and mutual legal assistance."),
	TermTrainingLanguage: option(cite(training, 3), "training-language-exchanges", may, BearerParties,
		"Include language training, secondments and exchanges between personnel of central authorities or agencies."),
	TermTrainingOrganisations: duty(cite(training, 4), "maximize-operational-training", shall, BearerParties, "in the case of existing agreements or arrangements; to the extent necessary",
		"Strengthen efforts to maximize operational and training activities within international and regional organizations and existing agreements or arrangements."),

	TermAssistanceOptimal: duty(cite(assist, 1), "optimal-implementation", shall, BearerParties, "to the extent possible",
		"Take measures conducive to the optimal implementation of the Convention through international cooperation."),
	TermAssistanceDeveloping: duty(point(assist, 2, 'a'), "cooperate-developing-countries", endeavour, BearerParties, "to the extent possible",
		"Make concrete efforts to enhance cooperation with developing countries to strengthen their capacity to prevent and combat cybercrime."),
	TermAssistanceFinancial: duty(point(assist, 2, 'b'), "assist-developing-countries", endeavour, BearerParties, "to the extent possible",
		"Make concrete efforts to enhance financial and material assistance to developing countries."),
	TermAssistanceOthers: duty(point(assist, 2, 'c'), "encourage-contributions", endeavour, BearerParties, "to the extent possible; as appropriate",
		"Make concrete efforts to encourage and persuade other States, civil society, international organizations, financial institutions and the private sector to contribute."),
	TermAssistanceAgreements: option(cite(assist, 4), "assistance-agreements", may, BearerParties,
		"Conclude bilateral or multilateral agreements or arrangements on material and logistical assistance."),

	TermPreventionProjects: duty(cite(prevent, 1), "prevention-projects", endeavour, BearerParties, "",
		"Endeavour to develop and evaluate national projects and to establish and promote best practices and policies aimed at the prevention of cybercrime."),
	TermPreventionCapacity: duty(cite(prevent, 2), "criminal-justice-capacity", endeavour, BearerParties, "",
		"Endeavour to build and invest in domestic criminal justice capacity as part of national prevention strategies."),
	TermPreventionReintegration: duty(cite(prevent, 3), "reintegration", endeavour, BearerParties, "",
		"Endeavour to promote the reintegration into society of persons convicted of offences established under the Convention."),
	TermPreventionEvaluation: duty(cite(prevent, 4), "evaluate-legislation", endeavour, BearerParties, "",
		"Endeavour to evaluate periodically existing legislation and administrative practices to identify gaps in coverage."),
	TermPreventionCollaboration: duty(cite(prevent, 5), "prevention-collaboration", shall, BearerParties, "as appropriate",
		"Collaborate with each other and relevant international and regional organizations in promoting and developing the measures of the article."),

	TermSocietyParticipation: duty(cite(society, 1), "society-participation", shall, BearerEachParty, "within its means and in accordance with fundamental principles of its domestic law",
		"Take appropriate measures to promote the active participation of individuals and groups outside the public sector in preventing and fighting cybercrime and to raise public awareness."),
	TermSocietyTransparency: option(point(society, 1, 'a'), "transparency", should, BearerEachParty,
		"Enhance the transparency of, and promote the contribution of the public to, preventive measures."),
	TermSocietyInformation: option(point(society, 1, 'b'), "public-access-information", should, BearerEachParty,
		"Ensure that the public has effective access to information on cybercrime threats and risks."),
	TermSocietyMassMedia: option(point(society, 1, 'b'), "mass-media", may, BearerEachParty,
		"Disseminate information, where appropriate, through the mass media."),
	TermSocietyIncludeParticipation: duty(point(society, 1, 'b'), "information-includes-participation", shall, BearerEachParty,
		"where information on cybercrime threats and risks is made available or disseminated (para. 1(b))",
		"Include in the information measures to promote public participation in preventing and combating cybercrime."),
	TermSocietyEducation: option(point(society, 1, 'c'), "public-education", should, BearerEachParty,
		"Undertake public information activities contributing to public education programmes, including school and university curricula."),
	TermSocietyGender: option(point(society, 1, 'd'), "gender-based-violence", should, BearerEachParty,
		"Pay special attention to preventing and eradicating gender-based violence through cybercrime."),
	TermSocietyVictims: option(point(society, 1, 'e'), "inform-protect-victims", should, BearerEachParty,
		"Cooperate with civil society to inform and protect victims of cybercrime of their rights, protections and available assistance."),
	TermSocietyReporting: duty(cite(society, 2), "reporting-to-law-enforcement", shall, BearerEachParty, "",
		"Take appropriate measures to ensure that the relevant law enforcement bodies are known to the public."),
	TermSocietyReportingAccess: duty(cite(society, 2), "access-for-reporting", shall, BearerEachParty, "where appropriate",
		"Provide access to those bodies for the reporting, including anonymously, of incidents that may constitute an offence established under the Convention."),

	TermPrivateCooperation: duty(cite(private, 0), "private-sector-cooperation", shall, BearerEachParty, "as may be necessary; in accordance with its domestic law",
		"Take appropriate measures to encourage cooperation between investigating and prosecuting authorities and the private sector, in particular financial institutions and the technology sector."),
	TermPrivateSharing: option(point(private, 0, 'a'), "industry-information-sharing", may, BearerEachParty,
		"Include information sharing among industry sectors on cybercrime trends and risks, with referrals to competent authorities."),
	TermPrivateAlerts: option(point(private, 0, 'b'), "incident-alerts", may, BearerEachParty,
		"Include incident alerts and countermeasures on cybercrime trends distributed to the private sector."),

	TermVictimsRights: duty(cite(victims, 1), "victims-rights", shall, BearerEachParty, "",
		"Take all appropriate measures, including legislation if necessary, to preserve and protect the rights of persons who were the object of the offences."),
	TermVictimsAssistance: duty(cite(victims, 2), "victims-assistance", shall, BearerEachParty, "",
		"Afford appropriate assistance to victims whose lives or safety are endangered by the offences."),
	TermVictimsVulnerable: duty(cite(victims, 3), "vulnerable-populations", shall, BearerParties, "",
		"Take into account the special needs of vulnerable populations, in particular women, children and the elderly."),

	TermImplementationMeasures: duty(cite(implement, 1), "implementing-measures", shall, BearerEachParty, "",
		"Take the necessary measures, including legislative and administrative measures, to ensure the implementation of its obligations under the Convention."),
	TermStricterMeasures: option(cite(implement, 2), "stricter-measures", may, BearerEachParty,
		"Adopt more strict or severe measures than the Convention provides for preventing and combating cybercrime."),

	TermInfoMeasures: duty(cite(convention.ArtFunctions, 3), "furnish-measures", shall, BearerEachParty, "as required by the Commission",
		"Provide the Commission with information on programmes, plans and practices, and legislative and administrative measures to implement the Convention."),

	TermSecretariatCommission: duty(point(convention.ArtSecretariat, 2, 'a'), "secretariat-assist-commission", shall, BearerSecretariat, "",
		"Assist the Commission in its activities and provide the necessary services for it."),
	TermSecretariatParties: duty(point(convention.ArtSecretariat, 2, 'b'), "secretariat-assist-parties", shall, BearerSecretariat, "upon request",
		"Assist States Parties, upon request, in providing information to the Commission."),
	TermSecretariatCoordinate: duty(point(convention.ArtSecretariat, 2, 'c'), "secretariat-coordinate", shall, BearerSecretariat, "",
		"Ensure the necessary coordination with the secretariats of relevant international and regional organizations."),

	TermIsParty: test(cite(convention.ArtFunctions, 3), "state-party",
		"Is the State a State Party (the Convention in force for it) on the date?", "Ledger, asOf"),
	TermRequested: test(cite(info, 1), "information-requested",
		"Has the Commission requested information of the State by the date?", "Checklist.Requests, asOf"),
	TermInfoRequested: duty(cite(info, 1), "furnish-requested-information", shall, BearerEachParty, "as the Commission may request",
		"Furnish to the Commission such information as it may request as being necessary and appropriate for the performance of its functions."),
	TermInfoReport: duty(point(info, 1, 'a'), "furnish-report", shall, BearerEachParty, "as the Commission may request",
		"Furnish a report every five years on the working of the Convention within its territory."),
	TermLawsPromulgated: test(point(info, 1, 'b'), "laws-promulgated",
		"Has the State promulgated laws or regulations to give effect to the Convention?", "InformationFacts.LawsPromulgated"),
	TermInfoLaws: duty(point(info, 1, 'b'), "furnish-laws", shall, BearerEachParty, "as the Commission may request",
		"Furnish the text of all laws and regulations promulgated to give effect to the Convention."),
	TermInfoCases: duty(point(info, 1, 'c'), "furnish-cases", shall, BearerEachParty, "as the Commission may request; without prejudice to sensitive law enforcement information and the rights of victims and witnesses",
		"Furnish information concerning cases or offences arising under the Convention."),
	TermInfoAuthorities: duty(point(info, 1, 'd'), "furnish-authorities", shall, BearerEachParty, "as the Commission may request",
		"Furnish the names and addresses of the governmental authorities empowered to make or receive requests for international cooperation."),
	TermAnsweredOnTime: test(cite(info, 2), "answered-by-the-date",
		"Was each request answered by the date the Commission set?", "Checklist.Requests, Checklist.Furnished, asOf"),
	TermFormsUsed: test(cite(info, 2), "forms-used",
		"Was each answer given on the form the Commission prescribed?", "Checklist.Requests, Checklist.Furnished"),
	TermInfoManner: duty(cite(info, 2), "furnish-as-requested", shall, BearerEachParty, "",
		"Furnish the information in such manner and by such dates and use such forms as the Commission may request."),
	TermConfiscationLaws: test(cite(convention.ArtConfiscation, 5), "confiscation-laws",
		"Has the State laws or regulations giving effect to the confiscation article, or changes to them?", "InformationFacts.ConfiscationLaws"),
	TermInfoConfiscation: duty(cite(convention.ArtConfiscation, 5), "furnish-confiscation-laws", shall, BearerEachParty, "",
		"Furnish to the Secretary-General copies of the laws and regulations giving effect to the confiscation article, and of changes to them, or a description thereof."),
}

// Describe returns the term's table entry; the zero Description for an
// undeclared value.
func (t Term) Describe() convention.Description {
	if t < numTerms {
		return terms[t].d
	}
	return convention.Description{}
}

// Strength returns the force of the words imposing the obligation: Shall,
// ShallEndeavour ("shall endeavour", "shall make concrete efforts"), May,
// Encouraged ("should"); StrengthUnknown for a test. The catalogue has no
// "shall consider": the chapters it covers use none.
func (t Term) Strength() convention.Strength {
	if t < numTerms {
		return terms[t].strength
	}
	return convention.StrengthUnknown
}

// Bearer returns who owes the obligation.
func (t Term) Bearer() Bearer {
	if t < numTerms {
		return terms[t].bearer
	}
	return BearerUnknown
}

// Qualifier returns the words that leave the obligation's reach to the
// State's judgement ("to the extent necessary", "as appropriate"), or "".
func (t Term) Qualifier() string {
	if t < numTerms {
		return terms[t].qualifier
	}
	return ""
}

// String returns the term's name, or Term(n) for an undeclared value.
func (t Term) String() string {
	if t > TermUnknown && t < numTerms {
		return terms[t].d.Name
	}
	return "Term(" + strconv.Itoa(int(t)) + ")"
}
