/**
 * Capitalised words that are never part of a person's name: function words that open sentences,
 * calendar words, words that end institution or place names, and generic nouns that open
 * sentences in releases ("Officials said"). Matched case-insensitively.
 * Each row's example must yield no person; the test also tries every word as a speaker.
 */
export type NonNameCategory = 'function' | 'month' | 'weekday' | 'institution' | 'geography' | 'generic';

export interface NonNameRow {
  readonly category: NonNameCategory;
  readonly words: readonly string[];
  readonly example: string;
}

export const NON_NAME_WORDS: readonly NonNameRow[] = [
  {
    category: 'function',
    example: 'The talks ended. He said they went well. In Astana, It said nothing.',
    words: [
      'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Without', 'To', 'Of', 'And', 'But',
      'Or', 'Nor', 'So', 'Yet', 'As', 'If', 'When', 'While', 'Where', 'Which', 'Who', 'Whom', 'Whose', 'What',
      'Why', 'How', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
      'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Him', 'Them', 'Us', 'There', 'Here', 'Then', 'Now',
      'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'However', 'Meanwhile', 'Also', 'Moreover', 'Furthermore',
      'Additionally', 'Besides', 'Still', 'Although', 'Though', 'Because', 'Since', 'After', 'Before',
      'During', 'Under', 'Over', 'Through', 'Among', 'Between', 'Against', 'About', 'According', 'Despite',
      'Following', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several', 'Other', 'Another',
      'Such', 'No', 'Not', 'Only', 'Thus', 'Therefore', 'Indeed', 'Instead', 'Overall', 'Last', 'Next',
      'Earlier', 'Later', 'Once', 'Upon', 'Within', 'Across', 'Toward', 'Towards', 'Into', 'Around', 'Amid',
      'Along', 'Beyond', 'Via', 'Like', 'Unlike', 'Including', 'Regarding', 'Given', 'Whether', 'Please',
      'Yes', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Second',
      'Third', 'Speaking', 'Addressing', 'Asked', 'Noting', 'Adding', 'Together', 'Currently', 'Recently',
    ],
  },
  {
    category: 'month',
    example: 'The plan, June said, is final.',
    words: [
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.',
      'Nov.', 'Dec.',
    ],
  },
  {
    category: 'weekday',
    example: 'The plan, Tuesday said, is final.',
    words: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
  {
    category: 'institution',
    example: 'Data from the General Administration of Customs showed that the Secretariat said exports rose.',
    words: [
      'Administration', 'Agency', 'Assembly', 'Association', 'Authority', 'Bank', 'Board', 'Bureau', 'Cabinet',
      'Center', 'Centre', 'Chamber', 'Charter', 'College', 'Commission', 'Committee', 'Company', 'Conference',
      'Congress', 'Convention', 'Corporation', 'Council', 'Court', 'Declaration', 'Department', 'Embassy',
      'Federation', 'Forum', 'Foundation', 'Fund', 'Government', 'Group', 'Initiative', 'Institute', 'League',
      'Mechanism', 'Ministry', 'Mission', 'Network', 'Office', 'Organization', 'Organisation', 'Parliament',
      'Party', 'Partnership', 'Plan', 'Platform', 'Program', 'Programme', 'Project', 'Republic', 'Secretariat',
      'Senate', 'Service', 'Strategy', 'Summit', 'Treaty', 'Union', 'University', 'Academy', 'School',
      'Agreement', 'Accord', 'Protocol', 'Memorandum', 'Statement', 'Vision', 'Spirit', 'Corridor', 'Zone',
      'Belt', 'Road', 'Route', 'Airport', 'Port', 'Station', 'Hotel', 'Palace', 'Hall', 'Square', 'Street',
      'Avenue', 'Stadium', 'Museum', 'Times', 'Daily', 'News', 'Herald', 'Journal', 'Television', 'Radio',
      'Media', 'Inc.', 'Ltd.', 'LLC', 'Corp.', 'Holdings', 'Games', 'Cup', 'Expo', 'Exhibition', 'Festival',
      'Award', 'Prize', 'Day', 'Week', 'Year', 'Dialogue', 'Nations', 'States', 'Emirates', 'Islands',
      'Kingdom', 'Province', 'Region', 'City', 'County', 'District', 'Customs', 'Affairs', 'Relations',
      'Cooperation', 'Development', 'Economic', 'Economy', 'International', 'National', 'Public', 'Security',
    ],
  },
  {
    category: 'geography',
    example: 'Central Asia said nothing, and the Global South said more.',
    words: [
      'Asia', 'Asian', 'Europe', 'European', 'Africa', 'African', 'America', 'Americas', 'Latin', 'Pacific',
      'Atlantic', 'Arctic', 'Antarctic', 'Eurasia', 'Eurasian', 'Middle', 'East', 'West', 'North', 'South',
      'Eastern', 'Western', 'Northern', 'Southern', 'Central', 'Global', 'Gulf', 'Caribbean', 'Mediterranean',
      'Balkan', 'Baltic', 'Nordic', 'Arab', 'Islamic', 'Ocean', 'Sea', 'River', 'Mountains', 'Lake', 'Valley',
      'Peninsula', 'Silk',
    ],
  },
  {
    category: 'generic',
    example: 'Efforts should be made, Officials said. Analysts noted the risk.',
    words: [
      'Efforts', 'Data', 'Officials', 'Analysts', 'Experts', 'Leaders', 'Sources', 'Participants', 'Delegates',
      'Observers', 'Critics', 'Reports', 'Figures', 'Statistics', 'Results', 'Trade', 'Investment', 'Peace',
      'Growth', 'Exports', 'Imports', 'Business', 'Companies', 'Firms', 'Investors', 'Residents', 'People',
      'Citizens', 'Students', 'Scholars', 'Researchers', 'Authorities', 'Ministers', 'Presidents', 'Heads',
      'Members', 'Parties', 'Sides', 'Countries', 'Governments', 'Organizers', 'Organisers', 'Journalists',
      'Reporters', 'Polls', 'Surveys', 'Respondents', 'Visitors', 'Guests', 'Hosts', 'Local', 'Regional',
      'Foreign', 'Joint', 'Bilateral', 'Multilateral', 'Historic', 'New', 'Old', 'Great',
    ],
  },
];
