/**
 * Hand-curated HS descriptions. English: standard HS 2022 headings, shortened. Chinese: the
 * wording of Taiwan's customs tariff (中華民國海關進口稅則), shortened the same way. The English
 * text of the 50 CHPL subheadings comes from the CHPL list itself, so only their Chinese is here.
 */

/** The descriptions of one HS code; `en` is absent where another source supplies it. */
export interface HsDescription {
  en?: string;
  zh: string;
}

/** HS chapters (2 digits). */
const CHAPTERS: Readonly<Record<string, HsDescription>> = {
  '73': { en: 'Articles of iron or steel', zh: '鋼鐵製品' },
  '84': {
    en: 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof',
    zh: '核子反應器、鍋爐、機器及機械用具；其零件',
  },
  '85': {
    en: 'Electrical machinery and equipment and parts thereof; sound and television recorders and reproducers',
    zh: '電機與設備及其零件；錄音機及聲音重放機，電視影像、聲音記錄機及重放機，上述各物之零件及附件',
  },
  '87': {
    en: 'Vehicles other than railway or tramway rolling stock, and parts thereof',
    zh: '鐵道及電車道車輛以外之車輛及其零件與附件',
  },
  '88': { en: 'Aircraft, spacecraft, and parts thereof', zh: '航空器、太空船及其零件' },
  '90': {
    en: 'Optical, photographic, measuring, checking, precision, medical or surgical instruments; parts thereof',
    zh: '光學、照相、電影、計量、檢查、精密、內科或外科儀器及器具；上述物品之零件及附件',
  },
  '94': {
    en: 'Furniture; bedding; lamps and lighting fittings n.e.s.; illuminated signs; prefabricated buildings',
    zh: '家具；寢具；未列名之燈具及照明配件；照明標誌、照明名牌及類似品；組合式建築物',
  },
};

