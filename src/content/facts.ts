import type { Fact } from './types'

// Each fact restates, in our own words, an entry of the editors' vetted fact sheet (its id is
// kept as the fact id) and cites the source it was checked against. Confidence is the fact
// sheet's: "partly" (second-hand or disputed) and "claim" (a government's own figure) are said
// to the reader wherever the fact appears.

// We know the New York Times piece of December 2025 only through El Universal's report of it: both
// facts drawn from it (A3, B8) say so, whatever their confidence.
const TIMES_VIA_EL_UNIVERSAL = 'El Universal’s report of the New York Times piece'

export const facts: Fact[] = [
  // A. Omar García Harfuch
  {
    id: 'A1',
    text: 'García Harfuch has been Mexico’s federal Secretary of Security and Citizen Protection (SSPC) under President Claudia Sheinbaum since 1 October 2024. From 4 October 2019 he was Mexico City’s Secretary of Citizen Security.',
    confidence: 'confirmed',
    sourceIds: ['wikipedia-garcia-harfuch'],
  },
  {
    id: 'A2',
    text: 'On 9 September 2023 he resigned as Mexico City’s security secretary to join Sheinbaum’s campaign, and then sought Morena’s nomination for mayor of Mexico City. For the rest of September 2023 he held no security office.',
    confidence: 'confirmed',
    sourceIds: ['elfinanciero-2023-09-09'],
  },
  {
    id: 'A3',
    text: 'The New York Times ran a profile and interview with him on 19 December 2025, reported as his first on-the-record interview with international media as federal minister. No New York Times interview from September 2023 was found.',
    confidence: 'confirmed',
    via: TIMES_VIA_EL_UNIVERSAL,
    sourceIds: ['eluniversal-2025-12-19'],
  },
  {
    id: 'A4',
    text: 'On 26 June 2020 gunmen ambushed him in Lomas de Chapultepec, Mexico City. He was shot three times and survived; two of his bodyguards and a passer-by were killed. He blamed the Jalisco New Generation Cartel (CJNG).',
    confidence: 'confirmed',
    sourceIds: ['nationalpost-2020-06-27'],
  },
  {
    id: 'A5',
    text: 'He was born in Cuernavaca on 25 February 1982, joined the Federal Police in 2008 and from November 2016 led the Criminal Investigation Agency of the federal prosecutor’s office.',
    confidence: 'confirmed',
    sourceIds: ['excelsior-2019-06-23'],
  },
  // B. Cooperation with the United States
  {
    id: 'B1',
    text: 'The U.S.–Mexico Bicentennial Framework for Security, Public Health and Safe Communities took the place of the Mérida Initiative (2008) on 8 October 2021. It puts weight on the social causes of violence and on public health.',
    confidence: 'confirmed',
    sourceIds: ['sre-2021-10-08'],
  },
  {
    id: 'B2',
    text: 'On 3 February 2025 Mexico agreed to send 10,000 National Guard troops to its northern border, and the United States put its threatened 25% tariffs on hold for a month.',
    confidence: 'confirmed',
    sourceIds: ['cubaheadlines-2025-02-03'],
  },
  {
    id: 'B3',
    text: 'From 20 February 2025 the United States listed six Mexican cartels as Foreign Terrorist Organizations: Sinaloa, the CJNG, the Cártel del Noreste, the Gulf Cartel, La Nueva Familia Michoacana and Cárteles Unidos.',
    confidence: 'confirmed',
    sourceIds: ['state-department-2025-02'],
  },
  {
    id: 'B4',
    text: 'On 27 February 2025 Mexico handed 29 alleged cartel figures to the United States, Rafael Caro Quintero among them.',
    confidence: 'confirmed',
    sourceIds: ['mexiconewsdaily-2025-02-28'],
  },
  {
    id: 'B5',
    text: 'On 12 August 2025 Mexico handed over 26 more alleged cartel figures, once the United States had agreed not to seek the death penalty. García Harfuch made the announcement.',
    confidence: 'confirmed',
    sourceIds: ['upi-2025-08-12'],
  },
  {
    id: 'B6',
    text: 'On 20 January 2026 Mexico sent 37 more alleged criminals (“presuntos”), bringing the total of alleged cartel figures sent under the current government to 92.',
    confidence: 'confirmed',
    sourceIds: ['kvia-2026-01-20'],
  },
  {
    id: 'B7',
    text: 'After U.S. Secretary of State Marco Rubio met President Sheinbaum on 3 September 2025, the two governments created a high-level group to carry out their security cooperation. They signed no treaty.',
    confidence: 'confirmed',
    sourceIds: ['mexiconewsdaily-2025-09-03'],
  },
  {
    id: 'B8',
    text: 'According to the New York Times piece of December 2025, intelligence sharing with U.S. agencies rose sharply, and García Harfuch became their main counterpart in Mexico.',
    confidence: 'partly',
    via: TIMES_VIA_EL_UNIVERSAL,
    sourceIds: ['eluniversal-2025-12-19'],
  },
  // C. Captures of cartel leaders
  {
    id: 'C1',
    text: 'Ismael “El Mayo” Zambada was taken into U.S. custody near El Paso on 25 July 2024, before García Harfuch became federal security secretary. Mexico’s government said it had no part in the arrest.',
    confidence: 'confirmed',
    sourceIds: ['pledgetimes-2024-07-26'],
  },
  {
    id: 'C2',
    text: 'Ovidio Guzmán was captured in Culiacán on 5 January 2023, under President López Obrador, and extradited to the United States on 15 September 2023.',
    confidence: 'confirmed',
    sourceIds: ['thelatestnews-ovidio-guzman'],
  },
  {
    id: 'C3',
    text: 'José Ángel Canobbio, known as “El Güerito” and alleged to handle money for the Chapitos faction, was arrested on 19 February 2025 and sent to the United States the same month.',
    confidence: 'confirmed',
    sourceIds: ['infobae-2025-02-20'],
  },
  {
    id: 'C4',
    text: 'The government says 40,735 people were detained for high-impact crimes between 1 October 2024 and 31 December 2025.',
    confidence: 'claim',
    sourceIds: ['agenciadeprensa-2026-01-08'],
  },
  // D. Violence and corruption
  {
    id: 'D1',
    text: 'Mexico’s statistics agency, INEGI, counted 33,241 homicides in 2024 (a preliminary figure, 25.6 per 100,000 people), up from 32,252 in 2023. Not all of them are linked to cartels.',
    confidence: 'confirmed',
    sourceIds: ['eluniversal-inegi-homicides-2024'],
  },
  {
    id: 'D2',
    text: 'Official figures show the daily average of homicide victims falling from 86.9 in September 2024 to 52.4 in December 2025, about 40% lower. The figures are disputed: analysts question whether killings are under-recorded, and extortion and disappearances went up.',
    confidence: 'partly',
    sourceIds: ['cambiodigital-2026-01-09'],
  },
  {
    id: 'D3',
    text: 'As of 18 December 2025, 133,520 people were on record as missing or not located. Not all of them are dead, and not all are linked to cartels.',
    confidence: 'confirmed',
    sourceIds: ['eleconomista-2025-12-18'],
  },
  {
    id: 'D4',
    text: 'Transparency International’s Corruption Perceptions Index for 2024 gave Mexico 26 out of 100, 140th of 180 countries: its worst result.',
    confidence: 'confirmed',
    sourceIds: ['transparency-cpi-2024'],
  },
  // E. Strategy
  {
    id: 'E1',
    text: 'The national security strategy presented in October 2024 rests on four axes: tackling the causes of crime (youth programmes and prevention), consolidating the National Guard, intelligence and investigation, and coordination with the states.',
    confidence: 'confirmed',
    sourceIds: ['huellas-2024-10-08'],
  },
  {
    id: 'E2',
    text: 'Under a constitutional reform in force from 1 October 2024, the National Guard belongs to the Defense Ministry (SEDENA).',
    confidence: 'confirmed',
    sourceIds: ['picotazo-guardia-nacional-sedena'],
  },
  // F. Funding and training
  {
    id: 'F1',
    text: 'The federal security ministry’s (SSPC) 2025 budget fell from 105,838 to 70,422 million pesos, in part because the National Guard moved to the Defense Ministry (SEDENA): a fall of 33.5% in nominal pesos.',
    confidence: 'confirmed',
    sourceIds: ['latin-american-news-2024-11-17'],
  },
  {
    id: 'F2',
    text: 'The 2026 budget, as proposed in September 2025, gives the ministry 60,110 million pesos, lower again, while security spending across the whole sector was proposed to rise 0.7% in nominal terms. The approved 2026 budget is not in this record.',
    confidence: 'confirmed',
    sourceIds: ['expansion-2025-09-09'],
  },
  {
    id: 'F3',
    text: 'A national agreement of September 2025 commits the states to grow their police forces 25% by 2029, to set police training standards by December 2025 and to open a certified police academy in every state by 2026. These are pledges.',
    confidence: 'confirmed',
    sourceIds: ['expansion-2025-09-04'],
  },
]
