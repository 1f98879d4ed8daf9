/** A named set of countries used by filters and by the corridor analysis. */
export interface CountryGroup {
  id: string;
  name_en: string;
  name_zh: string;
  members: readonly string[];
  /** A short citation; the full ones are in {@link GROUP_SOURCES}. */
  source: string;
}

/** A publication a group is taken from. */
export interface GroupSource {
  id: string;
  citation: string;
}

/** The sources cited by the groups (listed in data/reference/README.md). */
export const GROUP_SOURCES: readonly GroupSource[] = [
  {
    id: 'fincen-bis-2022',
    citation:
      'FinCEN and BIS joint alert (June 2022), "Urge Increased Vigilance for Potential Russian and Belarusian Export Control Evasion Attempts": its list of transshipment points (which also names Taiwan, the origin here)',
  },
  {
    id: 'kse-2024',
    citation:
      "KSE Institute (2024), on Russia's imports of battlefield goods: routed via mainland China (56%) and Hong Kong (19%), then Turkey and the UAE",
  },
  {
    id: 'taiwan-moea-2022',
    citation:
      "Taiwan's export controls on Russia (April 2022) and Belarus (May 2022), Ministry of Economic Affairs",
  },
];

/** The groups, in the order the dashboard lists them. */
export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  {
    id: 'intermediaries_of_concern',
    name_en: 'Intermediaries of concern',
    name_zh: '受關注之第三地轉運經濟體',
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
];

/**
 * The country-groups.json text: each group under its id, then `sources`; a trailing newline.
 */
export function formatCountryGroups(): string {
  const byId = Object.fromEntries(COUNTRY_GROUPS.map((group) => [group.id, group]));
  return `${JSON.stringify({ ...byId, sources: GROUP_SOURCES }, null, 2)}\n`;
}
