import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { formatList, formatUsd, joinSentences, type Translate } from '../i18n';
import { useI18n } from './i18n-context';
import { intermediaryShownAs, linkEmphasis } from './sankey-emphasis';
import {
  OTHER_CODE,
  sankeyLayout,
  type SankeyInput,
  type SankeyLabelText,
  type SankeyModel,
  type SankeyNodeModel,
} from './sankey-model';
import { NAME_FONT_PX, VALUE_FONT_PX } from './sankey-labels';
import './sankey.css';
import { useWidth } from './hooks/use-width';

/** Props of {@link Sankey}. */
export interface SankeyProps {
  /** null while the flows are still being computed: a quiet loading state. */
  input: SankeyInput | null;
  /** A country's name in the current language. */
  nameOf(code: string): string;
  /** Selected intermediary: highlighted, the other intermediaries' links dimmed. */
  via: string | null;
  /** Selected destination. */
  to: string | null;
  /** A click on an intermediary selects it; on the selected one, clears the selection. */
  onVia(code: string | null): void;
  /** Same for destinations. */
  onTo(code: string | null): void;
  height?: number;
}

const DEFAULT_HEIGHT = 220;
/** Smallest height in pixels that a node answers clicks over, however thin it is drawn. */
const MIN_HIT_PX = 14;

/** A node's name: the country's, or the merged intermediaries'. */
function nodeName(node: { code: string }, nameOf: (code: string) => string, t: Translate) {
  return node.code === OTHER_CODE ? t('sankey.other') : nameOf(node.code);
}

