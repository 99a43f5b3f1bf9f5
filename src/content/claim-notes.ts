import type { ClaimNote } from './types'

// What a reader learns on opening a claim. Every sentence is ours and every fact comes from the
// editors' fact sheet (facts.ts). Each verdict (in claims.ts) follows from its own note by the rubric
// in verdicts.ts, the fact sheet's "How to rate": the fact sheet's table of what the record says has
// no row for some claims (intelligence sharing, the partnership, progress, the key figure and those
// added later), and where it has one it informs the note, not the verdict directly. A note that rests
// on El Universal's report of the New York Times piece (A3, B8), or on the transfers of alleged cartel
// figures (B4-B6), says so. Every figure is dated as its source gives it: the record ends on 20 January 2026.
export const claimNotes: ClaimNote[] = [
  {
    claimId: 'nyt-interview-date',
    label: 'The interview’s date',
    related: ['security-chief-title', 'intelligence-sharing'],
    speakerId: 'article',
    kind: 'fact',
    context:
      'The article places the interview with The New York Times and dates it September 2023. The date decides which office García Harfuch held when he spoke, and how current his account is.',
    record:
      'El Universal reported that The New York Times published its profile and interview on 19 December 2025, as his first on-the-record interview with international media as federal minister; no Times interview from September 2023 was found. We know the Times piece only through that report. In September 2023 he was Mexico City’s security secretary until he resigned on the 9th to join Sheinbaum’s campaign, and he held no federal post, so an interview given as Mexico’s security chief cannot date from that month. The date in the article is wrong.',
    factIds: ['A3', 'A2', 'A1'],
    ruling:
      'The New York Times interview ran on 19 December 2025, as El Universal reported, and none from September 2023 was found.',
    checked: '2026-11-28',
    updated: '2026-11-29',
  },
  {
    claimId: 'security-chief-title',
    label: 'His title',
    related: ['nyt-interview-date', 'key-figure'],
    speakerId: 'article',
    kind: 'fact',
    context:
      'The article calls him Mexico’s security chief. The office behind that title is the federal Secretary of Security and Citizen Protection, who heads the ministry known as SSPC.',
    record:
      'The title was right when he spoke. He has held the federal post since 1 October 2024, and the interview the article reports ran in December 2025, as El Universal reported. The article’s wrong date for it, September 2023, is rated under that claim: in September 2023 he was Mexico City’s security secretary until he resigned on the 9th, and held no federal post.',
    factIds: ['A1', 'A3', 'A2'],
    ruling:
      'He has been federal security secretary since 1 October 2024, so the title was right at the interview El Universal reports, in December 2025.',
    checked: '2026-11-28',
    updated: '2026-11-29',
  },
  {
    claimId: 'aggressive-approach',
    label: 'An “aggressive” approach',
    related: ['holistic-approach', 'intensified-efforts', 'leader-captures'],
    speakerId: 'article',
    kind: 'assessment',
    context:
      'The article’s headline and first sentence call the government’s approach to the cartels “aggressive”. The word is the article’s own characterisation, not one it reports García Harfuch using, and how aggressive is aggressive is a value judgement.',
    record:
      'The record holds evidence on both sides. The national security strategy presented in October 2024 makes attention to the causes of crime, through youth programmes and prevention, the first of its four axes. The government also reports 40,735 detentions for high-impact crimes from 1 October 2024 to 31 December 2025, a figure of its own, and from February 2025 to 20 January 2026 Mexico sent 92 alleged cartel figures to the United States in three transfers; that side rests on the transfers, of people Mexico already held. Which side makes an approach “aggressive” is a judgement no record could settle, so the word is Unverifiable.',
    factIds: ['E1', 'C4', 'B4', 'B5', 'B6'],
    ruling:
      '“Aggressive” is the article’s characterisation: the record shows both a strategy that puts the causes of crime first and arrests and transfers of alleged cartel figures.',
    checked: '2026-12-04',
  },
  {
    claimId: 'intelligence-sharing',
    label: 'Intelligence sharing with the U.S.',
    related: ['white-house-role', 'partnership-evolved'],
    speakerId: 'garcia-harfuch',
    kind: 'assessment',
    context:
      'The article reports that he stressed working with the United States, above all on intelligence and on operations. It paraphrases him, so there are no exact words to compare.',
    record:
      'The intelligence half fits the record, second-hand: according to El Universal’s report of the New York Times piece of December 2025, intelligence sharing with U.S. agencies surged, with him as their main counterpart. In September 2025 the two governments also set up a high-level security group, without a treaty. Our sources document no joint operations as such.',
    factIds: ['B8', 'B7'],
    ruling:
      'The intelligence half holds, on El Universal’s second-hand report that sharing surged, but our sources document no joint operations.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'intensified-efforts',
    label: 'Intensified efforts',
    related: ['leader-captures', 'white-house-role', 'progress-far-from-over'],
    speakerId: 'article',
    kind: 'assessment',
    context:
      'The article says in its own voice that the government has stepped up its efforts against organized crime. “Intensified” compares the present with the past, so we looked for new measures and for something to measure them against.',
    record:
      'New measures are on record. In February 2025 Mexico agreed to deploy 10,000 National Guard troops to its northern border as the United States paused threatened tariffs, and from February 2025 to 20 January 2026 it sent 92 alleged cartel figures to the United States in three transfers; this part of the check rests on those transfers, of people Mexico already held. The government also counts 40,735 detentions for high-impact crimes from 1 October 2024 to 31 December 2025, a figure of its own reported in January 2026. The record holds no figures from earlier years to set these against, so it shows new measures but not that the effort as a whole has grown.',
    factIds: ['B2', 'B4', 'B5', 'B6', 'C4'],
    ruling:
      'The part that holds is the new measures on record, from an agreement to deploy 10,000 troops to the border to 92 alleged cartel figures sent to the United States by 20 January 2026, but nothing measures them against earlier years.',
    checked: '2026-11-29',
    updated: '2026-12-04',
  },
  {
    claimId: 'leader-captures',
    label: 'Captures of cartel leaders',
    related: ['intensified-efforts', 'intelligence-sharing', 'progress-far-from-over'],
    speakerId: 'garcia-harfuch',
    kind: 'fact',
    context:
      'The article reports him crediting operations during his tenure with capturing high-profile cartel leaders, and names no one. We read “his tenure” as his federal tenure, which began on 1 October 2024, because the article presents him as Mexico’s security chief, a federal office, and speaks of the government’s efforts, not Mexico City’s.',
    record:
      'Only in part. Under his federal tenure, José Ángel Canobbio, an alleged finance operator of the Chapitos faction, was arrested in February 2025, and the government counts 40,735 detentions for high-impact crimes from 1 October 2024 to 31 December 2025, a figure of its own that does not say how many were cartel leaders. Mexico also sent 92 alleged cartel figures, Rafael Caro Quintero among them, to the United States in three transfers up to 20 January 2026; those were transfers of people Mexico already held, and the record does not say when they were captured, so this part of the check rests on the transfers, not on captures. Two cases in the record came before his tenure: Ovidio Guzmán was captured in January 2023, and Ismael “El Mayo” Zambada was taken into U.S. custody in July 2024, in an arrest Mexico’s government said it took no part in.',
    factIds: ['A1', 'C3', 'C4', 'B4', 'B5', 'B6', 'C2', 'C1'],
    ruling:
      'The part that holds is arrests under his federal tenure, but the only one named is of an alleged finance operator; Ovidio Guzmán’s capture and Zambada’s arrest came before it.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'white-house-role',
    label: 'The White House’s role',
    related: ['partnership-evolved', 'intelligence-sharing', 'intensified-efforts'],
    speakerId: 'garcia-harfuch',
    kind: 'assessment',
    context:
      'The article says he pointed to the White House’s crucial role in supporting Mexico’s fight against cartels. It gives no words, date or setting, and we found no quote of his to this effect, so, as for every claim the article paraphrases, we check what the paraphrase says.',
    record:
      'The record shows cooperation with Washington, and pressure from it. In September 2025 the two governments set up a high-level security group, and according to El Universal’s report of the New York Times piece, intelligence sharing with U.S. agencies surged. But in February 2025 Mexico agreed to deploy 10,000 National Guard troops to its northern border as the United States paused threatened 25% tariffs, and Washington listed six Mexican cartels as terrorist organizations. Nothing in the record shows the White House’s part to be crucial support. The record cuts against the statement without showing it false, so it is Not borne out, the rating we give every statement of fact the record does not bear out, such as the closing line on community engagement.',
    factIds: ['B7', 'B8', 'B2', 'B3'],
    ruling:
      'The record shows cooperation with Washington, the intelligence part of it second-hand, but also tariff threats and terrorist designations, and nothing that shows the White House’s role to be crucial support.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'partnership-evolved',
    label: 'An evolving partnership',
    related: ['white-house-role', 'leader-captures'],
    speakerId: 'garcia-harfuch',
    kind: 'assessment',
    context:
      'The article reports him saying the partnership with the United States has changed and now centres on shared security goals. We found no quote of his to this effect, so, as for every claim the article paraphrases, we check what the paraphrase says.',
    record:
      'The change is on record. In October 2021 the Bicentennial Framework replaced the Mérida Initiative of 2008; it stresses the social causes of violence and public health. In September 2025 the two governments set up a high-level group to carry out their security cooperation, though they signed no treaty. But the turn of 2025 also came under pressure: Mexico agreed to deploy 10,000 National Guard troops to its border as the United States paused threatened tariffs, and Washington listed six Mexican cartels as terrorist organizations. Shared objectives are part of the picture, not all of it.',
    factIds: ['B1', 'B7', 'B2', 'B3'],
    ruling:
      'The part that holds is the change in the partnership, but its turn in 2025 came with U.S. tariff threats and terrorist designations, not only shared objectives.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'deaths-and-corruption',
    label: 'Deaths and corruption',
    related: ['communities-suffer', 'progress-far-from-over', 'optimistic-forecast'],
    speakerId: 'garcia-harfuch',
    kind: 'fact',
    context:
      'The words come in a clause the article attaches to a sentence reporting him (“cartels, which have been responsible for…”), so it is unclear whether they are his view or the article’s own gloss. The phrase sets the scale of the harm, so we checked each half against the record.',
    record:
      '“Thousands of deaths” likely holds, and likely understates: INEGI counted 33,241 homicides in 2024 (a preliminary figure) and 32,252 in 2023, though not all are linked to cartels and the record does not say how many are; and as of 18 December 2025, 133,520 people were registered as missing or not located, not all of them dead or linked to cartels. The corruption half the record is silent on. Transparency International’s index, on which Mexico scored its worst in 2024, measures how corrupt the public sector is perceived to be, not corruption caused by cartels, and the record holds no measure of that. So one half likely holds and the record does not bear out the other: Partly supported.',
    factIds: ['D1', 'D3', 'D4'],
    ruling:
      'The part that likely holds is the deaths: homicides, not all of them linked to cartels, run to tens of thousands a year; but the record holds no measure of corruption caused by cartels.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'increased-funding',
    label: 'More money and training for police',
    related: ['holistic-approach', 'intensified-efforts'],
    speakerId: 'garcia-harfuch',
    kind: 'fact',
    context:
      'The article reports him saying recent strategies included more money for law enforcement and better training for officers. The two come in one phrase, so we check them as one claim, and name each budget we mean.',
    record:
      'The record does not bear out either half, though it does not show either false. The federal security ministry’s (SSPC) own budget fell from 105,838 to 70,422 million pesos in 2025, a fall of 33.5% in nominal pesos, partly because the National Guard moved to the Defense Ministry (SEDENA); the 2026 budget, as proposed in September 2025, lowers it again, to 60,110 million pesos. Under that proposal, total security-sector spending was to rise 0.7%, in nominal terms, before inflation; the approved 2026 budget is not in the record. On training, a national agreement of September 2025 commits the states to police training standards by December 2025 and a certified police academy in each state by 2026: the record shows these pledges, not whether they were met. A statement of fact the record cuts against without showing it false is Not borne out.',
    factIds: ['F1', 'F2', 'F3'],
    ruling:
      'The security ministry’s own budget fell in 2025 and, as proposed in September 2025, again for 2026; total security spending was proposed up only 0.7% in nominal terms, and better training is on record only as pledges.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'progress-far-from-over',
    label: 'Progress, but far from over',
    related: ['communities-suffer', 'deaths-and-corruption', 'optimistic-forecast'],
    speakerId: 'garcia-harfuch',
    kind: 'assessment',
    context:
      'The article reports him granting that progress has been made while the fight goes on. It does not say what progress he means.',
    record:
      'Both halves find support, with caveats. Official figures show the daily average of homicide victims down from 86.9 in September 2024 to 52.4 in December 2025, about 40% lower, but the figures are disputed: analysts question how completely killings are recorded, and extortion and disappearances rose. The 40,735 detentions the government reports from 1 October 2024 to 31 December 2025 are its own count. That the fight is far from over is plain from the same record: as of 18 December 2025, 133,520 people were registered as missing or not located.',
    factIds: ['D2', 'C4', 'D3'],
    ruling:
      'Official homicide figures show progress, though they are disputed, and rising extortion and disappearances show the fight is far from over.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'communities-suffer',
    label: 'Communities still suffering',
    related: ['deaths-and-corruption', 'progress-far-from-over', 'pressure-forecast'],
    speakerId: 'article',
    kind: 'assessment',
    context:
      'The article says this without attributing it to anyone, between two sentences that report García Harfuch. It names no community, so we checked the harm the record shows across the country.',
    record:
      'The record bears out lasting harm on a large scale. INEGI counted 33,241 homicides in 2024 (a preliminary figure), and as of 18 December 2025, 133,520 people were registered as missing or not located, not all of them dead; official homicide averages fell in 2025, though the figures are disputed, and extortion and disappearances rose. The record does not say what share of this harm is due to cartels (not all homicides are), nor break the figures down by community.',
    factIds: ['D1', 'D2', 'D3'],
    ruling:
      'Homicides, disappearances and extortion on the scale the record shows bear it out, though the record does not say what share is due to cartels.',
    checked: '2026-11-29',
    updated: '2026-12-04',
  },
  {
    claimId: 'holistic-approach',
    label: 'Tackling poverty and education',
    related: ['increased-funding', 'community-engagement', 'partnership-evolved'],
    speakerId: 'garcia-harfuch',
    kind: 'commitment',
    context:
      'The article reports him calling for an approach that goes beyond policing to the social roots of crime, naming poverty and lack of education.',
    record:
      'The approach matches the official strategy’s first axis. The national security strategy presented in October 2024 makes attention to the causes of crime the first of its four axes, beside the National Guard, intelligence and coordination with the states. The article gives poverty and lack of education as examples (“such as”) of the social issues it means; the record’s one-line summary of the axis names youth programmes and prevention and does not list them, a silence that does not cut against the approach. The 2021 framework with the United States also stresses the social causes of violence. Every part of the statement is borne out, so it is Supported.',
    factIds: ['E1', 'B1'],
    ruling:
      'The official strategy makes the causes of crime its first axis, beside policing, as the statement asks; the record’s summary of that axis names youth programmes and prevention.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'optimistic-forecast',
    label: 'Safer regions ahead',
    related: ['pressure-forecast', 'progress-far-from-over', 'deaths-and-corruption'],
    speakerId: 'garcia-harfuch',
    kind: 'forecast',
    context:
      'The article reports his expectation that current efforts will in time make affected regions safer and more stable. It is a prediction, and the article gives none of his words to check.',
    record:
      'A forecast cannot be checked before it comes due, and no record could settle it yet, so it is Unverifiable. Official figures up to December 2025 point the way he hopes: the daily average of homicide victims fell from 86.9 in September 2024 to 52.4 in December 2025, about 40% lower. The figures are disputed: analysts doubt how completely killings are recorded, and extortion and disappearances rose.',
    factIds: ['D2'],
    ruling:
      'A forecast cannot be checked before it comes due; official homicide figures fell up to December 2025, though they are disputed and other crimes rose.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'pressure-forecast',
    label: 'Pressure on cartels, citizens secure',
    related: ['optimistic-forecast', 'communities-suffer'],
    speakerId: 'garcia-harfuch',
    kind: 'forecast',
    context:
      'The article reports his belief that with sustained pressure on cartels the government can make citizens feel secure. It is a forecast, and the article gives none of his words.',
    record:
      'A forecast cannot be checked before it comes due, so it is Unverifiable, and the record holds no measure of how secure citizens feel. Official figures show the daily average of homicide victims down from 86.9 in September 2024 to 52.4 in December 2025, about 40% lower, but the figures are disputed: analysts question how completely killings are recorded, and extortion and disappearances rose.',
    factIds: ['D2'],
    ruling:
      'A forecast cannot be checked before it comes due, and the record holds no measure of how secure citizens feel.',
    checked: '2026-11-29',
    updated: '2026-12-04',
  },
  {
    claimId: 'key-figure',
    label: 'A key figure in security',
    related: ['security-chief-title', 'intelligence-sharing', 'community-engagement'],
    speakerId: 'article',
    kind: 'assessment',
    context: 'The article closes by describing him as a central figure in Mexico’s security policy.',
    record:
      'The record supports this. As of its end on 20 January 2026, he had headed the federal security ministry since 1 October 2024, and in August 2025 he announced the transfer of 26 alleged cartel figures to the United States; this part rests on that transfer. According to El Universal’s second-hand report of the New York Times piece, he also became the main counterpart of U.S. agencies on intelligence.',
    factIds: ['A1', 'B5', 'B8'],
    ruling:
      'He had headed the federal security ministry since 1 October 2024, as of 20 January 2026, and announced the transfer of 26 alleged cartel figures to the United States.',
    checked: '2026-11-28',
    updated: '2026-12-04',
  },
  {
    claimId: 'community-engagement',
    label: 'Community engagement',
    related: ['key-figure', 'holistic-approach', 'intelligence-sharing'],
    speakerId: 'article',
    kind: 'fact',
    context:
      'The article’s closing line credits him with insights into “the importance of community engagement”. Nowhere does it report him saying anything about it: this is the article’s own summary of his views.',
    record:
      'The record holds no remark of his on community engagement, for or against. The only interview in it, the New York Times piece of December 2025, we know through El Universal’s report, and nothing we hold from that report concerns community engagement. The four axes of the national security strategy presented in October 2024, as the record gives them, are the causes of crime (youth programmes and prevention), the National Guard, intelligence and investigation, and coordination with the states. That he holds such views is a statement of fact the record is silent on, so it is Not borne out, as is the White House claim, which the record cuts against.',
    factIds: ['A3', 'E1'],
    ruling:
      'The article never reports him saying it, and the record, which holds no remark of his on community engagement, for or against, does not bear it out.',
    checked: '2026-11-29',
    updated: '2026-12-04',
  },
]
