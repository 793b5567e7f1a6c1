/**
 * Words written before a title that change it and stay part of it as written:
 * "Vice Premier", "Acting President", "former President". Matched case-insensitively.
 */
export interface TitleModifierRow {
  readonly word: string;
  readonly example: string;
  readonly person: string;
  /** The title as the example writes it, modifier included. */
  readonly written: string;
}

export const TITLE_MODIFIERS: readonly TitleModifierRow[] = [
  { word: 'Vice', example: 'Vice Foreign Minister Ma Zhaoxu met the envoy.', person: 'Ma Zhaoxu', written: 'Vice Foreign Minister' },
  { word: 'Deputy', example: 'Deputy Foreign Minister Andrei Rudenko attended.', person: 'Andrei Rudenko', written: 'Deputy Foreign Minister' },
  { word: 'Acting', example: 'Acting President Choi Sang-mok met the envoy.', person: 'Choi Sang-mok', written: 'Acting President' },
  { word: 'Interim', example: 'Interim President Ahmed al-Sharaa arrived in Riyadh.', person: 'Ahmed al-Sharaa', written: 'Interim President' },
  { word: 'Former', example: 'Former President Olusegun Obasanjo led the observers.', person: 'Olusegun Obasanjo', written: 'Former President' },
  { word: 'former', example: 'The bank is led by former Brazilian President Dilma Rousseff.', person: 'Dilma Rousseff', written: 'former President' },
  { word: 'Outgoing', example: 'Outgoing Chairman Moussa Faki Mahamat handed over.', person: 'Moussa Faki Mahamat', written: 'Outgoing Chairman' },
  { word: 'Incoming', example: 'Incoming Chancellor Friedrich Merz met the press.', person: 'Friedrich Merz', written: 'Incoming Chancellor' },
  { word: 'First', example: 'First Vice President Mohammad Reza Aref met the delegation.', person: 'Mohammad Reza Aref', written: 'First Vice President' },
  { word: 'Senior', example: 'Senior Minister Lee Hsien Loong spoke at the dinner.', person: 'Lee Hsien Loong', written: 'Senior Minister' },
  { word: 'Chief', example: 'Chief Minister Mamata Banerjee received the guests.', person: 'Mamata Banerjee', written: 'Chief Minister' },
  { word: 'Executive', example: 'Executive Director Inger Andersen opened the session.', person: 'Inger Andersen', written: 'Executive Director' },
  { word: 'Assistant', example: 'Assistant Secretary Daniel Kritenbrink met the delegates.', person: 'Daniel Kritenbrink', written: 'Assistant Secretary' },
  { word: 'Permanent', example: 'Permanent Representative Fu Cong addressed the council.', person: 'Fu Cong', written: 'Permanent Representative' },
  { word: 'Special', example: 'Special Representative Zhai Jun visited Cairo.', person: 'Zhai Jun', written: 'Special Representative' },
];