/** A node's bar and label; intermediaries and destinations are toggle buttons. */
function Node({
  node,
  nameOf,
  selected,
  onToggle,
}: {
  node: SankeyNodeModel;
  nameOf: (code: string) => string;
  selected: boolean;
  /** Absent for nodes that cannot be selected (the origin, the merged intermediaries). */
  onToggle?: (() => void) | undefined;
}) {
  const { locale, t } = useI18n();
  const name = nodeName(node, nameOf, t);
  const value = formatUsd(locale, node.value);
  const members = node.members.length > 0 ? node.members.map(nameOf) : null;
  const { label } = node;
  const tooltip = [
    t('sankey.node', { name, value }),
    ...(members ? [t('sankey.otherMembers', { names: formatList(locale, members) })] : []),
  ].join('\n');
  const height = node.y1 - node.y0;
  const hitHeight = Math.max(height, MIN_HIT_PX);
  const interactive = onToggle
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-pressed': selected,
        'aria-label': t(node.column === 1 ? 'sankey.filterVia' : 'sankey.filterTo', {
          name,
          value,
        }),
        onClick: onToggle,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          onToggle();
        },
      }
    : { 'aria-hidden': true };
  const classes = ['sankey-node', `column-${node.column}`];
  if (onToggle) classes.push('is-interactive');
  if (selected) classes.push('is-selected');

  // The label sits beside the button, not in it: a button's name must contain its visible
  // text, and a name cut as a last resort would not match the full one it is announced by.
  return (
    <g className={classes.join(' ')}>
      <g
        className="sankey-node-button"
        data-testid="sankey-node"
        data-code={node.code}
        data-column={node.column}
        data-value={node.value}
        {...interactive}
      >
        <title>{tooltip}</title>
        <rect
          className="sankey-hit"
          x={node.x0 - 2}
          width={node.x1 - node.x0 + 4}
          y={(node.y0 + node.y1) / 2 - hitHeight / 2}
          height={hitHeight}
        />
        <rect
          className="sankey-bar"
          x={node.x0}
          width={node.x1 - node.x0}
          y={node.y0}
          height={Math.max(height, 1)}
        />
      </g>
      {label && (
        <g
          className="sankey-label"
          aria-hidden="true"
          onClick={onToggle}
          data-testid="sankey-label"
          data-code={node.code}
          data-column={node.column}
          data-truncated={label.truncated}
        >
          <title>{tooltip}</title>
          <text>
            {label.lines.map((line, i) => (
              <tspan
                key={i}
                className={line.kind === 'name' ? 'sankey-name' : 'sankey-value'}
                x={label.x}
                y={line.y}
                dominantBaseline="central"
              >
                {line.text}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </g>
  );
}

/** The links as a table: the chart's text alternative, for screen readers only. */
function LinkTable({ model, nameOf }: { model: SankeyModel; nameOf: (code: string) => string }) {
  const { locale, t } = useI18n();
  const names = new Map(model.nodes.map((n) => [n.id, nodeName(n, nameOf, t)]));
  const others = model.nodes.find((n) => n.members.length > 0);
  return (
    <table className="visually-hidden">
      <caption>
        {joinSentences(locale, [
          t('sankey.table.caption'),
          ...(others
            ? [t('sankey.otherMembers', { names: formatList(locale, others.members.map(nameOf)) })]
            : []),
        ])}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('sankey.table.from')}</th>
          <th scope="col">{t('sankey.table.to')}</th>
          <th scope="col">{t('sankey.table.value')}</th>
        </tr>
      </thead>
      <tbody>
        {model.links.map((link) => (
          <tr key={link.id}>
            <td>{names.get(link.sourceId)}</td>
            <td>{names.get(link.targetId)}</td>
            <td>{formatUsd(locale, link.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The label sizes that sankey-labels.ts measures with, given to sankey.css as variables. */
const LABEL_SIZES = {
  '--sankey-name-size': `${NAME_FONT_PX}px`,
  '--sankey-value-size': `${VALUE_FONT_PX}px`,
} as CSSProperties;

function Diagram({
  model,
  nameOf,
  via,
  to,
  onVia,
  onTo,
}: Omit<SankeyProps, 'input' | 'height'> & { model: SankeyModel }) {
  const { locale, t } = useI18n();
  const name = (node: { code: string }) => nodeName(node, nameOf, t);
  const names = new Map(model.nodes.map((n) => [n.id, name(n)]));
  const shownVia = intermediaryShownAs(model, via);
  return (
    <svg
      className="sankey-svg"
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      style={LABEL_SIZES}
    >
      <g className="sankey-links" aria-hidden="true">
        {model.links.map((link) => (
          <path
            key={link.id}
            className={`sankey-link ${linkEmphasis(model, link, via, to)}`}
            d={link.d}
            strokeWidth={Math.max(1, link.width)}
            data-testid="sankey-link"
            data-source={link.source}
            data-target={link.target}
            data-value={link.value}
          >
            <title>
              {t('sankey.link', {
                from: names.get(link.sourceId) ?? link.source,
                to: names.get(link.targetId) ?? link.target,
                value: formatUsd(locale, link.value),
              })}
            </title>
          </path>
        ))}
      </g>
      <g className="sankey-nodes">
        {model.nodes.map((node) => {
          const selectable = node.column !== 0 && node.code !== OTHER_CODE;
          const selection = node.column === 1 ? via : to;
          const onSelect = node.column === 1 ? onVia : onTo;
          const selected =
            node.column === 1 ? shownVia === node.code : node.column === 2 && to === node.code;
          return (
            <Node
              key={node.id}
              node={node}
              nameOf={nameOf}
              selected={selected}
              onToggle={
                selectable ? () => onSelect(selection === node.code ? null : node.code) : undefined
              }
            />
          );
        })}
      </g>
    </svg>
  );
}

/**
 * Where the origin's goods go: origin → intermediaries (the largest few, the rest merged) →
 * destinations, as a Sankey laid out by d3-sankey and drawn by React. Intermediaries and
 * destinations are toggle buttons that select a filter; a hidden table lists every link.
 */
export function Sankey(props: SankeyProps) {
  const { input, nameOf, height = DEFAULT_HEIGHT } = props;
  const { locale, t } = useI18n();
  const [chartRef, measured] = useWidth<HTMLDivElement>();
  // Laid out at a stand-in width until measured, so that the table is there from the start.
  const width = measured > 0 ? measured : 600;
  const model = useMemo(() => {
    if (!input) return null;
    const labelText: SankeyLabelText = (node) => ({
      name: nodeName(node, nameOf, t),
      value: formatUsd(locale, node.value),
    });
    return sankeyLayout(input, { width, height, labelText });
  }, [input, width, height, nameOf, locale, t]);
  // 'ready' once the diagram is drawn, which waits for the first measure of the width.
  const state =
    model === null
      ? 'loading'
      : model.nodes.length === 0
        ? 'empty'
        : measured > 0
          ? 'ready'
          : 'loading';

  return (
    <figure className="sankey" data-testid="sankey" data-state={state} aria-busy={!model}>
      <figcaption>{t('sankey.title')}</figcaption>
      <div ref={chartRef} className="sankey-chart" style={{ minHeight: height }}>
        {model === null && <p className="sankey-status">{t('sankey.loading')}</p>}
        {model && model.nodes.length === 0 && <p className="sankey-status">{t('sankey.empty')}</p>}
        {model && model.nodes.length > 0 && (
          <>
            {measured > 0 && <Diagram {...props} model={model} />}
            <LinkTable model={model} nameOf={props.nameOf} />
          </>
        )}
      </div>
    </figure>
  );
}
