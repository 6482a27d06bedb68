// Package implementation implements the Mechanism of Implementation
// chapter of the Convention, as in [convention.TextVersion], and the
// obligations of its Technical Assistance and Preventive Measures chapters.
//
// It gives a foreign ministry or the Secretariat:
//
//   - the review calendar ([Calendar]): the Commission's annual discussions,
//     mid-term and ministerial reviews counted from the Convention's entry
//     into force, each party's five-yearly report counted from the
//     Convention's entry into force for it, what falls due in a period
//     ([Calendar.Due]) and what a party has missed ([Calendar.Missed]);
//   - the Commission's requests for information and what a party furnished
//     in answer, as a typed checklist ([Checklist], [Request], [Item])
//     assessed against its duties ([AssessChecklist]): every item of
//     Information art., para. 1 is owed as the Commission requests it, by
//     its dates and on its forms;
//   - the Commission's decisions under review by the Council or the General
//     Assembly ([ReviewDecision]), the bodies ([Body]), the expenses
//     ([ExpensesBorneBy]) and the Secretariat ([Secretariat],
//     [SecretariatTasks]);
//   - the catalogue of obligations, with the strength of each ([Catalogue]),
//     and a State's self-assessment against it ([SelfAssess]): what it has,
//     lacks, is excused from by a qualifier, and may still choose.
//
// Whether a State's measures meet an obligation, and whether a qualifier
// ("to the extent necessary", "as appropriate") excuses it, are the State's
// judgements: the package takes them as inputs.
//
// # Articles
//
//   - Implementation art., para. 1: [TermImplementationMeasures], [SelfAssess].
//   - Implementation art., para. 2: [TermStricterMeasures], [Catalogue].
//   - Implementation body art., para. 1: [Commission].
//   - Implementation body art., para. 2(a)-(c): [Body], [Commission], [Council], [GeneralAssembly].
//   - Expenses art., para. 1: [ExpensesBorneBy], [ExpensesDecidedBy].
//   - Review art., para. 1: [ReviewDecision], [CommissionDecision.Validate].
//   - Review art., para. 2(a)-(c): [Calendar], [Calendar.Commission], [EventMidTermReview],
//     [EventMinisterialReview], [EventAnnualDiscussion].
//   - Functions art., para. 3: [Checklist], [AssessChecklist], [InfoMeasures], [TermInfoMeasures].
//   - Secretariat art., para. 1: [Secretariat].
//   - Secretariat art., para. 2(a)-(c): [SecretariatTasks].
//   - Information art., para. 1: [Request], [InfoKind], [Checklist], [AssessChecklist];
//     1(a) also [Calendar.Reports], [Calendar.History], [Calendar.Missed] (the
//     five-year rhythm, for planning).
//   - Information art., para. 2: [Request] (the Commission's manner, dates and
//     forms are inputs), [AssessChecklist].
//   - Confiscation art., para. 5: [Checklist], [AssessChecklist].
//   - Training, Technical assistance, Prevention, Society, Private sector and
//     Victims arts.: [Catalogue], [Term], [SelfAssess].
//
// # Left to domestic law
//
// Functions art., paras. 1 and 2 empower the Commission (recommendations,
// means of implementation, supplemental review mechanisms); they are its
// own decisions, tested against nothing. Technical assistance art., para. 3
// is a saving clause with nothing to decide. The content of the measures a
// State takes (its training programmes, its prevention policies) is
// domestic policy: the catalogue records whether the State reports having
// them, not whether they are good.
//
// # Fidelity
//
// Every paragraph of the Technical Assistance, Preventive Measures and
// Mechanism of Implementation chapters, what the code decides, and the
// tests that show each condition on both sides (the catalogue's rows: each
// entry taken alone, had / lacking / excused by its qualifier / optional,
// in TestSelfAssessEveryCatalogueEntryOnBothSides). The interpretive
// choices, with their words, are listed by [convention.Readings].
//
//	paragraph                     | what the code decides                                                 | tests
//	Training art., 1              | shall, to the extent necessary (for justice personnel, consistent     | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              | with domestic legal framework): programmes; may include secondments;  | TestCatalogueStrengthsAndCitations; TestTrainingPara1SuchProgrammesShallDeal
//	                              | shall deal with (a)-(f), to the extent permitted by domestic law;     | (no programmes necessary / programmes had / lacking; a matter excused by
//	                              | "such programmes": no programmes necessary, (a)-(f) excused with them | its own qualifier)
//	Training art., 2              | shall assist one another; shall, when appropriate, use conferences    | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	                              | and seminars                                                          |
//	Training art., 3              | shall promote training facilitating extradition and MLA; may include  | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	                              | language training and exchanges                                       |
//	Training art., 4              | shall, in the case of existing agreements and to the extent           | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	                              | necessary, strengthen efforts                                         |
//	Technical assistance art., 1  | shall, to the extent possible, take measures for optimal              | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	                              | implementation                                                        |
//	Technical assistance art., 2  | shall make concrete efforts (an obligation of effort), to the extent  | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              | possible: (a)-(c)                                                     | TestCatalogueStrengthsAndCitations
//	Technical assistance art., 3  | a saving clause ("without prejudice to existing ... commitments"):    | none (registry Reason)
//	                              | nothing to decide                                                     |
//	Technical assistance art., 4  | may conclude agreements: an option, never lacking                     | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Prevention art., 1            | shall endeavour: projects, best practices and policies                | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Prevention art., 2            | shall endeavour: criminal justice capacity                            | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Prevention art., 3            | shall endeavour: reintegration of convicted persons                   | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              |                                                                       | TestSelfAssessImplementationPara1
//	Prevention art., 4            | shall endeavour: periodic evaluation of legislation and practice      | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Prevention art., 5            | shall, as appropriate, collaborate                                    | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              |                                                                       | TestCatalogueStrengthsAndCitations
//	Society art., 1               | shall, within its means and in accordance with fundamental principles | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              | of domestic law, promote participation and raise awareness; (a)-(e)   | TestSelfAssessImplementationPara1 ("shall include" owed / excused / mass media an option)
//	                              | should; (b) may use the mass media and shall include measures         |
//	                              | promoting participation where information is disseminated             |
//	Society art., 2               | shall take appropriate measures to make the bodies known; shall       | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden;
//	                              | provide access for reporting, including anonymously, where            | TestSelfAssessImplementationPara1 (access excused where appropriate / making known
//	                              | appropriate                                                           | lacking)
//	Private sector art.           | shall take such appropriate measures as may be necessary, in          | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden; ExampleSelfAssess
//	                              | accordance with domestic law; (a)-(b) may                             |
//	Victims art., 1               | shall take all appropriate measures (no qualifier excuses it)         | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Victims art., 2               | shall afford appropriate assistance to victims whose lives or safety  | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	                              | are endangered                                                        |
//	Victims art., 3               | shall take into account the needs of vulnerable populations           | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Implementation art., 1        | shall take the necessary measures; the self-assessment lists what is  | TestSelfAssessImplementationPara1; TestSelfAssessPartitionsTheCatalogue;
//	                              | had, lacking, excused and optional                                    | TestSelfAssessMoreMeasuresNeverWorse; TestAssessmentRulesEachBrokenAlone
//	Implementation art., 2        | may adopt stricter measures: an option, never lacking                 | TestSelfAssessImplementationPara1 ("stricter measures are an option");
//	                              |                                                                       | TestSelfAssessEveryCatalogueEntryOnBothSides; TestCatalogueGolden
//	Implementation body art., 1   | the Commission is entrusted with the Convention's functions           | TestTermsRegisteredAndNamed
//	                              | (Commission)                                                          |
//	Implementation body art., 2   | the Commission, the Council and the General Assembly (Body)           | TestTermsRegisteredAndNamed
//	Expenses art., 1              | borne by the United Nations as the General Assembly decides           | TestTermsRegisteredAndNamed; ExampleSecretariatTasks
//	Review art., 1                | either body may approve or modify; the Assembly's act prevails over   | TestReviewDecisionPara1 (Council later / Assembly later / same day; no act / act after
//	                              | the Council's, a later Council act recorded; acts before adoption, by | asOf); TestReviewDecisionPara1TheAssemblysActPrevails; TestReviewDecisionNeverDependsOnRecordOrder
//	                              | another body or of another kind are Problems                          |
//	Review art., 2                | mid-term reviews every five years, ministerial every ten, annual      | TestCalendarVectors (CAL-1, CAL-2); TestCalendarCommissionCyclesFrom29February;
//	                              | discussions, counted from entry into force by the one rule of years   | TestCalendarCyclesTileTime
//	Functions art., 1             | powers of the Commission: not decided                                 | none (registry Reason)
//	Functions art., 2             | a duty of the Commission: not decided                                 | none (registry Reason)
//	Functions art., 3             | owed by a State Party as the Commission requires (InfoMeasures); a    | TestAssessChecklistInformationParas1And2 (measures required and overdue / not a Party)
//	                              | Member State not a Party only encouraged (NotApplicable)              |
//	Secretariat art., 1           | UNODC as Secretariat                                                  | ExampleSecretariatTasks
//	Secretariat art., 2           | three tasks; (b) upon request                                         | TestTermsRegisteredAndNamed; ExampleSecretariatTasks
//	Information art., 1           | each item owed as and when the Commission requests it; none without a | TestAssessChecklistInformationParas1And2 (no request / each item overdue / pending / laws
//	                              | request; (b) nothing if no laws promulgated (a judgement); (c)        | no, yes, unassessed); TestChecklistRulesEachBrokenAlone; TestCalendarVectors (CAL-3 to
//	                              | withholding is the State's call; (d) authorities named with           | CAL-6, the rhythm of (a))
//	                              | addresses; a request made after the date assessed does not count; a   | TestUnknownPartyIsAnError; TestInformationPara1aReportCyclesFollowTheParty
//	                              | State the ledger does not list is an error, not "not a Party"; (a)'s  | (the party's own date / the general; ceased; acceded again);
//	                              | cycles run from the party's own entry into force, none after it       | TestAssessChecklistHostileSizesAreLinear
//	                              | ceased, anew after it acceded again; a checklist of any length is     |
//	                              | linear; a request whose date passed before the State was a Party is   | TestInformationPara1DatesThatPassedBeforeTheStateWasBound (due the day
//	                              | not counted                                                           | before / on its entry into force for it; made and due while a Party)
//	Information art., 2           | the Commission's dates and forms are inputs: unanswered after its     | TestAssessChecklistInformationParas1And2 (on its date / after; late; other form; no date);
//	                              | date breaches the item's duty, answered late or on another form       | TestAssessChecklistAnsweringOnTimeNeverHurts;
//	                              | breaches para. 2; no date set: owed, never overdue; laws of 1(b) late | TestInformationPara1bLapseOfMannerWaitsOnWhetherLawsWerePromulgated
//	                              | or on another form: a breach only if laws were promulgated, waits     | (late / other form: laws yes, no, unassessed; another breach decides)
//	                              | while that is unassessed                                              |
//	Confiscation art., 5          | copies owed to the Secretary-General without request once such laws   | TestAssessChecklistInformationParas1And2 (laws exist / none);
//	                              | exist (a judgement), and anew after each change: only a copy          | TestConfiscationPara5SubsequentChangesAreFurnished (no change / a copy
//	                              | furnished on or after the latest change covers it                     | before, on, after the change / change after the date / unassessed)
//
// # References
//
//   - UNTOC arts. 29-34 (training, technical assistance, prevention,
//     Conference of the Parties, secretariat, implementation).
//   - Single Convention on Narcotic Drugs, 1961, arts. 5-8 and 18 (the
//     Commission on Narcotic Drugs as implementing body, the model of the
//     chapter).
//   - UNCAC art. 13 (participation of society).
//   - Charter of the United Nations, arts. 60 and 66 (the Economic and
//     Social Council under the authority of the General Assembly).
//   - Commission on Narcotic Drugs, high-level review (2014) and ministerial
//     segment (2019) following the Political Declaration of 2009: a practice
//     of alternating mid-term and ministerial reviews, which the text's
//     "every five years" does not follow (see Calendar).
package implementation
