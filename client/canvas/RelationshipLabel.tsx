import type { CSSProperties } from 'react';

const SVG = 'http://www.w3.org/2000/svg';
/** A label's weight: its text is drawn, and measured, in it. */
const LABEL_WEIGHT = 600;

interface TextSize {
  width: number;
  height: number;
}

/** How label texts are measured: the font as the page draws it, and its line's height. */
interface LabelFont {
  context: CanvasRenderingContext2D;
  height: number;
}

/** Each label text's size as SVG draws it (docs/canvas.md). */
const sizes = new Map<string, TextSize>();
let font: LabelFont | null = null;
let fontsWatched = false;

/**
 * The font of relationships' labels, read once from a hidden SVG text of the same class and
 * weight: a canvas's context set to it to measure widths, and the height SVG gives its line.
 */
function labelFont(): LabelFont | null {
  if (font) return font;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.cssText = 'position:absolute;left:-10000px;top:0;width:1px;height:1px;overflow:hidden';
  const probe = document.createElementNS(SVG, 'text');
  probe.setAttribute('class', 'react-flow__edge-text');
  probe.style.fontWeight = String(LABEL_WEIGHT);
  probe.textContent = 'Mg';
  svg.append(probe);
  document.body.append(svg);
  const style = getComputedStyle(probe);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const height = probe.getBBox().height;
  svg.remove();
  if (!fontsWatched) {
    fontsWatched = true;
    // A font that arrives later draws every text at another size.
    document.fonts?.addEventListener('loadingdone', () => {
      font = null;
      sizes.clear();
    });
  }
  font = { context, height };
  return font;
}

/**
 * The size of a relationship's label text, in the flow's units, worked out from the font
 * (a canvas's measure of the text, the line's height read once) and kept per text. React
 * Flow's own label measures itself on the page after every mount, which makes the browser
 * lay out the whole page again inside the click that selects a body with its relationships.
 */
function textSize(text: string): TextSize {
  const known = sizes.get(text);
  if (known) return known;
  const measure = labelFont();
  if (!measure) return { width: 0, height: 0 };
  const size = { width: measure.context.measureText(text).width, height: measure.height };
  sizes.set(text, size);
  return size;
}

interface RelationshipLabelProps {
  /** Where the label's middle goes, in the flow's coordinates. */
  x: number;
  y: number;
  text: string;
  ink: string;
  background: CSSProperties;
  /** Room around the text: across and up-and-down. */
  padding: readonly [number, number];
  radius: number;
}

/**
 * A relationship's label on a rounded background, drawn as React Flow's label is (the same
 * classes and shapes), at a size known before it is drawn.
 */
export function RelationshipLabel({
  x,
  y,
  text,
  ink,
  background,
  padding: [across, upDown],
  radius,
}: RelationshipLabelProps) {
  const { width, height } = textSize(text);
  return (
    <g
      transform={`translate(${x - width / 2} ${y - height / 2})`}
      className="react-flow__edge-textwrapper"
    >
      <rect
        width={width + 2 * across}
        x={-across}
        y={-upDown}
        height={height + 2 * upDown}
        className="react-flow__edge-textbg"
        style={background}
        rx={radius}
        ry={radius}
      />
      <text
        className="react-flow__edge-text"
        y={height / 2}
        dy="0.3em"
        style={{ fill: ink, fontWeight: LABEL_WEIGHT }}
      >
        {text}
      </text>
    </g>
  );
}
