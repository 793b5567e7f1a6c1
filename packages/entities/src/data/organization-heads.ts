/**
 * Head words of organisation names: a capitalised phrase that ends in (or is built on) one of
 * these names an organisation ("General Administration of Customs", "Nazarbayev University").
 * `example` is a sentence a test runs; `expected` is the organisation the tagger must find.
 * Heads that also name gatherings (Forum, Congress, Assembly) are organisations unless an
 * ordinal or a year marks an edition (see event-kinds.ts).
 */
export interface OrganizationHeadRow {
  readonly head: string;
  readonly example: string;
  readonly expected: string;
}

export const ORGANIZATION_HEADS: readonly OrganizationHeadRow[] = [
  { head: 'Organization', example: 'The Islamic Military Organization issued a statement.', expected: 'Islamic Military Organization' },
  { head: 'Organisation', example: 'The Caribbean Tourism Organisation met.', expected: 'Caribbean Tourism Organisation' },
  { head: 'Union', example: 'The Andean Union responded.', expected: 'Andean Union' },
  { head: 'Association', example: 'The China Chamber Association said so.', expected: 'China Chamber Association' },
  { head: 'Council', example: 'The Arctic Economic Council welcomed it.', expected: 'Arctic Economic Council' },
  { head: 'Commission', example: 'The Joint Border Commission met.', expected: 'Joint Border Commission' },
  { head: 'Bank', example: 'Data came from the Central Bank of Kenya.', expected: 'Central Bank of Kenya' },
  { head: 'Fund', example: 'The Silk Road Fund invested $1 billion.', expected: 'Silk Road Fund' },
  { head: 'Secretariat', example: 'The Secretariat of the Pacific Community replied.', expected: 'Secretariat of the Pacific Community' },
  { head: 'Mechanism', example: 'The Lancang-Mekong Cooperation Mechanism held talks.', expected: 'Lancang-Mekong Cooperation Mechanism' },
  { head: 'Initiative', example: 'He praised the Global Development Initiative.', expected: 'Global Development Initiative' },
  { head: 'Administration', example: 'The National Energy Administration said so.', expected: 'National Energy Administration' },
  { head: 'Ministry', example: 'The Ministry of Foreign Affairs announced the visit.', expected: 'Ministry of Foreign Affairs' },
  { head: 'University', example: 'Researchers at Nazarbayev University agreed.', expected: 'Nazarbayev University' },
  { head: 'Center', example: 'The Carter Center observed the vote.', expected: 'Carter Center' },
  { head: 'Centre', example: 'The International Trade Centre reported growth.', expected: 'International Trade Centre' },
  { head: 'Institute', example: 'The Brookings Institute published a study.', expected: 'Brookings Institute' },
  { head: 'Institution', example: 'The Brookings Institution published a study.', expected: 'Brookings Institution' },
  { head: 'Agency', example: 'The International Energy Agency cut its forecast.', expected: 'International Energy Agency' },
  { head: 'Committee', example: 'The Nobel Committee announced the prize.', expected: 'Nobel Committee' },
  { head: 'Parliament', example: 'The Kenyan Parliament approved the deal.', expected: 'Kenyan Parliament' },
  { head: 'Assembly', example: 'The National Assembly passed the bill.', expected: 'National Assembly' },
  { head: 'Congress', example: 'The National People\'s Congress approved the plan.', expected: "National People's Congress" },
  { head: 'Forum', example: 'The Boao Forum for Asia released a report.', expected: 'Boao Forum for Asia' },
  { head: 'Corporation', example: 'The China National Petroleum Corporation signed.', expected: 'China National Petroleum Corporation' },
  { head: 'Group', example: 'The Alibaba Group invested.', expected: 'Alibaba Group' },
  { head: 'Office', example: 'The State Council Information Office held a briefing.', expected: 'State Council Information Office' },
  { head: 'Department', example: 'The State Department issued a warning.', expected: 'State Department' },
  { head: 'Community', example: 'The Andean Community signed the pact.', expected: 'Andean Community' },
  { head: 'Alliance', example: 'The Global Vaccine Alliance welcomed the pledge.', expected: 'Global Vaccine Alliance' },
  { head: 'Bloc', example: 'The Eastern Bloc collapsed in 1989.', expected: 'Eastern Bloc' },
  { head: 'Foundation', example: 'The Gates Foundation pledged support.', expected: 'Gates Foundation' },
  { head: 'Authority', example: 'The Palestinian Authority welcomed the vote.', expected: 'Palestinian Authority' },
  { head: 'Academy', example: 'The Chinese Academy of Sciences took part.', expected: 'Chinese Academy of Sciences' },
  { head: 'Federation', example: 'The International Automobile Federation ruled.', expected: 'International Automobile Federation' },
  { head: 'League', example: 'The Awami League won the vote.', expected: 'Awami League' },
  { head: 'Party', example: 'The Communist Party of China marked its centenary.', expected: 'Communist Party of China' },
  { head: 'Court', example: 'The Supreme Court of India ruled.', expected: 'Supreme Court of India' },
  { head: 'Bureau', example: 'The National Bureau of Statistics released data.', expected: 'National Bureau of Statistics' },
  { head: 'Service', example: 'The Federal Customs Service reported.', expected: 'Federal Customs Service' },
  { head: 'Board', example: 'The Financial Stability Board warned.', expected: 'Financial Stability Board' },
  { head: 'Company', example: 'The East India Company was dissolved.', expected: 'East India Company' },
  { head: 'Network', example: 'The China Global Television Network reported.', expected: 'China Global Television Network' },
  { head: 'Society', example: 'The Royal Society published it.', expected: 'Royal Society' },
  { head: 'Chamber', example: 'The International Chamber of Commerce objected.', expected: 'International Chamber of Commerce' },
  { head: 'Embassy', example: 'The Chinese Embassy in Astana hosted a reception.', expected: 'Chinese Embassy' },
  { head: 'Exchange', example: 'The Astana International Exchange listed the bonds.', expected: 'Astana International Exchange' },
  { head: 'Government', example: 'The Government of Kazakhstan approved the plan.', expected: 'Government of Kazakhstan' },
  // Legal forms of companies close their names ("Halden Audio ASA"). "AS", "SA" and "SE" are left
  // out: they are also words, country codes and compass points.
  { head: 'ASA', example: 'Fjord Marine ASA reported higher sales.', expected: 'Fjord Marine ASA' },
  { head: 'AG', example: 'Alpen Robotics AG opened a plant.', expected: 'Alpen Robotics AG' },
  { head: 'GmbH', example: 'Rhein Logistik GmbH won the tender.', expected: 'Rhein Logistik GmbH' },
  { head: 'PLC', example: 'Thames Water Holdings PLC issued bonds.', expected: 'Thames Water Holdings PLC' },
  { head: 'Ltd', example: 'Harbour Shipping Ltd signed the charter.', expected: 'Harbour Shipping Ltd' },
  { head: 'Limited', example: 'Kestrel Mining Limited raised capital.', expected: 'Kestrel Mining Limited' },
  { head: 'LLC', example: 'Desert Solar LLC built the farm.', expected: 'Desert Solar LLC' },
  { head: 'Inc', example: 'Blue Harbor Systems Inc. released a chip.', expected: 'Blue Harbor Systems Inc' },
];
