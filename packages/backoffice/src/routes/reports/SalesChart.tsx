import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatMoney } from '../../format/money.ts';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

interface Props {
  readonly labels: readonly string[];
  /** Decimal strings from the server; the chart plots them as numbers, the table beside shows them exactly. */
  readonly values: readonly (string | null)[];
  readonly currency: string;
  /** Bars across (categories with long names) or up (time). */
  readonly horizontal: boolean;
  readonly label: string;
}

/** Sales as bars, with no animation: a figure that changes on the next poll does not bounce. */
export function SalesChart({ labels, values, currency, horizontal, label }: Props) {
  const money = (v: number | string) => formatMoney(String(v), currency);
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { label: (item) => ` ${money(Number(item.raw).toFixed(2))}` } },
    },
    scales: {
      [horizontal ? 'x' : 'y']: {
        beginAtZero: true,
        grid: { color: '#eceee9' },
        ticks: { callback: (v) => money(v), color: '#66706b' },
      },
      [horizontal ? 'y' : 'x']: { grid: { display: false }, ticks: { color: '#3b4440', autoSkip: true } },
    },
  };
  return (
    <div
      className="chart-box"
      style={{ height: horizontal ? `${Math.max(12, labels.length * 2.1 + 3)}rem` : '20rem' }}
    >
      <Bar
        aria-label={label}
        role="img"
        options={options}
        data={{
          labels: [...labels],
          datasets: [
            {
              label,
              data: values.map((v) => Number(v ?? 0)),
              backgroundColor: '#2f7d6a',
              hoverBackgroundColor: '#0f5c4d',
              borderRadius: 3,
              maxBarThickness: 42,
            },
          ],
        }}
      />
    </div>
  );
}
