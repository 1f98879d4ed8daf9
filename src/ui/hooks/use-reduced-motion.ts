import { useMediaQuery } from './use-media-query';

/** Whether the reader asked their system for less motion; follows the setting as it changes. */
export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
