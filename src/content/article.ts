import type { Article } from './types'

// The article text, exactly as published (curly apostrophes included). tests/unit/content.test.ts
// checks it against src/content/article.txt, the verbatim copy of the source.
export const article: Article = {
  title: 'Mexico’s Security Chief Discusses Aggressive Cartel Strategy',
  source: 'Reproduced unchanged from the text supplied to this explainer, which names no author, outlet or date.',
  sections: [
    {
      // The id keeps the first title's wording: deep links use it. The title no longer repeats the
      // article's own "aggressive" framing, which we have not checked: an editors' heading stays neutral.
      id: 'a-tougher-line-on-cartels',
      title: 'The interview and the government’s strategy',
      editorialTitle: true,
      passages: [
        {
          id: 'interview-outline',
          text: 'In a recent interview, Omar García Harfuch, Mexico’s Security Chief, outlined the government’s aggressive approach to combating drug cartels. Speaking to The New York Times in September 2023, he emphasized the importance of collaboration between Mexico and the United States, particularly in relation to intelligence sharing and strategic operations.',
          themes: ['cooperation', 'law-enforcement'],
          themeReason:
            'Introduces what the article calls the government’s “aggressive” approach to the cartels (law enforcement) and reports him stressing collaboration with the United States on intelligence and operations (cooperation).',
        },
        {
          id: 'intensified-efforts',
          text: 'The Mexican government has intensified its efforts against organized crime, which has plagued the country for years. García Harfuch highlighted that during his tenure, significant operations have led to the capture of high-profile cartel leaders. These efforts aim to dismantle the networks that fuel violence and drug trafficking across borders.',
          themes: ['law-enforcement'],
          themeReason:
            'About the government’s campaign against organized crime: operations, the capture of cartel leaders and the dismantling of their networks.',
        },
      ],
    },
    {
      id: 'strengthening-ties-with-the-united-states',
      title: 'Strengthening Ties with the United States',
      editorialTitle: false,
      passages: [
        {
          id: 'white-house-role',
          text: 'García Harfuch pointed out the crucial role of the White House in supporting Mexico’s fight against cartels. He noted that the partnership has evolved, focusing on shared objectives to enhance security. This cooperation is seen as vital in addressing the complex challenges posed by drug trafficking, which affects both nations.',
          themes: ['cooperation'],
          themeReason:
            'Wholly about U.S. support: the White House’s role and a partnership with shared goals against drug trafficking.',
        },
        {
          id: 'reducing-influence',
          text: 'The security chief stated that the Mexican government is committed to reducing the influence of cartels, which have been responsible for thousands of deaths and widespread corruption. He mentioned that recent strategies have included increased funding for law enforcement and improved training for officers to better equip them for the challenges they face.',
          themes: ['law-enforcement', 'community-impact'],
          themeReason:
            'Police funding and training (law enforcement), beside the deaths and corruption the passage lays at the cartels’ door (community impact).',
        },
      ],
    },
    {
      id: 'impact-on-communities-and-public-safety',
      title: 'Impact on Communities and Public Safety',
      editorialTitle: false,
      passages: [
        {
          id: 'fight-far-from-over',
          text: 'García Harfuch acknowledged that while progress has been made, the fight is far from over. Many communities continue to suffer from the repercussions of cartel violence. He emphasized the need for a holistic approach that not only focuses on law enforcement but also addresses social issues contributing to crime, such as poverty and lack of education.',
          themes: ['community-impact', 'law-enforcement'],
          themeReason:
            'Communities suffering from cartel violence (community impact), and his reported call for an approach that goes beyond policing (law enforcement) to the social causes of crime.',
        },
        {
          id: 'optimism-for-future',
          text: 'The security chief expressed optimism about the future, stating that ongoing efforts will eventually lead to improved safety and stability in affected regions. He believes that with sustained pressure on cartels, the government can foster an environment where citizens feel secure and can thrive.',
          themes: ['community-impact', 'law-enforcement'],
          themeReason:
            'His reported expectation of safer regions and of citizens who feel secure (community impact) through sustained pressure on cartels (law enforcement).',
        },
        {
          id: 'key-figure',
          text: 'As the Mexican government moves forward with its initiatives, García Harfuch remains a key figure in shaping the security landscape. His insights into the collaboration with the United States and the importance of community engagement reflect a comprehensive strategy aimed at tackling the complex issue of drug trafficking head-on.',
          themes: ['law-enforcement', 'cooperation', 'community-impact'],
          themeReason:
            'Sums up his part in security policy (law enforcement) and credits him with insights into collaboration with the United States (cooperation) and into community engagement (community impact); those two words, which the article never reports him saying, are its only tie to communities.',
        },
      ],
    },
  ],
}
