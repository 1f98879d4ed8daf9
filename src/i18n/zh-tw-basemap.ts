import type { BasemapKey } from './en-basemap';

/** Traditional Chinese messages of the map's basemap controls, key for key. */
export const zhTwBasemap: Record<BasemapKey, string> = {
  'mapToolbar.label': '地圖控制',
  'mapToolbar.camera': '前往',
  'mapToolbar.camera.world': '全球',
  'mapToolbar.camera.world.hint': '全球：臺灣的所有貿易夥伴',
  'mapToolbar.camera.eurasia': '歐亞',
  'mapToolbar.camera.eurasia.hint': '歐洲至日本，含土耳其、波斯灣與中亞',
  'mapToolbar.camera.central-asia': '中亞',
  'mapToolbar.camera.central-asia.hint': '高加索與中亞，含莫斯科',
  'mapToolbar.camera.east-asia': '東亞',
  'mapToolbar.camera.east-asia.hint': '臺灣、中國大陸、香港、韓國、日本與東南亞',
  'mapToolbar.colorBy': '顏色',
  'mapToolbar.colorBy.tier': '貨品類別',
  'mapToolbar.colorBy.tier.hint': '依共同高優先清單層級（貨品類別）為流向著色',
  'mapToolbar.colorBy.score': '異常分數',
  'mapToolbar.colorBy.score.hint': '依異常分數著色，由黃（低）至紅（高）',
  'mapToolbar.display': '顯示',
  'mapToolbar.theme': '列印配色',
  'mapToolbar.theme.hint': '淺色地圖與面板，適合列印與明亮場地；關閉時為適合螢幕的深色',
  'mapToolbar.motion': '動畫',
  'mapToolbar.motion.hint': '沿流向移動的光點；關閉即暫停',
  'map.edge': '{names}：{value}',
  'map.edgeMore': '{names}等 {count} 處以上：{value}',
  'map.edgeLabel': '流向地圖外的{names}，此期間 {value}',
};
