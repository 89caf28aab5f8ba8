import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ItemFigure } from '@/lib/domains/results/figures';
import { colors, styles } from './styles';

const BALANCE_RANGE = 4; // resources and strains are 1–5 means, so the balance lies in −4…+4

/**
 * The balance as a vector bar on a −4…+4 axis: to the right (resources outweigh strains) in
 * the resource colour, to the left in the strain colour. The figure itself is printed beside it.
 */
export function BalanceChart({ balance, label, axis }: { balance: number; label: string; axis: [string, string, string] }) {
  const width = 320;
  const height = 28;
  const mid = width / 2;
  const length = (Math.min(Math.abs(balance), BALANCE_RANGE) / BALANCE_RANGE) * mid;
  return (
    <View style={{ marginVertical: 6 }}>
      <View style={styles.row}>
        <Svg width={width} height={height}>
          <Rect x={0} y={10} width={width} height={8} fill={colors.track} />
          <Rect x={balance >= 0 ? mid : mid - length} y={6} width={Math.max(length, 1)} height={16} fill={balance >= 0 ? colors.resource : colors.strain} />
          <Line x1={mid} y1={0} x2={mid} y2={height} stroke={colors.text} strokeWidth={1} />
        </Svg>
        <Text style={{ marginLeft: 10, fontFamily: 'Helvetica-Bold', fontSize: 12 }}>{label}</Text>
      </View>
      <View style={[styles.row, { width, justifyContent: 'space-between' }]}>
        {axis.map((a) => (
          <Text key={a} style={styles.small}>
            {a}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** One item's mean on the 1–5 scale as a bar, with its text and the figure. */
export function ItemBar({ item, label, value, side }: { item: ItemFigure; label: string; value: string; side: 'strain' | 'resource' }) {
  const width = 150;
  return (
    <View style={[styles.row, { marginBottom: 3 }]} wrap={false}>
      <Text style={{ width: 270, fontSize: 8.5, paddingRight: 6 }}>{label}</Text>
      <Svg width={width} height={10}>
        <Rect x={0} y={1} width={width} height={8} fill={colors.track} />
        <Rect x={0} y={1} width={(Math.max(0, Math.min(item.mean, 5)) / 5) * width} height={8} fill={side === 'strain' ? colors.strain : colors.resource} />
      </Svg>
      <Text style={{ marginLeft: 6, fontSize: 8.5 }}>{value}</Text>
    </View>
  );
}
