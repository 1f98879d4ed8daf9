import { formatNumber, translate } from '../i18n';
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import methodologyDoc from '../../docs/methodology.md?raw';
import { SIGNAL_LIST, signalLabel, signalMeaning } from '../analysis/signals';
import { TOTAL_WEIGHT } from '../analysis/score';
import type { Locale } from '../i18n';
import { useInertSiblings } from './hooks/use-inert-siblings';
import { useI18n } from './i18n-context';
import { methodologySection, parseBlocks, type Block, type Inline } from './methodology-doc';
import './methodology.css';

const formatWeight = (locale: Locale, weight: number) => formatNumber(locale, weight, 2);

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
    }
  });
}

/** One block of the doc; its headings sit one level below the page's own section headings. */
function DocBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + 1)}` as 'h4';
      return <Heading>{renderInline(block.content)}</Heading>;
    }
    case 'paragraph':
      return <p>{renderInline(block.content)}</p>;
    case 'code':
      return <pre>{block.text}</pre>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{renderInline(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="methodology-scroll">
          <table>
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col">
                    {renderInline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{renderInline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/** The signals as the code defines them, so that this table can never disagree with the score. */
function SignalTable({ locale }: { locale: Locale }) {
  return (
    <div className="methodology-scroll">
      <table className="methodology-signals" data-testid="methodology-signals">
        <caption>{translate(locale, 'method.signals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{translate(locale, 'method.col.signal')}</th>
            <th scope="col">{translate(locale, 'method.col.meaning')}</th>
            <th scope="col">{translate(locale, 'method.col.weight')}</th>
            <th scope="col">{translate(locale, 'method.col.gate')}</th>
          </tr>
        </thead>
        <tbody>
          {SIGNAL_LIST.map(({ name, weight, role }) => (
            <tr key={name} data-signal={name}>
              <th scope="row">{signalLabel(name, locale)}</th>
              <td>{signalMeaning(name, locale)}</td>
              <td className="num">{formatWeight(locale, weight)}</td>
              <td>{translate(locale, role ? 'method.gate.yes' : 'method.gate.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * How corridors are found and scored, in the current language: the signals table built from
 * SIGNALS, the score in plain words, then the method in full from docs/methodology.md.
 * Opens over the page with focus on its heading; Escape or the close button closes it.
 */
export function Methodology({ onClose }: { onClose: () => void }) {
  const { locale } = useI18n();
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const blocks = useMemo(() => parseBlocks(methodologySection(methodologyDoc, locale)), [locale]);
  useInertSiblings(rootRef);

  useEffect(() => {
    const previous = document.activeElement;
    headingRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return createPortal(
    <div className="methodology-backdrop" ref={rootRef}>
      <article
        className="methodology"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid="methodology"
      >
        <header>
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            {translate(locale, 'method.title')}
          </h2>
          <div className="methodology-actions">
            <button type="button" className="button" onClick={() => window.print()}>
              {translate(locale, 'method.print')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {translate(locale, 'method.close')}
            </button>
          </div>
        </header>
        <p>{translate(locale, 'method.intro')}</p>
        <h3>{translate(locale, 'method.signals')}</h3>
        <SignalTable locale={locale} />
        <h3>{translate(locale, 'method.score')}</h3>
        <p>{translate(locale, 'method.score.strength')}</p>
        <p>{translate(locale, 'method.score.gate')}</p>
        <p>
          {translate(locale, 'method.score.mean', {
            count: SIGNAL_LIST.length,
            total: formatWeight(locale, TOTAL_WEIGHT),
          })}
        </p>
        <p className="methodology-caution">{translate(locale, 'method.caution')}</p>
        <h3>{translate(locale, 'method.full')}</h3>
        <div className="methodology-doc" lang={locale}>
          {blocks.map((block, i) => (
            <DocBlock key={i} block={block} />
          ))}
        </div>
      </article>
    </div>,
    document.body,
  );
}
