import { useId } from 'react';
import { beamAngle, blockSlots, pointOnBeam } from './scale-geometry';

export interface ScaleWeight {
  key: string;
  label: string;
  /** The item's weight on its 1–5 scale (a mean for groups). */
  weight: number;
  /** The weight as the reader's language writes it ("3,4"); without it, one decimal with a point. */
  weightText?: string;
}

export interface BalanceScaleLabels {
  title: string;
  strainsSide: string;
  resourcesSide: string;
  /** e.g. "The resources weigh more" — said in words, not only by the drawing's angle. */
  tilt: string;
  /** e.g. "Balance: +1.2 (from −4 to +4)"; omitted when there is no balance. */
  value?: string;
}

export interface BalanceScaleProps {
  strains: ScaleWeight[];
  resources: ScaleWeight[];
  balance: number | null;
  labels: BalanceScaleLabels;
  /** A picture of the model rather than of answers: the blocks are named, never given a value. */
  illustration?: boolean;
}

const WIDTH = 420;
const PIVOT = { x: 210, y: 70 };
const ARM = 150;
const PAN_INNER_WIDTH = 116;
const BLOCK_UNIT = 9;

function Pan({ x, y, items, side, illustration }: { x: number; y: number; items: ScaleWeight[]; side: 'strain' | 'resource'; illustration: boolean }) {
  const colour = side === 'strain' ? 'var(--color-strain)' : 'var(--color-resource)';
  const soft = side === 'strain' ? 'var(--color-strain-soft)' : 'var(--color-resource-soft)';
  const slots = blockSlots(items.length, PAN_INNER_WIDTH);
  return (
    <g data-side={side}>
      <line x1={x} y1={y} x2={x - 50} y2={y + 40} stroke="#78716c" />
      <line x1={x} y1={y} x2={x + 50} y2={y + 40} stroke="#78716c" />
      <path d={`M ${x - 60} ${y + 40} h 120 q -60 22 -120 0 z`} fill={soft} stroke={colour} strokeWidth={2} />
      {items.map((item, index) => {
        const height = Math.max(1, item.weight) * BLOCK_UNIT;
        return (
          <rect
            key={item.key}
            x={x + slots[index]!.offset}
            y={y + 40 - height}
            width={slots[index]!.width}
            height={height}
            fill={colour}
            // Strains lighter, resources solid, and each pan is named in text: never colour alone.
            fillOpacity={side === 'strain' ? 0.55 : 0.9}
            stroke={colour}
          >
            <title>{illustration ? item.label : `${item.label}: ${item.weightText ?? item.weight.toFixed(1)}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

/** "Vægten": the beam tilts by the balance; each item's weight is a block in its pan, each pan as heavy as its side's mean. */
export function BalanceScale({ strains, resources, balance, labels, illustration = false }: BalanceScaleProps) {
  const id = useId();
  const angle = beamAngle(balance);
  const left = pointOnBeam(PIVOT.x, PIVOT.y, -ARM, angle);
  const right = pointOnBeam(PIVOT.x, PIVOT.y, ARM, angle);
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${WIDTH} 230`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-xl" data-balance={balance ?? ''} data-tilt-degrees={angle.toFixed(2)}>
        <title id={`${id}-title`}>{labels.title}</title>
        <desc id={`${id}-desc`}>{[labels.tilt, labels.value].filter(Boolean).join('. ')}</desc>
        <path d={`M ${PIVOT.x} ${PIVOT.y} L ${PIVOT.x - 40} 220 H ${PIVOT.x + 40} Z`} fill="#e7e5e4" stroke="#78716c" />
        <g data-testid="beam">
          <line x1={left.x} y1={left.y} x2={right.x} y2={right.y} stroke="#44403c" strokeWidth={6} strokeLinecap="round" />
        </g>
        <circle cx={PIVOT.x} cy={PIVOT.y} r={7} fill="#44403c" />
        <Pan x={left.x} y={left.y} items={strains} side="strain" illustration={illustration} />
        <Pan x={right.x} y={right.y} items={resources} side="resource" illustration={illustration} />
        <text x={60} y={20} textAnchor="middle" className="fill-[var(--color-strain)] text-[13px] font-semibold">
          {labels.strainsSide}
        </text>
        <text x={WIDTH - 60} y={20} textAnchor="middle" className="fill-[var(--color-resource)] text-[13px] font-semibold">
          {labels.resourcesSide}
        </text>
      </svg>
      <figcaption className="mt-2 text-center font-medium">
        <span className="block">{labels.tilt}</span>
        {labels.value ? <span className="block text-sm font-normal text-[var(--color-muted)]">{labels.value}</span> : null}
      </figcaption>
    </figure>
  );
}
