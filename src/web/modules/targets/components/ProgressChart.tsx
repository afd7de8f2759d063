import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatInteger } from '../../../../lib/numbers';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export type ChartRow = { name: string; actual: number; target: number | null };

/**
 * Actual against target for each sub-unit, as horizontal bars (long village names stay readable on a
 * phone). Loaded lazily: chart.js only reaches the browser when someone opens a breakdown.
 */
export default function ProgressChart({
  rows,
  actualLabel,
  targetLabel,
  suffix,
}: {
  rows: ChartRow[];
  actualLabel: string;
  targetLabel: string;
  suffix: string;
}) {
  const label = (v: number) => `${formatInteger(Math.round(v))}${suffix}`;
  return (
    <div style={{ position: 'relative', height: 60 + rows.length * 34, width: '100%' }}>
      <Bar
        aria-label={`${actualLabel} / ${targetLabel}`}
        role="img"
        data={{
          labels: rows.map((r) => r.name),
          datasets: [
            { label: actualLabel, data: rows.map((r) => r.actual), backgroundColor: '#b71c1c' },
            { label: targetLabel, data: rows.map((r) => r.target), backgroundColor: '#bfbfbf' },
          ],
        }}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          responsive: true,
          animation: false,
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.x === null ? '—' : label(ctx.parsed.x)}`,
              },
            },
          },
          scales: {
            x: { beginAtZero: true, ticks: { callback: (v) => label(Number(v)), maxTicksLimit: 5 } },
            y: { ticks: { autoSkip: false } },
          },
        }}
      />
    </div>
  );
}
