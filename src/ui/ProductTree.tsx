import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import {
  CHPL_ROOT,
  HS_ROOT,
  productTree,
  searchProducts,
  selectionLabel,
  selectionState,
  toggleCode,
  type HsRow,
  type ProductNode,
} from '../analysis/product-selection';
import { useI18n } from './i18n-context';
import './filters.css';

/** Props of {@link ProductTree}. */
export interface ProductTreeProps {
  rows: readonly HsRow[];
  /** Selected tier keys and HS codes; empty for all CHPL goods. */
  selection: readonly string[];
  onChange(selection: string[]): void;
}

/** A visible line of the tree, in display order. */
export interface TreeLine {
  /** The path of codes from the root ('hs/85/8542'): an HS-6 code shows under both roots. */
  key: string;
  node: ProductNode;
  /** 1 for a root. */
  level: number;
  parentKey: string | null;
  /** Position among its siblings, from 1, and their number (aria-posinset, aria-setsize). */
  position: number;
  siblings: number;
  expandable: boolean;
  expanded: boolean;
}

/** The lines a tree shows: every node whose ancestors are all expanded. */
export function flattenTree(
  nodes: readonly ProductNode[],
  isExpanded: (key: string) => boolean,
): TreeLine[] {
  const lines: TreeLine[] = [];
  const walk = (siblings: readonly ProductNode[], parentKey: string | null, level: number) => {
    siblings.forEach((node, i) => {
      const key = parentKey === null ? node.code : `${parentKey}/${node.code}`;
      const expandable = node.children.length > 0;
      const expanded = expandable && isExpanded(key);
      lines.push({
        key,
        node,
        level,
        parentKey,
        position: i + 1,
        siblings: siblings.length,
        expandable,
        expanded,
      });
      if (expanded) walk(node.children, key, level + 1);
    });
  };
  walk(nodes, null, 1);
  return lines;
}

/** What a key pressed on a tree line does. */
export type TreeAction =
  | { kind: 'focus'; key: string }
  | { kind: 'expand'; key: string }
  | { kind: 'collapse'; key: string }
  | { kind: 'toggle'; key: string };

/**
 * The WAI-ARIA tree view keys: ↓ ↑ Home End move, → expands or enters, ← collapses or goes to
 * the parent, Space and Enter tick (or open a root, which cannot be ticked).
 */
export function treeKeyAction(
  lines: readonly TreeLine[],
  activeKey: string,
  key: string,
): TreeAction | null {
  const index = lines.findIndex((line) => line.key === activeKey);
  const line = lines[index];
  if (!line) return null;
  const focus = (target: TreeLine | undefined): TreeAction | null =>
    target ? { kind: 'focus', key: target.key } : null;
  switch (key) {
    case 'ArrowDown':
      return focus(lines[index + 1]);
    case 'ArrowUp':
      return focus(lines[index - 1]);
    case 'Home':
      return focus(lines[0]);
    case 'End':
      return focus(lines[lines.length - 1]);
    case 'ArrowRight':
      if (!line.expandable) return null;
      return line.expanded ? focus(lines[index + 1]) : { kind: 'expand', key: line.key };
    case 'ArrowLeft':
      if (line.expanded) return { kind: 'collapse', key: line.key };
      return focus(lines.find((other) => other.key === line.parentKey));
    case ' ':
    case 'Enter':
      if (isSelectable(line.node)) return { kind: 'toggle', key: line.key };
      return { kind: line.expanded ? 'collapse' : 'expand', key: line.key };
    default:
      return null;
  }
}

const isSelectable = (node: ProductNode) => node.code !== CHPL_ROOT && node.code !== HS_ROOT;

/**
 * The product filter: a search box over a tree of CHPL tiers and HS codes with tick boxes.
 * Nothing ticked is the default, all CHPL goods; the summary line says so. While searching,
 * the matches show expanded in their branches.
 */