/** HS headings (4 digits). */
const HEADINGS: Readonly<Record<string, HsDescription>> = {
  '7318': {
    en: 'Screws, bolts, nuts, rivets, washers and similar articles, of iron or steel',
    zh: '鋼鐵製螺釘、螺栓、螺帽、鉚釘、墊圈及類似製品',
  },
  '8457': {
    en: 'Machining centres, unit construction and multi-station transfer machines, for working metal',
    zh: '加工金屬用之綜合加工機、單站式及多站式移送工作機',
  },
  '8458': {
    en: 'Lathes (incl. turning centres) for removing metal',
    zh: '切削金屬用之車床（包括車削中心機）',
  },
  '8459': {
    en: 'Machine tools for drilling, boring, milling, threading or tapping metal',
    zh: '切削金屬用之鑽孔、搪孔、銑削、車螺紋或攻螺紋工具機',
  },
  '8466': {
    en: 'Parts and accessories for machine tools of headings 8456 to 8465',
    zh: '專用或主要用於第8456至8465節機器之零件及附件',
  },
  '8471': {
    en: 'Automatic data-processing machines and units thereof',
    zh: '自動資料處理機及其附屬單元',
  },
  '8482': { en: 'Ball or roller bearings', zh: '滾珠或滾子軸承' },
  '8486': {
    en: 'Machines for manufacturing semiconductor boules or wafers, semiconductor devices, ICs or flat panel displays',
    zh: '專用或主要用於製造半導體晶棒或晶圓、半導體裝置、積體電路或平面顯示器之機器及器具',
  },
  '8504': {
    en: 'Electrical transformers, static converters and inductors',
    zh: '變壓器、靜態轉換器（例如整流器）及電感器',
  },
  '8507': { en: 'Electric accumulators', zh: '蓄電池' },
  '8517': {
    en: 'Telephone sets and other apparatus for the transmission or reception of voice, images or other data',
    zh: '電話機及其他傳輸或接收聲音、影像或其他資料之器具',
  },
  '8525': {
    en: 'Transmission apparatus for radio or television; television cameras, digital cameras and video camera recorders',
    zh: '無線電廣播或電視用傳輸器具；電視攝影機、數位相機及影像攝錄機',
  },
  '8526': {
    en: 'Radar, radio navigational aid and radio remote control apparatus',
    zh: '雷達器具、無線電導航輔助器具及無線電遙控器具',
  },
  '8529': {
    en: 'Parts for the apparatus of headings 8524 to 8528',
    zh: '專用或主要用於第8524至8528節所列器具之零件',
  },
  '8532': {
    en: 'Electrical capacitors, fixed, variable or adjustable',
    zh: '固定、可變或可調（預調）電容器',
  },
  '8534': { en: 'Printed circuits', zh: '印刷電路' },
  '8536': {
    en: 'Electrical apparatus for switching, protecting or connecting circuits, for a voltage not exceeding 1000 V',
    zh: '電路開關、保護或連接用之電氣用具，電壓不超過1,000伏特者',
  },
  '8541': {
    en: 'Semiconductor devices; light-emitting diodes; mounted piezo-electric crystals',
    zh: '半導體裝置；發光二極體；已裝妥之壓電晶體',
  },
  '8542': { en: 'Electronic integrated circuits', zh: '積體電路' },
  '8543': {
    en: 'Electrical machines and apparatus having individual functions, n.e.s. in chapter 85',
    zh: '本章未列名具有獨立功能之電機及器具',
  },
  '8548': {
    en: 'Electrical parts of machinery or apparatus, n.e.s. in chapter 85',
    zh: '本章未列名之機器或器具之電氣零件',
  },
  '8708': {
    en: 'Parts and accessories of the motor vehicles of headings 8701 to 8705',
    zh: '第8701至8705節機動車輛之零件及附件',
  },
  '8807': {
    en: 'Parts of goods of heading 8801, 8802 or 8806 (aircraft, spacecraft, UAVs)',
    zh: '第8801、8802或8806節貨品（航空器、太空船、無人飛行器）之零件',
  },
  '9013': {
    en: 'Liquid crystal devices, lasers and other optical appliances and instruments n.e.s.',
    zh: '液晶裝置、雷射及其他未列名之光學用具及儀器',
  },
  '9014': {
    en: 'Direction finding compasses; other navigational instruments and appliances',
    zh: '方向羅盤；其他航行用儀器及用具',
  },
  '9027': {
    en: 'Instruments and apparatus for physical or chemical analysis',
    zh: '物理或化學分析用儀器及器具',
  },
  '9030': {
    en: 'Oscilloscopes, spectrum analysers and other instruments for measuring or checking electrical quantities or radiation',
    zh: '示波器、頻譜分析器及其他測量或檢查電量或輻射之儀器及器具',
  },
  '9405': {
    en: 'Lamps and lighting fittings n.e.s.; illuminated signs and name-plates',
    zh: '未列名之燈具及照明配件；照明標誌、照明名牌及類似品',
  },
};

