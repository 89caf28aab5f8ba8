import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { colors, space, styles } from './styles';

const BALANCE_RANGE = 4; // resources and strains are 1–5 means, so the balance lies in −4…+4

/**
 * The balance as a vector bar on a −4…+4 axis: to the right (resources outweigh strains) in
 * the resource colour, to the left in the strain colour. The figure itself is printed beside it.
 */
export function BalanceChart({ balance, label, axis }: { balance: number; label: string; axis: [string, string, string] }) {
  const width = 300;
  const height = 20;
  const mid = width / 2;
  const length = (Math.min(Math.abs(balance), BALANCE_RANGE) / BALANCE_RANGE) * mid;
  return (
    <View style={{ marginVertical: space.s }} wrap={false}>
      <View style={styles.row}>
        <Svg width={width} height={height}>
          <Rect x={0} y={6} width={width} height={8} fill={colors.track} />
          <Rect x={balance >= 0 ? mid : mid - length} y={2} width={Math.max(length, 1)} height={16} fill={balance >= 0 ? colors.resource : colors.strain} />
          <Line x1={mid} y1={0} x2={mid} y2={height} stroke={colors.text} strokeWidth={1} />
        </Svg>
        <Text style={{ marginLeft: space.m, fontWeight: 700, fontSize: 11 }}>{label}</Text>
      </View>
      <View style={[styles.row, { width, justifyContent: 'space-between', marginTop: space.xs }]}>
        {axis.map((a) => (
          <Text key={a} style={styles.small}>
            {a}
          </Text>
        ))}
      </View>
    </View>
  );
}

const LABEL_WIDTH = 165;
const BAR_WIDTH = 240;
const BAR_HEIGHT = 8;

/**
 * One item's mean on the 1–5 scale: its short label, the bar, and the figure right at the bar's
 * end — read together, on one line, whatever the mean. The full questions are listed at the end.
 */
export function ItemBar({ mean, label, value, side }: { mean: number; label: string; value: string; side: 'strain' | 'resource' }) {
  const filled = (Math.max(0, Math.min(mean, 5)) / 5) * BAR_WIDTH;
  return (
    <View style={[styles.row, { marginBottom: space.xs, fontSize: 8.5, lineHeight: 1.2 }]} wrap={false}>
      <Text style={{ width: LABEL_WIDTH, paddingRight: space.s }}>{label}</Text>
      {/* The grey track behind shows the whole 1–5 scale; the bar and its figure sit on it. */}
      <View style={{ width: BAR_WIDTH + 24, height: BAR_HEIGHT + 4, justifyContent: 'center' }}>
        <Svg style={{ position: 'absolute', left: 0, top: 2 }} width={BAR_WIDTH} height={BAR_HEIGHT}>
          <Rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} fill={colors.track} />
        </Svg>
        <View style={styles.row}>
          <Svg width={Math.max(filled, 1)} height={BAR_HEIGHT}>
            <Rect x={0} y={0} width={Math.max(filled, 1)} height={BAR_HEIGHT} fill={side === 'strain' ? colors.strain : colors.resource} />
          </Svg>
          <Text style={{ marginLeft: 3, fontWeight: 700 }}>{value}</Text>
        </View>
      </View>
    </View>
  );
}