export function ProductTree({ rows, selection, onChange }: ProductTreeProps) {
  const { locale, t } = useI18n();
  const id = useId();
  const tree = useMemo(() => productTree(rows), [rows]);
  const tiers = useMemo(
    () => new Map(rows.flatMap((row) => (row.chplTier ? [[row.hs, row.chplTier]] : []))),
    [rows],
  );
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set([CHPL_ROOT, HS_ROOT]),
  );
  // While searching every branch starts open; these are the ones the user closed.
  const [closedInSearch, setClosedInSearch] = useState<ReadonlySet<string>>(() => new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());

  const searching = query.trim() !== '';
  const lines = useMemo(() => {
    if (!searching) return flattenTree(tree, (key) => expanded.has(key));
    return flattenTree(searchProducts(tree, query, locale), (key) => !closedInSearch.has(key));
  }, [tree, query, locale, searching, expanded, closedInSearch]);
  const checked = useMemo(() => selectionState(selection, rows), [selection, rows]);
  const active = lines.find((line) => line.key === activeKey) ?? lines[0];

  useEffect(() => {
    if (!active || !treeRef.current?.contains(document.activeElement)) return;
    itemRefs.current.get(active.key)?.focus();
  }, [active]);

  const setOpen = (key: string, open: boolean) => {
    const update = (keys: ReadonlySet<string>, add: boolean) => {
      const next = new Set(keys);
      if (add) next.add(key);
      else next.delete(key);
      return next;
    };
    if (searching) setClosedInSearch((keys) => update(keys, !open));
    else setExpanded((keys) => update(keys, open));
  };
  const activate = (line: TreeLine) => {
    setActiveKey(line.key);
    if (isSelectable(line.node)) onChange(toggleCode(selection, line.node.code, rows));
    else setOpen(line.key, !line.expanded);
  };
  const onTreeKey = (event: KeyboardEvent) => {
    if (!active) return;
    const action = treeKeyAction(lines, active.key, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'focus') setActiveKey(action.key);
    else if (action.kind === 'toggle') activate(active);
    else setOpen(action.key, action.kind === 'expand');
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && active) {
      event.preventDefault();
      itemRefs.current.get(active.key)?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <div className="product-tree" data-testid="product-tree">
      <div className="product-tree-head">
        <span className="product-tree-title" id={`${id}-title`}>
          {t('filters.products')}
        </span>
        <button
          type="button"
          className="button product-tree-clear"
          title={t('filters.clearHint')}
          disabled={selection.length === 0}
          onClick={() => onChange([])}
        >
          {t('filters.clear')}
        </button>
      </div>
      <p className="product-tree-summary" aria-live="polite">
        {t('filters.showing', { label: selectionLabel(selection, rows, locale) })}
      </p>
      <label className="filters-field">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('filters.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          data-testid="product-search"
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setClosedInSearch(new Set());
          }}
          onKeyDown={onSearchKey}
        />
      </label>
      {searching && lines.length === 0 ? (
        <p className="filters-empty" role="status">
          {t('filters.noMatch', { query: query.trim() })}
        </p>
      ) : (
        <ul
          ref={treeRef}
          className="product-tree-lines"
          role="tree"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-help`}
          onKeyDown={onTreeKey}
        >
          {lines.map((line) => {
            const { node } = line;
            const selectable = isSelectable(node);
            const isHs = selectable && /^\d+$/.test(node.code);
            const tier = line.key.startsWith(`${HS_ROOT}/`) ? tiers.get(node.code) : undefined;
            const name = node.name[locale];
            return (
              <li
                key={line.key}
                ref={(element) => {
                  if (element) itemRefs.current.set(line.key, element);
                  else itemRefs.current.delete(line.key);
                }}
                className={selectable ? 'product-item' : 'product-item root'}
                role="treeitem"
                tabIndex={line.key === active?.key ? 0 : -1}
                aria-level={line.level}
                aria-posinset={line.position}
                aria-setsize={line.siblings}
                aria-expanded={line.expandable ? line.expanded : undefined}
                aria-checked={selectable ? checked(node.code) : undefined}
                data-testid="product-item"
                data-code={node.code}
                style={{ '--tree-level': line.level } as CSSProperties}
                onClick={() => activate(line)}
              >
                <span
                  className="product-twisty"
                  aria-hidden="true"
                  onClick={(event) => {
                    if (!line.expandable) return;
                    event.stopPropagation();
                    setActiveKey(line.key);
                    setOpen(line.key, !line.expanded);
                  }}
                >
                  {line.expandable ? '▸' : ''}
                </span>
                {selectable && <span className="product-check" aria-hidden="true" />}
                {isHs && <span className="product-code">{node.code}</span>}
                <span className="product-name" title={name}>
                  {name}
                </span>
                {tier && (
                  <span className="product-tier">
                    <span aria-hidden="true">{t('filters.tierBadge', { tier })}</span>
                    <span className="filters-hidden">{t('filters.tier', { tier })}</span>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="filters-help" id={`${id}-help`}>
        {t('filters.treeHelp')}
      </p>
    </div>
  );
}
