/**
 * Courtesy forms written before a name. They mark what follows as a person but are not part
 * of the name: "Mr. Modi" is Modi, "Emir Sheikh Tamim …" is Tamim …. Most are no title either;
 * those with `title: true` are titles of rank and are kept as one ("Sheikh").
 * Matched case-insensitively, with or without the abbreviation's full stop.
 */
export interface HonorificRow {
  readonly honorific: string;
  readonly title?: boolean;
  readonly example: string;
  readonly person: string;
}

export const HONORIFICS: readonly HonorificRow[] = [
  { honorific: 'Mr.', example: 'Mr. Ramaphosa thanked the hosts.', person: 'Ramaphosa' },
  { honorific: 'Mrs.', example: 'Mrs. Sharif visited the school.', person: 'Sharif' },
  { honorific: 'Ms.', example: 'Ms. Kallas met the ministers.', person: 'Kallas' },
  { honorific: 'Dr.', example: 'Dr. Tedros Adhanom Ghebreyesus opened the assembly.', person: 'Tedros Adhanom Ghebreyesus' },
  { honorific: 'Prof.', example: 'Prof. Wang Wen chaired the panel.', person: 'Wang Wen' },
  { honorific: 'Sir', example: 'Sir Keir Starmer arrived in Brussels.', person: 'Keir Starmer' },
  { honorific: 'Dame', example: 'Dame Jacinda Ardern gave the lecture.', person: 'Jacinda Ardern' },
  { honorific: 'Sheikh', title: true, example: 'Sheikh Mohamed bin Zayed Al Nahyan received the guests.', person: 'Mohamed bin Zayed Al Nahyan' },
  { honorific: 'Sayyid', title: true, example: 'Sayyid Badr bin Hamad Al Busaidi met the envoy.', person: 'Badr bin Hamad Al Busaidi' },
  { honorific: 'Sheikha', title: true, example: 'Sheikha Moza bint Nasser opened the school.', person: 'Moza bint Nasser' },
  { honorific: 'H.E.', example: 'H.E. Abdel Fattah el-Sisi received the delegation.', person: 'Abdel Fattah el-Sisi' },
  { honorific: 'His Excellency', example: 'His Excellency Cyril Ramaphosa opened the summit.', person: 'Cyril Ramaphosa' },
  { honorific: 'Her Excellency', example: 'Her Excellency Samia Suluhu Hassan opened the summit.', person: 'Samia Suluhu Hassan' },
  { honorific: 'His Majesty', example: 'His Majesty Sultan Haitham bin Tarik received the envoy.', person: 'Haitham bin Tarik' },
  { honorific: 'Her Majesty', example: 'Her Majesty Queen Rania Al Abdullah visited the school.', person: 'Rania Al Abdullah' },
  { honorific: 'Her Royal Highness', example: 'Her Royal Highness Princess Lalla Hasnaa opened the forum.', person: 'Lalla Hasnaa' },
  { honorific: 'His Highness', example: 'His Highness Sheikh Tamim bin Hamad Al Thani received the envoy.', person: 'Tamim bin Hamad Al Thani' },
  { honorific: 'Her Highness', example: 'Her Highness Sheikha Fatima bint Mubarak opened the forum.', person: 'Fatima bint Mubarak' },
  { honorific: 'His Royal Highness', example: 'His Royal Highness Prince Faisal bin Farhan met the delegation.', person: 'Faisal bin Farhan' },
  { honorific: 'Shri', example: 'Prime Minister Shri Narendra Modi chaired the meeting.', person: 'Narendra Modi' },
  { honorific: 'Shrimati', example: 'Shrimati Droupadi Murmu addressed the nation.', person: 'Droupadi Murmu' },
  { honorific: 'Smt.', example: 'President Smt. Droupadi Murmu hosted a banquet.', person: 'Droupadi Murmu' },
  { honorific: 'Madam', example: 'Madam Peng Liyuan visited the school.', person: 'Peng Liyuan' },
  { honorific: 'Madame', example: 'Madame Brigitte Macron visited the hospital.', person: 'Brigitte Macron' },
  { honorific: 'Mme', example: 'Mme Christine Lagarde chaired the meeting.', person: 'Christine Lagarde' },
  { honorific: 'Datuk Seri', example: 'Datuk Seri Anwar Ibrahim chaired the summit.', person: 'Anwar Ibrahim' },
  { honorific: 'Dato Seri', example: 'Prime Minister Dato Seri Anwar Ibrahim chaired the summit.', person: 'Anwar Ibrahim' },
  { honorific: 'Tan Sri', example: 'Tan Sri Muhyiddin Yassin met the envoy.', person: 'Muhyiddin Yassin' },
  { honorific: 'Honourable', example: 'The Honourable Kwame Boateng addressed the meeting.', person: 'Kwame Boateng' },
  { honorific: 'Honorable', example: 'The Honorable Maria Santos opened the session.', person: 'Maria Santos' },
  { honorific: 'Hon.', example: 'Hon. Ruth Nankabirwa launched the programme.', person: 'Ruth Nankabirwa' },
  { honorific: 'Rt Hon', example: 'The Rt Hon David Lammy met the envoy.', person: 'David Lammy' },
  { honorific: 'Rt. Hon.', example: 'The Rt. Hon. Chris Hipkins met the envoy.', person: 'Chris Hipkins' },
  { honorific: 'Right Honourable', example: 'The Right Honourable Helen Clark spoke at the forum.', person: 'Helen Clark' },
];
