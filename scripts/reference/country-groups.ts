/** A named set of countries used by filters and by the corridor analysis. */
export interface CountryGroup {
  id: string;
  name_en: string;
  name_zh: string;
  members: readonly string[];
  /** A short citation; the full ones are in {@link GROUP_SOURCES}. */
  source: string;
}

/** A publication a group is taken from, cited in English and in Traditional Chinese. */
export interface GroupSource {
  id: string;
  citation: string;
  citation_zh: string;
}

/** The sources cited by the groups (listed in data/reference/README.md). */
export const GROUP_SOURCES: readonly GroupSource[] = [
  {
    id: 'fincen-bis-2022',
    citation:
      'FinCEN and BIS joint alert (June 2022), "Urge Increased Vigilance for Potential Russian and Belarusian Export Control Evasion Attempts": its list of transshipment points (which also names Taiwan, the origin here)',
    citation_zh:
      '美國財政部金融犯罪執法局（FinCEN）與商務部產業安全局（BIS）聯合警示（2022 年 6 月），〈呼籲提高警覺，防範俄羅斯及白俄羅斯可能規避出口管制〉：其中所列的轉運地點（亦包括本分析的來源地臺灣）',
  },
  {
    id: 'kse-2024',
    citation:
      "KSE Institute (2024), on Russia's imports of battlefield goods: routed via mainland China (56%) and Hong Kong (19%), then Turkey and the UAE",
    citation_zh:
      '基輔經濟學院（KSE）研究所（2024），關於俄羅斯的戰場用貨品進口：經由中國大陸（56%）與香港（19%），其次為土耳其與阿拉伯聯合大公國',
  },
  {
    id: 'taiwan-moea-2022',
    citation:
      "Taiwan's export controls on Russia (April 2022) and Belarus (May 2022), Ministry of Economic Affairs",
    citation_zh: '經濟部，臺灣對俄羅斯（2022 年 4 月）及白俄羅斯（2022 年 5 月）的出口管制',
  },
  {
    id: 'comparison-destinations',
    citation:
      'Comparison destinations chosen for this dashboard, after the design of the EBRD "Eurasian roundabout" research (Chupilkin, Javorcik and Plekhanov, 2023), which sets Russia\'s neighbours against comparable economies further away: middle- and high-income economies of Latin America, North Africa, the Middle East and South-East Asia that were never part of the Soviet Union, share no border with Russia or Belarus, and are not named as transshipment points by the sources above',
    citation_zh:
      '本儀表板自選的對照目的地，依循歐洲復興開發銀行（EBRD）「歐亞迂迴貿易」研究（Chupilkin、Javorcik、Plekhanov，2023）以俄羅斯鄰國對照較遠之可比較經濟體的設計：拉丁美洲、北非、中東及東南亞的中等及高所得經濟體，從未屬於蘇聯、與俄羅斯及白俄羅斯皆不接壤，且未被上列來源列為轉運地點',
  },
];

/** The groups, in the order the dashboard lists them. */
export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  {
    id: 'intermediaries_of_concern',
    name_en: 'Intermediaries of concern',
    name_zh: '受關注之中轉經濟體',
    members: [
      'ARM',
      'GEO',
      'KAZ',
      'KGZ',
      'TJK',
      'UZB',
      'TUR',
      'ARE',
      'CHN',
      'HKG',
      'IND',
      'SRB',
      'SGP',
      'ISR',
      'BRA',
      'MEX',
      'NIC',
      'ZAF',
    ],
    source: 'FinCEN/BIS alert (2022); Hong Kong: KSE Institute (2024)',
  },
  {
    id: 'sanctioned_destinations',
    name_en: 'Destinations under sanctions',
    name_zh: '受制裁之目的地',
    members: ['RUS', 'BLR'],
    source: "Taiwan's export controls, Ministry of Economic Affairs (2022)",
  },
  {
    id: 'comparison_destinations',
    name_en: 'Comparison destinations',
    name_zh: '對照目的地',
    members: [
      'ARG',
      'CHL',
      'COL',
      'CRI',
      'DOM',
      'ECU',
      'EGY',
      'IDN',
      'JOR',
      'MAR',
      'PER',
      'PHL',
      'THA',
      'TUN',
      'URY',
    ],
    source: 'chosen for this dashboard: distant economies of similar income (see the sources)',
  },
];

/**
 * The country-groups.json text: each group under its id, then `sources`; a trailing newline.
 */
export function formatCountryGroups(): string {
  const byId = Object.fromEntries(COUNTRY_GROUPS.map((group) => [group.id, group]));
  return `${JSON.stringify({ ...byId, sources: GROUP_SOURCES }, null, 2)}\n`;
}
