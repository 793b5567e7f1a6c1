/**
 * Titles and offices that name a person's role. Matched word by word, case-insensitively;
 * hyphenated titles ("Secretary-General") are one word. The longest title wins.
 */
export interface TitleRow {
  /** The title as usually written. */
  readonly title: string;
  /** Written before a name ("President Cyril Ramaphosa"); false for nouns used only after one ("researcher"). */
  readonly beforeName: boolean;
  /** A bare office that takes a portfolio written before it: "Energy Minister", "Treasury Secretary". */
  readonly takesPortfolio?: boolean;
  /** A sentence that uses the title; the test runs it. */
  readonly example: string;
  /** The person the example must yield, with this title (as `written`, when that differs). */
  readonly person: string;
  readonly written?: string;
}

export const TITLES: readonly TitleRow[] = [
  { title: 'President', beforeName: true, example: 'Russian President Vladimir Putin arrived in Astana on Monday.', person: 'Vladimir Putin' },
  { title: 'Vice-President', beforeName: true, example: 'Vice-President Paul Kagame greeted the guests.', person: 'Paul Kagame' },
  { title: 'Vice President', beforeName: true, example: 'Vice President Sara Duterte attended the ceremony.', person: 'Sara Duterte' },
  { title: 'President-elect', beforeName: true, example: 'President-elect Claudia Sheinbaum thanked the voters.', person: 'Claudia Sheinbaum' },
  { title: 'Prime Minister', beforeName: true, example: 'Prime Minister Anwar Ibrahim of Malaysia opened the forum.', person: 'Anwar Ibrahim' },
  { title: 'Deputy Prime Minister', beforeName: true, example: 'Deputy Prime Minister Alexander Novak led the delegation.', person: 'Alexander Novak' },
  { title: 'Premier', beforeName: true, example: 'Premier Li Qiang chaired the meeting.', person: 'Li Qiang' },
  { title: 'Vice Premier', beforeName: true, example: 'Vice Premier Ding Xuexiang attended the expo.', person: 'Ding Xuexiang' },
  { title: 'Chancellor', beforeName: true, example: 'German Chancellor Friedrich Merz spoke in Berlin.', person: 'Friedrich Merz' },
  { title: 'Minister', beforeName: true, takesPortfolio: true, example: 'Energy Minister Erlan Akkenzhenov signed the deal.', person: 'Erlan Akkenzhenov', written: 'Energy Minister' },
  { title: 'Foreign Minister', beforeName: true, example: 'Foreign Minister Wang Yi met his counterpart.', person: 'Wang Yi' },
  { title: 'Minister for Foreign Affairs', beforeName: true, example: 'Minister for Foreign Affairs Penny Wong met the delegation.', person: 'Penny Wong' },
  { title: 'Minister of Foreign Affairs', beforeName: true, example: 'Minister of Foreign Affairs Murat Nurtleu opened the session.', person: 'Murat Nurtleu' },
  { title: 'Secretary', beforeName: true, takesPortfolio: true, example: 'Treasury Secretary Scott Bessent joined the talks.', person: 'Scott Bessent', written: 'Treasury Secretary' },
  { title: 'Secretary of State', beforeName: true, example: 'Secretary of State Marco Rubio met the delegation.', person: 'Marco Rubio' },
  { title: 'Secretary-General', beforeName: true, example: 'UN Secretary-General António Guterres welcomed the agreement.', person: 'António Guterres' },
  { title: 'Secretary General', beforeName: true, example: 'NATO Secretary General Mark Rutte spoke at the summit.', person: 'Mark Rutte' },
  { title: 'General Secretary', beforeName: true, example: 'General Secretary Nguyen Phu Trong received the envoy.', person: 'Nguyen Phu Trong' },
  { title: 'Director-General', beforeName: true, example: 'WHO Director-General Tedros Adhanom Ghebreyesus addressed the assembly.', person: 'Tedros Adhanom Ghebreyesus' },
  { title: 'Director General', beforeName: true, example: 'Director General Rafael Grossi visited the plant.', person: 'Rafael Grossi' },
  { title: 'Director', beforeName: true, example: 'Amina Yusuf, director of the Lagos Policy Institute, said the plan was bold.', person: 'Amina Yusuf', written: 'director' },
  { title: 'Managing Director', beforeName: true, example: 'IMF Managing Director Kristalina Georgieva presented the outlook.', person: 'Kristalina Georgieva' },
  { title: 'Chairman', beforeName: true, example: 'Chairman Moussa Faki Mahamat opened the session.', person: 'Moussa Faki Mahamat' },
  { title: 'Chairperson', beforeName: true, example: 'AU Commission Chairperson Mahmoud Ali Youssouf addressed the summit.', person: 'Mahmoud Ali Youssouf' },
  { title: 'Chairwoman', beforeName: true, example: 'Chairwoman Ngozi Okonjo-Iweala thanked the members.', person: 'Ngozi Okonjo-Iweala' },
  { title: 'Chair', beforeName: true, example: 'Maria Costa, chair of the Lisbon Trade Council, said exports rose.', person: 'Maria Costa', written: 'chair' },
  { title: 'Chief Executive Officer', beforeName: true, example: 'Nora Lind, chief executive officer of Fjord Marine, said sales rose.', person: 'Nora Lind', written: 'chief executive officer' },
  { title: 'Chief Executive', beforeName: true, example: 'Chief Executive John Lee met the visitors.', person: 'John Lee' },
  { title: 'CEO', beforeName: true, example: 'CEO Jensen Huang announced the plan.', person: 'Jensen Huang' },
  { title: 'King', beforeName: true, example: 'King Abdullah II of Jordan received the envoy.', person: 'Abdullah II' },
  { title: 'Queen', beforeName: true, example: 'Queen Rania visited the school.', person: 'Rania' },
  { title: 'Crown Prince', beforeName: true, example: 'Saudi Crown Prince Mohammed bin Salman hosted the talks.', person: 'Mohammed bin Salman' },
  { title: 'Princess', beforeName: true, example: 'Princess Reema bint Bandar welcomed the guests.', person: 'Reema bint Bandar' },
  { title: 'Prince', beforeName: true, example: 'Prince Faisal bin Farhan greeted the guests.', person: 'Faisal bin Farhan' },
  { title: 'Emir', beforeName: true, example: 'Emir Sheikh Tamim bin Hamad Al Thani received the delegation.', person: 'Tamim bin Hamad Al Thani' },
  { title: 'Amir', beforeName: true, example: 'Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah attended the summit.', person: 'Mishal Al-Ahmad Al-Jaber Al-Sabah' },
  { title: 'Sultan', beforeName: true, example: 'Sultan Haitham bin Tarik welcomed the guests.', person: 'Haitham bin Tarik' },
  { title: 'Pope', beforeName: true, example: 'Pope Leo XIV met the delegation.', person: 'Leo XIV' },
  { title: 'Chief Adviser', beforeName: true, example: 'Chief Adviser Muhammad Yunus opened the conference in Dhaka.', person: 'Muhammad Yunus' },
  { title: 'Senior General', beforeName: true, example: 'Senior General Min Aung Hlaing led the delegation.', person: 'Min Aung Hlaing' },
  { title: 'Supreme Leader', beforeName: true, example: 'Supreme Leader Ali Khamenei received the visitors.', person: 'Ali Khamenei' },
  { title: 'Governor', beforeName: true, example: 'Governor Gavin Newsom signed the bill.', person: 'Gavin Newsom' },
  { title: 'Mayor', beforeName: true, example: 'Mayor Sadiq Khan welcomed the delegates.', person: 'Sadiq Khan' },
  { title: 'Ambassador', beforeName: true, example: 'Ambassador Zhang Hanhui presented his credentials.', person: 'Zhang Hanhui' },
  { title: 'Special Envoy', beforeName: true, example: 'Special Envoy Steve Witkoff arrived in Moscow.', person: 'Steve Witkoff' },
  { title: 'Envoy', beforeName: true, example: 'Envoy Li Hui toured the region.', person: 'Li Hui' },
  { title: 'Consul General', beforeName: true, example: 'Consul General Zhao Jian hosted the reception.', person: 'Zhao Jian' },
  { title: 'Commissioner', beforeName: true, takesPortfolio: true, example: 'EU Trade Commissioner Maros Sefcovic met the ministers.', person: 'Maros Sefcovic', written: 'Trade Commissioner' },
  { title: 'Representative', beforeName: true, example: 'Representative Gregory Meeks led the delegation.', person: 'Gregory Meeks' },
  { title: 'High Representative', beforeName: true, example: 'EU High Representative Kaja Kallas said the talks were useful.', person: 'Kaja Kallas' },
  { title: 'Aide', beforeName: true, example: 'Presidential aide Anna Kovacs briefed the reporters.', person: 'Anna Kovacs', written: 'aide' },
  { title: 'Spokesperson', beforeName: true, example: 'Foreign Ministry Spokesperson Mao Ning told reporters.', person: 'Mao Ning' },
  { title: 'Spokesman', beforeName: true, example: 'Kremlin spokesman Dmitry Peskov told reporters.', person: 'Dmitry Peskov', written: 'spokesman' },
  { title: 'Spokeswoman', beforeName: true, example: 'Spokeswoman Maria Zakharova commented on the talks.', person: 'Maria Zakharova' },
  { title: 'Senator', beforeName: true, example: 'Senator Jeanne Shaheen led the delegation.', person: 'Jeanne Shaheen' },
  { title: 'Speaker', beforeName: true, example: 'Speaker Om Birla opened the session.', person: 'Om Birla' },
  { title: 'Professor', beforeName: true, example: 'Professor Wang Wen spoke at the forum.', person: 'Wang Wen' },
  { title: 'Vice Chairman', beforeName: true, example: 'Vice Chairman Zhang Youxia met the delegation.', person: 'Zhang Youxia' },
  { title: 'Governor-General', beforeName: true, example: 'Governor-General Sam Mostyn hosted the dinner.', person: 'Sam Mostyn' },
  // Nouns that name a role only after a name, in an appositive ("X, head of Y,").
  { title: 'head', beforeName: false, example: 'Ahmed Ali, head of the Arab League delegation, said talks went well.', person: 'Ahmed Ali' },
  { title: 'leader', beforeName: false, example: 'Keir Starmer, leader of the Labour Party, said the deal was good.', person: 'Keir Starmer' },
  { title: 'researcher', beforeName: false, example: 'Zhou Ming, a senior researcher at the Shanghai Institutes for International Studies, said trade grew.', person: 'Zhou Ming', written: 'senior researcher' },
  { title: 'fellow', beforeName: false, example: 'Alexander Gabuev, a senior fellow at the Carnegie Endowment, said ties deepened.', person: 'Alexander Gabuev', written: 'senior fellow' },
  { title: 'analyst', beforeName: false, example: 'Temur Umarov, an analyst at the Carnegie Russia Eurasia Center, said so.', person: 'Temur Umarov' },
  { title: 'dean', beforeName: false, example: 'Ana Silva, dean of the Rio Business School, said exports grew.', person: 'Ana Silva' },
  { title: 'economist', beforeName: false, example: 'Priya Nair, chief economist at the Asia Finance Bank, said growth slowed.', person: 'Priya Nair', written: 'chief economist' },
  { title: 'member', beforeName: false, example: 'Cai Qi, member of the Standing Committee of the Political Bureau, attended the talks.', person: 'Cai Qi' },
  { title: 'editor', beforeName: false, example: 'Li Na, managing editor of the Harbour Times, said readers grew.', person: 'Li Na', written: 'managing editor' },
  { title: 'founder', beforeName: false, example: 'Kwame Mensah, founder of the Accra Trade Hub, said demand rose.', person: 'Kwame Mensah' },
  { title: 'minister', beforeName: false, example: 'Jane Doe, the country\u2019s finance minister, said revenue rose.', person: 'Jane Doe', written: 'finance minister' },
  { title: 'spokesperson', beforeName: false, example: 'Ahmed Ali, spokesperson for the ministry, declined to comment.', person: 'Ahmed Ali' },
];
