package convention

// Preservation art. and 24/7 network art.
var registryPreservation = []Provision{
	{Cite: Cite(ArtPreservation, 1), Strength: May,
		Summary:  "A State Party may request another to order or obtain the expedited preservation of data stored by means of a computer system located in that other State's territory, for which it intends to submit an MLA request for search, seizure or disclosure.",
		Encoding: "preservation.Request, preservation.Request.Validate, preservation.Facts, preservation.Assess, preservation.Prepare, preservation.TestUnderConvention, preservation.Request.Link, mla.FollowUp, mla.Request.Follows",
		Reading:  "\"A State Party may request another State Party\" under this article: a request invoking only another instrument (a treaty such as the Budapest Convention, art. 29, reciprocity or domestic law) is not a request under the article and is decided as such (not applicable, in assessment and review alike); a request invoking the Convention, alone or with another basis, is one; a request stating no basis is decided as one, and the explanation says so. \"Located within the territory of that other State Party\": data outside it is outside the article."},
	{Cite: Cite(ArtPreservation, 2), Strength: Shall, Points: 6,
		Summary:  "A preservation request shall specify the authority, the offence and a brief summary of facts, the data and its relationship to the offence, any available information on the custodian or the system's location, the necessity of preservation, and the intent to submit an MLA request.",
		Encoding: "preservation.Request.Validate, preservation.Rules",
		Reading:  "Sub-paragraph (b) \"the offence\": a request may name several offences (at most preservation.MaxOffences), each named or described by its conduct. Sub-paragraph (c): one or more items of data, each categorised, identified or described. Sub-paragraph (d) \"any available information\": a custodian (a provider of the data) or a location where the requesting State has one; a request silent on both conforms (the text asks only for what is available, and the requested State cannot tell silence from want of information); an express statement that none is available, beside a custodian or location given, contradicts itself."},
	{Cite: Cite(ArtPreservation, 3), Strength: Shall,
		Summary:  "The requested State shall take all appropriate measures to preserve the data expeditiously under its domestic law; dual criminality is not required as a condition of preservation.",
		Encoding: "preservation.Assess, preservation.Review, preservation.GroundNoDualCriminality",
		Reading:  "\"For the purposes of responding to a request, dual criminality shall not be required as a condition to providing such preservation\": absence of dual criminality is never a ground of refusal, whatever the two States' characterisations of the conduct; the only opening is the reservation of paragraph 4, which turns on the requested State's belief about the time of disclosure, not on dual criminality today."},
	{Cite: Cite(ArtPreservation, 4), Strength: May,
		Summary:  "A State that requires dual criminality for MLA search, seizure or disclosure may reserve the right to refuse preservation, for offences other than those established under the Convention, where it has reason to believe dual criminality cannot be fulfilled at the time of disclosure.",
		Encoding: "preservation.Profile, preservation.Profile.ReservationOpen, preservation.Assess, preservation.Review",
		Reading: "Four conditions, all required: a State \"that requires dual criminality as a condition for responding to a request for mutual legal assistance for the search ... or disclosure\"; that has made the reservation (\"may ... reserve the right\"); \"in respect of offenses other than those established under the Convention\"; and \"in cases where it has reasons to believe that at the time of disclosure the condition of dual criminality cannot be fulfilled\", a judgement of the requested State (yes, no or not yet given). Dual criminality as it stands today is recorded for the explanation and never decides. " +
			"With several offences the reservation reaches each offence not established under the Convention, and is a ground for refusing the request only where every offence named is one: the data is preserved once for all the offences, and refusing it would refuse it in respect of the Convention offence too. So adding an offence never removes an obligation another offence creates."},
	{Cite: Cite(ArtPreservation, 5), Strength: May, Points: 2,
		Summary:  "In addition, preservation may only be refused for an offence the requested State considers political or connected with a political offence, or where it considers execution likely to prejudice its sovereignty, security, ordre public or other essential interests.",
		Encoding: "preservation.Assess, preservation.Review, preservation.GroundPoliticalOffence, preservation.GroundEssentialInterests, preservation.GroundOther, preservation.GroundDiscrimination",
		Reading: "\"In addition, a request for preservation may only be refused if\": \"in addition\" adds (a) and (b) to the reservation of paragraph 4, and \"only\" closes the grounds of refusal that the article itself gives (bank secrecy, de minimis, proportionality and the grounds of the MLA article are not among them). " +
			"It does not displace the non-discrimination clause of the general provisions: \"Nothing in this Convention shall be interpreted as imposing an obligation ... to provide assistance if\" the requested State has substantial grounds for believing the request discriminatory (Cooperation art., para. 3). Where that belief is held no obligation to preserve arises, so there is nothing for paragraph 5 to confine; the library lists the clause as an available ground (preservation.GroundDiscrimination) and reviews a refusal on it as lawful exactly when the belief is held. Where that belief is held, a refusal on no ground, or on a listed ground the State does not hold, breaks nothing; a ground the text excludes stays unlawful as proposed. " +
			"A refusal that invokes an excluded ground is unlawful as proposed even where another ground would sustain it. " +
			"Sub-paragraph (a), \"the request concerns an offence which the requested State Party considers a political offence or an offence connected with a political offence\": the State judges each offence; the ground is available for the request only where it considers every offence named political or connected with one. The \"connected\" limb covers ordinary offences bound up with a political one; an ordinary offence not connected with it keeps the obligation to preserve."},
	{Cite: Cite(ArtPreservation, 6), Strength: Shall,
		Summary:  "Where the requested State believes preservation will not ensure the data's future availability or will threaten the confidentiality of or otherwise prejudice the requesting State's investigation, it shall promptly inform the requesting State, which then determines whether the request should nevertheless be executed.",
		Encoding: "preservation.Assess, preservation.Review, preservation.DutyInform, preservation.FactProceed, preservation.ActionNotExecute",
		Reading: "\"It shall promptly so inform the requesting State Party, which shall then determine whether the request should nevertheless be executed\": the duty to inform is the requested State's, the decision the requesting State's. " +
			"Where it determines that the request should not be executed, not executing it is lawful (preservation.ActionNotExecute) and executing it goes against the determination; where it determines that it should nevertheless be executed, the requested State preserves as under paragraph 3 (a ground of paragraphs 4-5 or Cooperation art., para. 3 remains open); until it determines, whether to execute turns on its determination. " +
			"The determination is one made on being informed of the belief: without a belief, not executing is a refusal and needs a ground."},
	{Cite: Cite(ArtPreservation, 7), Strength: Shall,
		Summary:  "Preservation shall be for a period not less than ninety days, to enable an MLA request for search, seizure or disclosure; following receipt of that request, the data shall continue to be preserved pending a decision on it.",
		Encoding: "preservation.MinimumEnd, preservation.MinimumDays, preservation.Obligation, preservation.Events.Validate, preservation.Review",
		Reading: "\"Any preservation effected ... shall be for a period not less than ninety days\": the ninety days are the duration of the preservation itself, not a time limit running \"after\" an event; the day preservation is effected is a day on which the data is preserved and counts as the first. The period runs from that day through the ninetieth day of preservation (preservation.MinimumEnd = start + 89 days), both ends included as convention.Period.Days counts them: 1 March to 29 May is ninety days, and a proposed period, the obligation on a given day and a release are all judged by that one count. Releasing later is always lawful (\"not less than\"). " +
			"\"Following receipt of such a request, the data shall continue to be preserved pending a decision on that request\": no time limit; a request received while the data is still preserved, even after the ninety days, keeps it preserved until the decision, and the decision frees it from the day it is taken; a request received after release finds nothing to \"continue\"."},

	{Cite: Cite(ArtNetwork, 1), Strength: Shall,
		Summary:  "Each State shall designate a point of contact available twenty-four hours a day, seven days a week, to ensure immediate assistance in investigations, prosecutions or proceedings on offences established under the Convention or the collection of electronic evidence of a serious criminal offence.",
		Encoding: "preservation.CheckContact, preservation.ContactAssistance",
		Reading:  "\"Criminal offences established under this convention, or ... evidence in electronic form of a serious criminal offence\": either limb brings a matter within the network's duty, and one offence of the matter within either limb suffices; \"serious criminal offence\" is read with UNTOC art. 2(b) (a maximum deprivation of liberty of at least four years). \"Immediate assistance\" is assistance within Cooperation art., para. 3: where the requested State holds the belief that clause describes, no obligation to assist arises."},
	{Cite: Cite(ArtNetwork, 2), Strength: Shall, Points: 2,
		Summary:  "The assistance includes facilitating, or where domestic law and practice permit directly carrying out, the preservation of data and the provision of information, including technical advice and legal information, that may assist preservation.",
		Encoding: "preservation.CheckContact, preservation.ContactAssistance",
		Note:     "Sub-paragraph (a) refers to \"Article [preservation]\", a placeholder; the library reads it as the Preservation article of this text.",
		Reading:  "\"Shall include facilitating, or, if permitted by the domestic law and practice of the State Party, directly carrying out\": facilitating each measure is the least the contact must do and always discharges the duty; carrying it out directly is open only where domestic law and practice permit, and is then the State's choice, never a duty."},
	{Cite: Cite(ArtNetwork, 3), Strength: Shall,
		Summary:  "A point of contact shall be able to communicate with another State's point of contact on an expedited basis.",
		Encoding: "preservation.CheckContact"},
	{Cite: Cite(ArtNetwork, 4), Strength: Shall,
		Summary:  "A point of contact outside the authorities responsible for international mutual assistance or extradition shall ensure it can co-ordinate with them on an expedited basis.",
		Encoding: "preservation.CheckContact"},
	{Cite: Cite(ArtNetwork, 5), Strength: Shall,
		Summary:  "Each State shall ensure that trained and equipped personnel are available to facilitate the operation of the network.",
		Encoding: "preservation.CheckContact"},
	{Cite: Cite(ArtNetwork, 6), Strength: Declaratory,
		Summary: "The article is without prejudice to participation in other 24/7 networks.",
		Reason:  "A saving clause with nothing to decide."},
}
