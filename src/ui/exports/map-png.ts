import { ExportError } from './export-error';

/** A legend entry of the image: a colour (or a ramp of colours, drawn left to right) and its label. */
export interface LegendSwatch {
  /** Any CSS colour canvas understands (not a CSS gradient); a list is drawn as a ramp. */
  color: string | readonly string[];
  label: string;
}

/** What {@link composeMapPng} draws around the map. */
export interface MapPngOptions {
  /** The map's element: every canvas inside it (basemap, then deck.gl's) is drawn in DOM order. */
  container: HTMLElement;
  /** The header: a title, then the period shown (both already in the current language). */
  title: string;
  period: string;
  /** Below the map. */
  legend: readonly LegendSwatch[];
  /** The last line, e.g. "Source: … · generated 2026-11-24 · synthetic sample data". */
  footer: string;
  /** The theme's colours of the bands around the map (CSS). */
  background: string;
  text: string;
  /** Device pixels per CSS pixel; defaults to the basemap canvas's own. */
  pixelRatio?: number;
}

/** Measures the width of text in a canvas font (CSS px). */
export type MeasureText = (text: string, font: string) => number;

/** A line of text placed on the image; `y` is its top (the canvas's `textBaseline = 'top'`). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  font: string;
}

/** A colour swatch placed on the image. */
export interface PlacedSwatch {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string | readonly string[];
}

/** Where everything goes on the image, in CSS px. */
export interface PngLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

/** Sizes in CSS px: every text at least 14 px, readable on a slide and on paper. */
const PADDING = 16;
const TITLE_SIZE = 20;
const PERIOD_SIZE = 16;
const SMALL_SIZE = 14;
const LINE_HEIGHT = 1.35;
const SWATCH = 14;
/** A ramp (the score's colours) is wider than a single colour's swatch. */
const RAMP_WIDTH = 48;
const SWATCH_GAP = 6;
const ITEM_GAP = 20;
const ROW_GAP = 6;

