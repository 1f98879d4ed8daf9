/**
 * A partner that is not one country: trade the source could not, or would not, put to a
 * country ("other countries", bunkers, free zones, a region's unallocated rest, an economy that
 * no longer exists or two economies reported together). Rows with such a partner are kept, so
 * that a reporter's totals add up, under a user-assigned ISO-style code (the X.. range ISO 3166
 * leaves to users). They pass validation as partners, but they are not a place: the map, the
 * Sankey and the corridor analysis leave them out, and the ingest summary reports them.
 */
export interface ResidualPartner {
  /** The code in the `partner` column. */
  code: string;
  /** What it stands for, in English (the CLI; the app shows `residual.<code>`). */
  label: string;
  /** UN Comtrade / BACI partner codes that mean it. */
  unCodes: readonly number[];
  /** Names of it in Chinese files (Taiwan customs) and in English files, matched as countries' names are. */
  namesZh: readonly string[];
  namesEn: readonly string[];
}

/**
 * The residual partners. Comtrade's codes are its partner list's ("Areas, nes" 899, "Bunkers"
 * 837, ...); the Chinese names are those the Taiwan customs portal gives to the rest of its
 * partners (其他國家). Historical codes that mean one of today's countries are not here but in
 * the ingest's extra codes (280 the Federal Republic of Germany → DEU; 849 → UMI).
 */
export const RESIDUAL_PARTNERS: readonly ResidualPartner[] = [
  {
    code: 'XNS',
    label: 'other countries (not specified)',
    unCodes: [899],
    namesZh: [
      '其他國家',
      '其他',
      '其他地區',
      '其他國家或地區',
      '其他國家(地區)',
      '未列明國家',
      '國別不詳',
      '不明',
    ],
    namesEn: [
      'Other countries',
      'Others',
      'Other',
      'Areas, nes',
      'Areas not elsewhere specified',
      'Not specified',
      'Unspecified',
      'Unknown',
    ],
  },
  {
    code: 'XBK',
    label: 'bunkers (fuel and stores for ships and aircraft)',
    unCodes: [837],
    namesZh: ['船用燃料', '船舶及航空器用品'],
    namesEn: ['Bunkers', 'Ship stores and bunkers'],
  },
  {
    code: 'XFZ',
    label: 'free zones',
    unCodes: [838],
    namesZh: ['自由區'],
    namesEn: ['Free Zones', 'Free zone'],
  },
  {
    code: 'XSC',
    label: 'special categories (partner withheld)',
    unCodes: [839],
    namesZh: ['特殊類別'],
    namesEn: ['Special Categories'],
  },
  {
    code: 'XRN',
    label: 'a region or group, country not specified',
    unCodes: [97, 129, 221, 290, 471, 472, 473, 492, 527, 568, 577, 636, 637, 697, 879],
    namesZh: [],
    namesEn: [
      'EU-27',
      'EU-28',
      'Caribbean, nes',
      'Eastern Europe, nes',
      'Northern Africa, nes',
      'CACM, nes',
      'Africa CAMEU region, nes',
      'LAIA, nes',
      'Europe EU, nes',
      'Oceania, nes',
      'Other Europe, nes',
      'Other Africa, nes',
      'Rest of America, nes',
      'North America and Central America, nes',
      'Europe EFTA, nes',
      'Western Asia, nes',
    ],
  },
  {
    code: 'XHG',
    label: 'a former or combined economy (e.g. USSR, Belgium-Luxembourg)',
    // 58 Belgium-Luxembourg, 200 Czechoslovakia, 230 Ethiopia with Eritrea, 278 the German
    // Democratic Republic, 530 and 532 the Netherlands Antilles (with Aruba), 536 the Neutral
    // Zone, 582 the Pacific Islands trust territory, 711 the Southern African Customs Union,
    // 720 Democratic Yemen, 736 Sudan with South Sudan, 810 the USSR, 886 the Yemen Arab
    // Republic, 890 the SFR of Yugoslavia, 891 Serbia and Montenegro.
    unCodes: [58, 200, 230, 278, 530, 532, 536, 582, 711, 720, 736, 810, 886, 890, 891],
    namesZh: [
      '蘇聯',
      '前蘇聯',
      '捷克斯洛伐克',
      '南斯拉夫',
      '塞爾維亞與蒙特內哥羅',
      '塞爾維亞和蒙特內哥羅',
      '塞爾維亞及蒙特內哥羅',
      '荷屬安地列斯',
      '比盧經濟聯盟',
      '東德',
    ],
    namesEn: [
      'Belgium-Luxembourg',
      'USSR',
      'Soviet Union',
      'Czechoslovakia',
      'Yugoslavia',
      'SFR of Yugoslavia',
      'Serbia and Montenegro',
      'Netherlands Antilles',
      'Neth. Antilles',
      'Neth. Antilles and Aruba',
      'Southern African Customs Union',
      'So. African Customs Union',
      'German Democratic Republic',
      'East Germany',
      'Fmr Sudan',
      'Fmr Ethiopia',
      'Fmr Dem. Yemen',
      'Fmr Arab Rep. of Yemen',
      'Neutral Zone',
      'Fmr Pacific Isds',
    ],
  },
];

/** The residual partner codes. */
export const RESIDUAL_CODES: readonly string[] = RESIDUAL_PARTNERS.map((r) => r.code);

/** The residual partner of a code, or undefined. */
export const residualOf = (code: string) => RESIDUAL_PARTNERS.find((r) => r.code === code);
