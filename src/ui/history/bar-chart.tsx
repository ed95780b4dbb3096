// A small horizontal bar chart in inline SVG (no chart library). The SVG is for sighted users; a visually hidden
// table carries the same numbers for screen readers.
import { t } from '../i18n.ts';
import { shorten } from './format.ts';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const ROW = 22;
const LABEL_WIDTH = 240;
const BAR_WIDTH = 260;
const VALUE_WIDTH = 44;

export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const shown = bars.filter((bar) => bar.value > 0);
  const max = Math.max(1, ...shown.map((bar) => bar.value));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p class="muted">{t('stats_nothing')}</p>
      ) : (
        <div class="bar-chart-body">
          <svg aria-hidden="true" focusable="false" width={width} height={shown.length * ROW} viewBox={`0 0 ${width} ${shown.length * ROW}`}>
            {shown.map((bar, i) => (
              <g key={bar.key} transform={`translate(0 ${i * ROW})`}>
                <text x={LABEL_WIDTH - 6} y={ROW / 2} text-anchor="end" dominant-baseline="middle" class="bar-label">
                  {shorten(bar.label, 34)}
                </text>
                <rect x={LABEL_WIDTH} y={4} height={ROW - 8} width={Math.max(2, (bar.value / max) * BAR_WIDTH)} rx={3} class={`bar bar-${bar.key}`} />
                <text x={LABEL_WIDTH + (bar.value / max) * BAR_WIDTH + 6} y={ROW / 2} dominant-baseline="middle" class="bar-value">
                  {bar.value}
                </text>
              </g>
            ))}
          </svg>
          <table class="bar-table visually-hidden">
            <caption class="visually-hidden">{title}</caption>
            <tbody>
              {shown.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{bar.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
