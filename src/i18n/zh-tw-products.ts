import type { enProducts } from './en-products';

/** 共同高優先清單各級別及跨 HS 版本合併比較之產品的正體中文名稱。 */
export const zhTwProducts: Record<keyof typeof enProducts, string> = {
  'product.tier.1': '積體電路',
  'product.tier.2': '資料傳輸設備、無線電導航、電容器及其他電氣零件',
  'product.tier.3.A': '處理單元、轉換器、攝影機、天線、連接器及分離式半導體',
  'product.tier.3.B': '軸承、航空器及無人機零件、光學及導航儀器',
  'product.tier.4.A': '製造及測試設備',
  'product.tier.4.B': '數值控制工具機及其零件',
  'product.tierGoods': '共同高優先清單第{tier}級貨品（{words}）',
  'product.revisionGroup': 'HS 2017年版{old}，即HS 2022年版{new}',
  'product.codes.more': '{codes}及其他{more}個',
  'product.codes.separator': '、',
};
