import { RESIDUAL_CODES } from '../residuals';
import { quoteLiteral } from './quote';

/** SQL list of the residual partner codes (see residuals.ts), for `IN (...)`. */
export const residualListSql = () => `(${RESIDUAL_CODES.map(quoteLiteral).join(', ')})`;
