/**
 * Courtesy forms written before a name. They mark what follows as a person but are neither part
 * of the name nor a title: "Mr. Modi" is Modi, "Emir Sheikh Tamim …" is Tamim ….
 * Matched case-insensitively, with or without the abbreviation's full stop.
 */
export interface HonorificRow {
  readonly honorific: string;
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
  { honorific: 'Sheikh', example: 'Sheikh Mohamed bin Zayed Al Nahyan received the guests.', person: 'Mohamed bin Zayed Al Nahyan' },
  { honorific: 'Sheikha', example: 'Sheikha Moza bint Nasser opened the school.', person: 'Moza bint Nasser' },
  { honorific: 'H.E.', example: 'H.E. Abdel Fattah el-Sisi received the delegation.', person: 'Abdel Fattah el-Sisi' },
  { honorific: 'His Excellency', example: 'His Excellency Cyril Ramaphosa opened the summit.', person: 'Cyril Ramaphosa' },
  { honorific: 'Her Excellency', example: 'Her Excellency Samia Suluhu Hassan opened the summit.', person: 'Samia Suluhu Hassan' },
  { honorific: 'His Majesty', example: 'His Majesty Sultan Haitham bin Tarik received the envoy.', person: 'Haitham bin Tarik' },
  { honorific: 'His Royal Highness', example: 'His Royal Highness Prince Faisal bin Farhan met the delegation.', person: 'Faisal bin Farhan' },
  { honorific: 'Madam', example: 'Madam Peng Liyuan visited the school.', person: 'Peng Liyuan' },
];