const font = (size: number, family: string, weight = 400) => `${weight} ${size}px ${family}`;

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces where there are any, else between
 * characters (Chinese has no spaces). A single character wider than the line stays whole.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontName: string,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    const next = line + char;
    if (line === '' || measure(next, fontName) <= maxWidth) {
      line = next;
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (char !== ' ' && space > 0) {
      lines.push(line.slice(0, space));
      line = line.slice(space + 1) + char;
    } else {
      lines.push(line);
      line = char === ' ' ? '' : char;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * Lays the image out: a header band (title, period), the map at its on-screen size, then a
 * band with the legend (entries side by side, wrapping onto more rows) and the footer line.
 */
export function layoutMapPng(
  input: Pick<MapPngOptions, 'title' | 'period' | 'legend' | 'footer'> & {
    mapWidth: number;
    mapHeight: number;
    fontFamily: string;
  },
  measure: MeasureText,
): PngLayout {
  const { mapWidth: width, mapHeight, fontFamily } = input;
  const inner = Math.max(1, width - 2 * PADDING);
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = PADDING;
  const addLines = (text: string, fontName: string, size: number) => {
    for (const line of wrapText(text, inner, fontName, measure)) {
      texts.push({ text: line, x: PADDING, y, font: fontName });
      y += size * LINE_HEIGHT;
    }
  };

  addLines(input.title, font(TITLE_SIZE, fontFamily, 700), TITLE_SIZE);
  addLines(input.period, font(PERIOD_SIZE, fontFamily), PERIOD_SIZE);
  y += PADDING / 2;
  const map = { x: 0, y, width, height: mapHeight };
  y += mapHeight + PADDING;

  const small = font(SMALL_SIZE, fontFamily);
  const lineHeight = SMALL_SIZE * LINE_HEIGHT;
  let x = PADDING;
  let rowHeight = 0;
  for (const { color, label } of input.legend) {
    const swatchWidth = typeof color === 'string' ? SWATCH : RAMP_WIDTH;
    const labelRoom = inner - swatchWidth - SWATCH_GAP;
    const lines = wrapText(label, labelRoom, small, measure);
    const labelWidth = Math.max(0, ...lines.map((line) => measure(line, small)));
    const itemWidth = swatchWidth + SWATCH_GAP + labelWidth;
    if (x > PADDING && x + itemWidth > PADDING + inner) {
      x = PADDING;
      y += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    swatches.push({
      x,
      y: y + (lineHeight - SWATCH) / 2,
      width: swatchWidth,
      height: SWATCH,
      color,
    });
    lines.forEach((line, i) => {
      texts.push({
        text: line,
        x: x + swatchWidth + SWATCH_GAP,
        y: y + i * lineHeight,
        font: small,
      });
    });
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
    x += itemWidth + ITEM_GAP;
  }
  if (input.legend.length > 0) y += rowHeight + PADDING / 2;

  addLines(input.footer, small, SMALL_SIZE);
  return { width, height: Math.ceil(y + PADDING / 2), map, texts, swatches };
}

/** The visible canvases in the map's element, in DOM order (basemap first, then deck.gl's). */
function mapCanvases(container: HTMLElement): HTMLCanvasElement[] {
  return [...container.querySelectorAll('canvas')].filter((canvas) => {
    const style = getComputedStyle(canvas);
    return (
      canvas.width > 0 &&
      canvas.height > 0 &&
      style.display !== 'none' &&
      style.visibility !== 'hidden'
    );
  });
}

/** Fills a swatch: one colour, or a left-to-right ramp through a list of colours. */
function paintSwatch(ctx: CanvasRenderingContext2D, swatch: PlacedSwatch, outline: string) {
  const { x, y, width, height, color } = swatch;
  if (typeof color === 'string') {
    ctx.fillStyle = color;
  } else {
    const ramp = ctx.createLinearGradient(x, 0, x + width, 0);
    color.forEach((stop, i) =>
      ramp.addColorStop(color.length > 1 ? i / (color.length - 1) : 0, stop),
    );
    ctx.fillStyle = ramp;
  }
  ctx.fillRect(x, y, width, height);
  // A faint outline keeps pale swatches visible on a background of nearly their colour.
  ctx.save();
  ctx.globalAlpha = 0.4;
  ctx.strokeStyle = outline;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
  ctx.restore();
}

/** A canvas holding the map with its bands around it, repainted from the live map on demand. */
export interface MapFrame {
  canvas: HTMLCanvasElement;
  /** Copies the map's canvases as they are now and draws the bands, with `period` in the header. */
  draw(period: string): void;
}

/**
 * Lays out the map with a header (title, period), the legend and a footer (source, date) on a
 * 2D canvas: the map's canvases are copied at device pixel size, in DOM order, and the text
 * drawn around them in the page's font. The WebGL canvases must keep their drawing buffer
 * (MapView creates both with `preserveDrawingBuffer`), or they would read as blank. The layout
 * is made once, for the longest period text a recording will show.
 */
export async function prepareMapFrame(options: MapPngOptions): Promise<MapFrame> {
  const { container } = options;
  const canvases = mapCanvases(container);
  const bounds = container.getBoundingClientRect();
  const first = canvases[0];
  const firstWidth = first?.getBoundingClientRect().width ?? 0;
  const ratio =
    options.pixelRatio ??
    (first && firstWidth > 0 ? first.width / firstWidth : window.devicePixelRatio || 1);
  // Text measured before the page's fonts have loaded would be measured in a fallback font.
  await document.fonts.ready;

  const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const output = document.createElement('canvas');
  const ctx = output.getContext('2d');
  if (!ctx) throw new ExportError('noCanvas');
  const measure: MeasureText = (text, fontName) => {
    ctx.font = fontName;
    return ctx.measureText(text).width;
  };
  const layout = layoutMapPng(
    { ...options, mapWidth: bounds.width, mapHeight: bounds.height, fontFamily },
    measure,
  );
  output.width = Math.round(layout.width * ratio);
  output.height = Math.round(layout.height * ratio);
  // Resizing the canvas reset its state: scale again, then draw in CSS px.
  ctx.scale(ratio, ratio);

  const draw = (period: string) => {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, layout.width, layout.height);
    const { map } = layout;
    ctx.save();
    ctx.beginPath();
    ctx.rect(map.x, map.y, map.width, map.height);
    ctx.clip();
    for (const canvas of canvases) {
      const rect = canvas.getBoundingClientRect();
      ctx.drawImage(
        canvas,
        map.x + rect.left - bounds.left,
        map.y + rect.top - bounds.top,
        rect.width,
        rect.height,
      );
    }
    ctx.restore();
    for (const swatch of layout.swatches) paintSwatch(ctx, swatch, options.text);
    ctx.fillStyle = options.text;
    ctx.textBaseline = 'top';
    for (const { text, x, y, font: fontName } of layout.texts) {
      ctx.font = fontName;
      ctx.fillText(text === options.period ? period : text, x, y);
    }
  };
  return { canvas: output, draw };
}

/** The map as a PNG with a header, the legend and a footer (see {@link prepareMapFrame}). */
export async function composeMapPng(options: MapPngOptions): Promise<Blob> {
  return framePng(await prepareMapFrame(options), options.period);
}

/** A frame drawn now, with `period` in its header, as a PNG. */
export function framePng(frame: MapFrame, period: string): Promise<Blob> {
  frame.draw(period);
  return new Promise((resolve, reject) => {
    frame.canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new ExportError('notEncoded'))),
      'image/png',
    );
  });
}