/** HS subheadings (6 digits): Chinese for the CHPL codes, both languages for the others. */
const SUBHEADINGS: Readonly<Record<string, HsDescription>> = {
  // Tier 1
  '854231': { zh: '積體電路：處理器及控制器' },
  '854232': { zh: '積體電路：記憶體' },
  '854233': { zh: '積體電路：放大器' },
  '854239': { zh: '積體電路：其他' },
  // Tier 2
  '851762': { zh: '接收、轉換及傳輸或再生聲音、影像或其他資料之機器（包括交換及路由器具）' },
  '852691': { zh: '無線電導航輔助器具' },
  '853221': { zh: '鉭質固定電容器' },
  '853224': { zh: '陶瓷介質多層固定電容器' },
  '854800': { zh: '本章未列名之機器或器具之電氣零件' },
  // Tier 3.A
  '847150': { zh: '處理單元（第847141或847149目所列者除外）' },
  '850440': { zh: '靜態轉換器' },
  '851769': { zh: '其他傳輸或接收聲音、影像或其他資料之器具' },
  '852589': { zh: '其他電視攝影機、數位相機及影像攝錄機' },
  '852910': { zh: '各種天線及天線反射器；其零件' },
  '852990': { zh: '第8524至8528節器具之其他零件' },
  '853669': { zh: '其他插頭及插座，電壓不超過1,000伏特者' },
  '853690': { zh: '其他連接電路用器具，電壓不超過1,000伏特者' },
  '854110': { zh: '二極體（光敏或發光二極體除外）' },
  '854121': { zh: '電晶體，消耗功率小於1瓦者' },
  '854129': { zh: '其他電晶體' },
  '854130': { zh: '閘流體、二端交流開關及三端交流開關' },
  '854149': { zh: '其他光敏半導體裝置（光伏電池除外）' },
  '854151': { zh: '半導體基傳感器' },
  '854159': { zh: '其他半導體裝置' },
  '854160': { zh: '已裝妥之壓電晶體' },
  // Tier 3.B
  '848210': { zh: '滾珠軸承' },
  '848220': { zh: '錐形滾子軸承' },
  '848230': { zh: '球面滾子軸承' },
  '848250': { zh: '其他圓柱滾子軸承' },
  '880730': { zh: '飛機、直升機或無人飛行器之其他零件' },
  '901310': { zh: '武器用望遠瞄準具；潛望鏡；機器用望遠鏡' },
  '901380': { zh: '其他光學裝置、用具及儀器' },
  '901420': { zh: '航空或太空航行用儀器及用具（羅盤除外）' },
  '901480': { zh: '其他航行用儀器及用具' },
  // Tier 4.A
  '847180': { zh: '自動資料處理機之其他單元' },
  '848610': { zh: '製造晶棒或晶圓之機器及器具' },
  '848620': { zh: '製造半導體裝置或積體電路之機器及器具' },
  '848640': { zh: '第八十四章註十一（C）所列之機器及器具' },
  '853400': { zh: '印刷電路' },
  '854320': { zh: '信號產生器' },
  '902750': { zh: '其他使用光學輻射（紫外線、可見光、紅外線）之儀器及器具' },
  '903020': { zh: '示波器及示波儀' },
  '903032': { zh: '萬用電表，附有記錄裝置者' },
  '903039': { zh: '其他測量或檢查電壓、電流、電阻或電功率之儀器，附有記錄裝置者' },
  '903082': { zh: '測量或檢查半導體晶圓或裝置之儀器及器具' },
  // Tier 4.B
  '845710': { zh: '金屬加工用綜合加工機' },
  '845811': { zh: '臥式車床，數值控制者' },
  '845891': { zh: '其他車床，數值控制者' },
  '845961': { zh: '銑床，數值控制者' },
  '846693': { zh: '第8456至8461節機器用之其他零件及附件' },
  // Uncontrolled look-alikes used by the sample data.
  '731815': {
    en: 'Other threaded screws and bolts, of iron or steel',
    zh: '鋼鐵製其他螺釘及螺栓，不論是否附有螺帽或墊圈',
  },
  '847130': {
    en: 'Portable automatic data-processing machines, not more than 10 kg (laptops)',
    zh: '可攜式自動資料處理機，重量不超過10公斤者',
  },
  '850760': { en: 'Lithium-ion accumulators', zh: '鋰離子蓄電池' },
  '870899': {
    en: 'Other parts and accessories of motor vehicles',
    zh: '其他機動車輛零件及附件',
  },
  '940540': {
    en: 'Other electric lamps and lighting fittings (HS 2017)',
    zh: '其他電燈及照明配件（2017年版HS）',
  },
};

/** Every hand-curated description, keyed by HS code. */
export const HS_DESCRIPTIONS: Readonly<Record<string, HsDescription>> = {
  ...CHAPTERS,
  ...HEADINGS,
  ...SUBHEADINGS,
};

/** The HS-6 codes outside the CHPL that the sample data uses as uncontrolled look-alikes. */
export const LOOK_ALIKE_HS6: readonly string[] = ['847130', '850760', '870899', '731815', '940540'];
