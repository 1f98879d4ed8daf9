import { describe, expect, it } from 'vitest';
import type { CellState } from '../../src/data/coverage/model';
import { cellClass, coverageFileName } from '../../src/ui/coverage-model';

const state = (change: Partial<CellState>): CellState => ({
  status: 'monthly',
  months: 12,
  expected: 12,
  partialMonths: null,
  basis: 'reported',
  noRows: false,
  gap: null,
  ...change,
});

describe('the coverage panel model', () => {
  it('gives each cell its status class, and marks mirror-only cells and pairs without rows', () => {
    expect(cellClass(state({}))).toBe('coverage-cell coverage-monthly');
    expect(cellClass(state({ basis: 'both' }))).toBe('coverage-cell coverage-monthly');
    expect(cellClass(state({ basis: 'mirror', noRows: true, gap: 'mirrorOnly' }))).toBe(
      'coverage-cell coverage-monthly coverage-mirror coverage-noRows',
    );
    expect(cellClass(state({ status: 'missing', months: 0, basis: null, gap: 'missing' }))).toBe(
      'coverage-cell coverage-missing',
    );
  });

  it('names the plan after the years it covers', () => {
    expect(coverageFileName({ firstYear: 2018, lastMonth: '2025-06' })).toBe(
      'taiwan-dual-use_coverage-plan_2018_2025-06.md',
    );
  });
});
