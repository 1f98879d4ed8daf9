/** English names of the CHPL tiers and of products grouped across HS revisions. */
export const enProducts = {
  'product.tier.1': 'integrated circuits',
  'product.tier.2': 'data transmission, radio navigation, capacitors and other electrical parts',
  'product.tier.3.A':
    'processing units, converters, cameras, aerials, connectors and discrete semiconductors',
  'product.tier.3.B': 'bearings, aircraft and UAV parts, optics and navigation instruments',
  'product.tier.4.A': 'manufacturing and test equipment',
  'product.tier.4.B': 'CNC machine tools and their parts',
  'product.tierGoods': 'CHPL tier {tier} goods ({words})',
  'product.revisionGroup': 'HS 2017 {old}, which HS 2022 turned into {new}',
  'product.codes.more': '{codes} and {more} more',
  'product.codes.separator': ', ',
};
