import { encode } from 'uqr';

interface Props {
  text: string;
  label: string;
}

/**
 * The link as a QR code, drawn as one SVG path of dark modules (no injected markup).
 * Always dark on light with a quiet zone, whatever the theme: that is what scanners read best.
 */
export function QrCode({ text, label }: Props) {
  const { data, size } = encode(text, { ecc: 'L', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
